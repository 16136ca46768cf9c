"""One exception hierarchy: a refusal is a code of the catalogue and its parameters, never a sentence.

The front ends say it (``catalog.say(error.code, lang, **error.params)``), each putting its own name for
``error.field`` (what the user wrote that the refusal concerns) before the words.
"""

from __future__ import annotations

from typing import Any

Words = tuple[str, str]  # (english, thai): the older form of a message, until every refusal has a code


class CentertrackError(Exception):
    """Base of every refusal centertrack makes to its user.

    ``code``: a key of the catalogue's refusals; ``params``: what its words take; ``field``: the thing
    the user wrote that it concerns (``period``, ``province``, ``output``…), with ``value`` as written.
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
        else:
            self.code = code
            self.words = (code, code)
        super().__init__(self.words[0])

    def text(self, lang: str = "en") -> str:
        """The words in ``lang`` ("th" or "en"), without the field a front end names before them."""
        if self.code:
            from centertrack.catalog import say

            return say(self.code, "th" if lang == "th" else "en", value=self.value, **self.params)
        english, thai = self.words
        return thai if lang == "th" and thai else english


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


class DataError(CentertrackError):
    """What the data says stops the operation (a stored round with errors): exit code 1, as validation."""

    exit_code = 1


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
