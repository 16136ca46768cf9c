"""Thai text helpers: digits, dictionary-order sorting and Buddhist-era (BE) dates.

Stdlib only, and the catalogue's month names. The facts behind each rule are in
docs/thai-conventions.md (shared docs).
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from functools import lru_cache
from typing import Any, Literal

from centertrack import catalog
from centertrack.catalog.dates import BE_OFFSET, EN_MONTHS, THAI_MONTHS, THAI_MONTHS_ABBR

__all__ = [
    "EN_MONTHS",
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "THAI_MONTHS_SHORT",
    "DateError",
    "be_year",
    "ce_year",
    "find_date",
    "fiscal_year_be",
    "format_date",
    "from_excel_date",
    "has_thai_digits",
    "normalize_name",
    "parse_date",
    "parse_period",
    "sort_key",
    "to_arabic_digits",
    "to_thai_digits",
]

# The month names are the catalogue's (written once, there). The short names people write and say:
# เมษา for เมษายน, กุมภา for กุมภาพันธ์.
THAI_MONTHS_SHORT: tuple[str, ...] = tuple(re.sub("(คม|ยน|พันธ์)$", "", name) for name in THAI_MONTHS)

# ---------------------------------------------------------------- digits

THAI_TIME = datetime.timezone(datetime.timedelta(hours=7), "ICT")  # UTC+7 all year: no summer time


def thai_day(stamp: str) -> datetime.date:
    """The day in Thailand of a stored time (ISO 8601; one without an offset is Thai time already): a
    report uploaded at 05:00 on the 16th in Bangkok is late, though it is still the 15th in UTC."""
    moment = datetime.datetime.fromisoformat(stamp)
    return (moment.astimezone(THAI_TIME) if moment.tzinfo else moment).date()


_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", _THAI_DIGITS)
_TO_ARABIC = str.maketrans(_THAI_DIGITS, "0123456789")
_THAI_DIGIT_RE = re.compile(f"[{_THAI_DIGITS}]")


def to_thai_digits(value: str | int) -> str:
    """Arabic digits -> Thai digits; everything else is kept (``"10/4/61"`` -> ``"๑๐/๔/๖๑"``)."""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Thai digits -> Arabic digits; everything else is kept (``"๘๗๘ ศูนย์"`` -> ``"878 ศูนย์"``)."""
    return text.translate(_TO_ARABIC)


def has_thai_digits(text: str) -> bool:
    return _THAI_DIGIT_RE.search(text) is not None


# Zero-width characters that Word and web pages put between Thai words, invisible in a cell.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Sara am written as nikhahit + sara aa (ํ + า), as text copied from a PDF often is; a tone mark may sit
# between them or before them.
_SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_NAME_CHARACTERS = {**_TO_ARABIC, **_INVISIBLE}  # both in one pass of translate


def normalize_name(text: str) -> str:
    """A name as it compares: Arabic digits, NFC, sara am whole, no zero-width characters, trimmed.

    "อําเภอ\u200bบางคล้า" (ํ + า, a zero-width space) → "อำเภอบางคล้า".
    """
    text = unicodedata.normalize("NFC", text.translate(_NAME_CHARACTERS))
    if "\u0e4d" in text:  # rare, and the regex would cost more than all the rest
        text = _SPLIT_SARA_AM.sub("\\1\u0e33", text)
    return text.strip()


# ---------------------------------------------------------------- sorting

# A leading vowel (เ แ โ ใ ไ) is written before the consonant it is pronounced after; dictionaries
# (and ICU's th collation) sort as if it came after that consonant.
_LEADING_VOWEL_RE = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
# Tone marks and the like (U+0E47–U+0E4C) count only to break ties (ICU: secondary weight).
_TONE_MARKS = "".join(map(chr, range(0x0E47, 0x0E4D)))
_DROP_TONES = str.maketrans("", "", _TONE_MARKS)
_NOT_TONE_RE = re.compile(f"[^{_TONE_MARKS}]")
# ฯ and ๆ are punctuation to ICU's th collation (ignored unless all else is equal): that is
# why กรุงเทพฯ sorts before กรุงเทพมหานคร.
_DROP_IGNORABLE = str.maketrans("", "", "ฯๆ")


def sort_key(text: str) -> tuple[object, ...]:
    """Key for Thai dictionary order; Latin text sorts before Thai, case-insensitively.

    Levels: letters (leading vowel after its consonant, no tone marks, case folded), then tone marks
    (a word without one first, then ่ ้ ๊ ๋ in that order), then the text itself so the order is total.
    """
    swapped = _LEADING_VOWEL_RE.sub(r"\2\1", text).translate(_DROP_IGNORABLE)
    primary = swapped.translate(_DROP_TONES).casefold()
    # Every other character weighs the same (lowest) at the tone level, as in ICU.
    tones = _NOT_TONE_RE.sub("\x00", swapped)
    return (primary, tones, text)


# ---------------------------------------------------------------- years


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def ce_year(year: int) -> int:
    """CE year of a year as written: 2-digit -> BE 25yy (61 -> 2018); >= 2400 -> BE; else CE."""
    if 0 <= year < 100:
        return 2500 + year - BE_OFFSET
    if year >= 2400:
        return year - BE_OFFSET
    return year


def fiscal_year_be(d: datetime.date) -> int:
    """Thai government fiscal year (1 Oct – 30 Sep), named after the BE year it ends in."""
    return d.year + BE_OFFSET + (d.month >= 10)


# ---------------------------------------------------------------- parsing dates


class DateError(ValueError):
    """Text or a cell that is no date: why, as a code of the catalogue's refusals and its parameters
    (``reason``: said later, as an issue's reason or a refusal's). ``str(error)`` is the English words,
    ``thai`` the Thai, for callers that still say it themselves."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(catalog.say(code, "en", **params))

    @property
    def reason(self) -> catalog.Said:
        return catalog.Said(self.code, self.params)

    @property
    def thai(self) -> str:
        return catalog.say(self.code, "th", **self.params)


def _month_key(name: str) -> str:
    return name.replace(".", "").casefold()


_MONTH_NUMBER: dict[str, int] = {
    _month_key(name): number
    for number, names in enumerate(
        zip(THAI_MONTHS, THAI_MONTHS_ABBR, THAI_MONTHS_SHORT, EN_MONTHS, strict=True), 1
    )
    for name in (*names, names[3][:3])
} | {"sept": 9}


def _alternation(patterns: list[str]) -> str:
    # Longest first, so that a full name wins over an abbreviation that starts it.
    return "(?:" + "|".join(sorted(set(patterns), key=len, reverse=True)) + ")"


# Abbreviations match with or without their dots: ม.ค., ม.ค, มค.
_TH_MONTH = _alternation(
    [
        *THAI_MONTHS,
        *THAI_MONTHS_SHORT,
        *(r"\.?".join(a.strip(".").split(".")) + r"\.?" for a in THAI_MONTHS_ABBR),
    ]
)
_EN_MONTH = _alternation([*EN_MONTHS, *(m[:3] for m in EN_MONTHS), "sept"]) + r"(?![a-z])\.?"
# A 4-digit year starts with 1 or 2 (CE 1xxx/2xxx or BE 24xx–25xx); anything else is not a year.
_YEAR = r"(?P<y>[12]\d{3}|\d{2})(?!\d)"
_DAY = r"(?<!\d)(?P<d>\d{1,2})"

# Tried in this order on text whose Thai digits were made Arabic; each has groups d, m, y.
_DATE_FORMS: tuple[re.Pattern[str], ...] = (
    # ISO, year first: 2018-04-10 or 2561-04-10.
    re.compile(r"(?<!\d)(?P<y>[12]\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # Numeric, always day first (Thai usage): 10/4/61, 10/04/2561, 10-4-61, 10.4.61.
    re.compile(rf"{_DAY}(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep){_YEAR}"),
    # Thai month: 10 เม.ย. 61, 10 เม.ย.61, 10 เมษายน 2561, 10 เมษายน พ.ศ. 2561, 10 เดือนเมษายน 2561.
    re.compile(rf"{_DAY}\s*(?:เดือน\s*)?(?P<m>{_TH_MONTH})\s*(?:[พค]\.\s?ศ\.\s*)?{_YEAR}"),
    # English month, 4-digit year only (a 2-digit year would be read as BE): 10 April 2018, 10th Apr. 2018.
    re.compile(rf"{_DAY}(?:st|nd|rd|th)?\s*(?P<m>{_EN_MONTH}),?\s*(?P<y>[12]\d{{3}})(?!\d)", re.IGNORECASE),
    # April 10, 2018.
    re.compile(rf"\b(?P<m>{_EN_MONTH})\s*{_DAY}(?:st|nd|rd|th)?,?\s*(?P<y>[12]\d{{3}})(?!\d)", re.IGNORECASE),
)


def _date_of(match: re.Match[str]) -> datetime.date:
    month = match["m"]
    number = int(month) if month.isdigit() else _MONTH_NUMBER[_month_key(month)]
    year, day = ce_year(int(match["y"])), int(match["d"])
    try:
        return datetime.date(year, number, day)
    except ValueError:  # Python's words ("day is out of range for month") are not the user's
        raise _impossible(match[0], year, number, day) from None


def _impossible(written: str, year: int, month: int, day: int) -> DateError:
    """Why a date that looks like one is none: no such month, or how many days it has."""
    if not 1 <= month <= 12:
        return DateError("date-no-month", written=written, month=month)
    if not 1 <= year <= 9999:
        return DateError("date-no-year", written=written)
    if day == 0:
        return DateError("date-day-zero", written=written)
    days = calendar.monthrange(year, month)[1]
    return DateError("date-month-days", written=written, month=f"{year:04d}-{month:02d}", days=days)


def parse_date(text: str) -> datetime.date:
    """Read one date: 10/4/61, 10.04.2561, 2018-04-10, 10 เม.ย. 61, ๑๐ เมษายน พ.ศ. ๒๕๖๑, April 10, 2018, ….

    Numeric dates are day first; a 2-digit year is BE, a 4-digit one BE from 2400 on, else CE.

    Raises DateError with a short reason when the text is not a date or the date does not exist.
    """
    arabic = to_arabic_digits(text).strip()
    for form in _DATE_FORMS:
        if match := form.fullmatch(arabic):
            return _date_of(match)
    raise DateError("date-not-a-date", text=text)


# A monthly round, on text whose Thai digits were made Arabic; each has groups m and y. Numbers: the
# year first (2018-04, 2561-04: ISO's order) or the month first (04/2561, 4/61: Thai order, as a date
# without its day); names: เม.ย. 61, เมษายน 2561, เดือนเมษายน พ.ศ. 2561, April 2018.
_PERIOD_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?P<y>[12]\d{3})\s*[-/.]\s*(?P<m>\d{1,2})"),
    re.compile(r"(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>[12]\d{3}|\d{2})"),
    re.compile(rf"(?:เดือน\s*)?(?P<m>{_TH_MONTH})\s*(?:[พค]\.\s?ศ\.\s*)?(?P<y>[12]\d{{3}}|\d{{2}})"),
    re.compile(rf"(?P<m>{_EN_MONTH}),?\s*(?P<y>[12]\d{{3}})", re.IGNORECASE),
)


def parse_period(text: str) -> str:
    """Read one monthly round: 2018-04, 2561-04, 04/2561, 4/61, เม.ย. 61, เมษายน 2561, ๐๔/๒๕๖๑, April 2018.

    Gives it as stored, ``YYYY-MM`` in the Common Era. A 2-digit year is BE, a 4-digit one BE from 2400
    on, else CE (as parse_date reads years). Raises DateError when the text is no month of a year.
    """
    arabic = to_arabic_digits(text).strip()
    for form in _PERIOD_FORMS:
        if match := form.fullmatch(arabic):
            month = match["m"]
            number = int(month) if month.isdigit() else _MONTH_NUMBER[_month_key(month)]
            year = ce_year(int(match["y"]))
            if not 1 <= number <= 12:
                raise DateError("period-no-month", number=number, text=text.strip())
            return f"{year:04d}-{number:02d}"
    raise DateError("period-not-a-month", text=text)


@lru_cache(maxsize=4096)  # a sheet's dates repeat: 7,849 LAO rows hold a few hundred distinct ones
def find_date(text: str) -> datetime.date | None:
    """The first date in a sentence ("อัปเดตวันที่ 10/4/61"), or None when there is none.

    Raises DateError when the first date-shaped text is an impossible date (31/2/61), so that the
    caller can warn instead of silently using no date.
    """
    arabic = to_arabic_digits(text)  # same length, so positions still match text
    matches = [m for form in _DATE_FORMS if (m := form.search(arabic))]
    if not matches:
        return None
    return _date_of(min(matches, key=lambda m: (m.start(), -m.end())))


def from_excel_date(value: datetime.date | datetime.datetime) -> tuple[datetime.date, str | None]:
    """A date cell read from Excel, and a note: "be-year", "suspicious-year" or None.

    A BE year typed into a Gregorian Excel (10/4/2561) is stored as the year 2561: give it back as
    CE. Excel's 2-digit-year pivot turns 10/4/61 into 1961-04-10, which cannot be told from a real
    1961 date, so an old year is only flagged. Raises DateError for a BE date that does not exist
    (29 Feb 2560 is valid in the Gregorian year 2560 but 2017 is no leap year).
    """
    day = value.date() if isinstance(value, datetime.datetime) else value
    if day.year >= 2400:
        try:
            return day.replace(year=day.year - BE_OFFSET), "be-year"
        except ValueError:
            written = f"{day.day}/{day.month}/{day.year}"
            raise DateError("date-be-not-leap", written=written, year=day.year) from None
    if day.year < 1970:
        return day, "suspicious-year"
    return day, None


# ---------------------------------------------------------------- formatting dates


def format_date(
    d: datetime.date,
    style: Literal["short", "long", "iso"] = "short",
    digits: Literal["arabic", "thai"] = "arabic",
) -> str:
    """short: 10/4/61 (the DLA form's footer); long: 10 เมษายน 2561 (letters); iso: 2018-04-10.

    The short form writes the full BE year outside BE 2500–2599 (CE 1957–2056), where two digits
    would be read back as another century.
    """
    be = be_year(d.year)
    if style == "short":
        year = f"{be % 100:02d}" if 2500 <= be < 2600 else str(be)
        text = f"{d.day}/{d.month}/{year}"
    elif style == "long":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} {be}"
    else:
        text = d.isoformat()
    return to_thai_digits(text) if digits == "thai" else text
