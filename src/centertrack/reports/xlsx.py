"""XLSX: the annex as an office prints it: title lines, boxed table, TH Sarabun New 16 pt, A4 portrait."""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from typing import TYPE_CHECKING

from rich.cells import cell_len

from centertrack.annex import BOLD_WIDTH, FONT_NAME, FONT_SIZE, Align, Annex, Cell
from centertrack.output import stable_zip, without_numpy

with without_numpy():  # openpyxl would import numpy, 0.2 s of its 0.4 s, for nothing written here
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.indexed_list import IndexedList
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet
    from openpyxl.writer.excel import ExcelWriter
from centertrack.reports.csv import SUMMARY_COLUMNS as _SUMMARY_KEYS
from centertrack.reports.csv import neutralize
from centertrack.reports.layout import GAP_HEIGHT as _GAP_HEIGHT
from centertrack.reports.layout import MARGINS, ROW_HEIGHT
from centertrack.reports.layout import WIDTH_PADDING as _WIDTH_PADDING
from centertrack.reports.layout import WIDTH_PER_CELL as _WIDTH_PER_CELL

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Statistics

# Wrapping moves whole Thai words down, so a wrapped line holds less than the column's width.
_WRAP_SLACK = 1.15

_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
_BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _value(cell: Cell) -> Cell:
    # openpyxl stores any text starting with "=" as a formula: neutralize every text cell.
    return neutralize(cell) if isinstance(cell, str) else cell


def _body_alignment(align: Align, wrap: bool) -> Alignment:
    # An indent keeps names and numbers off the cell's border line.
    indent = 0 if align == "center" else 1
    return Alignment(horizontal=align, vertical="center", wrap_text=wrap, indent=indent)


def _column_widths(annex: Annex) -> list[float]:
    """Widths in Excel units, the table as wide as its widest title line: Excel clips a merged cell.

    The room a title needs goes to the remarks column (more room to write in), else to the widest column.
    """
    widths = [cells * _WIDTH_PER_CELL + _WIDTH_PADDING for cells in annex.widths()]
    title = max((cell_len(line) * BOLD_WIDTH * _WIDTH_PER_CELL for line in annex.title_lines), default=0)
    if title > sum(widths):
        wrapping = [i for i, column in enumerate(annex.columns) if column.wraps]
        grow = wrapping[-1] if wrapping else widths.index(max(widths))
        widths[grow] += title - sum(widths)
    return [round(width, 1) for width in widths]


def _lines(text: str, width: float) -> int:
    """How many lines a wrapping cell's text takes in a column ``width`` Excel units wide."""
    room = max((width - _WIDTH_PADDING) / _WIDTH_PER_CELL, 1.0)
    return sum(max(1, math.ceil(cell_len(line) * _WRAP_SLACK / room)) for line in text.splitlines() or [""])


def annex_xlsx(annex: Annex) -> bytes:
    workbook = Workbook()
    # The default font is what empty cells, rows the user adds and Excel's column-width unit use; openpyxl
    # has no public setter for it.
    workbook._fonts = IndexedList([_FONT])  # type: ignore[attr-defined]
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has its one sheet
    sheet.title = f"บัญชีแนบท้าย {annex.indicator}"
    span = len(annex.columns)
    last_column = get_column_letter(span)
    widths = _column_widths(annex)
    row = 0

    for line in annex.title_lines:
        row += 1
        cell = sheet.cell(row=row, column=1, value=_value(line))
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        sheet.row_dimensions[row].height = ROW_HEIGHT
    if annex.title_lines:
        row += 1  # a little air between the heading and the table, as in the letter
        sheet.row_dimensions[row].height = _GAP_HEIGHT

    row += 1
    header_row = row
    for i, header in enumerate(annex.headers(multiline=True), start=1):
        cell = sheet.cell(row=row, column=i, value=_value(header))
        cell.font = _BOLD
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lines = max(header.count("\n") + 1 for header in annex.headers(multiline=True))
    sheet.row_dimensions[row].height = ROW_HEIGHT * lines + _GAP_HEIGHT

    for index, cells in enumerate(annex.body):
        row += 1
        is_total = index == len(annex.rows)
        for i, (column, value) in enumerate(zip(annex.columns, cells, strict=True), start=1):
            cell = sheet.cell(row=row, column=i, value=_value(value))
            cell.font = _BOLD if is_total else _FONT
            cell.border = _BOX
            cell.alignment = _body_alignment(column.align, column.wraps)
        if is_total:
            # รวม spans ลำดับที่ and จังหวัด, centered, as in the letters' tables.
            label = sheet.cell(row=row, column=1, value=_value(cells[1]))
            label.alignment = Alignment(horizontal="center", vertical="center")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        # Rows have a fixed height (Excel does not grow a row for 16 pt Thai): tall enough for a long remark.
        wrapped = [
            _lines(annex.display(value), width)
            for column, value, width in zip(annex.columns, cells, widths, strict=True)
            if column.wraps
        ]
        sheet.row_dimensions[row].height = ROW_HEIGHT * max(wrapped, default=1)

    if annex.footer:
        row += 1
        cell = sheet.cell(row=row, column=1, value=_value(annex.footer))
        cell.font = _FONT
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        sheet.row_dimensions[row].height = ROW_HEIGHT

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width

    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "portrait"
    # One page even for all 76 provinces: the annex is attached to a letter as a single sheet.
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup.fitToWidth = 1
    setup.fitToHeight = 1
    left, right, top, bottom = MARGINS
    sheet.page_margins = PageMargins(left=left, right=right, top=top, bottom=bottom, header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = f"A1:{last_column}{row}"

    return _save(workbook, annex.document_time)


def _save(workbook: Workbook, stamp: dt.datetime) -> bytes:
    """The workbook's bytes, the same for the same content: fixed document times, fixed zip times."""
    workbook.properties.creator = "centertrack"
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    buffer = io.BytesIO()
    # Workbook.save() would overwrite "modified" with the current time; ExcelWriter keeps ours.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _statistics(statistics: Statistics | None) -> list[object]:
    if statistics is None:
        return [None] * 5
    s = statistics
    return [s.received, s.assisted, s.referred, s.pending, s.share_assisted]


def summary_xlsx(summary: Summary) -> bytes:
    """The summary as a plain sheet to work on: one row per province, a bold รวม row, the national line."""
    from centertrack.reports.terminal import national_line

    workbook = Workbook()
    workbook._fonts = IndexedList([_FONT])  # type: ignore[attr-defined]
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = f"ตัวชี้วัด {summary.indicator.id}"
    header = ["รหัส", "จังหวัด", "Province", "ทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง", "ร้อยละ", "สถานะ"]
    with_statistics = summary.statistics is not None  # 4.1 at LAO level
    if with_statistics:
        header += ["รับเรื่อง", "ช่วยเหลือแล้ว", "ส่งต่อ", "อยู่ระหว่างดำเนินการ", "ร้อยละที่ช่วยเหลือ"]
    # With --allow-errors, a last column marks the provinces whose rows have errors.
    flagged = any(p.flagged for p in summary.provinces)
    sheet.append([*header, "ข้อผิดพลาด"] if flagged else header)
    lines: list[tuple[list[object], Statistics | None, bool]] = [
        (
            [p.to_dict()[key] for key in _SUMMARY_KEYS],  # a case register's centers: blank
            p.statistics,
            p.flagged,
        )
        for p in summary.provinces
    ]
    total = ["", "รวม", "Total", summary.total, summary.established, summary.remaining, summary.percent, None]
    lines.append((total, summary.statistics, False))
    for values, statistics, marked in lines:
        mark = ["มีข้อผิดพลาด: ตรวจสอบก่อนใช้"] if marked else []
        sheet.append(values + (_statistics(statistics) if with_statistics else []) + mark)
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = _BOLD if cell.row in (1, sheet.max_row) else _FONT
    widths = (7, 20, 26, 10, 12, 16, 9, 11) + ((10, 12, 8, 19, 17) if with_statistics else ()) + (28,)
    for index, width in enumerate(widths, start=1):
        column = get_column_letter(index)
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append([])
    sheet.append([neutralize(national_line(summary, "th"))])
    stamp = dt.datetime.combine(summary.as_of, dt.time()) if summary.as_of else dt.datetime(1980, 1, 1)
    return _save(workbook, stamp)
