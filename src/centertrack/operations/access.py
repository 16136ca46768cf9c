"""The provincial offices' links, as both front ends use them: `centertrack access add|list|revoke` makes,
lists and revokes them; the page opens a province's own page by one. Each change is in the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from centertrack.operations.inputs import province as province_code
from centertrack.operations.stores import Db, opened, store_path

if TYPE_CHECKING:
    from centertrack.history.access import Link


@dataclass(frozen=True)
class Made:
    """A new link: the province's code and the address its office opens (relative: ``/p/TOKEN``)."""

    province: str
    url: str

    def to_dict(self) -> dict[str, str]:
        return {"province": self.province, "url": self.url}


def _now(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="seconds")


def add(province: str, db: Db = None, who: str | None = None, now: datetime | None = None) -> Made:
    """A new link for the office of ``province`` (a Thai or English name, or its code)."""
    from centertrack.history import access, intake

    code = province_code(province)
    time, person = _now(now), intake.user(who)
    with opened(db, write=True) as store, store.transaction() as connection:
        token = access.make(connection, code, person, time)
        intake.log(connection, time, person, "link-add", None, {"province": code})
    return Made(code, f"/p/{token}")


def revoke(province: str, db: Db = None, who: str | None = None, now: datetime | None = None) -> int:
    """Revoke every live link of ``province``: each is refused at once. How many were revoked."""
    from centertrack.history import access, intake

    code = province_code(province)
    time, person = _now(now), intake.user(who)
    with opened(db, write=True) as store, store.transaction() as connection:
        count = access.revoke(connection, code, time)
        intake.log(connection, time, person, "link-revoke", None, {"province": code, "revoked": count})
    return count


def listed(db: Db = None) -> list[Link]:
    """Every link made, oldest first, without its secret (none where there is no store yet)."""
    from centertrack.history.access import links

    if not store_path(db).exists():
        return []
    with opened(db) as store:
        return links(store)


def opens(token: str, db: Db = None) -> str | None:
    """The province a link's token opens, or None: unknown, malformed and revoked alike."""
    from centertrack.history.access import province_of

    if not store_path(db).exists():
        return None
    with opened(db) as store:
        return province_of(store, token)


def refused(client: str, db: Db = None, now: datetime | None = None) -> None:
    """A client's attempt with a token that opens nothing, in the audit log (never the token itself)."""
    from centertrack.history import intake

    if not store_path(db).exists():
        return
    time = _now(now)
    with opened(db, write=True) as store, store.transaction() as connection:
        intake.log(connection, time, client, "link-refused", None, {})


def analyst_key(db: Db = None, who: str | None = None, now: datetime | None = None) -> tuple[str, str | None]:
    """The analyst's key for serving beyond this computer: the sha256 of the one made before, or of a new
    one made now (logged), with the new key itself, to be shown once (None: made before)."""
    from centertrack.history import access, intake

    with opened(db, write=True) as store:
        known = access.analyst_key(store)
        if known is not None:
            return known, None
        time, person = _now(now), intake.user(who)
        with store.transaction() as connection:
            key = access.make_analyst_key(connection, person, time)
            intake.log(connection, time, person, "key-add", None, {})
        return access.digest(key), key
