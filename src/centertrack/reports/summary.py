"""The progress summary: terminal table with a national line, JSON contract, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack.issues import Lang
from centertrack.progress import Summary
from centertrack.thai import THAI_MONTHS

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_HEAD = {
    "th": ("ลำดับที่", "จังหวัด", "Province", "ทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง", "ร้อยละ", "สถานะ"),
    "en": ("No.", "จังหวัด", "Province", "Total", "Established", "Remaining", "%", "Status"),
}
_STATUS = {
    "th": {"lagging": "ยังไม่ครบ", "complete": "ครบ"},
    "en": {"lagging": "lagging", "complete": "complete"},
}
CSV_COLUMNS = ("code", "name_th", "name_en", "total", "established", "remaining", "percent", "status")


def _date(d: date, lang: Lang) -> str:
    if lang == "th":
        return f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def national_line(summary: Summary, lang: Lang = "th") -> str:
    """The one line an analyst reads first: coverage, totals, deadline and days left."""
    indicator = summary.indicator
    unit = ("อำเภอ", "districts") if indicator.target_per_province == "districts" else ("อปท.", "LAOs")
    reported, expected = len(summary.provinces), summary.provinces_expected
    deadline = _date(indicator.deadline, lang)
    if lang == "th":
        line = (
            f"รายงานแล้ว {reported} จาก {expected} จังหวัด ครอบคลุม {summary.total:,} จาก {indicator.target:,} "
            f"{unit[0]}เป้าหมาย; จัดตั้งแล้ว {summary.established:,} ยังไม่ได้จัดตั้ง {summary.remaining:,} "
            f"(ร้อยละ {summary.percent:.2f}); กำหนดเสร็จ {deadline}"
        )
    else:
        line = (
            f"{reported} of {expected} provinces reported, covering {summary.total:,} of the "
            f"{indicator.target:,} target {unit[1]}; {summary.established:,} established, "
            f"{summary.remaining:,} remaining ({summary.percent:.2f} %); deadline {deadline}"
        )
    days = summary.days_left
    if summary.as_of is not None and days is not None:
        as_of = _date(summary.as_of, lang)
        if lang == "th":
            left = f"เหลือ {days} วัน" if days >= 0 else f"เลยกำหนดมาแล้ว {-days} วัน"
            line += f", ข้อมูล ณ วันที่ {as_of}: {left}"
        else:
            left = f"{days} days left" if days >= 0 else f"{-days} days past the deadline"
            line += f", as of {as_of}: {left}"
    return line


def summary_table(summary: Summary, lang: Lang = "th") -> RenderableType:
    head = _HEAD[lang]
    title = (
        f"{'ตัวชี้วัด' if lang == 'th' else 'Indicator'} {summary.indicator.id}: {summary.indicator.name(lang)}"
    )
    table = Table(title=title, title_justify="left", show_footer=True, header_style="bold")
    table.add_column(head[0], justify="right", footer="")
    table.add_column(head[1], footer="รวม" if lang == "th" else "Total")
    table.add_column(head[2])
    table.add_column(head[3], justify="right", footer=f"{summary.total:,}")
    table.add_column(head[4], justify="right", footer=f"{summary.established:,}")
    table.add_column(head[5], justify="right", footer=f"{summary.remaining:,}")
    table.add_column(head[6], justify="right", footer=f"{summary.percent:.2f}")
    table.add_column(head[7])
    for no, p in enumerate(summary.provinces, 1):
        status = Text(_STATUS[lang][p.status], style="yellow" if p.status == "lagging" else "green")
        if p.flagged:
            status.append(" ⚠ " + ("มีข้อผิดพลาด" if lang == "th" else "has errors"), style="bold red")
        table.add_row(
            str(no),
            p.name_th,
            p.name_en,
            f"{p.total:,}",
            f"{p.established:,}",
            f"{p.remaining:,}",
            f"{p.percent:.2f}",
            status,
        )
    return Group(table, Text(national_line(summary, lang), style="bold"))


def summary_json(summary: Summary, lang: Lang = "th") -> str:
    return json.dumps(summary.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


def summary_csv(summary: Summary) -> bytes:
    """UTF-8 with BOM so that Excel on Windows opens the Thai names intact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in summary.provinces:
        row = p.to_dict()
        writer.writerow([row[c] for c in CSV_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def summary_xlsx(summary: Summary) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"ตัวชี้วัด {summary.indicator.id}"
    font, bold = Font(name="TH Sarabun New", size=16), Font(name="TH Sarabun New", size=16, bold=True)
    sheet.append(["รหัส", "จังหวัด", "Province", "ทั้งหมด", "จัดตั้งแล้ว", "ยังไม่ได้จัดตั้ง", "ร้อยละ", "สถานะ"])
    for p in summary.provinces:
        sheet.append([p.code, p.name_th, p.name_en, p.total, p.established, p.remaining, p.percent, p.status])
    sheet.append(
        ["", "รวม", "Total", summary.total, summary.established, summary.remaining, summary.percent, ""]
    )
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = bold if cell.row in (1, sheet.max_row) else font
    for column, width in zip("ABCDEFGH", (7, 20, 26, 10, 12, 16, 9, 11), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append([])
    sheet.append([national_line(summary, "th")])
    sheet.cell(sheet.max_row, 1).font = font
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
