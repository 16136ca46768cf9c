"""reports/ooxml.py: the XML parts of a workbook, read back with openpyxl."""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook

from centertrack.reports import ooxml, ooxml_package


def test_escape_keeps_text_xml_can_hold() -> None:
    assert ooxml.escape('a & <b> "c"') == "a &amp; &lt;b&gt; &quot;c&quot;"
    assert ooxml.escape("x\x00\x08\x0b\x1fy") == "xy"  # no place for these in XML 1.0
    assert ooxml.escape("a\r\nb\tc") == "a&#13;\nb\tc"


def test_text_values_are_neutralized() -> None:
    assert ooxml.text_value("=1+1") == "'=1+1"
    assert ooxml.text_value("-") == "-"  # "nothing" in Thai tables, never run


def test_positions_and_quoted_names() -> None:
    assert ooxml.position("C12") == (11, 2)
    assert ooxml.position("AB1") == (0, 27)
    assert ooxml.position("Sheet1!C12") is None and ooxml.position("12") is None
    assert ooxml.quoted("It's") == "'It''s'"


def test_a_workbook_of_two_sheets_with_comments_opens() -> None:
    try:
        first = ooxml.sheet_xml([f'<row r="1">{ooxml.cell("A1", "head", kind="bold")}</row>'])
        second = ooxml.sheet_xml(
            [f'<row r="2">{ooxml.cell("B2", 7.5, "error")}{ooxml.cell("C2", "x & y")}</row>'], comments=True
        )
        data = ooxml_package.workbook(
            [("one", first, []), ("two's", second, [(1, 1, "why\n→ what to do")])], 1
        )
    finally:
        ooxml.strings.clear()
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["one", "two's"]
    assert book["one"]["A1"].value == "head" and book["one"]["A1"].font.b
    cell = book["two's"]["B2"]
    assert cell.value == 7.5 and cell.fill.fgColor.rgb == ooxml.FILLS["error"]
    assert cell.comment is not None and cell.comment.text == "why\n→ what to do"
    assert book["two's"]["C2"].value == "x & y"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_bundle_is_the_same_bytes_for_the_same_members() -> None:
    members = [("b.xlsx", b"1"), ("ก.xlsx", b"2")]
    assert ooxml_package.bundle(members) == ooxml_package.bundle(members)
    with zipfile.ZipFile(io.BytesIO(ooxml_package.bundle(members))) as archive:
        assert archive.namelist() == ["b.xlsx", "ก.xlsx"]
