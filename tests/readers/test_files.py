"""Every format offices send summarizes to the seed's 92 / 47 / 45, as of its date (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.readers import read_file

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"
SEED_FILES = {
    "seed.html": "html",
    "seed-cp874.xls": "html",
    "seed.docx": "docx",
    "seed.xlsb": "xlsb",
    "seed.zip": "xlsx",
    "windows-names.zip": "xlsx",
}


@pytest.mark.parametrize("name", sorted(SEED_FILES))
def test_the_seed_in_each_format_summarizes_to_92_47_45(name: str) -> None:
    result = CliRunner().invoke(app, ["summarize", str(FORMATS / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["totals"] == {"total": 92, "established": 47, "remaining": 45, "percent": 51.09}
    assert summary["as_of"] == "2018-04-10"
    assert summary["coverage"]["provinces_reported"] == 10


@pytest.mark.parametrize("name", sorted(SEED_FILES))
def test_each_format_is_told_by_its_content(name: str) -> None:
    sheets = read_file(FORMATS / name)
    assert [sheet.format for sheet in sheets] == [SEED_FILES[name]]
    values = [value for row in sheets[0].rows for value in row]
    assert "อัปเดตวันที่ 10/4/61" in values
    assert "สุพรรณบุรี" in values


def test_validate_names_the_cell_in_a_web_page_as_in_a_workbook(tmp_path: Path) -> None:
    """The seed's own mistake (พิจิตร with 8) planted back: found at its cell, table1!C12."""
    page = (FORMATS / "seed.html").read_text(encoding="utf-8").replace("พังงา", "พิจิตร")
    (tmp_path / "seed.html").write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "seed.html"), "--format", "json"])
    assert result.exit_code == 1
    issues = json.loads(result.stdout)["issues"]
    wrong = [i for i in issues if i["code"] == "total-differs-from-reference"]
    assert [(i["sheet"], i["cell"], i["value"]) for i in wrong] == [("table1", "C12", "8")]
