"""The one date-speaker: a day or a monthly round as each language says it, and the month names.

Thai: 10 เมษายน 2561, เม.ย. 61 (Buddhist era, as the letters and the forms write them); English: 10 April
2018, Apr 2018. ISO (2018-04-10, 2018-04) stays in JSON and file names, never in a sentence. The month
names are written here once; ``thai`` reads dates with them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from centertrack.catalog.words import Lang, Style, _date_speaker, _period_speaker

BE_OFFSET = 543  # a Buddhist-era year is the Common Era's + 543

THAI_MONTHS: tuple[str, ...] = (
    *("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน"),
    *("กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
)
THAI_MONTHS_ABBR: tuple[str, ...] = (
    *("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย."),
    *("ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
)
EN_MONTHS: tuple[str, ...] = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def say_date(day: dt.date, lang: Lang, style: Style = "long") -> str:
    """long: 10 เมษายน 2561 / 10 April 2018; short: 10 เม.ย. 61 / 10 Apr 2018; numeric, in a table's
    cell: 10/4/61 as the Thai forms write it (the full BE year outside BE 2500–2599) / 2018-04-10."""
    if style == "numeric":
        if lang == "th":
            be = day.year + BE_OFFSET
            return (
                f"{day.day}/{day.month}/{be % 100:02d}"
                if 2500 <= be < 2600
                else f"{day.day}/{day.month}/{be}"
            )
        return day.isoformat()
    return f"{day.day} {say_month(day.year, day.month, lang, style)}"


def say_month(year: int, month: int, lang: Lang, style: Literal["long", "short"] = "long") -> str:
    """A month of a year (CE): long: เมษายน 2561 / April 2018; short: เม.ย. 61 / Apr 2018."""
    if lang == "th":
        be = year + BE_OFFSET
        if style == "short":
            return f"{THAI_MONTHS_ABBR[month - 1]} {be % 100:02d}"
        return f"{THAI_MONTHS[month - 1]} {be}"
    name = EN_MONTHS[month - 1]
    return f"{name[:3] if style == 'short' else name} {year}"


def say_period(period: str, lang: Lang, style: Literal["long", "short"] = "long") -> str:
    """A monthly round, ``YYYY-MM`` (CE) as stored: เมษายน 2561 / April 2018 (short: เม.ย. 61 / Apr 2018)."""
    year, month = period.split("-")[:2]
    return say_month(int(year), int(month), lang, style)


_date_speaker.append(say_date)
_period_speaker.append(say_period)
