"""Per-province and national progress against an indicator's target."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from centertrack.indicators import Indicator

if TYPE_CHECKING:
    import pandas as pd

from centertrack.issues import Issue, Lang
from centertrack.records import Entry, Statistics, percent
from centertrack.reference import load_reference
from centertrack.thai import sort_key

Status = Literal["lagging", "complete", "unknown"]


@dataclass(frozen=True)
class ProvinceProgress:
    """A province's one counted line of a round. Not an ``Entry``: an entry is what one sheet says,
    with its origin (file, cell, level), and a province may have several (a form and a detail sheet,
    a register); this is the one the round counts, with nothing of where it came from, as the summary,
    the annex and the history store keep it."""

    code: str
    name_th: str
    name_en: str
    total: int
    established: int
    remaining: int
    remarks: str = ""
    flagged: bool = False  # its row had an error and counts only because errors were allowed
    statistics: Statistics | None = None  # assistance given (4.1 at LAO level)
    # False for a province known only from a case register: its statistics, nothing of its centers
    # (neither established nor lagging, and left out of the national counts of centers).
    known: bool = True
    # A stored round's province that sent no report in it: the round (YYYY-MM) its numbers are of.
    carried_from: str | None = None

    @property
    def percent(self) -> float:
        return percent(self.established, self.total)

    def label(self, lang: Lang) -> str:
        """The province's name in ``lang``."""
        return {"th": self.name_th, "en": self.name_en}[lang]

    @property
    def status(self) -> Status:
        if not self.known:
            return "unknown"
        return "lagging" if self.remaining > 0 else "complete"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "name_th": self.name_th,
            "name_en": self.name_en,
            "total": self.total,
            "established": self.established if self.known else None,
            "remaining": self.remaining if self.known else None,
            "percent": self.percent if self.known else None,
            "status": self.status,
        }
        if self.statistics is not None:
            data["statistics"] = self.statistics.to_dict()
        if self.flagged:
            data["flagged"] = True
        if self.carried_from is not None:
            data["carried_from"] = self.carried_from
        return data


@dataclass(frozen=True)
class Summary:
    indicator: Indicator
    as_of: date | None
    provinces: tuple[ProvinceProgress, ...]  # Thai dictionary order
    issues: tuple[Issue, ...] = ()

    @property
    def total(self) -> int:
        """The target covered by reports of centers (a case register's provinces are not)."""
        return sum(p.total for p in self.provinces if p.known)

    @property
    def established(self) -> int:
        return sum(p.established for p in self.provinces if p.known)

    @property
    def remaining(self) -> int:
        return sum(p.remaining for p in self.provinces if p.known)

    @property
    def percent(self) -> float:
        """Established as a share of the target the reports cover."""
        return percent(self.established, self.total)

    @property
    def percent_of_target(self) -> float:
        """Established as a share of the indicator's whole target (every province, reported or not)."""
        return percent(self.established, self.indicator.target)

    @property
    def partial(self) -> bool:
        """The reports cover only part of the target: a share is then of the one or of the other."""
        return self.total != self.indicator.target

    @property
    def statistics(self) -> Statistics | None:
        """Assistance statistics summed over the provinces that report them; None when none does."""
        reported = [p.statistics for p in self.provinces if p.statistics is not None]
        return Statistics.total(reported) if reported else None

    @property
    def provinces_expected(self) -> int:
        return len(load_reference().supervised)

    @property
    def provinces_carried(self) -> int:
        """Provinces counted from an earlier round's report: they sent none in this one."""
        return sum(p.carried_from is not None for p in self.provinces)

    @property
    def provinces_reported(self) -> int:
        """Provinces with a report in this round (a case register's included)."""
        return len(self.provinces) - self.provinces_carried

    @property
    def lagging(self) -> tuple[ProvinceProgress, ...]:
        return tuple(p for p in self.provinces if p.status == "lagging")

    @property
    def days_left(self) -> int | None:
        """Days from the as-of date to the deadline; negative once it has passed."""
        return (self.indicator.deadline - self.as_of).days if self.as_of else None

    def to_dict(self, lang: Lang = "th") -> dict[str, Any]:
        """The JSON contract other tools rely on: keep its keys ("statistics" only where reported)."""
        totals: dict[str, Any] = {
            "total": self.total,
            "established": self.established,
            "remaining": self.remaining,
            "percent": self.percent,
        }
        if (statistics := self.statistics) is not None:
            totals["statistics"] = statistics.to_dict()
        return {
            "indicator": self.indicator.id,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "target": self.indicator.target,
            "deadline": self.indicator.deadline.isoformat(),
            "totals": totals,
            "coverage": {
                "provinces_reported": self.provinces_reported,
                "provinces_carried": self.provinces_carried,
                "provinces_expected": self.provinces_expected,
                "target_covered": self.total,
            },
            "provinces": [p.to_dict() for p in self.provinces],
            "issues": [i.to_dict(lang) for i in self.issues],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per province, in Thai dictionary order, with the JSON's columns (its statistics
        in columns of their own); established, remaining and percent are empty where not known."""
        from centertrack.frames import frame

        columns = ("code", "name_th", "name_en", "total", "established", "remaining", "percent", "status")
        return frame((p.to_dict() for p in self.provinces), columns)


def summarize(
    entries: Iterable[Entry],
    indicator: Indicator,
    as_of: date | None,
    issues: Iterable[Issue] = (),
    carried: Mapping[str, str] | None = None,
) -> Summary:
    """One line per province (each reported once) in Thai dictionary order, with national totals;
    ``carried``: the provinces (by code) a stored round counts from an earlier round, and that round."""
    carried = carried or {}
    provinces = [
        ProvinceProgress(
            e.province.code,
            e.province.name_th,
            e.province.name_en,
            e.total,
            e.established,
            e.remaining,
            e.remarks,
            e.flagged,
            e.statistics,
            known=e.level != "case",
            carried_from=carried.get(e.province.code),
        )
        for e in entries
    ]
    provinces.sort(key=lambda p: sort_key(p.name_th))
    return Summary(indicator, as_of, tuple(provinces), tuple(issues))
