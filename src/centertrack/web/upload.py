"""Files sent through the page: kept under safe names, added to the store, each given its verdict.

``add_files`` is the one place the page adds files: today ``operations.history.add`` (errors stored and
marked, as a sheet sent back); the month's own operation will take its place.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.operations.stores import Db
    from centertrack.runner import Validation

_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


def safe_name(name: str, number: int) -> str:
    """A file name as sent, never a path: its last part, without characters a file system refuses (a name
    left empty, or only dots, becomes ``upload-N``)."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE.sub("_", last).strip().lstrip(".")
    return cleaned[:200] or f"upload-{number}"


@dataclass(frozen=True)
class Verdict:
    """One file's verdict: usable or not, its issues (location, severity, the issue) and where stored."""

    name: str
    usable: bool
    unreadable: bool
    issues: tuple[tuple[str, str, Any], ...]  # location, severity, the Issue


@dataclass(frozen=True)
class Uploaded:
    verdicts: tuple[Verdict, ...]
    periods: tuple[str, ...]  # the rounds the files were stored in (none: nothing stored)
    refusal: CentertrackError | None = None  # why nothing was stored, when so

    def to_dict(self, lang: str) -> dict[str, Any]:
        return {
            "refused": self.refusal.text(lang) if self.refusal else None,
            "stored_in": list(self.periods),
            "files": [
                {
                    "name": v.name,
                    "usable": v.usable,
                    "issues": [issue.to_dict(lang) for _, _, issue in v.issues],
                }
                for v in self.verdicts
            ],
        }


def add_files(db: Db, period: str | None, sent: list[tuple[str, bytes]]) -> Uploaded:
    """Add the files ``sent`` (name as sent, content) to the store's round ``period`` (None: each sheet's
    as-of month); a sheet with errors is stored marked (sent back), an unreadable file only judged."""
    from centertrack.operations.history import add
    from centertrack.operations.inputs import InputsRefused

    with tempfile.TemporaryDirectory(prefix="centertrack-upload-") as folder:
        paths: list[Path] = []
        names: dict[str, str] = {}
        for number, (name, content) in enumerate(sent, 1):
            safe = safe_name(name, number)
            target = Path(folder) / f"{number:03d}" / safe  # one folder each: two files of one name
            target.parent.mkdir()
            target.write_bytes(content)
            paths.append(target)
            names[str(target)] = safe
        try:
            added = add(paths, db, period, allow_errors=True)
        except InputsRefused as refused:
            return Uploaded(_verdicts(refused.validation, names), (), refused)
        except CentertrackError as refused:
            return Uploaded(tuple(Verdict(n, False, False, ()) for n in names.values()), (), refused)
        stored = tuple(sorted({p for _, _, p in added.saved.stored}))
        return Uploaded(_verdicts(added.validation, names), stored or ((period,) if period else ()))


def _verdicts(result: Validation, names: dict[str, str]) -> tuple[Verdict, ...]:
    verdicts = []
    for path, name in names.items():
        issues = [i for i in result.issues if i.file == path or Path(i.file) == Path(path)]
        unreadable = any(i.code == "file-unreadable" for i in issues)
        usable = not any(i.severity == "error" for i in issues)
        verdicts.append(Verdict(name, usable, unreadable, tuple((i.location, i.severity, i) for i in issues)))
    return tuple(verdicts)
