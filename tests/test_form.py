from __future__ import annotations

from pathlib import Path

import pytest

from centertrack.form import classify_label, parse_form
from centertrack.readers import CellValue, Sheet

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def sheet(rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]] | None = None) -> Sheet:
    return Sheet(Path("t.xlsx"), "Sheet1", rows, "xlsx", merged=merged or [])


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("ลำดับที่", "no"),
        ("No.", "no"),
        ("จังหวัด", "province"),
        ("Province", "province"),
        ("รหัสจังหวัด", "code"),
        ("จำนวนทั้งหมด (แห่ง)", "total"),
        ("จำนวนทั้งหมด\n(แห่ง)", "total"),
        ("จำนวน อปท. ทั้งหมด (แห่ง)", "total"),
        ("Total", "total"),
        ("จัดตั้งแล้ว (แห่ง)", "established"),
        ("Established", "established"),
        ("ยังไม่ได้จัดตั้ง (แห่ง)", "remaining"),
        ("ยังไม่จัดตั้ง", "remaining"),
        ("Not yet established", "remaining"),
        ("Remaining", "remaining"),
        ("หมายเหตุ", "remarks"),
        ("Remarks", "remarks"),
        ("แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน", None),
        ("", None),
    ],
)
def test_column_labels(label: str, key: str | None) -> None:
    assert classify_label(label) == key


def test_header_below_title_lines_and_footer_date() -> None:
    form = parse_form(
        sheet(
            [
                ["แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน", "", ""],
                ["", "", ""],
                ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)"],
                [1.0, "ตาก", 9.0, 3.0],
                ["", "", "", ""],
                ["อัปเดตวันที่ 10/4/61", "", "", ""],
            ]
        )
    )
    assert form is not None
    assert form.header_rows == (2,)
    assert form.columns == {"no": 0, "province": 1, "total": 2, "established": 3}
    assert [r.cells["province"].ref for r in form.rows] == ["B4"]
    assert [c.text for c in form.text_lines][-1] == "อัปเดตวันที่ 10/4/61"
    assert form.blank_runs == []  # a blank row before the footer is layout, not a gap in the table


def test_two_row_header_with_merged_cells() -> None:
    rows: list[list[CellValue]] = [
        ["ลำดับที่", "จังหวัด", "จำนวน (แห่ง)", "", "", "หมายเหตุ"],
        ["", "", "ทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง", ""],
        [1.0, "ตาก", 9.0, 3.0, 6.0, ""],
    ]
    form = parse_form(sheet(rows, merged=[(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1)]))
    assert form is not None
    assert form.header_rows == (0, 1)
    assert form.columns == {
        "no": 0,
        "province": 1,
        "total": 2,
        "established": 3,
        "remaining": 4,
        "remarks": 5,
    }
    assert len(form.rows) == 1


def test_totals_row_and_blank_runs_inside_the_table() -> None:
    rows: list[list[CellValue]] = [
        ["จังหวัด", "ทั้งหมด", "จัดตั้งแล้ว"],
        ["ตาก", 9.0, 3.0],
        ["", "", ""],
        ["", "", ""],
        ["สตูล", 7.0, 6.0],
        ["รวม", 16.0, 9.0],
    ]
    form = parse_form(sheet(rows))
    assert form is not None
    assert form.blank_runs == [(2, 3)]
    assert form.totals is not None and form.totals.row == 5
    assert [r.row for r in form.rows] == [1, 4]


def test_no_header() -> None:
    assert parse_form(sheet([["a", "b"], [1.0, 2.0]])) is None


def test_seed_form_as_the_letter_has_it() -> None:
    from centertrack.readers import read_file

    [seed] = read_file(EXAMPLES / "seed-progress-4.2.xlsx")
    form = parse_form(seed)
    assert form is not None
    assert len(form.rows) == 10
    assert form.rows[6].cells["province"].text == "พิจิตร"
    assert form.rows[6].cells["total"].ref == "C12"


@pytest.mark.parametrize(
    ("first", "heading"),
    [
        ("ภาคเหนือ", True),
        ("เขตตรวจราชการที่ 1", True),
        ("กลุ่มจังหวัดภาคเหนือตอนบน 1", True),
        ("Northern region", True),
        ("เขตรอุดมศักดิ์", False),  # an LAO's name (Chumphon), not a group of provinces
        ("กลุ่มงานส่งเสริม", False),
    ],
)
def test_group_headings_are_no_rows_and_subtotals_close_their_group(first: str, heading: bool) -> None:
    header = ["ลำดับที่", "จังหวัด", "อปท.", "จำนวนทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง"]
    rows: list[list[CellValue]] = [header, [None, first, first, None, None, None]]
    rows += [
        [1, "ชลบุรี", None, 11, 0, 11],
        [None, "รวมภาคกลาง", None, 11, 0, 11],
        ["รวม", None, None, 11, 0, 11],
    ]
    form = parse_form(sheet(rows))
    assert form is not None
    assert [row.row for row in form.rows] == ([2] if heading else [1, 2])
    assert form.breaks == ([1] if heading else [])
    [subtotal] = form.subtotals
    assert (subtotal.row.row, form.rows[subtotal.first : subtotal.end][-1].row) == (3, 2)
    assert form.totals is not None and form.totals.row == 4
