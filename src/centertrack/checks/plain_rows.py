"""The plain rows of a detail sheet, read column by column: the fast path of ``detail``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from operator import itemgetter
from typing import Any

from centertrack.checks.cells import date_of, parse_status
from centertrack.checks.context import Context
from centertrack.checks.names import LAO_CODE
from centertrack.checks.place_rows import PlaceRow, anchor_key, disagreement
from centertrack.form import STATISTICS_COLUMNS, Cell, Form, cell_text, is_blank, plain_count
from centertrack.places import District, Lao, lao_by_code, match_district
from centertrack.readers import CellValue
from centertrack.records import Statistics
from centertrack.reference import Province
from centertrack.thai import DateError


def plain_places(
    ctx: Context, form: Form, default: Province | None, as_of: date | None
) -> list[PlaceRow | None]:
    """Each row's place when the row is plain, read column by column from its values; else None.

    Most rows are plain: a province as written before, a DLA code of that province with its name as
    the list has it (or a district's name), a status and a date as offices write them, whole-number
    statistics that agree. Such a row gives no issue, so it needs neither its cells nor the full
    checks, whose work per cell was most of the time of the national LAO sheet. Each column is read
    once and each distinct value in it parsed once (a sheet repeats its provinces, statuses, dates
    and small counts thousands of times). A row given None takes the full checks, which find the
    same place and say what is wrong (a test checks every fixture both ways); so does the first row
    of each province as written, which reports a spelling to normalize once.
    """
    columns, rows = form.columns, form.rows
    value_rows = [row.values for row in rows]
    shortest = min(map(len, value_rows), default=0)

    def column(key: str, parse: Callable[[CellValue], Any] = cell_text) -> list[Any]:
        if key not in columns:
            return [parse(None)] * len(rows)
        col = columns[key]
        if col < shortest:
            values = list(map(itemgetter(col), value_rows))
        else:
            values = [v[col] if col < len(v) else None for v in value_rows]
        return _parse_each(values, parse)

    by_code = ctx.reference.by_code
    # The DLA code: its own column, or one headed just รหัส (as row_province and resolve_lao read it).
    code_key = "lao_code" if "lao_code" in columns else "code"
    codes = column(code_key)
    laos = [lao_by_code(code) if code and not code.isspace() else None for code in codes]
    provinces: list[Province | None]
    if "province" in columns:
        written = column("province")
        known = {text: _plain_province(ctx, text) for text in set(written)}
        first = {text: index for index, text in reversed(list(enumerate(written)))}
        provinces = [known[text] for text in written]
        for index in first.values():
            provinces[index] = None
    else:
        provinces = [by_code[lao.province_code] if lao else default for lao in laos]
    if form.level == "district":
        places: list[District | Lao | None] = [
            _plainresolve_district(text, province) if province else None
            for text, province in zip(column("district"), provinces, strict=True)
        ]
    else:
        if code_key == "code":  # a column headed รหัส holds DLA codes only where they look like one
            laos = [lao if LAO_CODE.match(code) else None for lao, code in zip(laos, codes, strict=True)]
        places = [
            lao if lao and province and lao.province_code == province.code and _same_name(name, lao) else None
            for lao, province, name in zip(laos, provinces, column("lao"), strict=True)
        ]
    anchor = anchor_key(columns)
    anchor_col = columns[anchor]
    keys = [key for key in STATISTICS_COLUMNS if key in columns]
    csv = form.sheet.format == "csv"
    count = partial(_count, csv=csv)
    # received, assisted, referred, pending of each row, in Statistics' order (0 for a column not there)
    numbers = zip(
        *(column(key, count) if key in keys else [0] * len(rows) for key in STATISTICS_COLUMNS), strict=True
    )
    found: list[PlaceRow | None] = []
    for row, place, status, status_blank, written_date, location, counts, anchor_value in zip(
        rows,
        places,
        column("established", _status),
        column("established", is_blank),
        column("date", _date),
        column("location"),
        numbers,
        column(anchor, _same),
        strict=True,
    ):
        if place is None or status is None or written_date is None or None in counts:
            found.append(None)
            continue
        established, since = bool(status[0]), written_date[0] or status[1]
        if written_date[0] is not None and status_blank:
            established = True  # a date of establishment says it is set up
        if since is not None and as_of is not None and since > as_of:
            found.append(None)
            continue
        statistics = None
        if keys:
            statistics = Statistics(*counts)
            if disagreement(statistics, keys, established):
                found.append(None)
                continue
        found.append(
            PlaceRow(
                by_code[place.province_code],
                place,
                Cell(anchor_value, row.row, anchor_col),
                established,
                since,
                location.strip(),
                statistics,
                False,
            )
        )
    return found


def _plain_province(ctx: Context, written: str) -> Province | None:
    match = ctx.reference.match(written) if written.strip() else None
    return match.province if match is not None and match.province.supervised else None


def _plainresolve_district(written: str, province: Province) -> District | None:
    match = match_district(written.strip(), province.code) if written.strip() else None
    return match.place if match is not None else None


def _same_name(written: str, lao: Lao) -> bool:
    """The name cell is blank, or names the LAO as the list does."""
    name = written.strip()
    return not name or name in (lao.short_name_th, lao.full_name_th)


def _parse_each(values: list[CellValue], parse: Callable[[CellValue], Any]) -> list[Any]:
    """parse applied to each distinct value once."""
    distinct = set(values)
    if any(value.__class__ is bool for value in distinct):  # True == 1: a set cannot tell them apart
        return [parse(value) for value in values]
    parsed = {value: parse(value) for value in distinct}
    return [parsed[value] for value in values]


def _same(value: CellValue) -> CellValue:
    return value


def _status(value: CellValue) -> tuple[bool | None, date | None] | None:
    """A status cell read (see parse_status); None for one the full checks report."""
    try:
        return parse_status(value)
    except ValueError:
        return None


def _date(value: CellValue) -> tuple[date | None] | None:
    """(the date a date cell gives, None for a blank or a dash); None for one the full checks report."""
    if is_blank(value):
        return (None,)
    try:
        return (date_of(Cell(value, 0, 0)),)
    except DateError:
        return None


def _count(value: CellValue, csv: bool) -> int | None:
    return 0 if is_blank(value) else plain_count(value, csv)
