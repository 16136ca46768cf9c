"""XLSX: a province's template to fill in (the form, its dropdowns and checks, and the คำชี้แจง sheet).

Written with XlsxWriter, not openpyxl: the same styled cells take it a third of openpyxl's time (the
76 LAO templates: about 2 s against 6.7 s of CPU), and it imports in 0.07 s against 0.4 s. Only
XlsxWriter writes here; the layout measures are the annex's (``reports.layout``).

The header, the numbers and the places are locked and greyed; the cells to fill are white and
unlocked; the sheet is protected without a password (against slips, not intent). Nothing is a
formula: openpyxl or a script saving the file would keep a formula without its value, which reads
back empty.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from centertrack.annex import BOLD_WIDTH, FONT_NAME, FONT_SIZE
from centertrack.reports.layout import GAP_HEIGHT, MARGINS, ROW_HEIGHT, WIDTH_PADDING, WIDTH_PER_CELL
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
_A4 = 9  # XlsxWriter's paper code
_PORTRAIT_COLUMNS = 8  # more columns than this print across a landscape page
# The คำชี้แจง column, in text cells: as wide as an A4 portrait page, which LibreOffice does not shrink a
# single wider column to fit; long lines wrap inside it.
_INSTRUCTIONS_WIDTH = 38
_WRAP_SLACK = 1.4  # whole Thai words wrap down, and a stand-in font for TH Sarabun New is wider
_FILL_MESSAGE = "กรอกได้เฉพาะช่องสีขาว"
_ERROR_TITLE = "ข้อมูลไม่ถูกต้อง"


def template_xlsx(template: Template) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    # Text is text: never turned into a formula, a number or a link.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False}
    book = xlsxwriter.Workbook(buffer, options | {"strings_to_urls": False})
    # The default font is what empty cells, rows the office adds and Excel's column-width unit use.
    book.formats[0].set_font_name(FONT_NAME)
    book.formats[0].set_font_size(FONT_SIZE)
    book.set_properties({"author": "centertrack", "created": template.document_time})
    formats = _Formats(book)
    _form(book.add_worksheet(SHEET_NAME), template, formats)
    _instructions(book.add_worksheet(INSTRUCTIONS_NAME), template, formats)
    book.close()
    return buffer.getvalue()


class _Formats:
    """The workbook's cell formats, made once (XlsxWriter shares a format among all its cells)."""

    def __init__(self, book: Workbook) -> None:
        base: dict[str, Any] = {"font_name": FONT_NAME, "font_size": FONT_SIZE, "valign": "vcenter"}
        box = base | {"border": 1}
        place = box | {"bg_color": _PLACE_FILL, "indent": 1}
        fill = box | {"locked": False}
        self.title = book.add_format(base | {"bold": True, "align": "center"})
        self.text = book.add_format(base | {"text_wrap": True, "valign": "top"})
        self.heading = book.add_format(base | {"bold": True})
        self.header = book.add_format(
            box | {"bold": True, "align": "center", "text_wrap": True, "bg_color": _HEADER_FILL}
        )
        self.number = book.add_format(place | {"align": "center", "indent": 0})
        self.count = book.add_format(place | {"align": "right"})
        self.place = book.add_format(place)
        self.status = book.add_format(fill | {"align": "center"})
        self.date = book.add_format(fill | {"align": "center", "num_format": BE_DATE_FORMAT})
        self.filled = book.add_format(fill | {"align": "right", "indent": 1})
        self.free = book.add_format(fill | {"indent": 1})
        self.footer = book.add_format(base | {"locked": False, "bottom": 1, "num_format": BE_DATE_FORMAT})

    def of(self, column: Column, value: object) -> Format:
        if column.fill == "place":
            if column.key == "no":
                return self.number
            return self.count if isinstance(value, int) else self.place
        return {"status": self.status, "date": self.date, "text": self.free}.get(column.fill, self.filled)


def _widths(template: Template) -> list[float]:
    widths = []
    for index, column in enumerate(template.columns):
        values = {row[index] for row in template.rows if row[index] is not None}
        cells = max([column.width, *(cell_len(str(v)) for v in values)])
        label = max(cell_len(line) for line in column.label.splitlines()) * BOLD_WIDTH
        widths.append(round(max(cells, label) * WIDTH_PER_CELL + WIDTH_PADDING, 1))
    return widths


def templates_zip(workbooks: Sequence[tuple[str, bytes]]) -> bytes:
    """The workbooks in one .zip to send, named as given, stored as they are (an .xlsx is compressed
    already) by the one byte-stable zip writer."""
    from centertrack.output import stable_zip

    return stable_zip(workbooks, stored=True)


def _form(sheet: Worksheet, template: Template, formats: _Formats) -> None:
    columns = template.columns
    last = len(columns) - 1
    widths = _widths(template)
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    row = 0
    for line in template.title_lines:
        sheet.merge_range(row, 0, row, last, line, formats.title)
        sheet.set_row(row, ROW_HEIGHT)
        row += 1
    # A gap row: the reader must not take the last title line for the first row of a two-row header.
    sheet.set_row(row, GAP_HEIGHT)
    row += 1
    header = row
    for index, column in enumerate(columns):
        sheet.write_string(header, index, column.label, formats.header)
    lines = max(column.label.count("\n") + 1 for column in columns)
    sheet.set_row(header, ROW_HEIGHT * lines + GAP_HEIGHT)
    first = header + 1
    cell_formats = [formats.of(column, None) for column in columns]
    for values in template.rows:
        row += 1
        sheet.set_row(row, ROW_HEIGHT)
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
    row += 2
    sheet.write_string(row, 0, FOOTER_LABEL, formats.heading)
    sheet.merge_range(row, 1, row, min(2, last), None, formats.footer)
    sheet.set_row(row, ROW_HEIGHT)
    sheet.data_validation(row, 1, row, 1, _date_rule("วันที่ของข้อมูล วัน/เดือน/ปี พ.ศ. เช่น 10/4/2561"))

    sheet.activate()
    sheet.set_paper(_A4)
    if len(columns) > _PORTRAIT_COLUMNS:  # the LAO form's 13 columns
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)  # as wide as the page, as long as it takes
    left, right, top, bottom = MARGINS
    sheet.set_margins(left=left, right=right, top=top, bottom=bottom)
    sheet.center_horizontally()
    sheet.repeat_rows(header)
    sheet.print_area(0, 0, row, last)
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
        title = column.label.replace("\n", " ")[:32]
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
        "input_title": "วันที่",
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


def _instructions(sheet: Worksheet, template: Template, formats: _Formats) -> None:
    sheet.set_column(0, 0, _INSTRUCTIONS_WIDTH * WIDTH_PER_CELL + WIDTH_PADDING)
    for row, line in enumerate(template.instructions):
        if line:
            sheet.write_string(row, 0, line, formats.heading if row == 0 else formats.text)
        # Rows have a fixed height (Excel does not grow one for 16 pt Thai): as many lines as it wraps to.
        lines = max(1, math.ceil(cell_len(line) * _WRAP_SLACK / _INSTRUCTIONS_WIDTH))
        sheet.set_row(row, ROW_HEIGHT * lines)
    sheet.set_paper(_A4)
    sheet.set_portrait()
    sheet.fit_to_pages(1, 1)  # one page
    left, right, top, bottom = MARGINS
    sheet.set_margins(left=left, right=right, top=top, bottom=bottom)
    sheet.print_area(0, 0, len(template.instructions) - 1, 0)
    sheet.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
