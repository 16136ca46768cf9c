"""Terminal: the validation report, every issue at its cell grouped by file, then a verdict per file.

Its columns fold (Thai has no spaces to wrap at: never cut to "…"); the heading and the verdict of each
file stay one line each, to grep.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack import catalog
from centertrack.issues import RUN, Issue, Lang
from centertrack.limits import SHOWN_PER_KIND
from centertrack.readers import skipped_kinds
from centertrack.reports.visible import shown as plain
from centertrack.reports.visible import visible

if TYPE_CHECKING:
    from centertrack.runner import Validation


_STYLE = {"error": "bold red", "warning": "yellow", "notice": "dim"}
_MARK = {"error": "✗", "warning": "!", "notice": "·"}
_FOLD = 120  # cells: the widest a problem or a hint is shown, however wide the output


def _words(key: str, lang: Lang) -> str:
    return catalog.say(f"validation-{key}", lang)


# The words of the report that reports/feedback_xlsx.py (the paper helper's) still takes by these keys,
# until it looks them up in the catalogue; the lead drops this at merge.
WORDS: dict[str, dict[str, str]] = {
    lang: {
        **{key: _words(key, lang) for key in ("cell", "value", "problem", "hint")},
        "ok": catalog.say("verdict-ok", lang),
        "bad": catalog.say("verdict-bad", lang),
        "as_of": catalog.say("as-of-label", lang),
        "indicator": catalog.say("indicator", lang).lower(),
    }
    for lang in catalog.LANGS
}


# The encoding a CSV was read in, as Excel and Windows name it (the JSON keeps Python's codec name).
_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp874": "Windows Thai (cp874)",
    "utf-8+cp874": "UTF-8 + Windows Thai (cp874)",
}


def _files_in_order(result: Validation, issues: list[Issue]) -> list[str]:
    files: list[str] = []
    for name in [s.path for s in result.sheets] + [i.file for i in issues]:
        if name and name not in files:
            files.append(name)
    return files


def validation_report(
    result: Validation,
    lang: Lang = "th",
    issues: list[Issue] | None = None,
    per_kind: int | None = SHOWN_PER_KIND,
) -> RenderableType:
    """Every issue at its cell, grouped by file and row, then a one-line verdict per file.

    issues: the ones to show, when not all of them (summarize leaves out the notices).
    per_kind: the most issues of one code shown per file, then how many more (None: all of them).
    """
    shown = result.issues if issues is None else issues
    parts: list[RenderableType] = []
    verdicts: list[Text] = []
    for path in _files_in_order(result, shown):
        file_issues = [i for i in shown if i.file == path]
        verdicts.append(_verdict(path, file_issues, lang))
        if any(i.code == "file-unreadable" for i in file_issues):
            continue  # its verdict is the one line that says why and what to do
        sheets = [s for s in result.sheets if s.path == path]
        heading = plain(path, style="bold", lines=False)
        for sheet in sheets:
            details = [
                visible(sheet.sheet, lines=False),
                catalog.say("rows", lang, n=sheet.rows),
                catalog.say("sheet-indicator", lang, id=result.indicator.id),
            ]
            if sheet.encoding:
                details.append(_ENCODINGS.get(sheet.encoding, sheet.encoding))
            if sheet.as_of:  # Thai as the letters write it (10 เมษายน 2561); English as ISO
                details.append(catalog.say("sheet-as-of", lang, date=sheet.as_of.isoformat()))
            heading.append(f"  ({', '.join(details)})", style="dim")
        parts.append(heading)
        listed, more = _first_of_each_kind(file_issues, per_kind)
        if listed:
            parts.append(_issue_table(listed, lang))
        if more:
            kinds = ", ".join(f"{code} {count:,}" for code, count in more.items())
            line = catalog.say("more-issues", lang, n=sum(more.values()), kinds=kinds)
            parts.append(Text(line, style="yellow"))
    if run := [i for i in shown if i.file == RUN]:  # about all the files at once: said once, after them
        parts += [
            Text(catalog.say("validation-run", lang), style="bold"),
            _issue_table(run, lang, place=False),
        ]
    if result.skipped:  # which ones, all of them: a report misnamed .pdf is to be found here
        names = [visible(path, lines=False) for path in result.skipped]
        kinds = _skipped_kinds(result.skipped, lang)
        line = catalog.say("skipped", lang, n=len(result.skipped), kinds=kinds, names=names)
        parts.append(Text(line, style="dim"))
    return Group(*parts, *([Text("")] if parts else []), *verdicts)


def _skipped_kinds(skipped: Sequence[Path], lang: Lang) -> str:
    """What a folder's skipped files are, counted by kind (readers.skipped_kinds), so that the analyst
    sees which offices sent a PDF or a photo instead of a sheet: 2 PDFs and 1 picture."""
    counted = [catalog.say(f"skipped-kind-{kind}", lang, n=n) for kind, n in skipped_kinds(skipped)]
    last = catalog.say("list-and", lang).join(counted[-2:])
    return ", ".join([*counted[:-2], last])


def _first_of_each_kind(issues: list[Issue], limit: int | None) -> tuple[list[Issue], Counter[str]]:
    """The issues to list, in their order, and how many of each code are left out."""
    if limit is None:
        return issues, Counter()
    seen: Counter[str] = Counter()
    listed = []
    for issue in issues:
        seen[issue.code] += 1
        if seen[issue.code] <= limit:
            listed.append(issue)
    return listed, Counter({code: n - limit for code, n in seen.items() if n > limit})


def _issue_table(issues: list[Issue], lang: Lang, place: bool = True) -> Table:
    """The issues, a row each; place: with the cell and the value written (the run's issues have none)."""
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    table.add_column("", no_wrap=True)
    if place:
        table.add_column(_words("cell", lang), overflow="fold")
        table.add_column(_words("value", lang), max_width=24, overflow="fold")
    # Thai has no spaces to wrap at: a long Thai line folds where the width ends, never cut to "…"; sent
    # to a file or a pipe, where the width is unlimited, a long one (a list of provinces) folds at _FOLD.
    table.add_column(_words("problem", lang), ratio=3, max_width=_FOLD, overflow="fold")
    table.add_column(_words("hint", lang), ratio=2, max_width=_FOLD, style="italic", overflow="fold")
    for issue in issues:
        style = _STYLE[issue.severity]
        where = (plain(issue.location, lines=False), plain(issue.value or "", style="cyan")) if place else ()
        table.add_row(
            Text(_MARK[issue.severity], style=style),
            *where,
            plain(issue.message(lang), style=style if issue.severity != "notice" else ""),
            plain(issue.hint(lang)),
            style="dim" if issue.severity == "notice" else None,
        )
    return table


def tally(issues: Sequence[Issue], lang: Lang) -> str:
    """1 error, 2 warnings: how many issues of each severity."""
    counts: Counter[str] = Counter(i.severity for i in issues)
    severities = [s for s in ("error", "warning", "notice") if counts[s]]
    return ", ".join(catalog.say(f"issue-tally-{s}", lang, n=counts[s]) for s in severities)


def _verdict(path: str, issues: list[Issue], lang: Lang) -> Text:
    counted = tally(issues, lang)
    for issue in issues:
        if issue.code == "file-unreadable":
            return plain(f"✗ {issue.line(lang)}", style="bold red", lines=False)
    path = visible(path, lines=False)
    if any(i.severity == "error" for i in issues):
        return Text(f"✗ {path}: {catalog.say('verdict-bad', lang)} ({counted})", style="bold red")
    ok = catalog.say("verdict-ok", lang)
    return Text(f"✓ {path}: {ok}" + (f" ({counted})" if counted else ""), style="bold green")


def file_verdicts(result: Validation, lang: Lang = "th") -> list[tuple[str, bool, str]]:
    """Each input file's verdict as validate prints it last: (path, whether it can be used, the line)."""
    verdicts = []
    for path in _files_in_order(result, result.issues):
        file_issues = [i for i in result.issues if i.file == path]
        line = _verdict(path, file_issues, lang).plain
        verdicts.append((path, not any(i.severity == "error" for i in file_issues), line))
    return verdicts
