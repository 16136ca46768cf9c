"""The history store: where it is, migration from the first version, the refusals, and safety under
kill -9 and concurrent writers (real subprocesses)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.history import store as store_module
from centertrack.history.store import SCHEMA_VERSION, default_path, open_store

HERE = Path(__file__).parent
V1_STORE = HERE / "data" / "history" / "store-v1.sqlite3"
HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"
runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "140"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def sheet(path: Path, name: str, total: int, done: int, day: str = "15/3/61") -> Path:
    path.write_text(
        f"{HEADER}\n1,{name},{total},{done},{total - done},\n\nอัปเดตวันที่ {day}\n", encoding="utf-8"
    )
    return path


@pytest.fixture(autouse=True)
def _no_user_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CENTERTRACK_DB", str(tmp_path / "default.sqlite3"))


def test_the_store_is_where_the_variable_says_else_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_path() == tmp_path / "default.sqlite3"
    monkeypatch.delenv("CENTERTRACK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "centertrack" / "history.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / ".local" / "share" / "centertrack" / "history.sqlite3"
    assert not default_path().is_relative_to(Path.cwd()) or Path.cwd() == Path("/")


def test_a_first_version_store_is_migrated_and_read(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(V1_STORE, copy)
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (1,)
    code, out, err = run("history", "trend", "--db", copy, "--format", "json")
    assert code == 0, err
    assert '"established": 7' in out  # 4 + 3, the first version's two provinces
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert db.execute("SELECT size, encoding FROM reports").fetchall() == [(None, None)]
    added = sheet(tmp_path / "apr.csv", "ตาก", 9, 5, "10/4/61")
    assert run("history", "add", added, "--db", copy)[0] == 0
    with sqlite3.connect(copy) as db:
        size, encoding = db.execute("SELECT size, encoding FROM reports WHERE id = 2").fetchone()
    assert size == added.stat().st_size and encoding == "utf-8"


def _refused(args: list[str | Path], store: Path) -> str:
    """The one line of a refusal, in English (its Thai is tests/test_usage.py's)."""
    code, out, err = run(*args, "--lang", "en")
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(store) in lines[0] and "Traceback" not in err, err
    return lines[0]


def test_a_damaged_or_foreign_file_is_refused_in_one_line_and_left_alone(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(os.urandom(4096))
    before = damaged.read_bytes()
    assert "not a centertrack history store" in _refused(["history", "trend", "--db", damaged], damaged)
    _refused(["history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", damaged], damaged)
    assert damaged.read_bytes() == before  # never "repaired"

    truncated = tmp_path / "truncated.sqlite3"
    assert run("history", "add", sheet(tmp_path / "b.csv", "ตาก", 9, 3), "--db", truncated)[0] == 0
    with sqlite3.connect(truncated) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = truncated.read_bytes()
    truncated.write_bytes(data[:100] + b"\xff" * (len(data) - 100))  # the header kept, the pages gone
    assert "damaged" in _refused(["history", "trend", "--db", truncated], truncated)

    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    assert "not a centertrack history store" in _refused(["history", "list", "--db", foreign], foreign)


def test_a_store_from_a_newer_centertrack_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    assert run("history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    line = _refused(["history", "trend", "--db", path], path)
    assert "newer centertrack" in line and f"store version {SCHEMA_VERSION + 1}" in line
    _refused(["history", "add", sheet(tmp_path / "b.csv", "ตาก", 9, 4), "--db", path], path)


def test_a_read_only_store_is_refused_for_add(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    assert run("history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.chmod(0o444)
    try:
        assert "read-only" in _refused(
            ["history", "add", sheet(tmp_path / "b.csv", "ตาก", 9, 4), "--db", path], path
        )
    finally:
        path.chmod(0o644)


def test_a_store_locked_past_the_timeout_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.sqlite3"
    assert run("history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        line = _refused(["history", "add", sheet(tmp_path / "b.csv", "ตาก", 9, 4), "--db", path], path)
        assert "locked by another program" in line
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run("history", "add", tmp_path / "b.csv", "--db", path)[0] == 0


def test_a_failing_add_stores_none_of_its_files(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    first = sheet(tmp_path / "a.csv", "ตาก", 9, 3)
    undated = tmp_path / "b.csv"
    undated.write_text(f"{HEADER}\n1,ชลบุรี,11,2,9,\n", encoding="utf-8")
    assert run("history", "add", first, undated, "--db", path)[0] == 2  # the undated one: no round
    assert not path.exists() or run("history", "list", "--db", path, "--format", "json")[1].count('"id"') == 0


_SLOW_ADD = """
import pathlib, sys, time
from centertrack.history import save
from centertrack.history.store import open_store
from centertrack.runner import validate_paths

store, path, marker = map(pathlib.Path, sys.argv[1:])
original = save._insert_entries

def slow(db, report_id, entries):
    original(db, report_id, entries)
    marker.write_text("inside the transaction")
    time.sleep(120)

save._insert_entries = slow
with open_store(store, write=True) as opened:
    save.save(opened, validate_paths([path], "4.2"))
"""


def test_kill_9_during_add_keeps_what_was_committed_and_no_half_report(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    assert run("history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
    marker = tmp_path / "marker"
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _SLOW_ADD,
            str(path),
            str(sheet(tmp_path / "b.csv", "ชลบุรี", 11, 2)),
            str(marker),
        ],
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None and time.monotonic() < deadline, "the add did not start"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    with open_store(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.db.execute("SELECT id, file FROM reports").fetchall() == [(1, str(tmp_path / "a.csv"))]
        assert store.db.execute("SELECT report_id, province FROM entries").fetchall() == [(1, "63")]
        assert store.db.execute("SELECT count(*) FROM issues WHERE report_id != 1").fetchone() == (0,)
    assert run("history", "add", tmp_path / "b.csv", "--db", path)[0] == 0  # and the store goes on


def test_two_adds_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    files = [
        sheet(tmp_path / f"{n}.csv", name, total, 2)
        for n, (name, total) in enumerate([("ตาก", 9), ("ชลบุรี", 11)])
    ]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "centertrack", "history", "add", str(f), "--db", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for f in files
    ]
    outcomes = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outcomes
    with open_store(path) as store:
        assert sorted(r[0] for r in store.db.execute("SELECT file FROM reports")) == sorted(map(str, files))
        assert store.db.execute("SELECT count(*) FROM entries").fetchone() == (2,)
