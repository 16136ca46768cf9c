"""The catalogue's words: plurals, lists given whole, dates as each language writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


# Issues stored by earlier versions carry their words as parameters (X_th beside X_en, or an English X):
# each with the message and hint they were said with then (as the earlier code said them).
OLD_STORED = [
    (
        "unknown-province",
        {
            "what_th": "ชลบุร ไม่ใช่ชื่อจังหวัด",
            "what_en": "ชลบุร is not a province",
            "suggest_th": "หมายถึง ชลบุรี หรือไม่?",
            "suggest_en": "did you mean ชลบุรี (Chon Buri)?",
        },
        ("ชลบุร ไม่ใช่ชื่อจังหวัด", "หมายถึง ชลบุรี หรือไม่?"),
        ("ชลบุร is not a province", "did you mean ชลบุรี (Chon Buri)?"),
    ),
    (
        "report-date-invalid",
        {
            "reason": "impossible date '31/2/61': February 2018 has 28 days",
            "reason_th": "ไม่มีวันที่ 31/2/61 ในปฏิทิน: เดือนกุมภาพันธ์ 2561 มี 28 วัน",
        },
        ("วันที่ '31/2/61' ไม่ถูกต้อง: ไม่มีวันที่ 31/2/61 ในปฏิทิน: เดือนกุมภาพันธ์ 2561 มี 28 วัน", None),
        (
            "the date '31/2/61' is not a valid date: impossible date '31/2/61': February 2018 has 28 days",
            None,
        ),
    ),
    (
        "indicator-inferred",
        {
            "indicator": "4.2",
            "reason_th": "จำนวนทั้งหมด 9 จาก 10 แถวตรงกับจำนวนอำเภอ",
            "reason_en": "9 of 10 totals match the number of districts",
        },
        ("ถือเป็นตัวชี้วัด 4.2: จำนวนทั้งหมด 9 จาก 10 แถวตรงกับจำนวนอำเภอ", None),
        ("taken as indicator 4.2: 9 of 10 totals match the number of districts", None),
    ),
    (
        "missing-column",
        {"column_th": "จัดตั้งแล้ว (แห่ง)", "column_en": "Established"},
        ("ไม่มีคอลัมน์ จัดตั้งแล้ว (แห่ง)", "เพิ่มคอลัมน์ จัดตั้งแล้ว (แห่ง) ในแถวหัวตาราง"),
        ("the Established column is missing", "add the Established column to the header row"),
    ),
    (
        "total-differs-from-reference",
        {
            "total": 8,
            "official": 12,
            "province": "พิจิตร",
            "province_en": "Phichit",
            "unit_th": "อำเภอ",
            "unit_en": "districts",
            "suggest_th": "พังงา มี 8 อำเภอ ตรงกับจำนวนนี้: หมายถึง พังงา หรือไม่?",
            "suggest_en": "Phang Nga has 8 districts: did you mean พังงา (Phang Nga)?",
        },
        ("จำนวนทั้งหมด 8 ไม่ตรงกับจำนวนอำเภอของพิจิตร (12)", "พังงา มี 8 อำเภอ ตรงกับจำนวนนี้: หมายถึง พังงา หรือไม่?"),
        (
            "total 8 differs from Phichit's official number of districts (12)",
            "Phang Nga has 8 districts: did you mean พังงา (Phang Nga)?",
        ),
    ),
    (
        "indicator-mismatch",
        {"level_th": " อปท.", "level_en": "LAOs", "sheet_indicator": "4.1", "indicator": "4.2"},
        ("แบบรายงานนี้เป็นรายการ อปท. ซึ่งเป็นของตัวชี้วัด 4.1 ไม่ใช่ 4.2", None),
        ("this sheet lists LAOs, which belong to indicator 4.1, not 4.2", None),
    ),
    (
        "value-normalized",
        {"normalized": "11", "change_th": "เลขไทย", "change_en": "Thai digits"},
        ("อ่าน '31/2/61' เป็น '11' (เลขไทย)", None),
        ("read '31/2/61' as '11' (Thai digits)", None),
    ),
]


@pytest.mark.parametrize(("code", "params", "thai", "english"), OLD_STORED, ids=[c[0] for c in OLD_STORED])
def test_an_issue_stored_with_its_words_is_said_as_it_was(
    code: str, params: dict[str, object], thai: tuple[str, str | None], english: tuple[str, str | None]
) -> None:
    stored = json.loads(json.dumps(params, ensure_ascii=False))  # as history/rounds.py reads it back
    issue = Issue(code, "a.xlsx", value="31/2/61", params=stored)
    for lang, (message, hint) in (("th", thai), ("en", english)):
        assert issue.message(lang) == message
        assert hint is None or issue.hint(lang) == hint


def test_the_checks_hand_up_codes_that_a_store_keeps() -> None:
    """Every issue of the fixtures is said the same after its parameters went through JSON, as the
    history store keeps them (Said and Words revived), and none carries a sentence of its own."""
    from centertrack.catalog import jsonable
    from centertrack.runner import validate_paths

    fixtures = sorted((ROOT / "tests" / "data" / "validate").glob("*.xlsx"))
    fixtures += sorted((ROOT / "tests" / "data" / "detail").glob("*.csv"))
    issues = validate_paths(fixtures).issues + validate_paths([ROOT / "data" / "examples"]).issues
    codes = {issue.code for issue in issues}
    assert {"unknown-province", "not-a-number", "sum-mismatch", "total-differs-from-reference"} <= codes
    for issue in issues:
        stored = json.loads(json.dumps(dict(issue.params), ensure_ascii=False, default=jsonable))
        again = Issue(
            issue.code, issue.file, issue.sheet, issue.cell, issue.row, issue.column, issue.value, stored
        )
        for lang in ("th", "en"):
            assert (again.message(lang), again.hint(lang)) == (issue.message(lang), issue.hint(lang))
        if issue.code != "file-unreadable":  # its reasons are the readers' to convert
            assert not any(key.endswith("_th") and isinstance(v, str) for key, v in issue.params.items())
