"""XLSX: a province's template to fill in (the form, its dropdowns and checks, and the คำชี้แจง sheet).

Written with XlsxWriter, the stack of every XLSX a person prints, on the page of reports/xlsx_page.py:
TH Sarabun New 16 pt on A4 at 100 %, portrait or landscape as the columns need, each column as wide as
its text (headers broken word by word; the LAO form's long names wrapping onto a second line),
the header repeated on every page.

The header, the numbers and the places are locked and greyed; the cells to fill are white and
unlocked; the sheet is protected without a password (against slips, not intent). Nothing is a
formula: openpyxl or a script saving the file would keep a formula without its value, which reads
back empty.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from centertrack.annex import FONT_SIZE
from centertrack.catalog import say
from centertrack.reports.measure import digit_width, lines_needed, text_width, widest_line
from centertrack.reports.xlsx_page import (
    CELL_MARGINS_DIGITS,
    GAP_HEIGHT,
    ROW_HEIGHT,
    Page,
    cell_format,
    header_text,
    new_workbook,
    padding,
    page_breaks,
    print_setup,
    row_height,
    set_widths,
)
from centertrack.template import (
    BE_DATE_FORMAT,
    DATE_RANGE,
    FOOTER_LABEL,
    INSTRUCTIONS_NAME,
    NO,
    SHEET_NAME,
    YES,
    Column,
    Template,
)

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

_PLACE_FILL = "#EDEDED"  # locked cells: grey
_HEADER_FILL = "#D9D9D9"
# The checks' messages, in Thai, the form's language (catalog/documents.py).
_FILL_MESSAGE = say("template-fill-only", "th")
_ERROR_TITLE = say("template-wrong", "th")
_CENTRED = ("no", "lao_code", "lao_type")  # place columns of short codes, centred, not indented
_LEAST_NAME_DIGITS = 5  # a place's name wraps no narrower than this (widths of "0")


def template_xlsx(template: Template, upload_url: str | None = None) -> bytes:
    """The template's workbook; ``upload_url``: where the province page takes the filled-in file back,
    said in the คำชี้แจง sheet (as a link) when given."""
    buffer = io.BytesIO()
    book = new_workbook(buffer, template.document_time)
    formats = _Formats(book)
    _form(book.add_worksheet(SHEET_NAME), template, formats)
    _instructions(book.add_worksheet(INSTRUCTIONS_NAME), template, formats, upload_url)
    book.close()
    return buffer.getvalue()


class _Formats:
    """The workbook's cell formats, made once (XlsxWriter shares a format among all its cells)."""

    def __init__(self, book: Workbook) -> None:
        box: dict[str, Any] = {"border": 1}
        place = box | {"bg_color": _PLACE_FILL, "indent": 1}
        fill = box | {"locked": False}
        self.title = cell_format(book, bold=True, align="center", text_wrap=True)
        self.text = cell_format(book, text_wrap=True, valign="top")
        self.link = cell_format(book, text_wrap=True, valign="top", font_color="#0563C1", underline=1)
        self.heading = cell_format(book, bold=True)
        self.label = cell_format(book, text_wrap=True)
        self.header = cell_format(
            book, **box, bold=True, align="center", text_wrap=True, bg_color=_HEADER_FILL
        )
        self.number = cell_format(book, **(place | {"align": "center", "indent": 0}))
        self.count = cell_format(book, **place, align="right")
        self.place = cell_format(book, **place)
        self.wrapped = cell_format(book, **place, text_wrap=True)
        self.status = cell_format(book, **fill, align="center")
        self.date = cell_format(book, **fill, align="center", num_format=BE_DATE_FORMAT)
        self.filled = cell_format(book, **fill, align="right")
        self.free = cell_format(book, **fill, indent=1)
        self.footer = cell_format(book, locked=False, bottom=1, num_format=BE_DATE_FORMAT)

    def of(self, column: Column, value: object) -> Format:
        if column.fill == "place":
            if column.key in _CENTRED:
                return self.number
            if isinstance(value, int):
                return self.count
            return self.wrapped if column.wraps else self.place
        return {"status": self.status, "date": self.date, "text": self.free}.get(column.fill, self.filled)


@dataclass(frozen=True)
class Layout:
    widths: list[float]  # points, column by column
    page: Page
    header_height: float
    shown: int  # how many columns print (the first ones); the rest are on screen only

    @property
    def printed(self) -> float:
        """The width of the columns on paper."""
        return sum(self.widths[: self.shown])


def layout(template: Template) -> Layout:
    """Column widths in points and the page: each column as wide as its widest text (its header in
    bold, line by line: headers break word by word) or the room to write its value by hand, the
    places' names wrapping down to a least width if that makes the table fit; portrait if it fits,
    else landscape. What is left of the page's width goes to the columns written in by hand."""
    laid = _laid(template, Page.a4("portrait"))
    if laid.printed > laid.page.room:
        laid = _laid(template, Page.a4("landscape"))
    page = laid.page
    # Room to spare: first the footer's label (อัปเดตวันที่) on one line in the first column, then the
    # columns written in by hand.
    label = text_width(FOOTER_LABEL, FONT_SIZE) + padding(FONT_SIZE)
    spare = page.room - laid.printed
    laid.widths[0] += min(max(label - laid.widths[0], 0.0), max(spare, 0.0))
    free = [i for i, column in enumerate(template.columns) if column.fill == "text"]
    spare = page.room - laid.printed
    if spare > 0 and free:
        for i in free:
            laid.widths[i] += spare / len(free)
    return laid


def _laid(template: Template, page: Page) -> Layout:
    """The widths on ``page``: the names capped to one width, wrapping, where the table is too wide."""
    size = FONT_SIZE
    columns = template.columns
    widths = []
    for index, column in enumerate(columns):
        values = {str(row[index]) for row in template.rows if row[index] is not None}
        body = max((text_width(value, size) for value in values), default=0.0)
        widths.append(max(_header(column), max(body, column.room * digit_width(size)) + _padding(column)))
    wrapping = [i for i, column in enumerate(columns) if column.wraps]
    shown = sum(column.printed for column in columns)
    assert all(not column.printed for column in columns[shown:]), "the screen's columns come last"
    on_paper = range(shown)
    excess = sum(widths[i] for i in on_paper) - page.room
    if excess > 0 and wrapping:
        # The names give up room from the widest down, all to one width (a cap) if need be, and no
        # narrower than their header or their least: as many names as can stay on one line.
        floor = {i: max(_LEAST_NAME_DIGITS * digit_width(size) + _padding(columns[i]), _header(columns[i]))
                 for i in wrapping}  # fmt: skip
        room = page.room - sum(widths[i] for i in on_paper if i not in floor)
        low, high = 0.0, max(widths[i] for i in wrapping)
        for _ in range(40):  # the cap, by halving: the widest it can be with the names in the room
            cap = (low + high) / 2
            low, high = (
                (cap, high) if sum(max(min(widths[i], cap), floor[i]) for i in floor) <= room else (low, cap)
            )
        for i in wrapping:
            widths[i] = max(min(widths[i], low), floor[i])
    lines = max(column.label.count("\n") + 1 for column in columns)
    return Layout(widths, page, row_height(lines), shown)


def _header(column: Column) -> float:
    """A header's width: bold, centred, its cell's margins and a little air either side."""
    return widest_line(column.label, FONT_SIZE, bold=True) + (CELL_MARGINS_DIGITS + 0.4) * digit_width(
        FONT_SIZE
    )


def _padding(column: Column) -> float:
    """A cell's room beyond its text: a cell's margins alone where nothing is indented (centred numbers,
    marks and dates, counts against the right border), an indent's worth more for names and free text."""
    if column.fill == "text" or (column.fill == "place" and column.key not in _CENTRED):
        return padding(FONT_SIZE)
    return CELL_MARGINS_DIGITS * digit_width(FONT_SIZE)


def templates_zip(workbooks: Sequence[tuple[str, bytes]]) -> bytes:
    """The workbooks in one .zip to send, named as given, stored as they are (an .xlsx is compressed
    already) by the one byte-stable zip writer."""
    from centertrack.output import stable_zip

    return stable_zip(workbooks, stored=True)


def _form(sheet: Worksheet, template: Template, formats: _Formats) -> None:
    columns = template.columns
    last = sum(column.printed for column in columns) - 1  # the last column on paper
    laid = layout(template)
    widths, page = laid.widths, laid.page
    set_widths(sheet, widths)
    sheet.set_default_row(ROW_HEIGHT)
    table = laid.printed - padding(FONT_SIZE)
    heights: list[float] = []

    def height(row: int, points: float) -> None:
        sheet.set_row(row, points)
        heights.append(points)

    row = 0
    for line in template.title_lines:
        sheet.merge_range(row, 0, row, last, line, formats.title)
        height(row, row_height(lines_needed(line, table, FONT_SIZE, bold=True)))
        row += 1
    # A gap row: the reader must not take the last title line for the first row of a two-row header.
    height(row, GAP_HEIGHT)
    row += 1
    header = row
    for index, column in enumerate(columns):
        sheet.write_string(header, index, column.label, formats.header)
    height(header, laid.header_height)
    first = header + 1
    cell_formats = [formats.of(column, None) for column in columns]
    inner = [width - _padding(column) for width, column in zip(widths, columns, strict=True)]
    wraps = [column.wraps for column in columns]
    for values in template.rows:
        row += 1
        wrapped = [lines_needed(str(v), inner[i], FONT_SIZE) for i, v in enumerate(values) if wraps[i]]
        lines = max(wrapped, default=1)
        height(row, row_height(lines))
        for index, (column, value) in enumerate(zip(columns, values, strict=True)):
            if value is None:
                sheet.write_blank(row, index, None, cell_formats[index])
            elif isinstance(value, int):
                sheet.write_number(row, index, value, formats.of(column, value))
            else:
                sheet.write_string(row, index, value, formats.of(column, value))
    end = row
    _validations(sheet, columns, first, end)
    # The letter's footer, its date to fill in beside it: อัปเดตวันที่ 10/4/61.
    height(row + 1, ROW_HEIGHT)
    row += 2
    sheet.write_string(row, 0, FOOTER_LABEL, formats.label)  # wraps in a narrow first column
    sheet.merge_range(row, 1, row, min(2, last), None, formats.footer)
    height(row, row_height(lines_needed(FOOTER_LABEL, inner[0], FONT_SIZE)))
    sheet.data_validation(row, 1, row, 1, _date_rule(say("template-as-of", "th")))

    sheet.activate()
    # Pages broken here, as the annex's are: the date line stays with the last place.
    breaks = page_breaks(heights, first + 1, laid.header_height, page, keep=2)
    footer = header_text(center=say("page-of", "th"))
    print_setup(sheet, page, (header, header), (row, last), breaks, footer)
    sheet.freeze_panes(first, 0)
    sheet.protect(
        "",
        {
            "format_columns": True,  # widen a column to read a long name
            "format_rows": True,
            "select_locked_cells": True,
            "select_unlocked_cells": True,
        },
    )


def _validations(sheet: Worksheet, columns: Sequence[Column], first: int, end: int) -> None:
    """Each column's check of what is typed, with its input message (Excel shows neither without one)."""
    if end < first:
        return
    index = {column.key: i for i, column in enumerate(columns)}
    for i, column in enumerate(columns):
        rule: dict[str, Any]
        if column.fill == "status":
            rule = {"validate": "list", "source": [YES, NO]}
        elif column.fill == "date":
            rule = _date_rule(column.message)
        elif column.fill == "count":
            rule = {"validate": "integer", "criteria": ">=", "value": 0}
        elif column.fill == "assisted":
            rule = _custom(i, index["received"], first, "<=")
        elif column.fill in ("established", "remaining"):
            rule = _custom(i, index["total"], first, "<=")
        else:
            continue
        title = column.title[:32]
        rule |= {"input_title": title, "error_title": _ERROR_TITLE}
        rule["input_message"] = (column.message or _FILL_MESSAGE)[:255]
        rule["error_message"] = (column.message or _FILL_MESSAGE)[:255]
        sheet.data_validation(first, i, end, i, rule)


def _date_rule(message: str) -> dict[str, Any]:
    low, high = DATE_RANGE
    return {
        "validate": "date",
        "criteria": "between",
        "minimum": low,
        "maximum": high,
        "input_title": say("template-date-title", "th"),
        "input_message": message[:255],
        "error_title": _ERROR_TITLE,
        "error_message": message[:255],
    }


def _custom(column: int, bound: int, first: int, operator: str) -> dict[str, Any]:
    """A whole number ≥ 0 and within the bound cell of its row (Excel moves the references row by row)."""
    from xlsxwriter.utility import xl_rowcol_to_cell

    cell = xl_rowcol_to_cell(first, column)
    limit = xl_rowcol_to_cell(first, bound, col_abs=True)
    return {"validate": "custom", "value": f"=AND(INT({cell})={cell},{cell}>=0,{cell}{operator}{limit})"}


def _paragraph_lines(text: str, room: float, bold: bool = False) -> int:
    """The lines a paragraph takes, filled word group by word group at its spaces: a wrapping that
    breaks Thai between words as well can only need as many or fewer. measure.lines_needed's margin
    for the unknown breaks left a blank line under half the instructions; it still counts a paragraph
    with a group wider than the line."""
    groups = text.split(" ")
    if any(text_width(group, FONT_SIZE, bold) > room for group in groups):
        return lines_needed(text, room, FONT_SIZE, bold=bold)
    lines, line = 1, ""
    for group in groups:
        joined = f"{line} {group}" if line else group
        if text_width(joined, FONT_SIZE, bold) <= room:
            line = joined
        else:
            lines, line = lines + 1, group
    return lines


def _instructions(sheet: Worksheet, template: Template, formats: _Formats, upload_url: str | None) -> None:
    """คำชี้แจง in Thai, the form's language, one paragraph a row in one column as wide as a portrait
    page, each row as tall as its text wraps to; the upload link after the steps when there is one."""
    page = Page.a4("portrait")
    set_widths(sheet, [page.room])
    room = page.room - padding(FONT_SIZE)
    heights: list[float] = []
    lines = [say(line.key, "th", **line.params) for line in template.instructions]
    if upload_url:
        after = next(i for i, line in enumerate(template.instructions) if line.key == "template-send") + 1
        lines.insert(after, say("template-upload", "th", url=upload_url))
    for row, line in enumerate(lines):
        bold = row == 0
        if line and upload_url and line.endswith(upload_url):
            sheet.write_url(row, 0, upload_url, formats.link, string=line)
        elif line:
            sheet.write_string(row, 0, line, formats.heading if bold else formats.text)
        # Rows have a fixed height (Excel does not grow one for 16 pt Thai): as many lines as it wraps to.
        heights.append(row_height(_paragraph_lines(line, room, bold)))
        sheet.set_row(row, heights[-1])
    print_setup(sheet, page, None, (len(lines) - 1, 0), page_breaks(heights, 1, 0, page, keep=0))
    sheet.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
