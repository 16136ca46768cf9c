"""Detail sheets: one row per district (indicator 4.2) or per LAO (indicator 4.1, with its statistics).

Each row is resolved against the reference (districts from geothai, LAOs from the DLA list), checked,
and the rows of a province add up to the same numbers a row of the letter's form gives: the province's
official target, the places with a center, and the rest. A place missing from the sheet is reported and
never counted as established.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from centertrack.catalog import Said
from centertrack.checks.cells import InvalidDateError, count, date_of, parse_status
from centertrack.checks.context import Context
from centertrack.checks.names import (
    Resolved,
    has_codes,
    label_of,
    name_of,
    resolve_district,
    resolve_lao,
    row_province,
    sheet_province,
)
from centertrack.checks.place_rows import PlaceRow, anchor_key, disagreement
from centertrack.checks.plain_rows import plain_places
from centertrack.form import STATISTICS_COLUMNS, Cell, Form, FormRow
from centertrack.indicators import Indicator
from centertrack.places import District, Lao, districts_of, laos_of
from centertrack.records import Detail, Entry, Statistics
from centertrack.reference import Province
from centertrack.thai import DateError


@dataclass
class _Province:
    """The places of one province met in the sheet, in order."""

    province: Province
    first: Cell
    places: dict[str, PlaceRow] = field(default_factory=dict)
    bad: bool = False


def check_detail(
    ctx: Context, form: Form, indicator: Indicator, as_of: date | None
) -> tuple[list[Entry], list[Detail]]:
    """Check a district- or LAO-level sheet; its rows summed per province, and each row as a Detail."""
    level = form.level
    default = sheet_province(ctx, form)
    if default is None and "province" not in form.columns and (level == "district" or not has_codes(form)):
        ctx.add("missing-column", form.sheet, column=Said("column-province"))
        return [], []
    provinces: dict[str, _Province] = {}
    read: dict[str, Province] = {}  # province cells as written, once resolved
    meant: set[str] = set()  # places that misspelled rows surely meant: not also said to be missing
    for row, resolved in zip(form.rows, plain_places(ctx, form, default, as_of), strict=True):
        if resolved is None:  # anything out of the ordinary: the full checks, with their issues
            province = row_province(ctx, form, row, default, read)
            if province is None:
                continue
            found: Resolved[District] | Resolved[Lao] = (
                resolve_district(ctx, form, row, province)
                if level == "district"
                else resolve_lao(ctx, form, row, province, bool(default) or "province" in form.columns)
            )
            if found.place is None:
                if found.meant is not None:
                    meant.add(found.meant)
                continue
            resolved = _read_place(ctx, form, row, found.place, as_of)
        group = provinces.setdefault(resolved.province.code, _Province(resolved.province, resolved.cell))
        key = resolved.place.code
        if key in group.places:
            first = group.places[key].cell
            code = "duplicate-district" if level == "district" else "duplicate-lao"
            ctx.add(
                code,
                form.sheet,
                resolved.cell,
                label_of(form, level),
                name=name_of(resolved.place),
                first=first.ref,
            )
            group.bad = True
            continue
        group.places[key] = resolved
        group.bad |= resolved.bad
    entries, details = [], []
    for group in provinces.values():
        missing, merged = _report_missing(ctx, form, group, level, indicator, meant)
        entries.append(_entry(form, group, indicator, level, merged))
        details += [_detail(form, group.province, p.place, level, p) for p in group.places.values()]
        details += [_detail(form, group.province, place, level) for place in missing]
    return entries, details


def _read_place(
    ctx: Context, form: Form, row: FormRow, place: District | Lao, as_of: date | None
) -> PlaceRow:
    """Status, date, location and statistics of a resolved row."""
    province = ctx.reference.by_code[place.province_code]
    anchor = row.cells[anchor_key(form.columns)]
    bad = False
    established, since = False, None
    status = row.get("established")
    if status is not None:
        try:
            state, since = parse_status(status.value)
            established = bool(state)
        except InvalidDateError as error:
            ctx.add(
                "establishment-date-invalid",
                form.sheet,
                status,
                form.labels["established"],
                reason=error.reason,
            )
            established = True  # a date, even a mistyped one, says it was set up
        except ValueError:
            ctx.add("status-unclear", form.sheet, status, form.labels["established"])
            bad = True
    date_cell = row.get("date")
    if date_cell is not None and not date_cell.blank:
        try:
            written_since = date_of(date_cell)
        except DateError as error:
            ctx.add(
                "establishment-date-invalid",
                form.sheet,
                date_cell,
                form.labels["date"],
                reason=error.reason,
            )
            written_since = None
        if written_since is not None:
            since = written_since
            if status is None or status.blank:
                established = True  # a date of establishment says it is set up
    if since is not None and as_of is not None and since > as_of:
        cell = date_cell if date_cell is not None and not date_cell.blank else status
        ctx.add(
            "establishment-date-after-report",
            form.sheet,
            cell,
            form.labels.get("date") or form.labels.get("established"),
            since=since.isoformat(),
            as_of=as_of.isoformat(),
        )
    statistics, stats_bad = _statistics(ctx, form, row, established)
    location = row.get("location")
    return PlaceRow(
        province,
        place,
        anchor,
        established,
        since,
        location.text.strip() if location else "",
        statistics,
        bad or stats_bad,
    )


def _statistics(ctx: Context, form: Form, row: FormRow, established: bool) -> tuple[Statistics | None, bool]:
    """The assistance statistics of an LAO row (blank cells count as 0), checked against each other."""
    keys = [k for k in STATISTICS_COLUMNS if k in form.columns]
    if not keys:
        return None, False
    values: dict[str, int] = {}
    for key in keys:
        cell = row.cells[key]
        if cell.blank:
            values[key] = 0
            continue
        number = count(ctx, form, cell, key)
        if number is None:
            return None, True
        values[key] = number
    stats = Statistics(**values)
    cells = row.cells
    problem = disagreement(stats, keys, established)
    if problem == "assisted-exceeds-received":
        ctx.add(
            "assisted-exceeds-received",
            form.sheet,
            cells["assisted"],
            form.labels["assisted"],
            assisted=stats.assisted,
            received=stats.received,
        )
        return stats, True
    if problem == "statistics-exceed-received":
        ctx.add(
            "statistics-exceed-received",
            form.sheet,
            cells["received"],
            form.labels["received"],
            assisted=stats.assisted,
            referred=stats.referred,
            pending=stats.pending,
            sum=stats.assisted + stats.referred + stats.pending,
            received=stats.received,
        )
        return stats, True
    if problem == "statistics-without-center":
        first = next(cells[k] for k in keys if values[k])
        ctx.add("statistics-without-center", form.sheet, first, form.labels[keys[0]])
    return stats, False


def _report_missing(
    ctx: Context, form: Form, group: _Province, level: str, indicator: Indicator, meant: set[str]
) -> tuple[list[District | Lao], int]:
    """Places of the province the sheet does not list: reported, never counted as established.

    A place a misspelled row surely meant is not reported again: its unknown-… error names it.
    Returns them all, and how many of the province's FY2561 LAOs the 2023 list no longer has (merged since).
    """
    province = group.province
    every = districts_of(province.code) if level == "district" else laos_of(province.code)
    missing: list[District | Lao] = [place for place in every if place.code not in group.places]
    unsaid = [place for place in missing if place.code not in meant]
    if unsaid:
        names = [name_of(place) for place in unsaid]  # all of them: a list of ours is never cut
        code = "missing-district" if level == "district" else "missing-lao"
        ctx.add(
            code,
            form.sheet,
            count=len(unsaid),
            province=province.name_th,
            province_en=province.name_en,
            names=names,
        )
    target = indicator.target_of(province)
    if level == "lao" and len(every) != target:
        ctx.add(
            "reference-changed",
            form.sheet,
            province=province.name_th,
            province_en=province.name_en,
            target=target,
            listed=len(every),
            gap=target - len(every),
        )
    return missing, max(target - len(every), 0) if level == "lao" else 0


def _entry(form: Form, group: _Province, indicator: Indicator, level: str, merged: int) -> Entry:
    places = group.places.values()
    total = indicator.target_of(group.province)
    established = sum(1 for place in places if place.established)
    statistics = None
    if "received" in form.columns or any(k in form.columns for k in STATISTICS_COLUMNS):
        statistics = Statistics.total(p.statistics for p in places if p.statistics)
    return Entry(
        group.province,
        total,
        established,
        max(total - established, 0),
        # Said where the province's numbers are shown (the annex's หมายเหตุ): why it cannot reach its target.
        f"ควบรวมแล้ว {merged} แห่ง: นับเป็นยังไม่ได้จัดตั้ง" if merged else "",
        str(form.sheet.path),
        form.sheet.name,
        group.first.row + 1,
        group.first.ref,
        flagged=group.bad,
        level="district" if level == "district" else "lao",
        statistics=statistics,
    )


def _detail(
    form: Form, province: Province, where: District | Lao, level: str, place: PlaceRow | None = None
) -> Detail:
    """A place as its row reports it; without a row (place None): not set up, as it is counted."""
    if isinstance(where, Lao):
        name, district = where.short_name_th, where.district_th
    else:
        name, district = where.name_th, where.name_th
    return Detail(
        "district" if level == "district" else "lao",
        province,
        where.code,
        name,
        district,
        place.established if place else False,
        place.since if place else None,
        place.location if place else "",
        place.statistics if place else None,
        str(form.sheet.path),
        form.sheet.name,
        place.cell.ref if place else "",
        place is not None,
    )
