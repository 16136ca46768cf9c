"""How the catalogue says a thing: ``Words`` (Thai and English side by side) filled with parameters.

A template is ``str.format`` with these additions:
- ``{count:n/row/rows}``: the number with its noun, one or many (1 row, 2 rows; Thai has one form);
  ``{count:s/row/rows}``: the noun alone;
- a parameter that is itself ``Words`` is quoted in the same language, and a ``Said`` (a key of the
  catalogue and its parameters) is said in it: a refusal's reason, a unit, a status;
- a date (``datetime.date``) is said as the language says it (10 เมษายน 2561, 10 April 2018); a date or a
  round kept as ISO text (a stored issue's) is said so where its template asks: ``{since:date}``,
  ``{since:date-short}``, ``{since:date-numeric}``, ``{period:month}``, ``{period:month-short}``;
- a list or tuple is given whole, joined by commas (``{names:or}``: by the language's "or"): lists of ours
  are never cut; ``{parts:join/; }`` joins by "; ", ``{names:list/, / or }`` says "a, b or c".

Nothing here knows a front end or an option: a refusal about something the user wrote names its
``field``, and words that name another thing the user can write hold a ``Field`` parameter; each front
end says those in its own terms (``--period`` on the command line, the page's round box).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")
Style = Literal["long", "short", "numeric"]


@dataclass(frozen=True, slots=True)
class Words:
    """The same words in Thai and in English, a template each."""

    th: str
    en: str

    def template(self, lang: Lang) -> str:
        return self.th if lang == "th" else self.en

    def say(self, lang: Lang, /, **params: Any) -> str:
        return fill(self.template(lang), lang, params)


@dataclass(frozen=True, slots=True)
class Said:
    """Words to be said later, in the reader's language: a key of the catalogue and its parameters.

    What the core hands up instead of a sentence (a refusal's reason, a file's verdict); JSON-ready
    through ``to_dict``, so that a stored issue keeps it and says it again in either language."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "params": {k: _plain(v) for k, v in self.params.items()}}

    def __hash__(self) -> int:  # an issue's parameters key the feedback's comments
        return hash((self.key, repr(sorted(self.params.items()))))


@dataclass(frozen=True, slots=True)
class Field:
    """Something the user writes (``period``, ``indicator``…) named inside a refusal's words: each
    front end says it in its own terms (``--period`` on the command line)."""

    name: str


def _plain(value: Any) -> Any:
    if isinstance(value, Said):
        return {"$said": value.to_dict()}
    if isinstance(value, Words):
        return {"$words": {"th": value.th, "en": value.en}}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def jsonable(value: Any) -> Any:
    """A parameter as JSON keeps it (``json.dumps``'s ``default``): ``Said`` and ``Words`` as dicts
    that ``revived`` makes again, a date as ISO text."""
    plain = _plain(value)
    return str(plain) if plain is value else plain


def revived(value: Any) -> Any:
    """A parameter as JSON gave it back (a stored issue's): ``Said`` and ``Words`` made again."""
    if isinstance(value, dict):
        if "$said" in value:
            inner = value["$said"]
            return Said(inner["key"], {k: revived(v) for k, v in inner["params"].items()})
        if "$words" in value:
            return Words(**value["$words"])
    if isinstance(value, list):
        return [revived(v) for v in value]
    return value


# Set by the catalogue's package once its sections are loaded: a key's Words (``Said`` needs them).
_lookup: list[Callable[[str], Words]] = []
# Set by the date-speaker: a date, and a round (YYYY-MM), as the language says them.
_date_speaker: list[Callable[[dt.date, Lang, Style], str]] = []
_period_speaker: list[Callable[[str, Lang, Literal["long", "short"]], str]] = []


class _Listed(str):
    """A list said in a language: its items joined by commas, and kept for ``{names:or}``."""

    items: tuple[str, ...]


def _listed(items: list[str], lang: Lang) -> _Listed:
    text = _Listed(", ".join(items))
    text.items = tuple(items)
    return text


def spoken(value: Any, lang: Lang) -> Any:
    """A parameter as a sentence quotes it, in ``lang``."""
    if isinstance(value, Said):
        return _lookup[0](value.key).say(lang, **value.params)
    if isinstance(value, Words):  # quoted as it is: a unit, a name, an old issue's words
        return value.template(lang)
    if _is_day(value) and _date_speaker:
        return _date_speaker[0](value, lang, "long")
    if isinstance(value, (list, tuple)):
        return _listed([str(spoken(v, lang)) for v in value], lang)
    if isinstance(value, Field):
        return value.name
    return value


class _Formatter(string.Formatter):
    """``str.format`` with the catalogue's specs: counted nouns, "or" lists, dates and rounds."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("n/"):
            one, many = format_spec[2:].split("/")
            noun = one if value == 1 else many
            return f"{value:,} {noun}" if noun else f"{value:,}"
        if format_spec.startswith("s/"):  # the noun alone, one or many
            one, many = format_spec[2:].split("/")
            return one if value == 1 else many
        if format_spec == "or":
            items = value.items if isinstance(value, _Listed) else (str(value),)
            return _lookup[0]("list-or").template(self.lang).join(items)
        if format_spec.startswith(("join/", "list/")):  # "a; b" (join/; ), "a, b or c" (list/, / or )
            parts = list(value.items) if isinstance(value, _Listed) else [str(value)]
            if format_spec.startswith("list/"):
                separator, last = format_spec[5:].split("/")
                return last.join(filter(None, (separator.join(parts[:-1]), *parts[-1:])))
            return format_spec[5:].join(parts)
        if _is_day(value) and not format_spec:
            return _date_speaker[0](value, self.lang, "long")
        if format_spec in ("date", "date-short", "date-numeric"):
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
            style: Style = "long" if format_spec == "date" else format_spec[5:]  # type: ignore[assignment]
            return _date_speaker[0](day, self.lang, style)
        if format_spec in ("month", "month-short"):
            return _period_speaker[0](
                str(value), self.lang, "short" if format_spec == "month-short" else "long"
            )
        return str(super().format_field(value, format_spec))


_SPEC = re.compile(r"\{[^{}:]*:(?:[ns]/|or\}|date|month|join/|list/)")


@lru_cache(maxsize=1024)
def _has_specs(template: str) -> bool:
    return _SPEC.search(template) is not None


def fill(template: str, lang: Lang, params: Mapping[str, Any]) -> str:
    """The template with its parameters said in ``lang``."""
    if not params and "{" not in template:
        return template
    if _has_specs(template):  # a date waits for its spec (or is said long, where it has none)
        kept = {key: v if _is_day(v) else spoken(v, lang) for key, v in params.items()}
        return _Formatter(lang).format(template, **kept)
    return template.format(**{key: spoken(value, lang) for key, value in params.items()})


def _is_day(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
