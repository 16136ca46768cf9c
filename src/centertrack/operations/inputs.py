"""What an operation reads: the files sent, validated and let through only when usable, or a stored round.

``Source`` is where a round comes from (files, or a round of the history store), ``check`` the gate every
output passes, ``province`` the province a person means by a name or a code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from centertrack.catalog import Said
from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.records import SheetReport
    from centertrack.runner import Validation

Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class Source:
    """Where a round comes from: ``paths`` (files, folders, zips) or the history store's round ``period``
    (in ``db``, else the default store); with the indicator asked for and whether errors may pass."""

    paths: tuple[Path, ...] = ()
    db: Path | None = None
    period: str | None = None
    indicator: str = "auto"
    allow_errors: bool = False
    progress: Progress | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        paths: Sequence[Path] | None,
        db: Path | None = None,
        period: str | None = None,
        indicator: str = "auto",
        allow_errors: bool = False,
        progress: Progress | None = None,
    ) -> Source:
        """A source from what a person gave: paths or a stored round, one or the other."""
        if period is not None:
            if paths:
                raise CentertrackError("paths-and-period")
        elif db is not None:
            raise CentertrackError("store-without-period", field="db")
        elif not paths:
            raise CentertrackError("no-inputs")
        return cls(tuple(paths or ()), db, period, indicator, allow_errors, progress)

    @property
    def stored(self) -> bool:
        return self.period is not None


class InputsRefused(CentertrackError):
    """The inputs cannot be added up: unreadable, no sheet, or errors not allowed through. Carries the
    validation, for the front end to show what is wrong before it says so."""

    def __init__(self, code: str, validation: Validation) -> None:
        super().__init__(code)
        self.validation = validation
        self.exit_code = validation.exit_code or 2


def validate(
    paths: Sequence[str | Path],
    indicator: str = "auto",
    *,
    complete: bool = False,
    progress: Progress | None = None,
    round_of: Callable[[SheetReport], str | None] | None = None,
) -> Validation:
    """Read and check ``paths`` (files, folders, zips): every issue once, at its cell. ``round_of``:
    each sheet's round, where the inputs may be of several (only sheets of one round conflict)."""
    from centertrack.runner import validate_paths

    files = [Path(p) for p in paths]
    return validate_paths(files, indicator, complete=complete, progress=progress, round_of=round_of)


def check(
    paths: Sequence[str | Path],
    indicator: str = "auto",
    allow_errors: bool = False,
    progress: Progress | None = None,
    round_of: Callable[[SheetReport], str | None] | None = None,
) -> Validation:
    """Validate, and let through only what can be added up: refused (``InputsRefused``) when a file
    cannot be read, no sheet could be, or errors are found and not allowed."""
    result = validate(paths, indicator, progress=progress, round_of=round_of)
    if result.unreadable:
        raise InputsRefused("inputs-unreadable", result)
    if not result.sheets:
        raise InputsRefused("no-sheet", result)
    if not result.valid and not allow_errors:
        raise InputsRefused("inputs-have-errors", result)
    return result


def several_dates(result: Validation) -> Said | None:
    """Inputs as of different dates are added up as of the latest: what to say of it (each older
    date with its files by name, to be asked for again; the latest with its count), or None."""
    dates = sorted({s.as_of for s in result.sheets if s.as_of is not None})
    if len(dates) < 2:
        return None
    latest = result.as_of or dates[-1]
    parts = []
    for day in dates:
        files = sorted({s.path for s in result.sheets if s.as_of == day})
        if day == latest:
            parts.append(Said("date-with-file-count", {"date": day, "count": len(files)}))
        else:
            parts.append(Said("date-with-files", {"date": day, "files": files}))
    return Said("inputs-of-several-dates", {"count": len(dates), "parts": parts, "latest": latest})


def province(written: str) -> str:
    """The DOPA code of the province under DLA that a person means by a Thai or English name or a code;
    refused with the closest names when none is."""
    from centertrack.reference import load_reference

    reference = load_reference()
    match = reference.match(written)
    if match is not None and match.province.supervised:
        return match.province.code
    if match is not None:  # Bangkok: a province, not under DLA
        raise CentertrackError("province-not-under-dla", field="province", value=written)
    close = [p for p in reference.closest(written) if p.supervised]
    names = {"names_th": [p.name_th for p in close], "names": [f"{p.name_th} ({p.name_en})" for p in close]}
    suggestion = Said("did-you-mean-province-name", names) if close else ""
    raise CentertrackError("province-unknown", field="province", value=written, did_you_mean=suggestion)
