"""One exception hierarchy: the message of each is the line the user reads."""


class CentertrackError(Exception):
    """Base of every error centertrack reports to its user; ``str(error)`` is the message."""

    exit_code = 2


Words = tuple[str, str]  # the same words in English and in Thai: every report is in either language


class UnreadableFileError(CentertrackError):
    """A file cannot be read as a spreadsheet at all (missing, corrupt, encrypted, empty).

    The reason and the hint come in both languages, so that a Thai report has no English in it.
    """

    def __init__(self, path: str, reason: Words, hint: Words = ("", "")) -> None:
        self.path = path
        self.reason, self.reason_th = reason
        self.hint, self.hint_th = hint
        super().__init__(f"{path}: {self.reason}" + (f" — {self.hint}" if self.hint else ""))


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
