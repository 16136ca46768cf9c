"""Labels: the words around the data (headers, statuses, units, verdicts, counts), Thai and English."""

from __future__ import annotations

from centertrack.catalog.words import Words

LABELS: dict[str, Words] = {
    "more-rows": Words(th=" (และอีก {more:n//} แถว)", en=" (and {more:n/more row/more rows})"),
    "list-or": Words(th=" หรือ ", en=" or "),  # a list's "or": {names:or}
    "none": Words(th="ไม่มี", en="none"),
    # What an indicator counts, as a refusal says it (ตัวชี้วัดที่ 4.2 นับเป็นรายอำเภอ).
    "counts-districts": Words(th="อำเภอ", en="districts"),
    "counts-laos": Words(th="องค์กรปกครองส่วนท้องถิ่น", en="laos"),
}
