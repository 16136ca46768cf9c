"""Terminal: the annex as a rich table (rich measures Thai width right: vowel and tone marks take no cell)."""

from __future__ import annotations

from rich.table import Table

from centertrack.annex import Annex


def annex_table(annex: Annex) -> Table:
    table = Table(title="\n".join(annex.title_lines) or None, caption=annex.footer)
    for column in annex.columns:
        table.add_column(column.header(multiline=True), justify=column.align, overflow="fold")
    for cells in annex.body[: len(annex.rows)]:
        table.add_row(*annex.texts(cells))
    if annex.total_cells is not None:
        table.add_section()
        table.add_row(*annex.texts(annex.total_cells), style="bold")
    return table
