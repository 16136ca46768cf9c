"""Detail sheets (issue 5): one row per district (4.2) or per LAO (4.1, with its assistance statistics).

tests/data/detail/ holds two clean sheets written by hand from the reference: the 11 districts of
ฉะเชิงเทรา (names in every prefix style, status in every form) and the 19 LAOs of ภูเก็ต (short and long
prefixes, names shared by two types, a code in Thai digits). Each case below changes a cell or drops a row
of one of them, in a copy, and the set of (code, severity, cell) found must be exactly the one expected.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centertrack.checks import detail, names, plain_rows
from centertrack.checks.cells import parse_status
from centertrack.checks.context import Context
from centertrack.form import STATISTICS_COLUMNS, parse_form
from centertrack.issues import ISSUES
from centertrack.places import lao_by_code
from centertrack.readers import read_file
from centertrack.records import Statistics
from centertrack.reference import load_reference
from centertrack.runner import Validation, validate_paths

HERE = Path(__file__).parent
DETAIL = HERE / "data" / "detail"
EXAMPLES = HERE.parent / "data" / "examples"
DISTRICTS = DETAIL / "district-24.csv"  # ฉะเชิงเทรา, as of 10/4/61: data rows 5–15
LAOS = DETAIL / "lao-83.csv"  # ภูเก็ต, as of 15 มิถุนายน 2561: data rows 4–22
TODAY = datetime.date(2018, 7, 1)
# What a run always says about itself, and is tested elsewhere.
RUN_NOTICES = {"indicator-inferred"}

Found = set[tuple[str, str, str | None]]


def check(*paths: Path, indicator: str = "auto") -> Validation:
    return validate_paths(list(paths), indicator, today=TODAY)


def found(result: Validation) -> Found:
    return {(i.code, i.severity, i.cell) for i in result.issues if i.code not in RUN_NOTICES}


def variant(tmp_path: Path, base: Path, edits: dict[str, str], drop: tuple[int, ...] = ()) -> Path:
    """A copy of ``base`` with cells changed ({"C7": "ใช่"}) and sheet rows dropped (1-based)."""
    with base.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for ref, value in edits.items():
        rows[int(ref[1:]) - 1][ord(ref[0]) - ord("A")] = value
    kept = [row for number, row in enumerate(rows, start=1) if number not in drop]
    path = tmp_path / base.name
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(kept)
    return path


# ---------------------------------------------------------------- status cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ใช่", (True, None)),
        ("ไม่", (False, None)),
        ("ไม่ใช่", (False, None)),
        ("มี", (True, None)),
        ("ไม่มี", (False, None)),
        ("✓", (True, None)),
        ("✔", (True, None)),
        ("√", (True, None)),  # Excel's symbol menu
        ("✅", (True, None)),
        ("มีแล้ว", (True, None)),
        ("×", (False, None)),
        ("❌", (False, None)),
        ("อยู่ระหว่างดำเนินการ", (False, None)),
        ("1", (True, None)),
        ("0", (False, None)),
        (1, (True, None)),
        (0, (False, None)),
        (1.0, (True, None)),
        (" ใช่ ", (True, None)),
        ("Yes", (True, None)),
        ("NO", (False, None)),
        ("จัดตั้งแล้ว", (True, None)),
        ("ยังไม่ได้จัดตั้ง", (False, None)),
        ("12/3/61", (True, datetime.date(2018, 3, 12))),
        ("๑๒/๓/๖๑", (True, datetime.date(2018, 3, 12))),
        ("12 มี.ค. 61", (True, datetime.date(2018, 3, 12))),
        (datetime.datetime(2018, 3, 12), (True, datetime.date(2018, 3, 12))),
        (datetime.datetime(2561, 3, 12), (True, datetime.date(2018, 3, 12))),  # typed 12/3/2561 in Excel
        (None, (None, None)),
        ("  ", (None, None)),
    ],
)
def test_status_in_every_form(value: object, expected: tuple[bool | None, datetime.date | None]) -> None:
    assert parse_status(value) == expected


@pytest.mark.parametrize("value", ["ใช้", "x", "2", 2.0, "1/1"])
def test_status_that_says_neither_is_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_status(value)


# ---------------------------------------------------------------- the clean sheets


def test_district_sheet_in_every_style_adds_up_to_the_province() -> None:
    result = check(DISTRICTS)
    assert found(result) == set()
    assert result.indicator.id == "4.2"
    [entry] = result.entries
    assert (entry.province.name_th, entry.numbers, entry.level) == ("ฉะเชิงเทรา", (11, 5, 6), "district")
    assert [d.code for d in result.details] == [f"24{n:02}" for n in range(1, 12)]
    since = {d.name_th: d.since for d in result.details if d.established}
    assert since == {
        "บางคล้า": datetime.date(2017, 12, 14),
        "บางน้ำเปรี้ยว": datetime.date(2017, 11, 24),
        "บางปะกง": datetime.date(2018, 1, 12),
        "ราชสาส์น": datetime.date(2018, 2, 21),
        "ท่าตะเกียบ": datetime.date(2017, 11, 30),  # a date in the status column says "set up"
    }


def test_lao_sheet_resolves_every_prefix_style_and_adds_up_statistics() -> None:
    result = check(LAOS)
    assert found(result) == set()
    assert result.indicator.id == "4.1"
    [inferred] = [i for i in result.issues if i.code == "indicator-inferred"]
    assert inferred.message("th") == "ถือเป็นตัวชี้วัด 4.1: แบบรายงานเป็นรายการ อปท."
    [entry] = result.entries
    assert (entry.province.name_th, entry.numbers, entry.level) == ("ภูเก็ต", (19, 12, 7), "lao")
    assert entry.statistics == Statistics(received=191, assisted=173, referred=13, pending=5)
    codes = [d.code for d in result.details]
    assert len(set(codes)) == 19
    # เชิงทะเล and เทพกระษัตรี are each a ทต. and an อบต. in ถลาง: told apart by the prefix, short or long.
    by_code = {d.code: d.name_th for d in result.details}
    assert by_code["5830302"] == "ทต.เชิงทะเล" and by_code["6830304"] == "อบต.เชิงทะเล"
    assert by_code["5830303"] == "ทต.เทพกระษัตรี" and by_code["6830305"] == "อบต.เทพกระษัตรี"
    assert by_code["5830103"] == "ทต.ฉลอง"  # its code written ๕๘๓๐๑๐๓


def test_english_column_names(tmp_path: Path) -> None:
    english = ["No.", "DLA code", "LAO", "District", "Province", "Center established", "Date established"]
    english += ["Requests received", "Assisted", "Referred to other agencies", "Pending"]
    result = check(variant(tmp_path, LAOS, dict(zip([f"{c}3" for c in "ABCDEFGHIJK"], english, strict=True))))
    assert found(result) == set()
    [entry] = result.entries
    assert entry.numbers == (19, 12, 7)
    assert entry.statistics == Statistics(received=191, assisted=173, referred=13, pending=5)


def test_the_example_sheets_are_clean() -> None:
    district = check(EXAMPLES / "district-4.2-chachoengsao.xlsx")
    assert found(district) == set()
    assert [e.numbers for e in district.entries] == [(11, 5, 6)]
    national = check(EXAMPLES / "lao-4.1-national.csv")
    assert found(national) == {("reference-changed", "notice", None)}  # Bueng Kan, explained below
    assert len(national.details) == 7849 and len(national.entries) == 76


# ---------------------------------------------------------------- every new code, at its cell

# base, cells changed, rows dropped, exactly the issues expected
CASES: list[tuple[str, Path, dict[str, str], tuple[int, ...], Found]] = [
    (
        "unknown-district",
        DISTRICTS,
        {"B7": "บางน้ำเปรียว"},
        (),
        # One cause, one issue: the district it surely meant (บางน้ำเปรี้ยว) is named there, not also
        # as a district without a row (it is still counted as not set up).
        {("unknown-district", "error", "B7")},
    ),
    (
        "unknown-district-other-province",
        DISTRICTS,
        {"B7": "อ.ศรีราชา"},
        (),
        {("unknown-district", "error", "B7"), ("missing-district", "warning", None)},
    ),
    ("missing-district", DISTRICTS, {}, (7,), {("missing-district", "warning", None)}),
    (
        "duplicate-district",
        DISTRICTS,
        {"B15": "อำเภอเมือง"},
        (),
        {("duplicate-district", "error", "B15"), ("missing-district", "warning", None)},
    ),
    ("status-unclear", DISTRICTS, {"C6": "ใช้"}, (), {("status-unclear", "error", "C6")}),
    (
        "establishment-date-invalid-in-status",
        DISTRICTS,
        {"C6": "31/2/61"},
        (),
        {("establishment-date-invalid", "warning", "C6")},
    ),
    (
        "establishment-date-not-a-date",
        DISTRICTS,
        {"D6": "ธันวาคม"},
        (),
        {("establishment-date-invalid", "warning", "D6")},
    ),
    (
        "establishment-date-a-number-in-csv",
        DISTRICTS,
        {"D6": "43083"},
        (),
        {("establishment-date-invalid", "warning", "D6")},
    ),
    ("establishment-date-dash", DISTRICTS, {"D6": "-"}, (), set()),
    (
        "establishment-date-invalid",
        DISTRICTS,
        {"D6": "31/2/61"},
        (),
        {("establishment-date-invalid", "warning", "D6")},
    ),
    (
        "establishment-date-after-report",
        DISTRICTS,
        {"D6": "15/5/61"},
        (),
        {("establishment-date-after-report", "warning", "D6")},
    ),
    (
        "establishment-date-after-report-in-status",
        DISTRICTS,
        {"C14": "15/5/61"},
        (),
        {("establishment-date-after-report", "warning", "C14")},
    ),
    (
        "unknown-lao",
        LAOS,
        {"C9": "ทต.กะรม"},
        (),
        {("unknown-lao", "error", "C9")},  # ทต.กะรน, the one close name, is not said missing too
    ),
    (
        "unknown-lao-code-of-another-province",
        LAOS,
        {"B4": "2240101"},
        (),
        {("unknown-lao", "error", "B4"), ("missing-lao", "warning", None)},
    ),
    ("missing-lao", LAOS, {}, (9,), {("missing-lao", "warning", None)}),
    (
        "lao-code-mismatch-code-not-in-list",
        LAOS,
        {"B4": "2830199"},  # อบจ.ภูเก็ต is 2830101: counted by its name
        (),
        {("lao-code-mismatch", "error", "B4")},
    ),
    (
        "lao-code-mismatch-code-of-another-lao",
        LAOS,
        {"B9": "5830103"},  # ทต.ฉลอง's code on ทต.กะรน's row: neither is counted from it
        (),
        {("lao-code-mismatch", "error", "B9"), ("missing-lao", "warning", None)},
    ),
    ("lao-code-and-name-agree", LAOS, {"B9": "5830104", "B14": "5830302", "C14": "เชิงทะเล"}, (), set()),
    (
        "duplicate-lao",
        LAOS,
        {"C9": "เทศบาลตำบลฉลอง"},
        (),
        {("duplicate-lao", "error", "C9"), ("missing-lao", "warning", None)},
    ),
    (
        "ambiguous-lao",
        LAOS,
        {"C14": "เชิงทะเล"},
        (),
        {("ambiguous-lao", "error", "C14"), ("missing-lao", "warning", None)},
    ),
    ("assisted-exceeds-received", LAOS, {"I4": "41"}, (), {("assisted-exceeds-received", "error", "I4")}),
    ("statistics-exceed-received", LAOS, {"J4": "10"}, (), {("statistics-exceed-received", "error", "H4")}),
    (
        "statistics-without-center",
        LAOS,
        {"H9": "3", "I9": "3"},
        (),
        {("statistics-without-center", "warning", "H9")},
    ),
    ("statistics-not-a-number", LAOS, {"H4": "สี่สิบ"}, (), {("not-a-number", "error", "H4")}),
    ("statistics-not-a-whole-number", LAOS, {"H4": "40.5"}, (), {("not-a-whole-number", "error", "H4")}),
    ("statistics-negative", LAOS, {"K4": "-1"}, (), {("negative-count", "error", "K4")}),
    (
        "statistics-in-thai-digits",
        LAOS,
        {"H4": "๔๐"},
        (),
        {("value-normalized", "notice", "H4")},
    ),
    (
        "province-spelling-noted-once",
        LAOS,
        {f"E{row}": "จ.ภูเก็ต" for row in range(4, 23)},  # on every one of the 19 rows
        (),
        {("value-normalized", "notice", "E4")},
    ),
    (
        "lao-date-after-report",
        LAOS,
        {"G4": "16/6/61"},
        (),
        {("establishment-date-after-report", "warning", "G4")},
    ),
    ("lao-date-invalid", LAOS, {"G4": "30/2/61"}, (), {("establishment-date-invalid", "warning", "G4")}),
]


@pytest.mark.parametrize(("name", "base", "edits", "drop", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_problem_is_found_at_its_cell(
    tmp_path: Path, name: str, base: Path, edits: dict[str, str], drop: tuple[int, ...], expected: Found
) -> None:
    result = check(variant(tmp_path, base, edits, drop))
    assert found(result) == expected
    for code, severity, cell in expected:
        assert ISSUES[code].severity == severity
        [issue] = [i for i in result.issues if (i.code, i.cell) == (code, cell)]
        if cell is not None:
            assert issue.value == (edits.get(cell) or issue.value)
            assert issue.row == int(cell[1:])
            assert issue.column  # the header as written
        for lang in ("th", "en"):
            assert issue.message(lang).strip()


def test_every_detail_code_has_a_case() -> None:
    codes = {code for *_, expected in CASES for code, _, _ in expected}
    detail_codes = {
        "unknown-district",
        "unknown-lao",
        "missing-district",
        "missing-lao",
        "duplicate-district",
        "duplicate-lao",
        "ambiguous-lao",
        "lao-code-mismatch",
        "status-unclear",
        "establishment-date-invalid",
        "establishment-date-after-report",
        "assisted-exceeds-received",
        "statistics-exceed-received",
        "statistics-without-center",
    }
    assert detail_codes <= codes
    assert detail_codes <= set(ISSUES)


def _only(result: Validation, code: str) -> str:
    [issue] = [i for i in result.issues if i.code == code]
    return issue.message("en") + " / " + issue.hint("en")


def test_unknown_names_get_the_closest_names_in_that_province(tmp_path: Path) -> None:
    district = check(variant(tmp_path, DISTRICTS, {"B7": "บางน้ำเปรียว"}))
    assert "did you mean บางน้ำเปรี้ยว (Bang Nam Priao)?" in _only(district, "unknown-district")
    other = check(variant(tmp_path, DISTRICTS, {"B7": "อ.ศรีราชา"}))
    message = _only(other, "unknown-district")
    assert "อ.ศรีราชา is not a district of Chachoengsao but Si Racha in Chon Buri" in message
    assert "check the province of this row, or of the sheet" in message
    lao = check(variant(tmp_path, LAOS, {"C9": "ทต.กะรม"}))
    assert "did you mean ทต.กะรน?" in _only(lao, "unknown-lao")
    elsewhere = check(variant(tmp_path, LAOS, {"B4": "2240101"}))
    assert "is the code of อบจ.ฉะเชิงเทรา in Chachoengsao" in _only(elsewhere, "unknown-lao")


def test_a_code_and_a_name_that_disagree_say_which_is_which(tmp_path: Path) -> None:
    unknown = check(variant(tmp_path, LAOS, {"B4": "2830199"}))
    assert "2830199 is not a DLA code in the list: อบจ.ภูเก็ต's is 2830101" in _only(
        unknown, "lao-code-mismatch"
    )
    assert [e.numbers for e in unknown.entries] == [(19, 12, 7)]
    other = check(variant(tmp_path, LAOS, {"B9": "5830103"}))
    message = _only(other, "lao-code-mismatch")
    assert "the code 5830103 is ทต.ฉลอง's, but the name is ทต.กะรน (5830104)" in message


def test_a_misspelled_place_is_one_issue_and_still_counted_as_not_set_up(tmp_path: Path) -> None:
    result = check(variant(tmp_path, DISTRICTS, {"B7": "บางน้ำเปรียว"}))  # บางน้ำเปรี้ยว, set up
    assert [i.code for i in result.issues if i.severity != "notice"] == ["unknown-district"]
    assert [e.numbers for e in result.entries] == [(11, 4, 7)]  # its row is not counted
    [meant] = [d for d in result.details if d.name_th == "บางน้ำเปรี้ยว"]
    assert (meant.reported, meant.established) == (False, False)  # and summarize --missing lists it
    # With two close names, which one was meant is not sure: a missing one is still said.
    wichit, patong = lao_by_code("5830106"), lao_by_code("4830201")
    assert wichit is not None and patong is not None
    assert names._meant([wichit]) == "5830106" and names._meant([wichit, patong]) is None


def test_places_without_a_row_are_named_and_never_counted(tmp_path: Path) -> None:
    # Row 7 is บางน้ำเปรี้ยว, set up: without its row the province has one center fewer.
    result = check(variant(tmp_path, DISTRICTS, {}, drop=(7,)))
    assert "1 district of Chachoengsao without a row: บางน้ำเปรี้ยว" in _only(result, "missing-district")
    assert [e.numbers for e in result.entries] == [(11, 4, 7)]
    laos = check(variant(tmp_path, LAOS, {}, drop=(4,)))  # อบจ.ภูเก็ต, set up
    assert "1 LAO of Phuket without a row: อบจ.ภูเก็ต" in _only(laos, "missing-lao")
    assert [e.numbers for e in laos.entries] == [(19, 11, 8)]


def test_a_mistyped_date_of_establishment_still_says_set_up(tmp_path: Path) -> None:
    in_status = check(variant(tmp_path, DISTRICTS, {"C6": "31/2/61", "D6": ""}))
    assert [e.numbers for e in in_status.entries] == [(11, 5, 6)]
    [bang_khla] = [d for d in in_status.details if d.code == "2402"]
    assert (bang_khla.established, bang_khla.since) == (True, None)


def test_duplicates_name_the_first_row(tmp_path: Path) -> None:
    district = check(variant(tmp_path, DISTRICTS, {"B15": "อำเภอเมือง"}))
    assert "district เมืองฉะเชิงเทรา appears twice: already at B5" in _only(district, "duplicate-district")
    lao = check(variant(tmp_path, LAOS, {"C9": "เทศบาลตำบลฉลอง"}))
    assert "ทต.ฉลอง appears twice: already at C8" in _only(lao, "duplicate-lao")


def test_statistics_checks_give_the_numbers(tmp_path: Path) -> None:
    assisted = check(variant(tmp_path, LAOS, {"I4": "41"}))
    assert "41 requests assisted, more than the 40 received" in _only(assisted, "assisted-exceeds-received")
    handled = check(variant(tmp_path, LAOS, {"J4": "10"}))
    assert "36 + referred 10 + pending 1 = 47" in _only(handled, "statistics-exceed-received")


# ---------------------------------------------------------------- aggregation and levels


def test_detail_adds_up_to_the_province_level_sheet_of_the_same_data() -> None:
    district = check(EXAMPLES / "district-4.2-chachoengsao.xlsx")
    province = check(EXAMPLES / "provinces-4.2" / "24-chachoengsao.xlsx")
    assert [e.numbers for e in district.entries] == [e.numbers for e in province.entries] == [(11, 5, 6)]
    laos = {e.province.code: e.numbers for e in check(EXAMPLES / "lao-4.1-national.xlsx").entries}
    provinces = {e.province.code: e.numbers for e in check(EXAMPLES / "national-4.1-2561-06.xlsx").entries}
    assert laos.keys() == provinces.keys()
    # Every province alike but บึงกาฬ: 59 of 60 at province level, but only 58 LAOs are left to list.
    assert {code for code in laos if laos[code] != provinces[code]} == {"38"}
    assert (laos["38"], provinces["38"]) == ((60, 58, 2), (60, 59, 1))


@pytest.mark.parametrize("detail_first", [True, False])
def test_both_levels_with_the_same_numbers_are_one_report(detail_first: bool) -> None:
    paths = [EXAMPLES / "district-4.2-chachoengsao.xlsx", EXAMPLES / "provinces-4.2" / "24-chachoengsao.xlsx"]
    result = check(*(paths if detail_first else reversed(paths)))
    assert found(result) == set()
    assert [e.numbers for e in result.entries] == [(11, 5, 6)]


def test_both_levels_with_different_numbers_conflict(tmp_path: Path) -> None:
    district = variant(tmp_path, DISTRICTS, {"C5": "ใช่"})  # เมืองฉะเชิงเทรา set up too: 11/6/5
    result = check(district, EXAMPLES / "provinces-4.2" / "24-chachoengsao.xlsx")
    assert found(result) == {("conflicting-reports", "error", "B4")}
    [issue] = [i for i in result.issues if i.code == "conflicting-reports"]
    assert "11/5/6" in issue.message("en") and "11/6/5" in issue.message("en")
    assert result.exit_code == 1


def test_bueng_kan_target_is_its_fy2561_count_and_the_merged_laos_are_explained() -> None:
    result = check(EXAMPLES / "lao-4.1-national.xlsx")
    [entry] = [e for e in result.entries if e.province.code == "38"]
    assert entry.numbers == (60, 58, 2)
    [issue] = [i for i in result.issues if i.code == "reference-changed"]
    assert issue.severity == "notice"
    assert "Bueng Kan: the target is 60 LAOs (fiscal year 2561), the 2023 list has 58" in issue.message("en")
    assert "2 merged since" in issue.hint("en")


def test_a_detail_sheet_of_the_other_indicator_is_refused() -> None:
    result = check(DISTRICTS, indicator="4.1")
    assert ("indicator-mismatch", "error", None) in found(result)
    assert result.entries == []


def test_the_readme_documents_every_detail_code() -> None:
    readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
    codes = {code for *_, expected in CASES for code, _, _ in expected}
    codes |= {"reference-changed", "indicator-mismatch"}
    assert [code for code in sorted(codes) if f"`{code}`" not in readme] == []


# ---------------------------------------------------------------- plain rows: the same as the full checks

# Values that exercise each column's full checks, by the column's key.
STATUSES = ("", " ", "ใช่", "ไม่ใช่", "ไม่มี", "อยู่ระหว่างดำเนินการ", "✓", "TRUE", "2", "31/2/61", "1/1/62")
DATES = ("", "-", "25/2/61", "31/2/61", "1 ม.ค. 2562", "2017-12-14", "ธันวาคม", "12")
COUNTS = ("", "0", "1", "-", "๑๒", "1,234", "12.5", "-3", "7 แห่ง", " 40", "40.0", "99999", "x")
AWKWARD = {
    "no": ("", "1", "รวม", "หมายเหตุ: ข้อมูล ณ วันที่ 1/6/61"),
    "code": ("", "2830101", "6830304", "5830303", "๕๘๓๐๑๐๓", "1234567", "2240101", " 4830201", "x"),
    "lao": ("", "อบต.เชิงทะเล", "ทต.เชิงทะเล", "เชิงทะเล", "เทศบาลนครภูเก็ต", "อบจ.ภูเก็ต", "อบต.บางพระ", "ป่าตอง"),
    "district": ("", "บางคล้า", "อ.เมือง", "อำเภอบางปะกง", "ศรีราชา", "เมืองภูเก็ต", "ถลาง", "บางน้ำเปรียว"),
    "province": ("", "ภูเก็ต", "จ.ภูเก็ต", "Phuket", " ภูเก็ต", "ฉะเชิงเทรา", "กรุงเทพมหานคร", "ชลบุรี", "รวม"),
    "status": STATUSES,
    "date": DATES,
    "count": COUNTS,
    "text": ("", "ที่ว่าการอำเภอ", "=1+1", "รวม"),
}
# The data cells of each clean sheet: each column's letter and key, and its rows (1-based, as above).
DATA_CELLS = {
    LAOS: (
        dict(
            zip(
                "ABCDEFGHIJK",
                ("no", "code", "lao", "district", "province", "status", "date", *["count"] * 4),
                strict=True,
            )
        ),
        range(4, 23),
    ),
    DISTRICTS: (
        dict(zip("ABCDEF", ("no", "district", "status", "date", "text", "text"), strict=True)),
        range(5, 16),
    ),
}


def both_ways(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> tuple[Validation, Validation]:
    """The run as it is, and the same run with every row taken through the full checks."""
    plain = check(*paths)
    with monkeypatch.context() as patch:
        patch.setattr(detail, "plain_places", lambda ctx, form, default, as_of: [None] * len(form.rows))
        full = check(*paths)
    return plain, full


def assert_same(plain: Validation, full: Validation) -> None:
    assert plain.issues == full.issues
    assert [sheet.entries for sheet in plain.sheets] == [sheet.entries for sheet in full.sheets]
    assert plain.details == full.details


@pytest.mark.parametrize(("name", "base", "edits", "drop", "expected"), CASES, ids=[c[0] for c in CASES])
def test_plain_rows_give_what_the_full_checks_give(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    base: Path,
    edits: dict[str, str],
    drop: tuple[int, ...],
    expected: Found,
) -> None:
    assert_same(*both_ways(monkeypatch, variant(tmp_path, base, edits, drop)))


@pytest.mark.parametrize(
    "path",
    [
        LAOS,
        DISTRICTS,
        DETAIL / "lao-38-all-set-up.csv",
        EXAMPLES / "district-4.2-chachoengsao.xlsx",
        EXAMPLES / "lao-4.1-national.csv",
        EXAMPLES / "lao-4.1-national.xlsx",
    ],
    ids=lambda path: path.name,
)
def test_plain_rows_of_the_clean_sheets_give_what_the_full_checks_give(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    assert_same(*both_ways(monkeypatch, path))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_plain_rows_give_what_the_full_checks_give_whatever_the_cells_say(
    monkeypatch: pytest.MonkeyPatch, data: st.DataObject
) -> None:
    base = data.draw(st.sampled_from(sorted(DATA_CELLS)))
    columns, rows = DATA_CELLS[base]
    edits = {}
    for _ in range(data.draw(st.integers(1, 6))):
        column = data.draw(st.sampled_from(sorted(columns)))
        row = data.draw(st.sampled_from(list(rows)))
        edits[f"{column}{row}"] = data.draw(st.sampled_from(AWKWARD[columns[column]]))
    drop = tuple(data.draw(st.sets(st.sampled_from(list(rows)), max_size=2)))
    with tempfile.TemporaryDirectory() as folder:
        assert_same(*both_ways(monkeypatch, variant(Path(folder), base, edits, drop)))


def test_most_rows_of_the_national_sheet_are_plain() -> None:
    """Else the tests above compare the full checks with themselves."""
    [sheet] = read_file(EXAMPLES / "lao-4.1-national.csv")
    form = parse_form(sheet)
    assert form is not None
    places = plain_rows.plain_places(Context(load_reference(), TODAY), form, None, None)
    # The first row of each province as written takes the full checks, to report its spelling once.
    assert sum(place is None for place in places) == 76


def test_the_statistics_columns_are_in_the_order_of_statistics_fields() -> None:
    """Plain rows make each Statistics from its four counts in STATISTICS_COLUMNS' order."""
    assert tuple(field.name for field in dataclasses.fields(Statistics)) == STATISTICS_COLUMNS
