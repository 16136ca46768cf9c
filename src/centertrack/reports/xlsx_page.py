"""The printed page of every XLSX centertrack writes: paper, margins, font, row height, column widths,
page breaks, header and footer, in one place for both ways a workbook is written (XlsxWriter, and the
feedback copy's own XML).

Every sheet prints at its font's true size: fitted to the page's width only (never to its height, never
below 100 %: the columns are made to fit the width instead, in landscape when portrait is too narrow),
over as many pages as it needs, the header row repeated on each, numbered at the foot, and broken so
that the closing rows (รวม and the date line) never stand alone on the last page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from centertrack.annex import FONT_NAME, FONT_SIZE
from centertrack.reports.measure import digit_width, line_height

if TYPE_CHECKING:
    import datetime as dt

    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

Orientation = Literal["portrait", "landscape"]

A4 = (595.28, 841.89)  # points
A4_CODE = 9  # the paper's number in SpreadsheetML
# Inches: a little more room at the left, where sheets are bound, and a foot for a 16 pt page number.
MARGINS = {"left": 0.5, "right": 0.4, "top": 0.6, "bottom": 0.8, "header": 0.3, "footer": 0.3}
# The top of a page whose head carries a 16 pt line (a title, a date): LibreOffice gives the head the
# room between the header's margin and the top one, and shrinks the page when a line does not fit it.
HEADED_TOP = 1.0
# Each cell's own margins and, for a text or number not centred, the indent that keeps it off its border
# (in widths of "0").
CELL_MARGINS_DIGITS = 1.1
INDENT_DIGITS = 1.5
PIXEL = 0.75  # points: a pixel at 96 dpi
GAP_HEIGHT = 8.25  # points (11 pixels): the air between a heading and its table
# Page breaks leave this share of a page unused, in case an application lays rows a little taller.
_PAGE_SLACK = 0.97
# The share of the page's width a table takes: LibreOffice rounds column widths up a little, and would
# shrink a table that fills the width to the point to 99.9 %.
USABLE = 0.98


@dataclass(frozen=True)
class Page:
    orientation: Orientation
    width: float  # printable, in points
    height: float
    headed: bool = False  # a line of text in the head of every page (HEADED_TOP)

    @staticmethod
    def a4(orientation: Orientation, headed: bool = False) -> Page:
        short, long = A4
        width, height = (short, long) if orientation == "portrait" else (long, short)
        top = HEADED_TOP if headed else MARGINS["top"]
        return Page(
            orientation,
            width - 72 * (MARGINS["left"] + MARGINS["right"]),
            height - 72 * (top + MARGINS["bottom"]),
            headed,
        )

    @staticmethod
    def for_width(needed: float, headed: bool = False) -> Page:
        """Portrait when the table fits its width, else landscape."""
        portrait = Page.a4("portrait", headed)
        return portrait if needed <= portrait.width * USABLE else Page.a4("landscape", headed)

    @property
    def room(self) -> float:
        """The width a table may take."""
        return self.width * USABLE


def row_height(lines: int = 1, size: float = FONT_SIZE) -> float:
    """Points for a row of ``lines`` lines of Thai at ``size``: Excel and LibreOffice do not grow a row
    for Thai's marks above and below, and clip what the height leaves out."""
    # The first line's tone marks reach above its line box, and LibreOffice centres the lines in the row:
    # a line's height more per line, and a third of the size over all, keep them clear of the border.
    lines = max(lines, 1)
    points = lines * line_height(size) + (size / 6 if lines == 1 else size / 2)
    return math.ceil(points / PIXEL) * PIXEL  # in whole pixels, as the applications keep a row's height


ROW_HEIGHT = row_height()  # one line of 16 pt Thai with its marks above and below


def padding(size: float = FONT_SIZE, indented: bool = True) -> float:
    """The room a cell takes beyond its text, in points."""
    # A centred text has no indent, but half of one on each side keeps a bold header off the borders.
    return (CELL_MARGINS_DIGITS + (INDENT_DIGITS if indented else INDENT_DIGITS / 2)) * digit_width(size)


def _pixels_per_unit(size: float) -> int:
    return round(digit_width(size) * 96 / 72)


def excel_width(points: float, size: float = FONT_SIZE) -> float:
    """A column width in Excel's unit (the default font's "0", in whole pixels at 96 dpi) for ``points``.

    The workbook's default font is the sheet's font (TH Sarabun New at ``size``), so one unit is the width
    of its "0".
    """
    return round(points * 96 / 72 / _pixels_per_unit(size), 2)


def points_of(width: float, size: float = FONT_SIZE) -> float:
    """The inverse of excel_width: how many points a column of ``width`` units takes on the page."""
    return width * _pixels_per_unit(size) * 72 / 96


def fill_width(widths: list[float], minimum: Sequence[float], grow: int | None, room: float) -> list[float]:
    """Widths (points) that fit ``room``: the growing column (remarks: room to write) takes what is left,
    or gives up room down to its minimum when the table is too wide."""
    result = list(widths)
    if grow is None:
        return result
    spare = room - sum(result)
    result[grow] = max(result[grow] + spare, minimum[grow])
    return result


def page_breaks(heights: Sequence[float], first_body: int, header: float, page: Page, keep: int) -> list[int]:
    """The rows (1-based) after which a page ends: ``heights`` are every row's, the table's body starts at
    row ``first_body``, ``header`` is the height repeated at the top of each page after the first, and the
    last ``keep`` rows (รวม, the date line) stay with the row above them."""
    room = page.height * _PAGE_SLACK
    breaks: list[int] = []
    used = 0.0
    for row, height in enumerate(heights, start=1):
        if used + height > room and row > first_body:
            breaks.append(row - 1)
            used = header
        used += height
    last = len(heights) - keep  # the last row that may open a page: the one before the closing rows
    if breaks and breaks[-1] >= last and last > first_body:
        breaks[-1] = last - 1
    return breaks


# ------------------------------------------------------------------------------------ XlsxWriter


def new_workbook(buffer: io.BytesIO, created: dt.datetime) -> Workbook:
    """An XlsxWriter workbook in memory whose default font (empty cells, rows the user adds, and Excel's
    unit of column width) is TH Sarabun New 16; text stays text (never a formula, a number or a link);
    its stamped date ``created``, so that the same content gives the same bytes (XlsxWriter stamps its
    zip's members 1980-01-01 itself)."""
    import xlsxwriter

    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False}
    book = xlsxwriter.Workbook(buffer, options | {"strings_to_urls": False})
    book.formats[0].set_font_name(FONT_NAME)
    book.formats[0].set_font_size(FONT_SIZE)
    book.set_properties({"author": "centertrack", "created": created})
    return book


def cell_format(book: Workbook, **properties: Any) -> Any:
    """A cell format in the page's font, vertically centred unless told otherwise."""
    return book.add_format({"font_name": FONT_NAME, "font_size": FONT_SIZE, "valign": "vcenter"} | properties)


def set_widths(sheet: Worksheet, widths: Sequence[float], size: float = FONT_SIZE) -> None:
    """Column widths from points. XlsxWriter adds Calibri 11's padding (5 px of 7 a unit) to what it is
    given: taken off here, and rounded down, so that the width written is never wider than measured."""
    for index, points in enumerate(widths):
        units = excel_width(points, size)
        sheet.set_column(index, index, max(math.floor(units * 7) - 5, 0) / 7)


def header_text(left: str = "", right: str = "", center: str = "", bold: bool = False) -> str:
    """A page header or footer in the page's font: &L, &C and &R sections (&P the page, &N the pages);
    an & of the text itself is doubled, as the codes require."""
    font = f'&"{FONT_NAME},{"Bold" if bold else "Regular"}"&{FONT_SIZE}'
    parts = []
    for code, text in (("L", left), ("C", center), ("R", right)):
        if text:
            parts.append(f"&{code}{font}{_literal(text)}")
    return "".join(parts)


def _literal(text: str) -> str:
    # &P, &N and &D are ours; an ampersand in a title is written twice.
    return text.replace("&", "&&").replace("&&P", "&P").replace("&&N", "&N")


def print_setup(
    sheet: Worksheet,
    page: Page,
    header_rows: tuple[int, int] | None,
    last: tuple[int, int],
    breaks: Sequence[int] = (),
    footer: str = "",
    header: str = "",
    side_by_side: bool = False,
) -> None:
    """A4 in ``page``'s orientation at 100 %, fitted to the width only, the ``header_rows`` (0-based,
    first and last) repeated, printed to ``last`` (0-based row, column), broken after the rows
    ``breaks`` (1-based), a ``header`` and a ``footer`` (header_text) on every page. ``side_by_side``:
    a table wider than the page, printed at 100 % over pages side by side (each row's pages together)
    rather than shrunk to the width."""
    sheet.set_paper(A4_CODE)
    if page.orientation == "landscape":
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    # Fit to one page wide and any number of pages tall (0): with the columns measured to the width,
    # this never shrinks the print; it only guards against a wider font on another machine.
    if side_by_side:
        sheet.print_across()
    else:
        sheet.fit_to_pages(1, 0)
    top = HEADED_TOP if page.headed else MARGINS["top"]
    sheet.set_margins(left=MARGINS["left"], right=MARGINS["right"], top=top, bottom=MARGINS["bottom"])
    sheet.center_horizontally()
    if header_rows is not None:
        sheet.repeat_rows(*header_rows)
    sheet.print_area(0, 0, *last)
    if header:
        sheet.set_header(header, {"margin": MARGINS["header"]})
    if footer:
        sheet.set_footer(footer, {"margin": MARGINS["footer"]})
    if breaks:
        sheet.set_h_pagebreaks(list(breaks))


# ------------------------------------------------------------------------------ the copy's own XML


def page_xml(orientation: Orientation, footer: str = "") -> str:
    """The same page as <pageMargins>, <pageSetup> and <headerFooter> of a sheet written as XML text."""
    from xml.sax.saxutils import escape

    m = MARGINS
    xml = (
        f'<pageMargins left="{m["left"]}" right="{m["right"]}" top="{m["top"]}" bottom="{m["bottom"]}" '
        f'header="{m["header"]}" footer="{m["footer"]}"/>'
        f'<pageSetup paperSize="{A4_CODE}" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
    )
    if footer:
        xml += f"<headerFooter><oddFooter>{escape(footer)}</oddFooter></headerFooter>"
    return xml
