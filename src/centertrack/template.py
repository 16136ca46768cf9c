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

from centertrack.catalog import Field, Said, Words, dates
from centertrack.errors import UsageError
from centertrack.indicators import Indicator
from centertrack.places import districts_of, laos_of
from centertrack.reference import Province

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
    label: str  # the header as printed: a line break where a narrow column wraps it
    fill: Fill
    room: float = 0  # a column filled by hand: at least this many widths of "0" to write in
    message: str = ""  # the input message Excel shows when a cell of the column is selected
    wraps: bool = False  # a place's name that may wrap onto a second line, so that the form fits A4
    name: str = ""  # the label on one line, where the printed one breaks a word pair: รหัส อปท.
    printed: bool = True  # False: on screen only, after the columns on paper (the LAO code, for the reader)

    @property
    def title(self) -> str:
        """The label on one line (an input message's title)."""
        if self.name:
            return self.name
        # Thai puts no space between words, but one before a bracket and after an abbreviation's dot.
        lines = self.label.split("\n")
        return "".join(
            f" {line}" if i and (line.startswith("(") or lines[i - 1].endswith(".")) else line
            for i, line in enumerate(lines)
        )


@dataclass(frozen=True)
class Template:
    indicator: Indicator
    province: Province
    level: TemplateLevel
    period: dt.date  # the first day of the round's month
    title_lines: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]  # one per place: the place columns' values, None where one fills in
    instructions: tuple[Said, ...]  # คำชี้แจง, said by the writer

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
    """A round however it is written (2018-04, 2561-04, เม.ย. 61; the one reader of rounds,
    ``history.save.check_period``): the first day of that month."""
    from centertrack.history.save import check_period

    year, month = check_period(text).split("-")
    return dt.date(int(year), int(month), 1)


def month_th(day: dt.date) -> str:
    """เมษายน 2561."""
    return dates.say_month(day.year, day.month, "th")


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
    return Template(indicator, province, level, period, titles, columns, rows, _instructions(template))


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
        Column("no", "ลำดับที่", "place"),
        Column("province", "จังหวัด", "place", wraps=True),
        Column("total", f"{what}\nทั้งหมด\n(แห่ง)", "place"),
        Column(
            "established",
            "จัดตั้งแล้ว\n(แห่ง)",
            "established",
            6,
            "จำนวนเต็ม ตั้งแต่ 0 ถึงจำนวนทั้งหมด",
        ),
        Column(
            "remaining",
            "ยังไม่ได้\nจัดตั้ง\n(แห่ง)",
            "remaining",
            6,
            "เว้นว่างได้: คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว",
        ),
        Column("remarks", "หมายเหตุ", "text", 8),
    )
    row: tuple[Value, ...] = (1, province.name_th, indicator.target_of(province), None, None, None)
    return columns, (row,)


def _district_form(province: Province) -> tuple[tuple[Column, ...], tuple[tuple[Value, ...], ...]]:
    columns = (
        Column("no", "ลำดับที่", "place"),
        Column("district", "อำเภอ", "place", wraps=True),
        Column("established", "จัดตั้งแล้ว\n(ใช่/ไม่ใช่)", "status", 6, _STATUS_MESSAGE),
        Column("date", "วันที่\nจัดตั้ง", "date", 6, _DATE_MESSAGE),
        Column("location", "สถานที่ตั้ง", "text", 6, _LOCATION_MESSAGE),
        Column("remarks", "หมายเหตุ", "text", 4),
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
    # Eleven columns on A4 landscape at 16 pt, flat headers broken word by word (a turned header had
    # made the header row 178 pt tall: 25 pages of 4-6 rows for 109 LAOs). No type column: the name
    # carries it (ทต.), and the reader takes it from there; the counts' unit (เรื่อง) is in their
    # input messages; long names wrap onto a second line.
    count = "จำนวนเรื่อง เป็นจำนวนเต็มไม่ติดลบ"
    columns = (
        Column("no", "ที่", "place", name="ลำดับที่"),
        Column("lao", "ชื่อ\nอปท.", "place", wraps=True, name="ชื่อ อปท."),
        Column("district", "อำเภอ", "place", wraps=True),
        Column("established", "จัดตั้ง\nแล้ว\n(ใช่/\nไม่ใช่)", "status", 5, _STATUS_MESSAGE, name="จัดตั้งแล้ว"),
        Column("date", "วันที่\nจัดตั้ง", "date", 5, _DATE_MESSAGE),
        Column("location", "สถานที่\nตั้ง", "text", 5, _LOCATION_MESSAGE, name="สถานที่ตั้ง"),
        Column("received", "เรื่อง\nที่รับ", "count", 4, f"{count} {since}", name="เรื่องที่รับ"),
        Column("assisted", "ช่วย\nเหลือ\nแล้ว", "assisted", 4, f"{count} ไม่เกินเรื่องที่รับ", name="ช่วยเหลือแล้ว"),
        Column("referred", "ส่งต่อ\nหน่วย\nงานอื่น", "count", 4, count, name="ส่งต่อหน่วยงานอื่น"),
        Column("pending", "อยู่\nระหว่าง\nดำเนิน\nการ", "count", 4, count, name="อยู่ระหว่างดำเนินการ"),
        Column("remarks", "หมาย\nเหตุ", "text", 4, name="หมายเหตุ"),
        # DLA's code of each LAO, which the reader matches it by: past the print area, nobody writes it.
        Column("lao_code", "รหัส\nอปท.", "place", name="รหัส อปท.", printed=False),
    )
    blanks = (None,) * (len(columns) - 4)
    rows = tuple(
        (number, lao.short_name_th, lao.district_th, *blanks, lao.code)
        for number, lao in enumerate(laos_of(province.code), 1)
    )
    return columns, rows


def _instructions(template: Template) -> tuple[Said, ...]:
    """คำชี้แจง, as words to be said (catalog/documents.py): what to fill, the values the status takes,
    what DLA checks when the sheet comes back, and when and how to send it. The writer says them in Thai,
    the form's language, and adds the upload link when it is given one."""
    indicator, level, province = template.indicator, template.level, template.province
    unit = _UNITS[level]
    month = template.period.year, template.period.month
    since = dt.date(indicator.fiscal_year_be - 543 - 1, 10, 1)  # the fiscal year's first day
    about = {
        "indicator": indicator.id,
        "name": Words(th=indicator.name_th, en=indicator.name_en),
        "province": Words(th=province.name_th, en=province.name_en),
        "month": Words(th=dates.say_month(*month, "th"), en=dates.say_month(*month, "en")),
        "count": len(template.rows),
        "unit": unit,
    }
    lines = [
        Said("template-heading"),
        Said("template-indicator", about),
        Said("template-province" if level == "province" else "template-places", about),
        Said("blank"),
        Said("template-fill", {"sheet": SHEET_NAME, "unit": unit}),
    ]
    if level == "province":
        lines += [Said("template-established"), Said("template-remaining")]
    else:
        lines += [Said("template-status", {"yes": YES, "no": NO, "unit": unit}), Said("template-date")]
        if level == "lao":
            lines.append(Said("template-statistics", {"since": since}))
    lines += [
        Said("template-footer", {"label": FOOTER_LABEL}),
        Said("template-send", {"due": template.due, "day": indicator.reporting_day}),
        Said("blank"),
        Said("template-checked-heading"),
        *(Said(key, {"unit": unit}) for key in _CHECKED[level]),
        Said("template-returned"),
        Said("blank"),
        Said("template-protected"),
    ]
    numbered, number = [], 0
    for line in lines:  # the steps are numbered in order: 1. … 2. …
        if line.key in _STEPS:
            number += 1
            line = Said(line.key, {**line.params, "n": number})
        numbered.append(line)
    return tuple(numbered)


_UNITS: dict[TemplateLevel, Words] = {
    "province": Words(th="จังหวัด", en="province"),
    "district": Words(th="อำเภอ", en="districts"),
    "lao": Words(th="อปท.", en="LAOs"),
}
_STEPS = {
    "template-fill",
    "template-established",
    "template-remaining",
    "template-status",
    "template-date",
    "template-statistics",
    "template-footer",
    "template-send",
}
# What DLA checks in a sheet that comes back, level by level (what validate does, said for an office).
_CHECKED: dict[TemplateLevel, tuple[str, ...]] = {
    "province": ("template-checked-total", "template-checked-sum"),
    "district": ("template-checked-places", "template-checked-status", "template-checked-date"),
    "lao": (
        "template-checked-places",
        "template-checked-status",
        "template-checked-date",
        "template-checked-statistics",
    ),
}
