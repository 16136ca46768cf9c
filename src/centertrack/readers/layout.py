"""A document's table (HTML, Word) laid out as a sheet: spans as merged cells, text around as lines.

The lines before the table become the rows above it (a sheet's title lines) and those after it the
rows below (the footer อัปเดตวันที่ …), one line a row in column A, as Excel lays out a web page it
opens. A spanned cell keeps its value in its top-left cell, the others empty, as a workbook has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_CELLS, MAX_ROWS
from centertrack.readers.sheet import CellValue, Sheet

T = TypeVar("T")  # a table as its reader holds it

MAX_SPAN = 1000  # HTML's own limit on colspan; also applied to rowspan (a form spans a few rows)
_PLAIN_NUMBER = re.compile(r"(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,10})?")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_UNCLEAN = re.compile(r"^\s|\s$|[\t\n\r\f\v\u00a0]|  ")  # what clean() would change


class Placed(NamedTuple):
    """A cell of a table at its 0-based place in the table's grid."""

    row: int
    col: int
    rows: int  # how many rows and columns it spans
    cols: int
    value: CellValue


def value_of(text: str) -> CellValue:
    """A cell's text as a workbook would hold it: a plain number (ASCII digits, no leading zero) as a
    number, anything else as the text written (Thai digits, 1,015 and 0812345678 stay text)."""
    text = clean(text)
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return text


def clean(text: str) -> str:
    """Whitespace as a spreadsheet cell shows it: runs of spaces as one, line breaks kept."""
    if not _UNCLEAN.search(text):  # nearly every cell: a word or a number, one space between words
        return text
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def lay_out(
    path: Path,
    name: str,
    fmt: str,
    cells: Sequence[Placed],
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    encoding: str | None = None,
) -> Sheet:
    """A sheet of the table's cells below the lines ``before`` and above the lines ``after``."""
    height = max((cell.row + cell.rows for cell in cells), default=0)
    width = max((cell.col + cell.cols for cell in cells), default=0)
    total = len(before) + height + len(after)
    if total > MAX_ROWS or total * max(width, 1) > MAX_CELLS:
        _refuse(path, name, total, width)
    width = max(width, 1)
    top = len(before)
    rows: list[list[CellValue]] = [[line, *[""] * (width - 1)] for line in before]
    rows += [[""] * width for _ in range(height)]
    rows += [[line, *[""] * (width - 1)] for line in after]
    merged: list[tuple[int, int, int, int]] = []
    for cell in cells:
        rows[top + cell.row][cell.col] = cell.value
        if cell.rows > 1 or cell.cols > 1:
            row = top + cell.row
            merged.append((row, cell.col, row + cell.rows - 1, cell.col + cell.cols - 1))
    return Sheet(path, name, rows, fmt, encoding=encoding, merged=merged)


def place_rows(path: Path, name: str, rows: Sequence[Sequence[tuple[CellValue, int, int]]]) -> list[Placed]:
    """HTML's layout of rows of (value, rowspan, colspan): each cell takes the first place in its row
    that no span from above covers. Spans are clamped to the table (a rowspan to the rows left, a
    colspan to the width the table's cells make, leaving room for the cells after it in its row):
    a colspan of 16,384 on the header's first cell pushed the header far right of the data, which
    then read as 0 rows."""
    width = table_width(rows)
    covered: dict[int, int] = {}  # column → the last row a span from above covers in it
    placed: list[Placed] = []
    area = 0
    for r, row in enumerate(rows):
        c = 0
        wanted = [min(max(colspan, 1), MAX_SPAN, width) for _, _, colspan in row]
        for i, (value, rowspan, _) in enumerate(row):
            while covered.get(c, -1) >= r:
                c += 1
            rowspan = min(max(rowspan, 1), MAX_SPAN, len(rows) - r)
            colspan = max(min(wanted[i], width - c - sum(wanted[i + 1 :])), 1)
            placed.append(Placed(r, c, rowspan, colspan, value))
            area += rowspan * colspan
            if area > MAX_CELLS:
                _refuse(path, name, len(rows), c + colspan)
            if rowspan > 1:  # only what a later row can run into
                covered.update((c + j, r + rowspan - 1) for j in range(colspan))
            c += colspan
    return placed


def table_width(rows: Sequence[Sequence[tuple[CellValue, int, int]]]) -> int:
    """The columns a table's cells make, each counted once, with the cells that rows above span into
    it: what its spans are clamped to (a span cannot widen the table past its own cells)."""
    width, ends = 0, list[int]()  # the last row each span from above covers
    for r, row in enumerate(rows):
        ends = [end for end in ends if end >= r]
        width = max(width, len(row) + len(ends))
        ends += [r + min(max(rowspan, 1), MAX_SPAN) - 1 for _, rowspan, _ in row if rowspan > 1]
    return max(width, 1)


def _refuse(path: Path, name: str, rows: int, columns: int) -> None:
    raise UnreadableFileError(
        str(path),
        "file-table-too-large",
        "hint-delete-beyond",
        name=name,
        height=rows,
        width=columns,
        rows=MAX_ROWS,
        cells=MAX_CELLS,
    )


def around_tables(blocks: Sequence[T | str]) -> list[tuple[str, T, list[str], list[str]]]:
    """A document's tables in order, each named table1, table2, … with the lines of text before it
    (back to the table before) and after it (up to the next): its title lines and its footer."""
    tables = [i for i, block in enumerate(blocks) if not isinstance(block, str)]
    found = []
    for number, at in enumerate(tables, 1):
        start = tables[number - 2] + 1 if number > 1 else 0
        end = tables[number] if number < len(tables) else len(blocks)
        before = [line for line in blocks[start:at] if isinstance(line, str)]
        after = [line for line in blocks[at + 1 : end] if isinstance(line, str)]
        table = blocks[at]
        assert not isinstance(table, str)
        found.append((f"table{number}", table, before, after))
    return found
