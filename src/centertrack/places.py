"""Districts and Local Administrative Organizations (LAOs), and matching the names sheets give them.

Districts come from the PyPI package geothai (DOPA codes); LAOs from ``lao_list_2023-11-09.csv``
(DLA codes). Both are indexed once per process, so matching a row is a few dict lookups.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

from centertrack.thai import normalize_name

LAO_LIST = "lao_list_2023-11-09.csv"

# Notes a PlaceMatch may carry (comma-separated when both apply).
TYPE_DIFFERS = "type-differs"  # e.g. the sheet says ทต. and the 2023 list อบต. (upgraded since)
DISTRICT_DIFFERS = "district-differs"  # the sheet's district is not the one the list gives

# type: (short prefix, long prefix); Pattaya City has no prefix, its name says what it is.
LAO_TYPES: dict[str, tuple[str, str]] = {
    "provincial_admin_org": ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
    "city_municipality": ("ทน.", "เทศบาลนคร"),
    "town_municipality": ("ทม.", "เทศบาลเมือง"),
    "subdistrict_municipality": ("ทต.", "เทศบาลตำบล"),
    "subdistrict_admin_org": ("อบต.", "องค์การบริหารส่วนตำบล"),
    "special_admin_area": ("", ""),
}
_MUNICIPALITIES = frozenset({"city_municipality", "town_municipality", "subdistrict_municipality"})

P = TypeVar("P")


@dataclass(frozen=True)
class District:
    code: str  # DOPA code, "2402"
    name_th: str
    name_en: str
    province_code: str


@dataclass(frozen=True)
class Lao:
    code: str  # DLA code, 7 digits: type (2 PAO … 6 SAO), DOPA province, number
    name_th: str  # base name without the type: "บางคล้า"
    type: str  # a key of LAO_TYPES
    type_th: str  # as the list writes it: "อบต.", "เทศบาลตำบล", …
    province_code: str
    district_th: str

    @property
    def full_name_th(self) -> str:
        """องค์การบริหารส่วนตำบลบางคล้า, เทศบาลเมืองฉะเชิงเทรา, …, เมืองพัทยา."""
        return LAO_TYPES[self.type][1] + self.name_th

    @property
    def short_name_th(self) -> str:
        """อบต.บางคล้า, ทม.ฉะเชิงเทรา, …, เมืองพัทยา."""
        return LAO_TYPES[self.type][0] + self.name_th


@dataclass(frozen=True)
class PlaceMatch(Generic[P]):
    """How a written name was resolved, and whether it differs from the reference in a way worth saying."""

    place: P
    written: str
    normalized: bool  # True when the text was not already a canonical name or code
    note: str | None = None  # TYPE_DIFFERS and/or DISTRICT_DIFFERS, comma-separated


@dataclass(frozen=True)
class LaoAmbiguity:
    """A name that fits several LAOs of the province even after the type and district given were used."""

    written: str
    candidates: tuple[Lao, ...]

    @property
    def resolved_by(self) -> tuple[str, ...]:
        """Which columns would tell the candidates apart: "type", "district", or both together.

        The DLA code always would. In the 2023 list type + district together always suffice.
        """
        options = [
            column
            for column, values in (
                ("type", [lao.type for lao in self.candidates]),
                ("district", [lao.district_th for lao in self.candidates]),
            )
            if len(set(values)) == len(values)
        ]
        return tuple(options) or ("type+district",)


# ---------------------------------------------------------------- normalization

_NOISE = re.compile(r"[\s.\-–'’`_ฯ]+")
_CODE = re.compile(r"(\d+)(?:\.0*)?")  # Excel gives numeric cells back as floats: 6240401.0
_CODE_NOISE = re.compile(r"[\s-]+")
_DISTRICT_PREFIX = re.compile(r"^(?:กิ่ง\s*)?(?:อำเภอ|อ\s*[.\s])\s*|^(?:amphoe|amphur|amper)\s+", re.IGNORECASE)
_DISTRICT_SUFFIX = re.compile(r"\s+district$", re.IGNORECASE)
# A short LAO prefix must end in a dot or a space: อบทม, ทมอ and ทมนางาม are names of their own.
_LAO_SHORT = re.compile(r"^(อ[\s.]*บ[\s.]*[ตจ]|ท[\s.]*[ตมน])[\s.]+")


def _clean(text: str) -> str:
    return normalize_name(text)


def _squash(clean: str) -> str:
    """Spaces, dots, hyphens and case do not tell names apart: "Bang Khla" → "bangkhla"."""
    return _NOISE.sub("", clean).casefold()


def _key(text: str) -> str:
    return _squash(_clean(text))


def _digits(clean: str) -> str | None:
    """The digits of a code written with spaces or as an Excel float (6240401.0); None if not a code."""
    match = _CODE.fullmatch(_CODE_NOISE.sub("", clean))
    return match[1] if match else None


def _code(value: str | int | float) -> str | None:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return value  # the usual code, as the list writes it: nothing to normalize
    return _digits(_clean(str(value)))


def _district_key(text: str) -> str:
    return _squash(_DISTRICT_SUFFIX.sub("", _DISTRICT_PREFIX.sub("", _clean(text))))


def _type_aliases() -> dict[str, frozenset[str]]:
    aliases: dict[str, frozenset[str]] = {}
    for lao_type, (short, long) in LAO_TYPES.items():
        for alias in (lao_type, short, long):
            if alias:
                aliases[_key(alias)] = frozenset({lao_type})
    special = frozenset({"special_admin_area"})
    more = {
        "เทศบาล": _MUNICIPALITIES,
        "municipality": _MUNICIPALITIES,
        "ท้องถิ่นรูปแบบพิเศษ": special,
        "รูปแบบพิเศษ": special,
        "เมืองพัทยา": special,
        "pattaya": special,
        "pao": frozenset({"provincial_admin_org"}),
        "sao": frozenset({"subdistrict_admin_org"}),
        "tao": frozenset({"subdistrict_admin_org"}),
        "city municipality": frozenset({"city_municipality"}),
        "town municipality": frozenset({"town_municipality"}),
        "subdistrict municipality": frozenset({"subdistrict_municipality"}),
        "tambon municipality": frozenset({"subdistrict_municipality"}),
    }
    return aliases | {_key(alias): types for alias, types in more.items()}


_TYPE_ALIASES = _type_aliases()
# Long prefixes compared on the key, longest first so that เทศบาลตำบล wins over เทศบาล.
_LAO_LONG = sorted(
    [(_key(long), frozenset({t})) for t, (_, long) in LAO_TYPES.items() if long]
    + [(_key("เทศบาล"), _MUNICIPALITIES)],
    key=lambda item: -len(item[0]),
)


def parse_lao_type(text: str) -> frozenset[str]:
    """The LAO types a type column names ("อบต.", "เทศบาลตำบล", "SAO", "เทศบาล", …); empty if none."""
    return _TYPE_ALIASES.get(_key(text), frozenset())


def _split_lao(clean: str) -> tuple[frozenset[str], str]:
    """The types a cleaned LAO name's prefix names (empty if it has none) and the key of its base name."""
    if short := _LAO_SHORT.match(clean):
        return _TYPE_ALIASES[_squash(short[1])], _squash(clean[short.end() :])
    key = _squash(clean)
    for prefix, types in _LAO_LONG:
        if key.startswith(prefix) and len(key) > len(prefix):
            return types, key[len(prefix) :]
    return frozenset(), key


# ---------------------------------------------------------------- districts


@cache
def _districts() -> dict[str, tuple[District, ...]]:
    import geothai

    return {
        province.code: tuple(
            District(d.code, d.name_th, d.name_en, d.province_code)
            for d in sorted(geothai.districts(province.code), key=lambda d: d.code)
        )
        for province in geothai.provinces()
    }


@cache
def _district_names(province_code: str) -> dict[str, list[District]]:
    """Every spelling of the province's districts (codes aside) → the districts it names."""
    districts = districts_of(province_code)
    names: defaultdict[str, list[District]] = defaultdict(list)
    spellings = [(d, name) for d in districts for name in (d.name_th, d.name_en)]
    spellings += [(d, re.sub(r"(?i)^mueang", "muang", d.name_en)) for d in districts]
    # Every province's first district is its capital district; sheets often write just อ.เมือง, and
    # Ayutthaya's อำเภอพระนครศรีอยุธยา as อำเภอเมืองพระนครศรีอยุธยา.
    if districts and province_code != "10":
        capital = districts[0]
        aliases = ("เมือง", "mueang", "muang", "เมือง" + capital.name_th.removeprefix("เมือง"))
        spellings += [(capital, alias) for alias in aliases]
    for district, name in spellings:
        if district not in names[key := _district_key(name)]:
            names[key].append(district)
    return dict(names)


@cache
def _district_index(province_code: str) -> dict[str, District]:
    # Ayutthaya has two "Bang Sai" (บางไทร, บางซ้าย): a name shared is no answer, only a hint.
    index = {name: found[0] for name, found in _district_names(province_code).items() if len(found) == 1}
    return index | {district.code: district for district in districts_of(province_code)}


def districts_of(province_code: str) -> tuple[District, ...]:
    """The districts of a province (geothai), sorted by code; empty for an unknown code."""
    return _districts().get(province_code, ())


def match_district(written: str, province_code: str) -> PlaceMatch[District] | None:
    """Resolve อ.บางคล้า, อำเภอ บางคล้า, Bang Khla, อ.เมือง, Mueang Chachoengsao, 2402 or ๒๔๐๒."""
    index = _district_index(province_code)
    district = index.get(_code(written) or _district_key(written))
    if district is None:
        return None
    return PlaceMatch(district, written, normalized=written not in (district.name_th, district.code))


def districts_elsewhere(written: str, province_code: str) -> list[District]:
    """The districts of other provinces (Bangkok aside) that a name or code names: a misplaced row."""
    found = (match_district(written, code) for code in _districts() if code not in (province_code, "10"))
    return [match.place for match in found if match is not None]


def closest_districts(written: str, province_code: str, limit: int = 3) -> list[District]:
    """The districts of the province whose names look most like a name that matched none."""
    names = _district_names(province_code)
    key = _district_key(written)
    found = difflib.get_close_matches(key, list(names), n=limit * 3, cutoff=0.6) if key else []
    return list(dict.fromkeys(district for name in found for district in names[name]))[:limit]


# ---------------------------------------------------------------- LAOs


@dataclass(frozen=True)
class _LaoIndex:
    by_code: dict[str, Lao]
    by_province: dict[str, tuple[Lao, ...]]


@cache
def _lao_index() -> _LaoIndex:
    text = resources.files("centertrack.data").joinpath(LAO_LIST).read_text(encoding="utf-8")
    rows = csv.reader(text.splitlines())  # not DictReader: a dict per row is half the time of reading
    column = {name: number for number, name in enumerate(next(rows))}
    code, name, kind, kind_th, province, district = (
        column[header]
        for header in ("dla_code", "name_th", "type", "type_th", "province_code", "district_name_th")
    )
    laos = [
        Lao(
            code=row[code],
            name_th=unicodedata.normalize("NFC", row[name]),
            type=row[kind],
            type_th=row[kind_th],
            province_code=row[province],
            district_th=row[district],
        )
        for row in rows
    ]
    laos.sort(key=lambda lao: lao.code)
    by_province: defaultdict[str, list[Lao]] = defaultdict(list)
    for lao in laos:
        by_province[lao.province_code].append(lao)
    return _LaoIndex(
        by_code={lao.code: lao for lao in laos},
        by_province={code: tuple(found) for code, found in by_province.items()},
    )


@cache
def _lao_names(province_code: str) -> dict[str, list[Lao]]:
    """A province's LAOs by base-name key, made when a name of the province is first matched: a
    sheet whose codes and names agree with the list never needs them (a third of the index's time)."""
    names: defaultdict[str, list[Lao]] = defaultdict(list)
    laos = laos_of(province_code)
    for lao in laos:
        names[_key(lao.name_th)].append(lao)
    # The list's name for Pattaya City is เมืองพัทยา; sheets also write just พัทยา.
    for lao in laos:
        if lao.type == "special_admin_area":
            names[_key(lao.name_th.removeprefix("เมือง"))].append(lao)
    return dict(names)


def laos_of(province_code: str) -> tuple[Lao, ...]:
    """The LAOs of a province in the 2023 list, sorted by DLA code; empty for Bangkok or an unknown code."""
    return _lao_index().by_province.get(province_code, ())


def lao_by_code(code: str | int | float) -> Lao | None:
    """The LAO with a DLA code written with Thai digits, spaces, or read from Excel as 6240401.0."""
    if isinstance(code, str) and code.isascii() and code.isdigit():  # as written, most often
        return _lao_index().by_code.get(code)
    digits = _code(code)
    return _lao_index().by_code.get(digits) if digits else None


def match_lao(
    written: str, province_code: str, district: str | None = None, type_hint: str | None = None
) -> PlaceMatch[Lao] | LaoAmbiguity | None:
    """Resolve an LAO of the province from its DLA code or its name with or without a type prefix.

    A base name shared by several LAOs is narrowed by the district, then by the type the prefix
    names, then by the type column (``type_hint``). Each narrows only if some candidate fits: an
    SAO that became a subdistrict municipality after the list (about 296 in November 2025) is still
    found, with the note TYPE_DIFFERS. A type_hint parse_lao_type does not know is ignored. A DLA
    code of another province is no match here (lao_by_code says where it is).
    """
    clean = _clean(written)
    if (digits := _digits(clean)) is not None:
        lao = _lao_index().by_code.get(digits)
        if lao is None or lao.province_code != province_code:
            return None
        return PlaceMatch(lao, written, normalized=written != lao.code)

    types, key = _split_lao(clean)
    names = _lao_names(province_code)
    candidates = names.get(key)
    if candidates is None and types:  # a name that merely starts like a prefix
        types, candidates = frozenset(), names.get(_squash(clean))
    if not candidates:
        return None

    notes: list[str] = []
    if district is not None and district.strip():
        found = match_district(district, province_code)
        wanted = _key(found.place.name_th) if found else _district_key(district)
        if in_district := [lao for lao in candidates if _key(lao.district_th) == wanted]:
            candidates = in_district
        else:
            notes.append(DISTRICT_DIFFERS)
    for wanted_types in (types, parse_lao_type(type_hint) if type_hint else frozenset()):
        if of_type := [lao for lao in candidates if lao.type in wanted_types]:
            candidates = of_type
        elif wanted_types and TYPE_DIFFERS not in notes:
            notes.insert(0, TYPE_DIFFERS)

    if len(candidates) > 1:
        return LaoAmbiguity(written, tuple(candidates))
    lao = candidates[0]
    canonical = (lao.full_name_th, lao.short_name_th, lao.code)
    return PlaceMatch(lao, written, normalized=written not in canonical, note=",".join(notes) or None)


def closest_laos(written: str, province_code: str, limit: int = 3) -> list[Lao]:
    """The LAOs of the province whose base names look most like a name that matched none.

    LAOs of the type the written prefix names come first among those of one name.
    """
    types, key = _split_lao(_clean(written))
    names = _lao_names(province_code)
    result: list[Lao] = []
    for name in difflib.get_close_matches(key, list(names), n=limit * 3, cutoff=0.6) if key else []:
        # A type other than the one written goes after it among the LAOs of one name.
        result += sorted(names[name], key=lambda lao: lao.type not in types)
    return list(dict.fromkeys(result))[:limit]
