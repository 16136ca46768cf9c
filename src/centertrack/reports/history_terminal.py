"""Terminal tables of the history store: its reports, one round, the trend with its sparkline, what
changed between two rounds (falls in red), and who has not reported."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack import catalog
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


def _words(key: str, lang: Lang, **params: object) -> str:
    return catalog.say(f"history-{key}", lang, **params)


def _period(period: str, lang: Lang) -> str:
    """A stored round (YYYY-MM) as a table's cell says it."""
    return catalog.say("round-of", lang, period=period)


def _day(day: str | None, lang: Lang) -> str:
    """A stored as-of date (ISO), or — for none."""
    return catalog.say("day", lang, date=day) if day else "—"


def file_name(stored: str) -> str:
    """A stored input's name without its folder; a zip's member as the zip's name, ``!`` and the
    member (older stores keep the path as ``add`` was given it, newer ones absolute)."""
    cut = stored.lower().find(".zip!")
    if cut >= 0:
        return PurePath(stored[: cut + 4]).name + stored[cut + 4 :]
    return PurePath(stored).name


# The names a lone sheet gets without anyone naming it: Excel's, Thai Excel's, a web page's first table.
_UNNAMED_SHEETS = frozenset({"sheet1", "แผ่นงาน1", "table1"})


def _said_by_its_file(sheet: str, stored: str) -> bool:
    """Whether a file's only sheet tells nothing its name does not: unnamed, or a CSV's (its stem)."""
    return sheet.casefold() in _UNNAMED_SHEETS or sheet == PurePath(file_name(stored)).stem


def reports_table(
    found: list[StoredReport], path: Path, lang: Lang = "th", paths: bool = False
) -> RenderableType:
    """One line per report on 80 columns: the file by its name (its folder with ``paths``), its sheet
    where it tells something (named, or one of several), the superseding report only where one is."""
    where = plain(_words("store", lang, path=path), style="bold", lines=False)
    if not found:
        return Group(where, Text(_words("empty", lang)))
    sheets: dict[str, set[str]] = {}
    for r in found:
        sheets.setdefault(r.file, set()).add(r.sheet)
    superseded = any(r.superseded_by for r in found)
    table = Table(header_style="bold", box=None, pad_edge=False, padding=(0, 1))
    heads = ("round", "as-of", "indicator", "level", "file", "provinces", *(("superseded",) * superseded))
    for head in ("#", *heads):
        # A long file name folds onto more lines, never cut to "…": it is what the user looks for.
        table.add_column(
            head if head == "#" else _words(head, lang),
            justify="right" if head in ("#", "provinces") else "left",
            overflow="fold",
            no_wrap=head != "file",
        )
    for r in found:
        name = r.file if paths else file_name(r.file)
        if len(sheets[r.file]) > 1 or not _said_by_its_file(r.sheet, r.file):
            name += f" ({r.sheet})"
        level = _words(f"level-{r.level}", lang)
        as_of = catalog.say("day-short", lang, date=r.as_of) if r.as_of else "—"
        cells: list[str | Text] = [
            str(r.id), _period(r.period, lang), as_of, r.indicator, level,
            plain(name + (" ⚠" if r.with_errors else ""), lines=False), str(len(r.provinces)),
        ]  # fmt: skip
        if superseded:
            cells.append(f"#{r.superseded_by}" if r.superseded_by else "")
        table.add_row(*cells)
    return Group(where, table)


def round_view(shown: Round, lang: Lang = "th") -> RenderableType:
    parts: list[RenderableType] = []
    for report, numbers, issues in shown.reports:
        when = f"{_words('as-of', lang)} {_day(report.as_of, lang)}"
        head = visible(
            f"#{report.id} {file_name(report.file)} ({report.sheet}), {report.indicator}, {when}", lines=False
        )
        if report.superseded_by:
            head += _words("superseded-by", lang, id=report.superseded_by)
        if report.with_errors:
            head += _words("with-errors", lang)
        parts.append(Text(head, style="bold"))
        table = Table(header_style="bold")
        for key in ("province", "total", "established", "remaining", "remarks"):
            table.add_column(_words(key, lang), justify="left" if key in ("province", "remarks") else "right")
        for item in numbers:
            table.add_row(
                item.entry.province.label(lang), f"{item.entry.total:,}", f"{item.entry.established:,}",
                f"{item.entry.remaining:,}", plain(item.entry.remarks),
            )  # fmt: skip
        parts.append(table)
        counts: dict[str, int] = {}
        for severity in (issue.severity for issue in issues):
            counts[severity] = counts.get(severity, 0) + 1
        if counts:  # as validate's verdict counts them: 1 error, 2 notices
            counted = ", ".join(catalog.say(f"issue-tally-{s}", lang, n=n) for s, n in sorted(counts.items()))
            parts.append(Text(counted, style="dim"))
    return Group(*parts)


def trend_table(trend: Trend, lang: Lang = "th") -> RenderableType:
    """The rounds as plain aligned text, a bar of the sparkline on each row and the whole line below:
    a ten-year store has 120 rows, which a rich table takes a good part of a second to lay out."""
    points = trend.points
    if trend.province is not None:
        title = f"{trend.indicator.id}: {load_reference().by_code[trend.province].label(lang)}"
    else:
        title = f"{trend.indicator.id}: {trend.indicator.name(lang)}"
    heads = ("round", "as-of", "total", "established", "remaining", "percent", "", "reported", "carried")
    values = [p.established for p in points]
    low, high = min(values, default=0), max(values, default=0)
    rows = [[_words(key, lang) if key else "" for key in heads]]
    for p in points:
        as_of = p.as_of.isoformat() if p.as_of else None
        rows.append(
            [
                _period(p.period, lang), _day(as_of, lang), f"{p.total:,}", f"{p.established:,}",
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
    text.append(_words("sparkline", lang) + sparkline(values))
    return text


def diff_table(found: Diff, lang: Lang = "th") -> RenderableType:
    start, end = _period(found.start, lang), _period(found.end, lang)
    title = _words("changes", lang, start=start, end=end)
    if not found.changes:
        return Text(title + _words("no-changes", lang))
    table = Table(header_style="bold")
    for index, head in enumerate((_words("province", lang), start, end, _words("change", lang))):
        table.add_column(head, justify="left" if index == 0 else "right")
    regressions = 0
    for c in found.changes:
        style = "bold red" if c.regression else ""
        regressions += c.regression
        change = "—" if c.change is None else f"{c.change:+,}"
        cells = [
            load_reference().by_code[c.code].label(lang),
            "—" if c.established_from is None else f"{c.established_from:,}",
            "—" if c.established_to is None else f"{c.established_to:,}",
            change + (_words("fell", lang) if c.regression else ""),
        ]
        table.add_row(*(Text(cell, style=style) for cell in cells))
    notes: list[RenderableType] = []
    if regressions:
        notes.append(Text(_words("regressions", lang, n=regressions), style="bold red"))
    return Group(Text(f"{found.indicator.id}: {title}", style="bold"), table, *notes)


def missing_table(found: Missing, lang: Lang = "th") -> RenderableType:
    period = _period(found.period, lang)
    title = _words("missing", lang, n=len(found.provinces), period=period, indicator=found.indicator.id)
    table = Table(header_style="bold")
    table.add_column(_words("province", lang))
    table.add_column(_words("last-report", lang))
    for code, last in found.provinces:
        table.add_row(
            load_reference().by_code[code].label(lang), _period(last, lang) if last else _words("never", lang)
        )
    return Group(Text(title, style="bold"), table)
