"""XLSX: the annex as an office prints it (title lines, boxed table), and the summary as a report to print
or work on; both TH Sarabun New 16 pt on A4, laid out by reports/xlsx_page.py and written with
XlsxWriter, the one stack of every XLSX a person prints (ARCHITECTURE.md says why)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from centertrack.annex import FONT_SIZE, Align, Annex, Cell, carried_remark
from centertrack.catalog import dates, say
from centertrack.issues import Lang
from centertrack.limits import ZIP_EPOCH
from centertrack.reports.csv import STATISTICS_COLUMNS, neutralize
from centertrack.reports.labels import FLAGGED, STATUS, TOTAL, header, word
from centertrack.reports.measure import digit_width, lines_needed, text_width, widest_line
from centertrack.reports.xlsx_page import (
    CELL_MARGINS_DIGITS,
    GAP_HEIGHT,
    ROW_HEIGHT,
    Page,
    cell_format,
    fill_width,
    header_text,
    new_workbook,
    padding,
    page_breaks,
    print_setup,
    row_height,
    set_widths,
)

if TYPE_CHECKING:
    import datetime as dt

    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

    from centertrack.progress import Summary

NUMBER_FORMAT = "#,##0"
# Thai digits shown by the number format, the cell still a number (numeral shape D = Thai, locale 041E):
# Excel's own code, which LibreOffice reads too.
THAI_NUMBER_FORMAT = "[$-D00041E]#,##0"
PERCENT_FORMAT = "0.00"
_MIN_REMARKS_DIGITS = 7  # a remarks column keeps room to write a few words by hand


def _value(cell: Cell) -> Cell:
    # A text a spreadsheet would run as a formula gets its leading apostrophe, as every writer does.
    return neutralize(cell) if isinstance(cell, str) else cell


class _Formats:
    """The workbook's cell formats, each made once (XlsxWriter shares a format among its cells)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.made: dict[tuple[tuple[str, Any], ...], Any] = {}

    def __call__(self, **properties: Any) -> Any:
        key = tuple(sorted(properties.items()))
        if key not in self.made:
            self.made[key] = cell_format(self.book, **properties)
        return self.made[key]

    def body(self, align: Align, wrap: bool = False, indented: bool = True, **more: Any) -> Any:
        # An indent keeps names and numbers off the cell's border line.
        indent = {"indent": 1} if indented and align != "center" else {}
        return self(border=1, align=align, text_wrap=wrap, **indent, **more)


def _write(sheet: Worksheet, row: int, column: int, value: object, style: Any) -> None:
    if value is None or value == "":
        sheet.write_blank(row, column, None, style)
    elif isinstance(value, bool):
        sheet.write_boolean(row, column, value, style)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value, style)
    else:
        sheet.write_string(row, column, str(_value(str(value))), style)


def _page_footer(lang: Lang) -> str:
    return header_text(center=say("page-of", lang))


def _bytes(book: Workbook, buffer: io.BytesIO) -> bytes:
    book.close()
    return buffer.getvalue()


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
        if sum(minimum) <= page.room:
            break
    room = page.room
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
    buffer = io.BytesIO()
    book = new_workbook(buffer, annex.document_time)
    formats = _Formats(book)
    sheet = book.add_worksheet(f"บัญชีแนบท้าย {annex.indicator}")
    span = len(annex.columns) - 1
    widths, page, compact = annex_layout(annex)
    table_width, pad = sum(widths), padding(FONT_SIZE)
    number_format = THAI_NUMBER_FORMAT if annex.digits == "thai" else NUMBER_FORMAT
    heights: list[float] = []

    def height(row: int, points: float) -> None:
        sheet.set_row(row, points)
        heights.append(points)

    row = -1
    # A title longer than the table wraps in its merged cell (Excel would clip it).
    title = formats(bold=True, align="center", text_wrap=True)
    for line in annex.title_lines:
        row += 1
        sheet.merge_range(row, 0, row, span, str(_value(line)), title)
        height(row, row_height(lines_needed(line, table_width - pad, FONT_SIZE, bold=True)))
    if annex.title_lines:
        row += 1  # a little air between the heading and the table, as in the letter
        height(row, GAP_HEIGHT)

    row += 1
    header_row = row
    headers = annex.headers(multiline=True, compact=compact)
    boxed = formats(bold=True, border=1, align="center", text_wrap=True)
    for i, label in enumerate(headers):
        _write(sheet, row, i, label, boxed)
    height(row, row_height(max(label.count("\n") + 1 for label in headers)))

    for index, cells in enumerate(annex.number_body):
        row += 1
        is_total = index == len(annex.rows)
        for i, (column, value) in enumerate(zip(annex.columns, cells, strict=True)):
            more: dict[str, Any] = {"num_format": number_format} if isinstance(value, int) else {}
            style = formats.body(column.align, column.wraps, bold=is_total, **more)
            if is_total and i < 2:
                continue
            _write(sheet, row, i, value, style)
        if is_total:
            # รวม spans ลำดับที่ and จังหวัด, centered, as in the letters' tables.
            sheet.merge_range(row, 0, row, 1, str(_value(cells[1])), formats.body("center", bold=True))
        # Rows have a fixed height (Excel does not grow a row for 16 pt Thai): tall enough for a long remark.
        wrapped = [
            lines_needed(annex.display(value), width - pad, FONT_SIZE)
            for column, value, width in zip(annex.columns, cells, widths, strict=True)
            if column.wraps
        ]
        height(row, row_height(max(wrapped, default=1)))

    if annex.footer:
        row += 1
        sheet.merge_range(row, 0, row, span, str(_value(annex.footer)), formats(align="left"))
        height(row, ROW_HEIGHT)

    set_widths(sheet, widths)
    sheet.set_default_row(ROW_HEIGHT)
    # The รวม row and the date line stay with the last province on the last page.
    keep = (annex.total_cells is not None) + (annex.footer is not None)
    breaks = page_breaks(heights, header_row + 2, heights[header_row], page, keep)
    print_setup(sheet, page, (header_row, header_row), (row, span), breaks, _page_footer("th"))
    return _bytes(book, buffer)


_PERCENT_KEYS = {"percent", "share_assisted"}
_NAME: dict[Lang, str] = {"th": "name_th", "en": "name_en"}  # the province's name in the report's language
_CENTRED = {"code", "status"}  # short words, centred: no indent to keep them off a border


def summary_xlsx(summary: Summary, lang: Lang = "th") -> bytes:
    """The summary as a report to print or work on: one row per province, a bold รวม row, the national
    line; headers and statuses in ``lang``; 16 pt on A4 (portrait when the columns fit it), the header
    row repeated and the title and as-of date in the header of every page. For 4.1 at LAO level the
    assistance statistics are a second sheet of their own, so that each sheet fits A4 at 16 pt. A
    province known only from a case register has its centers' columns blank, so that the รวม row is the
    sum of what is shown."""
    from centertrack.reports.terminal import national_line

    stamp = dates_time(summary.as_of)
    buffer = io.BytesIO()
    book = new_workbook(buffer, stamp)
    formats = _Formats(book)
    name = _NAME[lang]  # one name, in the report's language (CSV, JSON: both)
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
    page_header = _summary_header(summary, lang)
    sheet = book.add_worksheet(say("summary-sheet", lang, indicator=summary.indicator.id))
    print_table(sheet, formats, keys, [*lines, totals], national, lang, page_header)
    if summary.statistics is not None:  # 4.1 at LAO level
        statistics = book.add_worksheet(say("statistics-sheet", lang))
        keys = ["code", name, *STATISTICS_COLUMNS]
        with_statistics = [line for line in lines if line.get("received") is not None]
        rows = [*with_statistics, {**totals, **summary.statistics.to_dict()}]
        print_table(statistics, formats, keys, rows, national, lang, page_header)
    return _bytes(book, buffer)


def dates_time(day: dt.date | None) -> dt.datetime:
    """A document's stamped time: its as-of date's, or ZIP_EPOCH without one (the same bytes each run)."""
    import datetime as dt

    return dt.datetime.combine(day, dt.time()) if day else ZIP_EPOCH


def _summary_header(summary: Summary, lang: Lang) -> str:
    """The title at the left of every page's head, the as-of date at its right."""
    title = say("summary-title", lang, indicator=summary.indicator.id)
    day = say("as-of", lang, date=dates.say_date(summary.as_of, lang)) if summary.as_of else ""
    return header_text(left=title, right=day, bold=True)


def print_table(
    sheet: Worksheet,
    formats: _Formats,
    keys: list[str],
    lines: list[dict[str, object]],
    below: str,
    lang: Lang,
    page_header: str = "",
    headers: list[str] | None = None,
    fixed: int = 2,
) -> None:
    """A boxed table of ``lines`` (the last one the bold รวม row; none when ``below`` is empty) under a
    bold header, ``below`` it a line of text, laid out for A4 at 16 pt: the summary's page, which the
    history export shares. Numbers are set against the right border, unindented, so that the summary
    fits a portrait page; a table wider than a landscape one (the export of many rounds) prints over
    pages side by side at 16 pt, its first ``fixed`` columns (the province) repeated on each."""
    rows = [[line.get(key) for key in keys] for line in lines]
    headers = headers or [header(key, lang) for key in keys]
    total_row = bool(below)
    pad = padding(FONT_SIZE)
    numeric = [any(isinstance(row[i], int | float) for row in rows) for i in range(len(keys))]
    widths = []
    for i, key in enumerate(keys):
        texts = [_shown(row[i], key in _PERCENT_KEYS) for row in rows]
        body = max((text_width(text, FONT_SIZE) for text in texts[: -1 if total_row else None]), default=0.0)
        total = text_width(texts[-1], FONT_SIZE, bold=True) if total_row and texts else 0.0
        margins = CELL_MARGINS_DIGITS * digit_width(FONT_SIZE)
        # A bold header, centred: its cell's margins and a little air either side of it.
        head = widest_line(headers[i], FONT_SIZE, bold=True) + margins + 0.4 * digit_width(FONT_SIZE)
        widths.append(max(head, max(body, total) + (margins if numeric[i] or key in _CENTRED else pad)))
    named = _wrapped_names(keys, headers, rows[: -1 if total_row else None], widths, bool(page_header))
    page = Page.for_width(sum(widths), headed=bool(page_header))
    side_by_side = sum(widths) > page.room

    heights: list[float] = []
    table: list[list[object]] = [list(headers), *rows]
    boxed = formats(bold=True, border=1, align="center", text_wrap=True)
    for r, values in enumerate(table):
        bold = r == 0 or (total_row and r == len(rows))
        for c, value in enumerate(values):
            key = keys[c]
            if r == 0:
                style = boxed
            elif isinstance(value, int | float) and not isinstance(value, bool):
                number = PERCENT_FORMAT if key in _PERCENT_KEYS else NUMBER_FORMAT
                style = formats.body("right", bold=bold, indented=False, num_format=number)
            else:
                style = formats.body("center" if key in _CENTRED else "left", wrap=c == named, bold=bold)
            _write(sheet, r, c, value, style)
        if r == 0:
            lines_in_row = max(str(value).count("\n") + 1 for value in values)
        elif named is not None:
            lines_in_row = lines_needed(str(values[named] or ""), widths[named] - pad, FONT_SIZE, bold=bold)
        else:
            lines_in_row = 1
        heights.append(row_height(lines_in_row))
        sheet.set_row(r, heights[-1])
    last = len(rows)
    span = len(keys) - 1
    if below:
        sheet.set_row(last + 1, GAP_HEIGHT)
        heights.append(GAP_HEIGHT)
        line = formats(align="left", valign="top", text_wrap=True)
        sheet.merge_range(last + 2, 0, last + 2, span, str(_value(below)), line)
        heights.append(row_height(lines_needed(below, sum(widths) - pad, FONT_SIZE)))
        sheet.set_row(last + 2, heights[-1])
        last += 2
    set_widths(sheet, widths)
    sheet.set_default_row(ROW_HEIGHT)
    sheet.freeze_panes(1, 0)
    # รวม, the gap and the line stay together
    breaks = page_breaks(heights, 2, heights[0], page, keep=3 if below else 0)
    print_setup(sheet, page, (0, 0), (last, span), breaks, _page_footer(lang), page_header, side_by_side)
    if side_by_side:
        sheet.repeat_columns(0, fixed - 1)


def _wrapped_names(
    keys: list[str], headers: list[str], rows: list[list[object]], widths: list[float], headed: bool
) -> int | None:
    """The names' column, narrowed so that its names wrap onto a second line, when that is what keeps
    the table on a portrait page (English's Phra Nakhon Si Ayutthaya: the summary had printed
    landscape); None when the table fits as it is, or would not even so. ``widths`` are changed."""
    portrait = Page.a4("portrait", headed)
    named = next((i for i, key in enumerate(keys) if key in _NAME.values()), None)
    if named is None or sum(widths) <= portrait.room:
        return None
    room = portrait.room - (sum(widths) - widths[named])
    words = [word for row in rows for word in str(row[named] or "").split()]
    longest = max((text_width(word, FONT_SIZE) for word in words), default=0.0) + padding(FONT_SIZE)
    least = max(longest, widest_line(headers[named], FONT_SIZE, bold=True) + padding(FONT_SIZE))
    if room < least:
        return None
    widths[named] = room
    return named


def _shown(value: object, percent: bool) -> str:
    """A cell's text as its number format shows it."""
    if value is None:
        return ""
    if isinstance(value, float) or (percent and isinstance(value, int)):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
