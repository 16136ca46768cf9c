"""Detail sheets: one row per district (indicator 4.2) or per LAO (indicator 4.1, with its statistics).

Each row is resolved against the reference (districts from geothai, LAOs from the DLA list), checked,
and the rows of a province add up to the same numbers a row of the letter's form gives: the province's
official target, the places with a center, and the rest. A place missing from the sheet is reported and
never counted as established.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from centertrack.form import STATISTICS_COLUMNS, Cell, Form, FormRow, cell_text, is_blank, plain_count
from centertrack.indicators import Indicator
from centertrack.places import (
    District,
    Lao,
    LaoAmbiguity,
    PlaceMatch,
    closest_districts,
    closest_laos,
    districts_elsewhere,
    districts_of,
    lao_by_code,
    laos_of,
    match_district,
    match_lao,
)
from centertrack.readers import CellValue
from centertrack.records import Detail, Entry, Statistics
from centertrack.reference import Province
from centertrack.thai import DateError, find_date, from_excel_date, to_arabic_digits

if TYPE_CHECKING:
    from centertrack.validate import Checker

# How offices write "set up" and "not yet" (a date of establishment also means "set up").
_YES = frozenset(
    {
        "ใช่",
        "มี",
        "มีแล้ว",
        "แล้ว",
        "จัดตั้งแล้ว",
        "ดำเนินการแล้ว",
        "เสร็จ",
        "เรียบร้อย",
        "yes",
        "y",
        "true",
        "1",
        "✓",
        "✔",
        "☑",
        "✅",
        "√",  # the check mark of Excel's symbol menu in Thai offices
        "/",
    }
)
_NO = frozenset(
    {"ไม่", "ไม่ใช่", "ไม่มี", "ยัง", "ยังไม่", "ยังไม่ได้จัดตั้ง", "ยังไม่จัดตั้ง", "no", "n", "false", "0", "-"}
    | {"✗", "✘", "☐", "×", "✕", "❌"}
)
# "อยู่ระหว่างดำเนินการ" (in progress) is not set up yet either.
_NOT_YET = ("ไม่", "ยังไม่", "อยู่ระหว่าง")
_SPACES = re.compile(r"\s+")
_LAO_CODE = re.compile(r"^\s*[0-9๐-๙]{7}(?:\.0+)?\s*$")
_SHOWN = 10  # names listed in a missing-… issue before "…"


class InvalidDateError(DateError):
    """A status cell holds a date that does not exist (31/2/61): set up, but since when is unknown."""


@dataclass
class _Place:
    """A resolved row: the province, the place, and what it says."""

    province: Province
    place: District | Lao
    cell: Cell
    established: bool
    since: date | None
    location: str
    statistics: Statistics | None
    bad: bool


@dataclass
class _Province:
    """The places of one province met in the sheet, in order."""

    province: Province
    first: Cell
    places: dict[str, _Place] = field(default_factory=dict)
    bad: bool = False


@lru_cache(maxsize=1024, typed=True)  # a sheet's status cells say ใช่ or ไม่ใช่ thousands of times
def parse_status(value: object) -> tuple[bool | None, date | None]:
    """(set up?, since) from a status cell: ใช่/ไม่ใช่, มี/ไม่มี, ✓, 1/0, yes/no, or a date of establishment.

    (None, None) for a blank cell; raises InvalidDateError for an impossible date, ValueError for text
    that says neither.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return value, None
    if isinstance(value, datetime | date):
        return True, from_excel_date(value)[0]
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value), None
        raise ValueError(str(value))
    text = _SPACES.sub("", to_arabic_digits(str(value))).casefold()
    if text in _YES:
        return True, None
    if text in _NO or text.startswith(_NOT_YET):
        return False, None
    try:
        found = find_date(str(value))  # a date written as text: set up since then
    except DateError as error:
        raise InvalidDateError(str(error), error.thai) from None
    if found is None:
        raise ValueError(str(value))
    return True, found


def check_detail(
    checker: Checker, form: Form, indicator: Indicator, as_of: date | None
) -> tuple[list[Entry], list[Detail]]:
    """Check a district- or LAO-level sheet; its rows summed per province, and each row as a Detail."""
    level = form.level
    default = sheet_province(checker, form)
    if default is None and "province" not in form.columns and (level == "district" or not has_codes(form)):
        checker.add("missing-column", form.sheet, column_th="จังหวัด", column_en="Province")
        return [], []
    provinces: dict[str, _Province] = {}
    read: dict[str, Province] = {}  # province cells as written, once resolved
    start = len(checker.issues)  # this sheet's issues are those added from here
    for row, resolved in zip(form.rows, _plain_places(checker, form, default, as_of), strict=True):
        if resolved is None:  # anything out of the ordinary: the full checks, with their issues
            province = row_province(checker, form, row, default, read)
            if province is None:
                continue
            place = (
                _district(checker, form, row, province)
                if level == "district"
                else resolve_lao(checker, form, row, province, bool(default) or "province" in form.columns)
            )
            if place is None:
                continue
            resolved = _read_place(checker, form, row, place, as_of)
        group = provinces.setdefault(resolved.province.code, _Province(resolved.province, resolved.cell))
        key = resolved.place.code
        if key in group.places:
            first = group.places[key].cell
            code = "duplicate-district" if level == "district" else "duplicate-lao"
            checker.add(
                code,
                form.sheet,
                resolved.cell,
                _label(form, level),
                name=_name(resolved.place),
                first=first.ref,
            )
            group.bad = True
            continue
        group.places[key] = resolved
        group.bad |= resolved.bad
    entries, details = [], []
    meant = {str(issue.params["meant"]) for issue in checker.issues[start:] if "meant" in issue.params}
    for group in provinces.values():
        missing, merged = _report_missing(checker, form, group, level, indicator, meant)
        entries.append(_entry(form, group, indicator, level, merged))
        details += [_detail(form, group.province, p.place, level, p) for p in group.places.values()]
        details += [_detail(form, group.province, place, level) for place in missing]
    return entries, details


def _plain_places(
    checker: Checker, form: Form, default: Province | None, as_of: date | None
) -> list[_Place | None]:
    """Each row's place when the row is plain, read column by column from its values; else None.

    Most rows are plain: a province as written before, a DLA code of that province with its name as
    the list has it (or a district's name), a status and a date as offices write them, whole-number
    statistics that agree. Such a row gives no issue, so it needs neither its cells nor the full
    checks, whose work per cell was most of the time of the national LAO sheet. Each column is read
    once and each distinct value in it parsed once (a sheet repeats its provinces, statuses, dates
    and small counts thousands of times). A row given None takes the full checks, which find the
    same place and say what is wrong (a test checks every fixture both ways); so does the first row
    of each province as written, which reports a spelling to normalize once.
    """
    columns, rows = form.columns, form.rows
    value_rows = [row.values for row in rows]
    shortest = min(map(len, value_rows), default=0)

    def column(key: str, parse: Callable[[CellValue], Any] = cell_text) -> list[Any]:
        if key not in columns:
            return [parse(None)] * len(rows)
        col = columns[key]
        if col < shortest:
            values = list(map(itemgetter(col), value_rows))
        else:
            values = [v[col] if col < len(v) else None for v in value_rows]
        return _parse_each(values, parse)

    by_code = checker.reference.by_code
    # The DLA code: its own column, or one headed just รหัส (as row_province and resolve_lao read it).
    code_key = "lao_code" if "lao_code" in columns else "code"
    codes = column(code_key)
    laos = [lao_by_code(code) if code and not code.isspace() else None for code in codes]
    provinces: list[Province | None]
    if "province" in columns:
        written = column("province")
        known = {text: _plain_province(checker, text) for text in set(written)}
        first = {text: index for index, text in reversed(list(enumerate(written)))}
        provinces = [known[text] for text in written]
        for index in first.values():
            provinces[index] = None
    else:
        provinces = [by_code[lao.province_code] if lao else default for lao in laos]
    if form.level == "district":
        places: list[District | Lao | None] = [
            _plain_district(text, province) if province else None
            for text, province in zip(column("district"), provinces, strict=True)
        ]
    else:
        if code_key == "code":  # a column headed รหัส holds DLA codes only where they look like one
            laos = [lao if _LAO_CODE.match(code) else None for lao, code in zip(laos, codes, strict=True)]
        places = [
            lao if lao and province and lao.province_code == province.code and _same_name(name, lao) else None
            for lao, province, name in zip(laos, provinces, column("lao"), strict=True)
        ]
    anchor = _anchor(columns)
    anchor_col = columns[anchor]
    keys = [key for key in STATISTICS_COLUMNS if key in columns]
    csv = form.sheet.format == "csv"
    count = partial(_count, csv=csv)
    # received, assisted, referred, pending of each row, in Statistics' order (0 for a column not there)
    numbers = zip(
        *(column(key, count) if key in keys else [0] * len(rows) for key in STATISTICS_COLUMNS), strict=True
    )
    found: list[_Place | None] = []
    for row, place, status, status_blank, written_date, location, counts, anchor_value in zip(
        rows,
        places,
        column("established", _status),
        column("established", is_blank),
        column("date", _date),
        column("location"),
        numbers,
        column(anchor, _same),
        strict=True,
    ):
        if place is None or status is None or written_date is None or None in counts:
            found.append(None)
            continue
        established, since = bool(status[0]), written_date[0] or status[1]
        if written_date[0] is not None and status_blank:
            established = True  # a date of establishment says it is set up
        if since is not None and as_of is not None and since > as_of:
            found.append(None)
            continue
        statistics = None
        if keys:
            statistics = Statistics(*counts)
            if _disagreement(statistics, keys, established):
                found.append(None)
                continue
        found.append(
            _Place(
                by_code[place.province_code],
                place,
                Cell(anchor_value, row.row, anchor_col),
                established,
                since,
                location.strip(),
                statistics,
                False,
            )
        )
    return found


def _plain_province(checker: Checker, written: str) -> Province | None:
    match = checker.reference.match(written) if written.strip() else None
    return match.province if match is not None and match.province.supervised else None


def _plain_district(written: str, province: Province) -> District | None:
    match = match_district(written.strip(), province.code) if written.strip() else None
    return match.place if match is not None else None


def _same_name(written: str, lao: Lao) -> bool:
    """The name cell is blank, or names the LAO as the list does."""
    name = written.strip()
    return not name or name in (lao.short_name_th, lao.full_name_th)


def _parse_each(values: list[CellValue], parse: Callable[[CellValue], Any]) -> list[Any]:
    """parse applied to each distinct value once."""
    distinct = set(values)
    if any(value.__class__ is bool for value in distinct):  # True == 1: a set cannot tell them apart
        return [parse(value) for value in values]
    parsed = {value: parse(value) for value in distinct}
    return [parsed[value] for value in values]


def _same(value: CellValue) -> CellValue:
    return value


def _status(value: CellValue) -> tuple[bool | None, date | None] | None:
    """A status cell read (see parse_status); None for one the full checks report."""
    try:
        return parse_status(value)
    except ValueError:
        return None


def _date(value: CellValue) -> tuple[date | None] | None:
    """(the date a date cell gives, None for a blank or a dash); None for one the full checks report."""
    if is_blank(value):
        return (None,)
    try:
        return (date_of(Cell(value, 0, 0)),)
    except DateError:
        return None


def _count(value: CellValue, csv: bool) -> int | None:
    return 0 if is_blank(value) else plain_count(value, csv)


def _label(form: Form, level: str) -> str | None:
    return form.labels.get(level) or form.labels.get("lao_code")


def _name(place: District | Lao) -> str:
    return place.short_name_th if isinstance(place, Lao) else place.name_th


def has_codes(form: Form) -> bool:
    """The sheet has a column of DLA codes."""
    return "lao_code" in form.columns or "code" in form.columns


def sheet_province(checker: Checker, form: Form) -> Province | None:
    """The province a sheet without a province column is about: named in its title ("จังหวัดฉะเชิงเทรา")."""
    for cell in form.text_lines:
        if cell.row >= form.header_rows[0] or not isinstance(cell.value, str):
            continue
        for found in re.finditer(r"จังหวัด\s*(\S+)", cell.value):
            match = checker.reference.match(found.group(1))
            if match and match.province.supervised:
                return match.province
        match = checker.reference.match(cell.value)
        if match and match.province.supervised:
            return match.province
    return None


def row_province(
    checker: Checker, form: Form, row: FormRow, default: Province | None, read: dict[str, Province]
) -> Province | None:
    """The row's province: its province cell, its DLA code's, or the sheet's.

    A province written the same way on every row (จ.ภูเก็ต on 19 LAO rows) is read, and its spelling
    noted, once.
    """
    if "province" in form.columns and not (cell := row.cells["province"]).blank:
        if (known := read.get(cell.text)) is not None:
            return known
        province = checker.province(form, row)
        if province is not None:
            read[cell.text] = province
        return province
    code_cell = row.get("lao_code") or row.get("code")
    if code_cell is not None and (lao := lao_by_code(code_cell.text)) is not None:
        return checker.reference.by_code[lao.province_code]
    if default is None:
        if "province" in form.columns:
            return checker.province(form, row)  # reports the empty province cell
        return None
    return default


def _district(checker: Checker, form: Form, row: FormRow, province: Province) -> District | None:
    cell = row.cells["district"]
    written = cell.text.strip()
    match = match_district(written, province.code) if written else None
    if match is not None:
        return match.place
    close = closest_districts(written, province.code)
    elsewhere = districts_elsewhere(written, province.code) if written and not close else []
    if not written:
        what = ("ช่องอำเภอว่าง", "the district cell is empty")
    else:
        what = (
            f"{written} ไม่ใช่อำเภอของ{province.name_th}",
            f"{written} is not a district of {province.name_en}",
        )
    if close:
        suggest = (
            f"หมายถึง {' หรือ '.join(d.name_th for d in close)} หรือไม่?",
            f"did you mean {', '.join(f'{d.name_th} ({d.name_en})' for d in close)}?",
        )
    elif elsewhere:  # a district of another province: the row, or the sheet's province, is misplaced
        where = [(d, checker.reference.by_code[d.province_code]) for d in elsewhere]
        what = (
            what[0] + " แต่เป็น" + " หรือ ".join(f"อำเภอ{d.name_th} จังหวัด{p.name_th}" for d, p in where),
            what[1] + " but " + " or ".join(f"{d.name_en} in {p.name_en}" for d, p in where),
        )
        suggest = ("ตรวจสอบจังหวัดของแถวนี้หรือของแบบรายงาน", "check the province of this row, or of the sheet")
    else:
        suggest = (f"ดูรายชื่ออำเภอของ{province.name_th}", f"check the districts of {province.name_en}")
    checker.add(
        "unknown-district",
        form.sheet,
        cell,
        form.labels["district"],
        what_th=what[0],
        what_en=what[1],
        suggest_th=suggest[0],
        suggest_en=suggest[1],
        **_meant(close),
    )
    return None


def resolve_lao(
    checker: Checker, form: Form, row: FormRow, province: Province, province_known: bool
) -> Lao | None:
    """The row's LAO, by its DLA code and/or its name in the province; None after reporting why not."""
    name_cell = row.get("lao")
    code_cell = row.get("lao_code")
    generic = row.get("code")  # a column headed just รหัส holds DLA codes in an LAO sheet
    if code_cell is None and generic is not None and _LAO_CODE.match(generic.text):
        code_cell = generic
    by_code: Lao | None = None
    if code_cell is not None and not code_cell.blank:
        lao = lao_by_code(code_cell.text)
        if lao is not None and lao.province_code == province.code:
            if name_cell is None or name_cell.blank:
                return lao
            by_code = lao  # the name must agree with it
        elif lao is not None:
            elsewhere = checker.reference.by_code[lao.province_code]
            _unknown_lao(
                checker,
                form,
                code_cell,
                province,
                f"เป็นรหัสของ {lao.short_name_th} จังหวัด{elsewhere.name_th}",
                f"is the code of {lao.short_name_th} in {elsewhere.name_en}",
            )
            return None
        elif name_cell is None or name_cell.blank:
            _unknown_lao(
                checker, form, code_cell, province, "ไม่มีรหัสนี้ในรายชื่อ อปท.", "is not a DLA code in the list"
            )
            return None
    if name_cell is None or name_cell.blank:
        _unknown_lao(checker, form, name_cell or code_cell, province, "", "")
        return None
    if by_code is not None and name_cell.text.strip() in (by_code.short_name_th, by_code.full_name_th):
        return by_code  # the usual row: code and name as the list has them, no need to resolve the name
    district = row.get("district")
    kind = row.get("lao_type")
    match = match_lao(
        name_cell.text,
        province.code,
        district=district.text if district else None,
        type_hint=kind.text if kind else None,
    )
    if by_code is not None:  # the code decides, unless the name is another LAO: then neither can be trusted
        if isinstance(match, PlaceMatch) and match.place != by_code:
            _code_mismatch(checker, form, code_cell, by_code, match.place)
            return None
        return by_code
    if isinstance(match, LaoAmbiguity):
        columns = {
            "type": ("ประเภท", "type"),
            "district": ("อำเภอ", "district"),
            "type+district": ("ประเภทและอำเภอ", "type and district"),
        }
        th, en = columns[match.resolved_by[0]]
        checker.add(
            "ambiguous-lao",
            form.sheet,
            name_cell,
            form.labels.get("lao"),
            count=len(match.candidates),
            names=", ".join(f"{lao.short_name_th} (อ.{lao.district_th})" for lao in match.candidates),
            column_th=th,
            column_en=en,
        )
        return None
    if match is None:
        _unknown_lao(checker, form, name_cell, province, "", "")
        return None
    if code_cell is not None and not code_cell.blank:  # a code not in the list, the name found
        _code_mismatch(checker, form, code_cell, None, match.place)
    if match.note:
        _note_differs(checker, form, name_cell, match)
    return match.place


def _code_mismatch(
    checker: Checker, form: Form, cell: Cell | None, by_code: Lao | None, by_name: Lao
) -> None:
    """A row whose DLA code and name are two LAOs, or whose code is in no list but whose name is."""
    code = cell.text.strip() if cell else ""
    name = by_name.short_name_th
    if by_code is not None:
        what_th = f"รหัส {code} เป็นของ {by_code.short_name_th} แต่ชื่อเป็น {name} ({by_name.code})"
        what_en = f"the code {code} is {by_code.short_name_th}'s, but the name is {name} ({by_name.code})"
    else:
        what_th = f"ไม่มีรหัส {code} ในรายชื่อ อปท.: {name} มีรหัส {by_name.code}"
        what_en = f"{code} is not a DLA code in the list: {name}'s is {by_name.code}"
    checker.add(
        "lao-code-mismatch",
        form.sheet,
        cell,
        form.labels.get("lao_code") or form.labels.get("code"),
        what_th=what_th,
        what_en=what_en,
    )


def _unknown_lao(
    checker: Checker, form: Form, cell: Cell | None, province: Province, why_th: str, why_en: str
) -> None:
    if cell is None:
        return
    written = cell.text.strip()
    close = closest_laos(written, province.code) if written and not why_th else []
    checker.add(
        "unknown-lao",
        form.sheet,
        cell,
        _label(form, "lao"),
        what_th=f"{written} {why_th or f'ไม่อยู่ในรายชื่อ อปท. ของ{province.name_th}'}"
        if written
        else "ช่อง อปท. ว่าง",
        what_en=f"{written} {why_en or f'is not an LAO of {province.name_en} in the list'}"
        if written
        else "the LAO cell is empty",
        suggest_th=f"หมายถึง {' หรือ '.join(lao.short_name_th for lao in close)} หรือไม่?"
        if close
        else "ตรวจสอบชื่อหรือรหัส อปท.",
        suggest_en=f"did you mean {' or '.join(lao.short_name_th for lao in close)}?"
        if close
        else "check the LAO's name or DLA code",
        **_meant(close),
    )


def _meant(close: Sequence[District | Lao]) -> dict[str, str]:
    """The place a row that matched none surely meant (the one close name): its missing-district or
    missing-lao warning would be the same mistake said twice (_report_missing leaves it out)."""
    return {"meant": close[0].code} if len(close) == 1 else {}


def _note_differs(checker: Checker, form: Form, cell: Cell, match: PlaceMatch[Lao]) -> None:
    lao = match.place
    changes_th, changes_en = [], []
    if match.note and "type-differs" in match.note:
        changes_th.append(f"รายชื่อ อปท. ปี 2566 เป็น {lao.type_th} (อาจยกฐานะแล้ว)")
        changes_en.append(f"the 2023 list has it as {lao.type_th} (it may have been upgraded since)")
    if match.note and "district-differs" in match.note:
        changes_th.append(f"รายชื่อระบุอำเภอ{lao.district_th}")
        changes_en.append(f"the list places it in {lao.district_th} district")
    checker.add(
        "value-normalized",
        form.sheet,
        cell,
        form.labels.get("lao"),
        normalized=lao.short_name_th,
        change_th="; ".join(changes_th),
        change_en="; ".join(changes_en),
    )


def _read_place(
    checker: Checker, form: Form, row: FormRow, place: District | Lao, as_of: date | None
) -> _Place:
    """Status, date, location and statistics of a resolved row."""
    province = checker.reference.by_code[place.province_code]
    anchor = row.cells[_anchor(form.columns)]
    bad = False
    established, since = False, None
    status = row.get("established")
    if status is not None:
        try:
            state, since = parse_status(status.value)
            established = bool(state)
        except InvalidDateError as error:
            checker.add(
                "establishment-date-invalid",
                form.sheet,
                status,
                form.labels["established"],
                reason=str(error),
                reason_th=error.thai,
            )
            established = True  # a date, even a mistyped one, says it was set up
        except ValueError:
            checker.add("status-unclear", form.sheet, status, form.labels["established"])
            bad = True
    date_cell = row.get("date")
    if date_cell is not None and not date_cell.blank:
        try:
            written_since = date_of(date_cell)
        except DateError as error:
            checker.add(
                "establishment-date-invalid",
                form.sheet,
                date_cell,
                form.labels["date"],
                reason=str(error),
                reason_th=error.thai,
            )
            written_since = None
        if written_since is not None:
            since = written_since
            if status is None or status.blank:
                established = True  # a date of establishment says it is set up
    if since is not None and as_of is not None and since > as_of:
        cell = date_cell if date_cell is not None and not date_cell.blank else status
        checker.add(
            "establishment-date-after-report",
            form.sheet,
            cell,
            form.labels.get("date") or form.labels.get("established"),
            since=since.isoformat(),
            as_of=as_of.isoformat(),
        )
    statistics, stats_bad = _statistics(checker, form, row, established)
    location = row.get("location")
    return _Place(
        province,
        place,
        anchor,
        established,
        since,
        location.text.strip() if location else "",
        statistics,
        bad or stats_bad,
    )


def date_of(cell: Cell) -> date | None:
    """The date a cell holds (an Excel date or Buddhist-era text), None for a dash; DateError if none."""
    if isinstance(cell.value, datetime | date):
        return from_excel_date(cell.value)[0]
    if isinstance(cell.value, int | float):
        raise DateError(f"{cell.text} is a number, not a date", f"{cell.text} เป็นตัวเลข ไม่ใช่วันที่")
    if cell.text.strip() in ("-", "–", "—"):
        return None  # the usual "none" of a Thai table
    found = find_date(cell.text)
    if found is None:
        raise DateError("no date in it", "ไม่พบวันที่ในช่องนี้")
    return found


def _statistics(
    checker: Checker, form: Form, row: FormRow, established: bool
) -> tuple[Statistics | None, bool]:
    """The assistance statistics of an LAO row (blank cells count as 0), checked against each other."""
    keys = [k for k in STATISTICS_COLUMNS if k in form.columns]
    if not keys:
        return None, False
    values: dict[str, int] = {}
    for key in keys:
        cell = row.cells[key]
        if cell.blank:
            values[key] = 0
            continue
        number = checker.count(form, cell, key)
        if number is None:
            return None, True
        values[key] = number
    stats = Statistics(**values)
    cells = row.cells
    disagreement = _disagreement(stats, keys, established)
    if disagreement == "assisted-exceeds-received":
        checker.add(
            "assisted-exceeds-received",
            form.sheet,
            cells["assisted"],
            form.labels["assisted"],
            assisted=stats.assisted,
            received=stats.received,
        )
        return stats, True
    if disagreement == "statistics-exceed-received":
        checker.add(
            "statistics-exceed-received",
            form.sheet,
            cells["received"],
            form.labels["received"],
            assisted=stats.assisted,
            referred=stats.referred,
            pending=stats.pending,
            sum=stats.assisted + stats.referred + stats.pending,
            received=stats.received,
        )
        return stats, True
    if disagreement == "statistics-without-center":
        first = next(cells[k] for k in keys if values[k])
        checker.add("statistics-without-center", form.sheet, first, form.labels[keys[0]])
    return stats, False


def _disagreement(stats: Statistics, keys: Sequence[str], established: bool) -> str | None:
    """The issue code of statistics that disagree with each other or with the status, or None.

    keys: the statistics columns the sheet has. One rule for both paths: a plain row has no
    disagreement (_plain_places), and _statistics reports one at its cell.
    """
    handled = stats.assisted + stats.referred + stats.pending
    if "received" in keys and "assisted" in keys and stats.assisted > stats.received:
        return "assisted-exceeds-received"
    if "received" in keys and len(keys) > 2 and handled > stats.received:
        return "statistics-exceed-received"
    if not established and (stats.received or handled):
        return "statistics-without-center"
    return None


def _anchor(columns: Mapping[str, int]) -> str:
    """The column whose cell stands for a row of a detail sheet: its name, else its code, else its first."""
    return next((key for key in ("lao", "district", "lao_code") if key in columns), next(iter(columns)))


def _report_missing(
    checker: Checker, form: Form, group: _Province, level: str, indicator: Indicator, meant: set[str]
) -> tuple[list[District | Lao], int]:
    """Places of the province the sheet does not list: reported, never counted as established.

    A place a misspelled row surely meant is not reported again: its unknown-… error names it.
    Returns them all, and how many of the province's FY2561 LAOs the 2023 list no longer has (merged since).
    """
    province = group.province
    every = districts_of(province.code) if level == "district" else laos_of(province.code)
    missing: list[District | Lao] = [place for place in every if place.code not in group.places]
    unsaid = [place for place in missing if place.code not in meant]
    if unsaid:
        names = ", ".join(_name(place) for place in unsaid[:_SHOWN]) + (" …" if len(unsaid) > _SHOWN else "")
        code = "missing-district" if level == "district" else "missing-lao"
        checker.add(
            code,
            form.sheet,
            count=len(unsaid),
            province=province.name_th,
            province_en=province.name_en,
            names=names,
        )
    target = indicator.target_of(province)
    if level == "lao" and len(every) != target:
        checker.add(
            "reference-changed",
            form.sheet,
            province=province.name_th,
            province_en=province.name_en,
            target=target,
            listed=len(every),
            gap=target - len(every),
        )
    return missing, max(target - len(every), 0) if level == "lao" else 0


def _entry(form: Form, group: _Province, indicator: Indicator, level: str, merged: int) -> Entry:
    places = group.places.values()
    total = indicator.target_of(group.province)
    established = sum(1 for place in places if place.established)
    statistics = None
    if "received" in form.columns or any(k in form.columns for k in STATISTICS_COLUMNS):
        statistics = Statistics.total(p.statistics for p in places if p.statistics)
    return Entry(
        group.province,
        total,
        established,
        max(total - established, 0),
        # Said where the province's numbers are shown (the annex's หมายเหตุ): why it cannot reach its target.
        f"ควบรวมแล้ว {merged} แห่ง: นับเป็นยังไม่ได้จัดตั้ง" if merged else "",
        str(form.sheet.path),
        form.sheet.name,
        group.first.row + 1,
        group.first.ref,
        flagged=group.bad,
        level="district" if level == "district" else "lao",
        statistics=statistics,
    )


def _detail(
    form: Form, province: Province, where: District | Lao, level: str, place: _Place | None = None
) -> Detail:
    """A place as its row reports it; without a row (place None): not set up, as it is counted."""
    if isinstance(where, Lao):
        name, district = where.short_name_th, where.district_th
    else:
        name, district = where.name_th, where.name_th
    return Detail(
        "district" if level == "district" else "lao",
        province,
        where.code,
        name,
        district,
        place.established if place else False,
        place.since if place else None,
        place.location if place else "",
        place.statistics if place else None,
        str(form.sheet.path),
        form.sheet.name,
        place.cell.ref if place else "",
        place is not None,
    )
