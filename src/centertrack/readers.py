"""File → sheets of raw cell values, each value at its spreadsheet position.

Workbooks (xlsx, xlsm, xls, ods) are read with python-calamine, the engine pandas uses for them, called
directly: it keeps cell positions (pandas drops leading empty rows) and reads each cell once. The format
comes from the file's first bytes, not its name, since offices rename files. CSV text is decoded
BOM → strict UTF-8 → cp874 (never Python's tis-620, which turns Windows quotes into control characters).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path

from centertrack.errors import UnreadableFileError

CellValue = str | float | int | bool | date | datetime | time | timedelta | None

SPREADSHEET_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"})
_ZIP = b"PK\x03\x04"
_ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods"})
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted xlsx is an OLE container holding this stream (its name is UTF-16LE in the directory).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DELIMITERS = (",", ";", "\t")


@dataclass
class Sheet:
    """One sheet's cells as read: ``rows[0][0]`` is cell A1."""

    path: Path
    name: str
    rows: list[list[CellValue]]
    format: str  # "csv", "xlsx", "xls", "ods"
    encoding: str | None = None  # for CSV: the encoding that decoded it
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r0, c0, r1, c1)

    @property
    def label(self) -> str:
        return str(self.path)

    @cached_property
    def formulas(self) -> dict[tuple[int, int], str]:
        """Formula text by 0-based (row, column), read only when asked (openpyxl; xlsx/xlsm only).

        calamine gives a formula saved without its value as an empty cell; this tells the two apart.
        """
        if self.format != "xlsx":
            return {}
        from openpyxl import load_workbook

        workbook = load_workbook(self.path, read_only=True, data_only=False)
        try:
            found: dict[tuple[int, int], str] = {}
            for row in workbook[self.name].iter_rows():
                for cell in row:
                    # Empty cells of a read-only sheet have no position and no formula.
                    if getattr(cell, "data_type", None) == "f" and cell.row and cell.column:
                        found[cell.row - 1, cell.column - 1] = str(cell.value)
            return found
        finally:
            workbook.close()


def column_letter(col: int) -> str:
    """0-based column index → spreadsheet letters: 0 → A, 27 → AB."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """0-based (row, column) → "C7"."""
    return f"{column_letter(col)}{row + 1}"


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to read from files and folders given by the user, and the files in folders that were skipped.

    A file named by the user is always read (and fails loudly if it is not a spreadsheet); in a folder,
    only spreadsheet-looking names are, in a stable order, without following symlinked folders.
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root, name)
                    if name.startswith((".", "~$")) or candidate.suffix.lower() not in SPREADSHEET_SUFFIXES:
                        skipped.append(candidate)
                    else:
                        files.append(candidate)
        else:
            files.append(path)
    return files, skipped


def read_file(path: Path) -> list[Sheet]:
    """Every sheet of a CSV or workbook file; raises UnreadableFileError with what to do."""
    try:
        with path.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise UnreadableFileError(str(path), "no such file", "check the name and the folder") from None
    except IsADirectoryError:
        raise UnreadableFileError(str(path), "is a folder, not a file") from None
    except PermissionError:
        raise UnreadableFileError(str(path), "cannot be opened: permission denied") from None
    except OSError as error:
        raise UnreadableFileError(str(path), f"cannot be read: {error.strerror}") from None
    if not data.strip():
        raise UnreadableFileError(str(path), "the file is empty", "ask the office to send it again")
    if data.startswith(_ZIP) or data.startswith(_OLE):
        return _read_workbook(path, data)
    if path.suffix.lower() in _ZIP_SUFFIXES:
        # Text named .xls is a common export of web systems and is read as text; .xlsx and .ods are zips.
        raise UnreadableFileError(
            str(path),
            f"not a {path.suffix} workbook: it may be damaged or only partly downloaded",
            "ask the office to send it again",
        )
    return [_read_csv(path, data)]


def _read_workbook(path: Path, data: bytes) -> list[Sheet]:
    import python_calamine

    if data.startswith(_OLE) and _ENCRYPTED in data[: 1 << 20]:
        raise UnreadableFileError(
            str(path), "the workbook is protected with a password", "save a copy without a password in Excel"
        )
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for meta in workbook.sheets_metadata:
            if str(meta.typ) != "SheetTypeEnum.WorkSheet":
                continue  # chart sheets and macro sheets hold no table
            sheet = workbook.get_sheet_by_name(meta.name)
            rows: list[list[CellValue]] = [list(row) for row in sheet.to_python(skip_empty_area=False)]
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
            sheets.append(Sheet(path, meta.name, rows, _workbook_format(data), merged=merged))
    except python_calamine.PasswordError:
        raise UnreadableFileError(
            str(path), "the workbook is protected with a password", "save a copy without a password in Excel"
        ) from None
    except python_calamine.CalamineError as error:
        raise UnreadableFileError(
            str(path),
            f"not a readable spreadsheet ({_first_line(error)})",
            "open it in Excel and save it again as .xlsx, or ask the office to send it again",
        ) from None
    if not sheets:
        raise UnreadableFileError(str(path), "the workbook has no worksheet")
    return sheets


def _workbook_format(data: bytes) -> str:
    if data.startswith(_OLE):
        return "xls"
    return "ods" if b"application/vnd.oasis.opendocument" in data[:200] else "xlsx"


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


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
    return data.decode("cp874"), "cp874"


def _read_csv(path: Path, data: bytes) -> Sheet:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFileError(
            str(path), "not a spreadsheet (binary data)", "send it as .xlsx, .xls, .ods or .csv"
        )
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as error:
        raise UnreadableFileError(
            str(path),
            f"the text is neither UTF-8 nor Windows Thai (cp874) (byte {error.start})",
            "save it from Excel as 'CSV UTF-8'",
        ) from None
    delimiter = sniff_delimiter(text)
    rows: list[list[CellValue]] = [
        list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return Sheet(path, path.stem, rows, "csv", encoding=encoding)


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
