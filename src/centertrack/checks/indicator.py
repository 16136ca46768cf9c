"""Which indicator a run's sheets are about, when the user does not say: with the reason, said as a notice."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from centertrack.indicators import Indicator, TargetUnit, indicator_for, load_indicators, unit_words
from centertrack.reference import Province

_LISTS = {"district": ("อำเภอ", "districts"), "case": ("คำร้อง", "requests")}  # what a detail sheet lists


def infer_indicator(
    totals: Iterable[tuple[Province, int]],
    titles: str,
    levels: Collection[str] = (),
    as_of: date | None = None,
) -> tuple[Indicator, str, str]:
    """Which indicator the sheets are about, with the reason in Thai and English: a sheet of districts is
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
        # รายการอำเภอ, but รายการ อปท.: Thai writes a space before an abbreviation.
        what = _LISTS.get(level) or unit_words("laos", spaced=True)
        return indicator_for(unit, as_of), f"แบบรายงานเป็นรายการ{what[0]}", f"the sheet lists {what[1]}"
    pairs = list(totals)  # each province form row's province and total, where both were read
    matches = {
        unit: sum(1 for p, t in pairs if ind.target_of(p) == t) for unit, ind in sorted(by_unit.items())
    }
    n = len(pairs)
    best = max(matches, key=lambda unit: matches[unit])
    if n and matches[best] > min(matches.values()):
        unit_th, unit_en = unit_words(best, spaced=True)
        return (
            by_unit[best],
            f"จำนวนทั้งหมด {matches[best]} จาก {n} แถวตรงกับจำนวน{unit_th}",
            f"{matches[best]} of {n} totals match the number of {unit_en}",
        )
    folded = titles.casefold()
    for indicator in indicators.values():
        if any(word.casefold() in folded for word in indicator.keywords):
            return indicator, "ชื่อแบบรายงานระบุตัวชี้วัดนี้", "the sheet's title names it"
    first = next(iter(indicators.values()))
    return first, "ไม่มีข้อมูลบ่งชี้ จึงใช้ค่าเริ่มต้น", "nothing tells, so the default is used"
