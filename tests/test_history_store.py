"""The history store: where it is, migration from the first version, the refusals, and safety under
kill -9 and concurrent writers (real subprocesses)."""

from __future__ import annotations

import json
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
original = save.insert_entries

def slow(db, report_id, entries):
    original(db, report_id, entries)
    marker.write_text("inside the transaction")
    time.sleep(120)

save.insert_entries = slow
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


# ------------------------------------------------------------------ issue 26: a full disk, a damaged store,
# a store in a read-only folder

EXAMPLES = HERE.parent / "data" / "examples"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
LAO_SHEET = EXAMPLES / "lao-4.1-national.csv"  # 7,849 rows: a few hundred pages of the store


def _store_with_a_round(tmp_path: Path) -> Path:
    path = tmp_path / "h.sqlite3"
    assert run("history", "add", sheet(tmp_path / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
    return path


def _full_after(monkeypatch: pytest.MonkeyPatch, pages: int, only: str = "") -> None:
    """SQLite's own "database or disk is full" once a file (whose name ends with ``only``) grows past
    ``pages`` pages more, as a full disk gives it."""
    connect = sqlite3.connect

    def connecting(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(database, *args, **kwargs)  # type: ignore[arg-type]
        if str(database).endswith(only):
            used = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {used + pages}")
        return db

    monkeypatch.setattr(sqlite3, "connect", connecting)


def test_a_full_disk_during_add_is_a_full_disk_and_the_store_is_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was 'damaged … restore it from a backup': restoring would have lost every round since."""
    path = _store_with_a_round(tmp_path)
    _full_after(monkeypatch, 5)
    line = _refused(["history", "add", LAO_SHEET, "--db", path, "--period", "2018-06"], path)
    assert line.endswith("the disk is full: nothing was stored (the store is as it was, not damaged); "
                         "free some space and run the command again")  # fmt: skip
    assert "damaged," not in line and "restore" not in line
    monkeypatch.undo()
    code, out, _ = run("history", "list", "--db", path, "--format", "json")
    assert code == 0 and len(json.loads(out)["reports"]) == 1
    assert run("history", "check", "--db", path)[0] == 0


def test_a_backup_onto_a_full_disk_blames_the_disk_not_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _store_with_a_round(tmp_path)
    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    _full_after(monkeypatch, 1, only=".tmp")
    code, _, err = run("history", "backup", "--db", path, "-o", target, "--lang", "en")
    assert code == 2
    assert f"{target}: the disk is full; nothing was written" in err
    assert str(path) not in err.replace(str(target), "")  # the healthy store is not named
    assert os.listdir(target.parent) == []  # no half copy, no temporary file


def _damaged_mid_file(tmp_path: Path) -> Path:
    """A store whose LAO rows' middle page is overwritten: SQLite reads past it, its check does not."""
    path = tmp_path / "damaged.sqlite3"
    assert run("history", "add", LAO_SHEET, "--db", path, "--period", "2018-06")[0] == 0
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.execute("PRAGMA page_size").fetchone()[0]
    # A leaf of the LAO rows' table, never a page the store needs to open (its schema, its reports).
    leaves = [
        n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'details' AND pagetype = 'leaf'")
    ]
    db.close()  # closed before its bytes change: an open connection's WAL index would outlive them
    data = bytearray(path.read_bytes())
    page = (leaves[len(leaves) // 2] - 1) * size
    data[page + 8 : page + 12] = b"\xff" * 4  # its first cells' pointers: the page no longer holds together
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_store_takes_no_add_no_backup_and_its_check_says_why(tmp_path: Path) -> None:
    """A store failing SQLite's integrity check mid-file took adds, and its backup (damaged too) got a ✓."""
    path = _damaged_mid_file(tmp_path)
    before = path.read_bytes()
    line = _refused(["history", "add", CORRECTED, "--db", path], path)
    assert "SQLite finds the store damaged (" in line and "so nothing was added" in line
    assert path.read_bytes() == before
    target = tmp_path / "backup.sqlite3"
    line = _refused(["history", "backup", "--db", path, "-o", target], path)
    assert "a copy would be too, and none was written" in line
    assert not target.exists() and not [name for name in os.listdir(tmp_path) if name.startswith(".backup")]
    code, out, err = run("history", "check", "--db", path, "--lang", "en")
    assert code == 2, err
    assert f"✗ {path}: SQLite's integrity check finds" in out and "add nothing more to this store" in out
    code, out, _ = run("history", "check", "--db", path)  # Thai by default
    assert "SQLite ตรวจพบความเสียหาย" in out


def test_a_sound_store_checks_clean_in_both_languages(tmp_path: Path) -> None:
    path = _store_with_a_round(tmp_path)
    code, out, _ = run("history", "check", "--db", path, "--lang", "en")
    assert code == 0
    assert out.strip() == f"✓ {path}: SQLite's integrity check finds nothing wrong (1 report, 1 round)"
    code, out, _ = run("history", "check", "--db", path)
    assert out.strip() == f"✓ {path}: SQLite ตรวจแล้ว ไม่พบความเสียหาย (1 รายงาน 1 รอบ)"


def _as_nobody() -> list[str] | None:
    """How to run a command as a user who cannot write a folder root made read-only (root writes
    anywhere); None where that cannot be done."""
    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    done = subprocess.run([*command, sys.executable, "-c", "import centertrack"], capture_output=True)
    return command if done.returncode == 0 else None


@pytest.mark.skipif(_as_nobody() is None, reason="no way here to read as a user who cannot write")
def test_a_store_in_a_read_only_folder_is_read(tmp_path: Path) -> None:
    """list and trend said the store 'cannot be written': reading opened it for writing."""
    import tempfile

    prefix = _as_nobody()
    assert prefix is not None
    folder = Path(tempfile.mkdtemp(dir="/tmp" if prefix else None))
    try:
        path = folder / "h.sqlite3"
        assert run("history", "add", sheet(folder / "a.csv", "ตาก", 9, 3), "--db", path)[0] == 0
        folder.chmod(0o555)
        path.chmod(0o644)
        program = [*prefix, sys.executable, "-m", "centertrack", "history"]
        reads = (
            ["list"],
            ["trend"],
            ["show", "--period", "2018-03"],
            ["check"],
            ["missing", "--period", "2018-03"],
        )
        for args in reads:
            done = subprocess.run(
                [*program, *args, "--db", str(path), "--lang", "en"],
                capture_output=True,
                text=True,
                timeout=60,
                env={**os.environ, "COLUMNS": "200"},
            )
            assert done.returncode == 0, (args, done.stderr)
            assert "cannot be written" not in done.stderr
        done = subprocess.run(
            [*program, "add", str(CORRECTED), "--db", str(path)], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2  # to add, it must be written: refused as before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_an_unreadable_file_s_issue_of_an_old_store_is_said_in_either_language() -> None:
    """Its reason was English and Thai text side by side (reason, reason_th); it is a code now."""
    from centertrack.catalog import Said
    from centertrack.history.store import dump_params, load_params
    from centertrack.issues import Issue

    old = (
        '{"reason": "the file is empty", "hint": "ask again", "reason_th": "ไฟล์ว่างเปล่า", "hint_th": "ขอใหม่"}'
    )
    issue = Issue("file-unreadable", "a.xlsx", params=load_params("file-unreadable", old))
    assert issue.message("th") == "อ่านไฟล์ไม่ได้: ไฟล์ว่างเปล่า" and issue.hint("th") == "ขอใหม่"
    assert (
        issue.message("en") == "cannot read the file: the file is empty" and issue.hint("en") == "ask again"
    )
    new = {"reason": Said("file-empty"), "hint": Said("hint-send-again")}
    again = Issue("file-unreadable", "a.xlsx", params=load_params("file-unreadable", dump_params(new)))
    assert again.message("en") == "cannot read the file: the file is empty"
    assert again.hint("th") == "ขอให้สำนักงานส่งไฟล์มาใหม่"


def test_a_writer_checks_a_store_once_while_only_it_writes_and_again_after_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page adds many times to one store: its quick check (a few tenths of a second for a ten-year
    store) runs at the first, and again only once something else has written the file."""
    from centertrack.history import store as module

    path = _store_with_a_round(tmp_path)
    monkeypatch.setattr(module, "_SOUND", {})  # as a process that has not opened it yet
    checks: list[int] = []
    real = module._problems
    monkeypatch.setattr(module, "_problems", lambda rows: checks.append(1) or real(rows))
    entry = "INSERT INTO log (time, who, action, period, details) VALUES ('t', 'w', 'add', NULL, '{}')"
    for _ in range(3):
        with module.open_store(path, write=True) as opened, opened.transaction() as db:
            db.execute(entry)
    assert len(checks) == 1
    with sqlite3.connect(path) as other:  # another writer, as another process would be
        other.execute(entry)
    with module.open_store(path, write=True):
        pass
    assert len(checks) == 2


def test_a_held_store_keeps_its_log_past_each_close_and_still_sees_other_writers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server holds its store open: closing each request's connection is then not the last close, so
    SQLite does not checkpoint the write-ahead log into the file and sync it each time."""
    from centertrack.history import store as module

    path = _store_with_a_round(tmp_path)
    wal = path.with_name(path.name + "-wal")
    monkeypatch.setattr(module, "_HELD", {})
    entry = "INSERT INTO log (time, who, action, period, details) VALUES ('t', 'w', 'add', NULL, '{}')"
    with module.open_store(path, write=True) as opened, opened.transaction() as db:
        db.execute(entry)
    assert not wal.exists() or wal.stat().st_size == 0  # the last close checkpointed it
    module.hold(path)
    module.hold(path)  # once is enough
    assert len(module._HELD) == 1
    with module.open_store(path, write=True) as opened, opened.transaction() as db:
        db.execute(entry)
    assert wal.stat().st_size > 0  # left in the log: no checkpoint, no sync
    with sqlite3.connect(path) as other:  # another process's write is still seen, and checked
        other.execute(entry)
    with module.open_store(path) as opened:
        assert opened.db.execute("SELECT count(*) FROM log WHERE who = 'w'").fetchone()[0] == 3
    module.hold(tmp_path / "none.sqlite3")  # no store yet: nothing held, nothing made
    assert not (tmp_path / "none.sqlite3").exists() and len(module._HELD) == 1
    (tmp_path / "notes.sqlite3").write_bytes(b"not a database, but the analyst's notes" * 100)
    module.hold(tmp_path / "notes.sqlite3")  # no error here: the page's opening refuses it in one line
    assert len(module._HELD) == 1
    for number in range(module.HELD_STORES + 1):  # a bounded number at once
        other_path = tmp_path / f"s{number}.sqlite3"
        shutil.copy(path, other_path)
        module.hold(other_path)
    assert len(module._HELD) == module.HELD_STORES and path.resolve() not in module._HELD
