"""XLSX: the annex as an office prints it: title lines, boxed table, TH Sarabun New 16 pt, A4 portrait."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING, cast

from centertrack.annex import FONT_NAME, FONT_SIZE, Align, Annex, Cell, carried_remark
from centertrack.output import stable_zip, without_numpy
from centertrack.reports.measure import digit_width, lines_needed, text_width, widest_line
from centertrack.reports.xlsx_page import (
    Page,
    excel_width,
    fill_width,
    padding,
    page_breaks,
    print_setup,
    row_height,
)

with without_numpy():  # openpyxl would import numpy, 0.2 s of its 0.4 s, for nothing written here
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.indexed_list import IndexedList
    from openpyxl.worksheet.worksheet import Worksheet
    from openpyxl.writer.excel import ExcelWriter
from centertrack.issues import Lang
from centertrack.reports.csv import STATISTICS_COLUMNS, neutralize
from centertrack.reports.labels import FLAGGED, STATUS, TOTAL, header, word

if TYPE_CHECKING:
    from centertrack.progress import Summary

NUMBER_FORMAT = "#,##0"
# Thai digits shown by the number format, the cell still a number (numeral shape D = Thai, locale 041E):
# Excel's own code, which LibreOffice reads too.
THAI_NUMBER_FORMAT = "[$-D00041E]#,##0"
PERCENT_FORMAT = "0.00"

_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
_BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_GAP_HEIGHT = 8
ROW_HEIGHT = row_height(1, FONT_SIZE)  # one line of 16 pt Thai with its marks above and below
_MIN_REMARKS_DIGITS = 7  # a remarks column keeps room to write a few words by hand
# The share of the page's width a table takes: LibreOffice rounds column widths up a little, and would
# shrink a table that fills the width to the point to 99.9 %.
_USABLE = 0.98


def _value(cell: Cell) -> Cell:
    # openpyxl stores any text starting with "=" as a formula: neutralize every text cell.
    return neutralize(cell) if isinstance(cell, str) else cell


def _body_alignment(align: Align, wrap: bool) -> Alignment:
    # An indent keeps names and numbers off the cell's border line.
    indent = 0 if align == "center" else 1
    return Alignment(horizontal=align, vertical="center", wrap_text=wrap, indent=indent)


def _new_workbook(title: str) -> tuple[Workbook, Worksheet]:
    workbook = Workbook()
    # The default font is what empty cells, rows the user adds and Excel's column-width unit use; openpyxl
    # has no public setter for it.
    workbook._fonts = IndexedList([_FONT])  # type: ignore[attr-defined]
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has its one sheet
    sheet.title = title
    return workbook, sheet


def annex_layout(annex: Annex) -> tuple[list[float], Page, bool]:
    """Column widths in points, from the text each holds in the font (bold where it is bold), the page
    and whether the headers wrap between their words (compact).

    Portrait if the table fits it at 100 %, its headers on one line per label or else word by word (as
    the letter's own form is portrait); landscape otherwise. A remarks column takes the rest of the
    page's width, room to write in; a table without one is as wide as its title lines, if the page allows.
    """
    portrait = Page.a4("portrait")
    for page, compact in ((portrait, False), (portrait, True), (Page.a4("landscape"), False)):
        widths, minimum = _annex_widths(annex, compact)
        if sum(minimum) <= page.width * _USABLE:
            break
    room = page.width * _USABLE
    wrapping = [i for i, column in enumerate(annex.columns) if column.wraps]
    if wrapping:
        return fill_width(widths, minimum, wrapping[-1], room), page, compact
    pad = padding(FONT_SIZE)
    title = max((widest_line(line, FONT_SIZE, bold=True) + pad for line in annex.title_lines), default=0.0)
    wide = max(min(room, title), sum(widths))
    return fill_width(widths, minimum, widths.index(max(widths)), wide), page, compact


def _annex_widths(annex: Annex, compact: bool) -> tuple[list[float], list[float]]:
    """Each column's width and least width in points: its widest text, bold where it is bold."""
    size = FONT_SIZE
    total = annex.total_cells
    widths, minimum = [], []
    for i, column in enumerate(annex.columns):
        pad = padding(size, indented=column.align != "center")
        header = widest_line(column.header(multiline=True, compact=compact), size, bold=True)
        texts = [annex.display(cells[i]) for cells in annex.body[: len(annex.rows)]]
        body = max((widest_line(text, size) for text in texts), default=0.0)
        bold = text_width(annex.display(total[i]), size, bold=True) if total else 0.0
        if column.wraps:
            least = max(header, _MIN_REMARKS_DIGITS * digit_width(size)) + pad
            widths.append(max(least, min(body + pad, Page.a4("portrait").width / 3)))
            minimum.append(least)
        else:
            widths.append(max(header, body, bold) + pad)
            minimum.append(widths[-1])
    return widths, minimum


def annex_xlsx(annex: Annex) -> bytes:
    workbook, sheet = _new_workbook(f"บัญชีแนบท้าย {annex.indicator}")
    span = len(annex.columns)
    last_column = get_column_letter(span)
    widths, page, compact = annex_layout(annex)
    table_width, pad = sum(widths), padding(FONT_SIZE)
    number_format = THAI_NUMBER_FORMAT if annex.digits == "thai" else NUMBER_FORMAT
    heights: list[float] = []

    def height(row: int, points: float) -> None:
        sheet.row_dimensions[row].height = points
        heights.append(points)

    row = 0
    for line in annex.title_lines:
        row += 1
        cell = sheet.cell(row=row, column=1, value=_value(line))
        cell.font = _BOLD
        # A title longer than the table wraps in its merged cell (Excel would clip it).
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        height(row, row_height(lines_needed(line, table_width - pad, FONT_SIZE, bold=True), FONT_SIZE))
    if annex.title_lines:
        row += 1  # a little air between the heading and the table, as in the letter
        height(row, _GAP_HEIGHT)

    row += 1
    header_row = row
    headers = annex.headers(multiline=True, compact=compact)
    for i, label in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=i, value=_value(label))
        cell.font = _BOLD
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    height(row, row_height(max(label.count("\n") + 1 for label in headers), FONT_SIZE))

    for index, cells in enumerate(annex.number_body):
        row += 1
        is_total = index == len(annex.rows)
        for i, (column, value) in enumerate(zip(annex.columns, cells, strict=True), start=1):
            cell = sheet.cell(row=row, column=i, value=_value(value))
            cell.font = _BOLD if is_total else _FONT
            cell.border = _BOX
            cell.alignment = _body_alignment(column.align, column.wraps)
            if isinstance(value, int):
                cell.number_format = number_format
        if is_total:
            # รวม spans ลำดับที่ and จังหวัด, centered, as in the letters' tables.
            merged = sheet.cell(row=row, column=1, value=_value(cells[1]))
            merged.alignment = Alignment(horizontal="center", vertical="center")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        # Rows have a fixed height (Excel does not grow a row for 16 pt Thai): tall enough for a long remark.
        wrapped = [
            lines_needed(annex.display(value), width - pad, FONT_SIZE)
            for column, value, width in zip(annex.columns, cells, widths, strict=True)
            if column.wraps
        ]
        height(row, row_height(max(wrapped, default=1), FONT_SIZE))

    if annex.footer:
        row += 1
        cell = sheet.cell(row=row, column=1, value=_value(annex.footer))
        cell.font = _FONT
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        height(row, ROW_HEIGHT)

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = excel_width(width, FONT_SIZE)
    # The รวม row and the date line stay with the last province on the last page.
    keep = (annex.total_cells is not None) + (annex.footer is not None)
    breaks = page_breaks(heights, header_row + 1, heights[header_row - 1], page, keep)
    print_setup(sheet, page, f"{header_row}:{header_row}", f"{last_column}{row}", breaks)
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


_PERCENT_KEYS = {"percent", "share_assisted"}


def summary_xlsx(summary: Summary, lang: Lang = "th") -> bytes:
    """The summary as a report to print or work on: one row per province, a bold รวม row, the national
    line; headers and statuses in ``lang``; 16 pt on A4 (landscape when the columns need it), the header
    repeated on every page. For 4.1 at LAO level the assistance statistics are a second sheet of their
    own, so that each sheet fits A4 at 16 pt. A province known only from a case register has its centers'
    columns blank, so that the รวม row is the sum of what is shown."""
    from centertrack.reports.terminal import national_line

    workbook, sheet = _new_workbook(f"{word(('Indicator', 'ตัวชี้วัด'), lang)} {summary.indicator.id}")
    name = "name_en" if lang == "en" else "name_th"  # one name, in the report's language (CSV, JSON: both)
    keys = ["code", name, "total", "established", "remaining", "percent", "status"]
    if any(p.flagged for p in summary.provinces):  # --allow-errors: a last column marks them
        keys.append("flagged")
    lines: list[dict[str, object]] = []
    for p in summary.provinces:
        values: dict[str, object] = {**p.to_dict(), **(p.statistics.to_dict() if p.statistics else {})}
        if not p.known:
            values["total"] = None
        # A stored round's province that sent nothing in it: the round its numbers are of.
        carried = f"; {carried_remark(p, lang)}" if p.carried_from is not None else ""
        values["status"] = word(STATUS[p.status], lang) + carried
        values["flagged"] = word(FLAGGED, lang) if p.flagged else None
        lines.append(values)
    totals: dict[str, object] = {
        name: word(TOTAL, lang),
        "total": summary.total,
        "established": summary.established,
        "remaining": summary.remaining,
        "percent": summary.percent,
    }
    national = national_line(summary, lang)
    _table(sheet, keys, [*lines, totals], national, lang)
    if summary.statistics is not None:  # 4.1 at LAO level
        statistics = workbook.create_sheet(word(("Assistance", "สถิติการช่วยเหลือ"), lang))
        keys = ["code", name, *STATISTICS_COLUMNS]
        with_statistics = [line for line in lines if line.get("received") is not None]
        _table(
            statistics, keys, [*with_statistics, {**totals, **summary.statistics.to_dict()}], national, lang
        )
    stamp = dt.datetime.combine(summary.as_of, dt.time()) if summary.as_of else dt.datetime(1980, 1, 1)
    return _save(workbook, stamp)


def _table(sheet: Worksheet, keys: list[str], lines: list[dict[str, object]], below: str, lang: Lang) -> None:
    """A boxed table of ``lines`` (the last one the bold รวม row) under a bold header, ``below`` it a
    line of text, laid out for A4 at 16 pt."""
    rows = [[line.get(key) for key in keys] for line in lines]
    headers = [header(key, lang) for key in keys]
    pad = padding(FONT_SIZE)
    widths = []
    for i, key in enumerate(keys):
        texts = [_shown(row[i], key in _PERCENT_KEYS) for row in rows]
        body = max((text_width(text, FONT_SIZE) for text in texts[:-1]), default=0.0)
        total = text_width(texts[-1], FONT_SIZE, bold=True)
        widths.append(max(widest_line(headers[i], FONT_SIZE, bold=True), body, total) + pad)
    page = Page.for_width(sum(widths) / _USABLE)

    heights: list[float] = []
    table: list[list[object]] = [list(headers), *rows]
    for r, values in enumerate(table, start=1):
        bold = r in (1, len(rows) + 1)
        for c, value in enumerate(values, start=1):
            written = cast("str | int | float | None", value)  # what the lines hold: text, numbers, blanks
            cell = sheet.cell(row=r, column=c, value=_value(written) if isinstance(written, str) else written)
            cell.font = _BOLD if bold else _FONT
            cell.border = _BOX
            key = keys[c - 1]
            if r == 1:
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cell.number_format = PERCENT_FORMAT if key in _PERCENT_KEYS else NUMBER_FORMAT
                cell.alignment = _body_alignment("right", False)
            else:
                cell.alignment = _body_alignment("center" if key == "code" else "left", False)
        lines_in_row = max(str(value).count("\n") + 1 for value in values) if r == 1 else 1
        heights.append(row_height(lines_in_row, FONT_SIZE))
        sheet.row_dimensions[r].height = heights[-1]
    last = len(rows) + 1
    sheet.row_dimensions[last + 1].height = _GAP_HEIGHT
    heights.append(_GAP_HEIGHT)
    cell = sheet.cell(row=last + 2, column=1, value=_value(below))
    cell.font = _FONT
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    sheet.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=len(keys))
    heights.append(row_height(lines_needed(below, sum(widths) - pad, FONT_SIZE), FONT_SIZE))
    sheet.row_dimensions[last + 2].height = heights[-1]

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = excel_width(width, FONT_SIZE)
    sheet.freeze_panes = "A2"
    numbering = "page &P of &N" if lang == "en" else "หน้า &P จาก &N"
    breaks = page_breaks(heights, 2, heights[0], page, keep=3)  # รวม, the gap and the line stay together
    print_setup(sheet, page, "1:1", f"{get_column_letter(len(keys))}{last + 2}", breaks, numbering)


def _shown(value: object, percent: bool) -> str:
    """A cell's text as its number format shows it."""
    if value is None:
        return ""
    if isinstance(value, float) or (percent and isinstance(value, int)):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
