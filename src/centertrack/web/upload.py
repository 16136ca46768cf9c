"""Files sent through the page: kept under safe names, added to their round as `centertrack round` adds
an inbox (operations.month.run_round: each file's bytes kept, its reports counted or sent back, received
at the upload's time), each given its verdict.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centertrack.errors import CentertrackError

if TYPE_CHECKING:
    from centertrack.operations.month import RoundFile, RoundResult
    from centertrack.operations.stores import Db

_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


def safe_name(name: str, number: int) -> str:
    """A file name as sent, never a path: its last part, without characters a file system refuses (a name
    left empty, or only dots, becomes ``upload-N``)."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE.sub("_", last).strip().lstrip(".")
    return cleaned[:200] or f"upload-{number}"


@dataclass(frozen=True)
class Verdict:
    """One file's verdict: its status in the round (ok, errors: sent back, duplicate, refused), whether it
    came by the reporting day, and its issues (location, severity, the Issue)."""

    name: str
    status: str
    timely: bool | None
    issues: tuple[tuple[str, str, Any], ...]
    sha256: str = ""  # its bytes', as the store keeps them ("": not kept)

    @property
    def usable(self) -> bool:
        return self.status in ("ok", "duplicate")

    @property
    def unreadable(self) -> bool:
        return self.status == "refused"


@dataclass(frozen=True)
class Uploaded:
    verdicts: tuple[Verdict, ...]
    round: RoundResult | None  # the round after this add (None: refused, nothing stored)
    refusal: CentertrackError | None = None  # why nothing was stored, when so

    @property
    def periods(self) -> tuple[str, ...]:
        """The round the files went to (none: nothing stored)."""
        return (self.round.period,) if self.round is not None else ()

    def to_dict(self, lang: str) -> dict[str, Any]:
        from centertrack.web.page import refusal_text

        return {
            "refused": refusal_text(self.refusal, lang) if self.refusal else None,
            "stored_in": list(self.periods),
            "files": [
                {
                    "name": v.name,
                    "status": v.status,
                    "usable": v.usable,
                    "timely": v.timely,
                    "issues": [{**issue.to_dict(lang), "file": v.name} for _, _, issue in v.issues],
                }
                for v in self.verdicts
            ],
        }


def add_files(
    db: Db,
    period: str | None,
    sent: list[tuple[str, bytes]],
    *,
    who: str,
    province: str | None = None,
    now: datetime | None = None,
) -> Uploaded:
    """Add the files ``sent`` (name as sent, content) to the round ``period`` (None: each sheet's as-of
    month) as the month's operation does, received ``now`` (the upload's time), by ``who`` (the analyst,
    or a province's link); with ``province``, a sheet of another province is refused and nothing stored."""
    from centertrack.operations.month import RoundRefused, run_round
    from centertrack.operations.stores import keep_open

    received = now or datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="centertrack-upload-") as folder:
        names: dict[Path, str] = {}
        for number, (name, content) in enumerate(sent, 1):
            safe = safe_name(name, number)
            target = Path(folder) / f"{number:03d}" / safe  # one folder each: two files of one name
            target.parent.mkdir()
            target.write_bytes(content)
            names[target] = safe
        try:
            result = run_round(
                list(names), db, period, received=received, who=who, now=received, province=province
            )
        except RoundRefused as refused:
            return Uploaded(_verdicts(refused.files, names), None, refused)
        except CentertrackError as refused:
            return Uploaded(tuple(Verdict(n, "refused", None, ()) for n in names.values()), None, refused)
        keep_open(db)  # the first add may have made the store: held from now on
        return Uploaded(_verdicts(result.files, names), result)


def _verdicts(files: list[RoundFile], names: dict[Path, str]) -> tuple[Verdict, ...]:
    verdicts = []
    for file in files:
        issues = file.validation.issues if file.validation is not None else ()
        shown = tuple((i.location, i.severity, i) for i in issues)
        name = names.get(file.path, file.path.name)
        verdicts.append(Verdict(name, file.status, file.timely, shown, file.sha256))
    return tuple(verdicts)
