"""Case registers (indicator 4.1): each request's LAO, outcome and date checked, then added up per
LAO and province.

Letter ว 435 judges 4.1 "also by the statistics of assistance given", and offices keep a register of
the requests they receive. The register comes read as columns (``centertrack.registers``): each
distinct value is resolved once, and each problem is reported once, at its first cell, with how many
more rows share it. A register says nothing of whether a center is set up: its provinces carry
statistics with their establishment unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from centertrack.catalog import Said
from centertrack.checks.cells import OUTCOMES, date_of, outcome_of
from centertrack.checks.context import Context
from centertrack.checks.names import has_codes, resolve_lao, row_province, sheet_province
from centertrack.form import Cell, Form, FormRow
from centertrack.indicators import Indicator
from centertrack.issues import Issue
from centertrack.places import Lao, lao_by_code
from centertrack.readers import CellValue
from centertrack.records import Entry, Statistics
from centertrack.reference import Province
from centertrack.registers import Register
from centertrack.thai import DateError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Codes = npt.NDArray[np.int64]


def check_register(ctx: Context, register: Register, indicator: Indicator, as_of: date | None) -> list[Entry]:
    """Check a register's requests (``cases_of``) and add them up: per LAO, then per province.

    A province's Entry carries its statistics; its centers are unknown (level "case"). An outcome
    that says nothing flags the province, as an unreadable cell of an LAO-level sheet does."""
    import numpy as np

    form = register.form
    default = sheet_province(ctx, form)
    if default is None and "province" not in form.columns and not has_codes(form):
        ctx.add("missing-column", form.sheet, column=Said("column-province"))
        return []
    found = ctx.apart()  # each problem once for all the rows that share it, merged below
    place, laos = _resolve(found, register, default)
    kind = _outcomes(found, register)
    _dates(found, register, as_of)
    ctx.issues += _merged(found.issues)

    resolved = place >= 0
    if not resolved.all():
        left_out = register.rows[~resolved] + 1
        # The first rows only: a register may leave out a million, and each is also in its own issue.
        shown = ", ".join(map(str, left_out[:10])) + (" …" if len(left_out) > 10 else "")
        ctx.add("rows-excluded", form.sheet, count=len(left_out), rows=shown)
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
            ctx.reference.by_code[code],
            indicator.target_of(ctx.reference.by_code[code]),
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


def _resolve(ctx: Context, register: Register, default: Province | None) -> tuple[Codes, list[Province]]:
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
            provinces.append(ctx.reference.by_code[lao.province_code])
        return found[lao.code]

    place = _by_code(ctx, register, index)
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
        with _for_rows(ctx, count) as shared:
            province = row_province(shared, form, row, default, {})
            lao = resolve_lao(shared, form, row, province, province_known).place if province else None
        if lao is not None:
            lao_of_group[g] = index(lao)
    place[slow] = lao_of_group[group]
    return place, provinces


def _by_code(ctx: Context, register: Register, index: Callable[[Lao], int]) -> Codes:
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

    by_code = ctx.reference.by_code
    agrees("lao", lambda lao: lao.short_name_th, lambda lao: lao.full_name_th)
    agrees("province", lambda lao: by_code[lao.province_code].name_th)
    table = np.full(len(laos) + 1, -1, dtype=np.int64)
    for i in np.flatnonzero(np.bincount(code[code >= 0], minlength=len(laos))).tolist():
        table[i] = index(laos[i])  # type: ignore[arg-type]  # a code of the list, by construction
    return table[code]


def _outcomes(ctx: Context, register: Register) -> Codes:
    """Each row's outcome: 0 assisted, 1 referred, 2 pending, -1 unclear (reported once per value)."""
    import numpy as np

    column = register.columns.get("outcome")
    if column is None:  # a register of dates alone: every request received, none of its outcomes known
        return np.full(len(register), -1, dtype=np.int64)
    kinds = [outcome_of(v) for v in column.values]
    table = np.array([OUTCOMES.index(k) if k else -1 for k in kinds] + [-1], dtype=np.int64)
    kind = table[column.codes]
    form = register.form
    label = form.labels.get("outcome") or form.labels.get("established")
    for code in [i for i, k in enumerate(kinds) if k is None] + [-1]:
        rows = np.flatnonzero(column.codes == code)
        if len(rows):
            written = column.values[code] if code >= 0 else ""
            cell = Cell(written, int(register.rows[rows[0]]), column.col)
            what = Said("outcome-not-said", {"written": written}) if written else Said("outcome-cell-empty")
            with _for_rows(ctx, len(rows)) as shared:
                shared.add("outcome-unclear", form.sheet, cell, label, what=what)
    return kind


def _dates(ctx: Context, register: Register, as_of: date | None) -> None:
    """Dates received: each distinct one read once; impossible ones reported once each, and the rows
    dated after the report (or after today, without one) once in all."""
    import numpy as np

    column = register.columns.get("received_date")
    if column is None:
        return
    form = register.form
    label = form.labels["received_date"]
    limit = as_of or ctx.today
    ordinal = np.zeros(len(column.values) + 1, dtype=np.int64)  # 0: blank or not a date
    for code, text in enumerate(column.values):
        try:
            found = date_of(Cell(text, 0, column.col))
        except DateError as error:
            rows = np.flatnonzero(column.codes == code)
            if len(rows):
                cell = Cell(text, int(register.rows[rows[0]]), column.col)
                with _for_rows(ctx, len(rows)) as shared:
                    shared.add(
                        "received-date-invalid",
                        form.sheet,
                        cell,
                        label,
                        reason=error.reason,
                    )
            continue
        ordinal[code] = found.toordinal() if found else 0
    late = np.flatnonzero(ordinal[column.codes] > limit.toordinal())
    if len(late):
        code = int(column.codes[late[0]])
        cell = Cell(column.values[code], int(register.rows[late[0]]), column.col)
        with _for_rows(ctx, len(late)) as shared:
            shared.add(
                "received-date-after-report",
                form.sheet,
                cell,
                label,
                since=date.fromordinal(int(ordinal[code])).isoformat(),
                as_of=limit.isoformat(),
            )


@contextmanager
def _for_rows(ctx: Context, rows: int) -> Iterator[Context]:
    """A context of its own for a check of one distinct value that ``rows`` rows share: its issues are
    then kept in ``ctx``, each marked with how many more rows have the same problem."""
    shared = ctx.apart()
    yield shared
    ctx.issues += [replace(issue, more=issue.more + rows - 1) for issue in shared.issues]


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
