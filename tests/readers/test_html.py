from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from centertrack.errors import UnreadableFileError
from centertrack.readers import read_file
from centertrack.readers.html import decode_page
from centertrack.runner import validate_paths

FORMATS = Path(__file__).resolve().parent.parent / "data" / "formats"
TABLE = "<table><tr><td>จังหวัด</td><td>“ตาก”</td></tr></table>"


def test_rowspan_and_colspan_are_merged_cells_with_the_value_at_the_top_left() -> None:
    (sheet,) = read_file(FORMATS / "seed.html")
    assert sheet.name == "table1"
    assert sheet.rows[3][:3] == ["ลำดับที่", "จังหวัด", "ศูนย์ปฏิบัติการร่วมฯ"]
    assert sheet.rows[4][:3] == ["", "", "จำนวนทั้งหมด (แห่ง)"]
    assert (3, 0, 4, 0) in sheet.merged  # ลำดับที่ down two rows
    assert (3, 2, 3, 4) in sheet.merged  # the group across three columns
    assert sheet.rows[5][:5] == [1, "ฉะเชิงเทรา", 11, 5, 6]  # plain numbers as numbers


def test_excels_web_page_keeps_its_numbers_and_windows_quotes() -> None:
    (sheet,) = read_file(FORMATS / "seed-cp874.xls")
    assert sheet.encoding == "cp874"
    assert sheet.rows[6] == [1, "ฉะเชิงเทรา", 11, 5, 6, "“ข้อมูลจากอำเภอ”"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TABLE.encode(), "utf-8-sig"),
        (("<html>" + TABLE).encode("utf-16"), "utf-16"),
        (f'<html><head><meta charset="windows-874"></head>{TABLE}'.encode("cp874"), "cp874"),
        (
            f"<meta http-equiv=Content-Type content='text/html; charset=TIS-620'>{TABLE}".encode("cp874"),
            "cp874",
        ),
        (f"<html>{TABLE}".encode(), "utf-8"),
        (f"<html>{TABLE}".encode("cp874"), "cp874"),  # nothing declared, not UTF-8
        (f'<meta charset="utf-8">{TABLE}'.encode("cp874"), "cp874"),  # a wrong declaration
    ],
)
def test_the_pages_encoding(data: bytes, encoding: str) -> None:
    text, found = decode_page(data)
    assert found == encoding
    assert "“ตาก”" in text  # never Python's tis-620, which has no Windows quotes


def test_text_around_the_tables_is_their_title_and_footer(tmp_path: Path) -> None:
    page = tmp_path / "report.htm"
    page.write_text(
        "<html><body><h1>แบบรายงาน</h1><p>ภาคเหนือ<br>ข้อมูล ณ วันที่ 10/4/61</p>"
        "<table><tr><td>a</td><td>b\n   c<br>d</td></tr></table><div>ภาคใต้</div>"
        "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table><p>อัปเดต</p>"
        "<script>var x = '<table>';</script></body></html>",
        encoding="utf-8",
    )
    first, second = read_file(page)
    assert (first.name, second.name) == ("table1", "table2")
    assert [row[0] for row in first.rows] == ["แบบรายงาน", "ภาคเหนือ", "ข้อมูล ณ วันที่ 10/4/61", "a", "ภาคใต้"]
    assert first.rows[3][1] == "b c\nd"  # the markup's line breaks are spaces, <br> is a new line
    assert [row[0] for row in second.rows] == ["ภาคใต้", "nested", "อัปเดต"]


def test_a_page_without_a_table_says_so(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text("<html><body><p>ดูไฟล์แนบ</p></body></html>", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as raised:
        read_file(page)
    assert raised.value.reason_in("en") == "a web page without a table"
    assert raised.value.reason_in("th") == "เป็นหน้าเว็บที่ไม่มีตาราง"


def test_spans_are_clamped_to_the_table_its_cells_make(tmp_path: Path) -> None:
    """2,000 rows of one cell spanning 65,534 rows and 1,000 columns: refused as too large until issue
    26 clamped every span to the table (a rowspan to the rows left, a colspan to the columns the
    cells make); now a grid no wider than the table's 2,000 cells, built at once."""
    page = tmp_path / "spans.html"
    page.write_text("<table>" + "<tr><td rowspan=65534 colspan=1000>x</td></tr>" * 2000 + "</table>")
    (sheet,) = read_file(page)
    assert len(sheet.rows) == 2000 and max(map(len, sheet.rows)) <= 2000
    assert all(r1 < 2000 and c1 < 2000 for _, _, r1, c1 in sheet.merged)


def test_a_colspan_on_the_header_s_first_cell_leaves_the_header_over_its_data(tmp_path: Path) -> None:
    """colspan=16384 on ลำดับที่ pushed the rest of the header past the data: 0 rows, "OK"."""
    page = tmp_path / "seed.html"
    text = (FORMATS / "seed.html").read_text(encoding="utf-8")
    page.write_text(text.replace("<th rowspan=2>ลำดับที่", "<th rowspan=2 colspan=16384>ลำดับที่", 1), "utf-8")
    result = validate_paths([page])
    assert [sheet.rows for sheet in result.sheets] == [10] and result.exit_code == 0


def test_xhtml_with_an_xml_declaration_is_a_web_page(tmp_path: Path) -> None:
    page = tmp_path / "report.xls"
    page.write_bytes(
        b'<?xml version="1.0" encoding="windows-874"?>\n<!-- exported -->\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><body><table><tr><td>\xb5\xd2\xa1</td></tr></table></body></html>'
    )
    (sheet,) = read_file(page)
    assert (sheet.format, sheet.rows) == ("html", [["ตาก"]])
