"""The monthly rounds as the store holds them: each province's latest report at or before a round
(carried forward), a stored round's Summary, and the Trend over the rounds (of the centers, and of 4.1's
assistance statistics); from the store alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from typing import Any

from centertrack.catalog import Field
from centertrack.catalog.rounds import said_round
from centertrack.errors import UsageError
from centertrack.history.store import Store, load_params
from centertrack.indicators import Indicator, get_indicator
from centertrack.issues import Issue, sort_issues
from centertrack.progress import Summary, summarize
from centertrack.records import Detail, Entry, Statistics
from centertrack.reference import load_reference
from centertrack.trends import StatisticsPoint, StatisticsTrend, Trend, TrendPoint

_ENTRY_COLUMNS = (
    "r.id, r.period, r.as_of, r.file, r.sheet, e.province, e.total, e.established, e.remaining, e.remarks,"
    " e.row, e.cell, e.flagged, e.level, e.received, e.assisted, e.referred, e.pending"
)


@dataclass(frozen=True, slots=True)
class Stored:
    """One province's numbers in one stored report."""

    report: int
    period: str
    as_of: date | None
    entry: Entry

    @property
    def province(self) -> str:
        return self.entry.province.code


def _stored(row: Any) -> Stored:
    """A row of ``_ENTRY_COLUMNS`` (SQLite gives back the types stored: ints, text, NULL)."""
    (report, period, as_of, file, sheet, province, total, established, remaining, remarks) = row[:10]
    (cell_row, cell, flagged, level, received, assisted, referred, pending) = row[10:]
    statistics = Statistics(received, assisted, referred, pending) if received is not None else None
    entry = Entry(
        load_reference().by_code[province], total, established, remaining, remarks, file, sheet, cell_row,
        cell, bool(flagged), level, statistics,
    )  # fmt: skip
    return Stored(report, period, date.fromisoformat(as_of) if as_of else None, entry)


def entries(
    store: Store, indicator: str, period: str | None = None, until: str | None = None
) -> list[Stored]:
    """Every province's numbers in every stored report of ``indicator`` (of one round, or of the rounds
    up to one, if given), in order of round, then of storing."""
    where, args = "", [indicator]
    if bound := period or until:
        where, args = f"AND r.period {'=' if period else '<='} ?", [indicator, bound]
    rows = store.db.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM entries e JOIN reports r ON r.id = e.report_id"
        f" WHERE r.indicator = ? {where} ORDER BY r.period, r.id",
        args,
    ).fetchall()
    return [_stored(row) for row in rows]


def periods(store: Store, indicator: str) -> list[str]:
    """The stored rounds of ``indicator``, in order."""
    rows = store.db.execute(
        "SELECT DISTINCT period FROM reports WHERE indicator = ? ORDER BY period", (indicator,)
    ).fetchall()
    return [str(row[0]) for row in rows]


def indicator_of(store: Store, requested: str | None = None, period: str | None = None) -> Indicator:
    """The indicator asked for, else the one the store (or its round) holds; several need --indicator."""
    if requested and requested != "auto":
        return get_indicator(requested)
    where, args = ("WHERE period = ?", (period,)) if period else ("", ())
    found = [str(r[0]) for r in store.db.execute(f"SELECT DISTINCT indicator FROM reports {where}", args)]
    if not found and period:
        raise UsageError("round-no-report", store=str(store.path), period=said_round(period))
    if not found:
        if period:
            raise UsageError("store-no-round", path=str(store.path), period=period)
        raise UsageError("store-no-report", path=str(store.path))
    if len(found) > 1:
        raise UsageError("store-indicators", indicators=sorted(found), option=Field("indicator"))
    return get_indicator(found[0])


def check_round(store: Store, indicator: Indicator, period: str) -> None:
    known = periods(store, indicator.id)
    if period not in known:
        raise UsageError(
            "round-not-stored" if known else "round-none-stored",
            field="period",
            period=said_round(period),
            indicator=indicator.id,
            stored=[said_round(each, "short") for each in known[-12:]],
        )


def _latest(items: Iterable[Stored]) -> dict[str, Stored]:
    """Each province's latest report among ``items`` (which come in order): a later one supersedes."""
    return {item.province: item for item in items}


def _merged(items: list[Stored]) -> list[Stored]:
    """One per province, as validation merges a round's sheets: the latest report of its centers,
    lent the statistics of a case register when it has none; a register alone if nothing else."""
    centers = _latest(i for i in items if i.entry.level != "case")
    registers = _latest(i for i in items if i.entry.level == "case")
    merged = dict(registers)
    for code, item in centers.items():
        register = registers.get(code)
        if item.entry.statistics is None and register is not None:
            item = replace(item, entry=replace(item.entry, statistics=register.entry.statistics))
        merged[code] = item
    return list(merged.values())


def stored_issues(store: Store, *reports: int) -> list[Issue]:
    """The issues stored with ``reports``, as they were found (said again in any language)."""
    if not reports:
        return []
    marks = ", ".join("?" * len(reports))
    rows = store.db.execute(
        "SELECT code, file, sheet, cell, row, column_name, value, params, more FROM issues"
        f" WHERE report_id IN ({marks}) ORDER BY rowid",
        sorted(reports),
    ).fetchall()
    return [Issue(c, f, s, cell, r, col, v, load_params(c, p), m) for c, f, s, cell, r, col, v, p, m in rows]


def _issues(store: Store, reports: set[int]) -> list[Issue]:
    issues = sort_issues(stored_issues(store, *reports))
    # One run of validate infers the indicator once: a round stored in several adds says it once too.
    inferred = [i for i in issues if i.code == "indicator-inferred"][1:]
    return [i for i in issues if i not in inferred] if inferred else issues


def at_round(items: list[Stored], period: str) -> dict[str, Stored]:
    """Each province as the round ``period`` counts it (the one rule of the carried-forward round, as
    ``trend`` and ``statistics_trend`` add it up): its latest report of the centers at or before the
    round, carried forward when it sent none in the round (its ``period`` then earlier), lent its latest
    assistance statistics at or before the round; a province known only from case registers by its
    latest register. A round's own reports are merged as validation merges a round's sheets."""
    centers: dict[str, Stored] = {}
    registers: dict[str, Stored] = {}
    statistics: dict[str, Statistics] = {}
    for _, group in groupby((i for i in items if i.period <= period), key=lambda item: item.period):
        for item in _merged(list(group)):
            (registers if item.entry.level == "case" else centers)[item.province] = item
            if item.entry.statistics is not None:
                statistics[item.province] = item.entry.statistics
    counted = {}
    for code, item in (registers | centers).items():
        if item.entry.statistics is not statistics.get(code):
            item = replace(item, entry=replace(item.entry, statistics=statistics.get(code)))
        counted[code] = item
    return counted


def _counted(store: Store, period: str, indicator: str | None) -> tuple[Indicator, list[Stored]]:
    """The indicator of a stored round, and each province as the round counts it (``at_round``)."""
    chosen = indicator_of(store, indicator, period)
    check_round(store, chosen, period)
    return chosen, list(at_round(entries(store, chosen.id, until=period), period).values())


def round_summary(store: Store, period: str, indicator: str | None = None) -> Summary:
    """The Summary of a stored round: every province as of its latest report at or before the round
    (``at_round``), a province that sent nothing this round carried forward and marked with the round
    it is of. When every province of the store reported in the round, what ``summarize`` gives on that
    round's files."""
    chosen, counted = _counted(store, period, indicator)
    dates = [i.as_of for i in counted if i.as_of]
    issues = _issues(store, {i.report for i in counted})
    carried = {i.province: i.period for i in counted if i.period != period}
    return summarize([i.entry for i in counted], chosen, max(dates, default=None), issues, carried)


def round_errors(store: Store, period: str, indicator: Indicator) -> list[tuple[int, str]]:
    """The reports of a round stored with errors (--allow-errors), as (id, file)."""
    rows = store.db.execute(
        "SELECT id, file FROM reports WHERE period = ? AND indicator = ? AND with_errors AND status = 'ok'"
        " ORDER BY id",
        (period, indicator.id),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


@dataclass(frozen=True)
class Standing:
    """Each province's figure at one round: its latest report at or before it, and whether that
    report is of this round."""

    period: str
    provinces: dict[str, Stored]
    reported: frozenset[str]


def standings(items: list[Stored]) -> list[Standing]:
    """The rounds in order, each with the provinces' figures carried forward (reports of centers only:
    a case register says nothing of them)."""
    state: dict[str, Stored] = {}
    result: list[Standing] = []
    by_period: dict[str, list[Stored]] = {}
    for item in items:
        by_period.setdefault(item.period, []).append(item)
    for period, group in by_period.items():
        latest = _latest(i for i in group if i.entry.level != "case")
        state.update(latest)
        result.append(Standing(period, dict(state), frozenset(latest)))
    return result


def trend(store: Store, indicator: str | None = None, province: str | None = None) -> Trend:
    """The national figure (or one province's, by DOPA code) at each stored round, carried forward
    (``at_round``'s rule: a round of case registers alone counts every province's earlier centers).

    Read as plain rows (a ten-year store has 120 rounds of 76 provinces): only the numbers it adds up.
    """
    chosen = indicator_of(store, indicator)
    rows = store.db.execute(
        "SELECT r.period, r.as_of, e.province, e.total, e.established FROM entries e"
        " JOIN reports r ON r.id = e.report_id"
        " WHERE r.indicator = ? AND e.level != 'case' ORDER BY r.period, r.id",
        (chosen.id,),
    ).fetchall()
    state: dict[str, tuple[str | None, int, int]] = {}  # province: as-of, total, established
    points: list[TrendPoint] = []
    index = 0
    for period in periods(store, chosen.id):
        reported: set[str] = set()
        while index < len(rows) and rows[index][0] == period:
            _, as_of, code, total, established = rows[index]
            state[code] = (as_of, total, established)
            reported.add(code)
            index += 1
        counted = state
        if not state or (province is not None and province not in state):
            continue  # no report of the centers (of the province) yet
        if province is not None:
            counted = {province: state[province]}
            reported &= {province}
        dates = [as_of for as_of, _, _ in counted.values() if as_of]
        points.append(
            TrendPoint(
                period,
                date.fromisoformat(max(dates)) if dates else None,
                sum(total for _, total, _ in counted.values()),
                sum(established for _, _, established in counted.values()),
                len(reported),
                len(counted) - len(reported),
            )
        )
    return Trend(chosen, tuple(points), province)


def statistics_trend(
    store: Store, indicator: str | None = None, province: str | None = None
) -> StatisticsTrend:
    """The assistance statistics (national, or one province's by DOPA code) at each stored round that
    has any: each province's latest figures at or before the round, carried forward as ``trend`` carries
    the centers. A round's figures are merged as its Summary merges them (a report of the centers', else
    its case register's), so the last point is what ``--db --period`` gives when every province reported."""
    chosen = indicator_of(store, indicator)
    state: dict[str, tuple[date | None, Statistics]] = {}  # province: as-of, statistics
    points: list[StatisticsPoint] = []
    for period, group in groupby(entries(store, chosen.id), key=lambda item: item.period):
        reported = {
            item.province: (item.as_of, item.entry.statistics)
            for item in _merged(list(group))
            if item.entry.statistics is not None
        }
        state.update(reported)
        counted = state if province is None else {c: v for c, v in state.items() if c == province}
        if not counted:
            continue  # no figures (of the province) yet
        dates = [as_of for as_of, _ in counted.values() if as_of]
        fresh = len(counted.keys() & reported.keys())
        points.append(
            StatisticsPoint(
                period,
                max(dates, default=None),
                Statistics.total(statistics for _, statistics in counted.values()),
                fresh,
                len(counted) - fresh,
            )
        )
    return StatisticsTrend(chosen, tuple(points), province)


def round_details(
    store: Store, period: str, indicator: str | None = None
) -> tuple[Indicator, date | None, list[Detail]]:
    """The districts or LAOs of a stored round's detail sheets, each province's from the report the
    round counts of it (``at_round``: carried forward too), with the round's as-of date."""
    chosen, found = _counted(store, period, indicator)
    counted = {i.province: i for i in found}
    reports = sorted({i.report for i in counted.values()})
    details: list[Detail] = []
    by_code = load_reference().by_code
    for report in reports:
        file, sheet = store.db.execute("SELECT file, sheet FROM reports WHERE id = ?", (report,)).fetchone()
        rows = store.db.execute(
            "SELECT level, province, code, name_th, district_th, established, since, location, received,"
            " assisted, referred, pending, cell, reported FROM details WHERE report_id = ? ORDER BY rowid",
            (report,),
        )
        for row in rows:
            (level, province, code, name, district, established, since, location), numbers = (
                row[:8],
                row[8:12],
            )
            item = counted.get(province)
            if item is None or item.report != report:
                continue  # a later report (of the round, or carried) took this province
            detail = Detail(
                level, by_code[province], code, name, district, bool(established),
                date.fromisoformat(since) if since else None, location,
                Statistics(*numbers) if numbers[0] is not None else None, file, sheet, row[12], bool(row[13]),
            )  # fmt: skip
            details.append(detail)
    dates = [i.as_of for i in counted.values() if i.as_of]
    return chosen, max(dates, default=None), details


def round_entries(store: Store, period: str, indicator: str | None = None) -> list[Entry]:
    """The entries a stored round's Summary counts (``at_round``), with the file, sheet and row they
    were read from: what a letter maps the stored issues back to."""
    return [i.entry for i in _counted(store, period, indicator)[1]]


def standstill(
    store: Store, period: str, indicator: str | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Of every province the round counts (``at_round``): since which round its count has not moved
    (the first round of the established count it has at ``period``, when earlier than ``period``: a
    province carried forward has stood still at least since its last report); and, of those that
    reported in ``period``, which missed the round before (no report in the store's last round before
    ``period``, named). Centers' reports only."""
    chosen = indicator_of(store, indicator, period)
    rows = store.db.execute(
        "SELECT r.period, e.province, e.established FROM entries e JOIN reports r ON r.id = e.report_id"
        " WHERE r.indicator = ? AND e.level != 'case' AND r.period <= ? ORDER BY r.period, r.id",
        (chosen.id, period),
    ).fetchall()
    counts: dict[str, dict[str, int]] = {}  # province → round → its latest established of that round
    for each, code, established in rows:
        counts.setdefault(str(code), {})[str(each)] = int(established)
    earlier = [p for p in periods(store, chosen.id) if p < period]
    before = earlier[-1] if earlier else None
    since: dict[str, str] = {}
    missed: dict[str, str] = {}
    for code, by_round in counts.items():
        reported = list(by_round)  # the rounds it reported, in order; the last is what the round counts
        first = reported[-1]
        for each in reversed(reported[:-1]):
            if by_round[each] != by_round[reported[-1]]:
                break
            first = each
        if first != period:
            since[code] = first
        if reported[-1] == period and before is not None and before not in by_round:
            missed[code] = before
    return since, missed
