"""CSV and Excel's "Unicode Text" (.txt): text → one sheet of strings.

Text is decoded BOM → strict UTF-8 → cp874 (never Python's tis-620, which turns Windows quotes into
control characters), line by line when a sheet pasted from two sources mixes UTF-8 and cp874 lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS
from centertrack.readers.extent import check_extent
from centertrack.readers.kinds import Reading
from centertrack.readers.sheet import CellValue, Sheet

_DELIMITERS = (",", ";", "\t")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")  # a line and its ending, as newline="" splits


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a CSV and the encoding that read it: BOM, then strict UTF-8, then Windows Thai (cp874)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A sheet pasted together from two sources can mix UTF-8 lines and cp874 lines: read each in its own.
    lines, utf8, offset = [], 0, 0
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp874"))
            except UnicodeDecodeError as error:  # where in the file, not in the line
                raise UnicodeDecodeError(
                    "cp874", data, offset + error.start, offset + error.end, error.reason
                ) from None
        offset += len(line)
    return "".join(lines), ("utf-8+cp874" if utf8 else "cp874")


def read(path: Path, data: bytes, reading: Reading) -> list[Sheet]:
    return [read_text(path, data)]


def read_text(path: Path, data: bytes) -> Sheet:
    """A CSV or Unicode Text file as one sheet named after the file."""
    unicode_text = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in data and not unicode_text:
        reason = "file-binary" if b"\x00" in data[:4096] else "file-nul-bytes"
        raise UnreadableFileError(str(path), reason, "hint-send-as")
    if not unicode_text:
        _refuse_early(path, data)
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableFileError(str(path), "file-undecodable", "hint-save-utf8", line=line) from None
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_FILE_BYTES)  # a cell may be long; the file's size is what is limited
    # Line by line from the text itself: io.StringIO would copy it at four bytes a character.
    reader = csv.reader((line.group() for line in _LINE.finditer(text)), delimiter=delimiter)
    rows: list[list[CellValue]] = []
    width = 0
    try:
        for row in reader:
            rows.append(list(row))
            width = max(width, len(row))
            if len(rows) * width > MAX_CELLS or len(rows) > MAX_ROWS:  # refused as the cells come
                _too_many(path, len(rows), width)
    except csv.Error as error:  # what Python's reader cannot take (a field past its size limit)
        why = str(error)
        raise UnreadableFileError(str(path), "file-not-spreadsheet", "hint-save-again", why=why) from None
    return Sheet(path, path.stem, rows, "csv", encoding=encoding)


def _refuse_early(path: Path, data: bytes) -> None:
    """A text past the limits, refused before a byte is decoded (a zip of 3 MB inflates to 500 MB of
    text in a moment, and decoding and splitting it took 2.3 GB): its lines counted, and when no
    field is quoted (so that every line is a row), its lines times the columns of its first lines."""
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if lines > MAX_ROWS or b'"' in data:
        _too_many(path, lines, 1)
        return
    sample = data[:20_000].decode("utf-8", errors="replace")
    delimiter = sniff_delimiter(sample)
    width = max((line.count(delimiter) + 1 for line in sample.splitlines()[:30]), default=1)
    _too_many(path, lines, width)


def _too_many(path: Path, rows: int, width: int) -> None:
    """Refuse a text of more than MAX_ROWS rows, or more than MAX_CELLS cells laid out as a grid."""
    if rows > MAX_ROWS:
        raise UnreadableFileError(str(path), "file-too-many-rows", "hint-delete-beyond", rows=MAX_ROWS)
    check_extent(path, rows, width)


def sniff_delimiter(text: str) -> str:
    """The delimiter (`,` `;` or tab) that splits the first lines into the most consistent columns."""
    sample = text[:20_000]

    def score(delimiter: str) -> tuple[int, int]:
        counts = [len(row) for row in _sample_rows(sample, delimiter) if any(cell.strip() for cell in row)]
        if not counts:
            return (0, 0)
        width, times = Counter(counts).most_common(1)[0]
        return (times if width > 1 else 0, width)

    return max(_DELIMITERS, key=score)


def _sample_rows(sample: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        yield from (row for _, row in zip(range(30), reader, strict=False))
    except csv.Error:
        return
