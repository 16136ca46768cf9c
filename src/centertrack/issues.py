"""Issue records — what validation finds — said in Thai or English with the catalogue's words.

Bad data is a result, not an exception: every check returns Issue records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from centertrack.catalog import ISSUES, SEVERITY_ORDER, Lang, Severity, fill, say
from centertrack.limits import SHOWN_VALUE_CHARS
from centertrack.thai import spoken_date


def clip(text: str, limit: int = SHOWN_VALUE_CHARS) -> str:
    """A cell's text as quoted in a message: one line, cut at the limit (a cell may hold 1 MB)."""
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PARAMS = frozenset({"date", "since", "as_of"})  # dates the checks pass as ISO text


def _param(key: str, value: Any, lang: Lang) -> Any:
    """A parameter as a message quotes it: a cell's text clipped (a province name may be 1 MB); a list
    of our own (the provinces that have not reported) whole, never cut; a date as the language writes it."""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if not isinstance(value, str):
        return value
    if lang == "th" and key in _DATE_PARAMS and _ISO_DATE.fullmatch(value):
        return spoken_date(date.fromisoformat(value), "th")
    return clip(value)


@dataclass(frozen=True)
class Issue:
    """One problem, at one place."""

    code: str
    file: str
    sheet: str | None = None
    cell: str | None = None  # "D7"
    row: int | None = None  # 1-based spreadsheet row
    column: str | None = None  # the column's header as written
    value: str | None = None  # the cell as written
    params: Mapping[str, Any] = field(default_factory=dict)
    more: int = 0  # further rows with the same problem (a case register reports each problem once)

    @property
    def severity(self) -> Severity:
        return ISSUES[self.code].severity

    @property
    def location(self) -> str:
        """Where to look, as a spreadsheet user writes it: "Sheet1!D7"."""
        if self.cell and self.sheet:
            return f"{self.sheet}!{self.cell}"
        return self.cell or self.sheet or ""

    def _fill(self, template: str, lang: Lang) -> str:
        params = {k: _param(k, v, lang) for k, v in self.params.items()}
        column = self.column and clip(self.column)
        return fill(template, lang, {"value": self.value, "column": column, **params})

    def message(self, lang: Lang = "th") -> str:
        text = self._fill(ISSUES[self.code].message.template(lang), lang)
        return text + say("more-rows", lang, more=self.more) if self.more else text

    def hint(self, lang: Lang = "th") -> str:
        return self._fill(ISSUES[self.code].hint.template(lang), lang)

    def line(self, lang: Lang = "th") -> str:
        """The issue as one line about its file: what is wrong, and what to do."""
        hint = self.hint(lang)
        return f"{self.file}: {self.message(lang)}" + (f" — {hint}" if hint else "")

    def to_dict(self, lang: Lang = "th") -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }
        if self.more:
            data["more_rows"] = self.more
        for key, value in self.params.items():  # a list is given whole (the provinces not reported)
            if isinstance(value, (list, tuple)):
                data[key] = list(value)
        return data


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """By file, sheet, row and column; file-level issues first in each file."""

    def key(issue: Issue) -> tuple[str, str, int, int, str, str]:
        column_order = len(issue.cell or "") * 1000 + sum(map(ord, issue.cell or ""))
        return (issue.file, issue.sheet or "", issue.row or 0, column_order, issue.code, issue.value or "")

    return sorted(issues, key=key)


__all__ = ["ISSUES", "SEVERITY_ORDER", "Issue", "Lang", "Severity", "clip", "sort_issues"]
