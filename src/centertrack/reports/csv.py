"""CSV: the annex as a plain table for Excel on Windows (UTF-8 with BOM, CRLF); no title lines or footer."""

from __future__ import annotations

import csv
import io

from centertrack.annex import Annex

# OWASP CSV injection: a cell starting with one of these is run as a formula by Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would read as a formula.

    A lone "-" is left alone: Thai tables write it for "nothing" in หมายเหตุ, and no spreadsheet runs it.
    """
    if text.startswith(_FORMULA_STARTS) and text != "-":
        return "'" + text
    return text


def annex_csv(annex: Annex) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralize(header) for header in annex.headers()])
    for cells in annex.body:
        writer.writerow([neutralize(cell) if isinstance(cell, str) else cell for cell in cells])
    # The BOM is what makes Windows Excel read UTF-8 instead of cp874.
    return buffer.getvalue().encode("utf-8-sig")
