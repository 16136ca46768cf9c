"""Feedback to the provinces: each input file's own sheets, cell for cell, with the issues that
validate found in them, to be written as an annotated copy and sent back.

The model only: every sheet's values at their positions as the readers give them (so "C12" is the
same cell in the copy as in the office's file, whatever its format), the issues of each sheet in the
order validate lists them, and the file's verdict. The writer is reports/feedback_xlsx.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack import catalog
from centertrack.catalog import Lang
from centertrack.errors import UnreadableFileError
from centertrack.issues import Issue
from centertrack.readers import CellValue, expand_paths, read_file

if TYPE_CHECKING:
    from centertrack.runner import Validation

# The copies' zip, named in the report's language (the catalogue's feedback-bundle).
BUNDLE = {lang: catalog.say("feedback-bundle", lang) for lang in catalog.LANGS}


@dataclass(frozen=True)
class SheetFeedback:
    """One sheet of the office's file: its values as read (``rows[0][0]`` is A1) and its issues."""

    name: str
    rows: list[list[CellValue]]
    merged: list[tuple[int, int, int, int]]  # 0-based (r0, c0, r1, c1), as the reader gives them
    issues: list[Issue]  # those of this sheet, in validate's order (with a cell or not)


@dataclass(frozen=True)
class FileFeedback:
    """One input file: where it came from, what validate said about it, and its sheets."""

    path: Path
    indicator: str
    as_of: date | None
    issues: list[Issue]  # every issue of the file, in validate's order: the summary sheet's rows
    sheets: list[SheetFeedback]

    @property
    def counts(self) -> Counter[str]:
        return Counter(issue.severity for issue in self.issues)

    @property
    def valid(self) -> bool:
        return not self.counts["error"]


@dataclass(frozen=True)
class Feedback:
    """What feedback writes (one FileFeedback per file) and the files it cannot (unreadable)."""

    files: list[FileFeedback]
    unreadable: list[Issue]


def build_feedback(paths: Iterable[Path], result: Validation, every: bool = False) -> Feedback:
    """The feedback for each input file with an error or a warning (each readable one with ``every``).

    ``result`` is validate_paths(paths, …); each file is read again for its cells as written. A
    file that could not be read is in ``unreadable``, never in ``files``.
    """
    files, _ = expand_paths(paths)
    by_file: dict[str, list[Issue]] = {}
    for issue in result.issues:
        by_file.setdefault(issue.file, []).append(issue)
    out: list[FileFeedback] = []
    unreadable: list[Issue] = []
    seen: set[str] = set()
    for path in files:
        name = str(path)
        if name in seen:
            continue
        seen.add(name)
        issues = by_file.get(name, [])
        bad = [i for i in issues if i.code == "file-unreadable"]
        if bad:
            unreadable.extend(bad)
            continue
        if not every and not any(i.severity in ("error", "warning") for i in issues):
            continue
        try:
            sheets = read_file(path)
        except UnreadableFileError:  # read a moment ago; gone or changed since
            unreadable.extend(i for i in issues if i.code == "file-unreadable")
            continue
        dates = [s.as_of for s in result.sheets if s.path == name and s.as_of]
        out.append(
            FileFeedback(
                path,
                result.indicator.id,
                max(dates) if dates else None,
                issues,
                [
                    SheetFeedback(
                        sheet.name,
                        sheet.rows,
                        list(sheet.merged),
                        [i for i in issues if i.sheet == sheet.name],
                    )
                    for sheet in sheets
                ],
            )
        )
    return Feedback(out, unreadable)


def output_names(files: Iterable[FileFeedback], lang: Lang) -> list[str]:
    """The copy's file name for each file, in order: ``<stem><suffix>.xlsx`` (the suffix in the report's
    language: -ตรวจสอบ, -checked), unique among them.

    Two inputs of one stem (a.xlsx and a.csv) are told apart by their type (a-csv-ตรวจสอบ.xlsx), the
    same name in two folders by a number (a-ตรวจสอบ-2.xlsx).
    """
    files = list(files)
    suffix = catalog.say("feedback-suffix", lang)
    stems = Counter(f.path.stem.casefold() for f in files)
    names: list[str] = []
    taken: set[str] = set()
    for file in files:
        stem = file.path.stem
        if stems[stem.casefold()] > 1 and file.path.suffix:
            stem += "-" + file.path.suffix.lstrip(".").lower()
        name, number = f"{stem}{suffix}.xlsx", 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem}{suffix}-{number}.xlsx"
        taken.add(name.casefold())
        names.append(name)
    return names
