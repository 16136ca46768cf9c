"""The office's own layout of its workbook (.xlsx, .xlsm), read from the package so that the feedback
copy keeps it: each cell's borders, alignment and number format, the columns' widths and the rows'
heights. The readers give values only; this reads the rest, and only for the copy.

Read as text, not through openpyxl: a national sheet of 86,000 cells is a few regular expressions over
its XML (a fraction of a second), where openpyxl would take seconds. What cannot be read (another
format, a damaged part) gives no layout, and the copy is laid out as before.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from centertrack.limits import MAX_UNCOMPRESSED_BYTES

_PACKAGE_SUFFIXES = {".xlsx", ".xlsm"}
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# A cell with a format of its own (Excel writes r first): its column, row and format's index.
_STYLED = re.compile(r'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*? s="([0-9]+)"')
_ROW = re.compile(r"<row\b([^>]*)>")
_COL = re.compile(r"<col\b([^>]*)/?>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Look:
    """What the copy keeps of one of the office's cell formats (its cellXfs entry)."""

    border: str  # the <border> element, as written ("" for none)
    alignment: str  # the <alignment> element ("" for the default)
    number_format: str | None  # a custom format's code; None: a built-in one (number_id)
    number_id: int
    bold: bool


@dataclass
class SheetLayout:
    widths: dict[int, float] = field(default_factory=dict)  # 0-based column → width in the copy's unit
    heights: dict[int, float] = field(default_factory=dict)  # 0-based row → points, set by the office
    looks: dict[int, dict[int, int]] = field(default_factory=dict)  # row → column → look's index


@dataclass(frozen=True)
class OfficeLayout:
    looks: tuple[Look, ...]  # by the office's format index
    sheets: dict[str, SheetLayout]  # by the sheet's name


def read_layout(path: Path) -> OfficeLayout | None:
    """The layout of the workbook at ``path``, or None when it is no workbook package that can be read."""
    if path.suffix.lower() not in _PACKAGE_SUFFIXES or not path.is_file():
        return None
    try:
        with zipfile.ZipFile(path) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNCOMPRESSED_BYTES:
                return None
            return _layout(package)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None


def _layout(package: zipfile.ZipFile) -> OfficeLayout:
    from lxml import etree

    names = set(package.namelist())
    styles = etree.fromstring(package.read("xl/styles.xml")) if "xl/styles.xml" in names else None
    looks = _looks(styles) if styles is not None else []
    scale = _unit_scale(styles)
    book = etree.fromstring(package.read("xl/workbook.xml"))
    rels = etree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    sheets: dict[str, SheetLayout] = {}
    for sheet in book.iter(f"{{{_MAIN}}}sheet"):
        target = targets.get(sheet.get(f"{{{_REL}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        if part in names:
            sheets[sheet.get("name", "")] = _sheet(package.read(part).decode("utf-8"), len(looks), scale)
    return OfficeLayout(tuple(looks), sheets)


def _looks(styles: object) -> list[Look]:
    from lxml import etree

    def children(tag: str) -> list[etree._Element]:
        found = styles.find(f"{{{_MAIN}}}{tag}")  # type: ignore[attr-defined]
        return list(found) if found is not None else []

    def xml(element: etree._Element | None) -> str:
        if element is None:
            return ""
        text = etree.tostring(element, encoding="unicode")
        return re.sub(r'\sxmlns(:\w+)?="[^"]*"', "", text)  # written inside our own styleSheet

    formats = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in children("numFmts")}
    bolds = [f.find(f"{{{_MAIN}}}b") is not None for f in children("fonts")]
    borders = [xml(border) for border in children("borders")]
    looks = []
    for xf in children("cellXfs"):
        number = int(xf.get("numFmtId", "0"))
        font, border = int(xf.get("fontId", "0")), int(xf.get("borderId", "0"))
        looks.append(
            Look(
                border=borders[border] if border < len(borders) else "",
                alignment=xml(xf.find(f"{{{_MAIN}}}alignment")),
                number_format=formats.get(number),
                number_id=number,
                bold=font < len(bolds) and bolds[font],
            )
        )
    return looks


def _unit_scale(styles: object) -> float:
    """The office's unit of column width (its default font's "0", in pixels) over the copy's (TH Sarabun
    New 16's): a width of 10 in a Calibri 11 workbook is 70 pixels, which the copy writes as 5.83."""
    from centertrack.annex import FONT_SIZE
    from centertrack.reports.measure import SAFETY, digit_width

    # LibreOffice takes the unit unrounded (11.7 pixels for Sarabun 16), Excel in whole pixels (12): the
    # smaller, and SAFETY's room for a stand-in font, so that a header the office fitted still fits.
    ours = digit_width(FONT_SIZE) * 96 / 72 / SAFETY
    font = styles.find(f"{{{_MAIN}}}fonts/{{{_MAIN}}}font") if styles is not None else None  # type: ignore[attr-defined]
    size = name = None
    if font is not None:
        size = font.find(f"{{{_MAIN}}}sz")
        name = font.find(f"{{{_MAIN}}}name")
    points = float(size.get("val", "11")) if size is not None else 11.0
    if name is not None and "sarabun" in name.get("val", "").lower():
        return 1.0
    else:  # Calibri and its like: 7 pixels at 11 pt
        theirs = max(round(points * 7 / 11), 1)
    return theirs / ours


def _sheet(xml: str, looks: int, scale: float = 1.0) -> SheetLayout:
    layout = SheetLayout()
    for match in _COL.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        if "width" in attributes and attributes.get("customWidth", "1") in ("1", "true"):
            width = round(float(attributes["width"]) * scale, 2)
            for column in range(int(attributes.get("min", "1")), int(attributes.get("max", "1")) + 1):
                if column > 16_384:
                    break
                layout.widths[column - 1] = width
    for match in _ROW.finditer(xml):
        if "customHeight" not in match.group(1):  # most rows: read no further
            continue
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        if "ht" in attributes and "r" in attributes and attributes.get("customHeight") in ("1", "true"):
            layout.heights[int(attributes["r"]) - 1] = float(attributes["ht"])
    columns: dict[str, int] = {}
    looks_of = layout.looks
    for letters, row, style in _STYLED.findall(xml):
        index = int(style)
        if 0 < index < looks:
            if letters not in columns:
                columns[letters] = _column(letters)
            looks_of.setdefault(int(row) - 1, {})[columns[letters]] = index
    return layout


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1
