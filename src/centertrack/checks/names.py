"""Names resolved against the reference: a row's province, district or LAO, as offices write them.

A name that matches nothing is reported with the closest names as a hint; the resolvers return the
place found, or, for a name that matched none, the one place it surely meant (so that the sheet's
check does not also report that place as missing: one cause, one issue).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from centertrack.catalog import Said
from centertrack.checks.context import Context
from centertrack.form import Cell, Form, FormRow
from centertrack.indicators import Indicator
from centertrack.places import (
    District,
    Lao,
    LaoAmbiguity,
    PlaceMatch,
    closest_districts,
    closest_laos,
    districts_elsewhere,
    lao_by_code,
    match_district,
    match_lao,
)
from centertrack.reference import Province, Reference
from centertrack.thai import sort_key

P = TypeVar("P", District, Lao)
LAO_CODE = re.compile(r"^\s*[0-9๐-๙]{7}(?:\.0+)?\s*$")


class Resolved(NamedTuple, Generic[P]):
    """A row's place, or None after reporting why; then ``meant``: the code of the one place close to
    what was written, which the row surely meant."""

    place: P | None
    meant: str | None = None


def resolve_province(ctx: Context, form: Form, row: FormRow) -> Province | None:
    cell = row.get("province")
    code_cell = row.get("code")
    column = form.labels.get("province")
    written = cell.text if cell else ""
    if not written.strip() and code_cell and not code_cell.blank:
        cell, written, column = code_cell, code_cell.text, form.labels.get("code")
    assert cell is not None  # the province column is required before rows are read
    match = ctx.reference.match(written) if written.strip() else None
    if match is None or not match.province.supervised:
        _unknown_province(ctx, form, cell, column, written.strip(), match.province if match else None)
        return None
    if match.normalized:
        ctx.add(
            "value-normalized",
            form.sheet,
            cell,
            column,
            normalized=match.province.name_th,
            change=Said("change-province-name"),
        )
    return match.province


def _unknown_province(
    ctx: Context, form: Form, cell: Cell, column: str | None, written: str, province: Province | None
) -> None:
    if province is not None:  # Bangkok: a province, but not one DLA supervises
        what = Said("province-not-supervised", {"written": written})
        ctx.add("unknown-province", form.sheet, cell, column, what=what, suggest=Said("delete-row"))
        return
    close = [p for p in ctx.reference.closest(written) if p.supervised]
    what = Said("not-a-province", {"written": written}) if written else Said("province-cell-empty")
    names = [_both(p.name_th, p.name_en) for p in close]
    suggest = Said("did-you-mean-province", {"names": names}) if close else Said("write-province")
    ctx.add("unknown-province", form.sheet, cell, column, what=what, suggest=suggest)


def _both(name: str, name_en: str) -> Said:
    """A place's name as a suggestion gives it: Thai, and in English the English name beside it."""
    return Said("name-both", {"name": name, "name_en": name_en})


def has_codes(form: Form) -> bool:
    """The sheet has a column of DLA codes."""
    return "lao_code" in form.columns or "code" in form.columns


def sheet_province(ctx: Context, form: Form) -> Province | None:
    """The province a sheet without a province column is about: named in its title ("จังหวัดฉะเชิงเทรา")."""
    for cell in form.text_lines:
        if cell.row >= form.header_rows[0] or not isinstance(cell.value, str):
            continue
        for found in re.finditer(r"จังหวัด\s*(\S+)", cell.value):
            match = ctx.reference.match(found.group(1))
            if match and match.province.supervised:
                return match.province
        match = ctx.reference.match(cell.value)
        if match and match.province.supervised:
            return match.province
    return None


def row_province(
    ctx: Context, form: Form, row: FormRow, default: Province | None, read: dict[str, Province]
) -> Province | None:
    """The row's province: its province cell, its DLA code's, or the sheet's.

    A province written the same way on every row (จ.ภูเก็ต on 19 LAO rows) is read, and its spelling
    noted, once.
    """
    if "province" in form.columns and not (cell := row.cells["province"]).blank:
        if (known := read.get(cell.text)) is not None:
            return known
        province = resolve_province(ctx, form, row)
        if province is not None:
            read[cell.text] = province
        return province
    code_cell = row.get("lao_code") or row.get("code")
    if code_cell is not None and (lao := lao_by_code(code_cell.text)) is not None:
        return ctx.reference.by_code[lao.province_code]
    if default is None:
        if "province" in form.columns:
            return resolve_province(ctx, form, row)  # reports the empty province cell
        return None
    return default


def resolve_district(ctx: Context, form: Form, row: FormRow, province: Province) -> Resolved[District]:
    cell = row.cells["district"]
    written = cell.text.strip()
    match = match_district(written, province.code) if written else None
    if match is not None:
        return Resolved(match.place)
    close = closest_districts(written, province.code)
    elsewhere = districts_elsewhere(written, province.code) if written and not close else []
    of = {"province": province.name_th, "province_en": province.name_en}
    what = Said("not-a-district-of", {"written": written, **of}) if written else Said("district-cell-empty")
    if close:
        suggest = Said("did-you-mean-district", {"names": [_both(d.name_th, d.name_en) for d in close]})
    elif elsewhere:  # a district of another province: the row, or the sheet's province, is misplaced
        places = []
        for d in elsewhere:
            p = ctx.reference.by_code[d.province_code]
            names = {"district": d.name_th, "district_en": d.name_en, "province": p.name_th}
            places.append(Said("district-in-province", {**names, "province_en": p.name_en}))
        what = Said("not-a-district-of-but", {"written": written, **of, "elsewhere": places})
        suggest = Said("check-row-province")
    else:
        suggest = Said("check-districts-of", of)
    ctx.add("unknown-district", form.sheet, cell, form.labels["district"], what=what, suggest=suggest)
    return Resolved(None, _meant(close))


def resolve_lao(
    ctx: Context, form: Form, row: FormRow, province: Province, province_known: bool
) -> Resolved[Lao]:
    """The row's LAO, by its DLA code and/or its name in the province; none after reporting why not."""
    name_cell = row.get("lao")
    code_cell = row.get("lao_code")
    generic = row.get("code")  # a column headed just รหัส holds DLA codes in an LAO sheet
    if code_cell is None and generic is not None and LAO_CODE.match(generic.text):
        code_cell = generic
    by_code: Lao | None = None
    if code_cell is not None and not code_cell.blank:
        lao = lao_by_code(code_cell.text)
        if lao is not None and lao.province_code == province.code:
            if name_cell is None or name_cell.blank:
                return Resolved(lao)
            by_code = lao  # the name must agree with it
        elif lao is not None:
            elsewhere = ctx.reference.by_code[lao.province_code]
            where = {
                "lao": lao.short_name_th,
                "province": elsewhere.name_th,
                "province_en": elsewhere.name_en,
            }
            _unknown_lao(ctx, form, code_cell, province, "lao-code-elsewhere", where)
            return Resolved(None)
        elif name_cell is None or name_cell.blank:
            _unknown_lao(ctx, form, code_cell, province, "lao-code-unknown")
            return Resolved(None)
    if name_cell is None or name_cell.blank:
        return Resolved(None, _unknown_lao(ctx, form, name_cell or code_cell, province))
    if by_code is not None and name_cell.text.strip() in (by_code.short_name_th, by_code.full_name_th):
        # The usual row: code and name as the list has them, no need to resolve the name.
        return Resolved(by_code)
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
            _code_mismatch(ctx, form, code_cell, by_code, match.place)
            return Resolved(None)
        return Resolved(by_code)
    if isinstance(match, LaoAmbiguity):
        column = match.resolved_by[0].replace("+", "-")  # type, district, type-district
        ctx.add(
            "ambiguous-lao",
            form.sheet,
            name_cell,
            form.labels.get("lao"),
            count=len(match.candidates),
            names=", ".join(f"{lao.short_name_th} (อ.{lao.district_th})" for lao in match.candidates),
            column=Said(f"column-lao-{column}"),
        )
        return Resolved(None)
    if match is None:
        return Resolved(None, _unknown_lao(ctx, form, name_cell, province))
    if code_cell is not None and not code_cell.blank:  # a code not in the list, the name found
        _code_mismatch(ctx, form, code_cell, None, match.place)
    if match.note:
        _note_differs(ctx, form, name_cell, match)
    return Resolved(match.place)


def _code_mismatch(ctx: Context, form: Form, cell: Cell | None, by_code: Lao | None, by_name: Lao) -> None:
    """A row whose DLA code and name are two LAOs, or whose code is in no list but whose name is."""
    code = cell.text.strip() if cell else ""
    found = {"code": code, "name": by_name.short_name_th, "name_code": by_name.code}
    if by_code is not None:
        what = Said("lao-code-other", {**found, "lao": by_code.short_name_th})
    else:
        what = Said("lao-code-not-listed", found)
    ctx.add(
        "lao-code-mismatch",
        form.sheet,
        cell,
        form.labels.get("lao_code") or form.labels.get("code"),
        what=what,
    )


def _unknown_lao(
    ctx: Context,
    form: Form,
    cell: Cell | None,
    province: Province,
    why: str = "not-a-lao-of",
    found: dict[str, str] | None = None,
) -> str | None:
    """Report a row whose LAO is not found (``why``: a code of the catalogue, with what it ``found``); the
    code of the one close LAO it surely meant, if any."""
    if cell is None:
        return None
    written = cell.text.strip()
    close = closest_laos(written, province.code) if written and why == "not-a-lao-of" else []
    of = {"province": province.name_th, "province_en": province.name_en}
    what = Said(why, {"written": written, **of, **(found or {})}) if written else Said("lao-cell-empty")
    names = [lao.short_name_th for lao in close]
    suggest = Said("did-you-mean-lao", {"names": names}) if close else Said("check-lao")
    ctx.add("unknown-lao", form.sheet, cell, label_of(form, "lao"), what=what, suggest=suggest)
    return _meant(close)


def _meant(close: Sequence[District | Lao]) -> str | None:
    """The place a row that matched none surely meant (the one close name): its missing-district or
    missing-lao warning would be the same mistake said twice (the detail check leaves it out)."""
    return close[0].code if len(close) == 1 else None


def _note_differs(ctx: Context, form: Form, cell: Cell, match: PlaceMatch[Lao]) -> None:
    lao = match.place
    note = match.note or ""
    kind = "type-district" if "type-differs" in note and "district-differs" in note else None
    kind = kind or ("type" if "type-differs" in note else "district" if "district-differs" in note else "")
    change = Said(f"change-lao-{kind}", {"kind": lao.type_th, "district": lao.district_th}) if kind else ""
    ctx.add(
        "value-normalized",
        form.sheet,
        cell,
        form.labels.get("lao"),
        normalized=lao.short_name_th,
        change=change,
    )


def label_of(form: Form, level: str) -> str | None:
    return form.labels.get(level) or form.labels.get("lao_code")


def name_of(place: District | Lao) -> str:
    return place.short_name_th if isinstance(place, Lao) else place.name_th


def suggest_provinces(
    reference: Reference,
    indicator: Indicator,
    sheet_provinces: Sequence[Province | None],
    written: Province,
    total: int,
    limit: int = 3,
) -> list[Province]:
    """Provinces whose official count is ``total``, the likeliest first.

    Likeliest: not already elsewhere in the sheet; fitting the row's place when the sheet is in
    dictionary order; and near the written name in that order (a slip in a sorted list lands close).
    """
    candidates = [p for p in reference.supervised if indicator.target_of(p) == total and p != written]
    if not candidates:
        return []
    present = {p.code for p in sheet_provinces if p is not None and p != written}
    keys = [sort_key(p.name_th) if p is not None else None for p in sheet_provinces]
    known = [k for k in keys if k is not None]
    in_order = len(known) > 2 and known == sorted(known)
    position = sheet_provinces.index(written) if written in sheet_provinces else -1
    before = next((k for k in reversed(keys[:position]) if k is not None), None) if position >= 0 else None
    after = next((k for k in keys[position + 1 :] if k is not None), None) if position >= 0 else None
    order = {p.code: i for i, p in enumerate(reference.supervised)}

    def rank(p: Province) -> tuple[bool, bool, int]:
        key = sort_key(p.name_th)
        fits = (before is None or before < key) and (after is None or key < after)
        return (p.code in present, in_order and not fits, abs(order[p.code] - order[written.code]))

    return sorted(candidates, key=rank)[:limit]
