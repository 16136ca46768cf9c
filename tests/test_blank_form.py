"""A form sent back blank is one not-filled issue; one with anything filled in is checked as usual."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from centertrack.checks.blank_form import check_filled
from centertrack.checks.context import Context
from centertrack.form import parse_form
from centertrack.readers import CellValue, Sheet
from centertrack.reference import load_reference


def sheet(rows: list[list[CellValue]]) -> Sheet:
    return Sheet(Path("t.xlsx"), "Sheet1", rows, "xlsx", merged=[])


def context() -> Context:
    return Context(load_reference(), date(2018, 4, 30))


HEADER_DISTRICT = ["ลำดับที่", "อำเภอ", "จัดตั้งแล้ว (ใช่/ไม่ใช่)", "วันที่จัดตั้ง", "สถานที่ตั้ง", "หมายเหตุ"]


@pytest.mark.parametrize(
    ("rows", "blank"),
    [
        # A district template as it was sent: the places, every cell to fill blank; remarks do not count.
        ([[1, "บางคล้า", None, None, "", None], [2, "บางปะกง", None, None, None, "โทร. 038"]], True),
        ([[1, "บางคล้า", "ไม่ใช่", None, None, None], [2, "บางปะกง", None, None, None, None]], False),
        ([[1, "บางคล้า", None, None, "ที่ว่าการอำเภอ", None]], False),  # a location says something
    ],
)
def test_a_form_with_every_cell_to_fill_blank_is_unfilled(rows: list[list[CellValue]], blank: bool) -> None:
    form = parse_form(sheet([["ข้อมูลจังหวัดฉะเชิงเทรา"], [], HEADER_DISTRICT, *rows]))
    assert form is not None and form.level == "district"
    ctx = context()
    assert check_filled(ctx, form) is not blank
    if blank:
        [issue] = ctx.issues
        assert (issue.code, issue.cell, issue.value) == ("not-filled", "C3", "จัดตั้งแล้ว (ใช่/ไม่ใช่)")
    else:
        assert not ctx.issues


def test_a_province_form_without_established_numbers_is_unfilled_and_one_with_them_is_not() -> None:
    header = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)"]
    blank = parse_form(sheet([header, [1, "ตาก", 9, None, None]]))
    filled = parse_form(sheet([header, [1, "ตาก", 9, 0, None]]))
    assert blank is not None and filled is not None
    assert not check_filled(context(), blank) and check_filled(context(), filled)
    empty = parse_form(sheet([header]))
    assert empty is not None and check_filled(context(), empty)  # no rows: nothing left blank, nothing said
