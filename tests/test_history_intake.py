"""The store's intake (schema 3): a version-2 store migrated, files kept once, rounds closed, the log."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from centertrack.history import intake
from centertrack.history.schema import MIGRATIONS, SCHEMA_VERSION
from centertrack.history.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"

V1_STORE = Path(__file__).resolve().parent / "data" / "history" / "store-v1.sqlite3"


def _v2_store(tmp_path: Path) -> Path:
    """The shipped version-1 store, migrated to version 2 as the previous centertrack did."""
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(V1_STORE, copy)
    with sqlite3.connect(copy) as db:
        db.executescript(MIGRATIONS[2])
        db.execute("PRAGMA user_version = 2")
    return copy


def test_a_version_2_store_gains_the_intake_and_keeps_its_reports(tmp_path: Path) -> None:
    path = _v2_store(tmp_path)
    with open_store(path, write=True) as store:
        assert store.db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (4,)
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"files", "rounds", "log", "links"} <= tables
        # The old reports count, as before: status ok, no received time of their own.
        assert store.db.execute("SELECT status, received FROM reports").fetchall() == [("ok", None)]
        found = intake.received_reports(
            store, *store.db.execute("SELECT period, indicator FROM reports").fetchone()
        )
        assert [r.status for r in found] == ["ok"] and len(found[0].provinces) == 2


def test_files_are_kept_once_rounds_close_and_the_log_says_who(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3", write=True) as store:
        with store.transaction() as db:
            intake.keep_file(db, "ab" * 32, "ตาก.xlsx", b"one")
            intake.keep_file(db, "ab" * 32, "copy.xlsx", b"one")
            intake.set_closed(db, "2018-04", "4.2", True, "somchai", "2018-04-20T10:00:00+00:00")
            intake.log(db, "2018-04-20T10:00:00+00:00", "somchai", "close", "2018-04", {})
        assert store.db.execute("SELECT count(*) FROM files").fetchone() == (1,)
        assert intake.file_bytes(store, "ab" * 32) == ("ตาก.xlsx", b"one")
        assert intake.is_closed(store, "2018-04", "4.2") and not intake.is_closed(store, "2018-05", "4.2")
        with store.transaction() as db:
            intake.set_closed(db, "2018-04", "4.2", False, "somchai", "2018-04-21T10:00:00+00:00")
        assert not intake.is_closed(store, "2018-04", "4.2")
        [line] = intake.log_lines(store)
        assert (line.who, line.action, line.period) == ("somchai", "close", "2018-04")
    assert intake.user("named") == "named" and intake.user()


def test_history_add_keeps_the_files_bytes_and_logs_who_added_them(tmp_path: Path) -> None:
    """`history add` goes through the round's intake too: the office's file can be downloaded again
    and the audit log says who added what, as `round` does."""
    from centertrack.history.intake import file_bytes, log_lines
    from centertrack.operations.history import add

    sheet = EXAMPLES / "monthly-4.2" / "2018-03" / "63-tak.xlsx"
    store = tmp_path / "h.sqlite3"
    add([sheet], store)
    add([sheet], store)  # the same again: nothing stored, and logged as every add is
    with open_store(store) as opened:
        line, again = log_lines(opened)
        sha256 = opened.db.execute("SELECT sha256 FROM reports").fetchone()[0]
        kept = file_bytes(opened, sha256)
    assert (line.action, line.period) == ("add", "2018-03") and line.who
    assert isinstance(line.details, dict) and line.details["stored"] == 1
    assert isinstance(again.details, dict) and again.details["stored"] == 0 and again.period == "2018-03"
    assert kept == ("63-tak.xlsx", sheet.read_bytes())
