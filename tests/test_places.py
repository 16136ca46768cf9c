from __future__ import annotations

import csv
import time
from collections import Counter
from importlib import resources

import geothai
import pytest

from centertrack import places
from centertrack.places import (
    DISTRICT_DIFFERS,
    TYPE_DIFFERS,
    District,
    Lao,
    LaoAmbiguity,
    PlaceMatch,
    closest_districts,
    closest_laos,
    districts_of,
    lao_by_code,
    laos_of,
    match_district,
    match_lao,
    parse_lao_type,
)
from centertrack.reference import BANGKOK, LAO_COUNTS_LATEST, lao_counts, load_reference

CHACHOENGSAO = "24"


def district_code(written: str, province: str = CHACHOENGSAO) -> str | None:
    found = match_district(written, province)
    return found.place.code if found else None


def lao_match(
    written: str, province: str = CHACHOENGSAO, district: str | None = None, type_hint: str | None = None
) -> PlaceMatch[Lao]:
    found = match_lao(written, province, district=district, type_hint=type_hint)
    assert isinstance(found, PlaceMatch), found
    return found


def lao_code(written: str, province: str = CHACHOENGSAO, **kwargs: str) -> str:
    return lao_match(written, province, **kwargs).place.code


# ---------------------------------------------------------------- districts


@pytest.mark.parametrize(
    "written",
    [
        "บางคล้า",
        "อ.บางคล้า",
        "อ. บางคล้า",
        "อ บางคล้า",
        "อำเภอบางคล้า",
        "อำเภอ บางคล้า",
        " บาง คล้า ",
        "อ.บาง  คล้า",
        "Bang Khla",
        "bang khla",
        "BangKhla",
        "Amphoe Bang Khla",
        "Bang Khla District",
        "2402",
        "๒๔๐๒",
        " 2402 ",
        "2402.0",
        "อําเภอบางคล้า",  # sara am as ํ + า, as text copied from a PDF has it
        "อ.บางคล้า\u200b",  # a zero-width space from Word or a web page
        "\u200bบางคล้า",
    ],
)
def test_district_in_every_style(written: str) -> None:
    assert district_code(written) == "2402"


@pytest.mark.parametrize(
    "written",
    [
        "เมือง",
        "อ.เมือง",
        "อ. เมือง",
        "อำเภอเมือง",
        "เมืองฉะเชิงเทรา",
        "อ.เมืองฉะเชิงเทรา",
        "อำเภอเมืองฉะเชิงเทรา",
        "อำเภอ เมือง ฉะเชิงเทรา",
        "Mueang Chachoengsao",
        "Muang Chachoengsao",
        "Mueang",
    ],
)
def test_capital_district_in_every_mueang_form(written: str) -> None:
    assert district_code(written) == "2401"


def test_match_says_whether_the_name_was_normalized() -> None:
    assert match_district("บางคล้า", CHACHOENGSAO) == PlaceMatch(
        District("2402", "บางคล้า", "Bang Khla", CHACHOENGSAO), "บางคล้า", normalized=False
    )
    found = match_district("อ.บางคล้า", CHACHOENGSAO)
    assert found is not None
    assert (found.normalized, found.note) == (True, None)


def test_mueang_is_the_capital_even_where_other_districts_start_with_it() -> None:
    # Nakhon Ratchasima has เมืองยาง, Si Sa Ket เมืองจันทร์, Roi Et เมืองสรวง, Lampang เมืองปาน.
    assert district_code("อ.เมือง", "30") == "3001"
    assert district_code("อ.เมืองยาง", "30") == "3027"
    assert district_code("เมืองสรวง", "45") == "4512"
    assert district_code("เมือง", "45") == "4501"


def test_ayutthaya_capital_district_is_not_called_mueang_but_is_written_so() -> None:
    assert district_code("พระนครศรีอยุธยา", "14") == "1401"
    assert district_code("อ.เมือง", "14") == "1401"
    assert district_code("อำเภอเมืองพระนครศรีอยุธยา", "14") == "1401"


def test_an_english_name_two_districts_share_is_only_a_hint() -> None:
    # บางไทร and บางซ้าย are both "Bang Sai" in geothai.
    assert district_code("Bang Sai", "14") is None
    assert {d.code for d in closest_districts("Bang Sai", "14")[:2]} == {"1404", "1413"}
    assert district_code("บางไทร", "14") == "1404"
    assert district_code("บางซ้าย", "14") == "1413"


def test_a_district_of_another_province_or_a_name_that_starts_with_o_is_not_mistaken() -> None:
    assert district_code("บางคล้า", "20") is None
    assert district_code("2402", "20") is None
    assert district_code("อ่างทอง", "15") is None  # a province, not a district: อ่ is no อ. prefix
    assert district_code("อ.เมืองอ่างทอง", "15") == "1501"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("บางคลา", "2402"),
        ("อ.บางคลัา", "2402"),
        ("Bang Khlaa", "2402"),
        ("พนมสาคาม", "2406"),
        ("เมืองฉะเชิงเทา", "2401"),
    ],
)
def test_unknown_district_gets_closest_names(written: str, expected: str) -> None:
    assert match_district(written, CHACHOENGSAO) is None
    hints = closest_districts(written, CHACHOENGSAO)
    assert hints[0].code == expected
    assert len(hints) <= 3


def test_nothing_like_a_district_gets_no_hint() -> None:
    assert match_district("", CHACHOENGSAO) is None
    assert closest_districts("", CHACHOENGSAO) == []
    assert closest_districts("xyz", CHACHOENGSAO) == []
    assert closest_districts("2499", CHACHOENGSAO) == []  # codes are no hints


def test_districts_of_every_province_agree_with_geothai() -> None:
    for province in geothai.provinces():
        districts = districts_of(province.code)
        assert len(districts) == len(geothai.districts(province.code)), province.name_en
        assert [d.code for d in districts] == sorted(d.code for d in districts)
        assert all(d.province_code == province.code for d in districts)
    supervised = [p.code for p in load_reference().supervised]
    assert len(supervised) == 76
    assert sum(len(districts_of(code)) for code in supervised) == 878
    assert districts_of("99") == ()


def test_every_district_matches_by_its_thai_name_and_code() -> None:
    for province in load_reference().supervised:
        for district in districts_of(province.code):
            assert district_code(district.name_th, province.code) == district.code
            assert district_code("อ." + district.name_th, province.code) == district.code
            assert district_code(district.code, province.code) == district.code


# ---------------------------------------------------------------- LAOs: reference


def test_lao_names_in_both_forms() -> None:
    assert lao_by_code("6240104") == Lao(
        "6240104", "บางพระ", "subdistrict_admin_org", "อบต.", CHACHOENGSAO, "เมืองฉะเชิงเทรา"
    )
    expected = {
        "2240101": ("องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "อบจ.ฉะเชิงเทรา"),
        "3300102": ("เทศบาลนครนครราชสีมา", "ทน.นครราชสีมา"),
        "4240102": ("เทศบาลเมืองฉะเชิงเทรา", "ทม.ฉะเชิงเทรา"),
        "5240202": ("เทศบาลตำบลบางคล้า", "ทต.บางคล้า"),
        "6240104": ("องค์การบริหารส่วนตำบลบางพระ", "อบต.บางพระ"),
        "3200408": ("เมืองพัทยา", "เมืองพัทยา"),
    }
    for code, names in expected.items():
        lao = lao_by_code(code)
        assert lao is not None
        assert (lao.full_name_th, lao.short_name_th) == names


def test_laos_of_every_province_match_the_shipped_counts() -> None:
    counts = lao_counts(LAO_COUNTS_LATEST)
    supervised = [p.code for p in load_reference().supervised]
    assert {code: len(laos_of(code)) for code in supervised} == {code: counts[code] for code in supervised}
    assert sum(len(laos_of(code)) for code in supervised) == 7849
    assert len(laos_of("38")) == 58  # Bueng Kan: 60 in FY2561, two mergers since
    assert laos_of(BANGKOK) == ()
    laos = laos_of(CHACHOENGSAO)
    assert [lao.code for lao in laos] == sorted(lao.code for lao in laos)


def test_lao_codes_agree_with_their_province_and_mostly_with_their_type() -> None:
    first_digit = {
        "provincial_admin_org": "2",
        "city_municipality": "3",
        "special_admin_area": "3",
        "town_municipality": "4",
        "subdistrict_municipality": "5",
        "subdistrict_admin_org": "6",
    }
    laos = [lao for province in load_reference().supervised for lao in laos_of(province.code)]
    assert all(len(lao.code) == 7 and lao.code[1:3] == lao.province_code for lao in laos)
    # Two SAOs had become subdistrict municipalities by the list's date and kept their SAO code.
    kept = [lao.code for lao in laos if lao.code[0] != first_digit[lao.type]]
    assert sorted(kept) == ["6130408", "6720123"]


@pytest.mark.parametrize(
    "code", ["6240104", "๖๒๔๐๑๐๔", " 6240104 ", "6240104.0", "62 40104", 6240104, 6240104.0]
)
def test_lao_by_code_in_every_form(code: str | int | float) -> None:
    found = lao_by_code(code)
    assert found is not None
    assert found.code == "6240104"


@pytest.mark.parametrize("code", ["", "6240199", "บางพระ", "6240104.5", 6240104.5, -1.0])
def test_lao_by_code_unknown(code: str | float) -> None:
    assert lao_by_code(code) is None


# ---------------------------------------------------------------- LAOs: matching


@pytest.mark.parametrize(
    ("written", "code"),
    [
        # อบต.
        ("อบต.บางพระ", "6240104"),
        ("อบต. บางพระ", "6240104"),
        ("อบต บางพระ", "6240104"),
        ("อ.บ.ต.บางพระ", "6240104"),
        ("องค์การบริหารส่วนตำบลบางพระ", "6240104"),
        ("องค์การบริหารส่วนตำบล บางพระ", "6240104"),
        ("องค์การ บริหาร ส่วนตำบลบางพระ", "6240104"),
        # ทต.
        ("ทต.บางคล้า", "5240202"),
        ("ทต. บางคล้า", "5240202"),
        ("ท.ต.บางคล้า", "5240202"),
        ("เทศบาลตำบลบางคล้า", "5240202"),
        ("เทศบาลตำบล บางคล้า", "5240202"),
        # ทม.
        ("ทม.ฉะเชิงเทรา", "4240102"),
        ("ทม. ฉะเชิงเทรา", "4240102"),
        ("เทศบาลเมืองฉะเชิงเทรา", "4240102"),
        # อบจ.
        ("อบจ.ฉะเชิงเทรา", "2240101"),
        ("อบจ. ฉะเชิงเทรา", "2240101"),
        ("องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "2240101"),
        # codes
        ("6240104", "6240104"),
        ("๖๒๔๐๑๐๔", "6240104"),
        ("6240104.0", "6240104"),
        # a bare base name unique in the province
        ("บางพระ", "6240104"),
        ("บางคล้า", "5240202"),
        (" บาง พระ ", "6240104"),
        # copied from a PDF or a web page
        ("องค์การบริหารส่วนตําบลบางพระ", "6240104"),
        ("อบต.\u200bบางพระ", "6240104"),
        ("เทศบาลตําบลบางคล้า", "5240202"),
    ],
)
def test_lao_in_every_prefix_style(written: str, code: str) -> None:
    assert lao_code(written) == code


@pytest.mark.parametrize(
    ("written", "province", "code"),
    [
        ("ทน.นครราชสีมา", "30", "3300102"),
        ("ทน. นครราชสีมา", "30", "3300102"),
        ("เทศบาลนครนครราชสีมา", "30", "3300102"),
        ("อบจ.นครราชสีมา", "30", "2300101"),
        ("เมืองพัทยา", "20", "3200408"),
        ("เมือง พัทยา", "20", "3200408"),
        ("พัทยา", "20", "3200408"),
        # Names with dots and digits of their own.
        ("ทต.กม.5", "77", "5770104"),
        ("ทต. กม. ๕", "77", "5770104"),
        ("เทศบาลตำบลกม.5", "77", "5770104"),
        ("ทต.จ.ป.ร.", "85", "5850402"),
        ("ทต.จปร", "85", "5850402"),
        # Names that start like a prefix but are not one.
        ("อบทม", "15", "6150703"),
        ("อบต.อบทม", "15", "6150703"),
        ("ทมอ", "32", "6320508"),
        ("อบต.ทมอ", "32", "6320508"),
        ("ทมนางาม", "41", "6410506"),
    ],
)
def test_lao_of_other_types_and_awkward_names(written: str, province: str, code: str) -> None:
    assert lao_code(written, province) == code


def test_lao_match_says_whether_the_name_was_normalized() -> None:
    assert not lao_match("อบต.บางพระ").normalized
    assert not lao_match("องค์การบริหารส่วนตำบลบางพระ").normalized
    assert not lao_match("6240104").normalized
    assert lao_match("อบต. บางพระ").normalized
    assert lao_match("บางพระ").normalized
    assert lao_match("๖๒๔๐๑๐๔").normalized
    assert lao_match("อบต.บางพระ").note is None


def test_dla_code_of_another_province_is_no_match_here() -> None:
    assert match_lao("3200408", CHACHOENGSAO) is None
    assert match_lao("6240199", CHACHOENGSAO) is None
    assert match_lao("บางพระ", "20") != match_lao("บางพระ", CHACHOENGSAO)


def test_shared_base_name_resolved_by_prefix_type_hint_or_district() -> None:
    # The PAO and the town municipality are both named after Chachoengsao, in the same district.
    found = match_lao("ฉะเชิงเทรา", CHACHOENGSAO)
    assert isinstance(found, LaoAmbiguity)
    assert {lao.code for lao in found.candidates} == {"2240101", "4240102"}
    assert found.resolved_by == ("type",)
    assert lao_code("ฉะเชิงเทรา", type_hint="อบจ.") == "2240101"
    assert lao_code("ฉะเชิงเทรา", type_hint="องค์การบริหารส่วนจังหวัด") == "2240101"
    assert lao_code("ฉะเชิงเทรา", type_hint="เทศบาลเมือง") == "4240102"
    assert lao_code("ฉะเชิงเทรา", type_hint="town_municipality") == "4240102"
    assert lao_code("ฉะเชิงเทรา", type_hint="เทศบาล") == "4240102"

    # A ทต. and an อบต. of one name in one district: only the type tells them apart.
    assert isinstance(match_lao("ดอนฉิมพลี", CHACHOENGSAO, district="บางน้ำเปรี้ยว"), LaoAmbiguity)
    assert lao_code("ทต.ดอนฉิมพลี") == "5240301"
    assert lao_code("อบต.ดอนฉิมพลี") == "6240309"
    assert lao_code("ดอนฉิมพลี", type_hint="อบต.") == "6240309"
    assert lao_code("ดอนฉิมพลี", type_hint="เทศบาลตำบล") == "5240301"

    # Two SAOs called ศรีชมภู in Bueng Kan: only the district tells them apart.
    found = match_lao("อบต.ศรีชมภู", "38")
    assert isinstance(found, LaoAmbiguity)
    assert found.resolved_by == ("district",)
    assert lao_code("อบต.ศรีชมภู", "38", district="พรเจริญ") == "6380206"
    assert lao_code("ศรีชมภู", "38", district="อ.โซ่พิสัย") == "6380307"
    assert lao_code("ศรีชมภู", "38", district="3803") == "6380307"


def test_shared_base_name_that_needs_type_and_district_together() -> None:
    # Ubon Ratchathani's บัวงาม: ทต. and อบต. in เดชอุดม, another อบต. in บุณฑริก.
    found = match_lao("บัวงาม", "34")
    assert isinstance(found, LaoAmbiguity)
    assert found.resolved_by == ("type+district",)
    assert isinstance(match_lao("อบต.บัวงาม", "34"), LaoAmbiguity)
    assert isinstance(match_lao("บัวงาม", "34", district="เดชอุดม"), LaoAmbiguity)
    assert lao_code("อบต.บัวงาม", "34", district="เดชอุดม") == "6340718"
    assert lao_code("บัวงาม", "34", district="บุณฑริก") == "6341007"
    assert lao_code("ทต.บัวงาม", "34") == "5340703"
    # Narrowed to the ones the type fits, still two, and district alone now tells them apart.
    narrowed = match_lao("บัวงาม", "34", type_hint="อบต.")
    assert isinstance(narrowed, LaoAmbiguity)
    assert narrowed.resolved_by == ("district",)


def test_type_differs_when_the_sheet_writes_a_newer_type() -> None:
    # อบต.บางพระ may be a ทต. by now (about 296 SAOs were upgraded in November 2025).
    found = lao_match("ทต.บางพระ")
    assert (found.place.code, found.note) == ("6240104", TYPE_DIFFERS)
    found = lao_match("เทศบาลตำบลบางพระ")
    assert (found.place.code, found.note) == ("6240104", TYPE_DIFFERS)
    found = lao_match("บางพระ", type_hint="เทศบาลตำบล")
    assert (found.place.code, found.note) == ("6240104", TYPE_DIFFERS)
    found = lao_match("เทศบาลเมืองพัทยา", "20")
    assert (found.place.code, found.note) == ("3200408", TYPE_DIFFERS)
    # A type that fits none of two candidates decides nothing.
    found_two = match_lao("ทม.ดอนฉิมพลี", CHACHOENGSAO)
    assert isinstance(found_two, LaoAmbiguity)
    assert len(found_two.candidates) == 2
    assert isinstance(match_lao("ทน.ฉะเชิงเทรา", CHACHOENGSAO), LaoAmbiguity)


def test_district_differs_when_the_name_is_unique_elsewhere() -> None:
    found = lao_match("ทต.บางคล้า", district="พนมสารคาม")
    assert (found.place.code, found.note) == ("5240202", DISTRICT_DIFFERS)
    found = lao_match("อบต.บางคล้า", district="พนมสารคาม")
    assert (found.place.code, found.note) == ("5240202", f"{TYPE_DIFFERS},{DISTRICT_DIFFERS}")
    assert lao_match("ทต.บางคล้า", district="อ.บางคล้า").note is None
    assert lao_match("ทต.บางคล้า", district="Bang Khla").note is None
    assert lao_match("ทต.บางคล้า", district=" ").note is None


def test_district_decides_before_type_for_an_upgraded_sao() -> None:
    # คลองใหญ่ (Trat): a ทต. and an อบต. in คลองใหญ่, another อบต. in แหลมงอบ. A sheet that writes
    # ทต.คลองใหญ่ in แหลมงอบ means the อบต. there, upgraded since.
    found = lao_match("ทต.คลองใหญ่", "23", district="แหลมงอบ")
    assert (found.place.code, found.note) == ("6230503", TYPE_DIFFERS)
    assert lao_code("ทต.คลองใหญ่", "23", district="คลองใหญ่") == "5230201"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("อบต.", {"subdistrict_admin_org"}),
        ("อบต", {"subdistrict_admin_org"}),
        ("องค์การบริหารส่วนตำบล", {"subdistrict_admin_org"}),
        ("SAO", {"subdistrict_admin_org"}),
        ("subdistrict_admin_org", {"subdistrict_admin_org"}),
        ("ทต.", {"subdistrict_municipality"}),
        ("เทศบาลตำบล", {"subdistrict_municipality"}),
        ("ทม", {"town_municipality"}),
        ("เทศบาลนคร", {"city_municipality"}),
        ("อบจ.", {"provincial_admin_org"}),
        ("ท้องถิ่นรูปแบบพิเศษ", {"special_admin_area"}),
        ("เทศบาล", {"city_municipality", "town_municipality", "subdistrict_municipality"}),
        ("อื่น ๆ", set()),
        ("", set()),
    ],
)
def test_parse_lao_type(text: str, types: set[str]) -> None:
    assert parse_lao_type(text) == types


@pytest.mark.parametrize(
    ("written", "province", "expected"),
    [
        ("อบต.บางพระะ", CHACHOENGSAO, "6240104"),
        ("ทต.บางคลา", CHACHOENGSAO, "5240202"),
        ("องค์การบริหารส่วนตำบลคลองจุกกระเฌอร์", CHACHOENGSAO, "6240105"),
        ("ทต.ดอนฉิมพี", CHACHOENGSAO, "5240301"),  # of the two ดอนฉิมพลี, the ทต. written comes first
        ("อบต.ดอนฉิมพี", CHACHOENGSAO, "6240309"),
        ("พัทยาา", "20", "3200408"),
    ],
)
def test_unknown_lao_gets_closest_names(written: str, province: str, expected: str) -> None:
    assert match_lao(written, province) is None
    hints = closest_laos(written, province)
    assert hints[0].code == expected
    assert 0 < len(hints) <= 3
    assert len(set(hints)) == len(hints)


def test_nothing_like_an_lao_gets_no_hint() -> None:
    assert match_lao("", CHACHOENGSAO) is None
    assert match_lao("อบต.", CHACHOENGSAO) is None
    assert closest_laos("", CHACHOENGSAO) == []
    assert closest_laos("xyz", CHACHOENGSAO) == []


def test_every_lao_resolves_to_itself_by_short_and_full_name() -> None:
    """With the type prefix every LAO resolves; the district is needed only for same-named SAOs/ทต.

    Also a rough speed check: the index and 4 × 7,849 matches should take well under a second.
    """
    for cached in (places._lao_index, places._district_index, places._district_names, places._districts):
        cached.cache_clear()
    start = time.perf_counter()
    laos = [lao for province in load_reference().supervised for lao in laos_of(province.code)]
    ambiguous: list[Lao] = []
    for lao in laos:
        for written in (lao.short_name_th, lao.full_name_th):
            found = match_lao(written, lao.province_code)
            if isinstance(found, LaoAmbiguity):
                ambiguous.append(lao)
                found = match_lao(written, lao.province_code, district=lao.district_th)
            assert isinstance(found, PlaceMatch), written
            assert (found.place, found.note) == (lao, None), written
        assert lao_code(lao.code, lao.province_code) == lao.code
    elapsed = time.perf_counter() - start
    print(f"\nindex + {len(laos) * 3:,} LAO matches: {elapsed:.3f} s")

    assert len(laos) == 7849
    # Ambiguous with the prefix exactly where the list has two LAOs of one name and type in a province.
    shared = Counter((lao.province_code, lao.name_th, lao.type) for lao in laos)
    expected = [lao for lao in laos if shared[lao.province_code, lao.name_th, lao.type] > 1]
    assert ambiguous == [lao for lao in expected for _ in range(2)]
    print(f"{len(expected)} LAOs share name and type with another in their province")


def test_lao_list_shipped_is_the_one_read() -> None:
    text = resources.files("centertrack.data").joinpath(places.LAO_LIST).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 7849
    assert {row["type"] for row in rows} == set(places.LAO_TYPES)


def test_districts_elsewhere_name_the_province_a_misplaced_row_belongs_to() -> None:
    assert [(d.code, d.province_code) for d in places.districts_elsewhere("อ.ศรีราชา", CHACHOENGSAO)] == [
        ("2007", "20")
    ]
    assert places.districts_elsewhere("2007", CHACHOENGSAO)[0].name_th == "ศรีราชา"
    assert places.districts_elsewhere("บางคล้า", CHACHOENGSAO) == []  # its own
    assert places.districts_elsewhere("ไม่มีอำเภอนี้", CHACHOENGSAO) == []
