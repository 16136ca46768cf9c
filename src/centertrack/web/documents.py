"""The round's documents as the page serves them, each made the one way the operations make it: the
annex, summary, report and chart through the writers' table, the letters by operations/letters.py, each
feedback copy by operations/feedback.py, and the office's own file as the store keeps its bytes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.reports.registry import render as render_with

if TYPE_CHECKING:
    from centertrack.catalog import Lang
    from centertrack.history.intake import Kept
    from centertrack.operations.rounds import Round
    from centertrack.operations.stores import Db

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


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def letter(round_: Round, code: str | None) -> bytes | None:
    """The round's circular (``code`` None) or a lagging province's own letter, as .docx, made by
    operations/letters.py with the settings' sender and today's date (None: no such letter, no
    province lags)."""
    from centertrack.operations.letters import LetterSettings, file_name, letters

    names = {p.code: p.name_en for p in round_.summary.lagging}
    if code is not None and code not in names:
        return None
    per_province = Path("letters")
    circular = Path("letter.docx")
    found = letters(round_, LetterSettings(), None if code else circular, per_province if code else None)
    wanted = circular if code is None else per_province / file_name(code, names[code])
    return next((found.render(each) for target, each in found.files if target == wanted), None)


def short(sha256: str) -> str:
    """A kept file's part of its address: the start of its sha256, unique within a round."""
    return sha256[:12]


def kept(db: Db, period: str, part: str) -> Kept | None:
    """The round's kept file whose address part is ``part``."""
    from centertrack.operations.history import kept_files

    return next((k for k in kept_files(period, db) if short(k.sha256) == part), None)


def original(db: Db, file: Kept) -> bytes | None:
    """The office's own file, its bytes as they came."""
    from centertrack.operations.history import kept_file

    found = kept_file(file.sha256, db)
    return found[1] if found is not None else None


def feedback_copy(db: Db, file: Kept, lang: Lang) -> tuple[str, bytes] | None:
    """The feedback copy of a kept file, every problem at its cell, made by operations/feedback.py from
    its bytes (in a folder of its own, removed after): its name and bytes (None: it has no problem)."""
    import tempfile

    from centertrack.operations.feedback import feedback

    data = original(db, file)
    if data is None:
        return None
    with tempfile.TemporaryDirectory(prefix="centertrack-feedback-") as folder:
        sent = Path(folder) / "in" / Path(file.name).name
        sent.parent.mkdir()
        sent.write_bytes(data)
        copies = feedback([sent], Path(folder) / "out", lang)
        return next(((path.name, path.read_bytes()) for _, path in copies.written), None)


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
