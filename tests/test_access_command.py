"""`centertrack access add|list|revoke`: the provincial offices' links, made, listed without their
secrets, revoked at once; the store keeps only each token's hash."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from centertrack.operations.access import opens
from tests.test_cli import run


def test_a_link_is_made_once_listed_without_its_secret_and_refused_after_revocation(tmp_path: Path) -> None:
    store = tmp_path / "h.sqlite3"
    code, out, _ = run("access", "add", "--province", "ตาก", "--db", store, "--format", "json")
    assert code == 0
    made = json.loads(out)
    assert made["province"] == "63" and made["url"].startswith("/p/")
    token = made["url"].removeprefix("/p/")
    assert len(token) >= 22 and opens(token, store) == "63"  # 16 random bytes, url-safe
    with sqlite3.connect(store) as db:  # only the hash is kept
        assert token not in str(db.execute("SELECT * FROM links").fetchall())
    code, out, _ = run("access", "list", "--db", store, "--lang", "en")
    assert code == 0 and out.startswith("Tak  ") and out.rstrip().endswith("live") and token not in out
    code, out, _ = run("access", "revoke", "--province", "Tak", "--db", store, "--lang", "en")
    assert (code, out.strip()) == (0, "1 link of Tak revoked")
    assert opens(token, store) is None
    code, out, _ = run("access", "list", "--db", store, "--format", "json")
    listed = json.loads(out)["links"]
    assert [(link["province"], link["revoked"] is not None) for link in listed] == [("63", True)]
    code, out, _ = run("history", "log", "--db", store, "--lang", "en")
    lines = [line.split("  ")[2:] for line in out.splitlines()]
    assert lines == [["link made", "Tak"], ["link revoked", "Tak"]]


def test_a_province_not_under_dla_is_refused_in_one_line(tmp_path: Path) -> None:
    code, _, err = run("access", "add", "--province", "กรุงเทพมหานคร", "--db", tmp_path / "h.sqlite3")
    assert code == 2 and err.count("\n") == 1 and "--province" in err
