"""How the catalogue says a thing: ``Words`` (Thai and English side by side) filled with parameters.

A template is ``str.format`` with three additions:
- ``{count:n/row/rows}``: the number with its noun, one or many (1 row, 2 rows; Thai has one form);
- a parameter that is itself ``Words``, or a ``Said`` (a key of the catalogue and its parameters), is said
  in the same language: a refusal's reason, a unit, a status;
- a date (``datetime.date``) is said as the language says it (10 เมษายน 2561, 10 April 2018), and a list
  or tuple is given whole, joined by commas (``{parts:join/; }`` joins by "; ", ``{names:list/, / or }``
  says "a, b or c"): lists of ours are never cut.

Nothing here knows a front end or an option: a refusal about something the user wrote names its
``field`` and the front end that has the field (``--period``, the page's round box) says which.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")


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


def _plain(value: Any) -> Any:
    if isinstance(value, Said):
        return {"$said": value.to_dict()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def revived(value: Any) -> Any:
    """A parameter as JSON gave it back (a stored issue's): ``Said`` made again from its dict."""
    if isinstance(value, dict) and "$said" in value:
        inner = value["$said"]
        return Said(inner["key"], {k: revived(v) for k, v in inner["params"].items()})
    return value


# Set by the catalogue's package once its sections are loaded: a key's Words (``Said`` needs them).
_lookup: list[Callable[[str], Words]] = []
# Set by the date-speaker: a date as the language says it.
_date_speaker: list[Callable[[dt.date, Lang], str]] = []


class _Formatter(string.Formatter):
    """str.format, with counted nouns (``n/one/many``) and lists joined (``join/separator``)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("n/"):
            one, many = format_spec[2:].split("/")
            noun = one if value == 1 else many
            return f"{value:,} {noun}" if noun else f"{value:,}"
        if isinstance(value, list):
            items = list(map(str, value))
            if format_spec.startswith("list/"):  # "a, b or c": list/, / or
                separator, last = format_spec[5:].split("/")
                return last.join(filter(None, (separator.join(items[:-1]), *items[-1:])))
            separator = format_spec[5:] if format_spec.startswith("join/") else ", "
            return separator.join(items)
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def spoken(value: Any, lang: Lang) -> Any:
    """A parameter as a sentence quotes it, in ``lang``."""
    if isinstance(value, Words):
        return value.say(lang)
    if isinstance(value, Said):
        return _lookup[0](value.key).say(lang, **value.params)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and _date_speaker:
        return _date_speaker[0](value, lang)
    if isinstance(value, (list, tuple)):
        return [spoken(v, lang) for v in value]
    return value


def fill(template: str, lang: Lang, params: Mapping[str, Any]) -> str:
    """The template with its parameters said in ``lang``."""
    if not params and "{" not in template:
        return template
    said = {key: spoken(value, lang) for key, value in params.items()}
    if ":n/" in template or any(isinstance(value, list) for value in said.values()):
        return _FORMATTER.format(template, **said)
    return template.format(**said)
