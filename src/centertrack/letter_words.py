"""The letter's refusals of its settings file and of --refer, by code (their words: catalog/refusals).

Apart from letter.py, which decides what each field says; a library's own words (tomllib's) reach only
the English line.
"""

from __future__ import annotations

import re
from pathlib import Path

from centertrack.errors import UsageError


def unreadable_settings(path: Path, error: Exception) -> UsageError:
    """The settings file cannot be read, or is not TOML."""
    if isinstance(error, UnicodeDecodeError):
        return UsageError("settings-not-utf8", path=str(path), error=str(error))
    if isinstance(error, OSError):
        return UsageError("settings-unreadable", path=str(path), error=str(error))
    line = re.search(r"\bline (\d+)", str(error))
    if line:
        return UsageError("settings-not-toml-at", path=str(path), error=str(error), line=line[1])
    return UsageError("settings-not-toml", path=str(path), error=str(error))


def unknown_settings(path: Path, table: object, known: list[str]) -> UsageError:
    """A [sender] key that is none of the sender's fields, or a [sender] that is no table."""
    if not isinstance(table, dict):
        return UsageError("settings-sender-not-table", path=str(path))
    unknown = sorted(set(table) - set(known))
    return UsageError("settings-unknown", path=str(path), unknown=unknown, known=known)


def settings_not_text(path: Path, bad: list[str]) -> UsageError:
    return UsageError("settings-not-text", path=str(path), keys=bad)


def reference_without_number(text: str) -> UsageError:
    """--refer gives a date or an urgency but no letter number."""
    return UsageError("refer-no-number", field="refer", value=text)
