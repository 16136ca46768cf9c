"""CSV for Excel on Windows (UTF-8 with BOM, CRLF): the annex and the summary as plain tables.

Every text cell is neutralized against formula injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from centertrack.annex import Annex, carried_remark
from centertrack.catalog import say
from centertrack.limits import MAX_CELL_CHARS

if TYPE_CHECKING:
    from centertrack.issues import Lang
    from centertrack.progress import Summary
    from centertrack.records import Places

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


def _in_words(row: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """A to_dict() as the language writes it: statuses and yes/no in words, dates as in a letter."""
    from centertrack import catalog
    from centertrack.reports.labels import status

    words = {key: "" if value is None else value for key, value in row.items()}
    for key in ("percent", "share_assisted"):  # one format for every percentage: 100.00 beside 67.74
        if isinstance(row.get(key), float):
            words[key] = f"{row[key]:.2f}"
    if "status" in row:
        words["status"] = status(row["status"], lang)
    for key in ("established", "reported"):
        if isinstance(row.get(key), bool):
            words[key] = catalog.say("yes" if row[key] else "no", lang)
    if row.get("since"):
        words["since"] = catalog.dates.say_date(date.fromisoformat(row["since"]), lang)
    if "flagged" in row:
        words["flagged"] = catalog.say("flagged", lang) if row["flagged"] else ""
    return words


def _header(columns: Sequence[str], lang: Lang, keys: bool, detail: bool = False) -> Sequence[str]:
    from centertrack.reports.labels import header

    return columns if keys else [header(key, lang, detail, multiline=False) for key in columns]


def details_csv(places: Places, lang: Lang = "th", keys: bool = False) -> bytes:
    """One row per district or LAO. The header and the values in ``lang`` (ใช่/ไม่ใช่, 10 เมษายน 2561);
    keys: the JSON's keys and values instead (true/false, ISO dates), stable for scripts."""
    rows = [detail.to_dict() for detail in places.details]
    if not keys:
        rows = [_in_words(row, lang) for row in rows]
    return table_csv(
        _header(DETAIL_COLUMNS, lang, keys, detail=True), [_flat(row, DETAIL_COLUMNS) for row in rows]
    )


def summary_csv(summary: Summary, lang: Lang = "th", keys: bool = False) -> bytes:
    """One row per province, the 4.1 statistics in columns of their own; with --allow-errors, a last
    column marks the provinces whose rows have errors. The header and the statuses in ``lang``; keys:
    the JSON's keys and values instead, stable for scripts."""
    columns = SUMMARY_COLUMNS + (STATISTICS_COLUMNS if summary.statistics is not None else ())
    if any(p.flagged for p in summary.provinces):
        columns += ("flagged",)
    carried = any(p.carried_from for p in summary.provinces)
    if carried:  # a stored round: the provinces that sent nothing in it, and the round they are as of
        columns += ("carried_from",)
    rows = [{**p.to_dict(), "flagged": "true" if p.flagged else ""} for p in summary.provinces]
    if not keys:
        rows = [_in_words(row, lang) for row in rows]
        for row, province in zip(rows, summary.provinces, strict=True):
            if "carried_from" in row:
                row["carried_from"] = carried_remark(province, lang)
    header = [*_header(columns[: len(columns) - carried], lang, keys)]
    if carried:
        header.append("carried_from" if keys else say("carried-header", lang))
    return table_csv(header, [_flat(row, columns) for row in rows])
