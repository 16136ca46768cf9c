"""Tests of centertrack.thai: digits, dictionary order, BE dates (facts: docs/thai-conventions.md)."""

from __future__ import annotations

import csv
import datetime
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centertrack.catalog.dates import say_date
from centertrack.thai import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    DateError,
    be_year,
    ce_year,
    find_date,
    fiscal_year_be,
    format_date,
    from_excel_date,
    has_thai_digits,
    normalize_name,
    parse_date,
    parse_period,
    sort_key,
    to_arabic_digits,
    to_thai_digits,
)

PROVINCES_CSV = Path(__file__).parents[1] / "src/centertrack/data/province_names.csv"
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
APRIL_10 = datetime.date(2018, 4, 10)


def province_names() -> list[str]:
    with PROVINCES_CSV.open(encoding="utf-8") as f:
        return [row["name_th"] for row in csv.DictReader(f)]


# ---------------------------------------------------------------- digits


def test_digit_examples() -> None:
    assert to_thai_digits("10/4/61") == "๑๐/๔/๖๑"
    assert to_thai_digits(878) == "๘๗๘"
    assert to_arabic_digits("๘๗๘ ศูนย์") == "878 ศูนย์"
    assert has_thai_digits("ที่ ๘๗๘")
    assert not has_thai_digits("ที่ 878")


@given(st.text())
def test_digits_round_trip_text(text: str) -> None:
    arabic = to_arabic_digits(text)
    assert not has_thai_digits(arabic)
    assert to_arabic_digits(to_thai_digits(arabic)) == arabic


@given(st.integers(min_value=0))
def test_digits_round_trip_int(n: int) -> None:
    thai = to_thai_digits(n)
    assert has_thai_digits(thai)
    assert to_arabic_digits(thai) == str(n)
    assert int(thai) == n  # Thai digits are Unicode Nd: int() reads them


# ---------------------------------------------------------------- sorting

ANNEX_ORDER = [
    "ฉะเชิงเทรา",
    "ชลบุรี",
    "ตาก",
    "นครปฐม",
    "นครสวรรค์",
    "นนทบุรี",
    "พังงา",
    "เพชรบุรี",
    "สตูล",
    "สุพรรณบุรี",
]


def test_province_names_file_has_77() -> None:
    assert len(set(province_names())) == 77


def test_sort_key_agrees_with_pythainlp_collate_on_77_provinces() -> None:
    from pythainlp.util import collate  # test-only oracle

    names = province_names()
    assert sorted(names, key=sort_key) == collate(names)


@given(st.permutations(ANNEX_ORDER))
def test_annex_order_from_shuffled_input(names: list[str]) -> None:
    assert sorted(names, key=sort_key) == ANNEX_ORDER


def test_plain_sorted_is_wrong() -> None:
    # Why sort_key exists: code-point order puts every leading-vowel word last.
    assert sorted(ANNEX_ORDER)[-1] == "เพชรบุรี"


def test_icu_hard_cases() -> None:
    # ICU th_TH order; pythainlp's collate puts เกาะกูด first and กรุงเทพมหานคร before กรุงเทพฯ.
    assert sorted(["เกาะกูด", "เก้า", "เก่า"], key=sort_key) == ["เก่า", "เก้า", "เกาะกูด"]
    assert sorted(["กรุงเทพมหานคร", "กรุงเทพฯ"], key=sort_key) == ["กรุงเทพฯ", "กรุงเทพมหานคร"]
    assert sorted(["เก่า", "เกา"], key=sort_key) == ["เกา", "เก่า"]  # no tone mark first


def test_mixed_thai_and_latin() -> None:
    names = ["สตูล", "Satun", "ชลบุรี", "bangkok", "Chon Buri", "เพชรบุรี", "10 เมือง"]
    assert sorted(names, key=sort_key) == [
        "10 เมือง",
        "bangkok",
        "Chon Buri",
        "Satun",
        "ชลบุรี",
        "เพชรบุรี",
        "สตูล",
    ]


@given(st.lists(st.text()))
def test_sort_key_is_a_total_order(texts: list[str]) -> None:
    once = sorted(texts, key=sort_key)
    assert sorted(reversed(texts), key=sort_key) == once


# ---------------------------------------------------------------- years


def test_years() -> None:
    assert be_year(2018) == 2561
    assert ce_year(61) == 2018
    assert ce_year(0) == 1957
    assert ce_year(99) == 2056
    assert ce_year(2561) == 2018
    assert ce_year(2400) == 1857
    assert ce_year(2018) == 2018
    assert ce_year(2399) == 2399


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (datetime.date(2017, 9, 30), 2560),
        (datetime.date(2017, 10, 1), 2561),
        (datetime.date(2017, 12, 31), 2561),
        (datetime.date(2018, 1, 1), 2561),
        (datetime.date(2018, 9, 30), 2561),
        (datetime.date(2018, 10, 1), 2562),
    ],
)
def test_fiscal_year_be(day: datetime.date, fy: int) -> None:
    assert fiscal_year_be(day) == fy


# ---------------------------------------------------------------- parse_date


def test_every_documented_form() -> None:
    forms = [
        "10/4/61",
        "10/04/2561",
        "10-4-61",
        "10.4.61",
        "10 เม.ย. 61",
        "10 เม.ย.61",
        "10 เมษายน 2561",
        "10 เมษายน พ.ศ. 2561",
        "๑๐ เมษายน ๒๕๖๑",
        "2561-04-10",
        "2018-04-10",
        "10 April 2018",
        "April 10, 2018",
    ]
    for text in forms:
        assert parse_date(text) == APRIL_10, text


# Each form as a function of the month, to run every month (10–12 above all) through every form.
MONTH_FORMS: dict[str, Callable[[int], str]] = {
    "d/m/yy": lambda m: f"10/{m}/61",
    "dd/mm/yyyy": lambda m: f"10/{m:02d}/2561",
    "d-m-yy": lambda m: f"10-{m}-61",
    "d.m.yy": lambda m: f"10.{m}.61",
    "abbr yy": lambda m: f"10 {THAI_MONTHS_ABBR[m - 1]} 61",
    "abbr-no-space": lambda m: f"10 {THAI_MONTHS_ABBR[m - 1]}61",
    "abbr-no-dots": lambda m: f"10 {THAI_MONTHS_ABBR[m - 1].replace('.', '')} 61",
    "full": lambda m: f"10 {THAI_MONTHS[m - 1]} 2561",
    "full พ.ศ.": lambda m: f"10 {THAI_MONTHS[m - 1]} พ.ศ. 2561",
    "thai digits": lambda m: to_thai_digits(f"10 {THAI_MONTHS[m - 1]} 2561"),
    "thai digits numeric": lambda m: to_thai_digits(f"10/{m}/61"),
    "iso BE": lambda m: f"2561-{m:02d}-10",
    "iso CE": lambda m: f"2018-{m:02d}-10",
    "english day first": lambda m: f"10 {EN_MONTHS[m - 1]} 2018",
    "english month first": lambda m: f"{EN_MONTHS[m - 1]} 10, 2018",
    "english abbr": lambda m: f"10 {EN_MONTHS[m - 1][:3]} 2018",
}


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("form", MONTH_FORMS)
def test_every_month_in_every_form(form: str, month: int) -> None:
    assert parse_date(MONTH_FORMS[form](month)) == datetime.date(2018, month, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29/2/63", datetime.date(2020, 2, 29)),
        ("29 ก.พ. 2543", datetime.date(2000, 2, 29)),  # 2000: a century that is a leap year
        ("๒๙ กุมภาพันธ์ ๒๕๖๗", datetime.date(2024, 2, 29)),
        ("31/12/61", datetime.date(2018, 12, 31)),
        ("1/1/00", datetime.date(1957, 1, 1)),  # 2-digit years are always BE 25yy
        ("  10/4/61 ", APRIL_10),
        ("10เมษายน2561", APRIL_10),
        ("10 Apr. 2018", APRIL_10),
        ("10th april 2018", APRIL_10),
        ("Sept 3, 2018", datetime.date(2018, 9, 3)),
    ],
)
def test_parse_date_edges(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "29/2/62",  # 2019 is no leap year
        "29 ก.พ. 2443",  # 1900 is no leap year
        "31/2/61",
        "31 เมษายน 2561",
        "0/4/61",
        "32/1/61",
        "10/13/61",
        "2561-13-10",
    ],
)
def test_impossible_dates_raise(text: str) -> None:
    with pytest.raises(DateError, match="impossible date") as info:
        parse_date(text)
    assert info.value.thai.startswith(f"ไม่มีวันที่ {text} ในปฏิทิน: ")  # the reason a Thai report gives
    assert "out of range" not in str(info.value) and "must be in" not in str(info.value)  # not Python's


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "10/4",
        "10/4-61",  # mixed separators
        "10/4/610",
        "10/4/0061",
        "10 Foo 2018",
        "10 April 61",  # English with a 2-digit year: BE or CE? refuse
        "วันที่ 10/4/61",  # prefixes are find_date's job
        "10/4/61 ถึง 11/4/61",
    ],
)
def test_not_a_date_raises(text: str) -> None:
    with pytest.raises(DateError, match="not a date") as info:
        parse_date(text)
    assert info.value.thai.endswith("ไม่ใช่วันที่")


# ---------------------------------------------------------------- parse_period


@pytest.mark.parametrize(
    "text",
    [
        "2018-04",
        "2561-04",  # a year over 2400 is BE
        "2018-4",
        "2561/04",
        "04/2561",  # the month first, as a Thai date without its day
        "4/2561",
        "4/61",  # a 2-digit year is BE, as in 10/4/61
        "04-2018",
        "เม.ย. 61",
        "เม.ย.61",
        "เมย 61",
        "เมษายน 2561",
        "เมษา 2561",
        "เดือนเมษายน 2561",
        "เมษายน พ.ศ. 2561",
        "๒๕๖๑-๐๔",  # Thai digits
        "๐๔/๒๕๖๑",
        "เมษายน ๒๕๖๑",
        "April 2018",
        "Apr 2018",
        "apr. 2018",
        " 2018-04 ",
    ],
)
def test_parse_period_reads_a_round_every_way_it_is_written(text: str) -> None:
    assert parse_period(text) == "2018-04"


# BE 2500–2599: the short form's two digits (เม.ย. 61) name a year of that century only.
@given(st.integers(1957, 2056), st.integers(1, 12), st.sampled_from(["long", "short"]))
def test_parse_period_reads_back_every_way_a_round_is_said(year: int, month: int, style: str) -> None:
    from centertrack.catalog.dates import say_month

    period = f"{year}-{month:02d}"
    for lang in ("th", "en"):
        said = say_month(year, month, lang, style)  # type: ignore[arg-type]
        assert parse_period(said) == period, said
        assert parse_period(to_thai_digits(said)) == period
    assert parse_period(f"{be_year(year)}-{month:02d}") == period
    assert parse_period(f"{month}/{be_year(year)}") == period


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2018-13", "no month 13"),
        ("13/2561", "no month 13"),
        ("0/61", "no month 0"),
        ("", "not a month"),
        ("April", "not a month"),  # no year
        ("2018", "not a month"),
        ("2018-04-10", "not a month"),  # a day is not a round
        ("April 61", "not a month"),  # English with a 2-digit year: BE or CE? refuse, as parse_date does
        ("รอบ เม.ย. 61", "not a month"),
    ],
)
def test_parse_period_refuses_what_is_no_month_of_a_year(text: str, reason: str) -> None:
    with pytest.raises(DateError, match=reason) as info:
        parse_period(text)
    assert info.value.thai and not any(c.isascii() and c.isalpha() for c in info.value.thai.replace(text, ""))


def test_pythainlp_thai_strptime_misreads_month_10() -> None:
    """Documentation of why parse_date does not use pythainlp: it reads month 10 as January."""
    from pythainlp.util import thai_strptime

    parsed = thai_strptime("10 10 2561", "%d %B %Y")
    if parsed.month == 10:
        pytest.skip("pythainlp reads month 10 correctly now")
    assert parsed.month == 1
    assert parse_date("10/10/2561").month == 10


# ---------------------------------------------------------------- find_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("อัปเดตวันที่ 10/4/61", APRIL_10),
        ("ข้อมูล ณ วันที่ 5 มิถุนายน 2563", datetime.date(2020, 6, 5)),
        ("as of 10 April 2018", APRIL_10),
        ("Updated April 10, 2018.", APRIL_10),
        ("ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๑", datetime.date(2018, 2, 14)),
        ("วันที่ 10 เดือนเมษายน พ.ศ. 2561", APRIL_10),
        ("ข้อมูล ณ วันที่ 1 ต.ค. 61 (ปีงบประมาณ 2562)", datetime.date(2018, 10, 1)),
        ("อัปเดตวันที่ 10/4/61 (แก้ไข 11/4/61)", APRIL_10),  # the first one
        ("ไฟล์ 2561-12-31.xlsx", datetime.date(2018, 12, 31)),
    ],
)
def test_find_date(text: str, expected: datetime.date) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize("text", ["", "ไม่มีวันที่", "ปี 2561", "๘๗๘ ศูนย์", "10/4", "ร้อยละ 61.5", "May"])
def test_find_date_none(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize("text", ["อัปเดตวันที่ 31/2/61", "ข้อมูล ณ วันที่ 31 เมษายน 2561"])
def test_find_date_impossible_raises(text: str) -> None:
    with pytest.raises(ValueError, match="impossible date"):
        find_date(text)


# ---------------------------------------------------------------- from_excel_date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime.datetime(2561, 4, 10), (APRIL_10, "be-year")),  # typed 10/4/2561 in a Gregorian Excel
        (datetime.date(2563, 2, 28), (datetime.date(2020, 2, 28), "be-year")),
        (datetime.date(2400, 1, 1), (datetime.date(1857, 1, 1), "be-year")),
        (datetime.datetime(1961, 4, 10), (datetime.date(1961, 4, 10), "suspicious-year")),  # typed 10/4/61
        (datetime.date(1969, 12, 31), (datetime.date(1969, 12, 31), "suspicious-year")),
        (datetime.date(1970, 1, 1), (datetime.date(1970, 1, 1), None)),
        (datetime.datetime(2018, 4, 10, 13, 45), (APRIL_10, None)),
        (datetime.date(2399, 1, 1), (datetime.date(2399, 1, 1), None)),
    ],
)
def test_from_excel_date(cell: datetime.date, expected: tuple[datetime.date, str | None]) -> None:
    result = from_excel_date(cell)
    assert result == expected
    assert type(result[0]) is datetime.date


def test_from_excel_date_be_leap_day_that_does_not_exist() -> None:
    # 2560 is a Gregorian leap year, but BE 2560 is 2017, which is not.
    with pytest.raises(DateError, match="impossible date") as info:
        from_excel_date(datetime.date(2560, 2, 29))
    assert "29/2/2560" in info.value.thai and "พ.ศ. 2560" in info.value.thai


# ---------------------------------------------------------------- format_date


def test_format_date_examples() -> None:
    assert format_date(APRIL_10) == "10/4/61"
    assert format_date(APRIL_10, "long") == "10 เมษายน 2561"
    assert format_date(APRIL_10, "iso") == "2018-04-10"
    assert format_date(APRIL_10, "long", "thai") == "๑๐ เมษายน ๒๕๖๑"
    assert format_date(APRIL_10, digits="thai") == "๑๐/๔/๖๑"
    assert format_date(datetime.date(2020, 1, 31), "long", "thai") == "๓๑ มกราคม ๒๕๖๓"
    assert format_date(datetime.date(2018, 1, 5)) == "5/1/61"  # no leading zeros
    assert format_date(datetime.date(2000, 10, 1)) == "1/10/43"
    assert format_date(datetime.date(2043, 1, 1)) == "1/1/86"
    # Outside BE 2500–2599 two digits would read back as another century: write the full BE year.
    assert format_date(datetime.date(2057, 1, 1)) == "1/1/2600"


@given(
    st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)),
    st.sampled_from(["short", "long", "iso"]),
    st.sampled_from(["arabic", "thai"]),
)
def test_format_parse_round_trip(day: datetime.date, style: str, digits: str) -> None:
    text = format_date(day, style, digits)  # type: ignore[arg-type]
    assert has_thai_digits(text) == (digits == "thai")
    assert parse_date(text) == day
    assert find_date(f"ข้อมูล ณ วันที่ {text} นะ") == day


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("อําเภอบางคล้า", "อำเภอบางคล้า"),  # ํ + า → ำ
        ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # ํ + tone + า
        ("น\u0e49\u0e4d\u0e32", "น้ำ"),  # tone + ํ + า
        ("อ.บางคล้า\u200b", "อ.บางคล้า"),
        ("\ufeff ชลบุรี\u200c ", "ชลบุรี"),
        ("รหัส ๒๔๐๒", "รหัส 2402"),
        ("ลำปาง", "ลำปาง"),
    ],
)
def test_normalize_name_makes_invisible_differences_equal(written: str, expected: str) -> None:
    assert normalize_name(written) == expected


# ---------------------------------------------------------------- short month names, dates in words


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("10 เมษา 2561", 4),
        ("10 เมษา 61", 4),
        ("๑๐ เมษา ๒๕๖๑", 4),
        ("1 กุมภา 2561", 2),
        ("1 มกรา 61", 1),
        ("30 กันยา 2561", 9),
        ("5 พฤศจิกา 2561", 11),
        ("31 ธันวา 2561", 12),
    ],
)
def test_the_short_month_names_people_write(text: str, month: int) -> None:
    assert parse_date(text).month == month
    assert find_date(f"ข้อมูล ณ วันที่ {text}") == parse_date(text)


def test_the_full_name_wins_over_its_short_form() -> None:
    assert parse_date("10 เมษายน 2561") == parse_date("10 เมษา 2561") == APRIL_10
    assert find_date("อัปเดต 10 เมษายน 2561 แล้ว") == APRIL_10


@pytest.mark.parametrize(
    ("text", "english", "thai"),
    [
        ("31/2/61", "February 2018 has 28 days", "เดือนกุมภาพันธ์ 2561 มี 28 วัน"),
        ("29/2/62", "February 2019 has 28 days", "เดือนกุมภาพันธ์ 2562 มี 28 วัน"),
        ("31 เมษายน 2561", "April 2018 has 30 days", "เดือนเมษายน 2561 มี 30 วัน"),
        ("10/13/61", "there is no month 13", "ไม่มีเดือนที่ 13"),
        ("0/4/61", "a day starts at 1", "วันที่เริ่มที่ 1"),
    ],
)
def test_an_impossible_date_says_why_in_our_words(text: str, english: str, thai: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text)
    assert str(info.value).endswith(english)
    assert info.value.thai.endswith(thai)


def test_spoken_date() -> None:
    """Said by the catalogue's one date-speaker (thai.py keeps the Thai forms' own formats)."""
    assert say_date(APRIL_10, "th") == "10 เมษายน 2561"
    assert say_date(APRIL_10, "en") == "10 April 2018"


def test_a_stored_time_falls_on_its_day_in_thailand() -> None:
    import datetime as dt

    from centertrack.thai import thai_day

    assert thai_day("2018-04-15T16:59:59+00:00") == dt.date(2018, 4, 15)  # 23:59:59 in Bangkok
    assert thai_day("2018-04-15T17:00:00+00:00") == dt.date(2018, 4, 16)  # midnight in Bangkok
    assert thai_day("2018-04-15T23:30:00") == dt.date(2018, 4, 15)  # no offset: Thai time already
