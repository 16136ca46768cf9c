"""One exception hierarchy: a refusal is a code of the catalogue and its parameters, never a sentence.

The front ends say it (cli/console.py ``said``), each putting its own name for ``error.field`` (what the
user wrote that the refusal concerns) before the words, and for any ``Field`` among its parameters.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from centertrack.catalog import LANGS, Lang, Said, say

Words = tuple[str, str]  # (english, thai): the older form of a message, until every refusal has a code


def _language(lang: str) -> Lang:
    """A language as the catalogue keys it: English for anything it does not know."""
    return lang if lang in LANGS else "en"


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
            self.words = (code, code)
            super().__init__(code)

    def __str__(self) -> str:
        """The English words (what a log or a test reads); the code where the catalogue has none."""
        try:
            return self.text("en")
        except (KeyError, IndexError, ValueError):
            return self.code or self.words[0]

    def text(self, lang: str = "en") -> str:
        """The words in ``lang`` ("th" or "en"), without the field a front end names before them."""
        if self.code:
            from centertrack.catalog import say

            return say(self.code, _language(lang), value=self.value, **self.params)
        english, thai = self.words
        from centertrack.catalog import Words as Pair

        return Pair(th=thai or english, en=english).template(_language(lang))

    def words_in(self, lang: str) -> str:
        """The refusal's own words in ``lang``, without the field it concerns (``text``'s other name)."""
        return self.text(lang)


class CodedRefusal(CentertrackError):
    """A refusal said from the catalogue by its code and parameters (files, the store, outputs): its
    ``text`` in either language, and in English as ``str`` (what a log or a test reads)."""

    def text(self, lang: str = "en") -> str:
        return say(self.code, _language(lang), **self.params)

    def __str__(self) -> str:
        return self.text("en")


class UnreadableFileError(CodedRefusal):
    """A file cannot be read as a spreadsheet at all (missing, corrupt, encrypted, empty).

    ``reason`` and ``hint`` are keys of the catalogue (catalog/files.py), said with ``params``: a Thai
    report has no English in it. ``path`` is the file, named first on the line the user reads.
    """

    def __init__(self, path: str, reason: str, hint: str, /, **params: Any) -> None:
        self.path = path
        self.reason = Said(reason, params)
        self.hint = Said(hint, params)
        super().__init__("file-unreadable-line", path=path, reason=self.reason, hint=self.hint)

    def reason_in(self, lang: str) -> str:
        return say(self.reason.key, _language(lang), **self.reason.params)

    def hint_in(self, lang: str) -> str:
        return say(self.hint.key, _language(lang), **self.hint.params)


class DataError(CentertrackError):
    """What the data says stops the operation (a stored round with errors): exit code 1, as validation."""

    exit_code = 1


class UsageError(CentertrackError):
    """The command line asks for something that cannot be done (bad option, output exists, …)."""


class OutputError(CodedRefusal, UsageError):
    """A file that cannot be written where it was asked for (an output, a backup of the store)."""


def write_refusal(path: Path, error: OSError) -> OutputError:
    """The one line for an OSError on writing ``path``: a full disk, a folder that cannot be written,
    a name too long, a folder in the way, or what the system says (never "unexpected error")."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError("output-disk-full", path=str(path))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError("output-read-only", path=str(path), folder=str(path.parent))
    if error.errno == errno.ENAMETOOLONG:
        longest = max((len(part.encode("utf-8", "surrogateescape")) for part in path.parts), default=0)
        return OutputError("output-name-too-long", path=str(path), size=longest)
    if error.errno == errno.EISDIR:
        return OutputError("output-is-folder", path=str(path))
    return OutputError("output-os-error", path=str(path), why=error.strerror or str(error))


class ReferenceDataError(CentertrackError):
    """The shipped reference data is inconsistent: a bug in the package, not in the user's input."""
