"""Terminal: rich tables for people (rich measures Thai width right: vowel and tone marks take no cell).

The annex, the progress summary with its national line, and the districts or LAOs of detail sheets;
the validation report is in reports/validation.py (imported here too, for callers of old).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from centertrack import catalog
from centertrack.annex import Annex, carried_remark
from centertrack.catalog import Said
from centertrack.issues import Lang, clip
from centertrack.reports.labels import header, one_line, status
from centertrack.reports.validation import validation_report  # its old home: imported from here too
from centertrack.reports.visible import shown

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Places


def annex_table(annex: Annex) -> Table:
    # As wide as the longest title line, so that a narrow list does not break the heading mid-word.
    width = max((cell_len(line) for line in annex.title_lines), default=0)
    title = shown("\n".join(annex.title_lines)) if annex.title_lines else None
    table = Table(title=title, caption=shown(annex.footer) if annex.footer else None, min_width=width)
    for column in annex.columns:
        table.add_column(column.header(multiline=True), justify=column.align, overflow="fold")
    for cells in annex.body[: len(annex.rows)]:
        # A preview: a long remark is quoted, not printed; the remarks are the office's own text.
        table.add_row(*(shown(clip(text)) for text in annex.texts(cells)))
    if annex.total_cells is not None:
        table.add_section()
        table.add_row(*map(shown, annex.texts(annex.total_cells)), style="bold")
    return table


def centers(summary: Summary) -> bool:
    """Whether the round has figures of centers: registers of requests alone have none."""
    return any(p.known for p in summary.provinces)


def national_line(summary: Summary, lang: Lang = "th") -> str:
    """The one line an analyst reads first: coverage, totals, deadline and days left."""
    indicator = summary.indicator
    # Provinces known only from a register of requests count as reported but cover none of the target.
    registers_only = sum(not p.known for p in summary.provinces)
    # A stored round counts the provinces that did not report in it as of their latest report.
    number = summary.provinces_carried
    reported = len(summary.provinces)
    carried = Said("coverage-carried", {"reported": reported - number, "carried": number}) if number else ""
    # Of part of the target, the share is of what the reports cover and of the whole target: both.
    covered, whole = f"{summary.percent:.2f}", f"{summary.percent_of_target:.2f}"
    share = (
        Said("share-covered-and-target", {"covered": covered, "target": whole})
        if summary.partial
        else Said("share-percent", {"covered": covered})
    )
    line = catalog.say(
        "national" if centers(summary) else "national-no-centers",
        lang,
        reported=reported,
        expected=summary.provinces_expected,
        carried=carried,
        only=Said("national-registers-only", {"count": registers_only}) if registers_only else "",
        covered=summary.total,
        target=indicator.target,
        unit=Said(f"unit-{indicator.target_per_province}"),
        established=summary.established,
        remaining=summary.remaining,
        share=share,
        deadline=indicator.deadline,
    )
    days = summary.days_left
    if summary.as_of is not None and days is not None:
        key = "national-days-left" if days >= 0 else "national-days-past"
        line += catalog.say(key, lang, as_of=summary.as_of, days=abs(days))
    if (stats := summary.statistics) is not None:
        line += catalog.say(
            "national-statistics",
            lang,
            received=stats.received,
            assisted=stats.assisted,
            share=stats.share_assisted,
            referred=stats.referred,
            pending=stats.pending,
        )
    return line


class _Fitted:
    """A table drawn with one-line headers where it fits the width, else with its headers broken where
    the catalogue breaks them (Thai has no space for rich to wrap at: it would fold "ยังไม่ได้จัดตั้|ง").
    (Sent to a file or a pipe, the width is unlimited and nothing is measured twice.)"""

    def __init__(self, table: Table, broken: dict[str, str]) -> None:
        self.table = table
        self.broken = broken  # each one-line header and its broken form

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table
        if options.max_width < 1000 and table.__rich_measure__(console, options).maximum > options.max_width:
            for column in table.columns:
                if isinstance(column.header, str):
                    column.header = self.broken.get(column.header, column.header)
        yield table


# The summary's columns: the JSON's keys, whose headers the catalogue has (the Thai names' own first).
_SUMMARY_KEYS = ("no", "thai-names", "name_en", "total", "established", "remaining", "percent")
_STATISTICS_KEYS = ("received", "assisted", "share_assisted")
_COUNTS = ("total", "established", "remaining", "percent")


def summary_table(summary: Summary, lang: Lang = "th") -> RenderableType:
    broken = {key: header(key, lang) for key in (*_SUMMARY_KEYS, *_STATISTICS_KEYS, "status")}
    head = {key: one_line(text, lang) for key, text in broken.items()}
    title = catalog.say("indicator-title", lang, id=summary.indicator.id, name=summary.indicator.name(lang))
    # The title above the table, not in it: a table's title wraps at the table's width, mid-phrase.
    table = Table(show_footer=True, header_style="bold")
    # Every column folds where the width ends (Thai has no spaces to wrap at): never cut to "…".
    statistics = summary.statistics
    # Registers of requests alone say nothing of centers: a dash, as on their rows, not a total of zeros.
    counts = (summary.total, summary.established, summary.remaining)
    sums = [f"{n:,}" for n in counts] + [f"{summary.percent:.2f}"] if centers(summary) else ["—"] * 4
    columns: list[tuple[str, JustifyMethod, str]] = [
        ("no", "right", ""),
        ("thai-names", "left", catalog.say("total-row", lang)),
        ("name_en", "left", ""),
    ]
    columns += [(key, "right", text) for key, text in zip(_COUNTS, sums, strict=True)]
    if statistics is not None:  # 4.1 is judged also by the assistance given
        columns += [
            ("received", "right", f"{statistics.received:,}"),
            ("assisted", "right", f"{statistics.assisted:,}"),
            ("share_assisted", "right", f"{statistics.share_assisted:.2f}"),
        ]
    for key, justify, footer in [*columns, ("status", "left", "")]:
        table.add_column(head[key], overflow="fold", justify=justify, footer=footer)
    for no, p in enumerate(summary.provinces, 1):
        style = {"lagging": "yellow", "complete": "green"}.get(p.status, "dim")
        state = Text(status(p.status, lang), style=style)
        if p.flagged:
            state.append(" ⚠ " + catalog.say("flagged-short", lang), style="bold red")
        if p.carried_from is not None:
            state.append(f" · {carried_remark(p, lang)}", style="dim")
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
        table.add_row(*cells, state)
    # A target the detail cannot reach (Bueng Kan: 60 LAOs in FY2561, 58 left after mergers) is explained.
    notes = [
        shown(f"{issue.message(lang)}: {issue.hint(lang)}", style="dim")
        for issue in summary.issues
        if issue.code == "reference-changed"
    ]
    # Only a header with no space to wrap at is broken by hand (Thai's); rich wraps the others itself.
    fitted = _Fitted(table, {head[key]: broken[key] for key in broken if " " not in head[key]})
    return Group(
        Text(title, style="italic"), fitted, Text(national_line(summary, lang), style="bold"), *notes
    )


# The columns of the districts or LAOs, and the key of each one's header.
_DETAIL_HEADS = {
    "province": "province_th",
    "code": "detail-code",
    "name": "detail-name_th",
    "district": "district_th",
    "set_up": "detail-established",
    "since": "since",
    "location": "location",
    "received": "received",
    "assisted": "assisted",
}


def details_table(places: Places, lang: Lang = "th") -> Table:
    """Each district or LAO as its sheet reports it (summarize --by district|lao)."""
    details = places.details
    head = {key: one_line(catalog.say(f"head-{name}", lang), lang) for key, name in _DETAIL_HEADS.items()}
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
    yes, no, no_row = (catalog.say(key, lang) for key in ("yes", "no", "no-row"))
    for d in details:
        stats = d.statistics
        values: dict[str, str | Text] = {
            "province": d.province.name_th,
            "code": shown(d.code),
            "name": shown(d.name_th),
            "district": shown(d.district_th),
            "set_up": Text(yes, style="green")
            if d.established
            else Text(no if d.reported else no_row, style="yellow"),
            # As the sheets write it in Thai (12/3/61, Buddhist era); the JSON and CSV keep ISO dates.
            "since": catalog.dates.say_date(d.since, lang, "numeric") if d.since else "",
            "location": shown(d.location),
            "received": f"{stats.received:,}" if stats else "",
            "assisted": f"{stats.assisted:,}" if stats else "",
        }
        table.add_row(*(values[key] for key in keys))
    return table


__all__ = ["annex_table", "details_table", "national_line", "summary_table", "validation_report"]
