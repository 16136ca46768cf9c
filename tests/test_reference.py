from __future__ import annotations

import csv
from pathlib import Path

import geothai
import pytest

from centertrack.indicators import get_indicator
from centertrack.reference import Reference, load_reference, name_key
from centertrack.thai import to_thai_digits


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def test_76_supervised_provinces_with_878_districts(ref: Reference) -> None:
    assert len(ref.provinces) == 77
    assert len(ref.supervised) == 76
    assert "10" not in {p.code for p in ref.supervised}
    assert sum(p.districts for p in ref.supervised) == 878 == get_indicator("4.2").target


def test_lao_counts_fy2561_sum_to_the_indicator_target(ref: Reference) -> None:
    # 7,850 LAOs in 76 provinces + Pattaya City (counted under Chon Buri) = 7,851 under DLA.
    assert sum(p.laos for p in ref.supervised) == 7851 == get_indicator("4.1").target
    assert ref.by_code["20"].laos == 99
    # Bueng Kan went from 60 to 58 LAOs through two mergers; the FY2561 count is the target.
    assert (ref.by_code["38"].laos, ref.by_code["38"].laos_latest) == (60, 58)
    assert get_indicator("4.1").target_of(ref.by_code["38"]) == 60


def test_district_counts_agree_with_geothai(ref: Reference) -> None:
    for province in ref.provinces:
        assert province.districts == len(geothai.districts(province.code)), province.name_en
        assert province.name_th == geothai.province(province.code).name_th


def test_seed_letter_totals_are_district_counts(ref: Reference) -> None:
    seed = {"24": 11, "20": 11, "63": 9, "73": 7, "60": 15, "12": 6, "82": 8, "76": 8, "91": 7, "72": 10}
    assert {code: ref.by_code[code].districts for code in seed} == seed
    assert ref.by_code["66"].districts == 12  # Phichit, which row 7 of the letter's form names by mistake


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("ชลบุรี", "20"),
        (" ชลบุรี ", "20"),
        ("จ.ชลบุรี", "20"),
        ("จ. ชลบุรี", "20"),
        ("จังหวัดชลบุรี", "20"),
        ("Chon Buri", "20"),
        ("Chonburi", "20"),
        ("CHONBURI", "20"),
        ("Chon Buri Province", "20"),
        ("20", "20"),
        ("๒๐", "20"),
        ("TH-20", "20"),
        ("Phang-nga", "82"),
        ("Phang Nga", "82"),
        ("Phangnga", "82"),
        ("Suphanburi", "72"),
        ("Suphan Buri", "72"),
        ("Korat", "30"),
        ("นครศรี ธรรมราช", "80"),
        ("กทม", "10"),
        ("กรุงเทพฯ", "10"),
        ("กําแพงเพชร", "62"),  # sara am as ํ + า, as text copied from a PDF has it
        ("ชลบุรี\u200b", "20"),  # a zero-width space from Word or a web page
    ],
)
def test_match_resolves_spellings_in_use(ref: Reference, written: str, code: str) -> None:
    match = ref.match(written)
    assert match is not None, written
    assert match.province.code == code
    assert match.normalized == (written != match.province.name_th)


@pytest.mark.parametrize("written", ["ชลบุร", "Chonbri", "", "รวม", "ภาคเหนือ"])
def test_match_refuses_what_is_not_a_province(ref: Reference, written: str) -> None:
    assert ref.match(written) is None


def test_closest_names_for_a_typo(ref: Reference) -> None:
    assert ref.closest("ชลบุร")[0].code == "20"
    assert ref.closest("Chonbri")[0].code == "20"


def test_name_key_drops_prefixes_spaces_and_case() -> None:
    assert name_key("จ. ตาก") == name_key("ตาก")
    assert name_key("Phang-nga") == name_key("Phang Nga") == "phangnga"


def test_provinces_are_in_thai_dictionary_order(ref: Reference) -> None:
    names = [p.name_th for p in ref.supervised]
    # เพชรบุรี sorts under พ, after พังงา, as in the letter's annex.
    assert names.index("พังงา") < names.index("เพชรบุรี") < names.index("สตูล")


# The project's list of province spellings in use (copied from the shared reference data): every name
# column and variant must resolve. HASC (TH.CB) and FIPS 10-4 (TH46) codes are left out: no office
# writes them, and FIPS TH40 (Bangkok) is ISO TH-40 (Khon Kaen).
IN_USE = Path(__file__).parent / "data" / "reference" / "province_names_in_use.csv"
NOT_SPELLINGS = {"hasc", "fips10"}


def _spellings_in_use() -> list[tuple[str, str]]:
    with IN_USE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 77
    found = []
    for row in rows:
        for column, value in row.items():
            if column in NOT_SPELLINGS:
                continue
            found += [(row["province_code"], v.strip()) for v in value.split(";") if v.strip()]
    return sorted(set(found))


@pytest.mark.parametrize(("code", "written"), _spellings_in_use())
def test_every_spelling_in_use_resolves(ref: Reference, code: str, written: str) -> None:
    thai = any("\u0e00" <= ch <= "\u0e7f" for ch in written)
    forms = [written, f"  {written} ", to_thai_digits(written) if written.isdigit() else written]
    forms += [f"จ.{written}", f"จ. {written}", f"จังหวัด{written}"] if thai else [f"{written} Province"]
    for form in forms:
        match = ref.match(form)
        assert match is not None and match.province.code == code, form
        assert match.normalized == (form != match.province.name_th)


def test_no_spelling_names_two_provinces(ref: Reference) -> None:
    keys: dict[str, set[str]] = {}
    for code, written in _spellings_in_use():
        keys.setdefault(name_key(written), set()).add(code)
    assert {key: codes for key, codes in keys.items() if len(codes) > 1} == {}
