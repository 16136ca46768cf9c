"""``history export``: the sheet an analyst keeps by hand, one row per province (Thai dictionary
order), per round its established and remaining, as CSV (UTF-8 with BOM) or XLSX; headers in the run's
language. The XLSX has the summary's printed page (reports/xlsx.py's print_table): 16 pt rows, each
round's header on two lines (the round as the language says it, then what the column counts), A4, the
header repeated and the title and last round in the head of every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centertrack.catalog import dates, say
from centertrack.reference import load_reference
from centertrack.reports.csv import table_csv
from centertrack.reports.labels import header

if TYPE_CHECKING:
    from centertrack.history.queries import Export
    from centertrack.issues import Lang

_PLACE = ("code", "name_th", "name_en", "total")
_COUNTS = ("established", "remaining")


def _rows(export: Export) -> list[dict[str, object]]:
    by_code = load_reference().by_code
    rows: list[dict[str, object]] = []
    for code, values in export.rows:
        province = by_code[code]
        row: dict[str, object] = {
            "code": code,
            "name_th": province.name_th,
            "name_en": province.name_en,
            "total": export.indicator.target_of(province),
        }
        for period, value in zip(export.periods, values, strict=True):
            for key, count in zip(_COUNTS, value or (None, None), strict=True):
                row[f"{period} {key}"] = count
        rows.append(row)
    return rows


def _keys(export: Export) -> list[str]:
    return [*_PLACE, *(f"{period} {key}" for period in export.periods for key in _COUNTS)]


def export_csv(export: Export, lang: Lang = "th") -> bytes:
    """One line per province; a round's columns named by the round as stored (2018-04), which a script
    sorts, and what they count in ``lang``."""
    names = [header(key, lang, multiline=False) for key in _PLACE]
    for period in export.periods:
        names += [f"{period} {header(key, lang, multiline=False)}" for key in _COUNTS]
    keys = _keys(export)
    rows = [["" if row[key] is None else row[key] for key in keys] for row in _rows(export)]
    return table_csv(names, rows)


def export_xlsx(export: Export, lang: Lang = "th") -> bytes:
    import io

    from centertrack.reports.xlsx import _bytes, _Formats, dates_time, print_table
    from centertrack.reports.xlsx_page import header_text, new_workbook

    names = [header(key, lang) for key in _PLACE]
    for period in export.periods:
        said = dates.say_period(period, lang, "short").replace(" ", "\n")  # Feb / 2018: narrow columns
        names += [f"{said}\n{header(key, lang)}" for key in _COUNTS]
    last = export.periods[-1] if export.periods else None
    title = say("export-title", lang, indicator=export.indicator.id)
    upto = say("export-upto", lang, period=dates.say_period(last, lang)) if last else ""
    buffer = io.BytesIO()
    book = new_workbook(buffer, dates_time(None))
    sheet = book.add_worksheet(say("summary-sheet", lang, indicator=export.indicator.id))
    page_header = header_text(left=title, right=upto, bold=True)
    print_table(sheet, _Formats(book), _keys(export), _rows(export), "", lang, page_header, names, fixed=3)
    return _bytes(book, buffer)
