"""Rows never vanish behind an "OK" (issue 26, point 7): a value right of the header's columns is an
issue at its cell, and a table with no data rows is an error."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.catalog import ISSUES
from centertrack.checks.context import Context
from centertrack.checks.shape import check_shape
from centertrack.cli import app
from centertrack.form import parse_form
from centertrack.readers import CellValue, Sheet
from centertrack.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]
ROWS: list[list[CellValue]] = [
    [1, "ฉะเชิงเทรา", 11, 5, 6, None],
    [2, "ตาก", 9, 3, 6, None],
    [3, "สตูล", 7, 6, 1, None],
]


def codes(
    rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]] | None = None
) -> list[tuple[str, str]]:
    sheet = Sheet(Path("t.xlsx"), "Sheet1", [["แบบรายงาน"], HEADER, *rows], "xlsx", merged=merged or [])
    form = parse_form(sheet)
    assert form is not None
    ctx = Context(load_reference(), date(2018, 4, 30))
    check_shape(ctx, form)
    return [(issue.code, issue.location) for issue in ctx.issues]


def test_a_row_moved_right_of_the_table_is_an_error_at_its_first_number() -> None:
    moved = [*ROWS[:1], [None] * 6 + ROWS[1][:5], *ROWS[2:]]
    assert codes(moved) == [("value-outside-table", "Sheet1!G4")]


def test_a_value_beside_a_read_row_is_an_error_and_a_footer_s_text_nothing() -> None:
    rows: list[list[CellValue]] = [
        [*ROWS[0], None, 4],  # a count beside the table
        [*ROWS[1], None, "ส่งแล้ว"],  # a remark beside it
        ROWS[2],
        [],
        ["อัปเดตวันที่ 10/4/61", None, None, None, None, None, None, "ลงชื่อ ผู้รายงาน"],
    ]
    assert codes(rows) == [("value-outside-table", "Sheet1!H3"), ("value-outside-table", "Sheet1!H4")]


def test_a_merged_header_cell_widens_the_table() -> None:
    """A header cell merged over G:H makes G and H the table's: a value under them is in it."""
    rows = [[*ROWS[0], "x", 4], ROWS[1]]
    assert codes(rows, merged=[(1, 6, 1, 7)]) == []


def test_a_header_with_no_row_under_it_is_an_error() -> None:
    assert codes([]) == [("no-data-rows", "Sheet1")]
    assert codes([[], ["อัปเดตวันที่ 10/4/61"]]) == [("no-data-rows", "Sheet1")]


def _csv(path: Path, rows: list[list[CellValue]]) -> Path:
    lines = [",".join(HEADER), *(",".join("" if v is None else str(v) for v in row) for row in rows)]
    path.write_text("\n".join(["แบบรายงานความคืบหน้า", *lines, "อัปเดตวันที่ 10/4/61"]), encoding="utf-8")
    return path


def test_summarize_no_longer_leaves_a_moved_row_s_province_out(tmp_path: Path) -> None:
    """'9 rows, OK', exit 0, and summarize left the province out of the national figure."""
    sheet = _csv(tmp_path / "moved.csv", [*ROWS[:1], [None] * 6 + ROWS[1][:5], *ROWS[2:]])
    result = CliRunner().invoke(app, ["validate", str(sheet), "--lang", "en"], env={"COLUMNS": "300"})
    assert result.exit_code == 1
    assert "moved!G4" in result.output and "not read" in result.output
    result = CliRunner().invoke(app, ["summarize", str(sheet), "--format", "json"])
    assert result.exit_code == 1  # stopped: errors, unless --allow-errors


def test_a_sheet_with_its_header_alone_is_not_ok(tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "empty.csv", [])
    result = CliRunner().invoke(app, ["validate", str(sheet), "--format", "json"])
    assert result.exit_code == 1
    issues = json.loads(result.stdout)["issues"]
    assert "no-data-rows" in [i["code"] for i in issues]


@pytest.mark.parametrize("code", ["no-data-rows", "value-outside-table"])
def test_the_new_codes_are_in_thai_and_english_and_in_readme(code: str) -> None:
    words = ISSUES[code]
    assert words.message.th and words.message.en and words.hint.th and words.hint.en
    assert not re.search(r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", words.message.th + words.hint.th))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `{code}` | {words.severity} |" in readme
