"""CSV for Excel on Windows (UTF-8 with BOM, CRLF): the annex and the summary as plain tables.

Every text cell is neutralized against formula injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from centertrack.annex import Annex
from centertrack.limits import MAX_CELL_CHARS

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Detail

SUMMARY_COLUMNS = ("code", "name_th", "name_en", "total", "established", "remaining", "percent", "status")
# 4.1 at LAO level: the assistance statistics, after the summary's own columns.
STATISTICS_COLUMNS = ("received", "assisted", "referred", "pending", "share_assisted")

# OWASP CSV injection: a cell starting with one of these is run as a formula by Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would read as a formula, and cut it at Excel's limit
    on a cell (a longer cell is refused or cut by Excel itself).

    A lone "-" is left alone: Thai tables write it for "nothing" in หมายเหตุ, and no spreadsheet runs it.
    """
    if text.startswith(_FORMULA_STARTS) and text != "-":
        text = "'" + text
    return text[:MAX_CELL_CHARS]


def table_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize(text) for text in header])
    for cells in rows:
        writer.writerow([neutralize(cell) if isinstance(cell, str) else cell for cell in cells])
    # The BOM is what makes Windows Excel read UTF-8 instead of cp874.
    return buffer.getvalue().encode("utf-8-sig")


def annex_csv(annex: Annex) -> bytes:
    return table_csv(annex.headers(), annex.body)


DETAIL_COLUMNS = (
    "province_code",
    "province_th",
    "code",
    "name_th",
    "district_th",
    "established",
    "since",
    "location",
    "received",
    "assisted",
    "referred",
    "pending",
    "reported",
)


def _flat(data: dict[str, Any], columns: Sequence[str]) -> list[object]:
    """A to_dict() as one table row: its statistics in columns of their own, blank where it has none."""
    row = dict(data)
    row.update(row.pop("statistics", None) or {})
    return [row.get(column, "") for column in columns]


def details_csv(details: Sequence[Detail]) -> bytes:
    return table_csv(DETAIL_COLUMNS, [_flat(detail.to_dict(), DETAIL_COLUMNS) for detail in details])


def summary_csv(summary: Summary) -> bytes:
    """One row per province, the 4.1 statistics in columns of their own; with --allow-errors, a last
    column marks the provinces whose rows have errors."""
    columns = SUMMARY_COLUMNS + (STATISTICS_COLUMNS if summary.statistics is not None else ())
    if any(p.flagged for p in summary.provinces):
        columns += ("flagged",)
    rows = ({**p.to_dict(), "flagged": "true" if p.flagged else ""} for p in summary.provinces)
    return table_csv(columns, [_flat(row, columns) for row in rows])
