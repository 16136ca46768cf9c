"""What cannot be done, and why: the refusals the core raises as a code and its parameters.

A refusal's ``field`` (what the user wrote that it concerns: ``period``, ``province``, ``output``…) is
not in these words: each front end puts its own name for it before them (``--period '2561-13': …`` on
the command line, the round box's label on the page); a ``Field`` parameter (``{option}``) is another
thing the user can write, named the same way.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

REFUSALS: dict[str, Words] = {
    "period-invalid": Words(
        th="เขียนรอบเดือนแบบ 2018-04, 2561-04, เม.ย. 61 หรือ เมษายน 2561",
        en="write the month as 2018-04, 2561-04, เม.ย. 61 or เมษายน 2561",
    ),
    # indicators.py
    "indicator-unknown": Words(
        th="ไม่มีตัวชี้วัดนี้ ใช้ auto หรือ {known}", en="no such indicator; use auto or one of {known}"
    ),
    "indicator-none-counts": Words(
        th="ไม่มีตัวชี้วัดใน indicators.toml ที่นับ {unit}", en="no indicator in indicators.toml counts {unit}"
    ),
    # The process's own lines (cli/app.py): a run interrupted, and a bug.
    "interrupted": Words(
        th="หยุดแล้ว ไม่มีไฟล์ผลลัพธ์ที่เขียนค้างไว้ครึ่งเดียว", en="interrupted; no output file was left half written"
    ),
    "unexpected-error": Words(
        th="ข้อผิดพลาดที่ไม่คาดคิด ({name}) เป็นข้อบกพร่องของโปรแกรม กรุณาแจ้งพร้อมผลของคำสั่งเดิมที่เพิ่ม --debug",
        en="unexpected error ({name}): this is a bug;"
        " please report it with the output of the same command run with --debug",
    ),
}
