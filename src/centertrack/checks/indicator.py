"""Which indicator a run's sheets are about, when the user does not say: with the reason, said as a notice."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from centertrack.catalog import Said
from centertrack.indicators import Indicator, TargetUnit, indicator_for, load_indicators
from centertrack.reference import Province

# What a detail sheet lists, as a word after รายการ (รายการอำเภอ, รายการ อปท.).
_LISTS = {"district": "unit-after-districts", "case": "lists-case", "lao": "unit-after-laos"}


def infer_indicator(
    totals: Iterable[tuple[Province, int]],
    titles: str,
    levels: Collection[str] = (),
    as_of: date | None = None,
) -> tuple[Indicator, Said]:
    """Which indicator the sheets are about, with the reason (to be said): a sheet of districts is
    4.2 and one of LAOs 4.1; otherwise the totals tell (districts' counts → 4.2, LAOs' → 4.1). Of two
    fiscal years' indicators of one kind, the one of the report's date."""
    indicators = load_indicators()
    by_unit = {
        unit: indicator_for(unit, as_of) for unit in {i.target_per_province for i in indicators.values()}
    }
    # A case register and an LAO-level sheet are both about LAOs.
    if len({"district" if level == "district" else "lao" for level in levels}) == 1:
        level = next(iter(levels)) if len(levels) == 1 else "lao"
        unit: TargetUnit = "districts" if level == "district" else "laos"
        what = Said(_LISTS.get(level, _LISTS["lao"]))
        return indicator_for(unit, as_of), Said("inferred-lists", {"unit": what})
    pairs = list(totals)  # each province form row's province and total, where both were read
    matches = {
        unit: sum(1 for p, t in pairs if ind.target_of(p) == t) for unit, ind in sorted(by_unit.items())
    }
    n = len(pairs)
    best = max(matches, key=lambda unit: matches[unit])
    if n and matches[best] > min(matches.values()):
        counted = Said(f"unit-after-{best}")
        return by_unit[best], Said("inferred-totals", {"matched": matches[best], "rows": n, "unit": counted})
    folded = titles.casefold()
    for indicator in indicators.values():
        if any(word.casefold() in folded for word in indicator.keywords):
            return indicator, Said("inferred-title")
    first = next(iter(indicators.values()))
    return first, Said("inferred-default")
