"""The Sheet every reader yields: raw cell values, each at its spreadsheet position, and cell names."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache, cached_property
from pathlib import Path

CellValue = str | float | int | bool | date | datetime | time | timedelta | None


@dataclass
class Sheet:
    """One sheet's cells as read: ``rows[0][0]`` is cell A1.

    An HTML page or a Word document gives one sheet per table (``table1``, ``table2``), its merged
    cells laid out as a workbook has them: the value in the top-left cell, the others empty.
    """

    path: Path  # a member of a zip is named archive.zip!member.xlsx
    name: str
    rows: list[list[CellValue]]
    format: str  # "csv", "xlsx", "xlsb", "xls", "ods", "html", "docx"
    encoding: str | None = None  # for CSV and HTML: the encoding that decoded it
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r0, c0, r1, c1)
    macros: bool = False  # the workbook carries VBA macros (read as data, never run)
    # The workbook's bytes when it is not a file of its own (a zip member), for reading its formulas.
    source: bytes | None = field(default=None, repr=False, compare=False)

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

        found: dict[tuple[int, int], str] = {}
        try:
            workbook = load_workbook(
                io.BytesIO(self.source) if self.source is not None else self.path,
                read_only=True,
                data_only=False,
            )
            try:
                for row in workbook[self.name].iter_rows():
                    for cell in row:
                        # Empty cells of a read-only sheet have no position and no formula.
                        if getattr(cell, "data_type", None) == "f" and cell.row and cell.column:
                            found[cell.row - 1, cell.column - 1] = str(cell.value)
            finally:
                workbook.close()
        except Exception:  # openpyxl is stricter than calamine (malformed XML): the values read stand
            return {}
        return found


@cache  # asked for each cell an issue or a detail names
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
