"""File → sheets of raw cell values, each value at its spreadsheet position (its origin).

The format comes from the file's content, not its name, since offices rename files (sniff.py):
workbooks through python-calamine (workbook.py), CSV and Unicode text (text.py), web pages (html.py),
Word tables (word.py), zips of inputs read in memory (archive.py); PDFs, pictures and other things
that are not spreadsheets are refused as what they are (refusals.py), after the guards (guards.py).
"""

from centertrack.readers.files import SPREADSHEET_SUFFIXES, expand_paths, read_bytes, read_file
from centertrack.readers.refusals import skipped_kinds
from centertrack.readers.sheet import CellValue, Sheet, cell_ref, column_letter
from centertrack.readers.text import decode_text, sniff_delimiter

__all__ = [
    "SPREADSHEET_SUFFIXES",
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
]
