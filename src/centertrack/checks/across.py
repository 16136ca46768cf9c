"""Checks across the inputs of a run: one province in two inputs of a round, the provinces none
reports, and the one report of each province that is counted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from centertrack.issues import Issue
from centertrack.records import Entry, SheetReport
from centertrack.reference import Reference


def check_conflicts(
    sheets: Sequence[SheetReport], round_of: Callable[[SheetReport], str | None] | None = None
) -> list[Issue]:
    """The same province in two inputs of one round: the same numbers are one report sent twice; others
    conflict, and both reports are flagged. ``round_of`` gives each sheet's round when the inputs are of
    several (history add of several months: a province's February and March are no conflict); without
    it, the inputs are one round."""
    issues: list[Issue] = []
    first: dict[tuple[str | None, str], Entry] = {}
    for sheet in sheets:
        round_ = round_of(sheet) if round_of is not None else None
        for entry in sheet.entries:
            seen = first.setdefault((round_, entry.province.code), entry)
            if seen is entry or (seen.file, seen.sheet) == (entry.file, entry.sheet):
                continue
            if _compared(seen, entry) != _compared(entry, seen):
                entry.flagged = seen.flagged = True
                issues.append(
                    Issue(
                        code="conflicting-reports",
                        file=entry.file,
                        sheet=entry.sheet,
                        cell=entry.cell,
                        row=entry.row,
                        value=entry.province.name_th,
                        params={
                            "province": entry.province.name_th,
                            "numbers": _compared(entry, seen),
                            "other": seen.place,
                            "other_numbers": _compared(seen, entry),
                        },
                    )
                )
    return issues


def _compared(entry: Entry, other: Entry) -> str:
    """What two reports of a province must agree on: their centers' numbers, or, where one is a case
    register (which says nothing of centers), the statistics both give (none: nothing to disagree on)."""
    if "case" not in (entry.level, other.level):
        return "/".join(map(str, entry.numbers))
    if entry.statistics is None or other.statistics is None:
        return ""
    stats = entry.statistics
    return "/".join(map(str, (stats.received, stats.assisted, stats.referred, stats.pending)))


def check_complete(entries: Iterable[Entry], reference: Reference, file: str) -> list[Issue]:
    """The provinces under DLA that no input reports (asked for with --complete)."""
    reported = {e.province.code for e in entries}
    missing = [p for p in reference.supervised if p.code not in reported]
    if not missing:
        return []
    return [
        Issue(
            code="missing-provinces",
            file=file,
            params={
                "count": len(missing),
                "names_th": [p.name_th for p in missing],  # lists: given whole, in the JSON too
                "names_en": [p.name_en for p in missing],
            },
        )
    ]


def merged_entries(sheets: Iterable[SheetReport]) -> list[Entry]:
    """Each province once: the first report of it (conflicts are issues, never summed), or a detail
    sheet's report of the same numbers, whatever the order of the inputs: it alone has the statistics.
    A case register gives statistics only: a report of the centers takes them when it has none."""
    seen: dict[str, Entry] = {}
    for sheet in sheets:
        for entry in sheet.entries:
            code = entry.province.code
            first = seen.setdefault(code, entry)
            if first is entry:
                continue
            if first.level == "case" and entry.level != "case":
                first, entry = entry, first  # the report of the centers leads
                seen[code] = first
            detail = first.level == "province" and entry.level not in ("province", "case")
            if entry.level == "case" and first.statistics is None:
                seen[code] = replace(first, statistics=entry.statistics)
            elif detail and first.numbers == entry.numbers:
                seen[code] = entry
    return list(seen.values())
