"""Terminal: rich tables for people (rich measures Thai width right: vowel and tone marks take no cell).

The annex, the progress summary with its national line, and the validation report grouped by file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack.annex import Annex
from centertrack.issues import Issue, Lang, clip
from centertrack.limits import SHOWN_PER_KIND
from centertrack.thai import THAI_MONTHS, format_date

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Detail
    from centertrack.validate import Validation


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
    "th": (
        "ลำดับที่",
        "จังหวัด",
        "Province",
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
    "th": {"lagging": "ยังไม่ครบ", "complete": "ครบ", "unknown": "ไม่ทราบ (มีแต่ทะเบียนคำร้อง)"},
    "en": {"lagging": "lagging", "complete": "complete", "unknown": "unknown (a case register only)"},
}


def _date(d: date, lang: Lang) -> str:
    if lang == "th":
        return f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


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
    statistics = summary.statistics
    if statistics is not None:  # 4.1 is judged also by the assistance given
        table.add_column(head[8], justify="right", footer=f"{statistics.received:,}")
        table.add_column(head[9], justify="right", footer=f"{statistics.assisted:,}")
        table.add_column(head[10], justify="right", footer=f"{statistics.share_assisted:.2f}")
    table.add_column(head[7])
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
    return Group(table, Text(national_line(summary, lang), style="bold"), *notes)


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
        table.add_column(head[key], justify="right" if key in ("received", "assisted") else "left")
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


_STYLE = {"error": "bold red", "warning": "yellow", "notice": "dim"}
_MARK = {"error": "✗", "warning": "!", "notice": "·"}
_WORDS = {
    "th": {
        "cell": "ช่อง",
        "value": "ค่าที่เขียน",
        "problem": "ปัญหา",
        "hint": "วิธีแก้",
        "error": "ข้อผิดพลาด",
        "warning": "คำเตือน",
        "notice": "หมายเหตุ",
        "ok": "ผ่าน: ใช้ได้",
        "bad": "ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข",
        "rows": "แถว",
        "as_of": "ข้อมูล ณ",
        "indicator": "ตัวชี้วัด",
        "skipped": "ข้ามไฟล์ที่ไม่ใช่ตาราง {n} ไฟล์",
        "more": "… และอีก {n:,} รายการที่ไม่ได้แสดง ({kinds}): "
        "ดูทั้งหมดด้วย centertrack validate --all หรือ --format json",
    },
    "en": {
        "cell": "cell",
        "value": "written",
        "problem": "problem",
        "hint": "what to do",
        "error": "error(s)",
        "warning": "warning(s)",
        "notice": "notice(s)",
        "ok": "OK: can be used",
        "bad": "not OK: send back to the province to fix",
        "rows": "rows",
        "as_of": "as of",
        "indicator": "indicator",
        "skipped": "skipped {n} file(s) that are not spreadsheets",
        "more": "… and {n:,} more not shown ({kinds}): "
        "see them all with centertrack validate --all or --format json",
    },
}


# The encoding a CSV was read in, as Excel and Windows name it (the JSON keeps Python's codec name).
_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp874": "Windows Thai (cp874)",
    "utf-8+cp874": "UTF-8 + Windows Thai (cp874)",
}


def _files_in_order(result: Validation, issues: list[Issue]) -> list[str]:
    files: list[str] = []
    for name in [s.path for s in result.sheets] + [i.file for i in issues]:
        if name and name not in files:
            files.append(name)
    return files


def validation_report(
    result: Validation,
    lang: Lang = "th",
    issues: list[Issue] | None = None,
    per_kind: int | None = SHOWN_PER_KIND,
) -> RenderableType:
    """Every issue at its cell, grouped by file and row, then a one-line verdict per file.

    issues: the ones to show, when not all of them (summarize leaves out the notices).
    per_kind: the most issues of one code shown per file, then how many more (None: all of them).
    """
    words = _WORDS[lang]
    shown = result.issues if issues is None else issues
    parts: list[RenderableType] = []
    verdicts: list[Text] = []
    for path in _files_in_order(result, shown):
        file_issues = [i for i in shown if i.file == path]
        verdicts.append(_verdict(path, file_issues, lang))
        if any(i.code == "file-unreadable" for i in file_issues):
            continue  # its verdict is the one line that says why and what to do
        sheets = [s for s in result.sheets if s.path == path]
        heading = Text(path, style="bold")
        for sheet in sheets:
            details = [
                sheet.sheet,
                f"{sheet.rows} {words['rows']}",
                f"{words['indicator']} {result.indicator.id}",
            ]
            if sheet.encoding:
                details.append(_ENCODINGS.get(sheet.encoding, sheet.encoding))
            if sheet.as_of:
                details.append(f"{words['as_of']} {sheet.as_of.isoformat()}")
            heading.append(f"  ({', '.join(details)})", style="dim")
        parts.append(heading)
        listed, more = _first_of_each_kind(file_issues, per_kind)
        if listed:
            parts.append(_issue_table(listed, lang))
        if more:
            kinds = ", ".join(f"{code} {count:,}" for code, count in more.items())
            parts.append(Text(words["more"].format(n=sum(more.values()), kinds=kinds), style="yellow"))
    if result.skipped:
        parts.append(Text(words["skipped"].format(n=len(result.skipped)), style="dim"))
    return Group(*parts, *([Text("")] if parts else []), *verdicts)


def _first_of_each_kind(issues: list[Issue], limit: int | None) -> tuple[list[Issue], Counter[str]]:
    """The issues to list, in their order, and how many of each code are left out."""
    if limit is None:
        return issues, Counter()
    seen: Counter[str] = Counter()
    listed = []
    for issue in issues:
        seen[issue.code] += 1
        if seen[issue.code] <= limit:
            listed.append(issue)
    return listed, Counter({code: n - limit for code, n in seen.items() if n > limit})


def _issue_table(issues: list[Issue], lang: Lang) -> Table:
    words = _WORDS[lang]
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    table.add_column("", no_wrap=True)
    table.add_column(words["cell"], no_wrap=True)
    table.add_column(words["value"], max_width=24, overflow="fold")
    table.add_column(words["problem"], ratio=3)
    table.add_column(words["hint"], ratio=2, style="italic")
    for issue in issues:
        style = _STYLE[issue.severity]
        table.add_row(
            Text(_MARK[issue.severity], style=style),
            issue.location,
            Text(issue.value or "", style="cyan"),
            Text(issue.message(lang), style=style if issue.severity != "notice" else ""),
            issue.hint(lang),
            style="dim" if issue.severity == "notice" else None,
        )
    return table


def _verdict(path: str, issues: list[Issue], lang: Lang) -> Text:
    words = _WORDS[lang]
    counts = Counter(i.severity for i in issues)
    tally = ", ".join(f"{counts[s]:,} {words[s]}" for s in ("error", "warning", "notice") if counts[s])
    for issue in issues:
        if issue.code == "file-unreadable":
            return Text(f"✗ {issue.line(lang)}", style="bold red")
    if counts["error"]:
        return Text(f"✗ {path}: {words['bad']} ({tally})", style="bold red")
    return Text(f"✓ {path}: {words['ok']}" + (f" ({tally})" if tally else ""), style="bold green")


def file_verdicts(result: Validation, lang: Lang = "th") -> list[tuple[str, bool, str]]:
    """Each input file's verdict as validate prints it last: (path, whether it can be used, the line)."""
    verdicts = []
    for path in _files_in_order(result, result.issues):
        file_issues = [i for i in result.issues if i.file == path]
        line = _verdict(path, file_issues, lang).plain
        verdicts.append((path, not any(i.severity == "error" for i in file_issues), line))
    return verdicts
