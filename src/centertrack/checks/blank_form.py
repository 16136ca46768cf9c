"""A form sent back as it was sent out: every cell to fill in is blank on every row.

One cause, one issue: such a form is one ``not-filled`` error, not an error on every row, nor a silent
0 %; and a column nobody filled in is derived (the province form's remaining), not wrong on each row.
"""

from __future__ import annotations

from centertrack.checks.context import Context
from centertrack.form import STATISTICS_COLUMNS, Cell, Form

# What an office fills in, by the form's level; a template prefills the rest.
_FILLED_IN: dict[str, tuple[str, ...]] = {
    "province": ("established", "remaining"),
    "district": ("established", "date", "location"),
    "lao": ("established", "date", "location", *STATISTICS_COLUMNS),
}


def left_blank(form: Form, key: str) -> bool:
    """Every data cell of the column is blank, and none is a formula saved without its value."""
    cells = [row.cells[key] for row in form.rows]
    return (
        bool(cells)
        and all(c.blank for c in cells)
        and not any((c.row, c.col) in form.sheet.formulas for c in cells)
    )


def check_filled(ctx: Context, form: Form) -> bool:
    """False, after reporting it at the header of its first column to fill, for a form with rows whose
    every column to fill is left blank (formulas saved without their values are another issue)."""
    keys = [key for key in _FILLED_IN.get(form.level, ()) if key in form.columns]
    if not keys or not all(left_blank(form, key) for key in keys):
        return True
    key = keys[0]
    header = Cell(form.labels[key], form.header_rows[-1], form.columns[key])
    ctx.add("not-filled", form.sheet, header, form.labels[key], rows=len(form.rows))
    return False
