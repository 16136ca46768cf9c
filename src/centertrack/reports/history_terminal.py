"""Terminal tables of the history store: its reports, one round, the trend with its sparkline, what
changed between two rounds (falls in red), and who has not reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack.issues import Lang
from centertrack.reference import load_reference
from centertrack.reports.visible import shown as plain
from centertrack.reports.visible import visible

if TYPE_CHECKING:
    from pathlib import Path

    from centertrack.history.queries import Diff, Missing, Round, StoredReport
    from centertrack.trends import Trend

SPARKS = "▁▂▃▄▅▆▇█"


def spark(value: int, low: int, high: int) -> str:
    """One bar of a sparkline: ``value`` between the series' lowest and highest."""
    if high <= low:
        return SPARKS[-1] if high else SPARKS[0]
    return SPARKS[round((value - low) * (len(SPARKS) - 1) / (high - low))]


def sparkline(values: list[int]) -> str:
    low, high = min(values, default=0), max(values, default=0)
    return "".join(spark(v, low, high) for v in values)


def _words(lang: Lang, th: str, en: str) -> str:
    return th if lang == "th" else en


def reports_table(found: list[StoredReport], path: Path, lang: Lang = "th") -> RenderableType:
    where = plain(_words(lang, f"คลังประวัติ: {path}", f"history store: {path}"), style="bold", lines=False)
    if not found:
        return Group(where, Text(_words(lang, "ยังไม่มีรายงาน", "no reports stored yet")))
    table = Table(header_style="bold")
    for head in ("#", _words(lang, "รอบ", "round"), _words(lang, "ณ วันที่", "as of"), "ind.",
                 _words(lang, "ระดับ", "level"), _words(lang, "ไฟล์", "file"), _words(lang, "จังหวัด", "prov."),
                 _words(lang, "แทนที่โดย", "superseded by")):  # fmt: skip
        # A long file name folds onto more lines, never cut to "…": it is what the user looks for.
        table.add_column(head, justify="right" if head == "#" else "left", overflow="fold")
    for r in found:
        name = plain(f"{r.file} ({r.sheet})" + (" ⚠" if r.with_errors else ""), lines=False)
        table.add_row(
            str(r.id), r.period, r.as_of or "—", r.indicator, r.level, name, str(len(r.provinces)),
            f"#{r.superseded_by}" if r.superseded_by else "",
        )  # fmt: skip
    return Group(where, table)


def round_view(shown: Round, lang: Lang = "th") -> RenderableType:
    parts: list[RenderableType] = []
    for report, numbers, issues in shown.reports:
        when = _words(lang, "ณ วันที่", "as of")
        head = visible(
            f"#{report.id} {report.file} ({report.sheet}), {report.indicator}, {when} {report.as_of or '—'}",
            lines=False,
        )
        if report.superseded_by:
            head += _words(
                lang, f"; ถูกแทนที่โดย #{report.superseded_by}", f"; superseded by #{report.superseded_by}"
            )
        if report.with_errors:
            head += _words(lang, "; มีข้อผิดพลาด", "; stored with errors")
        parts.append(Text(head, style="bold"))
        table = Table(header_style="bold")
        heads = (
            ("จังหวัด", "province"),
            ("ทั้งหมด", "total"),
            ("จัดตั้งแล้ว", "established"),
            ("ยังไม่ได้จัดตั้ง", "remaining"),
            ("หมายเหตุ", "remarks"),
        )
        for th, en in heads:
            table.add_column(
                _words(lang, th, en), justify="left" if en in ("province", "remarks") else "right"
            )
        for item in numbers:
            table.add_row(
                item.entry.province.label(lang), f"{item.entry.total:,}", f"{item.entry.established:,}",
                f"{item.entry.remaining:,}", plain(item.entry.remarks),
            )  # fmt: skip
        parts.append(table)
        counts: dict[str, int] = {}
        for _, severity, _ in issues:
            counts[severity] = counts.get(severity, 0) + 1
        if counts:
            parts.append(Text(", ".join(f"{n} {s}(s)" for s, n in sorted(counts.items())), style="dim"))
    return Group(*parts)


def trend_table(trend: Trend, lang: Lang = "th") -> RenderableType:
    """The rounds as plain aligned text, a bar of the sparkline on each row and the whole line below:
    a ten-year store has 120 rows, which a rich table takes a good part of a second to lay out."""
    points = trend.points
    if trend.province is not None:
        title = f"{trend.indicator.id}: {load_reference().by_code[trend.province].label(lang)}"
    else:
        title = f"{trend.indicator.id}: {trend.indicator.name(lang)}"
    heads = (
        ("รอบ", "round"), ("ณ วันที่", "as of"), ("ทั้งหมด", "total"), ("จัดตั้งแล้ว", "established"),
        ("ยังไม่ได้จัดตั้ง", "remaining"), ("ร้อยละ", "%"), ("", ""), ("รายงาน", "reported"), ("ยกมา", "carried"),
    )  # fmt: skip
    values = [p.established for p in points]
    low, high = min(values, default=0), max(values, default=0)
    rows = [[_words(lang, th, en) for th, en in heads]]
    for p in points:
        rows.append(
            [
                p.period, p.as_of.isoformat() if p.as_of else "—", f"{p.total:,}", f"{p.established:,}",
                f"{p.remaining:,}", f"{p.percent:.2f}", spark(p.established, low, high),
                str(p.provinces_reported), str(p.provinces_carried),
            ]
        )  # fmt: skip
    widths = [max(cell_len(row[i]) for row in rows) for i in range(len(heads))]
    left = {0, 1, 6}
    text = Text(title + "\n", style="bold")
    for number, row in enumerate(rows):
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - cell_len(cell))
            text.append("  " if i else "")
            style = "bold" if number == 0 else "green" if i == 6 else ""
            text.append(cell + pad if i in left else pad + cell, style=style)
        text.append("\n")
        if number == 0:
            text.append("  ".join("─" * w for w in widths) + "\n")
    text.append(_words(lang, "จัดตั้งแล้ว ", "established ") + sparkline(values))
    return text


def diff_table(found: Diff, lang: Lang = "th") -> RenderableType:
    title = _words(lang, f"เปลี่ยนแปลง {found.start} → {found.end}", f"changes {found.start} → {found.end}")
    if not found.changes:
        return Text(title + _words(lang, ": ไม่มี", ": none"))
    table = Table(header_style="bold")
    for index, (th, en) in enumerate(
        (("จังหวัด", "province"), (found.start, found.start), (found.end, found.end), ("เปลี่ยน", "change"))
    ):
        table.add_column(_words(lang, th, en), justify="left" if index == 0 else "right")
    regressions = 0
    for c in found.changes:
        style = "bold red" if c.regression else ""
        regressions += c.regression
        change = "—" if c.change is None else f"{c.change:+,}"
        cells = [
            load_reference().by_code[c.code].label(lang),
            "—" if c.established_from is None else f"{c.established_from:,}",
            "—" if c.established_to is None else f"{c.established_to:,}",
            change + (_words(lang, " ลดลง", " fell") if c.regression else ""),
        ]
        table.add_row(*(Text(cell, style=style) for cell in cells))
    notes: list[RenderableType] = []
    if regressions:
        notes.append(
            Text(
                _words(
                    lang,
                    f"{regressions} จังหวัดจัดตั้งแล้วลดลง: ตรวจหมายเหตุ หรือสอบถามจังหวัด",
                    f"{regressions} province(s) went backwards: check their remarks, or ask the office",
                ),
                style="bold red",
            )
        )
    return Group(Text(f"{found.indicator.id}: {title}", style="bold"), table, *notes)


def missing_table(found: Missing, lang: Lang = "th") -> RenderableType:
    title = _words(
        lang,
        f"{len(found.provinces)} จังหวัดยังไม่ส่งรายงานรอบ {found.period} ({found.indicator.id})",
        f"{len(found.provinces)} province(s) have not reported for {found.period} ({found.indicator.id})",
    )
    table = Table(header_style="bold")
    table.add_column(_words(lang, "จังหวัด", "province"))
    table.add_column(_words(lang, "รายงานล่าสุด", "last report"))
    for code, last in found.provinces:
        table.add_row(load_reference().by_code[code].label(lang), last or _words(lang, "ไม่เคย", "never"))
    return Group(Text(title, style="bold"), table)
