"""File → sheets of raw cell values, each value at its spreadsheet position (its origin).

The format comes from the file's content, not its name, since offices rename files: the kinds of
input, their signatures and their readers are one table (kinds.py), which the sniffer (sniff.py) and
the choice of reader (files.py) go by. Workbooks through python-calamine (workbook.py), CSV and
Unicode text (text.py), web pages (html.py), Word tables (word.py), zips of inputs read in memory
(archive.py); PDFs, pictures and other things that are not spreadsheets are refused as what they
are, after the guards (guards.py).

The names below are imported when first used: the help texts read the kinds' table alone.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from centertrack.readers.files import expand_paths, read_bytes, read_file, source_bytes
    from centertrack.readers.kinds import SUFFIXES_READ, skipped_kinds, suffixes_read
    from centertrack.readers.sheet import CellValue, Sheet, cell_ref, column_letter
    from centertrack.readers.text import decode_text, sniff_delimiter

    SPREADSHEET_SUFFIXES = SUFFIXES_READ

_HOMES = {
    "expand_paths": "files",
    "read_bytes": "files",
    "read_file": "files",
    "source_bytes": "files",
    "SUFFIXES_READ": "kinds",
    "SPREADSHEET_SUFFIXES": "kinds",  # the name callers of old know it by
    "skipped_kinds": "kinds",
    "suffixes_read": "kinds",
    "CellValue": "sheet",
    "Sheet": "sheet",
    "cell_ref": "sheet",
    "column_letter": "sheet",
    "decode_text": "text",
    "sniff_delimiter": "text",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{_HOMES[name]}")
    return getattr(module, "SUFFIXES_READ" if name == "SPREADSHEET_SUFFIXES" else name)


__all__ = [
    "SPREADSHEET_SUFFIXES",
    "SUFFIXES_READ",
    "CellValue",
    "Sheet",
    "cell_ref",
    "column_letter",
    "decode_text",
    "expand_paths",
    "read_bytes",
    "read_file",
    "skipped_kinds",
    "sniff_delimiter",
    "source_bytes",
    "suffixes_read",
]
