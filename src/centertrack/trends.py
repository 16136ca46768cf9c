"""The national (or one province's) progress over the monthly rounds, and 4.1's assistance statistics
over them: what the history store hands to the trend table, the trend charts and the report. Models
only: they are built by the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from centertrack.indicators import Indicator
from centertrack.records import Statistics, percent

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One round (a month, ``YYYY-MM``): each province's latest report at or before it, added up."""

    period: str
    as_of: date | None  # the latest as-of date among the reports counted
    total: int
    established: int
    provinces_reported: int  # provinces with a report in this round
    provinces_carried: int  # provinces counted from an earlier round's report

    @property
    def remaining(self) -> int:
        return self.total - self.established

    @property
    def percent(self) -> float:
        return percent(self.established, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "total": self.total,
            "established": self.established,
            "remaining": self.remaining,
            "percent": self.percent,
            "provinces_reported": self.provinces_reported,
            "provinces_carried": self.provinces_carried,
        }


@dataclass(frozen=True, slots=True)
class Trend:
    indicator: Indicator
    points: tuple[TrendPoint, ...]  # in order of period
    province: str | None = None  # a province's code, or None for the country

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``history trend``."""
        return {
            "indicator": self.indicator.id,
            "target": self.indicator.target,
            "deadline": self.indicator.deadline.isoformat(),
            "points": [p.to_dict() for p in self.points],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per round, in order: the figure at it, carried forward as the trend counts it."""
        from centertrack.frames import frame

        return frame((p.to_dict() for p in self.points), ("period", "as_of", "total", "established"))


@dataclass(frozen=True, slots=True)
class StatisticsPoint:
    """One round's assistance statistics: each province's latest figures at or before it, added up."""

    period: str
    as_of: date | None  # the latest as-of date among the reports counted
    statistics: Statistics
    provinces_reported: int  # provinces whose figures are of this round
    provinces_carried: int  # provinces counted from an earlier round's figures


@dataclass(frozen=True, slots=True)
class StatisticsTrend:
    indicator: Indicator
    points: tuple[StatisticsPoint, ...]  # in order of period
    province: str | None = None  # a province's code, or None for the country
