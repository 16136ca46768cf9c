"""Markdown: the annex for people (README, issue, chat): heading lines, a pipe table, the footer line."""

from __future__ import annotations

from centertrack.annex import Annex

_RULE = {"left": ":---", "center": ":---:", "right": "---:"}


# What a Markdown renderer would read as markup in a remark an office wrote: raw HTML (a <script>,
# an <img onerror=…>, as the HTML report escapes it too), links and pictures (a remote image loads
# when the annex is shown), emphasis and code; a pipe would end the cell, a line break the row.
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN = "\\`*_[]|!"


def _escape(text: str) -> str:
    text = "".join(_HTML.get(c, "\\" + c if c in _MARKDOWN else c) for c in text)
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _row(texts: tuple[str, ...] | list[str], bold: bool = False) -> str:
    cells = (f"**{_escape(text)}**" if bold and text else _escape(text) for text in texts)
    return "| " + " | ".join(cells) + " |"


def annex_markdown(annex: Annex) -> str:
    lines: list[str] = []
    for i, title in enumerate(annex.title_lines):
        lines += [f"## {_escape(title)}" if i == 0 else f"**{_escape(title)}**", ""]
    lines.append(_row(annex.headers()))
    lines.append("|" + "|".join(_RULE[column.align] for column in annex.columns) + "|")
    rows = [annex.texts(cells) for cells in annex.body]
    # Markdown has no bold row: each non-empty cell of the รวม row is bold.
    bold = len(rows) - 1 if annex.total_cells is not None else -1
    lines += [_row(texts, bold=number == bold) for number, texts in enumerate(rows)]
    if annex.footer:
        lines += ["", _escape(annex.footer)]
    return "\n".join(lines) + "\n"
