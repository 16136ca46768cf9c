"""The writers: one table, keyed by what is written (a model's kind) and the file's suffix.

A command or the web page asks here which suffixes a kind can be written as, and writes one with
``render``; a new output format is one row of ``WRITERS`` and its function. Each writer is imported
when used: openpyxl, python-docx and matplotlib each take a large part of a second to import.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Literal

Kind = Literal[
    "summary",
    "details",
    "annex",
    "chart",
    "statistics-chart",
    "trend-chart",
    "statistics-trend-chart",
    "report",
    "export",
    "letter",
    "round",
]


@dataclass(frozen=True, slots=True)
class Writer:
    kind: Kind
    suffix: str  # ".xlsx"
    target: str  # "module:function", the function taking the model first and returning bytes or str

    def function(self) -> Any:
        module, _, name = self.target.partition(":")
        return getattr(import_module(module), name)


_R = "centertrack.reports."
WRITERS: tuple[Writer, ...] = (
    Writer("summary", ".csv", _R + "csv:summary_csv"),
    Writer("summary", ".json", _R + "json:summary_json"),
    Writer("summary", ".xlsx", _R + "xlsx:summary_xlsx"),
    Writer("details", ".csv", _R + "csv:details_csv"),
    Writer("details", ".json", _R + "json:details_json"),
    Writer("annex", ".xlsx", _R + "xlsx:annex_xlsx"),
    Writer("annex", ".docx", _R + "docx:annex_docx"),
    Writer("annex", ".csv", _R + "csv:annex_csv"),
    Writer("annex", ".md", _R + "markdown:annex_markdown"),
    Writer("annex", ".json", _R + "json:annex_json"),
    *(Writer("chart", s, _R + "chart:provinces_chart") for s in (".png", ".svg", ".pdf")),
    *(Writer("statistics-chart", s, _R + "chart:statistics_chart") for s in (".png", ".svg", ".pdf")),
    *(Writer("trend-chart", s, _R + "trend_chart:trend_chart") for s in (".png", ".svg", ".pdf")),
    *(
        Writer("statistics-trend-chart", s, _R + "trend_chart:statistics_trend_chart")
        for s in (".png", ".svg", ".pdf")
    ),
    Writer("report", ".html", _R + "html:report_html"),
    Writer("letter", ".docx", _R + "letter_docx:letter_docx"),
    Writer("export", ".xlsx", _R + "history_export:export_xlsx"),
    Writer("export", ".csv", _R + "history_export:export_csv"),
    Writer("round", ".json", _R + "round:round_json"),
    Writer("round", ".html", _R + "round:round_index"),
)


def suffixes(kind: Kind) -> tuple[str, ...]:
    """The suffixes ``kind`` can be written as, in the table's order."""
    return tuple(w.suffix for w in WRITERS if w.kind == kind)


def writer(kind: Kind, suffix: str) -> Writer | None:
    suffix = suffix.lower()
    return next((w for w in WRITERS if w.kind == kind and w.suffix == suffix), None)


def render(kind: Kind, suffix: str, model: Any, /, **options: Any) -> bytes:
    """``model`` written as ``suffix``: each writer is given the options it takes (``lang``, ``keys``,
    ``digits``…; a chart's format from the suffix), and text comes back as UTF-8 bytes."""
    found = writer(kind, suffix)
    if found is None:
        raise KeyError((kind, suffix))
    function = found.function()
    taken = inspect.signature(function).parameters
    given = {"fmt": suffix.lower().lstrip("."), **options}
    result = function(model, **{k: v for k, v in given.items() if k in taken})
    return result.encode("utf-8") if isinstance(result, str) else bytes(result)
