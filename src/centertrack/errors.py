"""One exception hierarchy: a refusal is a code of the catalogue and its parameters, never a sentence.

The front ends say it (cli/console.py ``said``), each putting its own name for ``error.field`` (what the
user wrote that the refusal concerns) before the words, and for any ``Field`` among its parameters.
"""

from __future__ import annotations

from typing import Any

from centertrack import catalog
from centertrack.catalog import Lang

# (english, thai): the older form of a message, until every refusal has a code (the readers, output.py
# and the history store's are converted on their own branches; cli/'s own by the lead).
Words = tuple[str, str]


class CentertrackError(Exception):
    """Base of every refusal centertrack makes to its user.

    ``code``: a key of the catalogue's refusals; ``params``: what its words take; ``field``: the thing
    the user wrote that it concerns (``period``, ``province``, ``output``…), with ``value`` as written.
    ``str(error)`` is its English words, for logs and tracebacks; a user reads it through a front end.
    """

    exit_code = 2

    def __init__(
        self, code: str | Words = "", /, *, field: str | None = None, value: Any = None, **params: Any
    ) -> None:
        self.field = field
        self.value = value
        self.params = params
        if isinstance(code, tuple):  # older form: the words themselves
            self.code = ""
            self.words: Words = code
            super().__init__(code[0])
        else:
            self.code = code
            self.words = (self.words_in("en"), self.words_in("th"))  # for readers of the older form
            super().__init__(self.words[0])

    def words_in(self, lang: Lang) -> str:
        """The refusal's own words in ``lang``, without the field it concerns."""
        return catalog.say(self.code, lang, **self.params) if self.code else self.text(lang)

    def text(self, lang: Lang = "en") -> str:
        """The words in ``lang``: an older-form error's own (its English where it has no Thai), a coded
        one's without the field (cli/console.said puts the option before them)."""
        if self.code:
            return self.words_in(lang)
        english, thai = self.words
        return catalog.Words(th=thai or english, en=english).template(lang)


class UnreadableFileError(CentertrackError):
    """A file cannot be read as a spreadsheet at all (missing, corrupt, encrypted, empty).

    The reason and the hint come in both languages, so that a Thai report has no English in it.
    """

    def __init__(self, path: str, reason: Words, hint: Words = ("", "")) -> None:
        self.path = path
        self.reason, self.reason_th = reason
        self.hint, self.hint_th = hint
        super().__init__(
            (
                f"{path}: {self.reason}" + (f" — {self.hint}" if self.hint else ""),
                f"{path}: {self.reason_th}" + (f" — {self.hint_th}" if self.hint_th else ""),
            )
        )


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
