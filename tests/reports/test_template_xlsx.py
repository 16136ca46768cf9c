"""The template workbook: its cells, dropdowns, checks, protection and page, as Excel and LibreOffice
see them."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from centertrack.indicators import get_indicator
from centertrack.reference import load_reference
from centertrack.reports.template_xlsx import template_xlsx, templates_zip
from centertrack.template import (
    BE_DATE_FORMAT,
    FOOTER_LABEL,
    INSTRUCTIONS_NAME,
    SHEET_NAME,
    Template,
    TemplateLevel,
    build_template,
)

from .test_annex import assert_golden

ROUND = dt.date(2018, 4, 1)
REFERENCE = load_reference()
GOLDEN_CASES = [("4.2", "24", "district"), ("4.1", "75", "lao"), ("4.1", "24", "province")]


def template(indicator: str = "4.2", code: str = "24", level: TemplateLevel = "district") -> Template:
    return build_template(get_indicator(indicator), REFERENCE.by_code[code], level, ROUND)


def book(made: Template) -> Workbook:
    return load_workbook(io.BytesIO(template_xlsx(made)))


def dump(workbook: Workbook) -> str:
    """What a template holds, as text to compare with a golden file: every sheet's page, protection,
    widths, merged ranges, validations, and each cell written with its font, lock and format."""
    lines: list[str] = []
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        fit = (setup.fitToWidth, setup.fitToHeight) if sheet.sheet_properties.pageSetUpPr else None
        lines += [
            f"== {sheet.title}",
            f"page: paper {setup.paperSize} {setup.orientation}, fit {fit}, titles {sheet.print_title_rows},"
            f" area {sheet.print_area}, frozen {sheet.freeze_panes}",
            f"protected: {sheet.protection.sheet}, password {sheet.protection.password!r}, format columns"
            f" {not sheet.protection.formatColumns}, format rows {not sheet.protection.formatRows}",
            "widths: " + " ".join(f"{k}={v.width:g}" for k, v in sorted(sheet.column_dimensions.items())),
            "merged: " + " ".join(sorted(str(r) for r in sheet.merged_cells.ranges)),
        ]
        for rule in sheet.data_validations.dataValidation:
            lines.append(
                f"validation {rule.sqref}: {rule.type} {rule.operator or ''} {rule.formula1}"
                f" {rule.formula2 or ''}"
                f" | input {rule.showInputMessage}: {rule.promptTitle}: {rule.prompt}"
                f" | dropdown hidden {bool(rule.showDropDown)}"
            )
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None and cell.protection.locked:
                    continue
                marks = [f"{cell.font.name} {cell.font.sz:g}"]
                marks += ["bold"] if cell.font.b else []
                marks += [] if cell.protection.locked else ["unlocked"]
                marks += [] if cell.number_format == "General" else [cell.number_format]
                height = sheet.row_dimensions[cell.row].height
                lines.append(f"{cell.coordinate} {cell.value!r} [{', '.join(marks)}] h={height:g}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("indicator", "code", "level"), GOLDEN_CASES)
def test_golden(indicator: str, code: str, level: TemplateLevel) -> None:
    assert_golden(f"template-{indicator}-{code}-{level}.txt", dump(book(template(indicator, code, level))))


def test_the_same_template_gives_the_same_bytes() -> None:
    assert template_xlsx(template()) == template_xlsx(template())


def test_the_status_is_a_dropdown_with_its_message_shown() -> None:
    sheet = book(template())[SHEET_NAME]
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    status = rules["C8:C18"]  # the 11 districts of ฉะเชิงเทรา, below 5 title lines, a gap and the header
    assert status.type == "list" and status.formula1 == '"ใช่,ไม่ใช่"'
    assert not status.showDropDown  # True would hide the arrow
    assert status.showInputMessage and status.showErrorMessage and "ใช่" in (status.prompt or "")
    assert rules["D8:D18"].type == "date"


def test_the_assistance_statistics_are_checked_as_offices_type_them() -> None:
    sheet = book(template("4.1", "75", "lao"))[SHEET_NAME]
    rules = {rule.promptTitle: rule for rule in sheet.data_validations.dataValidation}
    assert (rules["เรื่องที่รับ"].type, rules["เรื่องที่รับ"].formula1) == ("whole", "0")
    assert "จำนวนเรื่อง" in (rules["เรื่องที่รับ"].prompt or "")  # the unit the header leaves out
    assisted = rules["ช่วยเหลือแล้ว"]
    assert assisted.type == "custom" and assisted.formula1 == "AND(INT(H7)=H7,H7>=0,H7<=$G7)"


def test_places_are_locked_and_the_cells_to_fill_are_not() -> None:
    sheet = book(template())[SHEET_NAME]
    assert sheet.protection.sheet and sheet.protection.password is None
    assert sheet["B8"].value == "เมืองฉะเชิงเทรา" and sheet["B8"].protection.locked
    assert sheet["B7"].protection.locked  # the header
    assert not any(sheet.cell(row=8, column=c).protection.locked for c in range(3, 7))
    footer = sheet["B20"]
    assert sheet["A20"].value == FOOTER_LABEL and not footer.protection.locked
    assert footer.number_format == BE_DATE_FORMAT


def test_page_font_and_header_as_the_letters_have_them() -> None:
    workbook = book(template("4.1", "75", "lao"))
    sheet = workbook[SHEET_NAME]
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.page_setup.orientation == "landscape"  # 11 columns on paper
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$6:$6"
    assert {(c.font.name, c.font.sz) for row in sheet.iter_rows() for c in row if c.value} == {
        ("TH Sarabun New", 16)
    }
    assert workbook.sheetnames == [SHEET_NAME, INSTRUCTIONS_NAME]
    assert book(template())[SHEET_NAME].page_setup.orientation == "portrait"


def test_text_stays_text() -> None:
    """XlsxWriter turns "=…" into a formula and "123" into a number unless told not to."""
    sheet = book(template("4.1", "75", "lao"))[SHEET_NAME]
    assert (
        isinstance(sheet["L7"].value, str) and sheet["L7"].value.isdigit()
    )  # a DLA code, as the list has it


def test_the_zip_holds_each_workbook_under_its_name() -> None:
    made = [template(code="24"), template(code="20")]
    data = templates_zip([(t.file_name, template_xlsx(t)) for t in made])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["24-ฉะเชิงเทรา-4.2.xlsx", "20-ชลบุรี-4.2.xlsx"]
        assert archive.read("24-ฉะเชิงเทรา-4.2.xlsx") == template_xlsx(made[0])
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_rendered_by_libreoffice_on_a4_the_whole_width_on_the_first_page(tmp_path: Path) -> None:
    path = tmp_path / "lao.xlsx"
    path.write_bytes(template_xlsx(template("4.1", "24", "lao")))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE or "soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = (tmp_path / "lao.pdf").read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 (\d+)\.\d+ (\d+)\.\d+\s*\]", pdf)
    # The form on A4 landscape, its คำชี้แจง on A4 portrait (LibreOffice adds a square box for the page tree).
    assert {(b"841", b"595"), (b"595", b"841")} <= set(boxes), "not A4"
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(tmp_path / "lao.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    # The first and the last column on the first page: the form fits the page's width. The LAO's code
    # is past the print area (the reader's, on screen), its header flat (not turned upright).
    for word in ("ที่", "หมาย", "เหตุ", "ฉะเชิงเทรา", "อบจ.ฉะเชิงเทรา"):
        assert word in first
    assert "2240101" not in first


def test_each_instruction_is_as_tall_as_the_lines_it_prints_on() -> None:
    """Rendered (issue 27): a third of the คำชี้แจง's paragraphs had a blank line under them, their
    height counted with room for breaks that the spaces between its phrases already give."""
    from centertrack.reports.xlsx_page import row_height

    sheet = book(template()).worksheets[1]
    rows = {
        str(sheet.cell(r, 1).value)[:2]: sheet.row_dimensions[r].height for r in range(1, sheet.max_row + 1)
    }
    # "2. จัดตั้งแล้ว: …" prints on two lines and "4. อัปเดตวันที่: …" on one (the LibreOffice render).
    assert rows["2."] == row_height(2) and rows["4."] == row_height(1) and rows["3."] == row_height(2)
