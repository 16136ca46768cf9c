"""The plausibility warnings of a round (centertrack round): a province's figure against its own
history. Issue codes like validation's (at a cell, in the feedback copy), kept apart from
catalog/issues.py, which holds what one file says on its own."""

from __future__ import annotations

from centertrack.catalog.issues import IssueWords
from centertrack.catalog.words import Words

PLAUSIBILITY: dict[str, IssueWords] = {
    "established-fell": IssueWords(
        "warning",
        Words(
            th="{province}: จัดตั้งแล้วลดลงจาก {before} (รอบ {period:month-short}) เหลือ {now}",
            en="{province_en}: established fell from {before} (round {period:month-short}) to {now}",
        ),
        Words(
            th="ตรวจสอบจำนวนที่จัดตั้งแล้ว ศูนย์ที่จัดตั้งแล้วไม่ควรลดลง",
            en="check the established count: centers do not close",
        ),
    ),
    "rise-beyond-remaining": IssueWords(
        "warning",
        Words(
            th="{province}: จัดตั้งเพิ่ม {rise} แห่ง มากกว่าที่ยังเหลือ {left} แห่ง (รอบ {period:month-short})",
            en="{province_en}: {rise} more established, beyond the {left} left (round {period:month-short})",
        ),
        Words(th="ตรวจสอบจำนวนที่จัดตั้งแล้ว หรือจำนวนทั้งหมด", en="check the established count or the total"),
    ),
    "rise-unusual": IssueWords(
        "warning",
        Words(
            th="{province}: จัดตั้งเพิ่ม {rise} แห่งจากรอบ {period:month-short} มากกว่าที่เคยเพิ่มในเดือนใด (สูงสุด {most})",
            en="{province_en}: {rise} more established since round {period:month-short}, more than in any month before "
            "(at most {most})",
        ),
        Words(th="ตรวจสอบว่าตัวเลขถูกต้อง", en="check that the figure is right"),
    ),
}
