"""``history export``: the sheet an analyst keeps by hand, one row per province (Thai dictionary
order), per round its established and remaining, as CSV (UTF-8 with BOM) or XLSX."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from centertrack.reference import load_reference
from centertrack.reports.csv import neutralize, table_csv

if TYPE_CHECKING:
    from centertrack.history.queries import Export


def _table(export: Export) -> tuple[list[str], list[list[object]]]:
    header = ["รหัส", "จังหวัด", "Province", "ทั้งหมด"]
    for period in export.periods:
        header += [f"{period} จัดตั้งแล้ว", f"{period} ยังไม่ได้จัดตั้ง"]
    by_code = load_reference().by_code
    rows: list[list[object]] = []
    for code, values in export.rows:
        province = by_code[code]
        cells: list[object] = [code, province.name_th, province.name_en, export.indicator.target_of(province)]
        for value in values:
            cells += list(value) if value is not None else ["", ""]
        rows.append(cells)
    return header, rows


def export_csv(export: Export) -> bytes:
    header, rows = _table(export)
    return table_csv(header, rows)


def export_xlsx(export: Export) -> bytes:
    from centertrack.output import without_numpy

    with without_numpy():
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.worksheet import Worksheet

    from centertrack.annex import FONT_NAME, FONT_SIZE
    from centertrack.reports.xlsx import _save

    header, rows = _table(export)
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = f"ตัวชี้วัด {export.indicator.id}"
    sheet.append(header)
    for cells in rows:
        sheet.append([neutralize(c) if isinstance(c, str) else (None if c == "" else c) for c in cells])
    font, bold = Font(name=FONT_NAME, size=FONT_SIZE), Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = bold if cell.row == 1 else font
    for index, width in enumerate([7, 20, 26, 10] + [22] * (len(header) - 4), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "E2"
    # Printed, it is one page wide, landscape, the header row on every page.
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = "1:1"
    return _save(workbook, dt.datetime(1980, 1, 1))
