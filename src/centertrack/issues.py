"""Issue records — what validation finds — and their words in Thai and English.

Bad data is a result, not an exception: every check returns Issue records. Each code has one severity
and one message per language here, so that the words live in one place and the codes stay stable.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from centertrack.limits import SHOWN_VALUE_CHARS
from centertrack.thai import spoken_date

Severity = Literal["error", "warning", "notice"]
Lang = Literal["th", "en"]

# code: (severity, message th, message en, hint th, hint en); templates take the issue's params.
CATALOG: dict[str, tuple[Severity, str, str, str, str]] = {
    "file-unreadable": (
        "error",
        "อ่านไฟล์ไม่ได้: {reason_th}",
        "cannot read the file: {reason}",
        "{hint_th}",
        "{hint}",
    ),
    "header-not-found": (
        "error",
        "ไม่พบแถวหัวตาราง (ลำดับที่ / จังหวัด / จำนวนทั้งหมด / จัดตั้งแล้ว)",
        "no row looks like the form's header (No. / Province / Total / Established)",
        "ใช้แบบรายงานของกรมฯ ที่มีหัวคอลัมน์ จังหวัด จำนวนทั้งหมด (แห่ง) จัดตั้งแล้ว (แห่ง)",
        "use DLA's form, whose header names the Province, Total and Established columns",
    ),
    "missing-column": (
        "error",
        "ไม่มีคอลัมน์ {column_th}",
        "the {column_en} column is missing",
        "เพิ่มคอลัมน์ {column_th} ในแถวหัวตาราง",
        "add the {column_en} column to the header row",
    ),
    "column-derived": (
        "notice",
        "{what_th}: คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว",
        "{what_en}: derived as Total − Established",
        "",
        "",
    ),
    "not-filled": (
        "error",
        "ยังไม่ได้กรอกแบบรายงาน: ทุกช่องที่ต้องกรอกยังว่าง ({rows} แถว)",
        "the form has not been filled in yet: every cell to fill is empty ({rows} rows)",
        "กรอกข้อมูลให้ครบทุกแถว (ช่องสีขาวของแบบรายงาน) แล้วส่งกลับ",
        "fill in every row (the template's white cells), then send it back",
    ),
    "formula-not-calculated": (
        "error",
        "มีสูตร {count} ช่องในคอลัมน์ {column} ที่ยังไม่ได้คำนวณค่า ({range})",
        "column {column}: {count:n/formula cell/formula cells} saved without their values ({range})",
        "เปิดไฟล์ใน Excel แล้วบันทึกใหม่ เพื่อให้คำนวณค่าของสูตร",
        "open the file in Excel and save it again so the formulas are calculated",
    ),
    "not-a-number": (
        "error",
        "{what_th}",
        "{what_en}",
        "ใส่จำนวนเป็นตัวเลขจำนวนเต็ม เช่น 11",
        "write the count as a whole number, e.g. 11",
    ),
    "not-a-whole-number": (
        "error",
        "{value} ไม่ใช่จำนวนเต็ม",
        "{value} is not a whole number",
        "จำนวนศูนย์ต้องเป็นจำนวนเต็ม",
        "a count of centers is a whole number",
    ),
    "negative-count": (
        "error",
        "{value} ติดลบ",
        "{value} is negative",
        "จำนวนต้องไม่น้อยกว่า 0",
        "a count cannot be less than 0",
    ),
    "value-normalized": (
        "notice",
        "อ่าน {value!r} เป็น {normalized!r} ({change_th})",
        "read {value!r} as {normalized!r} ({change_en})",
        "",
        "",
    ),
    "unknown-province": (
        "error",
        "{what_th}",
        "{what_en}",
        "{suggest_th}",
        "{suggest_en}",
    ),
    "blank-row": (
        "warning",
        "แถวว่าง {rows} แถว ({first}–{last}) กลางตาราง",
        "{rows:n/blank row/blank rows} ({first}–{last}) inside the table",
        "ลบแถวว่างออก",
        "delete the blank rows",
    ),
    "sum-mismatch": (
        "error",
        "จัดตั้งแล้ว + ยังไม่ได้จัดตั้ง ≠ จำนวนทั้งหมด",
        "established + remaining ≠ total",
        "{established} + {remaining} = {sum} แต่จำนวนทั้งหมดเป็น {total}{blame_th}",
        "{established} + {remaining} = {sum}, but the total says {total}{blame_en}",
    ),
    "established-exceeds-total": (
        "error",
        "จัดตั้งแล้ว {established} มากกว่าจำนวนทั้งหมด {total}",
        "established {established} is more than the total {total}",
        "ตรวจสอบจำนวนที่จัดตั้งแล้ว หรือจำนวนทั้งหมด",
        "check the established count or the total",
    ),
    "duplicate-province": (
        "error",
        "{province} ซ้ำ: มีอยู่แล้วที่ {first}",
        "{province} appears twice: already at {first}",
        "ลบแถวที่ซ้ำ หรือแก้ชื่อจังหวัดให้ถูก",
        "delete the duplicate row or correct the province",
    ),
    "total-differs-from-reference": (
        "error",
        "จำนวนทั้งหมด {total} ไม่ตรงกับจำนวน{unit_th}ของ{province} ({official})",
        "total {total} differs from {province_en}'s official number of {unit_en} ({official})",
        "{suggest_th}",
        "{suggest_en}",
    ),
    "sequence-gap": (
        "warning",
        "ลำดับที่ {value} ไม่ต่อเนื่อง (ควรเป็น {expected})",
        "No. {value} breaks the sequence (expected {expected})",
        "เรียงลำดับที่ใหม่ 1, 2, 3, …",
        "renumber the rows 1, 2, 3, …",
    ),
    "totals-row-mismatch": (
        "error",
        "แถวรวม {column}: {written} แต่ผลรวมของคอลัมน์คือ {sum}",
        "totals row, {column}: {written}, but the column adds up to {sum}",
        "แก้ตัวเลขในแถวรวม หรือใช้สูตร =SUM()",
        "correct the totals row, or use =SUM()",
    ),
    "subtotal-mismatch": (
        "error",
        "{subtotal} {column}: {written} แต่ {rows} แถวของกลุ่มนี้รวมกันได้ {sum}",
        "{subtotal}, {column}: {written}, but the group's {rows} rows add up to {sum}",
        "แก้ตัวเลขในแถว{subtotal} หรือใช้สูตร =SUM() ของแถวในกลุ่ม",
        "correct the {subtotal} row, or use =SUM() over its group's rows",
    ),
    "report-date-invalid": (
        "warning",
        "วันที่ {value!r} ไม่ถูกต้อง: {reason_th}",
        "the date {value!r} is not a valid date: {reason}",
        "เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561",
        "write the date as 10/4/61 or 10 เมษายน 2561",
    ),
    "report-date-in-future": (
        "warning",
        "วันที่ของรายงาน {date} อยู่ในอนาคต",
        "the report date {date} is in the future",
        "ตรวจสอบปี พ.ศ. ของวันที่",
        "check the date's year (BE = CE + 543)",
    ),
    "missing-provinces": (
        "warning",
        "ยังไม่มีรายงานของ {count} จังหวัด: {names_th}",
        "{count:n/province has/provinces have} not reported: {names_en}",
        "ติดตามรายงานจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเหล่านี้",
        "follow up with these provinces' local administration offices",
    ),
    "conflicting-reports": (
        "error",
        "{province} รายงานสองครั้งด้วยตัวเลขต่างกัน: {numbers} และที่ {other} {other_numbers}",
        "{province} is reported twice with different numbers: {numbers}, and at {other} {other_numbers}",
        "ใช้ไฟล์ฉบับล่าสุดฉบับเดียว หรือสอบถามจังหวัด",
        "keep only the latest report, or ask the province",
    ),
    "unknown-district": (
        "error",
        "{what_th}",
        "{what_en}",
        "{suggest_th}",
        "{suggest_en}",
    ),
    "unknown-lao": (
        "error",
        "{what_th}",
        "{what_en}",
        "{suggest_th}",
        "{suggest_en}",
    ),
    "lao-code-mismatch": (
        "error",
        "{what_th}",
        "{what_en}",
        "แก้รหัส อปท. หรือชื่อ อปท. ให้ตรงกัน",
        "correct the DLA code or the LAO's name so that they agree",
    ),
    "ambiguous-lao": (
        "error",
        "ชื่อนี้ตรงกับ อปท. {count} แห่ง: {names}",
        "this name fits {count} LAOs: {names}",
        "เพิ่มคอลัมน์{column_th} หรือรหัส อปท. เพื่อระบุให้ชัด",
        "add the {column_en} column, or the DLA code, to tell them apart",
    ),
    "duplicate-district": (
        "error",
        "อำเภอ{name}ซ้ำ: มีอยู่แล้วที่ {first}",
        "district {name} appears twice: already at {first}",
        "ลบแถวที่ซ้ำ หรือแก้ชื่ออำเภอให้ถูก",
        "delete the duplicate row or correct the district",
    ),
    "duplicate-lao": (
        "error",
        "{name} ซ้ำ: มีอยู่แล้วที่ {first}",
        "{name} appears twice: already at {first}",
        "ลบแถวที่ซ้ำ หรือแก้ชื่อ อปท. ให้ถูก",
        "delete the duplicate row or correct the LAO",
    ),
    "missing-district": (
        "warning",
        "ไม่มีแถวของ {count} อำเภอของ{province}: {names}",
        "{count:n/district/districts} of {province_en} without a row: {names}",
        "อำเภอที่ไม่มีในแบบรายงานนับเป็นยังไม่ได้จัดตั้ง: เพิ่มแถวของอำเภอเหล่านี้",
        "districts without a row count as not set up: add their rows",
    ),
    "missing-lao": (
        "warning",
        "ไม่มีแถวของ อปท. {count} แห่งของ{province}: {names}",
        "{count:n/LAO/LAOs} of {province_en} without a row: {names}",
        "อปท. ที่ไม่มีในแบบรายงานนับเป็นยังไม่ได้จัดตั้ง: เพิ่มแถวของ อปท. เหล่านี้",
        "LAOs without a row count as not set up: add their rows",
    ),
    "reference-changed": (
        "notice",
        "{province}: เป้าหมาย {target} อปท. (ปีงบประมาณ 2561) แต่รายชื่อ อปท. ปี 2566 มี {listed} แห่ง",
        "{province_en}: the target is {target} LAOs (fiscal year 2561), the 2023 list has {listed}",
        "{gap} แห่งที่ควบรวมไปแล้วไม่มีในรายชื่อ จึงนับเป็นยังไม่ได้จัดตั้ง",
        "the {gap} merged since are not in the list, so they count as not set up",
    ),
    "status-unclear": (
        "error",
        "{value!r} ไม่บอกว่าจัดตั้งแล้วหรือยัง",
        "{value!r} does not say whether the center is set up",
        "เขียน ใช่ หรือ ไม่ใช่ (หรือวันที่จัดตั้ง)",
        "write ใช่ or ไม่ใช่ (yes or no), or the date it was set up",
    ),
    "establishment-date-invalid": (
        "warning",
        "วันที่จัดตั้ง {value!r} ไม่ถูกต้อง: {reason_th}",
        "the date of establishment {value!r} is not a valid date: {reason}",
        "เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561",
        "write the date as 10/4/61 or 10 เมษายน 2561",
    ),
    "establishment-date-after-report": (
        "warning",
        "วันที่จัดตั้ง {since} อยู่หลังวันที่ของรายงาน ({as_of})",
        "set up on {since}, after the report's date ({as_of})",
        "ตรวจสอบวันที่จัดตั้ง หรือปี พ.ศ.",
        "check the date of establishment and its year (BE = CE + 543)",
    ),
    "assisted-exceeds-received": (
        "error",
        "ช่วยเหลือแล้ว {assisted} เรื่อง มากกว่าเรื่องที่รับ {received} เรื่อง",
        "{assisted} requests assisted, more than the {received} received",
        "ตรวจสอบจำนวนเรื่องที่รับและที่ช่วยเหลือแล้ว",
        "check the numbers of requests received and assisted",
    ),
    "statistics-exceed-received": (
        "error",
        "ช่วยเหลือ {assisted} + ส่งต่อ {referred} + อยู่ระหว่างดำเนินการ {pending} = {sum} มากกว่าเรื่องที่รับ {received}",
        "assisted {assisted} + referred {referred} + pending {pending} = {sum}, "
        "more than the {received} received",
        "ตรวจสอบสถิติ: ผลรวมต้องไม่เกินจำนวนเรื่องที่รับ",
        "check the statistics: they cannot add up to more than the requests received",
    ),
    "statistics-without-center": (
        "warning",
        "มีสถิติการช่วยเหลือ แต่ระบุว่ายังไม่ได้จัดตั้งศูนย์",
        "assistance statistics for an LAO whose center is not set up",
        "ตรวจสอบสถานะการจัดตั้งศูนย์",
        "check whether the center is set up",
    ),
    "outcome-unclear": (
        "error",
        "{what_th}",
        "{what_en}",
        "เขียน ช่วยเหลือแล้ว ส่งต่อ หรือ อยู่ระหว่างดำเนินการ (นับเป็นเรื่องที่รับเท่านั้น)",
        "write assisted, referred or pending (counted as received only)",
    ),
    "received-date-invalid": (
        "warning",
        "วันที่รับเรื่อง {value!r} ไม่ถูกต้อง: {reason_th}",
        "the date received {value!r} is not a valid date: {reason}",
        "เขียนวันที่แบบ 1/10/67 หรือ 1 ตุลาคม 2567",
        "write the date as 1/10/67 or 1 ตุลาคม 2567",
    ),
    "received-date-after-report": (
        "warning",
        "รับเรื่องวันที่ {since} หลังวันที่ของรายงาน ({as_of})",
        "received on {since}, after the report's date ({as_of})",
        "ตรวจสอบวันที่รับเรื่อง หรือปี พ.ศ.",
        "check the date received and its year (BE = CE + 543)",
    ),
    "indicator-mismatch": (
        "error",
        "แบบรายงานนี้เป็นรายการ{level_th} ซึ่งเป็นของตัวชี้วัด {sheet_indicator} ไม่ใช่ {indicator}",
        "this sheet lists {level_en}, which belong to indicator {sheet_indicator}, not {indicator}",
        "ใช้ --indicator {sheet_indicator} หรือ --indicator auto",
        "use --indicator {sheet_indicator} or --indicator auto",
    ),
    "mixed-encoding": (
        "warning",
        "ไฟล์มีทั้งบรรทัดแบบ UTF-8 และแบบ Windows Thai (cp874): อ่านแยกทีละบรรทัด",
        "the file mixes UTF-8 and Windows Thai (cp874) lines: each line was read in its own encoding",
        "เปิดใน Excel แล้วบันทึกใหม่เป็น CSV UTF-8",
        "open it in Excel and save it again as 'CSV UTF-8'",
    ),
    "macros-ignored": (
        "notice",
        "สมุดงานมีแมโคร: อ่านเฉพาะข้อมูล ไม่ได้เรียกใช้แมโคร",
        "the workbook carries macros: only its values were read, no macro was run",
        "",
        "",
    ),
    "indicator-inferred": (
        "notice",
        "ถือเป็นตัวชี้วัด {indicator}: {reason_th}",
        "taken as indicator {indicator}: {reason_en}",
        "ระบุเองได้ด้วย --indicator",
        "set it with --indicator",
    ),
    "rows-excluded": (
        "notice",
        "ไม่นับรวม {count} แถวที่มีข้อผิดพลาด (แถวที่ {rows})",
        "{count:n/row/rows} with errors left out of the totals (row no. {rows})",
        "",
        "",
    ),
}

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "notice": 2}


def clip(text: str, limit: int = SHOWN_VALUE_CHARS) -> str:
    """A cell's text as quoted in a message: one line, cut at the limit (a cell may hold 1 MB)."""
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Counted(string.Formatter):
    """str.format, and "{count:n/row/rows}": the number with its noun, one or many (1 row, 2 rows)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("n/"):
            one, many = format_spec[2:].split("/")
            return f"{value:,} {one if value == 1 else many}"
        return str(super().format_field(value, format_spec))


_COUNTED = _Counted()
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PARAMS = frozenset({"date", "since", "as_of"})  # dates the checks pass as ISO text


def _param(key: str, value: Any, lang: Lang) -> Any:
    """A parameter as a message quotes it: a cell's text clipped (a province name may be 1 MB); a list
    of our own (the provinces that have not reported) whole, never cut; a date as the language writes it."""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if not isinstance(value, str):
        return value
    if lang == "th" and key in _DATE_PARAMS and _ISO_DATE.fullmatch(value):
        return spoken_date(date.fromisoformat(value), "th")
    return clip(value)


@dataclass(frozen=True)
class Issue:
    """One problem, at one place."""

    code: str
    file: str
    sheet: str | None = None
    cell: str | None = None  # "D7"
    row: int | None = None  # 1-based spreadsheet row
    column: str | None = None  # the column's header as written
    value: str | None = None  # the cell as written
    params: Mapping[str, Any] = field(default_factory=dict)
    more: int = 0  # further rows with the same problem (a case register reports each problem once)

    @property
    def severity(self) -> Severity:
        return CATALOG[self.code][0]

    @property
    def location(self) -> str:
        """Where to look, as a spreadsheet user writes it: "Sheet1!D7"."""
        if self.cell and self.sheet:
            return f"{self.sheet}!{self.cell}"
        return self.cell or self.sheet or ""

    def _fill(self, template: str, lang: Lang) -> str:
        params = {k: _param(k, v, lang) for k, v in self.params.items()}
        fill = _COUNTED.format if ":n/" in template else template.format
        return fill(template, value=self.value, column=self.column and clip(self.column), **params)

    def message(self, lang: Lang = "th") -> str:
        text = self._fill(CATALOG[self.code][1 if lang == "th" else 2], lang)
        if self.more:
            rows = "row" if self.more == 1 else "rows"
            text += f" (และอีก {self.more:,} แถว)" if lang == "th" else f" (and {self.more:,} more {rows})"
        return text

    def hint(self, lang: Lang = "th") -> str:
        return self._fill(CATALOG[self.code][3 if lang == "th" else 4], lang)

    def line(self, lang: Lang = "th") -> str:
        """The issue as one line about its file: what is wrong, and what to do."""
        hint = self.hint(lang)
        return f"{self.file}: {self.message(lang)}" + (f" — {hint}" if hint else "")

    def to_dict(self, lang: Lang = "th") -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }
        if self.more:
            data["more_rows"] = self.more
        for key, value in self.params.items():  # a list is given whole (the provinces not reported)
            if isinstance(value, (list, tuple)):
                data[key] = list(value)
        return data


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """By file, sheet, row and column; file-level issues first in each file."""

    def key(issue: Issue) -> tuple[str, str, int, int, str, str]:
        column_order = len(issue.cell or "") * 1000 + sum(map(ord, issue.cell or ""))
        return (issue.file, issue.sheet or "", issue.row or 0, column_order, issue.code, issue.value or "")

    return sorted(issues, key=key)
