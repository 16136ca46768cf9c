"""Feedback to the offices: an annotated copy of each file sent, every problem marked at its cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Lang
from centertrack.errors import CentertrackError
from centertrack.operations.inputs import Progress, validate

if TYPE_CHECKING:
    from centertrack.feedback import FileFeedback
    from centertrack.issues import Issue
    from centertrack.runner import Validation


@dataclass(frozen=True)
class Copies:
    """What ``feedback`` wrote: each file's copy and where, the bundle if one, and what it could not."""

    validation: Validation
    written: tuple[tuple[FileFeedback, Path], ...]
    bundle: Path | None
    unreadable: tuple[Issue, ...]


def check_folder(folder: Path, inputs: Sequence[Path]) -> None:
    """Refuse, before any work, a folder the copies cannot go into: not a folder, in a missing one, or
    where a run over the inputs would read the copies back as reports."""
    from centertrack.output import check_folder, resolved  # resolved: a symlink loop is no crash

    if folder.exists() and not folder.is_dir():
        raise CentertrackError("copies-not-a-folder", field="output", value=str(folder))
    check_folder(resolved(folder), folder)  # the one rule of output.py: made if missing, one level
    target = resolved(folder)
    for each in (resolved(p) for p in inputs if p.is_dir()):
        if target.is_relative_to(each):
            raise CentertrackError(
                "copies-inside-inputs", field="output", value=str(folder), folder=str(each)
            )
    # A copy holds the office's numbers: beside its input, a run over that folder would count them twice.
    for path in inputs:
        if not path.is_dir() and resolved(path).parent == target:
            raise CentertrackError("copies-beside-input", field="output", value=str(folder), path=str(path))


def feedback(
    paths: Sequence[Path],
    folder: Path,
    lang: Lang,
    indicator: str = "auto",
    every: bool = False,
    bundle: bool = False,
    force: bool = False,
    progress: Progress | None = None,
) -> Copies:
    """Validate ``paths`` and write into ``folder`` one copy per file with an error or a warning (each
    readable file with ``every``), in ``lang``; with ``bundle`` one zip of them. Every name is refused
    before any is written."""
    from centertrack.feedback import BUNDLE, build_feedback, output_names
    from centertrack.output import check_output, stable_zip, write_folder, write_output
    from centertrack.reports.feedback_xlsx import feedback_xlsx

    check_folder(folder, paths)
    result = validate(paths, indicator, progress=progress)
    found = build_feedback(paths, result, every)
    if not found.files:
        return Copies(result, (), None, tuple(found.unreadable))
    names = output_names(found.files, lang)
    targets = [folder / BUNDLE[lang]] if bundle else [folder / name for name in names]
    for target in targets:  # every name refused before any is written
        check_output(target, inputs=paths, force=force)
    if bundle:
        copies = [feedback_xlsx(file, lang) for file in found.files]
        zipped = stable_zip(zip(names, copies, strict=True), level=1)
        write_output(targets[0], zipped, inputs=paths, force=force)
    else:  # whole or not at all: the copies made one by one, then put in place together
        made = ((name, feedback_xlsx(file, lang)) for name, file in zip(names, found.files, strict=True))
        write_folder(folder, made, inputs=paths, force=force)
    written = tuple(
        (file, targets[0] / name if bundle else folder / name)
        for file, name in zip(found.files, names, strict=True)
    )
    return Copies(result, written, targets[0] if bundle else None, tuple(found.unreadable))
