"""Read progress sheets and check them: every problem once, at its cell, with a hint.

One root cause, one issue: a cell that cannot be read is reported once and left out of the row checks
that need it, while every other check still runs on every other cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from centertrack.cases import Register, cases_of, check_register, read_csv_register, register_of
from centertrack.detail import check_detail
from centertrack.errors import UnreadableFileError, UsageError
from centertrack.form import COUNT_COLUMNS, REQUIRED_COLUMNS, Cell, Form, FormRow, parse_form, plain_count
from centertrack.indicators import Indicator, TargetUnit, get_indicator, indicator_for, load_indicators
from centertrack.issues import Issue, clip, sort_issues
from centertrack.limits import MAX_CELL_CHARS
from centertrack.readers import Sheet, expand_paths, read_file
from centertrack.records import Detail, Entry, SheetReport
from centertrack.reference import Province, Reference, load_reference
from centertrack.thai import (
    DateError,
    find_date,
    from_excel_date,
    has_thai_digits,
    sort_key,
    to_arabic_digits,
)

COLUMN_NAMES = {
    "province": ("จังหวัด", "Province"),
    "total": ("จำนวนทั้งหมด (แห่ง)", "Total"),
    "established": ("จัดตั้งแล้ว (แห่ง)", "Established"),
    "remaining": ("ยังไม่ได้จัดตั้ง (แห่ง)", "Remaining"),
}
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_UNIT_SUFFIX = re.compile(r"\s*(?:แห่ง|ศูนย์|อำเภอ|places?|centers?)$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DASHES = frozenset({"-", "–", "—"})
_LISTS = {"district": ("อำเภอ", "districts"), "case": ("คำร้อง", "requests")}  # what a detail sheet lists
_DATE_WORDS = ("อัปเดต", "อัพเดท", "อัพเดต", "ณ วันที่", "ข้อมูล", "วันที่", "as of", "updated")


@dataclass
class Validation:
    """The result of reading and checking a set of inputs."""

    indicator: Indicator
    sheets: list[SheetReport]
    issues: list[Issue]
    skipped: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def unreadable(self) -> bool:
        return any(i.code == "file-unreadable" for i in self.issues)

    @property
    def exit_code(self) -> int:
        return 2 if self.unreadable else (1 if self.errors else 0)

    @property
    def as_of(self) -> date | None:
        dates = [s.as_of for s in self.sheets if s.as_of]
        return max(dates) if dates else None

    @property
    def details(self) -> list[Detail]:
        return [detail for sheet in self.sheets for detail in sheet.details]

    @property
    def entries(self) -> list[Entry]:
        """Each province once: the first report of it (conflicts are issues, never summed), or a detail
        sheet's report of the same numbers, whatever the order of the inputs: it alone has the statistics.
        A case register gives statistics only: a report of the centers takes them when it has none."""
        seen: dict[str, Entry] = {}
        for sheet in self.sheets:
            for entry in sheet.entries:
                code = entry.province.code
                first = seen.setdefault(code, entry)
                if first is entry:
                    continue
                if first.level == "case" and entry.level != "case":
                    first, entry = entry, first  # the report of the centers leads
                    seen[code] = first
                detail = first.level == "province" and entry.level not in ("province", "case")
                if entry.level == "case" and first.statistics is None:
                    seen[code] = replace(first, statistics=entry.statistics)
                elif detail and first.numbers == entry.numbers:
                    seen[code] = entry
        return list(seen.values())


@dataclass
class Row:
    """A data row while it is being checked."""

    form_row: FormRow
    province: Province | None = None
    counts: dict[str, int | None] = field(default_factory=dict)
    bad: bool = False  # some cell of the row has an error
    remarks: str = ""


class Checker:
    """Checks one run's sheets; collects issues as it goes."""

    def __init__(self, reference: Reference, today: date) -> None:
        self.reference = reference
        self.today = today
        self.issues: list[Issue] = []

    def add(
        self, code: str, sheet: Sheet, cell: Cell | None = None, column: str | None = None, **params: object
    ) -> None:
        self.issues.append(
            Issue(
                code=code,
                file=str(sheet.path),
                sheet=sheet.name,
                cell=cell.ref if cell else None,
                row=cell.row + 1 if cell else None,
                column=column,
                value=clip(cell.text) if cell else None,
                params=params,
            )
        )

    # -- cells ---------------------------------------------------------------------------------------

    def count(self, form: Form, cell: Cell, key: str) -> int | None:
        """A count cell's value, or None after reporting why it is not one."""
        value = cell.value
        # A workbook's number stored as text is worth a notice: only a CSV's plain digits are plain.
        if (plain := plain_count(value, form.sheet.format == "csv")) is not None:
            return plain
        column = form.labels.get(key)
        if isinstance(value, bool | date | datetime):
            self.add("not-a-number", form.sheet, cell, column, what_th="ไม่ใช่ตัวเลข", what_en="not a number")
            return None
        if isinstance(value, int | float):
            number: float = value
        else:
            written = str(value or "")
            text = to_arabic_digits(written).strip().replace("\u00a0", "")
            if not text:
                self.add(
                    "not-a-number", form.sheet, cell, column, what_th="ช่องว่าง", what_en="the cell is empty"
                )
                return None
            changes: list[tuple[str, str]] = []
            if has_thai_digits(written):
                changes.append(("เลขไทย", "Thai digits"))
            if text in _DASHES:
                text = "0"
                changes.append(("ขีด - หมายถึง 0", "a dash means 0"))
            unitless = _UNIT_SUFFIX.sub("", text)
            if unitless != text:
                text = unitless
                changes.append(("ตัดหน่วย", "unit removed"))
            if _GROUPED.match(text):
                text = text.replace(",", "")
                changes.append(("ตัวคั่นหลักพัน", "thousands separator"))
            if " " in text:
                text = text.replace(" ", "")
                changes.append(("ช่องว่าง", "spaces"))
            if not _NUMBER.match(text):
                self.add(
                    "not-a-number", form.sheet, cell, column, what_th="ไม่ใช่ตัวเลข", what_en="not a number"
                )
                return None
            number = float(text)
            if not changes and form.sheet.format != "csv":
                changes.append(("ตัวเลขที่เก็บเป็นข้อความ", "a number stored as text"))
            if changes or written != written.strip():
                if written != written.strip():
                    changes.append(("ช่องว่าง", "spaces"))
                self.add(
                    "value-normalized",
                    form.sheet,
                    cell,
                    column,
                    normalized=text,
                    change_th=", ".join(th for th, _ in changes),
                    change_en=", ".join(en for _, en in changes),
                )
        if not float(number).is_integer():
            self.add("not-a-whole-number", form.sheet, cell, column)
            return None
        if number < 0:
            self.add("negative-count", form.sheet, cell, column)
            return None
        return int(number)

    def province(self, form: Form, row: FormRow) -> Province | None:
        cell = row.get("province")
        code_cell = row.get("code")
        column = form.labels.get("province")
        written = cell.text if cell else ""
        if not written.strip() and code_cell and not code_cell.blank:
            cell, written, column = code_cell, code_cell.text, form.labels.get("code")
        assert cell is not None  # the province column is required before rows are read
        match = self.reference.match(written) if written.strip() else None
        if match is None or not match.province.supervised:
            self._unknown_province(form, cell, column, written.strip(), match.province if match else None)
            return None
        if match.normalized:
            self.add(
                "value-normalized",
                form.sheet,
                cell,
                column,
                normalized=match.province.name_th,
                change_th="ชื่อจังหวัดมาตรฐาน",
                change_en="the province's official Thai name",
            )
        return match.province

    def _unknown_province(
        self, form: Form, cell: Cell, column: str | None, written: str, province: Province | None
    ) -> None:
        if province is not None:  # Bangkok: a province, but not one DLA supervises
            self.add(
                "unknown-province",
                form.sheet,
                cell,
                column,
                what_th=f"{written} ไม่อยู่ในความดูแลของกรมส่งเสริมการปกครองท้องถิ่น",
                what_en=f"{written} is not supervised by DLA (Bangkok governs itself)",
                suggest_th="ลบแถวนี้ออก",
                suggest_en="delete this row",
            )
            return
        close = [p for p in self.reference.closest(written) if p.supervised]
        if not written:
            what = ("ช่องจังหวัดว่าง", "the province cell is empty")
        else:
            what = (f"{written} ไม่ใช่ชื่อจังหวัด", f"{written} is not a province")
        names_th = " หรือ ".join(p.name_th for p in close)
        names_en = " or ".join(f"{p.name_th} ({p.name_en})" for p in close)
        self.add(
            "unknown-province",
            form.sheet,
            cell,
            column,
            what_th=what[0],
            what_en=what[1],
            suggest_th=f"หมายถึง {names_th} หรือไม่?" if close else "ใส่ชื่อจังหวัดภาษาไทยตามทะเบียน เช่น ชลบุรี",
            suggest_en=f"did you mean {names_en}?" if close else "write the province's Thai name, e.g. ชลบุรี",
        )

    # -- a sheet -------------------------------------------------------------------------------------

    def read_rows(self, form: Form) -> list[Row]:
        """Resolve every data row's province and counts (what does not need the indicator)."""
        count_keys = [k for k in COUNT_COLUMNS if k in form.columns]
        uncalculated = self._formula_cells(form, count_keys)
        rows = []
        for form_row in form.rows:
            row = Row(form_row)
            row.province = self.province(form, form_row)
            row.bad = row.province is None
            for key in count_keys:
                cell = form_row.cells[key]
                if (cell.row, cell.col) in uncalculated:
                    row.counts[key] = None
                    row.bad = True
                    continue
                row.counts[key] = self.count(form, cell, key)
                row.bad |= row.counts[key] is None
            remarks = form_row.get("remarks")
            # Carried to the annex: as much as a cell holds, without the control characters (a CSV
            # may have them) that XLSX and DOCX cannot store.
            row.remarks = _CONTROL.sub("", remarks.text).strip()[:MAX_CELL_CHARS] if remarks else ""
            rows.append(row)
        return rows

    def _formula_cells(self, form: Form, keys: list[str]) -> set[tuple[int, int]]:
        """Count cells holding a formula saved without its value: one issue per column, not per row."""
        rows = form.rows + ([form.totals] if form.totals else [])
        blanks = [row.cells[k] for row in rows for k in keys if row.cells[k].blank]
        if not blanks or not form.sheet.formulas:
            return set()
        found: set[tuple[int, int]] = set()
        for key in keys:
            cells = [
                c for c in blanks if c.col == form.columns[key] and (c.row, c.col) in form.sheet.formulas
            ]
            if cells:
                found.update((c.row, c.col) for c in cells)
                first = cells[0]
                span = first.ref if len(cells) == 1 else f"{first.ref}:{cells[-1].ref}"
                self.issues.append(
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

    def check_rows(self, form: Form, rows: list[Row], indicator: Indicator) -> list[Entry]:
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
                self._differs_from_reference(form, rows, row, indicator, total, official, parts == official)
                row.bad = True
            if total is not None and established is not None:
                if established > total:
                    if not (total_wrong and official is not None and established <= official):
                        self.add(
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
                    self._sum_mismatch(form, row, indicator, total, established, remaining)
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
        self, form: Form, row: Row, indicator: Indicator, total: int, established: int, remaining: int
    ) -> None:
        cells = row.form_row.cells
        # When the total is the official count, the mistake is in established or remaining.
        total_is_official = row.province is not None and indicator.target_of(row.province) == total
        key = "remaining" if total_is_official else "total"
        self.add(
            "sum-mismatch",
            form.sheet,
            cells[key],
            form.labels[key],
            established=established,
            remaining=remaining,
            sum=established + remaining,
            total=total,
            blame_th=" (จำนวนทั้งหมดตรงกับข้อมูลทางการ จึงน่าจะผิดที่จัดตั้งแล้วหรือยังไม่ได้จัดตั้ง)"
            if total_is_official
            else "",
            blame_en=" (the total is the official count, so established or remaining is wrong)"
            if total_is_official
            else "",
        )

    def _differs_from_reference(
        self,
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
        unit_th, unit_en = (
            ("อำเภอ", "districts") if indicator.target_per_province == "districts" else ("อปท.", "LAOs")
        )
        provinces = [r.province for r in rows]
        fits = (
            [] if parts_fit else suggest_provinces(self.reference, indicator, provinces, row.province, total)
        )
        if parts_fit:
            parts = f"{row.counts['established']} + {row.counts['remaining']} = {official}"
            suggest_th = f"{parts} ตรงกับจำนวน{unit_th}ของ{row.province.name_th}: จำนวนทั้งหมดควรเป็น {official}"
            suggest_en = (
                f"{parts}, {row.province.name_en}'s number of {unit_en}: the total should be {official}"
            )
        elif fits:
            names = [p.name_th for p in fits]
            suggest_th = f"{names[0]} มี {total} {unit_th} ตรงกับจำนวนนี้: หมายถึง {names[0]} หรือไม่?"
            suggest_en = (
                f"{fits[0].name_en} has {total} {unit_en}: did you mean {names[0]} ({fits[0].name_en})?"
            )
            if len(fits) > 1:
                suggest_th += f" (มี {total} เท่ากัน: {', '.join(names[1:])})"
                suggest_en += f" (also {total}: {', '.join(p.name_en for p in fits[1:])})"
        else:
            suggest_th = f"{row.province.name_th} มี {official} {unit_th}: ตรวจสอบจำนวนทั้งหมด"
            suggest_en = f"{row.province.name_en} has {official} {unit_en}: check the total"
        self.add(
            "total-differs-from-reference",
            form.sheet,
            row.form_row.cells["total"],
            form.labels["total"],
            total=total,
            official=official,
            province=row.province.name_th,
            province_en=row.province.name_en,
            unit_th=unit_th,
            unit_en=unit_en,
            suggest_th=suggest_th,
            suggest_en=suggest_en,
        )

    def check_sheet(self, form: Form, rows: list[Row]) -> None:
        """Checks across the rows of one sheet: duplicates, numbering, blank rows, the totals row."""
        sheet = form.sheet
        first_seen: dict[str, Cell] = {}
        for row in rows:
            if row.province is None:
                continue
            cell = row.form_row.cells["province"]
            if row.province.code in first_seen:
                self.add(
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
        self._check_sequence(form)
        for first, last in form.blank_runs:
            self.add(
                "blank-row",
                sheet,
                Cell(None, first, 0),
                rows=last - first + 1,
                first=first + 1,
                last=last + 1,
            )
        self._check_totals_row(form, rows)

    def _check_sequence(self, form: Form) -> None:
        if "no" not in form.columns:
            return
        expected = 1
        # Numbering may start again at 1 in each group of rows (under ภาคเหนือ, after รวมภาคเหนือ).
        breaks = [*form.breaks, *(subtotal.row.row for subtotal in form.subtotals)]
        previous = -1
        for cell in form.numbers:
            text = to_arabic_digits(cell.text).strip().rstrip(".")
            if not text.isdigit():
                continue
            number = int(text)
            restarted = number == 1 and any(previous < row < cell.row for row in breaks)
            previous = cell.row
            if number != expected and not restarted:
                self.add("sequence-gap", form.sheet, cell, form.labels["no"], expected=expected)
            expected = number + 1  # resynchronise: one break, one warning

    def _check_totals_row(self, form: Form, rows: list[Row]) -> None:
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
                written = self.count(form, cell, key)
                values = [row.counts.get(key) for row in summed]
                if written is None or any(v is None for v in values):
                    continue  # a bad cell in the column is its own issue; its sum would only repeat it
                column_sum = sum(v for v in values if v is not None)
                if written != column_sum:
                    self.add(
                        code, form.sheet, cell, form.labels[key], written=written, sum=column_sum, **params
                    )

    def report_date(self, form: Form) -> date | None:
        """The as-of date from the title lines or the footer (อัปเดตวันที่ 10/4/61)."""
        cells = sorted(
            form.text_lines,
            key=lambda c: (
                not (isinstance(c.value, str) and any(w in c.value.casefold() for w in _DATE_WORDS))
            ),
        )
        for cell in cells:
            try:
                if isinstance(cell.value, date):
                    found: date | None = _excel_report_date(cell.value)
                elif isinstance(cell.value, str):
                    found = find_date(cell.value)
                else:
                    continue
            except DateError as error:
                self.add("report-date-invalid", form.sheet, cell, reason=str(error), reason_th=error.thai)
                continue
            if found is None:
                continue
            if found > self.today:
                self.add("report-date-in-future", form.sheet, cell, date=found.isoformat())
            return found
        return None


def _excel_report_date(value: date) -> date:
    """A report date from a date cell; 10/4/61 typed into a Gregorian Excel is 1961, no report date."""
    found, note = from_excel_date(value)
    if note == "suspicious-year":
        year, typed = found.year, f"{found.year % 100:02d}"
        raise DateError(
            f"the year {year} is too early: Excel reads a year typed as {typed} as {year}",
            f"ปี ค.ศ. {year} เก่าเกินไป: Excel อ่านปีที่พิมพ์ว่า {typed} เป็น ค.ศ. {year}",
        )
    return found


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


def infer_indicator(
    rows: Iterable[Row], titles: str, levels: Collection[str] = (), as_of: date | None = None
) -> tuple[Indicator, str, str]:
    """Which indicator the sheets are about, with the reason in Thai and English: a sheet of districts is
    4.2 and one of LAOs 4.1; otherwise the totals tell (districts' counts → 4.2, LAOs' → 4.1). Of two
    fiscal years' indicators of one kind, the one of the report's date."""
    indicators = load_indicators()
    by_unit = {
        unit: indicator_for(unit, as_of) for unit in {i.target_per_province for i in indicators.values()}
    }
    # A case register and an LAO-level sheet are both about LAOs.
    if len({"district" if level == "district" else "lao" for level in levels}) == 1:
        level = next(iter(levels)) if len(levels) == 1 else "lao"
        unit: TargetUnit = "districts" if level == "district" else "laos"
        # รายการอำเภอ, but รายการ อปท.: Thai writes a space before an abbreviation.
        what = _LISTS.get(level, (" อปท.", "LAOs"))
        return indicator_for(unit, as_of), f"แบบรายงานเป็นรายการ{what[0]}", f"the sheet lists {what[1]}"
    pairs = [
        (r.province, r.counts.get("total")) for r in rows if r.province and r.counts.get("total") is not None
    ]
    matches = {
        unit: sum(1 for p, t in pairs if ind.target_of(p) == t) for unit, ind in sorted(by_unit.items())
    }
    n = len(pairs)
    best = max(matches, key=lambda unit: matches[unit])
    if n and matches[best] > min(matches.values()):
        unit_th = {"districts": "จำนวนอำเภอ", "laos": "จำนวน อปท."}[best]
        return (
            by_unit[best],
            f"จำนวนทั้งหมด {matches[best]} จาก {n} แถวตรงกับ{unit_th}",
            f"{matches[best]} of {n} totals match the number of {best.replace('laos', 'LAOs')}",
        )
    folded = titles.casefold()
    for indicator in indicators.values():
        if any(word.casefold() in folded for word in indicator.keywords):
            return indicator, "ชื่อแบบรายงานระบุตัวชี้วัดนี้", "the sheet's title names it"
    first = next(iter(indicators.values()))
    return first, "ไม่มีข้อมูลบ่งชี้ จึงใช้ค่าเริ่มต้น", "nothing tells, so the default is used"


def validate_paths(
    paths: Iterable[Path],
    indicator: str = "auto",
    *,
    complete: bool = False,
    today: date | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> Validation:
    """Read every sheet under ``paths`` and check it; the indicator is inferred when ``auto``.

    ``progress(number, total, path)`` is called as each file is taken up, for the caller to show.
    """
    reference = load_reference()
    checker = Checker(reference, today or date.today())
    files, skipped = expand_paths(paths)
    if not files:  # a folder of other things: not an empty, valid report
        folders = ", ".join(str(path) for path in paths)
        raise UsageError(
            f"{folders}: no spreadsheet to read (.xlsx .xlsm .xlsb .xls .ods .csv .txt .html .docx .zip)"
            + (f"; {len(skipped)} other file(s) skipped" if skipped else "")
        )
    forms: list[tuple[Form, SheetReport]] = []
    registers: dict[int, Register] = {}  # CSV case registers read as columns, by id of their form
    for number, path in enumerate(files, 1):
        if progress is not None:
            progress(number, len(files), path)
        if (register := read_csv_register(path)) is not None:
            registers[id(register.form)] = register
            sheet = register.form.sheet
            forms.append((register.form, SheetReport(str(path), sheet.name, sheet.format, sheet.encoding)))
            continue
        try:
            sheets = read_file(path)
        except UnreadableFileError as error:
            checker.issues.append(
                Issue(
                    "file-unreadable",
                    str(path),
                    params={
                        "reason": error.reason,
                        "hint": error.hint,
                        "reason_th": error.reason_th,
                        "hint_th": error.hint_th,
                    },
                )
            )
            continue
        if sheets[0].encoding == "utf-8+cp874":
            checker.add("mixed-encoding", sheets[0])
        if sheets[0].macros:
            checker.add("macros-ignored", sheets[0])
        found = [(sheet, parse_form(sheet)) for sheet in sheets]
        usable = [(s, f) for s, f in found if f is not None]
        if not usable:
            checker.add("header-not-found", sheets[0])
        for sheet, form in usable:
            assert form is not None
            forms.append((form, SheetReport(str(path), sheet.name, sheet.format, sheet.encoding)))

    read: list[tuple[Form, SheetReport, list[Row]]] = []
    details: list[tuple[Form, SheetReport]] = []
    for form, report in forms:
        report.level = form.level
        if form.level != "province":
            report.as_of = checker.report_date(form)
            report.rows = len(form.rows)
            details.append((form, report))
            continue
        missing = [key for key in REQUIRED_COLUMNS if key not in form.columns]
        for key in missing:
            th, en = COLUMN_NAMES[key]
            checker.add("missing-column", form.sheet, column_th=th, column_en=en)
        if "province" in missing:
            continue
        if "remaining" not in form.columns and not missing:
            checker.add(
                "column-derived", form.sheet, what_th="ไม่มีคอลัมน์ยังไม่ได้จัดตั้ง", what_en="no Remaining column"
            )
        elif not missing and _left_blank(form, "remaining"):
            # One cause, one issue: a column nobody filled in is derived, not an error on every row.
            header = Cell(form.labels["remaining"], form.header_rows[-1], form.columns.pop("remaining"))
            checker.add(
                "column-derived",
                form.sheet,
                header,
                form.labels["remaining"],
                what_th="คอลัมน์ยังไม่ได้จัดตั้งว่างทุกแถว",
                what_en="the Remaining column is empty",
            )
        report.as_of = checker.report_date(form)
        report.rows = len(form.rows)
        read.append((form, report, checker.read_rows(form)))

    if indicator == "auto":
        all_rows = [row for _, _, rows in read for row in rows]
        titles = " ".join(f.title for f, _, _ in read)
        levels = {form.level for form, _ in details}
        dates = [report.as_of for _, report in forms if report.as_of]
        chosen, why_th, why_en = infer_indicator(all_rows, titles, levels, max(dates, default=None))
        if read or details:
            checker.add(
                "indicator-inferred",
                (read[0][0] if read else details[0][0]).sheet,
                indicator=chosen.id,
                reason_th=why_th,
                reason_en=why_en,
            )
    else:
        chosen = get_indicator(indicator)

    for form, report, rows in read:
        checker.check_sheet(form, rows)
        report.entries = checker.check_rows(form, rows, chosen)
        _note_excluded(checker, form, rows)
    for form, report in details:
        sheet_unit: TargetUnit = "districts" if form.level == "district" else "laos"
        if sheet_unit != chosen.target_per_province:
            belongs = indicator_for(sheet_unit, report.as_of)
            checker.add(
                "indicator-mismatch",
                form.sheet,
                level_th="อำเภอ" if sheet_unit == "districts" else " อปท.",
                level_en="districts" if sheet_unit == "districts" else "LAOs",
                sheet_indicator=belongs.id,
                indicator=chosen.id,
            )
            continue
        if form.level == "case":
            register = cases_of(registers.get(id(form)) or register_of(form))
            report.rows = len(register)
            report.entries = check_register(checker, register, chosen, report.as_of)
        else:
            report.entries, report.details = check_detail(checker, form, chosen, report.as_of)

    kept = {id(report) for _, report, _ in read} | {id(report) for _, report in details}
    reports = [report for _, report in forms if id(report) in kept]  # in the order they were given
    result = Validation(chosen, reports, checker.issues, skipped)
    _check_conflicts(result)
    if complete:
        _check_complete(result, reference)
    result.issues = sort_issues(result.issues)
    return result


def _lead_text(row: FormRow) -> str:
    """What a subtotal row says it is (รวมภาคเหนือ): its first text."""
    texts = (cell.text.strip() for cell in row.cells.values() if isinstance(cell.value, str))
    return next((text for text in texts if text), "")


def _left_blank(form: Form, key: str) -> bool:
    """Every data cell of the column is blank, and none is a formula saved without its value."""
    cells = [row.cells[key] for row in form.rows]
    return (
        bool(cells)
        and all(c.blank for c in cells)
        and not any((c.row, c.col) in form.sheet.formulas for c in cells)
    )


def _note_excluded(checker: Checker, form: Form, rows: list[Row]) -> None:
    left_out = [r.form_row.row + 1 for r in rows if r.province is None or None in r.counts.values()]
    if left_out:
        shown = ", ".join(map(str, left_out[:10])) + (" …" if len(left_out) > 10 else "")
        checker.add("rows-excluded", form.sheet, count=len(left_out), rows=shown)


def _check_conflicts(result: Validation) -> None:
    """The same province in two inputs: the same numbers are one report sent twice; others conflict."""
    first: dict[str, Entry] = {}
    for sheet in result.sheets:
        for entry in sheet.entries:
            seen = first.setdefault(entry.province.code, entry)
            if seen is entry or (seen.file, seen.sheet) == (entry.file, entry.sheet):
                continue
            if _compared(seen, entry) != _compared(entry, seen):
                entry.flagged = seen.flagged = True
                result.issues.append(
                    Issue(
                        code="conflicting-reports",
                        file=entry.file,
                        sheet=entry.sheet,
                        cell=entry.cell,
                        row=entry.row,
                        value=entry.province.name_th,
                        params={
                            "province": entry.province.name_th,
                            "numbers": _compared(entry, seen),
                            "other": seen.place,
                            "other_numbers": _compared(seen, entry),
                        },
                    )
                )


def _compared(entry: Entry, other: Entry) -> str:
    """What two reports of a province must agree on: their centers' numbers, or, where one is a case
    register (which says nothing of centers), the statistics both give (none: nothing to disagree on)."""
    if "case" not in (entry.level, other.level):
        return "/".join(map(str, entry.numbers))
    if entry.statistics is None or other.statistics is None:
        return ""
    stats = entry.statistics
    return "/".join(map(str, (stats.received, stats.assisted, stats.referred, stats.pending)))


def _check_complete(result: Validation, reference: Reference) -> None:
    reported = {e.province.code for e in result.entries}
    missing = [p for p in reference.supervised if p.code not in reported]
    if missing:
        result.issues.append(
            Issue(
                code="missing-provinces",
                file=result.sheets[0].path if result.sheets else "",
                params={
                    "count": len(missing),
                    "names_th": ", ".join(p.name_th for p in missing),
                    "names_en": ", ".join(p.name_en for p in missing),
                },
            )
        )
