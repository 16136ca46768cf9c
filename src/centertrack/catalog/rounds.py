"""The words of the monthly rounds: a round said as the language says a month, what the store holds
or not of a round, a province carried from an earlier round, and a round's figure against the target
and against what was reported.

A round is stored as ``YYYY-MM`` (CE); in a sentence it is เมษายน 2561 / April 2018 (``said_round``).
"""

from __future__ import annotations

from centertrack.catalog.dates import Style, say_period
from centertrack.catalog.words import Said, Words

ROUNDS: dict[str, Words] = {
    # A round said in a sentence: ``said_round`` gives its words in both languages.
    "round": Words(th="{th}", en="{en}"),
    "round-no-report": Words(
        th="{store}: ยังไม่มีรายงานของรอบ {period} ในที่เก็บประวัติ เพิ่มด้วย centertrack history add",
        en="{store}: no report stored for the round {period}; add one with `centertrack history add`",
    ),
    "round-not-stored": Words(
        th="ไม่มีรอบ {period} ของตัวชี้วัดที่ {indicator} ในที่เก็บประวัติ (รอบที่เก็บไว้: {stored})",
        en="no round {period} of indicator {indicator} stored (stored: {stored})",
    ),
    "round-none-stored": Words(
        th="ไม่มีรอบ {period} ของตัวชี้วัดที่ {indicator} ในที่เก็บประวัติ (ยังไม่มีรอบใดของตัวชี้วัดนี้)",
        en="no round {period} of indicator {indicator} stored (none of it yet)",
    ),
}


def said_round(period: str, style: Style = "long") -> Said:
    """A round, ``YYYY-MM``, as a sentence says it in either language: เมษายน 2561 / April 2018 (short:
    เม.ย. 61 / Apr 2018)."""
    return Said("round", {"th": say_period(period, "th", style), "en": say_period(period, "en", style)})
