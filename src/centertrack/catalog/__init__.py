"""The catalogue: every word a user reads, Thai and English side by side, keyed one way.

Sections, each a module: ``issues`` (the codes validation finds), ``refusals`` (what cannot be done, and
why), ``labels`` (headers, statuses, units, verdicts), ``rounds`` (the monthly rounds of the history
store), ``documents`` (the words of the printed documents and of writing them), ``dates`` (the one
date-speaker), and the front ends' own words. The core hands up codes and
parameters (``Issue``, a refusal, ``Said``); only the front ends and the writers put them into a
language, through ``say`` and the sections' ``Words``.
"""

from __future__ import annotations

from typing import Any

from centertrack.catalog import dates
from centertrack.catalog.cli import CLI
from centertrack.catalog.documents import DOCUMENTS
from centertrack.catalog.files import FILES
from centertrack.catalog.issue_parts import ISSUE_PARTS
from centertrack.catalog.issues import ISSUES, SEVERITY_ORDER, IssueWords, Severity
from centertrack.catalog.labels import LABELS
from centertrack.catalog.month import MONTH
from centertrack.catalog.plausibility import PLAUSIBILITY
from centertrack.catalog.refusals import REFUSALS
from centertrack.catalog.round import ROUND
from centertrack.catalog.rounds import ROUNDS
from centertrack.catalog.web import WEB
from centertrack.catalog.words import (
    LANGS,
    Field,
    Lang,
    Said,
    Words,
    _lookup,
    fill,
    jsonable,
    revived,
    spoken,
)

# One namespace of keys over the sections that hold plain Words (a test keeps the keys apart). The
# command line's own words come last: where it words a key of another section in its own terms (its
# options by name), the front end asks for its words first (cli/console.said).
_SECTIONS: tuple[dict[str, Words], ...] = (
    REFUSALS, LABELS, ISSUE_PARTS, FILES, DOCUMENTS, ROUNDS, MONTH, ROUND, CLI, WEB
)  # fmt: skip


def words(key: str) -> Words:
    """The Words of a key of any section."""
    for section in _SECTIONS:
        if key in section:
            return section[key]
    raise KeyError(key)


def say(key: str, lang: Lang, /, **params: Any) -> str:
    """A key of the catalogue said in ``lang`` with its parameters."""
    return words(key).say(lang, **params)


_lookup.append(words)
ISSUES.update(PLAUSIBILITY)  # one table of issue codes, whichever check finds them

__all__ = [
    "DOCUMENTS",
    "FILES",
    "ISSUES",
    "LABELS",
    "LANGS",
    "REFUSALS",
    "ROUNDS",
    "SEVERITY_ORDER",
    "Field",
    "IssueWords",
    "Lang",
    "Said",
    "Severity",
    "Words",
    "dates",
    "fill",
    "jsonable",
    "revived",
    "say",
    "spoken",
    "words",
]
