"""The catalogue's words: plurals, lists given whole, dates as each language writes them."""

from __future__ import annotations

import json
from pathlib import Path

from rich.cells import cell_len
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.issues import ISSUES, Issue
from centertrack.limits import SHOWN_VALUE_CHARS
from centertrack.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
CORRECTED = ROOT / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
GOLDEN = Path(__file__).parent / "data" / "words"


def test_counts_take_their_nouns_in_english() -> None:
    one = Issue("rows-excluded", "a.xlsx", params={"count": 1, "rows": "2"})
    many = Issue("rows-excluded", "a.xlsx", params={"count": 1203, "rows": "2, 3"})
    assert one.message("en") == "1 row with errors left out of the totals (row no. 2)"
    assert many.message("en") == "1,203 rows with errors left out of the totals (row no. 2, 3)"
    assert one.message("th") == "ไม่นับรวม 1 แถวที่มีข้อผิดพลาด (แถวที่ 2)"  # the (2) says what it is
    blank = Issue("blank-row", "a.xlsx", params={"rows": 1, "first": 5, "last": 5})
    assert blank.message("en") == "1 blank row (5–5) inside the table"
    missing = Issue(
        "missing-provinces", "a.xlsx", params={"count": 1, "names_th": ["ตาก"], "names_en": ["Tak"]}
    )
    assert missing.message("en") == "1 province has not reported: Tak"
    every = [w for e in ISSUES.values() for w in (e.message.th, e.message.en, e.hint.th, e.hint.en)]
    assert not any("(s)" in words for words in every)


def test_a_column_is_named_with_the() -> None:
    issue = Issue("missing-column", "a.xlsx", params={"column_th": "จัดตั้งแล้ว", "column_en": "Established"})
    assert issue.hint("en") == "add the Established column to the header row"


def test_dates_in_thai_as_the_letters_write_them() -> None:
    issue = Issue(
        "establishment-date-after-report", "a.xlsx", params={"since": "2018-05-01", "as_of": "2018-04-10"}
    )
    assert issue.message("th") == "วันที่จัดตั้ง 1 พฤษภาคม 2561 อยู่หลังวันที่ของรายงาน (10 เมษายน 2561)"
    assert issue.message("en") == "set up on 2018-05-01, after the report's date (2018-04-10)"
    future = Issue("report-date-in-future", "a.xlsx", params={"date": "2030-01-02"})
    assert future.message("th") == "วันที่ของรายงาน 2 มกราคม 2573 อยู่ในอนาคต"


def test_a_list_is_never_clipped_a_cell_is() -> None:
    provinces = load_reference().supervised
    names = [p.name_th for p in provinces]
    issue = Issue(
        "missing-provinces",
        "a.xlsx",
        params={"count": len(names), "names_th": names, "names_en": [p.name_en for p in provinces]},
    )
    assert len(issue.message("th")) > SHOWN_VALUE_CHARS
    assert issue.message("th").endswith(", ".join(names[-3:]))
    assert issue.to_dict("th")["names_th"] == names  # in the JSON as a list
    long_cell = Issue("duplicate-province", "a.xlsx", params={"province": "ก" * 1000, "first": "B7"})
    assert len(long_cell.message("th")) < SHOWN_VALUE_CHARS + 50  # a cell's text is still quoted clipped


def test_validate_complete_names_every_province_that_has_not_reported() -> None:
    """Golden: the 66 provinces the seed form lacks, all of them, in the message and as lists."""
    result = CliRunner().invoke(app, ["validate", str(CORRECTED), "--complete", "--format", "json"])
    issue = next(i for i in json.loads(result.stdout)["issues"] if i["code"] == "missing-provinces")
    expected = json.loads((GOLDEN / "missing-provinces.json").read_text(encoding="utf-8"))
    assert {**issue, "file": expected["file"]} == expected
    assert len(issue["names_th"]) == len(issue["names_en"]) == 66
    assert "…" not in issue["message"]
    assert issue["message"].endswith("อุตรดิตถ์, อุทัยธานี, อุบลราชธานี")


def test_validate_complete_folds_the_whole_list_on_an_80_column_terminal() -> None:
    result = CliRunner().invoke(app, ["validate", str(CORRECTED), "--complete"], env={"COLUMNS": "80"})
    text = result.stdout
    assert "…" not in text
    table = [line for line in text.splitlines() if line.startswith(" ")]  # not the heading, the verdict
    assert max(cell_len(line) for line in table) <= 80  # (those stay one line each, to grep)
    printed = "".join(line.strip() for line in text.splitlines())
    expected = json.loads((GOLDEN / "missing-provinces.json").read_text(encoding="utf-8"))
    for name in expected["names_th"]:
        assert name in printed.replace(" ", "").replace("│", ""), name
