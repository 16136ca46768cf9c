"""The guards every reader passes before building anything: file size, zip bombs, a sheet's extent.

A zip's declared sizes are enough to refuse a bomb without inflating it: Python's zipfile and calamine
both stop a part at its declared size, so a part that lies about it reads as damaged. A sheet is
measured from its XML (or, for .xlsb, its binary records) before calamine makes it a dense grid.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNCOMPRESSED_BYTES, MAX_ZIP_MEMBERS
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
# A row or cell that is not numbered within A1:Z999999 as its first attribute (see _bounded).
_UNBOUNDED_TAG = re.compile(
    rb'<(?:c(?=[\s>/])(?! r="[A-Z][1-9][0-9]{0,5}")|row(?=[\s>/])(?! r="[1-9][0-9]{0,5}"))'
)
_ROW_NUMBER = re.compile(rb'<(?:c r="[A-Z]{1,3}|row r=")([0-9]+)"')
_COLUMN_LETTERS = re.compile(rb'<c r="([A-Z]+)')
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.(xml|bin)")
# What zipfile raises on damaged bytes: bad headers or CRC, bad deflate data, names that are not
# the UTF-8 they claim (ValueError), truncated structures (struct.error), unknown compression.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, struct.error)


def open_regular(path: Path) -> BinaryIO:
    """A file opened to read, once it is known to be a regular file within MAX_FILE_BYTES; else the
    one line that says why not. A FIFO or a device is never read: reading one waits for a writer, or
    never ends. Known from ``stat`` before opening, and again from the opened file (opened without
    waiting), in case the name was swapped in between."""
    try:
        _check_regular(path, os.stat(path))
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            _check_regular(path, os.fstat(descriptor))
            if hasattr(os, "set_blocking"):
                os.set_blocking(descriptor, True)
            return os.fdopen(descriptor, "rb")
        except BaseException:
            os.close(descriptor)
            raise
    except FileNotFoundError:
        raise UnreadableFileError(str(path), "file-missing", "hint-check-name") from None
    except IsADirectoryError:
        raise UnreadableFileError(str(path), "file-is-folder", "hint-name-a-file") from None
    except PermissionError:
        raise UnreadableFileError(str(path), "file-permission", "hint-read-access") from None
    except OSError as error:  # a symlink loop (ELOOP), a name too long, a disk error
        why = f"{error.strerror or error}"
        raise UnreadableFileError(str(path), "file-os-error", "hint-check-file", why=why) from None


def is_regular(path: Path) -> bool:
    """Whether ``path`` is a regular file (following symlinks); False for what cannot be stat'ed."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _check_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(str(path), "file-not-regular", "hint-saved-file")
    check_size(path, info.st_size)


def read_regular(path: Path) -> bytes:
    """A regular file's bytes (see open_regular)."""
    with open_regular(path) as handle:
        try:
            return handle.read()
        except OSError as error:
            why = f"{error.strerror or error}"
            raise UnreadableFileError(str(path), "file-os-error", "hint-check-file", why=why) from None


def check_size(path: Path | str, size: int) -> None:
    """Refuse a file (or a zip member) larger than MAX_FILE_BYTES."""
    if size > MAX_FILE_BYTES:
        raise UnreadableFileError(
            str(path), "file-too-large", "hint-one-by-one", size=_mb(size), limit=_mb(MAX_FILE_BYTES)
        )


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f}"


def check_inflated(path: Path | str, parts: Iterable[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose parts, as declared, inflate past MAX_UNCOMPRESSED_BYTES."""
    inflated = sum(part.file_size for part in parts)
    if inflated > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFileError(
            str(path),
            "file-zip-bomb",
            "hint-sheet-alone",
            size=_mb(inflated),
            limit=_mb(MAX_UNCOMPRESSED_BYTES),
        )


_END = b"PK\x05\x06"  # a zip's end of central directory record
_END64 = b"PK\x06\x06"
# The central directory's size a zip of MAX_ZIP_MEMBERS may have: an entry is 46 bytes, its name, an
# extra field and a comment (about 100 bytes as zips are made; 1 KB leaves room for long Thai names).
_MAX_DIRECTORY = MAX_ZIP_MEMBERS * 1024


def check_members(path: Path | str, data: bytes) -> None:
    """Refuse a zip of more than MAX_ZIP_MEMBERS files, from its end record, before zipfile makes an
    object per member: the count it declares, and the size of its central directory (zipfile reads
    the directory by its size, whatever count is declared). What cannot be found is left to zipfile,
    which calls it damaged."""
    end = data.rfind(_END, max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return
    count, size = struct.unpack_from("<HI", data, end + 10)
    if count == 0xFFFF or size == 0xFFFFFFFF:  # Zip64: the true figures are in its own end record
        found = data.rfind(_END64, max(0, end - 65_536), end)
        if found >= 0 and found + 56 <= len(data):
            count, size = struct.unpack_from("<QQ", data, found + 32)
    if count > MAX_ZIP_MEMBERS or size > _MAX_DIRECTORY:
        raise UnreadableFileError(
            str(path), "file-too-many-members", "hint-fewer-files", limit=MAX_ZIP_MEMBERS
        )


def damaged(path: Path | str, what: str = "workbook") -> UnreadableFileError:
    """``what``: workbook, word or zip (catalog/files.py's file-damaged-…)."""
    return UnreadableFileError(str(path), f"file-damaged-{what}", "hint-send-again")


@contextmanager
def zip_errors(path: Path | str, what: str = "workbook") -> Iterator[None]:
    """zipfile's errors on damaged bytes, as the one line the user reads."""
    try:
        yield
    except ZIP_ERRORS:
        raise damaged(path, what) from None


def check_sheets(path: Path | str, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose sheets reach past MAX_ROWS or MAX_CELLS, before calamine lays them out."""
    for part in archive.infolist():
        found = _SHEET_PART.fullmatch(part.filename)
        if found and found.group(1) == "xml":
            _check_extent(path, archive, part)
        elif found:
            _check_binary_extent(path, archive, part)


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
    """Every row and cell numbered within A1:Z999999: nearly every sheet, found in one scan of its XML.

    Such a sheet is within the limits whatever its extent (999,999 rows of 26 columns), so no
    number needs reading: half the time of measuring it (the national LAO sheet's 5.8 MB).
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
