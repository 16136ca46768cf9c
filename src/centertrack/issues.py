"""Issue records — what validation finds — said in Thai or English with the catalogue's words.

Bad data is a result, not an exception: every check returns Issue records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from centertrack.catalog import ISSUES, SEVERITY_ORDER, Lang, Said, Severity, Words, fill, revived, say
from centertrack.limits import SHOWN_VALUE_CHARS


def clip(text: str, limit: int = SHOWN_VALUE_CHARS) -> str:
    """A cell's text as quoted in a message: one line, cut at the limit (a cell may hold 1 MB)."""
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _param(value: Any) -> Any:
    """A parameter as a message quotes it: a cell's text clipped (a province name may be 1 MB), inside the
    words it is handed on in too; a list of our own (the provinces that have not reported) whole, never
    cut; a stored issue's (JSON) made ``Said`` again."""
    if isinstance(value, str):
        return clip(value)
    if isinstance(value, dict):
        value = revived(value)
    if isinstance(value, Said):
        return Said(value.key, {k: _param(v) for k, v in value.params.items()})
    if isinstance(value, (list, tuple)):
        return [_param(v) for v in value]
    return value


def _said_again(params: Mapping[str, Any]) -> Mapping[str, Any]:
    """Issues stored before their words moved to the catalogue carry the words themselves: ``X_th``
    beside ``X_en`` (or an English ``X``). They are said as the one parameter ``X`` that the templates
    now take (a ``Words``: quoted as written, in the reader's language)."""
    old = [key[:-3] for key, value in params.items() if key.endswith("_th") and isinstance(value, str)]
    if not old:
        return params
    params = dict(params)
    for base in old:
        thai = params[f"{base}_th"]
        english = params.get(f"{base}_en", params.get(base))
        params[base] = Words(th=thai, en=english if isinstance(english, str) else thai)
    return params


# The file of an issue about the whole input set of a run of several files (the provinces none of them
# reports, the indicator all of them are taken as): none of them, said once after them all.
RUN = ""


@dataclass(frozen=True)
class Issue:
    """One problem, at one place."""

    code: str
    file: str  # RUN for an issue about the whole input set
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
        params = {k: _param(v) for k, v in _said_again(self.params).items()}
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
            "file": self.file or None,  # None: an issue about all the files of the run
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
        for key, value in self.params.items():  # a list of data is given whole (the provinces not reported)
            if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int)) for v in value):
                data[key] = list(value)
        return data


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """By file, sheet, row and column; file-level issues first in each file."""

    def key(issue: Issue) -> tuple[str, str, int, int, str, str]:
        column_order = len(issue.cell or "") * 1000 + sum(map(ord, issue.cell or ""))
        return (issue.file, issue.sheet or "", issue.row or 0, column_order, issue.code, issue.value or "")

    return sorted(issues, key=key)


__all__ = ["ISSUES", "RUN", "SEVERITY_ORDER", "Issue", "Lang", "Severity", "clip", "sort_issues"]
