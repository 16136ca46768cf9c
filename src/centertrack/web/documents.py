"""The round's documents as the page serves them, each rendered through the writers' table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.reports.registry import render as render_with

if TYPE_CHECKING:
    from centertrack.catalog import Lang
    from centertrack.operations.rounds import Round

# The address's last part: what it is, and the media type it is served as.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "annex.xlsx": ("web-annex-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "annex.docx": (
        "web-annex-docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "summary.xlsx": ("web-summary-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "report.html": ("web-report-html", "text/html; charset=utf-8"),
    "chart.png": ("web-chart-png", "image/png"),
}


def render(name: str, round_: Round, lang: Lang) -> tuple[bytes, str]:
    """The document ``name`` of the round, and its media type."""
    from centertrack.operations.documents import annex, chart_of_round

    media = DOCUMENTS[name][1]
    summary = round_.summary
    if name.startswith("annex."):
        return render_with("annex", name[5:], annex(summary)), media
    if name == "summary.xlsx":
        return render_with("summary", ".xlsx", summary, lang=lang), media
    if name == "report.html":
        trend, statistics = round_.trend, round_.statistics
        return render_with("report", ".html", summary, lang=lang, trend=trend, statistics=statistics), media
    kind, drawn = chart_of_round(round_)
    return render_with(kind, ".png", drawn, lang=lang), media


_DRAWN: dict[tuple[object, ...], str] = {}  # the trend as last drawn, by what it shows
_KEPT = 64


def trend_svg(round_: Round, lang: Lang) -> str:
    """The trend of the rounds up to this one, as SVG to put inline (its XML prologue left out). Drawing
    takes matplotlib ~170 ms and the points a few: a trend drawn once is kept until its points change."""
    trend = round_.trend
    if trend is None or not trend.points:
        return ""
    key = (trend.indicator.id, trend.province, trend.points, lang)
    if key not in _DRAWN:
        svg = render_with("trend-chart", ".svg", trend, lang=lang).decode("utf-8")
        if len(_DRAWN) >= _KEPT:
            _DRAWN.pop(next(iter(_DRAWN)))
        _DRAWN[key] = svg[svg.find("<svg") :]
    return _DRAWN[key]


def font_folder() -> Path:
    """Sarabun's files, served from the installed fontpkg-sarabun (never copied into the package)."""
    import fontpkg_sarabun

    return Path(fontpkg_sarabun.ROOT) / "files"
