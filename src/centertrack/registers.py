"""Case registers (indicator 4.1) read as columns: one row per request for assistance.

A register may hold a million rows, so a CSV register is read with pandas (imported here only, when a
register is met), each used column as categories: every distinct value (an LAO, an outcome, a date)
can then be resolved once by the checks (``checks.registers``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.form import TOTAL_LABELS, Cell, Form, cell_text, find_header, label_key, parse_form
from centertrack.limits import MAX_FILE_BYTES, MAX_ROWS
from centertrack.readers import Sheet, decode_text, sniff_delimiter

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Codes = npt.NDArray[np.int64]

_TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
_HEAD_BYTES = 1 << 16  # enough for any header and title lines
_TAIL_BYTES = 1 << 12  # enough for a footer
# The columns a register is read by: what identifies the LAO, when the request came, what came of it.
_USED = ("province", "code", "lao_code", "lao", "district", "lao_type", "received_date", "outcome")


@dataclass
class Column:
    """One column of a register: each row's code into the column's distinct values (-1: blank)."""

    codes: Codes
    values: list[str]
    col: int  # 0-based column in the sheet


@dataclass
class Register:
    """A register's used columns, and the sheet row of each of its rows."""

    form: Form
    columns: dict[str, Column]
    rows: Codes  # 0-based sheet row of each register row

    def __len__(self) -> int:
        return len(self.rows)

    def subset(self, keep: Codes) -> Register:
        """The register's rows at the positions ``keep``."""
        columns = {key: replace(column, codes=column.codes[keep]) for key, column in self.columns.items()}
        return Register(self.form, columns, self.rows[keep])


def peek_register(path: Path) -> tuple[Form, str] | None:
    """The header of a CSV case register and its delimiter, found by the usual header logic in the
    file's first lines; None for anything else (a workbook, another level, what pandas should not
    read): the file is then read whole, as any other."""
    if path.suffix.lower() not in _TEXT_SUFFIXES:
        return None
    try:
        if not 0 < path.stat().st_size <= MAX_FILE_BYTES:
            return None  # the general reader says why
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return None
    if b"\x00" in head:  # UTF-16 or binary: the general reader
        return None
    if len(head) == _HEAD_BYTES:
        head = head[: head.rfind(b"\n") + 1]  # whole lines only
    try:
        text, encoding = decode_text(head)
    except UnicodeDecodeError:
        return None
    if encoding == "utf-8+cp874":  # lines in two encodings: the general reader decodes line by line
        return None
    delimiter = sniff_delimiter(text)
    rows: list[list[Any]] = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    sheet = Sheet(path, path.stem, rows, "csv", encoding=encoding)
    found = find_header(sheet)
    if found is None or Form(sheet, *found).level != "case":
        return None  # its header says it is no register: its rows are for the general reader alone
    form = parse_form(sheet)
    if form is None:
        return None
    # What the head holds below the header is read again below, whole.
    form.rows, form.totals, form.numbers, form.blank_runs = [], None, [], []
    form.text_lines = [cell for cell in form.text_lines if cell.row < form.header_rows[0]]
    return form, delimiter


def read_register(form: Form, delimiter: str) -> Register | None:
    """A CSV register whose header ``peek_register`` found, its used columns read as categories.

    None when pandas cannot read it as one table (ragged rows, a line in another encoding): the
    general reader then reads it and reports what is wrong, at its place.
    """
    import pandas as pd

    sheet = form.sheet
    used = {col: key for key, col in used_columns(form).items()}
    first = form.header_rows[-1] + 1
    try:
        frame = pd.read_csv(
            sheet.path,
            sep=delimiter,
            encoding=sheet.encoding,
            header=None,
            skiprows=first,
            usecols=sorted(used),
            dtype="category",
            na_filter=False,
            skip_blank_lines=False,  # a blank line keeps its place: rows are numbered as in the file
            nrows=MAX_ROWS + 1,
            low_memory=False,  # one pass, no categories to merge across chunks: a third faster
        )
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError):
        return None
    if len(frame) > MAX_ROWS:
        return None  # the general reader refuses it, with the limit
    import numpy as np

    columns = {}
    for col, key in used.items():
        values = frame[col].cat
        columns[key] = _column(values.codes.to_numpy().astype(np.int64), list(values.categories), col)
    form.text_lines += _footer(form, delimiter, first + len(frame) - 1, set(used))
    return Register(form, columns, np.arange(first, first + len(frame), dtype=np.int64))


def _footer(form: Form, delimiter: str, last: int, used: set[int]) -> list[Cell]:
    """Text below the last request (อัปเดตวันที่ 15/6/61), which pandas read as rows of blanks in the
    used columns: the file's last lines, read again for the report's date, as the general reader
    keeps them. A blank line is a row for both, so the last line read is the sheet's ``last`` row."""
    sheet = form.sheet
    with sheet.path.open("rb") as handle:
        handle.seek(max(handle.seek(0, io.SEEK_END) - _TAIL_BYTES, 0))
        tail = handle.read()
    text = tail.decode(sheet.encoding or "utf-8", errors="replace")
    lines = text.splitlines(keepends=True)[1:] if len(tail) == _TAIL_BYTES else text.splitlines(True)
    records = list(csv.reader(io.StringIO("".join(lines), newline=""), delimiter=delimiter))
    cells: list[Cell] = []
    for back, values in enumerate(reversed(records)):
        row = last - back
        if row <= form.header_rows[-1] or any(values[c].strip() for c in used if c < len(values)):
            break  # a request: the footer ends here
        cells[:0] = [Cell(v, row, c) for c, v in enumerate(values) if v.strip()]
    return cells


def read_csv_register(path: Path) -> Register | None:
    """A CSV file read as a case register, when it is one that pandas can read."""
    found = peek_register(path)
    return read_register(*found) if found is not None else None


def register_of(form: Form) -> Register:
    """A register read whole as a sheet (a workbook, a small or irregular CSV), as columns."""
    import numpy as np
    import pandas as pd

    columns = {}
    name = {col: key for key, col in form.columns.items()}  # the outcome may be the สถานะ column
    for key, col in used_columns(form).items():
        texts = [cell_text(row.value(name[col])) for row in form.rows]
        codes, uniques = pd.factorize(np.array(texts, dtype=object))
        columns[key] = _column(codes.astype(np.int64), list(uniques), col)
    rows = np.array([row.row for row in form.rows], dtype=np.int64)
    return Register(form, columns, rows)


def used_columns(form: Form) -> dict[str, int]:
    """The columns a register is read by; without an outcome column, สถานะ (which the header logic
    takes for a center's establishment) is the request's outcome."""
    used = {key: form.columns[key] for key in _USED if key in form.columns}
    if "outcome" not in used and "established" in form.columns:
        used["outcome"] = form.columns["established"]
    return used


def _column(codes: Codes, values: Sequence[object], col: int) -> Column:
    """Blank values (and the missing cells of short rows) as -1."""
    import numpy as np

    texts = [str(v) for v in values]
    blank = np.array([not t.strip() for t in texts] + [True], dtype=bool)  # [-1]: a missing cell
    return Column(np.where(blank[codes], -1, codes), texts, col)


def cases_of(register: Register) -> Register:
    """The rows that are requests: not those with nothing in the used columns (blank lines, a footer
    in another column), nor a totals row."""
    import numpy as np

    columns = register.columns
    live = np.zeros(len(register), dtype=bool)
    for column in columns.values():
        live |= column.codes >= 0
    for key in ("lao", "province"):  # where a totals row writes รวม
        if key in columns:
            column = columns[key]
            totals = [len(v) < 20 and label_key(v) in TOTAL_LABELS for v in column.values] + [False]
            live &= ~np.array(totals)[column.codes]
    return register if live.all() else register.subset(np.flatnonzero(live))
