"""A sheet measured before calamine lays it out as a dense grid: from an .xlsx sheet's XML, an .xlsb
sheet's records and an .ods document's repeated cells (an .xls: readers/biff.py). A sheet whose cells
reach past MAX_ROWS or MAX_CELLS is refused before it is built: calamine makes every cell of the box
its cells span, and a 26 KB .ods repeating one cell 50 million times took 5 GB."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_CELLS, MAX_ROWS
from centertrack.readers.sheet import column_letter

_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")  # a row or a cell of a worksheet's XML
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
# The usual sheet numbers every row and cell, its first attribute (<row r="7">, <c r="B7" ...>): then
# its extent is read from these references by a few regexes, with no Python per cell (three times
# faster than walking the tags). A row or cell that does not (a prefixed name, another attribute
# first, r missing or odd) sends the sheet to the walk, which places it as calamine would.
_ODD_TAG = re.compile(
    rb'<(?:c(?=[\s>/])(?! r="[A-Z]{1,3}[1-9][0-9]{0,6}")|row(?=[\s>/])(?! r="[1-9][0-9]{0,6}"))'
)
_PREFIXED_TAG = re.compile(rb":(?:c|row)[\s>/]")
# A row or cell that is not numbered within A1:Z99999 as its first attribute (see _bounded).
_UNBOUNDED_TAG = re.compile(
    rb'<(?:c(?=[\s>/])(?! r="[A-Z][1-9][0-9]{0,4}")|row(?=[\s>/])(?! r="[1-9][0-9]{0,4}"))'
)
_ROW_NUMBER = re.compile(rb'<(?:c r="[A-Z]{1,3}|row r=")([0-9]+)"')
_COLUMN_LETTERS = re.compile(rb'<c r="([A-Z]+)')
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.(xml|bin)")
# An .ods document's tables, rows and cells, and how many times each is repeated.
_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ODS_REPEAT = re.compile(rb'table:number-(?:rows|columns)-repeated="([0-9]{1,12})"')


def check_sheets(path: Path | str, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose sheets reach past MAX_ROWS or MAX_CELLS, before calamine lays them out."""
    for part in archive.infolist():
        found = _SHEET_PART.fullmatch(part.filename)
        if found and found.group(1) == "xml":
            _check_extent(path, archive, part)
        elif found:
            _check_binary_extent(path, archive, part)
        elif part.filename == "content.xml":
            _check_ods_extent(path, archive, part)


def check_extent(path: Path | str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS or rows * columns > MAX_CELLS:
        corner = f"{column_letter(max(columns, 1) - 1)}{rows}"
        raise UnreadableFileError(
            str(path),
            "file-sheet-too-large",
            "hint-delete-beyond",
            corner=corner,
            rows=MAX_ROWS,
            cells=MAX_CELLS,
        )


def _check_extent(path: Path | str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Refuse a sheet whose cells reach past MAX_ROWS or MAX_CELLS, read as a stream of tags."""
    if _bounded(archive, part):
        return
    for rows, columns in _extents(archive, part):
        check_extent(path, rows, columns)


def _check_binary_extent(path: Path | str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """The same for an .xlsb sheet, from its records: BrtRowHdr (0) gives a row, a cell record
    (1 to 13, 62) its column; what calamine lays out is the box of the cells present."""
    data = archive.read(part)
    rows = columns = 0
    offset, end = 0, len(data)
    while offset < end:
        kind, offset = _varint(data, offset, 2)
        size, offset = _varint(data, offset, 4)
        if offset + size > end:
            break  # truncated: calamine lays out what came before (or says it is damaged)
        if kind == 0 and size >= 4:
            rows = max(rows, struct.unpack_from("<I", data, offset)[0] + 1)
        elif (1 <= kind <= 13 or kind == 62) and size >= 4:  # 62: BrtCellRString
            columns = max(columns, struct.unpack_from("<I", data, offset)[0] + 1)
        offset += size
    check_extent(path, rows, columns)


def _varint(data: bytes, offset: int, most: int) -> tuple[int, int]:
    """A BIFF12 record's type (up to 2 bytes) or size (up to 4), 7 bits a byte."""
    value = shift = 0
    for _ in range(most):
        if offset >= len(data):
            break
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            break
    return value, offset


def _bounded(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Every row and cell numbered within A1:Z99999: nearly every sheet, found in one scan of its XML.

    Such a sheet is within the limits whatever its extent (99,999 rows of 26 columns), so no number
    needs reading: half the time of measuring it (the national LAO sheet's 5.8 MB).
    """
    for text in _tag_chunks(archive, part):
        if _UNBOUNDED_TAG.search(text) or _PREFIXED_TAG.search(text):
            return False
    return True


def _extents(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[tuple[int, int]]:
    """A sheet's rows and columns so far, after each chunk of its XML.

    Read by the references while every row and cell is numbered; from the first that is not, read
    again from the start tag by tag: a cell without r takes the next place, as calamine lays it out."""
    rows = columns = 0
    for text in _tag_chunks(archive, part):
        if _ODD_TAG.search(text) or _PREFIXED_TAG.search(text):
            break
        rows = max(rows, max(map(int, _ROW_NUMBER.findall(text)), default=0))
        columns = max(columns, max(map(_column_number, set(_COLUMN_LETTERS.findall(text))), default=0))
        yield rows, columns
    else:
        return
    rows = columns = row = column = 0
    for text in _tag_chunks(archive, part):
        for name, attributes in _TAG.findall(text):
            ref = _REF.search(attributes)
            letters, digits = ref.groups() if ref else (b"", b"")
            if name == b"row":
                row, column = (int(digits) if digits else row + 1), 0
            else:
                column = _column_number(letters) if letters else column + 1
                row = int(digits) if digits else max(row, 1)
            rows, columns = max(rows, row), max(columns, column)
        yield rows, columns


def _tag_chunks(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes a megabyte at a time, each chunk ending between tags."""
    pending = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            text = pending + chunk
            start = text.rfind(b"<")
            # Keep an unfinished tag for the next chunk; a "tag" this long is text, not a cell.
            cut = start if start >= 0 and b">" not in text[start:] and len(text) - start < 4096 else len(text)
            text, pending = text[:cut], text[cut:]
            yield text


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_ods_extent(path: Path | str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """An .ods document's tables, each measured as calamine lays it out: to its last row and column
    that hold something, counting repeated rows and cells (an empty cell repeated to column XFD, as
    LibreOffice writes every row, holds nothing). Refused as soon as one reaches past the limits."""
    rows = columns = row = column = 0
    repeat, filled = 1, False  # the row's repetition, and whether it holds anything
    for text in _tag_chunks(archive, part):
        for closing, name, attributes, empty in _ODS_TAG.findall(text):
            found = _ODS_REPEAT.search(attributes)
            times = min(int(found.group(1)), 1 << 40) if found else 1
            if name == b"table":
                if not closing and not empty:
                    rows = columns = row = 0
            elif name == b"table-row":
                if not closing:
                    repeat, filled, column = times, False, 0
                if closing or empty:
                    if filled:
                        rows = row + repeat
                    row += repeat
            elif not closing:
                holds = not empty or b"value-type" in attributes
                column += times
                if holds:
                    filled, columns = True, max(columns, column)
            check_extent(path, rows, columns)
