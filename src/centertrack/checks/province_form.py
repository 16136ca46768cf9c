"""The letter's progress form: one row per province (ลำดับที่, จังหวัด, จำนวนทั้งหมด, จัดตั้งแล้ว,
ยังไม่ได้จัดตั้ง, หมายเหตุ), checked row by row and across the sheet.

One root cause, one issue: a cell that cannot be read is reported once and left out of the row checks
that need it, while every other check still runs on every other cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from centertrack.catalog import Said
from centertrack.checks.blank_form import left_blank
from centertrack.checks.cells import count
from centertrack.checks.context import Context
from centertrack.checks.names import resolve_province, suggest_provinces
from centertrack.form import COUNT_COLUMNS, REQUIRED_COLUMNS, Cell, Form, FormRow
from centertrack.indicators import Indicator
from centertrack.issues import Issue
from centertrack.limits import MAX_CELL_CHARS
from centertrack.records import Entry
from centertrack.reference import Province
from centertrack.thai import to_arabic_digits

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Row:
    """A data row while it is being checked."""

    form_row: FormRow
    province: Province | None = None
    counts: dict[str, int | None] = field(default_factory=dict)
    bad: bool = False  # some cell of the row has an error
    remarks: str = ""


def columns_to_check(ctx: Context, form: Form) -> Form | None:
    """The form as its rows are checked, after reporting the columns it lacks; None without a
    province column, when no row can be read."""
    missing = [key for key in REQUIRED_COLUMNS if key not in form.columns]
    for key in missing:
        ctx.add("missing-column", form.sheet, column=Said(f"column-{key}"))
    if "province" in missing:
        return None
    if "remaining" not in form.columns and not missing:
        ctx.add("column-derived", form.sheet, what=Said("no-remaining-column"))
    elif not missing and left_blank(form, "remaining"):
        # One cause, one issue: a column nobody filled in is derived, not an error on every row.
        header = Cell(form.labels["remaining"], form.header_rows[-1], form.columns["remaining"])
        ctx.add(
            "column-derived",
            form.sheet,
            header,
            form.labels["remaining"],
            what=Said("remaining-column-empty"),
        )
        return replace(form, columns={key: col for key, col in form.columns.items() if key != "remaining"})
    return form


def read_rows(ctx: Context, form: Form) -> list[Row]:
    """Resolve every data row's province and counts (what does not need the indicator)."""
    count_keys = [k for k in COUNT_COLUMNS if k in form.columns]
    uncalculated = _formula_cells(ctx, form, count_keys)
    rows = []
    for form_row in form.rows:
        row = Row(form_row)
        row.province = resolve_province(ctx, form, form_row)
        row.bad = row.province is None
        for key in count_keys:
            cell = form_row.cells[key]
            if (cell.row, cell.col) in uncalculated:
                row.counts[key] = None
                row.bad = True
                continue
            row.counts[key] = count(ctx, form, cell, key)
            row.bad |= row.counts[key] is None
        remarks = form_row.get("remarks")
        # Carried to the annex: as much as a cell holds, without the control characters (a CSV
        # may have them) that XLSX and DOCX cannot store.
        row.remarks = _CONTROL.sub("", remarks.text).strip()[:MAX_CELL_CHARS] if remarks else ""
        rows.append(row)
    return rows


def _formula_cells(ctx: Context, form: Form, keys: list[str]) -> set[tuple[int, int]]:
    """Count cells holding a formula saved without its value: one issue per column, not per row."""
    rows = form.rows + ([form.totals] if form.totals else [])
    blanks = [row.cells[k] for row in rows for k in keys if row.cells[k].blank]
    if not blanks or not form.sheet.formulas:
        return set()
    found: set[tuple[int, int]] = set()
    for key in keys:
        cells = [c for c in blanks if c.col == form.columns[key] and (c.row, c.col) in form.sheet.formulas]
        if cells:
            found.update((c.row, c.col) for c in cells)
            first = cells[0]
            span = first.ref if len(cells) == 1 else f"{first.ref}:{cells[-1].ref}"
            ctx.issues.append(
                Issue(
                    code="formula-not-calculated",
                    file=str(form.sheet.path),
                    sheet=form.sheet.name,
                    cell=first.ref,
                    row=first.row + 1,
                    column=form.labels[key],
                    value=form.sheet.formulas[first.row, first.col],
                    params={"count": len(cells), "range": span},
                )
            )
    return found


def check_rows(ctx: Context, form: Form, rows: list[Row], indicator: Indicator) -> list[Entry]:
    """Row checks that need the indicator, then the entries that may be counted."""
    sheet = form.sheet
    derived = "remaining" not in form.columns
    entries = []
    for row in rows:
        total, established, remaining = (row.counts.get(k) for k in COUNT_COLUMNS)
        cells = row.form_row.cells
        official = indicator.target_of(row.province) if row.province else None
        parts = established + remaining if established is not None and remaining is not None else None
        # The total against the official count first: when established + remaining give the official
        # count, the total alone is mistyped, and that is one issue, not also a sum mismatch.
        total_wrong = official is not None and total is not None and total != official
        if total_wrong:
            assert total is not None and official is not None
            _differs_from_reference(ctx, form, rows, row, indicator, total, official, parts == official)
            row.bad = True
        if total is not None and established is not None:
            if established > total:
                if not (total_wrong and official is not None and established <= official):
                    ctx.add(
                        "established-exceeds-total",
                        sheet,
                        cells["established"],
                        form.labels["established"],
                        established=established,
                        total=total,
                    )
                    row.bad = True
            elif parts is not None and parts != total and not (total_wrong and parts == official):
                assert remaining is not None
                _sum_mismatch(ctx, form, row, indicator, total, established, remaining)
                row.bad = True
        if derived and total is not None and established is not None and established <= total:
            row.counts["remaining"] = total - established
        numbers = [row.counts.get(k) for k in ("total", "established", "remaining")]
        if row.province is not None and all(n is not None for n in numbers):
            t, e, r = (int(n) for n in numbers if n is not None)
            province_cell = cells["province"]
            entries.append(
                Entry(
                    row.province,
                    t,
                    e,
                    r,
                    row.remarks,
                    str(sheet.path),
                    sheet.name,
                    province_cell.row + 1,
                    province_cell.ref,
                    flagged=row.bad,
                )
            )
    return entries


def _sum_mismatch(
    ctx: Context, form: Form, row: Row, indicator: Indicator, total: int, established: int, remaining: int
) -> None:
    cells = row.form_row.cells
    # When the total is the official count, the mistake is in established or remaining.
    total_is_official = row.province is not None and indicator.target_of(row.province) == total
    key = "remaining" if total_is_official else "total"
    ctx.add(
        "sum-mismatch",
        form.sheet,
        cells[key],
        form.labels[key],
        established=established,
        remaining=remaining,
        sum=established + remaining,
        total=total,
        blame=Said("blame-parts") if total_is_official else "",
    )


def _differs_from_reference(
    ctx: Context,
    form: Form,
    rows: list[Row],
    row: Row,
    indicator: Indicator,
    total: int,
    official: int,
    parts_fit: bool,
) -> None:
    """The total is not the province's official count: either the total alone is mistyped
    (established + remaining give the official count) or the row names the wrong province."""
    assert row.province is not None
    unit = Said(f"unit-{indicator.target_per_province}")
    province = {"province": row.province.name_th, "province_en": row.province.name_en}
    provinces = [r.province for r in rows]
    fits = [] if parts_fit else suggest_provinces(ctx.reference, indicator, provinces, row.province, total)
    if parts_fit:
        counts = {"established": row.counts["established"], "remaining": row.counts["remaining"]}
        suggest = Said("total-should-be", {**counts, **province, "official": official, "unit": unit})
    elif fits:
        names = {"name": fits[0].name_th, "name_en": fits[0].name_en, "total": total, "unit": unit}
        suggest = Said("total-fits", names)
        if len(fits) > 1:
            others = {"others": [p.name_th for p in fits[1:]], "others_en": [p.name_en for p in fits[1:]]}
            suggest = Said("total-fits-also", {**names, **others})
    else:
        suggest = Said("total-check", {**province, "official": official, "unit": unit})
    ctx.add(
        "total-differs-from-reference",
        form.sheet,
        row.form_row.cells["total"],
        form.labels["total"],
        total=total,
        official=official,
        **province,
        unit=unit,
        suggest=suggest,
    )


def check_sheet(ctx: Context, form: Form, rows: list[Row]) -> None:
    """Checks across the rows of one sheet: duplicates, numbering, blank rows, the totals row."""
    sheet = form.sheet
    first_seen: dict[str, Cell] = {}
    for row in rows:
        if row.province is None:
            continue
        cell = row.form_row.cells["province"]
        if row.province.code in first_seen:
            ctx.add(
                "duplicate-province",
                sheet,
                cell,
                form.labels["province"],
                province=row.province.name_th,
                first=first_seen[row.province.code].ref,
            )
            row.bad = True
        else:
            first_seen[row.province.code] = cell
    _check_sequence(ctx, form)
    for first, last in form.blank_runs:
        ctx.add(
            "blank-row",
            sheet,
            Cell(None, first, 0),
            rows=last - first + 1,
            first=first + 1,
            last=last + 1,
        )
    _check_totals_row(ctx, form, rows)


def _check_sequence(ctx: Context, form: Form) -> None:
    if "no" not in form.columns:
        return
    expected = 1
    # Numbering may start again at 1 in each group of rows (under ภาคเหนือ, after รวมภาคเหนือ).
    breaks = [*form.breaks, *(subtotal.row.row for subtotal in form.subtotals)]
    previous = -1
    for cell in form.numbers:
        text = to_arabic_digits(cell.text).strip().rstrip(".")
        if not text.isdecimal():  # int() takes no "²", which isdigit() passes
            continue
        number = int(text)
        restarted = number == 1 and any(previous < row < cell.row for row in breaks)
        previous = cell.row
        if number != expected and not restarted:
            ctx.add("sequence-gap", form.sheet, cell, form.labels["no"], expected=expected)
        expected = number + 1  # resynchronise: one break, one warning


def _check_totals_row(ctx: Context, form: Form, rows: list[Row]) -> None:
    """The รวม row against the sum of every row, and each group's subtotal row (รวมภาคเหนือ)
    against the sum of its group's rows."""
    sums: list[tuple[FormRow, list[Row], str, dict[str, object]]] = []
    if form.totals is not None:
        sums.append((form.totals, rows, "totals-row-mismatch", {}))
    for subtotal in form.subtotals:
        group = rows[subtotal.first : subtotal.end]
        sums.append(
            (
                subtotal.row,
                group,
                "subtotal-mismatch",
                {"subtotal": _lead_text(subtotal.row), "rows": len(group)},
            )
        )
    for total_row, summed, code, params in sums:
        for key in COUNT_COLUMNS:
            if key not in form.columns:
                continue
            cell = total_row.cells[key]
            if cell.blank:
                continue  # no sum given for this column (a formula without its value: _formula_cells)
            written = count(ctx, form, cell, key)
            values = [row.counts.get(key) for row in summed]
            if written is None or any(v is None for v in values):
                continue  # a bad cell in the column is its own issue; its sum would only repeat it
            column_sum = sum(v for v in values if v is not None)
            if written != column_sum:
                ctx.add(code, form.sheet, cell, form.labels[key], written=written, sum=column_sum, **params)


def _lead_text(row: FormRow) -> str:
    """What a subtotal row says it is (รวมภาคเหนือ): its first text."""
    texts = (cell.text.strip() for cell in row.cells.values() if isinstance(cell.value, str))
    return next((text for text in texts if text), "")


def note_excluded(ctx: Context, form: Form, rows: list[Row]) -> None:
    left_out = [r.form_row.row + 1 for r in rows if r.province is None or None in r.counts.values()]
    if left_out:
        ctx.add("rows-excluded", form.sheet, count=len(left_out), rows=left_out)  # every one: ≤ 77 rows
