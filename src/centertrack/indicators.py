"""The indicators centertrack tracks, read from ``data/indicators.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

from centertrack.catalog import Lang
from centertrack.errors import UsageError
from centertrack.reference import Province, lao_counts
from centertrack.thai import fiscal_year_be

TargetUnit = Literal["districts", "laos"]


@dataclass(frozen=True)
class Indicator:
    id: str
    fiscal_year_be: int
    name_th: str
    name_en: str
    unit_th: str
    unit_en: str
    target: int
    target_per_province: TargetUnit
    deadline: date
    reporting_day: int
    letter: str
    annex_title_list: tuple[str, ...]
    annex_title_progress: tuple[str, ...]
    keywords: tuple[str, ...]
    lao_counts: str | None = None  # the file of LAO counts a "laos" target is read from
    # The letter that set the indicator, which the follow-up letters cite (centertrack letter).
    letter_number: str = ""
    letter_date: date | None = None
    letter_urgency: str = ""

    def target_of(self, province: Province) -> int:
        """One province's official target: its districts (4.2) or its LAOs (4.1)."""
        if not province.supervised:
            return 0
        if self.target_per_province == "districts" or self.lao_counts is None:
            return province.districts
        return lao_counts(self.lao_counts).get(province.code, 0)

    def name(self, lang: Lang) -> str:
        """The indicator's name in ``lang``, as indicators.toml writes it."""
        return {"th": self.name_th, "en": self.name_en}[lang]

    def unit(self, lang: Lang) -> str:
        """What its target counts (ศูนย์, centers), as indicators.toml writes it."""
        return {"th": self.unit_th, "en": self.unit_en}[lang]


@cache
def load_indicators() -> dict[str, Indicator]:
    text = resources.files("centertrack.data").joinpath("indicators.toml").read_text(encoding="utf-8")
    result: dict[str, Indicator] = {}
    for raw in tomllib.loads(text)["indicator"]:
        for key in ("annex_title_list", "annex_title_progress", "keywords"):
            raw[key] = tuple(raw[key])
        indicator = Indicator(**raw)
        result[indicator.id] = indicator
    return result


def indicator_for(unit: TargetUnit, on: date | None = None) -> Indicator:
    """The indicator whose provinces' targets count ``unit``. When several fiscal years have one: the
    one of the fiscal year ``on`` falls in, else the latest."""
    found = sorted(
        (i for i in load_indicators().values() if i.target_per_province == unit),
        key=lambda i: i.fiscal_year_be,
    )
    if not found:
        raise UsageError("indicator-none-counts", unit=unit)
    year = fiscal_year_be(on) if on else None
    return next((i for i in found if i.fiscal_year_be == year), found[-1])


def get_indicator(indicator_id: str) -> Indicator:
    indicators = load_indicators()
    if indicator_id not in indicators:
        raise UsageError("indicator-unknown", field="indicator", value=indicator_id, known=sorted(indicators))
    return indicators[indicator_id]
