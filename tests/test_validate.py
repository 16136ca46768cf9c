"""Tests of ``centertrack validate`` against its contract (issue 3): every problem once, at its cell.

Each sheet in tests/data/validate/ (made by tests/data/make_fixtures.py) plants one problem among
real official counts, so that exactly the planted issue must fire: the tests compare the *set* of
(code, severity, cell) found with the one expected, so a missing or an extra issue fails. The notices
that summarise a run (indicator-inferred, rows-excluded, column-derived) are not in the contract's
table and are tested on their own.

Tests marked xfail(strict=True) pin a bug in the code under test: the reason names the place.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.issues import ISSUES, Issue
from centertrack.reports.json import validation_json
from centertrack.reports.terminal import validation_report
from centertrack.runner import Validation, validate_paths

HERE = Path(__file__).parent
FIXTURES = HERE / "data" / "validate"
EXAMPLES = HERE.parent / "data" / "examples"
TODAY = datetime.date(2018, 5, 1)  # the fixtures are dated 10 April 2018 (BE 2561)

# The contract's table of codes and severities (issue 3).
CONTRACT: dict[str, str] = {
    "file-unreadable": "error",
    "header-not-found": "error",
    "no-data-rows": "error",
    "value-outside-table": "error",
    "missing-column": "error",
    "formula-not-calculated": "error",
    "not-a-number": "error",
    "not-a-whole-number": "error",
    "negative-count": "error",
    "value-normalized": "notice",
    "unknown-province": "error",
    "blank-row": "warning",
    "sum-mismatch": "error",
    "established-exceeds-total": "error",
    "duplicate-province": "error",
    "total-differs-from-reference": "error",
    "sequence-gap": "warning",
    "totals-row-mismatch": "error",
    "subtotal-mismatch": "error",
    "report-date-invalid": "warning",
    "report-date-in-future": "warning",
    "missing-provinces": "warning",
    "conflicting-reports": "error",
}
ISSUE_KEYS = {"code", "severity", "file", "sheet", "cell", "row", "column", "value", "message", "hint"}
# Beside them, when the issue has them: the rows it stands for, and the lists it names (given whole).
OPTIONAL_KEYS = {"more_rows", "names_th", "names_en", "names", "rows"}
FILE_KEYS = {"path", "sheet", "indicator", "encoding", "as_of", "rows"}

# The letter's form with row 7 corrected to พังงา: (province, total, established, remaining).
LETTER = [
    ("ฉะเชิงเทรา", 11, 5, 6),
    ("ชลบุรี", 11, 0, 11),
    ("ตาก", 9, 3, 6),
    ("นครปฐม", 7, 3, 4),
    ("นครสวรรค์", 15, 3, 12),
    ("นนทบุรี", 6, 5, 1),
    ("พังงา", 8, 7, 1),
    ("เพชรบุรี", 8, 6, 2),
    ("สตูล", 7, 6, 1),
    ("สุพรรณบุรี", 10, 9, 1),
]

TOTAL = "จำนวนทั้งหมด (แห่ง)"
ESTABLISHED = "จัดตั้งแล้ว (แห่ง)"
REMAINING = "ยังไม่ได้จัดตั้ง (แห่ง)"
PROVINCE = "จังหวัด"
NO = "ลำดับที่"
TOTAL_41 = "จำนวน อปท. ทั้งหมด (แห่ง)"

Found = set[tuple[str, str, str | None]]


def check(*names: str, indicator: str = "4.2", complete: bool = False) -> Validation:
    return validate_paths([FIXTURES / n for n in names], indicator, complete=complete, today=TODAY)


def found(result: Validation) -> Found:
    """(code, severity, cell) of every issue of the contract's table."""
    return {(i.code, i.severity, i.cell) for i in result.issues if i.code in CONTRACT}


def only(result: Validation, code: str) -> Issue:
    issues = [i for i in result.issues if i.code == code]
    assert len(issues) == 1, issues
    return issues[0]


def row_of(cell: str) -> int:
    return int(re.sub(r"^[A-Z]+", "", cell))


@dataclass(frozen=True)
class Expect:
    code: str
    severity: str
    cell: str | None = None
    column: str | None = None  # the header as written, when the issue is about a column's cell
    value: str | None = None  # the cell as written


E = Expect

# fixture, indicator, the issues of the contract's table it must yield (and no other).
CASES: list[tuple[str, str, list[Expect]]] = [
    ("clean-4.2.xlsx", "4.2", []),
    ("clean-cp874.csv", "4.2", []),
    ("clean-utf8-bom.csv", "4.2", []),
    ("clean-semicolon.csv", "4.2", []),
    ("clean-unicode-text.txt", "4.2", []),
    ("column-derived.xlsx", "4.2", []),
    ("remaining-left-blank.xlsx", "4.2", []),
    ("clean-merged-header.xlsx", "4.2", []),
    ("clean-totals-row.xlsx", "4.2", []),
    ("totals-row-partial.xlsx", "4.2", []),
    ("clean-4.1.xlsx", "4.1", []),
    (
        "clean-english.xlsx",
        "4.2",
        [E("value-normalized", "notice", f"B{r}", "Province") for r in range(4, 14)],
    ),
    ("unreadable-random.xlsx", "4.2", [E("file-unreadable", "error")]),
    ("unreadable-empty.xlsx", "4.2", [E("file-unreadable", "error")]),
    ("unreadable-truncated.xlsx", "4.2", [E("file-unreadable", "error")]),
    ("unreadable-encrypted.xlsx", "4.2", [E("file-unreadable", "error")]),
    ("unreadable-encoding.csv", "4.2", [E("file-unreadable", "error")]),
    ("header-not-found.xlsx", "4.2", [E("header-not-found", "error")]),
    ("header-not-found.csv", "4.2", [E("header-not-found", "error")]),
    ("missing-column-established.xlsx", "4.2", [E("missing-column", "error")]),
    ("missing-column-total.csv", "4.2", [E("missing-column", "error")]),
    ("formula-remaining.xlsx", "4.2", [E("formula-not-calculated", "error", "E6", REMAINING, "=C6-D6")]),
    ("not-a-number.xlsx", "4.2", [E("not-a-number", "error", "D7", ESTABLISHED, "ไม่มีข้อมูล")]),
    ("not-a-whole-number.xlsx", "4.2", [E("not-a-whole-number", "error", "D8", ESTABLISHED, "3.5")]),
    ("not-a-number.csv", "4.2", [E("not-a-number", "error", "D7", ESTABLISHED, "ไม่มีข้อมูล")]),
    ("not-a-whole-number.csv", "4.2", [E("not-a-whole-number", "error", "D8", ESTABLISHED, "3.5")]),
    ("negative-count.xlsx", "4.2", [E("negative-count", "error", "E6", REMAINING, "-1")]),
    ("negative-count.csv", "4.2", [E("negative-count", "error", "E6", REMAINING, "-1")]),
    (
        "value-normalized.xlsx",
        "4.2",
        [
            E("value-normalized", "notice", "C6", TOTAL, "๑๑"),
            E("value-normalized", "notice", "B7", PROVINCE, "Chonburi"),
            E("value-normalized", "notice", "B9", PROVINCE, "จ.นครปฐม"),
            E("value-normalized", "notice", "D10", ESTABLISHED, "3 แห่ง"),
        ],
    ),
    (
        "value-normalized.csv",
        "4.2",
        [
            E("value-normalized", "notice", "B6", PROVINCE, "20"),
            E("value-normalized", "notice", "B7", PROVINCE, "จ.ตาก"),
            E("value-normalized", "notice", "E8", REMAINING, "๑"),
        ],
    ),
    ("value-normalized-4.1.xlsx", "4.1", [E("value-normalized", "notice", "C10", TOTAL_41, "1,015")]),
    ("unknown-province.xlsx", "4.2", [E("unknown-province", "error", "B7", PROVINCE, "ชลบุร")]),
    ("unknown-province-bangkok.csv", "4.2", [E("unknown-province", "error", "B7", PROVINCE, "กรุงเทพมหานคร")]),
    ("unknown-province-empty.xlsx", "4.2", [E("unknown-province", "error", "B7", PROVINCE, "")]),
    ("value-outside-table.xlsx", "4.2", [E("value-outside-table", "error", "G8")]),
    ("text-outside-table.xlsx", "4.2", [E("value-outside-table", "error", "H7")]),
    ("no-data-rows.xlsx", "4.2", [E("no-data-rows", "error")]),
    ("blank-row.xlsx", "4.2", [E("blank-row", "warning", "A8")]),
    ("blank-row.csv", "4.2", [E("blank-row", "warning", "A8")]),
    ("sum-mismatch.xlsx", "4.2", [E("sum-mismatch", "error", "E7", REMAINING, "5")]),
    ("sum-mismatch.csv", "4.2", [E("sum-mismatch", "error", "E7", REMAINING, "5")]),
    (
        "established-exceeds-total.xlsx",
        "4.2",
        [E("established-exceeds-total", "error", "D7", ESTABLISHED, "12")],
    ),
    ("duplicate-province.xlsx", "4.2", [E("duplicate-province", "error", "B9", PROVINCE, "ชลบุรี")]),
    ("seed-form.xlsx", "4.2", [E("total-differs-from-reference", "error", "C12", TOTAL, "8")]),
    ("seed-form.csv", "4.2", [E("total-differs-from-reference", "error", "C12", TOTAL, "8")]),
    ("sequence-gap.xlsx", "4.2", [E("sequence-gap", "warning", "A8", NO, "4")]),
    ("totals-row-mismatch.xlsx", "4.2", [E("totals-row-mismatch", "error", "C9", TOTAL, "32")]),
    ("subtotal-mismatch.xlsx", "4.2", [E("subtotal-mismatch", "error", "D21", ESTABLISHED, "12")]),
    (
        "report-date-invalid.xlsx",
        "4.2",
        [E("report-date-invalid", "warning", "A10", None, "อัปเดตวันที่ 31/2/61")],
    ),
    (
        "report-date-in-future.xlsx",
        "4.2",
        [E("report-date-in-future", "warning", "A10", None, "อัปเดตวันที่ 15/5/61")],
    ),
    ("report-date-excel-1961.xlsx", "4.2", [E("report-date-invalid", "warning", "B10", None, "1961-04-10")]),
    ("report-date-excel-2561.xlsx", "4.2", []),
]


@pytest.mark.parametrize(("name", "indicator", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_yields_exactly_the_planted_issue(name: str, indicator: str, expected: list[Expect]) -> None:
    result = check(name, indicator=indicator)
    assert found(result) == {(e.code, e.severity, e.cell) for e in expected}
    for e in expected:
        [issue] = [i for i in result.issues if (i.code, i.cell) == (e.code, e.cell)]
        assert Path(issue.file).name == name
        assert issue.row == (row_of(e.cell) if e.cell else None)
        if e.column is not None:
            assert issue.column == e.column
        if e.value is not None:
            assert issue.value == e.value
    assert all(i.code in ISSUES for i in result.issues)


def test_contract_severities_are_the_catalog_s() -> None:
    assert {code: ISSUES[code].severity for code in CONTRACT} == CONTRACT


def test_every_contract_code_has_a_fixture() -> None:
    codes = {e.code for _, _, expected in CASES for e in expected}
    # Checked by their own tests below: across files, with --complete, with today's date.
    codes |= {"missing-provinces", "conflicting-reports", "report-date-in-future"}
    assert codes == set(CONTRACT)


def test_fixtures_are_reproducible(tmp_path: Path) -> None:
    """make_fixtures.py writes exactly the committed files (names and bytes)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "data" / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    setattr(module, "OUT", tmp_path)  # noqa: B010 (a module loaded from a path: mypy cannot see OUT)
    module.main()
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in FIXTURES.iterdir()}
    assert made.keys() == committed.keys()
    assert [n for n in made if made[n] != committed[n]] == []


# -- clean sheets ----------------------------------------------------------------------------------------

CLEAN_42 = [
    ("clean-4.2.xlsx", None, "Sheet1", datetime.date(2018, 4, 10)),
    ("clean-cp874.csv", "cp874", "clean-cp874", datetime.date(2018, 4, 10)),
    ("clean-utf8-bom.csv", "utf-8-sig", "clean-utf8-bom", datetime.date(2018, 4, 10)),
    ("clean-semicolon.csv", "utf-8", "clean-semicolon", None),
    ("clean-unicode-text.txt", "utf-16", "clean-unicode-text", datetime.date(2018, 4, 10)),
    ("column-derived.xlsx", None, "Sheet1", datetime.date(2018, 4, 10)),
    ("clean-merged-header.xlsx", None, "Sheet1", datetime.date(2018, 4, 10)),
    ("clean-english.xlsx", None, "Sheet1", datetime.date(2018, 4, 10)),
    ("clean-totals-row.xlsx", None, "Sheet1", datetime.date(2018, 4, 10)),
]


@pytest.mark.parametrize(("name", "encoding", "sheet", "as_of"), CLEAN_42, ids=[c[0] for c in CLEAN_42])
def test_clean_sheet_reads_every_layout(
    name: str, encoding: str | None, sheet: str, as_of: datetime.date | None
) -> None:
    result = check(name, indicator="auto")
    assert [i for i in result.issues if i.severity != "notice"] == []
    assert (result.valid, result.exit_code, result.indicator.id) == (True, 0, "4.2")
    assert [(s.sheet, s.encoding, s.as_of, s.rows) for s in result.sheets] == [(sheet, encoding, as_of, 10)]
    numbers = [(e.province.name_th, *e.numbers) for e in result.entries]
    assert numbers == LETTER
    assert not any(e.flagged for e in result.entries)
    # auto says how it chose: all ten totals are districts.
    inferred = only(result, "indicator-inferred")
    assert "10" in inferred.message("en") and "4.2" in inferred.message("en")


def test_provinces_grouped_by_region_under_headings_and_subtotals() -> None:
    """ภาคเหนือ over its provinces numbered from 1, closed by รวมภาคเหนือ: headings are no provinces,
    subtotals are no data (each is checked against its group), and numbering may start again."""
    result = check("clean-regions.xlsx")
    assert [i for i in result.issues if i.severity != "notice"] == []
    assert [s.rows for s in result.sheets] == [10]
    assert sorted((e.province.name_th, *e.numbers) for e in result.entries) == sorted(LETTER)
    issue = only(check("subtotal-mismatch.xlsx"), "subtotal-mismatch")
    assert issue.message("en") == "รวมภาคใต้, จัดตั้งแล้ว (แห่ง): 12, but the group's 2 rows add up to 13"
    assert issue.message("th") == "รวมภาคใต้ จัดตั้งแล้ว (แห่ง): 12 แต่ 2 แถวของกลุ่มนี้รวมกันได้ 13"


def test_a_missing_remaining_column_is_derived_and_said() -> None:
    result = check("column-derived.xlsx")
    notice = only(result, "column-derived")
    assert (notice.severity, notice.cell) == ("notice", None)
    assert "Remaining" in notice.message("en") and "ยังไม่ได้จัดตั้ง" in notice.message("th")
    assert [e.remaining for e in result.entries] == [left for *_, left in LETTER]
    assert "column-derived" not in {i.code for i in check("clean-4.2.xlsx").issues}


def test_a_remaining_column_left_blank_is_derived_once() -> None:
    """One cause, one issue: an office that leaves ยังไม่ได้จัดตั้ง empty gets one notice at its header,
    not an error on every row, and its numbers are counted."""
    result = check("remaining-left-blank.xlsx")
    notice = only(result, "column-derived")
    assert (notice.cell, notice.column) == ("E5", REMAINING)
    assert "empty" in notice.message("en") and "ว่าง" in notice.message("th")
    assert [(e.province.name_th, *e.numbers) for e in result.entries] == LETTER
    assert not any(e.flagged for e in result.entries)


@pytest.mark.parametrize("name", ["seed-corrected.xls", "seed-corrected.ods"])
def test_xls_and_ods_are_checked_like_xlsx(name: str) -> None:
    """The corrected seed form saved by LibreOffice as Excel 97-2003 and as ODS."""
    result = validate_paths([HERE / "data" / "formats" / name], "auto", today=TODAY)
    assert [i for i in result.issues if i.severity != "notice"] == []
    assert [(s.format, s.as_of, s.rows) for s in result.sheets] == [
        (name.rsplit(".", 1)[1], datetime.date(2018, 4, 10), 10)
    ]
    assert [(e.province.name_th, *e.numbers) for e in result.entries] == LETTER


def test_clean_41_sheet_is_inferred_as_41() -> None:
    result = check("clean-4.1.xlsx", indicator="auto")
    assert result.indicator.id == "4.1"
    assert [i.code for i in result.issues] == ["indicator-inferred"]
    assert (result.entries[0].province.name_th, result.entries[0].total) == ("นครราชสีมา", 334)


def test_two_row_merged_header_maps_the_joined_labels() -> None:
    result = check("clean-merged-header.xlsx")
    sheet_issues = [i for i in result.issues if i.severity != "notice"]
    assert sheet_issues == []
    assert result.sheets[0].rows == 10


def test_the_letter_s_form_with_its_real_counts_is_clean_with_complete_it_lacks_66() -> None:
    result = check("clean-4.2.xlsx", complete=True)
    assert found(result) == {("missing-provinces", "warning", None)}
    issue = only(result, "missing-provinces")
    assert issue.params["count"] == 66
    assert "กระบี่" in issue.message("th") and "ตาก" not in issue.message("th")
    assert "Krabi" in issue.message("en")
    assert result.exit_code == 0  # a warning, not an error


def test_complete_national_sheet_lacks_nothing() -> None:
    result = validate_paths([EXAMPLES / "national-4.2-2561-04.xlsx"], "4.2", complete=True, today=TODAY)
    assert found(result) == set()


# -- each code's details -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "unreadable-random.xlsx",
        "unreadable-empty.xlsx",
        "unreadable-truncated.xlsx",
        "unreadable-encrypted.xlsx",
        "unreadable-encoding.csv",
    ],
)
def test_unreadable_file_exit_2_with_a_reason_and_what_to_do(name: str) -> None:
    result = check(name)
    assert (result.exit_code, result.valid, result.sheets) == (2, False, [])
    issue = only(result, "file-unreadable")
    assert (issue.sheet, issue.cell, issue.row) == (None, None, None)
    for lang in ("th", "en"):
        assert issue.message(lang).strip() and issue.hint(lang).strip()
    assert str(FIXTURES / name) == issue.file


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("unreadable-empty.xlsx", "empty"),
        ("unreadable-encrypted.xlsx", "password"),
        ("unreadable-encoding.csv", "cp874"),
    ],
)
def test_unreadable_reason_names_the_cause(name: str, word: str) -> None:
    assert word in only(check(name), "file-unreadable").message("en")


def test_an_unreadable_file_does_not_stop_the_others() -> None:
    result = check("unreadable-random.xlsx", "seed-form.xlsx")
    assert result.exit_code == 2
    assert {(Path(i.file).name, i.code, i.cell) for i in result.issues if i.code in CONTRACT} == {
        ("unreadable-random.xlsx", "file-unreadable", None),
        ("seed-form.xlsx", "total-differs-from-reference", "C12"),
    }


def test_missing_column_names_the_column() -> None:
    assert "Established" in only(check("missing-column-established.xlsx"), "missing-column").message("en")
    assert "จัดตั้งแล้ว" in only(check("missing-column-established.xlsx"), "missing-column").message("th")
    assert "Total" in only(check("missing-column-total.csv"), "missing-column").message("en")


def test_formula_without_values_is_one_issue_per_column() -> None:
    result = check("formula-remaining.xlsx")
    issue = only(result, "formula-not-calculated")
    assert issue.params["count"] == 3
    assert "E6:E8" in issue.message("en") and "E6:E8" in issue.message("th")
    assert "Excel" in issue.hint("en")
    # The rows are left out of the totals, never counted as 0.
    assert result.entries == []


def test_value_normalized_says_what_was_changed() -> None:
    result = check("value-normalized.xlsx")
    by_cell = {i.cell: i for i in result.issues if i.code == "value-normalized"}
    assert "'11'" in by_cell["C6"].message("en") and "Thai digits" in by_cell["C6"].message("en")
    assert "เลขไทย" in by_cell["C6"].message("th")
    assert "ชลบุรี" in by_cell["B7"].message("en")
    assert "นครปฐม" in by_cell["B9"].message("th")
    assert "'3'" in by_cell["D10"].message("en")
    # The normalized values are the ones counted.
    assert [(e.province.name_th, *e.numbers) for e in result.entries] == LETTER[:5]
    assert result.exit_code == 0


def test_value_normalized_cp874_csv_dopa_code_and_prefix() -> None:
    result = check("value-normalized.csv")
    assert result.sheets[0].encoding == "cp874"
    assert [e.province.name_th for e in result.entries] == ["ชลบุรี", "ตาก", "พังงา"]
    assert result.entries[2].remaining == 1


def test_thousands_separator_in_the_totals_row_of_a_41_sheet() -> None:
    result = check("value-normalized-4.1.xlsx", indicator="4.1")
    issue = only(result, "value-normalized")
    assert "1015" in issue.message("en") and "thousands separator" in issue.message("en")
    assert result.valid


def test_unknown_province_suggests_the_closest_name_first() -> None:
    issue = only(check("unknown-province.xlsx"), "unknown-province")
    for lang in ("th", "en"):
        hint = issue.hint(lang)
        assert "ชลบุรี" in hint
        others = [n for n in ("ลพบุรี", "ราชบุรี") if n in hint]
        assert all(hint.index("ชลบุรี") < hint.index(n) for n in others)
    assert "ชลบุร" in issue.message("th")


def test_bangkok_is_a_province_but_not_dla_s() -> None:
    issue = only(check("unknown-province-bangkok.csv"), "unknown-province")
    assert "Bangkok" in issue.message("en") or "DLA" in issue.message("en")


def test_a_run_of_three_blank_rows_is_one_warning() -> None:
    for name in ("blank-row.xlsx", "blank-row.csv"):
        result = check(name)
        issue = only(result, "blank-row")
        assert issue.params["rows"] == 3
        assert "8" in issue.message("en") and "10" in issue.message("en")
        # The rows after the blank run are still data.
        assert [e.province.name_th for e in result.entries] == ["ฉะเชิงเทรา", "ชลบุรี", "ตาก", "นครปฐม"]
        assert result.exit_code == 0


def test_sum_mismatch_hint_has_the_numbers() -> None:
    issue = only(check("sum-mismatch.xlsx"), "sum-mismatch")
    for lang in ("th", "en"):
        assert "3 + 5 = 8" in issue.hint(lang)
        assert "9" in issue.hint(lang)
        assert issue.message(lang).strip()


def test_established_exceeds_total_gives_both_numbers() -> None:
    issue = only(check("established-exceeds-total.xlsx"), "established-exceeds-total")
    assert "12" in issue.message("en") and "9" in issue.message("en")


def test_duplicate_province_is_one_issue_naming_both_cells() -> None:
    issue = only(check("duplicate-province.xlsx"), "duplicate-province")
    assert issue.cell == "B9"
    for lang in ("th", "en"):
        assert "B7" in issue.message(lang) and "ชลบุรี" in issue.message(lang)


@pytest.mark.parametrize(
    "path",
    [FIXTURES / "seed-form.xlsx", FIXTURES / "seed-form.csv", EXAMPLES / "seed-progress-4.2.xlsx"],
    ids=["fixture-xlsx", "fixture-cp874-csv", "data-examples"],
)
def test_the_seed_form_s_row_7_is_phang_nga(path: Path) -> None:
    result = validate_paths([path], "auto", today=TODAY)
    assert result.indicator.id == "4.2"
    assert found(result) == {("total-differs-from-reference", "error", "C12")}
    issue = only(result, "total-differs-from-reference")
    assert (issue.row, issue.value, issue.location) == (12, "8", f"{result.sheets[0].sheet}!C12")
    assert "พิจิตร" in issue.message("th") and "12" in issue.message("th")
    assert "12" in issue.message("en")
    for lang in ("th", "en"):
        hint = issue.hint(lang)
        assert "พังงา" in hint
        for other in ("ประจวบคีรีขันธ์", "บึงกาฬ", "Prachuap Khiri Khan", "Bueng Kan"):
            if other in hint:
                assert hint.index("พังงา") < hint.index(other)
    assert result.exit_code == 1


def test_sequence_gap_warns_once_and_resynchronises() -> None:
    issue = only(check("sequence-gap.xlsx"), "sequence-gap")
    assert issue.params["expected"] == 3


def test_totals_row_mismatch_has_both_numbers() -> None:
    issue = only(check("totals-row-mismatch.xlsx"), "totals-row-mismatch")
    assert "32" in issue.message("en") and "31" in issue.message("en")


def test_report_dates() -> None:
    invalid = check("report-date-invalid.xlsx")
    assert invalid.sheets[0].as_of is None
    assert "31/2/61" in only(invalid, "report-date-invalid").message("en")
    future = check("report-date-in-future.xlsx")
    assert future.sheets[0].as_of == datetime.date(2018, 5, 15)
    assert "2018-05-15" in only(future, "report-date-in-future").message("en")
    # The same footer is not in the future a month later.
    later = validate_paths([FIXTURES / "report-date-in-future.xlsx"], "4.2", today=datetime.date(2018, 6, 1))
    assert found(later) == set()
    for result in (invalid, future):
        assert result.exit_code == 0  # warnings only


def test_report_date_in_an_excel_date_cell() -> None:
    """A footer date typed into a Gregorian Excel: 10/4/2561 is the BE year, 10/4/61 is 1961 to Excel
    and must not become the report's date (it would put the deadline 20,000 days away)."""
    assert check("report-date-excel-2561.xlsx").sheets[0].as_of == datetime.date(2018, 4, 10)
    result = check("report-date-excel-1961.xlsx")
    assert result.sheets[0].as_of is None and result.as_of is None
    issue = only(result, "report-date-invalid")
    assert "1961" in issue.message("en") and "61" in issue.message("th") and "Excel" in issue.message("th")
    assert result.exit_code == 0


def test_conflicting_reports_of_one_province() -> None:
    result = check("conflict-a.xlsx", "conflict-b.csv")
    assert found(result) == {("conflicting-reports", "error", "B6")}
    issue = only(result, "conflicting-reports")
    assert Path(issue.file).name == "conflict-b.csv"
    for lang in ("th", "en"):
        message = issue.message(lang)
        assert "ตาก" in message and "9/4/5" in message and "9/3/6" in message
        assert "conflict-a.xlsx" in message
    assert result.exit_code == 1
    # Never summed: ตาก counts once.
    assert [e.province.name_th for e in result.entries] == ["ตาก"]


def test_the_same_numbers_in_two_files_are_no_conflict() -> None:
    result = check("conflict-a.xlsx", "same-b.csv")
    assert found(result) == set()
    assert [(e.province.name_th, *e.numbers) for e in result.entries] == [("ตาก", 9, 3, 6)]


# -- one cause, one issue ---------------------------------------------------------------------------------

ONE_CAUSE_ROWS = {
    ("negative-count", "error", "C7"),  # ขอนแก่น −1
    ("not-a-number", "error", "C8"),  # อุบลราชธานี left blank
    ("sum-mismatch", "error", "E10"),  # สตูล 30 + 10 = 40, but 42
}


def test_one_cause_one_issue_in_one_column() -> None:
    """Pandera's masking and frictionless' cascades, beaten: the −1, the blank and the bad sum in the
    column of a "1,057" text cell are each reported once, and nothing else fires."""
    result = check("one-cause.xlsx", indicator="4.1")
    data_rows = {f for f in found(result) if f[2] is None or row_of(f[2]) < 11}
    assert data_rows == ONE_CAUSE_ROWS
    # No cascade: the rows with a bad cell are not compared with the official counts or the sums …
    codes = [i.code for i in result.issues]
    assert "total-differs-from-reference" not in codes
    # … and a column with a bad cell is not added up against the รวม row.
    assert "totals-row-mismatch" not in codes
    issue = only(result, "sum-mismatch")
    assert "30 + 10 = 40" in issue.hint("en") and "42" in issue.hint("en")
    # The good rows and the sum-mismatch row's numbers are still read.
    assert [e.province.name_th for e in result.entries] == ["นครราชสีมา", "ศรีสะเกษ", "สตูล"]


def test_one_cause_the_totals_row_cell_is_still_read() -> None:
    result = check("one-cause.xlsx", indicator="4.1")
    assert found(result) == ONE_CAUSE_ROWS | {("value-normalized", "notice", "C11")}


def test_a_bad_totals_cell_is_not_masked_by_a_bad_cell_above_it() -> None:
    assert found(check("totals-row-not-a-number.xlsx")) == {
        ("not-a-number", "error", "D6"),
        ("not-a-number", "error", "D9"),
    }


def test_a_mistyped_total_is_one_issue() -> None:
    assert found(check("total-typo.xlsx")) == {("total-differs-from-reference", "error", "C7")}


def test_a_footer_under_the_province_column_is_a_footer() -> None:
    result = check("footer-in-province-column.xlsx")
    assert found(result) == set()
    assert result.sheets[0].as_of == datetime.date(2018, 4, 10)


def test_a_numbered_empty_row_is_a_blank_row() -> None:
    assert found(check("numbered-blank-row.xlsx")) == {("blank-row", "warning", "A8")}


def test_stray_spaces_around_a_province_are_a_notice() -> None:
    assert found(check("value-normalized-spaces.xlsx")) == {("value-normalized", "notice", "B7")}


def test_a_header_without_its_province_column_is_missing_column() -> None:
    result = check("missing-column-province.xlsx")
    assert found(result) == {("missing-column", "error", None)}
    assert "Province" in only(result, "missing-column").message("en")


def test_sum_formulas_in_the_totals_row_are_formula_not_calculated() -> None:
    assert found(check("formula-totals-row.xlsx")) == {
        ("formula-not-calculated", "error", "C9"),
        ("formula-not-calculated", "error", "D9"),
        ("formula-not-calculated", "error", "E9"),
    }


def test_messages_have_no_stray_spaces() -> None:
    issue = only(check("unknown-province-empty.xlsx"), "unknown-province")
    for lang in ("th", "en"):
        assert issue.message(lang) == issue.message(lang).strip()


# -- messages and notices ------------------------------------------------------------------------------------

ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir())


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_every_message_is_written_in_both_languages(name: str) -> None:
    result = check(name, indicator="auto", complete=True)
    assert result.exit_code in (0, 1, 2)
    for issue in result.issues:
        assert issue.code in ISSUES
        assert issue.severity == ISSUES[issue.code].severity
        th, en = issue.message("th"), issue.message("en")
        assert th.strip() and en.strip()
        assert "{" not in th + en  # every placeholder filled
        if issue.severity != "notice":
            assert issue.hint("th").strip() and issue.hint("en").strip()
        assert ISSUE_KEYS <= set(issue.to_dict("en")) <= ISSUE_KEYS | OPTIONAL_KEYS


# Words a Thai report keeps in Latin letters: names of formats, programs and options, and units.
LATIN_IN_THAI = re.compile(
    r"Windows Thai|UTF-8|cp874|Excel|CSV|NUL|MB|GB|SUM|--[a-z-]+(?: auto)?|\.(?:xlsx|xlsm|xls|ods|csv)\b"
)


# What a Thai refusal of a file names in Latin letters, and only it: the format or the program the file
# is (เป็นไฟล์ PDF, เป็นภาพของแบบรายงาน (GIF), เอกสาร Word, ไฟล์ zip). Exact: every refusal the readers
# make is checked against it below, and no other issue may use these words.
NAMED = (
    "PDF",
    "JPEG",
    "PNG",
    "GIF",
    "TIFF",
    "HEIC",
    "WebP",
    "RTF",
    "Word",
    "PowerPoint",
    "LibreOffice",
    "zip",
)
FORMAT_NAMES = re.compile(rf"\b(?:{'|'.join(NAMED)})\b|\.docx?\b")


def english_in_thai(issue: Issue) -> list[str]:
    """Latin words left in an issue's Thai message and hint, once the value and the column's header as
    written, the names quoted from the sheet, the words above and (in a file's refusal) the name of
    the format it is are taken out."""
    words = []
    for text in (issue.message("th"), issue.hint("th")):
        for written in filter(None, {issue.value, (issue.value or "").strip(), issue.column}):
            text = text.replace(written, "")
        text = re.sub(r"'[^']*'", "", LATIN_IN_THAI.sub("", text))  # quoted cells: as written
        if issue.code == "file-unreadable":
            text = FORMAT_NAMES.sub("", text)
        words += re.findall(r"[A-Za-z]{2,}", text)
    return words


def test_a_refusal_of_a_file_names_in_latin_letters_only_its_format() -> None:
    """The allowance above, exact: each refusal of a file as what it is (its reason and its hint, the
    catalogue's words for the readers), in Thai, with the formats it names taken out, has no Latin word
    left; and each name is one some refusal uses."""
    from centertrack.catalog.files import FILES

    used: set[str] = set()
    for key, words in FILES.items():
        if not key.startswith(("kind-", "file-", "hint-")) or key in (
            "file-os-error",
            "file-unreadable-line",
        ):
            continue  # the system's own words (an OS error) and the line that joins the parts
        text = words.th
        used.update(FORMAT_NAMES.findall(text))
        left = re.findall(
            r"[A-Za-z]{2,}", FORMAT_NAMES.sub("", LATIN_IN_THAI.sub("", re.sub(r"\{[^}]*\}", "", text)))
        )
        assert left == [], (key, text)
    used.add("zip")  # a damaged or nested zip: ไฟล์ zip (readers/archive.py)
    assert set(NAMED) <= used | {
        "GIF",
        "PNG",
        "JPEG",
        "TIFF",
        "BMP",
        "HEIC",
        "WebP",
        "RTF",
    }  # given as {what}


@pytest.mark.parametrize("code", sorted(ISSUES))
def test_every_code_is_worded_in_thai_and_english(code: str) -> None:
    entry = ISSUES[code]
    message_th, message_en = entry.message.th, entry.message.en
    hint_th, hint_en = entry.hint.th, entry.hint.en
    assert message_th.strip() and message_en.strip()
    assert bool(hint_th) == bool(hint_en)
    for template in (message_th, hint_th):
        words = re.findall(r"[A-Za-z]{2,}", LATIN_IN_THAI.sub("", re.sub(r"\{[^}]*\}", "", template)))
        assert words == [], template


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_thai_messages_have_no_english_left(name: str) -> None:
    for issue in check(name, indicator="auto", complete=True).issues:
        assert english_in_thai(issue) == [], (issue.code, issue.message("th"), issue.hint("th"))


def test_every_reason_a_file_cannot_be_read_is_said_in_thai(tmp_path: Path) -> None:
    bad = {
        "missing.xlsx": None,
        "empty.csv": b"",
        "text.xlsx": "ตาก,9".encode(),
        "zip.xlsx": b"PK\x03\x04" + bytes(40),
        "ole.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "binary.csv": bytes(range(256)),
        "damaged.csv": b"a,b\n" * 2000 + b"\x00",
        "encoding.csv": b"\x81\xdb",
    }
    for name, content in bad.items():
        if content is not None:
            (tmp_path / name).write_bytes(content)
    result = validate_paths([tmp_path / n for n in bad], "4.2", today=TODAY)
    issues = [i for i in result.issues if i.code == "file-unreadable"]
    assert len({i.message("en") for i in issues}) == len(bad)
    for issue in issues:
        assert english_in_thai(issue) == [], issue.message("th")
        assert issue.hint("th") == "" or re.search("[ก-๙]", issue.hint("th"))
    assert re.search("[ก-๙]", only(check("unreadable-encrypted.xlsx"), "file-unreadable").message("th"))


def test_rows_with_errors_are_left_out_and_said_so() -> None:
    result = check("not-a-number.xlsx")
    notice = only(result, "rows-excluded")
    assert notice.severity == "notice" and "7" in notice.message("en")
    assert [e.province.name_th for e in result.entries] == ["ฉะเชิงเทรา", "ตาก"]


# -- the command line -----------------------------------------------------------------------------------

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def test_the_report_lists_the_first_of_each_kind_and_counts_the_rest(tmp_path: Path) -> None:
    """A column wrong on every row: 60 issues of one kind, 60 of another, and one of a third."""
    with (EXAMPLES / "lao-4.1-national.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[3:63]:  # sheet rows 4-63
        row[5], row[7] = "ใช้", "x"  # status unclear, received not a number
    rows[70][7] = "-5"  # H71: negative
    path = tmp_path / "lao.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)

    code, shown = run("validate", path, "--lang", "en")
    assert code == 1
    assert "lao!F53 " in shown and "lao!F54 " not in shown  # the first 50 of each kind
    assert "lao!H53 " in shown and "lao!H54 " not in shown
    assert "lao!H71 " in shown  # a kind with one issue is listed whatever comes before it
    assert (
        "… and 20 more not shown (status-unclear 10, not-a-number 10): "
        "see them all with centertrack validate --all or --format json"
    ) in shown
    assert "(121 errors, 2 notices)" in shown  # the verdict counts them all

    code, every = run("validate", path, "--lang", "en", "--all")
    assert "lao!F63 " in every and "lao!H63 " in every and "more not shown" not in every
    code, as_json = run("validate", path, "--format", "json")
    assert sum(issue["code"] == "status-unclear" for issue in json.loads(as_json)["issues"]) == 60


def test_cli_json_keeps_thai_readable_and_the_contract_s_keys() -> None:
    code, stdout = run("validate", FIXTURES / "seed-form.xlsx", "--format", "json")
    assert code == 1
    assert "\\u" not in stdout
    assert "พิจิตร" in stdout and "พังงา" in stdout
    data = json.loads(stdout)
    assert data["valid"] is False
    [sheet] = data["files"]
    assert set(sheet) == FILE_KEYS
    assert sheet["as_of"] == "2018-04-10" and sheet["indicator"] == "4.2" and sheet["rows"] == 10
    assert all(set(issue) == ISSUE_KEYS for issue in data["issues"])
    [issue] = [i for i in data["issues"] if i["code"] == "total-differs-from-reference"]
    assert (issue["severity"], issue["sheet"], issue["cell"], issue["row"]) == ("error", "Sheet1", "C12", 12)
    assert (issue["column"], issue["value"]) == (TOTAL, "8")
    assert issue["hint"].startswith("พังงา")
    code, stdout = run("validate", FIXTURES / "seed-form.xlsx", "--format", "json", "--lang", "en")
    [issue] = [i for i in json.loads(stdout)["issues"] if i["code"] == "total-differs-from-reference"]
    assert "พังงา (Phang Nga)" in issue["hint"]


def test_cli_json_top_level_keys_are_the_contract_s() -> None:
    _, stdout = run("validate", FIXTURES / "clean-4.2.xlsx", "--format", "json")
    assert set(json.loads(stdout)) == {"valid", "files", "issues"}


def test_cli_json_of_an_unreadable_file() -> None:
    code, stdout = run("validate", FIXTURES / "unreadable-empty.xlsx", "--format", "json")
    assert code == 2
    data = json.loads(stdout)
    assert data["valid"] is False and data["files"] == []
    assert [i["code"] for i in data["issues"]] == ["file-unreadable"]


@pytest.mark.parametrize(
    ("names", "exit_code"),
    [
        (["clean-4.2.xlsx"], 0),
        (["blank-row.csv"], 0),  # warnings only
        (["value-normalized.xlsx"], 0),  # notices only
        (["seed-form.xlsx"], 1),
        (["conflict-a.xlsx", "conflict-b.csv"], 1),
        (["unreadable-random.xlsx"], 2),
        (["seed-form.xlsx", "unreadable-empty.xlsx"], 2),
    ],
)
def test_cli_exit_codes(names: list[str], exit_code: int) -> None:
    assert run("validate", *(FIXTURES / n for n in names))[0] == exit_code


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("clean-cp874.csv", "Windows Thai (cp874)"),
        ("clean-utf8-bom.csv", "UTF-8 (BOM)"),
        ("clean-semicolon.csv", "UTF-8"),
        ("clean-unicode-text.txt", "UTF-16"),
    ],
)
def test_cli_text_says_the_encoding_a_csv_was_read_in(name: str, said: str) -> None:
    code, stdout = run("validate", FIXTURES / name)
    assert code == 0
    assert re.search(rf", {re.escape(said)}[,)]", stdout.splitlines()[0])


def test_cli_text_one_line_verdict_per_file_at_any_width() -> None:
    names = ["seed-form.xlsx", "clean-4.2.xlsx", "unreadable-empty.xlsx"]
    result = runner.invoke(app, ["validate", *(str(FIXTURES / n) for n in names)], env={"COLUMNS": "50"})
    verdicts = [line for line in result.stdout.splitlines() if line.startswith(("✓ ", "✗ "))]
    assert verdicts == [
        # The indicator notice is the run's, of three files: in no file's verdict (issue 27, point 8).
        f"✗ {FIXTURES / 'seed-form.xlsx'}: ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข (1 ข้อผิดพลาด)",
        f"✓ {FIXTURES / 'clean-4.2.xlsx'}: ผ่าน: ใช้ได้",
        f"✗ {FIXTURES / 'unreadable-empty.xlsx'}: อ่านไฟล์ไม่ได้: ไฟล์ว่างเปล่า — ขอให้สำนักงานส่งไฟล์มาใหม่",
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_cli_text_names_the_cell(lang: str) -> None:
    code, stdout = run("validate", EXAMPLES / "seed-progress-4.2.xlsx", "--lang", lang)
    assert code == 1
    assert "Sheet1!C12" in stdout
    assert "พังงา" in stdout
    if lang == "en":
        assert "Phang Nga" in stdout


def test_cli_complete_lists_missing_provinces() -> None:
    code, stdout = run("validate", FIXTURES / "clean-4.2.xlsx", "--complete", "--format", "json")
    assert code == 0
    assert [i["code"] for i in json.loads(stdout)["issues"] if i["severity"] != "notice"] == [
        "missing-provinces"
    ]


# -- properties ---------------------------------------------------------------------------------------------

PROVINCES = [r[0] for r in LETTER] + ["กรุงเทพมหานคร", "ชลบุร", "Chon Buri", "จ.ตาก", " ตาก ", "20"]
HEADERS = [
    ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"],
    ["No.", "Province", "Total", "Established", "Remaining", "Remarks"],
    ["จังหวัด", "จำนวน อปท. ทั้งหมด (แห่ง)", "จัดตั้งแล้ว"],
    ["รวม", "จังหวัด", "จังหวัด", "ทั้งหมด"],
]
TEXT = st.text(alphabet="กขคงจตาหมนรวลสเแโใไะัิีุู่้๊๋็์ ๐๑๒๓๔๕๖๗๘๙0123456789,.-/abcXYZ", max_size=12)
CELL = st.one_of(
    st.none(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
    TEXT,
    st.sampled_from(PROVINCES),
    st.sampled_from(["รวม", "อัปเดตวันที่ 10/4/61", "31/2/61", "1,015", "-", "๑๑", "=C6-D6", "=SUM(C1:C3)"]),
    st.dates(min_value=datetime.date(1900, 3, 1), max_value=datetime.date(2600, 12, 31)),
)
ROW = st.lists(CELL, max_size=7)


# What a random sheet's cell may hold (openpyxl writes each of these).
Value = str | int | float | datetime.date | None
Table = list[list[Value]]


@st.composite
def tables(draw: st.DrawFn) -> Table:
    rows = draw(st.lists(ROW, max_size=14))
    if draw(st.booleans()):
        at = draw(st.integers(min_value=0, max_value=len(rows)))
        rows.insert(at, list(draw(st.sampled_from(HEADERS))))
    return rows


def write_xlsx(rows: Table, path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            if value is not None:
                sheet.cell(r, c, value)
    workbook.save(path)


def write_csv(rows: Table, path: Path, encoding: str, delimiter: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else str(v) for v in row] for row in rows
    )
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))


def assert_sound(result: Validation) -> None:
    """What must hold of any result, whatever the input."""
    assert result.exit_code in (0, 1, 2)
    codes = [i.code for i in result.issues]
    assert result.exit_code == (2 if "file-unreadable" in codes else 1 if result.errors else 0)
    seen = set()
    for issue in result.issues:
        assert issue.code in ISSUES
        for lang in ("th", "en"):
            assert issue.message(lang).strip()
            issue.hint(lang)
        assert english_in_thai(issue) == [], (issue.code, issue.message("th"), issue.hint("th"))
        key = (issue.code, issue.file, issue.sheet, issue.cell, issue.message("en"))
        assert key not in seen, f"reported twice: {key}"  # one cause, one issue
        seen.add(key)
    # Both reports render in both languages: the JSON with its contract's keys and no \\u escapes.
    for lang in ("th", "en"):
        Console(file=io.StringIO(), width=100).print(validation_report(result, lang))
        text = validation_json(result, lang)
        assert "\\u" not in text
        data = json.loads(text)
        assert set(data) == {"valid", "files", "issues"} and data["valid"] == result.valid
        assert all(ISSUE_KEYS <= set(i) <= ISSUE_KEYS | OPTIONAL_KEYS for i in data["issues"])
        assert all(set(f) == FILE_KEYS for f in data["files"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=tables(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp874"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    indicator=st.sampled_from(["auto", "4.1", "4.2"]),
)
def test_random_tables_never_raise(rows: Table, encoding: str, delimiter: str, indicator: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        xlsx, text = Path(folder, "t.xlsx"), Path(folder, "t.csv")
        write_xlsx(rows, xlsx)
        write_csv(rows, text, encoding, delimiter)
        empty_csv = not text.read_bytes().strip()  # an empty file is unreadable, a workbook never
        for paths in ([xlsx], [text], [xlsx, text]):
            result = validate_paths(paths, indicator, complete=True, today=TODAY)
            assert_sound(result)
            unreadable = {Path(i.file).name for i in result.issues if i.code == "file-unreadable"}
            assert unreadable == ({"t.csv"} if empty_csv and text in paths else set())


MAGIC = [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe"]
# What Hypothesis once drew (it mixes in the constants of the code it tests: the sniffer's magic
# numbers): files refused as the format they are, which a Thai refusal names (issue 22).
NAMED_FORMATS = [
    b"%PDF-",
    b"GIF87a",
    b"GIF89a",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"II*\x00",
    b"\x00\x00\x00\x18ftypheic",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"{\\rtf1",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "PowerPoint Document".encode("utf-16-le"),
    b"MZ\x90\x00",
]


@settings(max_examples=60, deadline=None)
@example(prefix=b"", data=NAMED_FORMATS[0], suffix=".xlsx")
@example(prefix=b"", data=NAMED_FORMATS[1], suffix=".csv")
@example(prefix=b"", data=NAMED_FORMATS[3], suffix=".xls")
@example(prefix=b"", data=NAMED_FORMATS[6], suffix=".ods")
@example(prefix=b"", data=NAMED_FORMATS[7], suffix=".txt")
@example(prefix=b"", data=NAMED_FORMATS[8], suffix=".csv")
@example(prefix=b"", data=NAMED_FORMATS[9], suffix=".xls")
@given(
    prefix=st.sampled_from(MAGIC),
    data=st.binary(max_size=600),
    suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".ods", ".txt"]),
)
def test_random_bytes_never_raise(prefix: bytes, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "report" + suffix)
        path.write_bytes(prefix + data)
        assert_sound(validate_paths([path], today=TODAY))


def spellings(n: int) -> st.SearchStrategy[Value]:
    """Ways offices write the count n that all mean n."""
    thai = str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    return st.sampled_from([n, float(n), str(n), thai, f"{n} แห่ง", f" {n} "] + (["-"] if n == 0 else []))


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_any_spelling_of_the_right_numbers_is_accepted(data: st.DataObject) -> None:
    chosen = data.draw(st.lists(st.sampled_from(LETTER), min_size=1, max_size=5, unique=True))
    rows: Table = [list(HEADERS[0])]
    for i, (name, total, done, left) in enumerate(chosen, 1):
        rows.append([i, name, *(data.draw(spellings(n)) for n in (total, done, left)), None])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "t.xlsx")
        write_xlsx(rows, path)
        result = validate_paths([path], "4.2", today=TODAY)
    assert [i for i in result.issues if i.severity != "notice"] == []
    assert [(e.province.name_th, *e.numbers) for e in result.entries] == chosen


def test_what_is_about_all_the_files_is_said_once_after_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 27, point 8: `validate FOLDER --complete` says the provinces none reports and the indicator
    once, as the run's, after the files; no file's verdict counts them; piped, the list folds."""
    folder = EXAMPLES / "monthly-4.2" / "2018-04"
    monkeypatch.delenv("COLUMNS", raising=False)  # piped: as wide as the lines need
    result = CliRunner().invoke(app, ["validate", str(folder), "--complete", "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    verdicts = [line for line in lines if line.startswith(("✓", "✗"))]
    assert len(verdicts) == 3 and all(line.endswith(": OK: can be used") for line in verdicts), verdicts
    run = lines.index("all the files together")
    assert run > max(i for i, line in enumerate(lines) if line.startswith(str(folder)))  # after the files
    assert result.stdout.count("have not reported") == 1 and result.stdout.count("taken as indicator") == 1
    assert max(cell_len(line) for line in lines) < 300  # the 73 names fold, no 700-cell column
    document = json.loads(
        CliRunner().invoke(app, ["validate", str(folder), "--complete", "--format", "json"]).stdout
    )
    ran = {i["code"]: i for i in document["issues"] if i["file"] is None}
    assert (
        set(ran) == {"missing-provinces", "indicator-inferred"}
        and len(ran["missing-provinces"]["names_th"]) == 73
    )
