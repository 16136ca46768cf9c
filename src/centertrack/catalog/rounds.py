"""The words of the monthly rounds: a round said as the language says a month, what the store holds
or not of a round, a province carried from an earlier round, and a round's figure against the target
and against what was reported.

A round is stored as ``YYYY-MM`` (CE); in a sentence it is เมษายน 2561 / April 2018 (``said_round``).
"""

from __future__ import annotations

from typing import Literal

from centertrack.catalog.dates import say_period
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
    # A province a stored round counts from an earlier round's report (it sent none in this one): its
    # หมายเหตุ in the annex, its status in the tables, the column of the CSV, the note under a chart.
    "carried-remark": Words(th="ข้อมูล ณ {month} (ไม่ได้รายงานรอบนี้)", en="as of {month} (no report this round)"),
    "carried-header": Words(th="ข้อมูลรอบก่อน", en="As of an earlier round"),
    "carried-chart-note": Words(
        th="(เดือน): ข้อมูลรอบก่อน จังหวัดไม่ได้รายงานรอบนี้",
        en="(month): as of an earlier round, no report this round",
    ),
    # How many provinces a round counts: those that reported in it, and those carried forward.
    "coverage-carried": Words(
        th=" (รายงานรอบนี้ {reported} ใช้ข้อมูลรอบก่อน {carried})",
        en=" ({reported} this round, {carried} as of an earlier round)",
    ),
    # A figure of part of the target: its share of what the reports cover, and of the whole target.
    "share-covered-and-target": Words(
        th="ร้อยละ {covered} ของที่รายงาน, ร้อยละ {target} ของเป้าหมาย",
        en="{covered} % of those reported, {target} % of the target",
    ),
    # The letter (Thai: its English only for a reader of the catalogue).
    "letter-reported-carried": Words(
        th="จังหวัดที่รายงานผลรอบนี้ {reported} จังหวัด และข้อมูลรอบก่อนของอีก {carried} จังหวัดที่ไม่ได้รายงาน",
        en="{reported} provinces reported this round, and {carried} more as of an earlier round (no report)",
    ),
    "letter-share-of-target": Words(
        th="คิดเป็นร้อยละ {percent} ของเป้าหมาย {target} {unit}",
        en="{percent} % of the target of {target} {unit}",
    ),
    "letter-province-carried": Words(
        th="สำหรับจังหวัด{province} ซึ่งไม่ได้รายงานผลในรอบนี้ ตามข้อมูลล่าสุดของรอบเดือน{carried}",
        en="{province}, which did not report this round: by its latest figures, of {carried},",
    ),
}


def said_round(period: str, style: Literal["long", "short"] = "long") -> Said:
    """A round, ``YYYY-MM``, as a sentence says it in either language: เมษายน 2561 / April 2018 (short:
    เม.ย. 61 / Apr 2018)."""
    return Said("round", {"th": say_period(period, "th", style), "en": say_period(period, "en", style)})
