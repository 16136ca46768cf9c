"""Case registers (indicator 4.1): one row per request for assistance, added up per LAO and province.

Letter ว 435 judges 4.1 "also by the statistics of assistance given", and offices keep a register of
the requests they receive. A register may hold a million rows, so it is read and checked column by
column with pandas (imported here only, when a register is met): each distinct value (an LAO, an
outcome, a date) is resolved once, and each problem is reported once, at its first cell, with how many
more rows share it. A register says nothing of whether a center is set up: its provinces carry
statistics with their establishment unknown.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.detail import date_of, has_codes, resolve_lao, row_province, sheet_province
from centertrack.form import TOTAL_LABELS, Cell, Form, FormRow, cell_text, label_key, parse_form
from centertrack.indicators import Indicator
from centertrack.issues import Issue
from centertrack.limits import MAX_FILE_BYTES, MAX_ROWS
from centertrack.places import Lao, lao_by_code
from centertrack.readers import CellValue, Sheet, decode_text, sniff_delimiter
from centertrack.records import Entry, Statistics
from centertrack.reference import Province
from centertrack.thai import DateError, to_arabic_digits

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from centertrack.validate import Checker

    Codes = npt.NDArray[np.int64]

_TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
_HEAD_BYTES = 1 << 16  # enough for any header and title lines
_TAIL_BYTES = 1 << 12  # enough for a footer
# The columns a register is read by: what identifies the LAO, when the request came, what came of it.
_USED = ("province", "code", "lao_code", "lao", "district", "lao_type", "received_date", "outcome")
# Outcomes as offices write them, spaces removed and case folded; tried in this order, by prefix
# ("ส่งต่อหน่วยงานอื่นแล้ว" is referred, although it ends in แล้ว).
_OUTCOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("referred", ("ส่งต่อ", "ส่งเรื่องต่อ", "refer", "forwarded", "transferred")),
    ("pending", ("อยู่ระหว่าง", "รอดำเนินการ", "รอการ", "ค้างดำเนินการ", "pending", "inprogress", "open")),
    (
        "assisted",
        (
            "ช่วยเหลือแล้ว",
            "ให้ความช่วยเหลือแล้ว",
            "ดำเนินการแล้วเสร็จ",
            "ดำเนินการเสร็จ",
            "แล้วเสร็จ",
            "เสร็จสิ้น",
            "assisted",
            "helped",
            "resolved",
            "completed",
            "done",
        ),
    ),
)
_KINDS = ("assisted", "referred", "pending")
_SPACES = re.compile(r"\s+")


def outcome_of(text: str) -> str | None:
    """ "assisted", "referred" or "pending" for an outcome as written, or None when it says neither."""
    key = _SPACES.sub("", to_arabic_digits(text)).casefold()
    for kind, prefixes in _OUTCOMES:
        if key.startswith(prefixes):
            return kind
    return None


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


# ------------------------------------------------------------------------------------------ reading


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
    form = parse_form(Sheet(path, path.stem, rows, "csv", encoding=encoding))
    if form is None or form.level != "case":
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


# ----------------------------------------------------------------------------------------- checking


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


def check_register(
    checker: Checker, register: Register, indicator: Indicator, as_of: date | None
) -> list[Entry]:
    """Check a register's requests (``cases_of``) and add them up: per LAO, then per province.

    A province's Entry carries its statistics; its centers are unknown (level "case"). An outcome
    that says nothing flags the province, as an unreadable cell of an LAO-level sheet does."""
    import numpy as np

    form = register.form
    default = sheet_province(checker, form)
    if default is None and "province" not in form.columns and not has_codes(form):
        checker.add("missing-column", form.sheet, column_th="จังหวัด", column_en="Province")
        return []
    issues: list[Issue] = []
    place, laos = _resolve(checker, register, default, issues)
    kind = _outcomes(checker, register, issues)
    _dates(checker, register, as_of, issues)
    checker.issues += _merged(issues)

    resolved = place >= 0
    if not resolved.all():
        left_out = register.rows[~resolved] + 1
        shown = ", ".join(map(str, left_out[:10])) + (" …" if len(left_out) > 10 else "")
        checker.add("rows-excluded", form.sheet, count=len(left_out), rows=shown)
    place, kind, rows = place[resolved], kind[resolved], register.rows[resolved]
    counts = np.bincount(place * 4 + kind + 1, minlength=4 * len(laos)).reshape(-1, 4).tolist()
    first_row = np.full(len(laos), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first_row, place, rows)
    unclear = np.zeros(len(laos), dtype=bool)
    if "outcome" in register.columns:  # without the column, no outcome was expected
        unclear[place[kind < 0]] = True

    groups: dict[str, tuple[int, Statistics, bool]] = {}  # province code → first row, sums, flagged
    for lao, (unknown, assisted, referred, pending) in enumerate(counts):
        stats = Statistics(unknown + assisted + referred + pending, assisted, referred, pending)
        first, total, bad = groups.get(laos[lao].code, (int(first_row[lao]), Statistics(), False))
        groups[laos[lao].code] = (min(first, int(first_row[lao])), total + stats, bad or bool(unclear[lao]))
    anchor = _anchor(form)
    return [
        Entry(
            checker.reference.by_code[code],
            indicator.target_of(checker.reference.by_code[code]),
            0,
            0,
            "",
            str(form.sheet.path),
            form.sheet.name,
            first + 1,
            Cell(None, first, anchor).ref,
            flagged=bad,
            level="case",
            statistics=stats,
        )
        for code, (first, stats, bad) in sorted(groups.items(), key=lambda item: item[1][0])
    ]


def _anchor(form: Form) -> int:
    return next(form.columns[k] for k in ("lao", "lao_code", "code", "province") if k in form.columns)


def _groups(register: Register, keys: Sequence[str]) -> tuple[Codes, Codes, Codes]:
    """Distinct combinations of the columns' values: each row's group, each group's first row and size."""
    import numpy as np
    import pandas as pd

    combined = np.zeros(len(register), dtype=np.int64)
    for key in keys:
        column = register.columns[key]
        combined = combined * (len(column.values) + 1) + column.codes + 1
        combined = pd.factorize(combined)[0].astype(np.int64)  # keeps the numbers below the row count
    _, first, group, size = np.unique(combined, return_index=True, return_inverse=True, return_counts=True)
    return group.astype(np.int64), first.astype(np.int64), size.astype(np.int64)


def _form_row(register: Register, index: int) -> FormRow:
    columns = register.form.columns
    values: list[CellValue] = [None] * (max(columns.values(), default=-1) + 1)
    for key, col in columns.items():
        column = register.columns.get(key)
        code = int(column.codes[index]) if column is not None else -1
        values[col] = column.values[code] if column is not None and code >= 0 else None
    return FormRow(int(register.rows[index]), values, columns)


def _resolve(
    checker: Checker, register: Register, default: Province | None, issues: list[Issue]
) -> tuple[Codes, list[Province]]:
    """Each row's LAO (an index into the returned list of each LAO's province; -1: unresolved).

    The usual row, a DLA code with the name and province the list gives it, is matched as a column;
    every other distinct combination of the cells that name an LAO is resolved once, as a row of an
    LAO-level sheet is, and its issues are reported once for all the rows that share it.
    """
    import numpy as np

    form = register.form
    found: dict[str, int] = {}  # DLA code → index
    provinces: list[Province] = []

    def index(lao: Lao) -> int:
        if lao.code not in found:
            found[lao.code] = len(provinces)
            provinces.append(checker.reference.by_code[lao.province_code])
        return found[lao.code]

    place = _by_code(checker, register, index)
    slow = np.flatnonzero(place < 0)
    if not len(slow):
        return place, provinces
    rest = register.subset(slow)
    keys = [k for k in ("province", "code", "lao_code", "lao", "district", "lao_type") if k in rest.columns]
    group, first, size = _groups(rest, keys)
    province_known = default is not None or "province" in form.columns
    lao_of_group = np.full(len(first), -1, dtype=np.int64)
    for g, (at, count) in enumerate(zip(first.tolist(), size.tolist(), strict=True)):
        row = _form_row(rest, at)
        with _collected(checker, issues, count):
            province = row_province(checker, form, row, default, {})
            lao = resolve_lao(checker, form, row, province, province_known) if province else None
        if lao is not None:
            lao_of_group[g] = index(lao)
    place[slow] = lao_of_group[group]
    return place, provinces


def _by_code(checker: Checker, register: Register, index: Callable[[Lao], int]) -> Codes:
    """Rows whose DLA code is in the list and whose name and province, where given, are the ones the
    list has for it, exactly: their LAO's index; -1 for the others."""
    import numpy as np

    column = register.columns.get("lao_code") or register.columns.get("code")
    if column is None:
        return np.full(len(register), -1, dtype=np.int64)
    laos = [lao_by_code(text) for text in column.values]
    # Each row's code, as the index of the column's distinct value; -1 where it is no DLA code.
    code = np.array([i if lao else -1 for i, lao in enumerate(laos)] + [-1], dtype=np.int64)[column.codes]

    def agrees(key: str, *names: Callable[[Lao], str]) -> None:
        written = register.columns.get(key)
        if written is None:
            return
        positions = {text: i for i, text in enumerate(written.values)}
        ok = np.zeros(len(register), dtype=bool)
        for name in names:
            table = [positions.get(name(lao), -2) if lao else -2 for lao in laos] + [-2]
            ok |= written.codes == np.array(table, dtype=np.int64)[code]
        code[~ok] = -1

    by_code = checker.reference.by_code
    agrees("lao", lambda lao: lao.short_name_th, lambda lao: lao.full_name_th)
    agrees("province", lambda lao: by_code[lao.province_code].name_th)
    table = np.full(len(laos) + 1, -1, dtype=np.int64)
    for i in np.flatnonzero(np.bincount(code[code >= 0], minlength=len(laos))).tolist():
        table[i] = index(laos[i])  # type: ignore[arg-type]  # a code of the list, by construction
    return table[code]


def _outcomes(checker: Checker, register: Register, issues: list[Issue]) -> Codes:
    """Each row's outcome: 0 assisted, 1 referred, 2 pending, -1 unclear (reported once per value)."""
    import numpy as np

    column = register.columns.get("outcome")
    if column is None:  # a register of dates alone: every request received, none of its outcomes known
        return np.full(len(register), -1, dtype=np.int64)
    kinds = [outcome_of(v) for v in column.values]
    table = np.array([_KINDS.index(k) if k else -1 for k in kinds] + [-1], dtype=np.int64)
    kind = table[column.codes]
    form = register.form
    label = form.labels.get("outcome") or form.labels.get("established")
    for code in [i for i, k in enumerate(kinds) if k is None] + [-1]:
        rows = np.flatnonzero(column.codes == code)
        if len(rows):
            written = column.values[code] if code >= 0 else ""
            cell = Cell(written, int(register.rows[rows[0]]), column.col)
            what = (
                (f"{written!r} ไม่บอกผลการดำเนินการ", f"{written!r} does not say what came of the request")
                if written
                else ("ช่องผลการดำเนินการว่าง", "the outcome cell is empty")
            )
            with _collected(checker, issues, len(rows)):
                checker.add("outcome-unclear", form.sheet, cell, label, what_th=what[0], what_en=what[1])
    return kind


def _dates(checker: Checker, register: Register, as_of: date | None, issues: list[Issue]) -> None:
    """Dates received: each distinct one read once; impossible ones reported once each, and the rows
    dated after the report (or after today, without one) once in all."""
    import numpy as np

    column = register.columns.get("received_date")
    if column is None:
        return
    form = register.form
    label = form.labels["received_date"]
    limit = as_of or checker.today
    ordinal = np.zeros(len(column.values) + 1, dtype=np.int64)  # 0: blank or not a date
    for code, text in enumerate(column.values):
        try:
            found = date_of(Cell(text, 0, column.col))
        except DateError as error:
            rows = np.flatnonzero(column.codes == code)
            if len(rows):
                cell = Cell(text, int(register.rows[rows[0]]), column.col)
                with _collected(checker, issues, len(rows)):
                    checker.add(
                        "received-date-invalid",
                        form.sheet,
                        cell,
                        label,
                        reason=str(error),
                        reason_th=error.thai,
                    )
            continue
        ordinal[code] = found.toordinal() if found else 0
    late = np.flatnonzero(ordinal[column.codes] > limit.toordinal())
    if len(late):
        code = int(column.codes[late[0]])
        cell = Cell(column.values[code], int(register.rows[late[0]]), column.col)
        with _collected(checker, issues, len(late)):
            checker.add(
                "received-date-after-report",
                form.sheet,
                cell,
                label,
                since=date.fromordinal(int(ordinal[code])).isoformat(),
                as_of=limit.isoformat(),
            )


class _collected:
    """Issues a check adds while resolving one distinct value: moved to ``issues``, each marked with
    how many more rows share the value."""

    def __init__(self, checker: Checker, issues: list[Issue], count: int) -> None:
        self.checker, self.issues, self.count = checker, issues, count

    def __enter__(self) -> None:
        self.start = len(self.checker.issues)

    def __exit__(self, *_: object) -> None:
        added = self.checker.issues[self.start :]
        del self.checker.issues[self.start :]
        self.issues += [replace(issue, more=issue.more + self.count - 1) for issue in added]


def _merged(issues: list[Issue]) -> list[Issue]:
    """One issue per distinct problem: the same code, column, value and words met from several
    distinct combinations (จ.ภูเก็ต normalized for each LAO of Phuket) becomes one, at its first row."""
    merged: dict[tuple[object, ...], Issue] = {}
    for issue in issues:
        key = (issue.code, issue.column, issue.value, tuple(sorted(map(repr, issue.params.items()))))
        seen = merged.get(key)
        if seen is None:
            merged[key] = issue
        else:
            first = seen if (seen.row or 0) <= (issue.row or 0) else issue
            merged[key] = replace(first, more=seen.more + issue.more + 1)
    return list(merged.values())
