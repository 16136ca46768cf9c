"""Every XLSX and DOCX writer's print settings, read back: A4 at 100 %, fitted to the width only, the
header repeated, page numbers, 16 pt everywhere, rows tall enough for 16 pt Thai."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from centertrack.progress import summarize
from centertrack.reports.docx import annex_docx
from centertrack.reports.measure import line_height
from centertrack.reports.xlsx import annex_xlsx, summary_xlsx
from centertrack.reports.xlsx_page import Page, points_of
from centertrack.runner import validate_paths

from .test_annex import annex_76, seed_annex

EXAMPLES = Path(__file__).parents[2] / "data" / "examples"
THAI_LINE = line_height(16)  # 22.4 pt: a 16 pt Thai line with its tone marks and lower vowels


def _summary(name: str) -> bytes:
    result = validate_paths([EXAMPLES / name], "auto")
    return summary_xlsx(summarize(result.entries, result.indicator, result.as_of, result.issues))


def _workbooks() -> dict[str, bytes]:
    result = validate_paths([EXAMPLES / "lao-4.1-national.xlsx"], "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    return {
        "annex seed": annex_xlsx(seed_annex()),
        "annex list": annex_xlsx(seed_annex("list", "thai")),
        "annex 76": annex_xlsx(annex_76()),
        "summary 4.2": _summary("national-4.2-2561-04.xlsx"),
        "summary 4.1 th": summary_xlsx(summary, "th"),
        "summary 4.1 en": summary_xlsx(summary, "en"),
    }


WORKBOOKS = _workbooks()


def _sheets(name: str) -> list[Worksheet]:
    return list(load_workbook(io.BytesIO(WORKBOOKS[name])).worksheets)


@pytest.mark.parametrize("name", WORKBOOKS)
def test_xlsx_prints_at_100_percent_fitted_to_the_width_only(name: str) -> None:
    for sheet in _sheets(name):
        setup = sheet.page_setup
        assert setup.paperSize == 9, "not A4"
        assert setup.scale in (None, 100)
        properties = sheet.sheet_properties.pageSetUpPr
        assert properties is not None and properties.fitToPage
        # 1 is SpreadsheetML's default for fitToWidth, which XlsxWriter leaves implied (openpyxl reads None).
        fit_width = 1 if setup.fitToWidth is None else setup.fitToWidth
        assert (fit_width, setup.fitToHeight) == (1, 0), "fitted to more than the width"
        # Fitting to the width shrinks nothing: the columns are no wider than the page at 100 %.
        columns = [
            sheet.column_dimensions[get_column_letter(i)].width for i in range(1, sheet.max_column + 1)
        ]
        page = Page.a4(setup.orientation)
        assert sum(points_of(width, 16) for width in columns) <= page.width, setup.orientation


@pytest.mark.parametrize("name", WORKBOOKS)
def test_xlsx_repeats_its_header_and_numbers_its_pages(name: str) -> None:
    for sheet in _sheets(name):
        assert sheet.print_title_rows, "no header row repeated"
        footer = sheet.oddFooter.center
        assert "&P" in (footer.text or "") and "&N" in (footer.text or "")
        assert footer.size == 16


@pytest.mark.parametrize("name", WORKBOOKS)
def test_xlsx_is_16_pt_with_rows_tall_enough_for_thai(name: str) -> None:
    for sheet in _sheets(name):
        for row in sheet.iter_rows():
            texts = [cell for cell in row if isinstance(cell.value, str | int | float)]
            for cell in texts:
                assert (cell.font.name, cell.font.sz) == ("TH Sarabun New", 16), cell.coordinate
            if texts:
                lines = max(str(cell.value).count("\n") + 1 for cell in texts)
                height = sheet.row_dimensions[row[0].row].height
                assert height is not None and height >= lines * THAI_LINE + 2, row[0].row


def test_xlsx_page_breaks_keep_the_total_row_with_the_last_province() -> None:
    for name in ("annex 76", "summary 4.2", "summary 4.1 en"):
        for sheet in _sheets(name):
            labels = {
                r: (sheet.cell(r, 1).value, sheet.cell(r, 2).value) for r in range(1, sheet.max_row + 1)
            }
            total = next(r for r, texts in labels.items() if {"รวม", "Total"} & set(texts))
            assert all(b.id < total - 1 for b in sheet.row_breaks.brk), name


def test_summary_xlsx_speaks_the_reports_language() -> None:
    thai, english = _sheets("summary 4.1 th")[0], _sheets("summary 4.1 en")[0]
    assert [c.value for c in thai[1]][:3] == ["รหัส", "จังหวัด", "ทั้งหมด"]
    assert [c.value for c in english[1]][:3] == ["Code", "Province", "Total"]
    statuses = {thai.cell(r, 7).value for r in range(2, thai.max_row - 2)}
    assert statuses <= {"ยังไม่ครบ", "ครบ"} and statuses
    assert {english.cell(r, 7).value for r in range(2, english.max_row - 2)} <= {"lagging", "complete"}
    assert WORKBOOKS["summary 4.1 th"] != WORKBOOKS["summary 4.1 en"]
    # One number format per kind: counts with separators, every percentage with two decimals.
    assert {thai.cell(r, 6).number_format for r in range(2, thai.max_row - 1)} == {"0.00"}
    assert {thai.cell(r, 3).number_format for r in range(2, thai.max_row - 1)} == {"#,##0"}


# ---------------------------------------------------------------- DOCX


@pytest.mark.parametrize(
    "annex", [seed_annex(), seed_annex("list", "thai"), annex_76()], ids=["seed", "list", "76"]
)
def test_docx_prints_16_pt_on_a4_with_header_repeated_numbered_and_total_kept(annex: object) -> None:
    document = Document(io.BytesIO(annex_docx(annex)))  # type: ignore[arg-type]
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    table = document.tables[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert sum(c.width for c in table.columns) <= text_width + Mm(0.1)
    for rpr in document.element.body.iter(qn("w:rPr")):
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "32"
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    codes = "".join(t.text for t in section.footer._element.iter(qn("w:instrText")))
    assert "PAGE" in codes and "NUMPAGES" in codes
    if annex.total_cells is not None:  # type: ignore[attr-defined]
        last = table.rows[len(annex.rows)]  # type: ignore[attr-defined]
        assert all(p.paragraph_format.keep_with_next for cell in last.cells for p in cell.paragraphs)


def test_docx_titles_from_indicators_fit_the_text_width() -> None:
    from centertrack.indicators import load_indicators
    from centertrack.reports.measure import POINTS_PER_MM, text_width

    for indicator in load_indicators().values():
        for line in (*indicator.annex_title_list, *indicator.annex_title_progress):
            assert text_width(line, 16, bold=True) <= 160 * POINTS_PER_MM, line
