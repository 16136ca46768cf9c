"""The printed page of a worksheet: A4 at 100 %, column widths from the text, page breaks, print setup.

Every sheet centertrack writes prints at its font's true size: fitted to the page's width only (never to
its height, never below 100 %: the columns are made to fit the width instead, in landscape when portrait
is too narrow), over as many pages as it needs, the header row repeated on each, numbered at the foot, and
broken so that the closing rows (รวม and the date line) never stand alone on the last page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from centertrack.reports.measure import digit_width, line_height

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

Orientation = Literal["portrait", "landscape"]

A4 = (595.28, 841.89)  # points
# Inches, as openpyxl takes them: a little more room at the left, where sheets are bound, and a foot tall
# enough for a 16 pt page number.
MARGINS = {"left": 0.5, "right": 0.4, "top": 0.6, "bottom": 0.8, "header": 0.3, "footer": 0.3}
# Each cell's own margins and, for a text or number not centred, the indent that keeps it off its border
# (in widths of "0").
CELL_MARGINS_DIGITS = 1.1
INDENT_DIGITS = 1.5
# Page breaks leave this share of a page unused, in case an application lays rows a little taller.
_PAGE_SLACK = 0.97


@dataclass(frozen=True)
class Page:
    orientation: Orientation
    width: float  # printable, in points
    height: float

    @staticmethod
    def a4(orientation: Orientation) -> Page:
        short, long = A4
        width, height = (short, long) if orientation == "portrait" else (long, short)
        return Page(
            orientation,
            width - 72 * (MARGINS["left"] + MARGINS["right"]),
            height - 72 * (MARGINS["top"] + MARGINS["bottom"]),
        )

    @staticmethod
    def for_width(needed: float) -> Page:
        """Portrait when the table fits its width, else landscape."""
        portrait = Page.a4("portrait")
        return portrait if needed <= portrait.width else Page.a4("landscape")


def row_height(lines: int, size: float) -> int:
    """Points for a row of ``lines`` lines of Thai at ``size``: Excel and LibreOffice do not grow a row
    for Thai's marks above and below, and clip what the height leaves out."""
    # The first line's tone marks reach above its line box, and LibreOffice centres the lines in the row:
    # a line's height more per line, and a third of the size over all, keep them clear of the border.
    lines = max(lines, 1)
    return math.ceil(lines * line_height(size) + (size / 6 if lines == 1 else size / 2))


def padding(size: float, indented: bool = True) -> float:
    """The room a cell takes beyond its text, in points."""
    # A centred text has no indent, but half of one on each side keeps a bold header off the borders.
    return (CELL_MARGINS_DIGITS + (INDENT_DIGITS if indented else INDENT_DIGITS / 2)) * digit_width(size)


def excel_width(points: float, size: float) -> float:
    """A column width in Excel's unit (the default font's "0", in whole pixels at 96 dpi) for ``points``.

    The workbook's default font is the sheet's font (TH Sarabun New at ``size``), so one unit is the width
    of its "0".
    """
    pixels_per_unit = round(digit_width(size) * 96 / 72)
    return round(points * 96 / 72 / pixels_per_unit, 2)


def points_of(width: float, size: float) -> float:
    """The inverse of excel_width: how many points a column of ``width`` units takes on the page."""
    return width * round(digit_width(size) * 96 / 72) * 72 / 96


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


def print_setup(
    sheet: Worksheet,
    page: Page,
    header_rows: str,
    last_cell: str,
    breaks: Sequence[int],
    numbering: str = "หน้า &P จาก &N",
    font: tuple[str, float] = ("TH Sarabun New", 16),
) -> None:
    """A4 in ``page``'s orientation at 100 %, fitted to the width only, header rows repeated, numbered at
    the foot of each page (``numbering``: &P the page, &N the pages)."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.pagebreak import Break, RowBreak
    from openpyxl.worksheet.properties import PageSetupProperties

    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = page.orientation
    setup.scale = 100
    # Fit to one page wide and any number of pages tall (0): with the columns measured to the width,
    # this never shrinks the print; it only guards against a wider font on another machine.
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.page_margins = PageMargins(**MARGINS)
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = header_rows
    sheet.print_area = f"A1:{last_cell}"
    assert sheet.oddFooter is not None  # openpyxl makes every sheet's header and footer
    footer = sheet.oddFooter.center
    footer.text = numbering
    footer.font = f"{font[0]},Regular"
    footer.size = int(font[1])
    sheet.row_breaks = RowBreak()
    for row in breaks:
        sheet.row_breaks.append(Break(id=row))
