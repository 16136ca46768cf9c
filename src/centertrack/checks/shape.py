"""What the form's layout would lose without a word: values right of the table, a table without rows.

A row whose values were moved right of the header's columns reads as a note line, and a sheet with
a header and nothing under it has no row to be wrong in: both were "OK" while a province went
missing from the sums (issue 26). A value right of the table's last column is an error at its cell,
once a row (it is in no column, and is not read): a number on any row (its row may have moved
right), anything on a row that is read. Text beside a note line (a signature, a date line) is left
alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from centertrack.checks.context import Context
from centertrack.form import Cell, Form, is_blank
from centertrack.readers import CellValue, column_letter
from centertrack.thai import to_arabic_digits


def check_shape(ctx: Context, form: Form) -> None:
    """Report a table without data rows, and each row's values right of the header's last column."""
    if not form.rows:
        ctx.add("no-data-rows", form.sheet)
    last = _last_column(form)
    read = {row.row for row in form.rows}
    read |= {subtotal.row.row for subtotal in form.subtotals}
    if form.totals is not None:
        read.add(form.totals.row)
    for number in range(form.header_rows[-1] + 1, len(form.sheet.rows)):
        values = form.sheet.rows[number]
        tail = values[last + 1 :]
        if not tail or tail.count("") + tail.count(None) == len(tail):
            continue  # nearly every row: nothing beyond the table
        found = [Cell(value, number, last + 1 + i) for i, value in enumerate(tail) if not is_blank(value)]
        numbers = [cell for cell in found if _is_number(cell.value)]
        if numbers or number in read:
            ctx.add("value-outside-table", form.sheet, (numbers or found)[0], last=column_letter(last))


def _last_column(form: Form) -> int:
    """The header's last column: its last cell with text, or the last a merged header cell covers."""
    last = max(form.columns.values())
    for row in form.header_rows:
        values: Sequence[CellValue] = form.sheet.rows[row]
        last = max(last, max((c for c, v in enumerate(values) if not is_blank(v)), default=0))
    for r0, c0, r1, c1 in form.sheet.merged:
        # As the header is read (form.py): a merge of more than 200 cells is no header cell.
        if r0 <= form.header_rows[-1] and r1 >= form.header_rows[0] and (r1 - r0 + 1) * (c1 - c0 + 1) <= 200:
            last = max(last, c1)
    return last


def _is_number(value: CellValue) -> bool:
    """A count as a sheet holds one: a number, or digits as text (Thai digits too)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    text = to_arabic_digits(value).strip().replace(",", "") if isinstance(value, str) else ""
    return text.isdigit() and text.isascii()
