"""CSV for Excel on Windows (UTF-8 with BOM, CRLF): the annex and the summary as plain tables.

Every text cell is neutralized against formula injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from centertrack.annex import Annex
from centertrack.limits import MAX_CELL_CHARS

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Detail

SUMMARY_COLUMNS = ("code", "name_th", "name_en", "total", "established", "remaining", "percent", "status")

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
)


def details_csv(details: Sequence[Detail]) -> bytes:
    rows = []
    for detail in details:
        row = detail.to_dict()
        row.update(row.pop("statistics", None) or {})
        rows.append([row.get(column, "") for column in DETAIL_COLUMNS])
    return table_csv(DETAIL_COLUMNS, rows)


def summary_csv(summary: Summary) -> bytes:
    rows = (p.to_dict() for p in summary.provinces)
    return table_csv(SUMMARY_COLUMNS, ([row[c] for c in SUMMARY_COLUMNS] for row in rows))
