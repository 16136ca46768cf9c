"""Markdown: the annex for people (README, issue, chat): heading lines, a pipe table, the footer line."""

from __future__ import annotations

from centertrack.annex import Annex

_RULE = {"left": ":---", "center": ":---:", "right": "---:"}


def _escape(text: str) -> str:
    # A pipe would end the cell and a newline the row.
    return text.replace("|", "\\|").replace("\r\n", " ").replace("\n", " ")


def _row(texts: tuple[str, ...] | list[str]) -> str:
    return "| " + " | ".join(_escape(text) for text in texts) + " |"


def annex_markdown(annex: Annex) -> str:
    lines: list[str] = []
    for i, title in enumerate(annex.title_lines):
        lines += [f"## {_escape(title)}" if i == 0 else f"**{_escape(title)}**", ""]
    lines.append(_row(annex.headers()))
    lines.append("|" + "|".join(_RULE[column.align] for column in annex.columns) + "|")
    rows = [annex.texts(cells) for cells in annex.body]
    if annex.total_cells is not None:
        # Markdown has no bold row: bold each non-empty cell of the รวม row.
        rows[-1] = tuple(f"**{text}**" if text else "" for text in rows[-1])
    lines += [_row(texts) for texts in rows]
    if annex.footer:
        lines += ["", annex.footer]
    return "\n".join(lines) + "\n"
