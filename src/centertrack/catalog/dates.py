"""The one date-speaker: a day or a monthly round as each language says it.

Thai: 10 เมษายน 2561, เม.ย. 61 (Buddhist era, as the letters and the forms write them); English: 10 April
2018, Apr 2018. ISO (2018-04-10, 2018-04) stays in JSON and file names, never in a sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from centertrack.catalog.words import Lang, _date_speaker
from centertrack.thai import EN_MONTHS, THAI_MONTHS, THAI_MONTHS_ABBR, be_year

Style = Literal["long", "short"]


def say_date(day: dt.date, lang: Lang, style: Style = "long") -> str:
    """long: 10 เมษายน 2561 / 10 April 2018; short: 10 เม.ย. 61 / 10 Apr 2018."""
    return f"{day.day} {say_month(day.year, day.month, lang, style)}"


def say_month(year: int, month: int, lang: Lang, style: Style = "long") -> str:
    """A month of a year (CE): long: เมษายน 2561 / April 2018; short: เม.ย. 61 / Apr 2018."""
    if lang == "th":
        be = be_year(year)
        if style == "short":
            return f"{THAI_MONTHS_ABBR[month - 1]} {be % 100:02d}"
        return f"{THAI_MONTHS[month - 1]} {be}"
    name = EN_MONTHS[month - 1]
    return f"{name[:3] if style == 'short' else name} {year}"


def say_period(period: str, lang: Lang, style: Style = "long") -> str:
    """A monthly round, ``YYYY-MM`` (CE) as stored: เมษายน 2561 / April 2018 (short: เม.ย. 61 / Apr 2018)."""
    year, month = period.split("-")
    return say_month(int(year), int(month), lang, style)


_date_speaker.append(say_date)
