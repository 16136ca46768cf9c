"""Workbooks (xlsx, xlsm, xlsb, xls, ods) read with python-calamine, the engine pandas uses for them.

Called directly: it keeps cell positions (pandas drops leading empty rows) and reads each cell once.
Every failure of calamine becomes our own words, in English and Thai: its English never reaches a
Thai report.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from centertrack.errors import UnreadableFileError
from centertrack.readers.biff import extents, workbook_stream
from centertrack.readers.extent import check_extent, check_sheets
from centertrack.readers.guards import check_inflated, zip_errors
from centertrack.readers.kinds import Reading
from centertrack.readers.sheet import CellValue, Sheet

_PARTS = {"xlsx": "xl/workbook.xml", "xlsb": "xl/workbook.bin", "ods": "content.xml"}


def read(path: Path, data: bytes, reading: Reading) -> list[Sheet]:
    return read_workbook(path, data, reading.kind, member=reading.member)


def read_workbook(path: Path, data: bytes, kind: str, *, member: bool = False) -> list[Sheet]:
    """Every worksheet of a workbook whose kind (xlsx, xlsb, ods, xls) its bytes told."""
    import python_calamine

    macros = _inspect_zip(path, data, kind) if kind in _PARTS else False
    if kind == "xls" and (stream := workbook_stream(data)) is not None:
        for height, width in extents(stream):  # calamine sizes its grid from these, unchecked
            check_extent(path, height, width)
    try:
        with _panic_message_silenced():
            workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            sheets = []
            for meta in workbook.sheets_metadata:
                if str(meta.typ) != "SheetTypeEnum.WorkSheet":
                    continue  # chart sheets and macro sheets hold no table
                sheet = workbook.get_sheet_by_name(meta.name)
                rows: list[list[CellValue]] = [list(row) for row in sheet.to_python(skip_empty_area=False)]
                merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
                source = data if member and kind == "xlsx" else None
                sheets.append(Sheet(path, meta.name, rows, kind, merged=merged, macros=macros, source=source))
    except python_calamine.PasswordError:
        raise UnreadableFileError(str(path), "file-password", "hint-remove-password") from None
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        # A damaged part: calamine's own errors, and its reading past the end of a record or a
        # stream ("failed to fill whole buffer", an OSError).
        raise not_readable(path, _first_line(error)) from None
    except BaseException as error:
        # A damaged file can make calamine panic: pyo3 raises PanicException, a BaseException that
        # cannot be imported by name.
        if type(error).__name__ != "PanicException":
            raise
        raise not_readable(path, "its reader failed on it") from None
    if not sheets:
        raise UnreadableFileError(str(path), "file-no-worksheet", "hint-send-again")
    return sheets


def not_readable(path: Path, why: str) -> UnreadableFileError:
    """calamine could not read it: ``why`` (its words) is kept in the English line only."""
    return UnreadableFileError(str(path), "file-not-spreadsheet", "hint-save-again", why=why)


@contextmanager
def _panic_message_silenced() -> Iterator[None]:
    """Rust prints a panic's message straight to the process's stderr: the panic becomes the file's
    one-line answer, so its message is sent nowhere while calamine reads."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _inspect_zip(path: Path, data: bytes, kind: str) -> bool:
    """Refuse a zip that inflates past the limit or a sheet too large to lay out, before calamine
    builds it (it makes every sheet a dense grid). True when the workbook carries VBA macros."""
    with zip_errors(path), zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        check_inflated(path, parts)
        part = _PARTS[kind]
        if part not in {info.filename for info in parts}:
            raise UnreadableFileError(str(path), "file-part-missing", "hint-send-again", part=part)
        check_sheets(path, archive)
    return any(info.filename.lower().endswith("vbaproject.bin") for info in parts)


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__
