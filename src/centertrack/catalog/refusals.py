"""What cannot be done, and why: the refusals the core raises as a code and its parameters.

A refusal's ``field`` (what the user wrote that it concerns: ``period``, ``province``, ``output``…) is
not in these words: each front end puts its own name for it before them (``--period '2561-13': …`` on
the command line, the round box's label on the page).
"""

from __future__ import annotations

from centertrack.catalog.words import Words

REFUSALS: dict[str, Words] = {
    "period-invalid": Words(
        th="เขียนรอบเดือนแบบ 2018-04, 2561-04, เม.ย. 61 หรือ เมษายน 2561",
        en="write the month as 2018-04, 2561-04, เม.ย. 61 or เมษายน 2561",
    ),
}
