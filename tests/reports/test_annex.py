"""Tests of the annex model and its writers, against the letter มท 0810.7/ว 1055 (shared seed)."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from rich.console import Console

from centertrack.annex import Annex, AnnexRow, Digits, Style
from centertrack.reports.csv import annex_csv, neutralize
from centertrack.reports.docx import annex_docx
from centertrack.reports.json import annex_json
from centertrack.reports.markdown import annex_markdown
from centertrack.reports.terminal import annex_table
from centertrack.reports.xlsx import annex_xlsx
from centertrack.reports.xlsx_page import Page, points_of, row_height
from centertrack.thai import sort_key

GOLDEN = Path(__file__).parent / "golden"
LAO_COUNTS = Path(__file__).parents[2] / "src/centertrack/data/lao_counts_2017-12-01.csv"
AS_OF = datetime.date(2018, 4, 10)
INJECTION = '=HYPERLINK("http://x","click")'
COMPACT_HEADERS = ["จำนวน\nทั้งหมด\n(แห่ง)", "จัดตั้ง\nแล้ว\n(แห่ง)", "ยังไม่ได้\nจัดตั้ง\n(แห่ง)"]
HEADER = 5  # XLSX rows: title lines 1–3, a narrow gap on 4
FIRST = HEADER + 1

# The letter's annex and progress form (row 7 corrected to พังงา: the form's พิจิตร has 12 districts, not 8).
LETTER_ROWS = [
    ("24", "ฉะเชิงเทรา", "Chachoengsao", 11, 5, 6),
    ("20", "ชลบุรี", "Chon Buri", 11, 0, 11),
    ("63", "ตาก", "Tak", 9, 3, 6),
    ("73", "นครปฐม", "Nakhon Pathom", 7, 3, 4),
    ("60", "นครสวรรค์", "Nakhon Sawan", 15, 3, 12),
    ("12", "นนทบุรี", "Nonthaburi", 6, 5, 1),
    ("82", "พังงา", "Phang Nga", 8, 7, 1),
    ("76", "เพชรบุรี", "Phetchaburi", 8, 6, 2),
    ("91", "สตูล", "Satun", 7, 6, 1),
    ("72", "สุพรรณบุรี", "Suphan Buri", 10, 9, 1),
]
TITLE_LIST = (
    "บัญชีแนบท้าย",
    "จังหวัดที่ยังดำเนินการจัดตั้งศูนย์ปฏิบัติการช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",
    "(สถานที่กลาง) ไม่ครบตามเป้าหมาย",
)
TITLE_PROGRESS = (
    "แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
    "สำหรับจังหวัดที่ยังจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ไม่ครบตามเป้าหมาย",
)
# The letter's progress form as printed (tab-separated in the seed), row 7 corrected, plus the รวม row.
LETTER_TABLE = [
    ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"],
    ["1", "ฉะเชิงเทรา", "11", "5", "6", ""],
    ["2", "ชลบุรี", "11", "0", "11", ""],
    ["3", "ตาก", "9", "3", "6", ""],
    ["4", "นครปฐม", "7", "3", "4", ""],
    ["5", "นครสวรรค์", "15", "3", "12", ""],
    ["6", "นนทบุรี", "6", "5", "1", ""],
    ["7", "พังงา", "8", "7", "1", ""],
    ["8", "เพชรบุรี", "8", "6", "2", ""],
    ["9", "สตูล", "7", "6", "1", ""],
    ["10", "สุพรรณบุรี", "10", "9", "1", ""],
    ["", "รวม", "92", "47", "45", ""],
]
# The letter's บัญชีแนบท้าย, in its own Thai digits.
LETTER_LIST = [
    ("๑", "ฉะเชิงเทรา"),
    ("๒", "ชลบุรี"),
    ("๓", "ตาก"),
    ("๔", "นครปฐม"),
    ("๕", "นครสวรรค์"),
    ("๖", "นนทบุรี"),
    ("๗", "พังงา"),
    ("๘", "เพชรบุรี"),
    ("๙", "สตูล"),
    ("๑๐", "สุพรรณบุรี"),
]


def letter_rows(remarks: dict[int, str] | None = None) -> tuple[AnnexRow, ...]:
    remarks = remarks or {}
    return tuple(
        AnnexRow(no, code, th, en, total, done, left, remarks.get(no, ""))
        for no, (code, th, en, total, done, left) in enumerate(LETTER_ROWS, start=1)
    )


def seed_annex(style: Style = "progress", digits: Digits = "arabic", **changes: Any) -> Annex:
    title = TITLE_PROGRESS if style == "progress" else TITLE_LIST
    return replace(Annex("4.2", style, title, letter_rows(), AS_OF, digits), **changes)


def annex_76(digits: Digits = "arabic") -> Annex:
    """All 76 DLA provinces (indicator 4.1: their LAOs), in dictionary order: the longest annex there is."""
    with LAO_COUNTS.open(encoding="utf-8") as f:
        provinces = sorted(csv.DictReader(f), key=lambda p: sort_key(p["province_th"]))
    assert len(provinces) == 76
    rows = tuple(
        AnnexRow(
            no,
            p["province_code"],
            p["province_th"],
            p["province_en"],
            int(p["total"]),
            int(p["total"]) * 2 // 3,
            int(p["total"]) - int(p["total"]) * 2 // 3,
            "รอรายงาน" if no % 10 == 0 else "",
        )
        for no, p in enumerate(provinces, start=1)
    )
    title = ("แบบรายงานความคืบหน้าการจัดตั้งศูนย์ช่วยเหลือประชาชนขององค์กรปกครองส่วนท้องถิ่น",)
    return Annex("4.1", "progress", title, rows, AS_OF, digits)


def assert_golden(name: str, actual: str | bytes) -> None:
    """Compare with tests/reports/golden/<name>; CENTERTRACK_UPDATE_GOLDEN=1 rewrites it (review the diff)."""
    path = GOLDEN / name
    data = actual.encode("utf-8") if isinstance(actual, str) else actual
    if os.environ.get("CENTERTRACK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    if not path.exists():
        pytest.fail(
            f"golden file {path} is missing: create it with "
            f"CENTERTRACK_UPDATE_GOLDEN=1 python -m pytest {Path(__file__).name}, then review and commit it"
        )
    expected = path.read_bytes()
    if data != expected:
        assert data.decode("utf-8") == expected.decode("utf-8")  # a readable diff
        assert data == expected


# ---------------------------------------------------------------- model


def test_progress_reproduces_the_letters_form_row_for_row() -> None:
    annex = seed_annex()
    table = [list(annex.headers()), *(list(annex.texts(cells)) for cells in annex.body)]
    assert table == LETTER_TABLE
    assert annex.totals == (92, 47, 45)
    assert annex.footer == "อัปเดตวันที่ 10/4/61"


def test_list_in_thai_digits_reproduces_the_letters_annex() -> None:
    annex = seed_annex("list", "thai")
    assert annex.headers() == ("ลำดับที่", "จังหวัด")
    assert [annex.texts(cells) for cells in annex.body] == LETTER_LIST
    assert annex.title_lines == TITLE_LIST
    assert annex.total_cells is None
    assert annex.footer == "อัปเดตวันที่ ๑๐/๔/๖๑"


def test_cells_keep_numbers_with_arabic_digits_only() -> None:
    row = letter_rows()[1]
    assert seed_annex().cells(row) == (2, "ชลบุรี", 11, 0, 11, "")
    assert seed_annex(digits="thai").cells(row) == ("๒", "ชลบุรี", "๑๑", "๐", "๑๑", "")
    assert seed_annex(digits="thai").total_cells == ("", "รวม", "๙๒", "๔๗", "๔๕", "")


def test_no_footer_without_a_date() -> None:
    annex = seed_annex(as_of=None)
    assert annex.footer is None
    assert "อัปเดต" not in annex_markdown(annex)
    assert annex.document_time == datetime.datetime(1980, 1, 1)


def test_headers_put_the_unit_on_its_own_line_in_boxed_tables() -> None:
    assert seed_annex().headers(multiline=True)[2:5] == (
        "จำนวนทั้งหมด\n(แห่ง)",
        "จัดตั้งแล้ว\n(แห่ง)",
        "ยังไม่ได้จัดตั้ง\n(แห่ง)",
    )


def test_widths_measure_thai_by_display_cells_and_compact_wraps_headers() -> None:
    annex = seed_annex()
    wide, narrow = annex.widths(), annex.widths(compact=True)
    assert wide[2] == pytest.approx(10 * 1.1)  # bold "จำนวนทั้งหมด": 12 code points, 10 cells
    assert narrow[2] == pytest.approx(5 * 1.1)  # "จำนวน" / "ทั้งหมด" / "(แห่ง)"
    assert all(n <= w for n, w in zip(narrow, wide, strict=True))


# ---------------------------------------------------------------- CSV, Markdown, JSON: exact


@pytest.mark.parametrize("style", ["progress", "list"])
def test_csv_golden(style: Style) -> None:
    assert_golden(f"annex-4.2-{style}.csv", annex_csv(seed_annex(style)))


def test_csv_is_utf8_with_bom_and_crlf_and_a_plain_table() -> None:
    data = annex_csv(seed_annex())
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == 12 and "\n" not in text.replace("\r\n", "")
    assert list(csv.reader(io.StringIO(text))) == LETTER_TABLE  # no title lines, no footer


@pytest.mark.parametrize(
    ("style", "digits"), [("progress", "arabic"), ("list", "arabic"), ("progress", "thai")]
)
def test_markdown_golden(style: Style, digits: Digits) -> None:
    suffix = "-thai" if digits == "thai" else ""
    assert_golden(f"annex-4.2-{style}{suffix}.md", annex_markdown(seed_annex(style, digits)))


def test_markdown_escapes_pipes() -> None:
    annex = seed_annex(rows=letter_rows({1: "a | b\nc"}))
    assert "| a \\| b c |" in annex_markdown(annex)


@pytest.mark.parametrize("style", ["progress", "list"])
def test_json_golden(style: Style) -> None:
    assert_golden(f"annex-4.2-{style}.json", annex_json(seed_annex(style)))


def test_json_keeps_numbers_and_iso_date_whatever_the_digits() -> None:
    document = json.loads(annex_json(seed_annex(digits="thai")))
    assert document["as_of"] == "2018-04-10"
    assert document["provinces"][6] == {
        "no": 7,
        "code": "82",
        "name_th": "พังงา",
        "name_en": "Phang Nga",
        "total": 8,
        "established": 7,
        "remaining": 1,
        "remarks": "",
    }
    assert json.loads(annex_json(seed_annex(as_of=None)))["as_of"] is None


# ---------------------------------------------------------------- formula injection


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", INJECTION])
def test_neutralize_prefixes_formula_starts(text: str) -> None:
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", ["", "-", "พังงา", "1 = 1", "'=x"])
def test_neutralize_leaves_plain_text(text: str) -> None:
    assert neutralize(text) == text


def test_injection_is_neutralized_in_csv_and_xlsx() -> None:
    annex = seed_annex(rows=letter_rows({3: INJECTION}))
    rows = list(csv.reader(io.StringIO(annex_csv(annex).decode("utf-8-sig"))))
    assert rows[3][5] == "'" + INJECTION
    sheet = _sheet(annex_xlsx(annex))
    cell = sheet.cell(row=FIRST + 2, column=6)
    assert cell.value == "'" + INJECTION
    assert cell.data_type == "s"  # text, not a formula


# ---------------------------------------------------------------- XLSX read back


def _sheet(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_xlsx_cells_reproduce_the_letter() -> None:
    sheet = _sheet(annex_xlsx(seed_annex()))
    assert [sheet.cell(row=r, column=1).value for r in (1, 2, 3)] == list(TITLE_PROGRESS)
    values = [list(row) for row in sheet.iter_rows(min_row=HEADER, max_row=FIRST + 10, values_only=True)]
    # Word by word, to fit A4 portrait at 16 pt.
    assert values[0] == ["ลำดับที่", "จังหวัด", *COMPACT_HEADERS, "หมายเหตุ"]
    expected_body = [[int(v) if v.isdigit() else (v or None) for v in row] for row in LETTER_TABLE[1:-1]]
    assert values[1:11] == expected_body
    assert values[11] == ["รวม", None, 92, 47, 45, None]
    assert sheet.cell(row=FIRST + 11, column=1).value == "อัปเดตวันที่ 10/4/61"
    assert sheet.max_row == FIRST + 11


def test_xlsx_numbers_are_numbers_with_arabic_digits_and_text_with_thai() -> None:
    arabic = _sheet(annex_xlsx(seed_annex()))
    assert arabic.cell(row=FIRST, column=3).data_type == "n"
    # Thai digits by the number format: the cells stay numbers, to add up and sort.
    thai = _sheet(annex_xlsx(seed_annex(digits="thai")))
    assert [c.value for c in thai[FIRST]] == [1, "ฉะเชิงเทรา", 11, 5, 6, None]
    assert {thai.cell(row=FIRST, column=c).number_format for c in (1, 3, 4, 5)} == {"[$-D00041E]#,##0"}
    assert thai.cell(row=FIRST + 10, column=3).value == 92
    assert arabic.cell(row=FIRST, column=3).number_format == "#,##0"
    assert thai.cell(row=FIRST + 11, column=1).value == "อัปเดตวันที่ ๑๐/๔/๖๑"


def test_xlsx_fonts_are_th_sarabun_new_16_and_bold_where_the_letter_is() -> None:
    sheet = _sheet(annex_xlsx(seed_annex()))
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert (cell.font.name, cell.font.sz) == ("TH Sarabun New", 16), cell.coordinate
    bold_rows = {1, 2, 3, HEADER, FIRST + 10}
    for r in range(1, sheet.max_row + 1):
        if r != HEADER - 1:  # the empty gap
            assert bool(sheet.cell(row=r, column=1).font.b) == (r in bold_rows), r
    assert sheet.cell(row=FIRST + 10, column=5).font.b


def test_xlsx_table_is_boxed_aligned_and_wrapped() -> None:
    sheet = _sheet(annex_xlsx(seed_annex()))
    for row in sheet.iter_rows(min_row=HEADER, max_row=FIRST + 10):
        for cell in row:
            sides = [cell.border.right, cell.border.top, cell.border.bottom]
            if cell.coordinate != f"B{FIRST + 10}":  # inside the merged รวม cell
                sides.append(cell.border.left)
            assert all(side.style == "thin" for side in sides), cell.coordinate
    assert sheet.cell(row=FIRST + 11, column=1).border.left.style is None  # the footer is outside the box
    assert sheet.cell(row=HEADER, column=3).alignment.wrap_text
    assert sheet.cell(row=HEADER, column=3).alignment.horizontal == "center"
    aligned = [sheet.cell(row=FIRST, column=c).alignment.horizontal for c in range(1, 7)]
    assert aligned == ["center", "left", "right", "right", "right", "left"]
    assert sheet.cell(row=FIRST + 10, column=1).alignment.horizontal == "center"


def test_xlsx_merges_titles_total_label_and_footer() -> None:
    sheet = _sheet(annex_xlsx(seed_annex()))
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert merged == {
        "A1:F1",
        "A2:F2",
        "A3:F3",
        f"A{FIRST + 10}:B{FIRST + 10}",
        f"A{FIRST + 11}:F{FIRST + 11}",
    }
    assert sheet.cell(row=1, column=1).alignment.horizontal == "center"


def test_xlsx_rows_are_tall_enough_for_thai_and_columns_wide_enough() -> None:
    sheet = _sheet(annex_xlsx(seed_annex()))
    for r in range(1, sheet.max_row + 1):
        if r != HEADER - 1:
            assert (sheet.row_dimensions[r].height or 0) >= 25, r
    assert sheet.row_dimensions[HEADER].height >= 3 * 22.4  # three header lines
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEF"]
    assert all(w >= 6 for w in widths) and widths[1] > widths[0]


def test_xlsx_rows_grow_for_a_remark_that_wraps() -> None:
    remark = "ควบรวมแล้ว 2 แห่ง: นับเป็นยังไม่ได้จัดตั้ง"  # 34 cells, in a column of at most 24
    sheet = _sheet(
        annex_xlsx(seed_annex(rows=letter_rows({3: remark, 5: "รอรายงาน", 6: "บรรทัด 1\nบรรทัด 2"})))
    )
    heights = {r: sheet.row_dimensions[FIRST + r - 1].height for r in (2, 3, 5, 6)}
    assert heights[2] == heights[5] == row_height(1, 16)
    assert heights[3] >= row_height(2, 16) and heights[6] == row_height(2, 16)
    assert sheet.cell(row=FIRST + 2, column=6).alignment.wrap_text


def test_xlsx_wraps_a_title_longer_than_the_table_instead_of_widening_it() -> None:
    seed = _sheet(annex_xlsx(seed_annex()))
    long = _sheet(annex_xlsx(seed_annex(title=("ศูนย์ปฏิบัติการร่วม" * 6,))))  # wider than the page
    assert [long.column_dimensions[c].width for c in "ABCDEF"] == [
        seed.column_dimensions[c].width for c in "ABCDEF"
    ]
    assert long.cell(row=1, column=1).alignment.wrap_text
    assert long.row_dimensions[1].height >= row_height(2, 16)


def test_xlsx_prints_at_100_percent_on_a4_fitted_to_the_width_only() -> None:
    sheet = _sheet(annex_xlsx(annex_76()))
    setup = sheet.page_setup
    assert setup.paperSize == 9  # A4
    assert setup.orientation == "portrait"
    properties = sheet.sheet_properties.pageSetUpPr
    assert properties is not None and properties.fitToPage
    fit_width = 1 if setup.fitToWidth is None else setup.fitToWidth  # 1, SpreadsheetML's default, implied
    assert (fit_width, setup.fitToHeight) == (1, 0)  # as many pages tall as needed
    assert sheet.print_title_rows == "$3:$3"  # one title line and the gap here
    assert sheet.print_area == "'บัญชีแนบท้าย 4.1'!$A$1:$F$81"
    # The columns fit the page's width at 100 %, so fitting to the width never shrinks the print.
    width = sum(points_of(sheet.column_dimensions[c].width, 16) for c in "ABCDEF")
    assert width <= Page.a4("portrait").width
    assert "&P" in sheet.oddFooter.center.text and sheet.oddFooter.center.size == 16
    # Page breaks: the รวม row (80) and the date line (81) never open a page.
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert breaks and all(b < 79 for b in breaks)


def test_xlsx_never_names_the_font_that_turns_digits_thai() -> None:
    with zipfile.ZipFile(io.BytesIO(annex_xlsx(seed_annex()))) as archive:
        styles = archive.read("xl/styles.xml").decode("utf-8")
    assert "SarabunIT" not in styles
    assert 'name val="TH Sarabun New"' in styles


def test_xlsx_and_docx_bytes_are_deterministic() -> None:
    for write in (annex_xlsx, annex_docx):
        data = write(seed_annex())
        assert data == write(seed_annex())
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            assert "2018-04-10T00:00:00Z" in archive.read("docProps/core.xml").decode("utf-8")


# ---------------------------------------------------------------- DOCX read back


def _docx_rows(data: bytes) -> list[list[str]]:
    table = Document(io.BytesIO(data)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_docx_table_reproduces_the_letter() -> None:
    rows = _docx_rows(annex_docx(seed_annex()))
    assert rows[0] == ["ลำดับที่", "จังหวัด", *COMPACT_HEADERS, "หมายเหตุ"]
    assert rows[1:11] == LETTER_TABLE[1:11]
    assert rows[11] == ["รวม", "รวม", "92", "47", "45", ""]  # one cell merged over two columns


def test_docx_list_in_thai_digits_reproduces_the_letters_annex() -> None:
    document = Document(io.BytesIO(annex_docx(seed_annex("list", "thai"))))
    texts = [p.text for p in document.paragraphs]
    assert texts == [*TITLE_LIST, "อัปเดตวันที่ ๑๐/๔/๖๑"]
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows == [["ลำดับที่", "จังหวัด"], *map(list, LETTER_LIST)]


def test_docx_headings_are_centered_and_bold() -> None:
    document = Document(io.BytesIO(annex_docx(seed_annex())))
    for paragraph in document.paragraphs[:3]:
        assert paragraph.alignment == 1  # WD_ALIGN_PARAGRAPH.CENTER
        assert all(run.bold for run in paragraph.runs)


def test_docx_font_is_set_on_latin_and_complex_script_slots() -> None:
    document = Document(io.BytesIO(annex_docx(seed_annex())))
    body = document.element.body
    runs = body.findall(f".//{qn('w:r')}")
    assert len(runs) > 60
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        for slot in ("w:ascii", "w:hAnsi", "w:cs"):
            assert fonts.get(qn(slot)) == "TH Sarabun New"
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "32"
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"
        if rpr.find(qn("w:b")) is not None:
            assert rpr.find(qn("w:bCs")) is not None
    # The document's defaults too, so text typed into the table later stays in the Thai font.
    for rpr in (
        document.styles["Normal"].element.find(qn("w:rPr")),
        document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"),
    ):
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == fonts.get(qn("w:ascii")) == "TH Sarabun New"
        assert fonts.get(qn("w:cstheme")) is None
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"


def test_docx_table_is_gridded_with_a_repeated_header_and_fits_a4() -> None:
    document = Document(io.BytesIO(annex_docx(seed_annex())))
    table = document.tables[0]
    assert table.style is not None and table.style.name == "Table Grid"
    header, first = table.rows[0]._tr.trPr, table.rows[1]._tr.trPr
    assert header is not None and first is not None
    assert header.find(qn("w:tblHeader")) is not None
    assert first.find(qn("w:tblHeader")) is None
    section = document.sections[0]
    width, height, left, right = (
        section.page_width,
        section.page_height,
        section.left_margin,
        section.right_margin,
    )
    assert width is not None and height is not None and left is not None and right is not None
    assert (round(width.mm), round(height.mm)) == (210, 297)
    assert sum(column.width for column in table.columns) <= width - left - right + Mm(0.5)
    # Headers wrap between words rather than inside ลำดับที่.
    assert table.columns[0].width >= Mm(20)


def test_docx_core_properties_are_fixed() -> None:
    properties = Document(io.BytesIO(annex_docx(seed_annex()))).core_properties
    stamp = datetime.datetime(2018, 4, 10, tzinfo=datetime.UTC)
    assert properties.created == properties.modified == stamp
    assert properties.author == "centertrack"


# ---------------------------------------------------------------- terminal


def test_terminal_table_has_titles_rows_totals_and_footer() -> None:
    console = Console(width=140, record=True, color_system=None)
    console.print(annex_table(seed_annex()))
    text = console.export_text()
    for line in (*TITLE_PROGRESS, "เพชรบุรี", "อัปเดตวันที่ 10/4/61"):
        assert line in text
    total_line = next(line for line in text.splitlines() if "รวม" in line and "92" in line)
    assert "47" in total_line and "45" in total_line
    table = annex_table(seed_annex("list"))
    assert table.row_count == 10 and len(table.columns) == 2
