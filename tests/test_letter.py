"""The letter's model: what each field says, from the round, indicators.toml and the settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from centertrack.errors import UsageError
from centertrack.indicators import get_indicator
from centertrack.letter import (
    Reference,
    Sender,
    build_letter,
    findings,
    letter_number,
    load_sender,
    next_reporting_day,
    parse_reference,
    province_letters,
    settings_path,
)
from centertrack.letter_date import date_warning
from centertrack.progress import Summary, summarize
from centertrack.runner import validate_paths

DATA = Path(__file__).parent / "data" / "letter"
DATE = dt.date(2018, 4, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("มท 0810.7/ว 435 14/2/61", Reference("มท 0810.7/ว 435", dt.date(2018, 2, 14))),
        ("ด่วนที่สุด ที่ มท 0810.7/ว 2796 ลงวันที่ 12 ธันวาคม 2560",
         Reference("มท 0810.7/ว 2796", dt.date(2017, 12, 12), "ด่วนที่สุด")),
        ("มท ๐๘๑๐.๗/ว ๒๗๙๖ ๑๒ ธ.ค. ๖๐", Reference("มท ๐๘๑๐.๗/ว ๒๗๙๖", dt.date(2017, 12, 12))),
        ("มท 0810.7/ว 99", Reference("มท 0810.7/ว 99")),
    ],
)  # fmt: skip
def test_references_are_read_as_written(text: str, expected: Reference) -> None:
    assert parse_reference(text) == expected


def test_a_reference_without_a_number_is_refused() -> None:
    with pytest.raises(UsageError, match="no letter number"):
        parse_reference("ด่วน 14/2/61")


def test_a_citation_is_in_thai_digits() -> None:
    cited = Reference("มท 0810.7/ว 435", dt.date(2018, 2, 14), "ด่วนที่สุด").citation("กรมส่งเสริมการปกครองท้องถิ่น")
    assert cited == "หนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๔๓๕ ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๑"


def test_the_number_as_given_or_after_the_units_prefix() -> None:
    assert letter_number("มท 0810.7/ว 1055", Sender()) == "มท ๐๘๑๐.๗/ว ๑๐๕๕"
    assert letter_number("1055", Sender()) == "มท ๐๘๑๐.๗/ว ๑๐๕๕"
    assert letter_number("ที่ มท 0810.7/ว 1055", Sender()) == "มท ๐๘๑๐.๗/ว ๑๐๕๕"  # ที่ is the template's
    assert letter_number(None, Sender()) == "มท ๐๘๑๐.๗/ว "  # a draft: the register writes it in


@pytest.mark.parametrize(
    ("day", "expected"),
    [(dt.date(2018, 4, 10), dt.date(2018, 4, 15)), (dt.date(2018, 4, 15), dt.date(2018, 5, 15)),
     (dt.date(2018, 12, 20), dt.date(2019, 1, 15))],
)  # fmt: skip
def test_the_next_reporting_day(day: dt.date, expected: dt.date) -> None:
    assert next_reporting_day(get_indicator("4.2"), day) == expected


def test_the_sender_defaults_to_the_seeds_and_is_set_in_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CENTERTRACK_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "centertrack" / "settings.toml"
    assert load_sender() == Sender()
    settings = tmp_path / "centertrack" / "settings.toml"
    settings.parent.mkdir()
    settings.write_text('[sender]\nphone = "0 2241 9000 ต่อ 4132"\n', encoding="utf-8")
    assert load_sender().phone == "0 2241 9000 ต่อ 4132"
    assert load_sender().division == Sender().division
    elsewhere = tmp_path / "mine.toml"
    elsewhere.write_text('[sender]\nfax = "0 2241 0000"\n', encoding="utf-8")
    monkeypatch.setenv("CENTERTRACK_SETTINGS", str(elsewhere))
    assert settings_path() == elsewhere and load_sender().fax == "0 2241 0000"


@pytest.mark.parametrize(
    ("text", "message"),
    [('[sender]\nphon = "1"\n', r"unknown \[sender\] setting\(s\) phon;"),
     ("[sender\n", "cannot read the settings"),
     ("[sender]\nphone = 1\n", "phone must be text")],
)  # fmt: skip
def test_bad_settings_are_refused_by_name(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_sender(path)


def test_a_4_1_letter_cites_its_indicator_and_target() -> None:
    result = validate_paths([Path(__file__).parents[1] / "data/examples/national-4.1-2561-06.xlsx"], "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    fields = build_letter(summary, date=dt.date(2018, 6, 20)).fields
    assert fields["indicator"] == "๔.๑"
    assert fields["report_by"] == "๑๕ กรกฎาคม ๒๕๖๑"
    assert str(fields["progress"]).startswith("ซึ่ง ณ วันที่ ")
    assert "จากเป้าหมาย ๗,๘๕๑ ศูนย์" in str(fields["progress"])  # every province reported


def test_a_provinces_own_letter_names_what_it_lacks_and_what_to_fix() -> None:
    paths = [DATA / "seed-progress-4.2.xlsx"]
    result = validate_paths(paths, "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    found = findings(result.entries, result.details, result.issues)
    letters = province_letters(summary, found, date=DATE)
    assert [letter.province for letter in letters] == [p.code for p in summary.lagging]
    phichit = next(letter for letter in letters if letter.province == "66")
    assert phichit.fields["addressee"] == phichit.fields["offices"] == "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพิจิตร"
    assert phichit.fields["province_status"] == (
        "สำหรับจังหวัดพิจิตร ณ วันที่ ๑๐ เมษายน ๒๕๖๑ จัดตั้งแล้ว ๗ ศูนย์ จากทั้งหมด ๘ ศูนย์ ยังไม่ได้จัดตั้งอีก ๑ ศูนย์"
    )
    (fix,) = phichit.fields["fixes"]
    assert fix.startswith("Sheet1!C12: จำนวนทั้งหมด 8 ไม่ตรงกับจำนวนอำเภอของพิจิตร (12) — พังงา มี 8 อำเภอ")
    (form,) = phichit.annexes  # its own row of the progress form, to fill in and send back
    assert [(row.no, row.name_th, row.remaining) for row in form.rows] == [(1, "พิจิตร", 1)]
    others = [letter for letter in letters if letter.province != "66"]
    assert all(letter.fields["fixes"] == () for letter in others)


def test_a_detail_sheet_names_the_districts_still_without_a_center() -> None:
    paths = [Path(__file__).parents[1] / "data/examples/district-4.2-chachoengsao.xlsx"]
    result = validate_paths(paths, "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    (letter,) = province_letters(summary, findings(result.entries, result.details, result.issues), date=DATE)
    status = str(letter.fields["province_status"])
    assert status.endswith(
        "ได้แก่ อำเภอคลองเขื่อน อำเภอบ้านโพธิ์ อำเภอแปลงยาว อำเภอพนมสารคาม อำเภอเมืองฉะเชิงเทรา อำเภอสนามชัยเขต"
    )


def test_the_indicators_own_letter_is_cited_once_whatever_its_digits() -> None:
    result = validate_paths([DATA / "seed-progress-4.2-corrected.xlsx"], "auto")
    summary = summarize(result.entries, result.indicator, result.as_of, result.issues)
    refer = [
        parse_reference("ด่วนที่สุด มท ๐๘๑๐.๗/ว ๔๓๕ ๑๔ ก.พ. ๖๑"),
        parse_reference("มท 0810.7/ว 2796 12/12/60"),
    ]
    references = str(build_letter(summary, date=DATE, refer=refer).fields["references"])
    assert references == (
        "หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๑๐.๗/ว ๒๗๙๖ ลงวันที่ ๑๒ ธันวาคม ๒๕๖๐ "
        "และหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๔๓๕ ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๑"
    )


@pytest.mark.parametrize(
    ("day", "key", "days"),
    [
        (dt.date(2018, 4, 10), None, 0),  # the seed's own date
        (dt.date(2018, 5, 11), None, 31),
        (dt.date(2018, 5, 12), "letter-date-far", 32),
        (dt.date(2026, 4, 10), "letter-date-far", 2922),  # no --date: today, years on
        (dt.date(2018, 4, 9), "letter-date-before", 1),
    ],
)
def test_a_letter_dated_far_from_its_figures_is_warned_of_as_data(day: dt.date, key: str, days: int) -> None:
    """Issue 27: a letter about 2561 dated today (2569) went out without a word."""
    warning = date_warning(build_letter(_seed_summary(), date=day))
    if key is None:
        assert warning is None
    else:
        assert warning is not None and warning.key == key
        assert warning.params == {"date": day, "as_of": dt.date(2018, 4, 10), "days": days}


def _seed_summary() -> Summary:
    result = validate_paths(
        [Path(__file__).parents[1] / "data/examples/seed-progress-4.2-corrected.xlsx"], "4.2"
    )
    return summarize(result.entries, result.indicator, result.as_of, result.issues)
