"""The parts of an .xlsx workbook written as XML text: cells, shared strings, styles, a sheet, the
workbook's parts are put together in reports/ooxml_package.py.

Written directly rather than with openpyxl for speed (see reports/feedback_xlsx.py): a sheet of 86,000
cells with 14,000 comments takes a fraction of a second. Each text is escaped and stored once, in the
shared strings of the workbook being written (``strings``, emptied by the writer when it is done);
every text is neutralized against formula injection as the other writers do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from centertrack.annex import FONT_NAME, FONT_SIZE
from centertrack.readers import CellValue
from centertrack.reports.csv import neutralize
from centertrack.reports.office_layout import Look
from centertrack.reports.visible import visible_direction
from centertrack.reports.xlsx_page import ROW_HEIGHT, header_text, page_xml

EXCEL_ROWS = 1_048_576  # a sheet's rows and columns in Excel: a sheet beyond them is cut, and it says so
EXCEL_COLUMNS = 16_384
# Fills by severity (ARGB): Excel's own light red, amber and blue of its "good, bad and neutral" styles.
FILLS = {"error": "FFFFC7CE", "warning": "FFFFEB9C", "notice": "FFDDEBF7"}
OK_FILL = "FFC6EFCE"
_EPOCH = datetime(1899, 12, 30)
# XML 1.0 has no place for these: a CSV may carry them, a cell cannot.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
# Cell formats (styles.xml's cellXfs): a kind of cell times a fill, index = kind * 5 + fill; then the
# office's own formats (reports/office_layout.py) times a fill, from OFFICE_BASE on.
KINDS = ("plain", "date", "datetime", "bold", "link", "wrap")
FILL_ORDER = ("none", "error", "warning", "notice", "ok")


def style_index(kind: str, fill: str = "none") -> int:
    return KINDS.index(kind) * len(FILL_ORDER) + FILL_ORDER.index(fill)


# Each cell's s="…" attribute, by kind and fill ("" for the default format).
STYLE = {
    (kind, fill): (f' s="{style_index(kind, fill)}"' if style_index(kind, fill) else "")
    for kind in KINDS
    for fill in FILL_ORDER
}


def escape(text: str) -> str:
    """Text as XML character data (attributes included): escaped, without what XML cannot hold, a
    direction override (U+202E) shown as its escape, never obeyed (issue 26)."""
    text = visible_direction(_NOT_XML.sub("", text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    # A carriage return read as XML becomes a line feed: written as a reference, it stays one.
    return text.replace("\r", "&#13;") if "\r" in text else text


def text_value(text: str) -> str:
    """A text cell's content: neutralized as every writer does (no formula-like text), cut at Excel's
    limit on a cell, without control characters."""
    return escape(neutralize(text))


def cell(ref: str, value: CellValue, fill: str = "none", kind: str = "plain") -> str:
    """One <c> element, or "" for an empty cell without a fill."""
    s = STYLE[kind, fill]
    kind_of = type(value)
    if kind_of is str:
        if value:
            index = strings.get(value)  # type: ignore[arg-type]
            if index is None:
                index = strings[value] = len(strings)  # type: ignore[index]
            return f'<c r="{ref}"{s} t="s"><v>{index}</v></c>'
    elif kind_of is int or (kind_of is float and math.isfinite(value)):  # type: ignore[arg-type]
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    elif value is not None:
        return other_cell(ref, value, fill, kind)
    return f'<c r="{ref}"{s}/>' if s else ""


# The shared strings of the workbook being written, each text once with its index: names, statuses and
# messages repeat down a column, and each is escaped and stored once.
strings: dict[str, int] = {}


PLAIN = frozenset({str, int, float})  # a cell's XML is its reference, its style and its tail
TAILED = PLAIN | {date, datetime}  # so for these when the cell has no style


class Tails(dict[object, str]):
    """What follows a cell's reference in its XML, by value, made once for each value: a text's
    shared-string index, a number as written (NaN and infinities as text)."""

    def __missing__(self, value: object) -> str:
        if isinstance(value, str):
            tail = f' t="s"><v>{string_index(value)}</v></c>' if value else "/>"
        elif isinstance(value, date):  # a date or datetime of a cell without an issue: styled as one
            tail = other_cell("", value, "none", "plain").removeprefix('<c r=""')
        elif isinstance(value, int | float) and math.isfinite(value):
            tail = f"><v>{value!r}</v></c>"
        else:
            tail = f' t="s"><v>{string_index(str(value))}</v></c>'
        self[value] = tail
        return tail


def string_index(text: str) -> int:
    """The shared string's index of a text, added if new."""
    index = strings.get(text)
    if index is None:
        index = strings[text] = len(strings)
    return index


def shared_strings_xml() -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">'
    ]
    parts += (f'<si><t xml:space="preserve">{text_value(text)}</t></si>' for text in strings)
    parts.append("</sst>")
    return "".join(parts).encode()


def other_cell(ref: str, value: CellValue, fill: str, kind: str) -> str:
    """A cell that is neither text nor a number: a boolean, a date, a time, a duration, NaN."""
    s = STYLE[kind, fill]
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime | date):
        when = value if isinstance(value, datetime) else datetime.combine(value, time())
        if when >= datetime(1900, 3, 1):  # Excel's serial numbers are wrong before then (1900 leap year)
            serial = (when - _EPOCH) / timedelta(days=1)
            timed = isinstance(value, datetime) and when.time() != time()
            return f'<c r="{ref}"{STYLE["datetime" if timed else "date", fill]}><v>{serial!r}</v></c>'
    if isinstance(value, int | float):  # a subclass of int, or an infinite or NaN float
        value = str(value)
    shown = value.isoformat() if isinstance(value, date | time) else str(value)
    return cell(ref, shown, fill, kind)


def quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def position(ref: str) -> tuple[int, int] | None:
    """ "C12" → 0-based (11, 2); None for anything else."""
    match = _REF.fullmatch(ref)
    if not match:
        return None
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1


def sheet_xml(
    rows: Iterable[str],
    *,
    widths: Sequence[float] = (),
    frozen: int = 0,
    selected: bool = False,
    merged: Sequence[str] = (),
    links: Sequence[str] = (),  # <hyperlink> elements
    comments: bool = False,
    page_of: str = "",  # the pages' numbering (&P of &N), in the copy's language
) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        "<sheetViews><sheetView" + (' tabSelected="1"' if selected else "") + ' workbookViewId="0">'
    ]
    if frozen:
        parts.append(
            f'<pane ySplit="{frozen}" topLeftCell="A{frozen + 1}" activePane="bottomLeft" state="frozen"/>'
        )
    parts.append("</sheetView></sheetViews>")
    # Rows tall enough for Thai at 16 pt, its marks above and below included.
    parts.append(f'<sheetFormatPr defaultRowHeight="{ROW_HEIGHT}" customHeight="1"/>')
    if widths:
        parts.append("<cols>")
        parts += (
            f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths, 1)
        )
        parts.append("</cols>")
    parts.append("<sheetData>")
    parts += rows
    parts.append("</sheetData>")
    if merged:
        parts.append(f'<mergeCells count="{len(merged)}">')
        parts += (f'<mergeCell ref="{m}"/>' for m in merged)
        parts.append("</mergeCells>")
    if links:
        parts.append("<hyperlinks>")
        parts += links
        parts.append("</hyperlinks>")
    # Printed on A4 landscape, as wide as the page (the one page of reports/xlsx_page.py): an office
    # prints the copy to go through it.
    parts.append(page_xml("landscape", header_text(center=page_of)))
    if comments:
        parts.append('<legacyDrawing r:id="rId1"/>')
    parts.append("</worksheet>")
    return "".join(parts).encode()


OFFICE_BASE = len(KINDS) * len(FILL_ORDER)


def office_style(look: int, fill: str = "none") -> str:
    """The s="…" attribute of a cell in the office's own format ``look`` (its index), with a fill."""
    return f' s="{OFFICE_BASE + (look - 1) * len(FILL_ORDER) + FILL_ORDER.index(fill)}"'


def styles_xml(looks: Sequence[Look] = ()) -> bytes:
    """Our cell formats, then each of the office's (``looks``, from its index 1) once per fill, in
    TH Sarabun New 16 pt with the office's borders, alignment and number format."""
    fonts = (
        f'<font><sz val="{FONT_SIZE}"/><name val="{FONT_NAME}"/></font>'
        f'<font><b/><sz val="{FONT_SIZE}"/><name val="{FONT_NAME}"/></font>'
        f'<font><u/><sz val="{FONT_SIZE}"/><color rgb="FF0563C1"/><name val="{FONT_NAME}"/></font>'
    )
    colours = {**FILLS, "ok": OK_FILL}
    fills = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    fills += "".join(
        f'<fill><patternFill patternType="solid"><fgColor rgb="{colours[f]}"/><bgColor indexed="64"/>'
        "</patternFill></fill>"
        for f in FILL_ORDER[1:]
    )
    kinds = {  # numFmtId, fontId, alignment
        "plain": (0, 0, '<alignment vertical="top"/>'),
        "date": (164, 0, '<alignment vertical="top"/>'),
        "datetime": (165, 0, '<alignment vertical="top"/>'),
        "bold": (0, 1, '<alignment vertical="top"/>'),
        "link": (0, 2, '<alignment vertical="top"/>'),
        "wrap": (0, 0, '<alignment vertical="top" wrapText="1"/>'),
    }
    borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"]
    formats = [
        '<numFmt numFmtId="164" formatCode="d/m/yyyy"/>',
        '<numFmt numFmtId="165" formatCode="d/m/yyyy h:mm"/>',
    ]
    xfs = []

    def xf(number: int, font: int, fill: int, border: int, alignment: str) -> str:
        applied = (
            (' applyNumberFormat="1"' if number else "")
            + (' applyFont="1"' if font else "")
            + (' applyFill="1"' if fill else "")
            + (' applyBorder="1"' if border else "")
            + (' applyAlignment="1"' if alignment else "")
        )
        body = f">{alignment}</xf>" if alignment else "/>"
        ids = f'numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="{border}"'
        return f'<xf {ids} xfId="0"{applied}{body}'

    for kind in KINDS:
        number, font, alignment = kinds[kind]
        for index, _ in enumerate(FILL_ORDER):
            xfs.append(xf(number, font, index + 1 if index else 0, 0, alignment))  # after the two fills
    for look in looks[1:]:
        if look.border and look.border not in borders:
            borders.append(look.border)
        border = borders.index(look.border) if look.border else 0
        number = look.number_id
        if look.number_format is not None:
            number = 166 + len(formats) - 2
            formats.append(f'<numFmt numFmtId="{number}" formatCode="{escape(look.number_format)}"/>')
        for index, _ in enumerate(FILL_ORDER):
            xfs.append(xf(number, int(look.bold), index + 1 if index else 0, border, look.alignment))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<numFmts count="{len(formats)}">{"".join(formats)}</numFmts>'
        f'<fonts count="3">{fonts}</fonts><fills count="{len(FILL_ORDER) + 1}">{fills}</fills>'
        f'<borders count="{len(borders)}">{"".join(borders)}</borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ).encode()
