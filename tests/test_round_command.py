"""`centertrack round`, `round-close` and `history log` on a realistic month (tests/operations/inbox.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from operations.inbox import CODE, april, corrections, march
from typer.testing import CliRunner

from centertrack.cli import app

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def month(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CENTERTRACK_DB", str(tmp_path / "history.sqlite3"))
    before = march(tmp_path / "march")
    for name in ("feb.csv", "mar.csv"):
        assert run("round", before / name, "-o", tmp_path / name, "--quiet")[0] == 0
    return tmp_path, april(tmp_path / "april")


def test_round_writes_the_month_and_says_one_short_verdict(month: tuple[Path, Path]) -> None:
    where, inbox = month
    code, out, err = run("round", inbox, "--lang", "en")
    assert code == 0, err
    assert out == ""
    assert (
        "round April 2018: 8 files read — 4 provinces on time, 1 late, 1 sent back, 70 missing — national "
        in err
    )
    assert "reporting rate 6.6 % (on time 5.3 %)" in err
    assert "Tak: established fell from 3 (round Mar 2018) to 1" in err
    assert "the round's documents are in round-2018-04" in err
    assert (where / "round-2018-04" / "index.html").is_file()
    # Again: the folder exists, and is replaced only with --force.
    assert run("round", inbox)[0] == 2
    code, out, err = run("round", inbox, "--force", "--format", "json")
    assert code == 0, err
    manifest = json.loads(out)
    assert manifest == json.loads((where / "round-2018-04" / "round.json").read_text(encoding="utf-8"))
    assert manifest["late"] == [CODE["ลำปาง"]]
    assert {f["status"] for f in manifest["files"]} == {"ok", "errors", "duplicate", "skipped"}


def test_received_decides_timeliness_and_a_closed_round_refuses_in_one_line(month: tuple[Path, Path]) -> None:
    where, inbox = month
    code, out, err = run("round", inbox, "--received", "2018-04-14", "--format", "json", "-o", where / "a")
    assert code == 0, err
    assert json.loads(out)["late"] == []  # every file received on the 14th, before the 15th
    assert run("round-close", "2018-04")[0] == 0
    code, _, err = run("round", corrections(where / "fixed"), "-o", where / "b", "--lang", "en")
    assert code == 2
    assert err.strip() == (
        "centertrack: round April 2018 is closed (its letter has gone out): no report can be added; "
        "reopen it with centertrack round-close 2018-04 --reopen"
    )
    assert run("round-close", "2018-04", "--reopen")[0] == 0
    assert run("round", where / "fixed", "-o", where / "b")[0] == 0
    code, out, _ = run("history", "log", "--period", "2018-04", "--format", "json")
    actions = [line["action"] for line in json.loads(out)["log"]]
    assert code == 0 and actions == ["add", "close", "reopen", "add"]
    code, out, _ = run("history", "log")
    assert code == 0 and "yala-2.csv" in out and out.count("\n") == 2 + 4


def test_nothing_readable_and_a_bad_date_are_exit_2(month: tuple[Path, Path]) -> None:
    _, inbox = month
    code, _, err = run("round", inbox / "scan.pdf", "--lang", "en")
    assert code == 2 and "no file could be read as a progress sheet" in err
    code, _, err = run("round", inbox, "--received", "14/4/2018", "--lang", "en")
    assert code == 2 and "--received '14/4/2018'" in err


def test_the_log_speaks_thai_in_thai_and_names_files_by_their_names(month: tuple[Path, Path]) -> None:
    """Looked at (issue 27): `history log` printed an ISO time, "add"/"close" and 2018-03 in Thai mode,
    and every file's whole path on one line; its folder is now on demand (--paths)."""
    where, _ = month
    code, out, _ = run("history", "log")
    assert code == 0 and "เพิ่มรายงาน" in out and "มี.ค. 61" in out
    assert "add" not in out and "2018-" not in out and "T" not in out.split("  ")[0]
    assert "feb.csv" in out and str(where) not in out
    code, english, _ = run("history", "log", "--lang", "en", "--paths")
    assert code == 0 and "  add  2018-03  " in english and str(where / "march") in english
