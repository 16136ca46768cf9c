"""Labels: the words around the data (headers, statuses, units, verdicts, counts), Thai and English."""

from __future__ import annotations

from centertrack.catalog.words import Words

LABELS: dict[str, Words] = {
    # An annex with no province (annex.empty_annex), said instead of writing an empty table.
    "annex-empty": Words(
        th="ไม่มีจังหวัดที่ยังไม่ครบตามเป้าหมาย จึงไม่มีบัญชีแนบท้าย และไม่ได้เขียนไฟล์",
        en="no province is behind its target: there is no annex to write, and no file was written",
    ),
    "annex-empty-registers": Words(
        th="ไม่มีจังหวัดที่ยังไม่ครบตามเป้าหมาย จึงไม่มีบัญชีแนบท้าย และไม่ได้เขียนไฟล์;"
        " อีก {count} จังหวัดมีแต่ทะเบียนรับเรื่อง ไม่ได้รายงานจำนวนศูนย์ จึงไม่อยู่ในบัญชี",
        en="no province is behind its target: there is no annex to write, and no file was written;"
        " {count} province(s) known only from case registers, whose centers are not reported, are not listed",
    ),
    "more-rows": Words(th=" (และอีก {more:n//} แถว)", en=" (and {more:n/more row/more rows})"),
    "list-or": Words(th=" หรือ ", en=" or "),  # a list's "or": {names:or}
    "none": Words(th="ไม่มี", en="none"),
    # What an indicator counts, as a refusal says it (ตัวชี้วัดที่ 4.2 นับเป็นรายอำเภอ).
    "counts-districts": Words(th="อำเภอ", en="districts"),
    "counts-laos": Words(th="องค์กรปกครองส่วนท้องถิ่น", en="laos"),
}
