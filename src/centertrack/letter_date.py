"""Whether a letter's date is far from the date of its figures: a warning handed up as data.

Without --date a letter about 2561 is dated today, with a due date years on; a letter dated before its
figures cannot report them. The front end says the warning in its language.
"""

from __future__ import annotations

from centertrack.catalog import Said
from centertrack.letter import Letter

FAR_DAYS = 31  # a letter dated this long after its figures is most likely misdated


def date_warning(letter: Letter) -> Said | None:
    """Words to warn with when ``letter`` is dated before its figures or more than FAR_DAYS after
    them; None when its date is near them (or they have none)."""
    if letter.as_of is None:
        return None
    days = (letter.date - letter.as_of).days
    if 0 <= days <= FAR_DAYS:
        return None
    key = "letter-date-before" if days < 0 else "letter-date-far"
    return Said(key, {"date": letter.date, "as_of": letter.as_of, "days": abs(days)})
