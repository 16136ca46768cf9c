"""Terminal: rich tables for people (rich measures Thai width right: vowel and tone marks take no cell).

The annex, the progress summary with its national line, and the districts or LAOs of detail sheets;
the validation report is in reports/validation.py (imported here too, for callers of old).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from centertrack.annex import Annex
from centertrack.issues import Lang, clip
from centertrack.reports.validation import validation_report  # its old home: imported from here too
from centertrack.thai import format_date, spoken_date

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Detail


def annex_table(annex: Annex) -> Table:
    # As wide as the longest title line, so that a narrow list does not break the heading mid-word.
    width = max((cell_len(line) for line in annex.title_lines), default=0)
    table = Table(title="\n".join(annex.title_lines) or None, caption=annex.footer, min_width=width)
    for column in annex.columns:
        table.add_column(column.header(multiline=True), justify=column.align, overflow="fold")
    for cells in annex.body[: len(annex.rows)]:
        table.add_row(*map(clip, annex.texts(cells)))  # a preview: a long remark is quoted, not printed
    if annex.total_cells is not None:
        table.add_section()
        table.add_row(*annex.texts(annex.total_cells), style="bold")
    return table


_HEAD = {
    "th": (
        "ลำดับที่",
        "จังหวัด",
        "ชื่อภาษาอังกฤษ",  # the province's English name, headed in Thai
        "ทั้งหมด",
        "จัดตั้งแล้ว",
        "ยังไม่ได้จัดตั้ง",
        "ร้อยละ",
        "สถานะ",
        "รับเรื่อง",
        "ช่วยเหลือแล้ว",
        "ร้อยละที่ช่วยเหลือ",
    ),
    "en": (
        "No.",
        "จังหวัด",
        "Province",
        "Total",
        "Established",
        "Remaining",
        "%",
        "Status",
        "Received",
        "Assisted",
        "% assisted",
    ),
}
_STATUS = {
    "th": {"lagging": "ยังไม่ครบ", "complete": "ครบ", "unknown": "ไม่ทราบ (มีแต่ทะเบียนรับเรื่อง)"},
    "en": {"lagging": "lagging", "complete": "complete", "unknown": "unknown (a case register only)"},
}


def _date(d: date, lang: Lang) -> str:
    return spoken_date(d, lang)


def national_line(summary: Summary, lang: Lang = "th") -> str:
    """The one line an analyst reads first: coverage, totals, deadline and days left."""
    indicator = summary.indicator
    unit = ("อำเภอ", "districts") if indicator.target_per_province == "districts" else ("อปท.", "LAOs")
    reported, expected = len(summary.provinces), summary.provinces_expected
    # Provinces known only from a register of requests count as reported but cover none of the target.
    registers_only = sum(not p.known for p in summary.provinces)
    deadline = _date(indicator.deadline, lang)
    if lang == "th":
        only = f" (ในจำนวนนี้ {registers_only} จังหวัดส่งเฉพาะทะเบียนรับเรื่อง)" if registers_only else ""
        line = (
            f"รายงานแล้ว {reported} จาก {expected} จังหวัด{only} "
            f"ครอบคลุม {summary.total:,} จาก {indicator.target:,} {unit[0]}เป้าหมาย; "
            f"จัดตั้งแล้ว {summary.established:,} ยังไม่ได้จัดตั้ง {summary.remaining:,} "
            f"(ร้อยละ {summary.percent:.2f}); กำหนดเสร็จ {deadline}"
        )
    else:
        only = f" ({registers_only} with a register of requests only)" if registers_only else ""
        line = (
            f"{reported} of {expected} provinces reported{only}, covering {summary.total:,} of the "
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
    if (stats := summary.statistics) is not None:
        if lang == "th":
            line += (
                f"; รับเรื่อง {stats.received:,} ช่วยเหลือแล้ว {stats.assisted:,} "
                f"(ร้อยละ {stats.share_assisted:.2f}) ส่งต่อ {stats.referred:,} "
                f"อยู่ระหว่างดำเนินการ {stats.pending:,}"
            )
        else:
            line += (
                f"; {stats.received:,} requests received, {stats.assisted:,} assisted "
                f"({stats.share_assisted:.2f} %), {stats.referred:,} referred, {stats.pending:,} pending"
            )
    return line


# Thai headers broken where a phrase ends, for a table too wide for its headers on one line: Thai has
# no space for rich to wrap at, and it would fold "ยังไม่ได้จัดตั้|ง".
_PHRASES = {
    "ยังไม่ได้จัดตั้ง": "ยังไม่ได้\nจัดตั้ง",
    "จัดตั้งแล้ว": "จัดตั้ง\nแล้ว",
    "ช่วยเหลือแล้ว": "ช่วยเหลือ\nแล้ว",
    "ร้อยละที่ช่วยเหลือ": "ร้อยละที่\nช่วยเหลือ",
}


class _Fitted:
    """A table drawn with one-line headers where it fits the width, else with its Thai headers broken
    at their phrases. (Sent to a file or a pipe, the width is unlimited and nothing is measured twice.)"""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table
        if options.max_width < 1000 and table.__rich_measure__(console, options).maximum > options.max_width:
            for column in table.columns:
                if isinstance(column.header, str):
                    column.header = _PHRASES.get(column.header, column.header)
        yield table


def summary_table(summary: Summary, lang: Lang = "th") -> RenderableType:
    head = _HEAD[lang]
    title = (
        f"{'ตัวชี้วัด' if lang == 'th' else 'Indicator'} {summary.indicator.id}: {summary.indicator.name(lang)}"
    )
    # The title above the table, not in it: a table's title wraps at the table's width, mid-phrase.
    table = Table(show_footer=True, header_style="bold")
    # Every column folds where the width ends (Thai has no spaces to wrap at): never cut to "…".
    table.add_column(head[0], overflow="fold", justify="right", footer="")
    table.add_column(head[1], overflow="fold", footer="รวม" if lang == "th" else "Total")
    table.add_column(head[2], overflow="fold")
    table.add_column(head[3], overflow="fold", justify="right", footer=f"{summary.total:,}")
    table.add_column(head[4], overflow="fold", justify="right", footer=f"{summary.established:,}")
    table.add_column(head[5], overflow="fold", justify="right", footer=f"{summary.remaining:,}")
    table.add_column(head[6], overflow="fold", justify="right", footer=f"{summary.percent:.2f}")
    statistics = summary.statistics
    if statistics is not None:  # 4.1 is judged also by the assistance given
        table.add_column(head[8], overflow="fold", justify="right", footer=f"{statistics.received:,}")
        table.add_column(head[9], overflow="fold", justify="right", footer=f"{statistics.assisted:,}")
        table.add_column(
            head[10], overflow="fold", justify="right", footer=f"{statistics.share_assisted:.2f}"
        )
    table.add_column(head[7], overflow="fold")
    for no, p in enumerate(summary.provinces, 1):
        style = {"lagging": "yellow", "complete": "green"}.get(p.status, "dim")
        status = Text(_STATUS[lang][p.status], style=style)
        if p.flagged:
            status.append(" ⚠ " + ("มีข้อผิดพลาด" if lang == "th" else "has errors"), style="bold red")
        cells: list[str | Text] = [
            str(no),
            p.name_th,
            p.name_en,
            f"{p.total:,}",
            *((f"{p.established:,}", f"{p.remaining:,}", f"{p.percent:.2f}") if p.known else ("—",) * 3),
        ]
        if statistics is not None:
            stats = p.statistics
            cells += (
                [f"{stats.received:,}", f"{stats.assisted:,}", f"{stats.share_assisted:.2f}"]
                if stats
                else [""] * 3
            )
        table.add_row(*cells, status)
    # A target the detail cannot reach (Bueng Kan: 60 LAOs in FY2561, 58 left after mergers) is explained.
    notes = [
        Text(f"{issue.message(lang)}: {issue.hint(lang)}", style="dim")
        for issue in summary.issues
        if issue.code == "reference-changed"
    ]
    return Group(
        Text(title, style="italic"), _Fitted(table), Text(national_line(summary, lang), style="bold"), *notes
    )


_DETAIL_HEAD = {
    "th": ("จังหวัด", "รหัส", "ชื่อ", "อำเภอ", "จัดตั้งแล้ว", "ตั้งแต่", "สถานที่ตั้ง", "รับเรื่อง", "ช่วยเหลือแล้ว"),
    "en": ("Province", "Code", "Name", "District", "Set up", "Since", "Location", "Received", "Assisted"),
}


def details_table(details: Sequence[Detail], lang: Lang = "th") -> Table:
    """Each district or LAO as its sheet reports it (summarize --by district|lao)."""
    head = dict(
        zip(
            ("province", "code", "name", "district", "set_up", "since", "location", "received", "assisted"),
            _DETAIL_HEAD[lang],
            strict=True,
        )
    )
    keys = ["province", "code", "name", "district", "set_up", "since", "location"]
    if not any(d.level == "lao" for d in details):
        keys.remove("district")  # a district needs no district column
    if any(d.statistics is not None for d in details):
        keys += ["received", "assisted"]
    table = Table(header_style="bold")
    for key in keys:
        table.add_column(
            head[key], overflow="fold", justify="right" if key in ("received", "assisted") else "left"
        )
    yes, no = ("ใช่", "ไม่ใช่") if lang == "th" else ("yes", "no")
    no_row = "ไม่ใช่ (ไม่มีแถวในแบบรายงาน)" if lang == "th" else "no (the sheet has no row)"
    for d in details:
        stats = d.statistics
        values: dict[str, str | Text] = {
            "province": d.province.name_th,
            "code": d.code,
            "name": d.name_th,
            "district": d.district_th,
            "set_up": Text(yes, style="green")
            if d.established
            else Text(no if d.reported else no_row, style="yellow"),
            # As the sheets write it in Thai (12/3/61, Buddhist era); the JSON and CSV keep ISO dates.
            "since": (format_date(d.since) if lang == "th" else d.since.isoformat()) if d.since else "",
            "location": d.location,
            "received": f"{stats.received:,}" if stats else "",
            "assisted": f"{stats.assisted:,}" if stats else "",
        }
        table.add_row(*(values[key] for key in keys))
    return table


__all__ = ["annex_table", "details_table", "national_line", "summary_table", "validation_report"]
