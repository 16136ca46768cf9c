"""HTML: one self-contained report to send around (a LINE message, an e-mail) that opens offline.

The national line as ``summarize`` prints it, the chart of the provinces (and of the trend, of the
assistance statistics and of those by round, when there are any), the annex list of lagging
provinces, the full table, each input file's verdict, and the as-of date and sources. Everything is
inline: the CSS with Sarabun as a data URI (so the browser shapes the Thai of the charts' text, which
stays text), the charts as SVG. Nothing is loaded from the network and no script runs; a print
stylesheet lays it out on A4.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack import catalog
from centertrack.annex import build_annex, carried_remark
from centertrack.reports import chart, drawing
from centertrack.reports.labels import header, one_line
from centertrack.reports.terminal import centers, national_line
from centertrack.reports.trend_chart import statistics_trend_chart, trend_chart
from centertrack.reports.validation import file_verdicts

if TYPE_CHECKING:
    from centertrack.indicators import Indicator
    from centertrack.issues import Lang
    from centertrack.progress import Summary
    from centertrack.runner import Validation
    from centertrack.trends import StatisticsTrend, Trend

_CSS = """
@font-face{font-family:Sarabun;font-weight:400;src:url(data:font/ttf;base64,@REGULAR@) format("truetype")}
@font-face{font-family:Sarabun;font-weight:700;src:url(data:font/ttf;base64,@BOLD@) format("truetype")}
html{font-family:Sarabun,sans-serif;font-size:15px;line-height:1.5;color:#212121;background:#fff}
body{max-width:60rem;margin:0 auto;padding:1.2rem}
h1{font-size:1.45rem;margin:0 0 .3rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:2px solid #2e7d32}
.national{font-size:1.05rem;font-weight:700;background:#f1f8e9;padding:.5rem .8rem;
border-left:4px solid #2e7d32}
figure{margin:0}
figure svg{display:block;width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #bdbdbd;padding:.1rem .45rem;vertical-align:top}
th{background:#eeeeee}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.lagging td.name{color:#b71c1c}
.carried{color:#616161;font-size:.85em}
tfoot td{font-weight:700}
.verdicts li{margin:.2rem 0}
.ok{color:#1b5e20}
.bad{color:#b71c1c;font-weight:700}
.sheets{color:#616161;font-size:.85rem}
footer{margin-top:1.6rem;color:#616161;font-size:.85rem}
@page{size:A4;margin:12mm}
@media print{
html{font-size:11pt}
body{max-width:none;padding:0}
section{break-inside:auto}
h2{break-after:avoid}
h1{font-size:15pt}
h2{margin-top:4mm}
#provinces figure svg{max-height:214mm}
#trend,#statistics,#assistance,#annex{break-before:page}
#statistics figure svg{max-height:255mm}
tr{break-inside:avoid}
thead{display:table-header-group}
tfoot{display:table-row-group}
}
"""


@dataclass(frozen=True)
class _Words:
    """The report's words in its language, escaped for HTML."""

    lang: Lang

    def __call__(self, key: str, **values: object) -> str:
        return escape(catalog.say(key, self.lang, **values))

    def head(self, key: str) -> str:
        return escape(one_line(header(key, self.lang), self.lang))

    def name(self, name_th: str, name_en: str) -> str:
        """A province's name: Thai, and in English the English name beside it."""
        return self("name-both", name=name_th, name_en=name_en)


def _css() -> str:
    """The stylesheet, with the fonts the charts are drawn with (Regular, Bold) as data URIs."""
    regular, bold = (base64.b64encode(Path(f).read_bytes()).decode("ascii") for f in drawing.font_files())
    return _CSS.replace("@REGULAR@", regular).replace("@BOLD@", bold)


_XML_HEAD = re.compile(r"\A.*?(?=<svg\b)", re.S)
_SIZE = re.compile(r'(<svg\b[^>]*?) width="[\d.]+pt" height="[\d.]+pt"')


_IDS = re.compile(r'(\bid="|url\(#|xlink:href="#)')


def inline_svg(svg: bytes, label: str, prefix: str) -> str:
    """An SVG file as an element of the page: no XML prolog, sized by the page, named for readers,
    its ids (matplotlib numbers them from 1 in each figure) prefixed to be unique in the page."""
    text = _XML_HEAD.sub("", svg.decode("utf-8"), count=1)
    text = _SIZE.sub(r"\1", text, count=1)
    text = _IDS.sub(lambda m: f"{m.group(1)}{prefix}-", text)
    return text.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


def report_html(
    summary: Summary,
    lang: Lang = "th",
    validation: Validation | None = None,
    trend: Trend | None = None,
    province_name: str | None = None,
    statistics: StatisticsTrend | None = None,
) -> bytes:
    """The report as UTF-8 bytes; the same inputs give the same bytes."""
    words = _Words(lang)
    indicator = summary.indicator
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{words('report-title', id=indicator.id)}</title>",
        f"<style>{_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{words('indicator-title', id=indicator.id, name=indicator.name(lang))}</h1>",
        f'<p class="national">{escape(national_line(summary, lang))}</p>',
        "</header>",
    ]
    if any(p.known for p in summary.provinces):  # registers of requests alone say nothing of centers
        provinces_svg = chart.provinces_chart(summary, "svg", lang, text_as_text=True)
        parts += _figure("provinces", words("report-provinces"), provinces_svg)
    if trend is not None and trend.points:
        trend_svg = trend_chart(trend, "svg", lang, province_name=province_name, text_as_text=True)
        parts += _figure("trend", words("report-trend"), trend_svg)
    if summary.statistics is not None:
        statistics_svg = chart.statistics_chart(summary, "svg", lang, text_as_text=True)
        parts += _figure("statistics", words("report-statistics"), statistics_svg)
    if statistics is not None and statistics.points:
        rounds_svg = statistics_trend_chart(
            statistics, "svg", lang, province_name=province_name, text_as_text=True
        )
        parts += _figure("assistance", words("report-assistance"), rounds_svg)
    parts += _annex(summary, words)
    parts += _table(summary, words)
    if validation is not None:
        parts += _validation(validation, lang, words)
    parts += _footer(summary, validation, words)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts).encode("utf-8")


def _figure(anchor: str, title: str, svg: bytes) -> list[str]:
    return [
        f'<section id="{anchor}">',
        f"<h2>{title}</h2>",
        f"<figure>{inline_svg(svg, title, anchor)}</figure>",
        "</section>",
    ]


_ANNEX_KEYS = ("no", "province_th", "total", "established", "remaining")


def _annex(summary: Summary, words: _Words) -> list[str]:
    annex = build_annex(summary, "progress")
    lines = ['<section id="annex">', f"<h2>{words('report-annex', n=len(annex.rows))}</h2>"]
    if not annex.rows:  # all done, or nothing known of centers (registers of requests alone)
        said = words("report-no-annex") if centers(summary) else words("report-no-centers")
        return [*lines, f"<p>{said}</p>", "</section>"]
    lines += [
        "<table>",
        "<thead><tr>"
        + "".join(
            f"<th>{words.head(k)}</th>" for k in ("no", "province_th", "total", "established", "remaining")
        )
        + "</tr></thead>",
        "<tbody>",
    ]
    carried = {p.code: escape(carried_remark(p, words.lang)) for p in summary.provinces if p.carried_from}
    for row in annex.rows:
        name = words.name(row.name_th, row.name_en)
        if row.code in carried:  # a stored round's province that sent nothing in it
            name += f' <span class="carried">{carried[row.code]}</span>'
        lines.append(
            f'<tr><td class="n">{row.no}</td><td>{name}</td>'
            f'<td class="n">{row.total:,}</td><td class="n">{row.established:,}</td>'
            f'<td class="n">{row.remaining:,}</td></tr>'
        )
    total, established, remaining = annex.totals
    lines += [
        "</tbody>",
        f'<tfoot><tr><td></td><td>{words("total-row")}</td><td class="n">{total:,}</td>'
        f'<td class="n">{established:,}</td><td class="n">{remaining:,}</td></tr></tfoot>',
        "</table>",
        "</section>",
    ]
    return lines


def _table(summary: Summary, words: _Words) -> list[str]:
    statistics = summary.statistics
    keys = ["no", "province_th", "total", "established", "remaining", "percent"]
    if statistics is not None:
        keys += ["received", "assisted"]
    keys.append("status")
    lines = [
        '<section id="table">',
        f"<h2>{words('report-table')}</h2>",
        "<table>",
        "<thead><tr>" + "".join(f"<th>{words.head(k)}</th>" for k in keys) + "</tr></thead>",
        "<tbody>",
    ]
    for no, p in enumerate(summary.provinces, 1):
        numbers = (
            (f"{p.established:,}", f"{p.remaining:,}", f"{p.percent:.2f}") if p.known else ("—", "—", "—")
        )
        cells = [f'<td class="n">{no}</td>', f'<td class="name">{words.name(p.name_th, p.name_en)}</td>']
        cells += [f'<td class="n">{n}</td>' for n in (f"{p.total:,}", *numbers)]
        if statistics is not None:
            stats = p.statistics
            values = (f"{stats.received:,}", f"{stats.assisted:,}") if stats else ("", "")
            cells += [f'<td class="n">{v}</td>' for v in values]
        short = "unknown-short" if p.status == "unknown" else p.status
        status = words(f"status-{short}") + (f" ⚠ {words('flagged-short')}" if p.flagged else "")
        if p.carried_from is not None:  # a stored round's province that sent nothing in it
            status += f' <span class="carried">{escape(carried_remark(p, words.lang))}</span>'
        cells.append(f"<td>{status}</td>")
        lines.append(f'<tr class="{p.status}">{"".join(cells)}</tr>')
    totals = [f"{n:,}" for n in (summary.total, summary.established, summary.remaining)]
    totals.append(f"{summary.percent:.2f}")
    foot = [f"<td></td><td>{words('total-row')}</td>"]
    foot += [f'<td class="n">{n}</td>' for n in (totals if centers(summary) else ["—"] * 4)]
    if statistics is not None:
        foot += [f'<td class="n">{statistics.received:,}</td>', f'<td class="n">{statistics.assisted:,}</td>']
    foot.append("<td></td>")
    lines += ["</tbody>", f"<tfoot><tr>{''.join(foot)}</tr></tfoot>", "</table>", "</section>"]
    return lines


def _validation(result: Validation, lang: Lang, words: _Words) -> list[str]:
    lines = ['<section id="validation">', f"<h2>{words('report-validation')}</h2>", '<ul class="verdicts">']
    for path, ok, line in file_verdicts(result, lang):
        sheets = "; ".join(
            words("report-sheet", sheet=s.sheet, rows=s.rows)
            + (words("report-sheet-as-of", date=s.as_of.isoformat()) if s.as_of else "")
            for s in result.sheets
            if s.path == path
        )
        detail = f'<br><span class="sheets">{sheets}</span>' if sheets else ""
        lines.append(f'<li class="{"ok" if ok else "bad"}">{escape(line)}{detail}</li>')
    return [*lines, "</ul>", "</section>"]


def _letters(indicator: Indicator, lang: Lang) -> str:
    """The letters the targets come from (indicators.toml's ``letter``), the founding one with its date
    as the report's language cites it."""
    parts = []
    for number in (part.strip() for part in indicator.letter.split(";")):
        if number == indicator.letter_number and indicator.letter_date is not None:
            number = catalog.say("report-letter-dated", lang, number=number, date=indicator.letter_date)
        parts.append(number)
    return "; ".join(parts)


def _footer(summary: Summary, validation: Validation | None, words: _Words) -> list[str]:
    as_of = words("report-as-of", date=summary.as_of) if summary.as_of else words("report-no-date")
    files = sorted({s.path for s in validation.sheets}) if validation is not None else []
    sources = words("report-sources", files=files) if files else ""
    reference = words("report-reference", letter=_letters(summary.indicator, words.lang))
    return [f"<footer><p>{as_of}. {sources}{reference}. {words('report-made')}.</p></footer>"]
