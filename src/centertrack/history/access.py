"""The provincial offices' links (schema 4): a link opens one province's page, by a token of 128 random
bits that the store keeps only as its sha256; made, listed and revoked, each written to the audit log."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

from centertrack.history.store import Store

TOKEN_BYTES = 16  # 128 random bits


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def make(db: sqlite3.Connection, province: str, who: str, time: str) -> str:
    """A new link's token for ``province`` (its earlier links stay valid until revoked); shown once."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    db.execute(
        "INSERT INTO links (province, token_sha256, created, who) VALUES (?, ?, ?, ?)",
        (province, digest(token), time, who),
    )
    return token


def revoke(db: sqlite3.Connection, province: str, time: str) -> int:
    """Revoke every live link of ``province``; how many were."""
    return db.execute(
        "UPDATE links SET revoked = ? WHERE province = ? AND revoked IS NULL", (time, province)
    ).rowcount


def province_of(store: Store, token: str) -> str | None:
    """The province a live link's token opens, or None (unknown, malformed or revoked alike). The row is
    found by the token's hash and the hashes compared in constant time."""
    if not token or len(token) > 64:
        return None
    wanted = digest(token)
    row = store.db.execute(
        "SELECT province, token_sha256 FROM links WHERE token_sha256 = ? AND revoked IS NULL", (wanted,)
    ).fetchone()
    if row is None or not hmac.compare_digest(str(row[1]), wanted):
        return None
    return str(row[0])


@dataclass(frozen=True)
class Link:
    """A link as `access list` shows it: never its token."""

    province: str
    created: str
    who: str
    revoked: str | None

    def to_dict(self) -> dict[str, object]:
        return {"province": self.province, "created": self.created, "who": self.who, "revoked": self.revoked}


def links(store: Store) -> list[Link]:
    rows = store.db.execute("SELECT province, created, who, revoked FROM links ORDER BY id").fetchall()
    return [Link(str(p), str(c), str(w), r) for p, c, w, r in rows]


def analyst_key(store: Store) -> str | None:
    """The sha256 of the analyst's key `serve` made, or None."""
    row = store.db.execute("SELECT sha256 FROM keys ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row is not None else None


def make_analyst_key(db: sqlite3.Connection, who: str, time: str) -> str:
    """A new key for the analyst's pages (192 random bits), kept only as its sha256; shown once."""
    key = secrets.token_urlsafe(24)
    db.execute("INSERT INTO keys (sha256, created, who) VALUES (?, ?, ?)", (digest(key), time, who))
    return key
