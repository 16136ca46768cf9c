"""Templates: the blank form a province fills in, prefilled with its own districts or LAOs.

Most problems ``validate`` finds come from offices building the form themselves. A template decides
here which rows, columns, titles and instructions a province's form has; ``reports.template_xlsx``
only lays them out. Every column label is one the form reader recognizes (``form.classify_label``), and
every place is written as the reference has it, so that a filled template reads back without an issue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from centertrack.catalog import Field, Said
from centertrack.errors import UsageError
from centertrack.indicators import Indicator
from centertrack.places import districts_of, laos_of
from centertrack.reference import Province
from centertrack.thai import THAI_MONTHS, be_year, format_date

TemplateLevel = Literal["province", "district", "lao"]
# What a column's cells hold: the place (prefilled, locked), or what the office fills in (unlocked).
Fill = Literal["place", "status", "date", "text", "count", "assisted", "established", "remaining"]
Value = str | int | None

SHEET_NAME = "แบบรายงาน"
INSTRUCTIONS_NAME = "คำชี้แจง"
FOOTER_LABEL = "อัปเดตวันที่"  # the letter's footer (อัปเดตวันที่ 10/4/61): the date goes in the cell beside it
# The words the status cell takes (the dropdown's): detail.parse_status reads both, and ✓, มี, 1, … too.
YES, NO = "ใช่", "ไม่ใช่"
# Excel shows a date stored as a true date in the Buddhist era, day first, as Thai Excel does: 10/4/61.
BE_DATE_FORMAT = "[$-107041E]d/m/yy"
# A date typed as 10/4/2561 into a Gregorian Excel is stored in the year 2561, which centertrack reads as BE:
# the validation lets it through; 10/4/61 (Excel makes it 1961) it does not.
DATE_RANGE = (dt.date(2000, 1, 1), dt.date(2600, 12, 31))


@dataclass(frozen=True)
class Column:
    key: str  # the column key the form reader gives the label (form.COLUMNS)
    label: str  # the header; a line break where it wraps
    fill: Fill
    width: int  # at least this many text cells wide
    message: str = ""  # the input message Excel shows when a cell of the column is selected


@dataclass(frozen=True)
class Template:
    indicator: Indicator
    province: Province
    level: TemplateLevel
    period: dt.date  # the first day of the round's month
    title_lines: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]  # one per place: the place columns' values, None where one fills in
    instructions: tuple[str, ...]

    @property
    def due(self) -> dt.date:
        """The day of the round the form is due at DLA (indicators.toml's reporting_day)."""
        return self.period.replace(day=self.indicator.reporting_day)

    @property
    def file_name(self) -> str:
        """24-ฉะเชิงเทรา-4.1.xlsx: the DOPA code sorts the files and is plain ASCII; the Thai name is how
        an office finds its own; the indicator tells the two forms of one province apart."""
        return f"{self.province.code}-{self.province.name_th}-{self.indicator.id}.xlsx"

    @property
    def place_unit(self) -> str:
        return {"province": "จังหวัด", "district": "อำเภอ", "lao": "อปท."}[self.level]

    @property
    def document_time(self) -> dt.datetime:
        """The workbook's stamped date: the round's, so the same template always has the same bytes."""
        return dt.datetime.combine(self.period, dt.time())


def default_level(indicator: Indicator) -> TemplateLevel:
    return "district" if indicator.target_per_province == "districts" else "lao"


def parse_period(text: str) -> dt.date:
    """YYYY-MM, the year CE or BE (2018-04, 2561-04): the first day of that month."""
    year, _, month = text.strip().partition("-")
    try:
        number, month_number = int(year), int(month)
        return dt.date(number - 543 if number >= 2400 else number, month_number, 1)
    except ValueError:
        raise UsageError("template-period", field="period", value=text) from None


def month_th(day: dt.date) -> str:
    """เมษายน 2561."""
    return f"{THAI_MONTHS[day.month - 1]} {be_year(day.year)}"


def build_template(
    indicator: Indicator, province: Province, level: TemplateLevel, period: dt.date
) -> Template:
    """The form of one province for one round, at the level given."""
    if level not in ("province", default_level(indicator)):
        raise UsageError(
            "template-level",
            field="level",
            value=level,
            indicator=indicator.id,
            counts=Said(f"counts-{indicator.target_per_province}"),
            option=Field("level"),
            level=default_level(indicator),
        )
    period = period.replace(day=1)
    if level == "province":
        columns, rows = _province_form(indicator, province)
    elif level == "district":
        columns, rows = _district_form(province)
    else:
        columns, rows = _lao_form(indicator, province)
    template = Template(indicator, province, level, period, (), columns, rows, ())
    titles = _titles(indicator, province, level, period)
    return Template(
        indicator, province, level, period, titles, columns, rows, _instructions(template, titles)
    )


def _titles(
    indicator: Indicator, province: Province, level: TemplateLevel, period: dt.date
) -> tuple[str, ...]:
    # The letter's own heading of the progress form, without its line about the lagging provinces
    # ("สำหรับจังหวัดที่ยัง…"): every province gets this form.
    heading: list[str] = []
    for line in indicator.annex_title_progress:
        before, about_lagging, _ = line.partition("สำหรับ")
        heading += [before.strip()] if before.strip() else []
        if about_lagging:
            break
    where = {"province": "", "district": "รายอำเภอ ", "lao": "ราย อปท. "}[level]
    # No day in the round's line: the reader takes a date in the title as the report's date.
    return (*heading, f"{where}จังหวัด{province.name_th}", f"ข้อมูลประจำเดือน{month_th(period)}")


_STATUS_MESSAGE = f"เลือก {YES} (จัดตั้งแล้ว) หรือ {NO} (ยังไม่ได้จัดตั้ง) ให้ครบทุกแถว"
_DATE_MESSAGE = "วัน/เดือน/ปี พ.ศ. เช่น 10/4/2561 ไม่เกินวันที่รายงาน; เว้นว่างถ้ายังไม่ได้จัดตั้ง"
_LOCATION_MESSAGE = "ที่ตั้งของศูนย์ เช่น ที่ว่าการอำเภอ หรือสำนักงานเทศบาล"


def _province_form(
    indicator: Indicator, province: Province
) -> tuple[tuple[Column, ...], tuple[tuple[Value, ...], ...]]:
    what = "จำนวนอำเภอ" if indicator.target_per_province == "districts" else "จำนวน อปท."
    columns = (
        Column("no", "ลำดับที่", "place", 6),
        Column("province", "จังหวัด", "place", 14),
        Column("total", f"{what}\nทั้งหมด (แห่ง)", "place", 10),
        Column(
            "established",
            "จัดตั้งแล้ว\n(แห่ง)",
            "established",
            10,
            "จำนวนเต็ม ตั้งแต่ 0 ถึงจำนวนทั้งหมด",
        ),
        Column(
            "remaining",
            "ยังไม่ได้จัดตั้ง\n(แห่ง)",
            "remaining",
            12,
            "เว้นว่างได้: คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว",
        ),
        Column("remarks", "หมายเหตุ", "text", 24),
    )
    row: tuple[Value, ...] = (1, province.name_th, indicator.target_of(province), None, None, None)
    return columns, (row,)


def _district_form(province: Province) -> tuple[tuple[Column, ...], tuple[tuple[Value, ...], ...]]:
    columns = (
        Column("no", "ลำดับที่", "place", 6),
        Column("district", "อำเภอ", "place", 10),
        Column("established", "จัดตั้งแล้ว\n(ใช่/ไม่ใช่)", "status", 10, _STATUS_MESSAGE),
        Column("date", "วันที่จัดตั้ง", "date", 11, _DATE_MESSAGE),
        Column("location", "สถานที่ตั้ง", "text", 28, _LOCATION_MESSAGE),
        Column("remarks", "หมายเหตุ", "text", 18),
    )
    rows = tuple(
        (number, district.name_th, None, None, None, None)
        for number, district in enumerate(districts_of(province.code), 1)
    )
    return columns, rows


def _lao_form(
    indicator: Indicator, province: Province
) -> tuple[tuple[Column, ...], tuple[tuple[Value, ...], ...]]:
    since = f"นับตั้งแต่ 1 ตุลาคม {indicator.fiscal_year_be - 1}"
    columns = (
        Column("no", "ลำดับที่", "place", 6),
        Column("lao_code", "รหัส อปท.", "place", 8),
        Column("lao_type", "ประเภท", "place", 6),
        Column("lao", "ชื่อ อปท.", "place", 12),
        Column("district", "อำเภอ", "place", 10),
        Column("established", "จัดตั้งศูนย์แล้ว\n(ใช่/ไม่ใช่)", "status", 10, _STATUS_MESSAGE),
        Column("date", "วันที่จัดตั้ง", "date", 10, _DATE_MESSAGE),
        Column("location", "สถานที่ตั้ง", "text", 18, _LOCATION_MESSAGE),
        Column("received", "เรื่องที่รับ\n(เรื่อง)", "count", 7, f"จำนวนเต็มไม่ติดลบ {since}"),
        Column("assisted", "ช่วยเหลือแล้ว\n(เรื่อง)", "assisted", 8, "จำนวนเต็มไม่ติดลบ ไม่เกินเรื่องที่รับ"),
        Column("referred", "ส่งต่อหน่วยงานอื่น\n(เรื่อง)", "count", 9, "จำนวนเต็มไม่ติดลบ"),
        Column("pending", "อยู่ระหว่างดำเนินการ\n(เรื่อง)", "count", 10, "จำนวนเต็มไม่ติดลบ"),
        Column("remarks", "หมายเหตุ", "text", 14),
    )
    blanks = (None,) * (len(columns) - 5)
    rows = tuple(
        (number, lao.code, lao.type_th, lao.short_name_th, lao.district_th, *blanks)
        for number, lao in enumerate(laos_of(province.code), 1)
    )
    return columns, rows


def _instructions(template: Template, titles: tuple[str, ...]) -> tuple[str, ...]:
    """คำชี้แจง: what to fill, the values the status takes, when and how to send it back."""
    indicator, level = template.indicator, template.level
    unit = template.place_unit
    due = f"{format_date(template.due, 'long')} (วันที่ {indicator.reporting_day} ของทุกเดือน)"
    lines = [
        "คำชี้แจงการกรอกแบบรายงาน",
        f"ตัวชี้วัดที่ {indicator.id} {indicator.name_th}",
        f"{titles[-2].strip()} {titles[-1]}"
        + (f" ({len(template.rows)} {unit})" if level != "province" else ""),
        "",
        f"1. กรอกในแผ่นงาน “{SHEET_NAME}” เฉพาะช่องสีขาว: ช่องสีเทา (หัวตาราง ลำดับที่ และรายชื่อ {unit}) "
        "ล็อกไว้ ไม่ต้องแก้ไข เพิ่ม ลบ หรือสลับแถวและคอลัมน์",
    ]
    if level == "province":
        lines += [
            "2. จัดตั้งแล้ว: จำนวนศูนย์ที่จัดตั้งแล้ว เป็นจำนวนเต็ม ไม่เกินจำนวนทั้งหมด",
            "3. ยังไม่ได้จัดตั้ง: เว้นว่างได้ (คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว) ถ้ากรอก ผลรวมต้องเท่ากับจำนวนทั้งหมด",
        ]
    else:
        lines += [
            f"2. จัดตั้งแล้ว: เลือกจากรายการ “{YES}” (จัดตั้งแล้ว) หรือ “{NO}” (ยังไม่ได้จัดตั้ง) ให้ครบทุกแถว "
            f"{unit} ที่เว้นว่างนับเป็นยังไม่ได้จัดตั้ง",
            "3. วันที่จัดตั้ง: วัน/เดือน/ปี พ.ศ. เช่น 10/4/2561 ไม่เกินวันที่รายงาน; สถานที่ตั้ง: ที่ตั้งของศูนย์",
        ]
        if level == "lao":
            lines.append(
                f"4. สถิติการช่วยเหลือประชาชน (จำนวนเรื่อง นับตั้งแต่ 1 ตุลาคม {indicator.fiscal_year_be - 1}): "
                "จำนวนเต็มไม่ติดลบ ช่วยเหลือแล้ว + ส่งต่อหน่วยงานอื่น + อยู่ระหว่างดำเนินการ ต้องไม่เกินเรื่องที่รับ; "
                "อปท. ที่ยังไม่ได้จัดตั้งศูนย์ เว้นว่าง"
            )
    step = len([line for line in lines if line[:1].isdigit()]) + 1
    lines += [
        f"{step}. {FOOTER_LABEL}: กรอกวันที่ของข้อมูลในช่องท้ายตาราง (วัน/เดือน/ปี พ.ศ.)",
        f"{step + 1}. ส่งไฟล์ .xlsx นี้กลับถึงกรมส่งเสริมการปกครองท้องถิ่น ภายในวันที่ {due} โดยไม่เปลี่ยนหัวตารางหรือลำดับคอลัมน์",
        "",
        "แผ่นงานป้องกันไว้โดยไม่มีรหัสผ่าน (กันแก้ไขโดยไม่ตั้งใจ): หากจำเป็นต้องแก้ ใช้เมนู รีวิว > ยกเลิกการป้องกันแผ่นงาน",
        "ตรวจสอบก่อนส่งได้ด้วยคำสั่ง centertrack validate ชื่อไฟล์.xlsx",
    ]
    return tuple(lines)
