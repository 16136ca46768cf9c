"""Provinces, their official counts, and matching the names people write for them.

Districts come from the PyPI package geothai (DOPA codes); LAO counts, province name variants and
their sources ship in ``centertrack/data`` (see SOURCES.md there).
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from centertrack.catalog import Lang
from centertrack.thai import normalize_name, sort_key

BANGKOK = "10"
LAO_COUNTS_FY2561 = "lao_counts_2017-12-01.csv"
LAO_COUNTS_LATEST = "lao_counts_2023-11-09.csv"


@dataclass(frozen=True)
class Province:
    code: str  # DOPA code, "24"
    name_th: str
    name_en: str
    laos: int  # LAOs in fiscal year 2561 (lao_counts_2017-12-01.csv); 0 for Bangkok
    laos_latest: int  # LAOs in the latest list (lao_counts_2023-11-09.csv)

    @property
    def districts(self) -> int:
        """Districts (อำเภอ) from geothai; Bangkok's 50 khet count here too."""
        return _district_count(self.code)

    @property
    def supervised(self) -> bool:
        """DLA supervises every province but Bangkok, whose BMA is a self-governing LAO of its own."""
        return self.code != BANGKOK

    def label(self, lang: Lang = "th") -> str:
        """The province's name in ``lang``: the reference's own Thai or English."""
        return {"th": self.name_th, "en": self.name_en}[lang]


@dataclass(frozen=True)
class Match:
    """How a written name was resolved: the province, and what had to change to get there."""

    province: Province
    written: str
    normalized: bool  # True when the text was not already the canonical Thai name


_PREFIX = re.compile(r"^(?:จังหวัด|จ\s*\.|จว\s*\.|changwat|province of)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*(?:province|prov\.?)$", re.IGNORECASE)
_NOISE = re.compile(r"[\s\-–.'’`_]+")


def name_key(text: str) -> str:
    """The form in which two spellings of one province compare equal.

    Drops จ./จังหวัด/"Province", spaces, hyphens and dots, and case: "จ. ตาก" → "ตาก",
    "Phang-nga" → "phangnga", "Chon Buri" → "chonburi".
    """
    text = normalize_name(text)
    text = _SUFFIX.sub("", _PREFIX.sub("", text))
    return _NOISE.sub("", text).casefold()


class Reference:
    """The 77 provinces with their counts, and an index of every accepted spelling."""

    def __init__(self, provinces: list[Province], aliases: dict[str, str]) -> None:
        self.provinces: tuple[Province, ...] = tuple(sorted(provinces, key=lambda p: sort_key(p.name_th)))
        self.by_code: dict[str, Province] = {p.code: p for p in provinces}
        self._aliases = aliases

    @property
    def supervised(self) -> tuple[Province, ...]:
        """The 76 provinces DLA supervises, in Thai dictionary order."""
        return tuple(p for p in self.provinces if p.supervised)

    def match(self, written: str) -> Match | None:
        """Resolve a province written as a Thai or English name, a variant, or a DOPA/ISO code."""
        key = name_key(written)
        code = self._aliases.get(key)
        if code is None:
            return None
        province = self.by_code[code]
        return Match(province, written, normalized=written != province.name_th)

    def closest(self, written: str, limit: int = 3) -> list[Province]:
        """The provinces whose names look most like a name that matched none."""
        key = name_key(written)
        if not key:
            return []
        names = list(self._aliases)
        found = difflib.get_close_matches(key, names, n=limit * 3, cutoff=0.6)
        result: list[Province] = []
        for name in found:
            province = self.by_code[self._aliases[name]]
            if province not in result:
                result.append(province)
        return result[:limit]


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("centertrack.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def lao_counts(name: str) -> dict[str, int]:
    """LAOs per province code from one of the shipped count files."""
    return {row["province_code"]: int(row["total"]) for row in _read_csv(name)}


@cache
def _district_count(province_code: str) -> int:
    # geothai is imported when a district count is first asked for: its import takes 60-90 ms,
    # and a run on LAOs (indicator 4.1) never needs it.
    import geothai

    return len(geothai.districts(province_code))


@cache
def load_reference() -> Reference:
    """Build the reference once per process."""
    laos = lao_counts(LAO_COUNTS_FY2561)
    laos_latest = lao_counts(LAO_COUNTS_LATEST)
    provinces: list[Province] = []
    aliases: dict[str, str] = {}
    for row in _read_csv("province_names.csv"):
        code = row["province_code"]
        provinces.append(
            Province(
                code=code,
                name_th=row["name_th"],
                name_en=row["name_en"],
                laos=laos.get(code, 0),
                laos_latest=laos_latest.get(code, 0),
            )
        )
        variants = [row["name_th"], row["name_en"], code, f"TH-{code}", row["abbr_th"], row["abbr_en"]]
        variants += row["variants"].split(";")
        for variant in filter(None, map(str.strip, variants)):
            aliases.setdefault(name_key(variant), code)
    return Reference(provinces, aliases)
