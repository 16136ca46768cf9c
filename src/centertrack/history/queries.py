"""What the history commands ask of the store: its reports, one round's, what changed between two
rounds, who has not reported, and the table of every round; models with their JSON (contracts)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from centertrack.catalog.rounds import said_round
from centertrack.errors import UsageError
from centertrack.history.rounds import Stored, check_round, entries, indicator_of, standings, stored_issues
from centertrack.history.store import Store
from centertrack.indicators import Indicator
from centertrack.reference import load_reference
from centertrack.thai import sort_key

if TYPE_CHECKING:
    import pandas as pd

    from centertrack.issues import Issue


@dataclass(frozen=True)
class StoredReport:
    id: int
    period: str
    as_of: str | None
    indicator: str
    level: str
    file: str
    sheet: str
    sha256: str
    provinces: tuple[str, ...]
    added: str
    superseded_by: int | None
    with_errors: bool
    size: int | None
    encoding: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "period": self.period,
            "as_of": self.as_of,
            "indicator": self.indicator,
            "level": self.level,
            "file": self.file,
            "sheet": self.sheet,
            "sha256": self.sha256,
            "provinces": list(self.provinces),
            "added": self.added,
            "superseded_by": self.superseded_by,
            "with_errors": self.with_errors,
        }


def reports(store: Store, period: str | None = None) -> list[StoredReport]:
    """Every stored report (of one round, if given) in the order stored, with what superseded it: the
    latest later report of its round and indicator once each of its provinces has one."""
    where, args = ("WHERE period = ?", (period,)) if period else ("", ())
    rows = store.db.execute(
        "SELECT id, period, as_of, indicator, level, file, sheet, sha256, added, with_errors, size, encoding,"
        f" provinces FROM reports {where} ORDER BY id",
        args,
    ).fetchall()
    provinces: dict[int, list[str]] = {}
    for report, province in store.db.execute("SELECT report_id, province FROM entries ORDER BY report_id"):
        provinces.setdefault(int(report), []).append(str(province))
    for r in rows:  # a report sent back keeps no entries, only the provinces it was about (schema 3)
        if r[12] is not None and int(r[0]) not in provinces:
            provinces[int(r[0])] = [str(code) for code in json.loads(r[12])]
    latest: dict[tuple[str, str, bool, str], int] = {}  # (indicator, period, register?, province) -> id
    levels = {int(r[0]): (str(r[3]), str(r[1]), r[4] == "case") for r in rows}
    for report, (indicator, round_, register) in sorted(levels.items()):
        for code in provinces.get(report, []):
            latest[(indicator, round_, register, code)] = report
    result = []
    for r in rows:
        report = int(r[0])
        codes = sorted(provinces.get(report, []))
        indicator, round_, register = levels[report]
        later = [latest[(indicator, round_, register, code)] for code in codes]
        superseded = max(later) if later and all(other > report for other in later) else None
        result.append(
            StoredReport(
                report, str(r[1]), r[2], indicator, str(r[4]), str(r[5]), str(r[6]), str(r[7]),
                tuple(codes), str(r[8]), superseded, bool(r[9]), r[10], r[11],
            )
        )  # fmt: skip
    return result


def _province(code: str) -> dict[str, str]:
    province = load_reference().by_code[code]
    return {"code": code, "name_th": province.name_th, "name_en": province.name_en}


def _thai_order(codes: set[str]) -> list[str]:
    by_code = load_reference().by_code
    return sorted(codes, key=lambda code: sort_key(by_code[code].name_th))


@dataclass(frozen=True)
class Round:
    """``history show``: the stored reports of one round (superseded ones too) and what they said."""

    period: str
    reports: tuple[tuple[StoredReport, tuple[Stored, ...], tuple[Issue, ...]], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "reports": [
                {
                    **report.to_dict(),
                    "numbers": [
                        {
                            **_province(item.province),
                            "total": item.entry.total,
                            "established": item.entry.established,
                            "remaining": item.entry.remaining,
                            "remarks": item.entry.remarks,
                            "flagged": item.entry.flagged,
                        }
                        for item in numbers
                    ],
                    "issues": [{"code": i.code, "severity": i.severity, "cell": i.location} for i in issues],
                }
                for report, numbers, issues in self.reports
            ],
        }


def show(store: Store, period: str, province: str | None = None) -> Round:
    found = reports(store, period)
    if not found:
        raise UsageError("round-no-report", store=str(store.path), period=said_round(period))
    items: dict[int, list[Stored]] = {}
    for indicator in sorted({r.indicator for r in found}):
        for item in entries(store, indicator, period):
            items.setdefault(item.report, []).append(item)
    shown = []
    for report in found:
        numbers = sorted(items.get(report.id, []), key=lambda i: sort_key(i.entry.province.name_th))
        if province is not None:
            numbers = [i for i in numbers if i.province == province]
            if province not in report.provinces:  # a report sent back has no numbers, only provinces
                continue
        shown.append((report, tuple(numbers), tuple(stored_issues(store, report.id))))
    return Round(period, tuple(shown))


@dataclass(frozen=True)
class Change:
    code: str
    established_from: int | None
    established_to: int | None
    total_from: int | None
    total_to: int | None

    @property
    def change(self) -> int | None:
        if self.established_from is None or self.established_to is None:
            return None
        return self.established_to - self.established_from

    @property
    def regression(self) -> bool:
        return (self.change or 0) < 0

    def to_dict(self) -> dict[str, Any]:
        return {
            **_province(self.code),
            "established_from": self.established_from,
            "established_to": self.established_to,
            "change": self.change,
            "regression": self.regression,
        }


@dataclass(frozen=True)
class Diff:
    indicator: Indicator
    start: str
    end: str
    changes: tuple[Change, ...]  # Thai dictionary order

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator.id,
            "from": self.start,
            "to": self.end,
            "changes": [c.to_dict() for c in self.changes],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per province whose numbers changed, in Thai dictionary order."""
        from centertrack.frames import frame

        return frame((c.to_dict() for c in self.changes), ("code", "name_th", "name_en", "change"))


def diff(store: Store, start: str, end: str, indicator: str | None = None) -> Diff:
    """Every province whose numbers differ between two rounds, each carried forward as in the trend."""
    chosen = indicator_of(store, indicator)
    for period in (start, end):
        check_round(store, chosen, period)
    at = {s.period: s.provinces for s in standings(entries(store, chosen.id))}
    before, after = at.get(start, {}), at.get(end, {})
    changes = []
    for code in _thai_order(set(before) | set(after)):
        old, new = before.get(code), after.get(code)
        numbers = (old.entry.numbers if old else None, new.entry.numbers if new else None)
        if numbers[0] == numbers[1]:
            continue
        changes.append(
            Change(
                code,
                old.entry.established if old else None,
                new.entry.established if new else None,
                old.entry.total if old else None,
                new.entry.total if new else None,
            )
        )
    return Diff(chosen, start, end, tuple(changes))


@dataclass(frozen=True)
class Missing:
    period: str
    indicator: Indicator
    provinces: tuple[tuple[str, str | None], ...]  # code, the last round with a report of it

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "indicator": self.indicator.id,
            "missing": [{**_province(code), "last_period": last} for code, last in self.provinces],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per province without a report in the round, with its last round that had one."""
        from centertrack.frames import frame

        return frame(self.to_dict()["missing"], ("code", "name_th", "name_en", "last_period"))


def missing(store: Store, period: str, indicator: str | None = None) -> Missing:
    """The provinces under DLA with no report in the round, and the last round that had one."""
    chosen = indicator_of(store, indicator, period)
    check_round(store, chosen, period)
    last: dict[str, str] = {}
    reported: frozenset[str] = frozenset()
    for standing in standings(entries(store, chosen.id)):
        if standing.period == period:
            reported = standing.reported
            break
        last.update(dict.fromkeys(standing.reported, standing.period))
    codes = {p.code for p in load_reference().supervised} - reported
    return Missing(period, chosen, tuple((code, last.get(code)) for code in _thai_order(codes)))


@dataclass(frozen=True)
class Export:
    """``history export``: one row per province, per round its established and remaining as reported
    in that round (None: no report that round)."""

    indicator: Indicator
    periods: tuple[str, ...]
    rows: tuple[tuple[str, tuple[tuple[int, int] | None, ...]], ...]  # code, per round


def export(store: Store, indicator: str | None = None) -> Export:
    chosen = indicator_of(store, indicator)
    found = standings(entries(store, chosen.id))
    rounds = [s.period for s in found]
    codes = {code for s in found for code in s.reported}
    rows = []
    for code in _thai_order(codes):
        values = tuple(
            (s.provinces[code].entry.established, s.provinces[code].entry.remaining)
            if code in s.reported
            else None
            for s in found
        )
        rows.append((code, values))
    return Export(chosen, tuple(rounds), tuple(rows))
