"""One exception hierarchy: the message of each is the line the user reads."""


class CentertrackError(Exception):
    """Base of every error centertrack reports to its user; ``str(error)`` is the message."""

    exit_code = 2


class UnreadableFileError(CentertrackError):
    """A file cannot be read as a spreadsheet at all (missing, corrupt, encrypted, empty)."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        super().__init__(f"{path}: {reason}" + (f" — {hint}" if hint else ""))


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
