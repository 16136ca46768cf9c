"""What validation hands on: each province's numbers, each district's or LAO's status, per sheet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from centertrack.form import Level
from centertrack.reference import Province

_HUNDREDTH = Decimal("0.01")


def percent(part: int, whole: int) -> float:
    """Share in percent, rounded to 2 places as the letters print it; 0 of 0 is 0.

    Rounded half away from zero, as Excel's ROUND is, on the exact quotient: 58 of 64 is 90.625 %, which
    Excel shows as 90.63 and Python's round() (half to even, on the nearest binary float) as 90.62.
    Analysts check our figures against Excel's.
    """
    if not whole:
        return 0.0
    exact = Decimal(part * 100) / Decimal(whole)  # 28 significant digits: exact to far below a hundredth
    return float(exact.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class Statistics:
    """Assistance given by People's Assistance Centers (indicator 4.1 is judged by these too)."""

    received: int = 0  # requests received
    assisted: int = 0  # helped by the LAO itself
    referred: int = 0  # referred to another agency
    pending: int = 0  # still in progress

    @staticmethod
    def total(items: Iterable[Statistics]) -> Statistics:
        """The sum of many (one per LAO of a province: ``sum`` would make a Statistics per addition)."""
        received = assisted = referred = pending = 0
        for item in items:
            received += item.received
            assisted += item.assisted
            referred += item.referred
            pending += item.pending
        return Statistics(received, assisted, referred, pending)

    def __add__(self, other: Statistics) -> Statistics:
        return Statistics(
            self.received + other.received,
            self.assisted + other.assisted,
            self.referred + other.referred,
            self.pending + other.pending,
        )

    @property
    def share_assisted(self) -> float:
        return percent(self.assisted, self.received)

    def to_dict(self) -> dict[str, Any]:
        return {
            "received": self.received,
            "assisted": self.assisted,
            "referred": self.referred,
            "pending": self.pending,
            "share_assisted": self.share_assisted,
        }


@dataclass
class Entry:
    """One province's numbers as one sheet reports them: a row of the letter's form, or the sum of the
    province's district or LAO rows."""

    province: Province
    total: int
    established: int
    remaining: int
    remarks: str
    file: str
    sheet: str
    row: int  # 1-based spreadsheet row (the province's first row in a detail sheet)
    cell: str  # the province cell, or the first place cell of a detail sheet
    flagged: bool = False  # an error touches it; counted only with --allow-errors
    level: Level = "province"
    statistics: Statistics | None = None

    @property
    def numbers(self) -> tuple[int, int, int]:
        return (self.total, self.established, self.remaining)

    @property
    def place(self) -> str:
        return f"{Path(self.file).name}!{self.cell}" if self.sheet else self.cell


@dataclass(frozen=True, slots=True)
class Detail:
    """One district (4.2) or LAO (4.1) as a detail sheet reports it."""

    level: Level
    province: Province
    code: str  # DOPA district code or DLA code
    name_th: str  # อ. name without prefix, or the LAO's short name (อบต.บางพระ)
    district_th: str
    established: bool
    since: date | None
    location: str
    statistics: Statistics | None
    file: str
    sheet: str
    cell: str  # "" for a place the sheet has no row for
    reported: bool = True  # False: the sheet has no row for it (counted as not set up)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "province_code": self.province.code,
            "province_th": self.province.name_th,
            "code": self.code,
            "name_th": self.name_th,
            "district_th": self.district_th,
            "established": self.established,
            "since": self.since.isoformat() if self.since else None,
            "location": self.location,
            "reported": self.reported,
        }
        if self.statistics is not None:
            data["statistics"] = self.statistics.to_dict()
        return data


@dataclass(frozen=True, slots=True)
class Places:
    """The districts or LAOs a round lists (``summarize --by``): what its detail writers take."""

    indicator: str
    as_of: date | None
    level: Level
    details: tuple[Detail, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``summarize --by district|lao --format json``."""
        return {
            "indicator": self.indicator,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "level": self.level,
            "rows": [detail.to_dict() for detail in self.details],
        }


@dataclass
class SheetReport:
    """What was read from one sheet."""

    path: str
    sheet: str
    format: str
    encoding: str | None
    as_of: date | None = None
    rows: int = 0
    level: Level = "province"
    entries: list[Entry] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)

    def to_dict(self, indicator: str) -> dict[str, object]:
        return {
            "path": self.path,
            "sheet": self.sheet,
            "indicator": indicator,
            "encoding": self.encoding,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "rows": self.rows,
        }
