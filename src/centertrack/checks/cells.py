"""Cell parsers: what a count, a date, a status or an outcome cell says, the way offices write them.

Each returns the value, or None after noting in the context why the cell gives none; a value written
in an unusual way (Thai digits, 1,015, a unit) is read and noted as normalized.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from centertrack.catalog import Said
from centertrack.checks.context import Context
from centertrack.form import Cell, Form, plain_count
from centertrack.thai import DateError, find_date, from_excel_date, has_thai_digits, to_arabic_digits

_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_UNIT_SUFFIX = re.compile(r"\s*(?:แห่ง|ศูนย์|อำเภอ|places?|centers?)$", re.IGNORECASE)
_DASHES = frozenset({"-", "–", "—"})
_DATE_WORDS = ("อัปเดต", "อัพเดท", "อัพเดต", "ณ วันที่", "ข้อมูล", "วันที่", "as of", "updated")
_SPACES = re.compile(r"\s+")
_NOT_A_NUMBER = Said("not-a-number-text")


def count(ctx: Context, form: Form, cell: Cell, key: str) -> int | None:
    """A count cell's value, or None after reporting why it is not one."""
    value = cell.value
    # A workbook's number stored as text is worth a notice: only a CSV's plain digits are plain.
    if (plain := plain_count(value, form.sheet.format == "csv")) is not None:
        return plain
    column = form.labels.get(key)
    if isinstance(value, bool | date | datetime):
        ctx.add("not-a-number", form.sheet, cell, column, what=_NOT_A_NUMBER)
        return None
    if isinstance(value, int | float):
        number: float = value
    else:
        written = str(value or "")
        text = to_arabic_digits(written).strip().replace("\u00a0", "")
        if not text:
            ctx.add("not-a-number", form.sheet, cell, column, what=Said("cell-empty"))
            return None
        changes: list[Said] = []  # what had to change to read it, said as the value-normalized notice
        if has_thai_digits(written):
            changes.append(Said("change-thai-digits"))
        if text in _DASHES:
            text = "0"
            changes.append(Said("change-dash-zero"))
        unitless = _UNIT_SUFFIX.sub("", text)
        if unitless != text:
            text = unitless
            changes.append(Said("change-unit"))
        if _GROUPED.match(text):
            text = text.replace(",", "")
            changes.append(Said("change-thousands"))
        if " " in text:
            text = text.replace(" ", "")
            changes.append(Said("change-spaces"))
        if not _NUMBER.match(text):
            ctx.add("not-a-number", form.sheet, cell, column, what=_NOT_A_NUMBER)
            return None
        number = float(text)
        if not changes and form.sheet.format != "csv":
            changes.append(Said("change-number-as-text"))
        if changes or written != written.strip():
            if written != written.strip():
                changes.append(Said("change-spaces"))
            ctx.add("value-normalized", form.sheet, cell, column, normalized=text, change=changes)
    if not float(number).is_integer():
        ctx.add("not-a-whole-number", form.sheet, cell, column)
        return None
    if number < 0:
        ctx.add("negative-count", form.sheet, cell, column)
        return None
    return int(number)


def report_date(ctx: Context, form: Form) -> date | None:
    """The as-of date from the title lines or the footer (อัปเดตวันที่ 10/4/61)."""
    cells = sorted(
        form.text_lines,
        key=lambda c: not (isinstance(c.value, str) and any(w in c.value.casefold() for w in _DATE_WORDS)),
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
            ctx.add("report-date-invalid", form.sheet, cell, reason=error.reason)
            continue
        if found is None:
            continue
        if found > ctx.today:
            ctx.add("report-date-in-future", form.sheet, cell, date=found.isoformat())
        return found
    return None


def _excel_report_date(value: date) -> date:
    """A report date from a date cell; 10/4/61 typed into a Gregorian Excel is 1961, no report date."""
    found, note = from_excel_date(value)
    if note == "suspicious-year":
        raise DateError("date-year-too-early", year=found.year, typed=f"{found.year % 100:02d}")
    return found


def date_of(cell: Cell) -> date | None:
    """The date a cell holds (an Excel date or Buddhist-era text), None for a dash; DateError if none."""
    if isinstance(cell.value, datetime | date):
        return from_excel_date(cell.value)[0]
    if isinstance(cell.value, int | float):
        raise DateError("date-is-a-number", text=cell.text)
    if cell.text.strip() in _DASHES:
        return None  # the usual "none" of a Thai table
    found = find_date(cell.text)
    if found is None:
        raise DateError("date-none-in-cell")
    return found


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


class InvalidDateError(DateError):
    """A status cell holds a date that does not exist (31/2/61): set up, but since when is unknown."""


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
        raise InvalidDateError(error.code, **error.params) from None
    if found is None:
        raise ValueError(str(value))
    return True, found


# Outcomes as offices write them, spaces removed and case folded; tried in this order, by prefix
# ("ส่งต่อหน่วยงานอื่นแล้ว" is referred, although it ends in แล้ว).
_OUTCOMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("referred", ("ส่งต่อ", "ส่งเรื่องต่อ", "refer", "forwarded", "transferred")),
    ("pending", ("อยู่ระหว่าง", "รอดำเนินการ", "รอการ", "ค้างดำเนินการ", "pending", "inprogress", "open")),
    (
        "assisted",
        (
            "ช่วยเหลือแล้ว",
            "ให้ความช่วยเหลือแล้ว",
            "ดำเนินการแล้วเสร็จ",
            "ดำเนินการเสร็จ",
            "แล้วเสร็จ",
            "เสร็จสิ้น",
            "assisted",
            "helped",
            "resolved",
            "completed",
            "done",
        ),
    ),
)


OUTCOMES = ("assisted", "referred", "pending")


def outcome_of(text: str) -> str | None:
    """ "assisted", "referred" or "pending" for an outcome as written, or None when it says neither."""
    key = _SPACES.sub("", to_arabic_digits(text)).casefold()
    for kind, prefixes in _OUTCOMES:
        if key.startswith(prefixes):
            return kind
    return None
