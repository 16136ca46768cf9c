"""operations/round_outputs.py: the round's folder, whole, the same bytes on a rerun."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from centertrack.errors import CentertrackError
from centertrack.operations.letters import LetterSettings
from centertrack.operations.month import run_round
from centertrack.operations.round_outputs import write_round
from operations.inbox import CODE, april, march

NOW = dt.datetime(2018, 4, 21, 8, 0, tzinfo=dt.UTC)
LETTER = LetterSettings(date=dt.date(2018, 4, 21))


def _month(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "store.sqlite3"
    before = march(tmp_path / "march")
    run_round([before / "feb.csv"], db, now=NOW)
    run_round([before / "mar.csv"], db, now=NOW)
    return db, april(tmp_path / "april")


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_the_folder_holds_every_document_and_a_rerun_writes_the_same_bytes(tmp_path: Path) -> None:
    db, inbox = _month(tmp_path)
    folder = tmp_path / "round-2018-04"
    outputs = write_round(run_round([inbox], db, now=NOW), folder, "th", settings=LETTER)
    first = _tree(folder)
    names = set(first)
    assert {"summary.xlsx", "annex.xlsx", "annex.docx", "letter.docx", "chart.png", "report.html"} <= names
    assert {"round.json", "index.html", "feedback/tak-ตรวจสอบ.xlsx", "feedback/yala-ตรวจสอบ.xlsx"} <= names
    assert any(n.startswith("letters/") and n.endswith(".docx") for n in names)
    assert outputs["summary"] == str(folder / "summary.xlsx")
    manifest = json.loads(first["round.json"])
    assert manifest["errors"] == [CODE["ยะลา"]] and manifest["closed"] is False
    yala = next(p for p in manifest["lagging"] if p["code"] == CODE["ยะลา"])
    assert yala["carried_from"] == "2018-03" and yala["established"] == 2
    assert {w["code"] for w in manifest["warnings"]} == {"established-fell", "rise-unusual"}
    assert manifest["national"]["reporting_rate"] == round(500 / 76, 1)
    index = first["index.html"].decode()
    assert (
        'href="annex.docx"' in index and 'href="feedback/tak-ตรวจสอบ.xlsx"' in index and 'lang="th"' in index
    )
    with pytest.raises(CentertrackError):  # an existing folder only with --force
        write_round(run_round([inbox], db, now=NOW), folder, "th", settings=LETTER)
    assert _tree(folder) == first
    made = (folder / "summary.xlsx").stat().st_mtime_ns
    write_round(run_round([inbox], db, now=NOW), folder, "th", force=True, settings=LETTER)
    assert _tree(folder) == first
    assert (folder / "summary.xlsx").stat().st_mtime_ns == made  # up to date: nothing rendered again
    write_round(run_round([inbox], db, now=NOW), folder, "en", force=True, settings=LETTER)
    assert 'lang="en"' in (folder / "index.html").read_text(encoding="utf-8")  # said otherwise: rewritten
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # nothing left beside


def test_each_plausibility_warning_is_a_comment_at_its_cell_in_the_feedback_copy(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db, inbox = _month(tmp_path)
    folder = tmp_path / "round"
    write_round(run_round([inbox], db, now=NOW), folder, "en", settings=LETTER)
    found = {}
    for copy in (folder / "feedback").iterdir():
        book = load_workbook(copy)
        for sheet in book.worksheets[1:]:
            for row in sheet.iter_rows():
                found.update({(copy.name, c.coordinate): c.comment.text for c in row if c.comment})
    assert "established fell from 3" in found[("tak-checked.xlsx", "B2")]
    assert "more than in any month before" in found[("line.zip!ลำปาง-checked.xlsx", "B2")]


def test_the_index_and_the_manifest_speak_the_run_s_language(tmp_path: Path) -> None:
    db, inbox = _month(tmp_path)
    folder = tmp_path / "en"
    write_round(run_round([inbox], db, now=NOW), folder, "en", settings=LETTER)
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'lang="en"' in index and "Feedback copy for the office: tak-checked.xlsx" in index
    # Each letter by its province's name, the provinces of each status named, each file by name with
    # when it came in Thailand and whether by the due day; no server path, no ISO time.
    assert re.search(r'href="letters/[^"]+">Letter to Yala</a>', index)
    assert "<li>sent back 1: Yala</li>" in index and "<li>late 1: Lampang</li>" in index
    # Its sheet sent back, Yala stands at March's figures, and the page says so.
    assert "<li>at an earlier round&#x27;s figures: Yala (Mar 2018)</li>" in index
    assert re.search(
        r"<tr><td>yala.csv</td><td>sent back</td><td>\d+ Apr 2018 \d\d:\d\d</td><td>on time</td>", index
    )
    assert str(tmp_path) not in index and "+00:00" not in index
    manifest = json.loads((folder / "round.json").read_text(encoding="utf-8"))
    assert any("established fell from 3" in w["message"] for w in manifest["warnings"])


def test_without_a_date_the_letters_are_dated_by_the_round_not_by_today(tmp_path: Path) -> None:
    """The same inbox on another day writes the same letters: dated the round's reporting day (15 April
    2561 for figures of the 10th), never today (a letter about 2561 was dated 2569)."""
    from docx import Document

    from centertrack.operations.letters import LetterSettings

    db, inbox = _month(tmp_path)
    result = run_round([inbox], db, now=NOW)
    write_round(result, tmp_path / "round", "th", settings=LetterSettings())
    text = "\n".join(p.text for p in Document(str(tmp_path / "round" / "letter.docx")).paragraphs)
    assert "๑๕\xa0เมษายน\xa0๒๕๖๑" in text and "๒๕๖๙" not in text
