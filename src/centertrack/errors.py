"""One exception hierarchy: the message of each is the line the user reads, in English and in Thai."""

from __future__ import annotations

Words = tuple[str, str]  # the same words in English and in Thai: every report is in either language


class CentertrackError(Exception):
    """Base of every error centertrack reports to its user.

    Made from one text (the same in both languages: a file name, a code) or from ``Words``
    (english, thai); ``str(error)`` is the English, ``error.text(lang)`` the line in the user's language.
    """

    exit_code = 2

    def __init__(self, message: str | Words = "") -> None:
        self.words: Words = (message, message) if isinstance(message, str) else message
        super().__init__(self.words[0])

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` ("th" or "en")."""
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


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
