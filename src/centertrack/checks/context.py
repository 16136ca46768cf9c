"""What every check is given: the reference data, today's date, and a log that only collects issues."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from centertrack.form import Cell
from centertrack.issues import Issue, clip
from centertrack.readers import Sheet
from centertrack.reference import Reference


@dataclass
class Context:
    """One run's checks: where they look things up, and the issues they have found, in order."""

    reference: Reference
    today: date
    issues: list[Issue] = field(default_factory=list)

    def add(
        self,
        code: str,
        sheet: Sheet,
        cell: Cell | None = None,
        column: str | None = None,
        /,
        **params: object,
    ) -> None:
        """Note an issue of ``code`` at ``cell`` (or of the whole sheet), with its message's parameters
        (a ``column`` among them is the one its words name: the column to add, not the issue's own)."""
        self.issues.append(
            Issue(
                code=code,
                file=str(sheet.path),
                sheet=sheet.name,
                cell=cell.ref if cell else None,
                row=cell.row + 1 if cell else None,
                column=column,
                value=clip(cell.text) if cell else None,
                params=params,
            )
        )

    def apart(self) -> Context:
        """The same look-ups with a log of its own: for a check whose issues its caller edits before
        keeping them (a case register says each once for all the rows that share a value)."""
        return Context(self.reference, self.today)
