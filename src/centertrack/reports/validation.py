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

from centertrack.issues import Issue, Lang
from centertrack.limits import SHOWN_PER_KIND
from centertrack.readers import skipped_kinds
from centertrack.reports.visible import shown as plain
from centertrack.reports.visible import visible
from centertrack.thai import spoken_date

if TYPE_CHECKING:
    from centertrack.runner import Validation


_STYLE = {"error": "bold red", "warning": "yellow", "notice": "dim"}
_MARK = {"error": "✗", "warning": "!", "notice": "·"}
WORDS = {
    "th": {
        "cell": "ช่อง",
        "value": "ค่าที่เขียน",
        "problem": "ปัญหา",
        "hint": "วิธีแก้",
        "error": "ข้อผิดพลาด",
        "warning": "คำเตือน",
        "notice": "หมายเหตุ",
        "ok": "ผ่าน: ใช้ได้",
        "bad": "ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข",
        "rows": "แถว",
        "as_of": "ข้อมูล ณ",
        "indicator": "ตัวชี้วัด",
        "skipped": "ข้ามไฟล์ที่ไม่ใช่ตาราง {n} ไฟล์ ({kinds}): {names}",
        "more": "… และอีก {n:,} รายการที่ไม่ได้แสดง ({kinds}): "
        "ดูทั้งหมดด้วย centertrack validate --all หรือ --format json",
    },
    "en": {
        "cell": "cell",
        "value": "written",
        "problem": "problem",
        "hint": "what to do",
        "error": "errors",
        "warning": "warnings",
        "notice": "notices",
        "ok": "OK: can be used",
        "bad": "not OK: send back to the province to fix",
        "rows": "rows",
        "as_of": "as of",
        "indicator": "indicator",
        "skipped": "skipped {n} {files} that {are} not spreadsheets ({kinds}): {names}",
        "more": "… and {n:,} more not shown ({kinds}): "
        "see them all with centertrack validate --all or --format json",
    },
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
    words = WORDS[lang]
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
                _counted(sheet.rows, words["rows"]),
                f"{words['indicator']} {result.indicator.id}",
            ]
            if sheet.encoding:
                details.append(_ENCODINGS.get(sheet.encoding, sheet.encoding))
            if sheet.as_of:  # Thai as the letters write it (10 เมษายน 2561); English as ISO
                as_of = spoken_date(sheet.as_of, "th") if lang == "th" else sheet.as_of.isoformat()
                details.append(f"{words['as_of']} {as_of}")
            heading.append(f"  ({', '.join(details)})", style="dim")
        parts.append(heading)
        listed, more = _first_of_each_kind(file_issues, per_kind)
        if listed:
            parts.append(_issue_table(listed, lang))
        if more:
            kinds = ", ".join(f"{code} {count:,}" for code, count in more.items())
            parts.append(Text(words["more"].format(n=sum(more.values()), kinds=kinds), style="yellow"))
    if result.skipped:  # which ones, all of them: a report misnamed .pdf is to be found here
        n = len(result.skipped)
        names = ", ".join(visible(path, lines=False) for path in result.skipped)
        line = words["skipped"].format(
            n=n,
            kinds=_skipped_kinds(result.skipped, lang),
            names=names,
            files="file" if n == 1 else "files",
            are="is" if n == 1 else "are",
        )
        parts.append(Text(line, style="dim"))
    return Group(*parts, *([Text("")] if parts else []), *verdicts)


# What a folder's skipped files are, counted by kind (readers.skipped_kinds): the analyst sees which
# offices sent a PDF or a photo instead of a sheet.
_KINDS: dict[str, dict[str, tuple[str, str]]] = {
    "th": {
        "pdf": ("PDF", "PDF"),
        "picture": ("รูปภาพ", "รูปภาพ"),
        "document": ("เอกสาร Word รุ่นเก่า", "เอกสาร Word รุ่นเก่า"),
        "presentation": ("งานนำเสนอ", "งานนำเสนอ"),
        "email": ("อีเมล", "อีเมล"),
        "program": ("โปรแกรม", "โปรแกรม"),
        "other": ("อื่น ๆ", "อื่น ๆ"),
    },
    "en": {
        "pdf": ("PDF", "PDFs"),
        "picture": ("picture", "pictures"),
        "document": ("old-format document", "old-format documents"),
        "presentation": ("presentation", "presentations"),
        "email": ("e-mail", "e-mails"),
        "program": ("program", "programs"),
        "other": ("other", "others"),
    },
}


def _skipped_kinds(skipped: Sequence[Path], lang: Lang) -> str:
    """2 PDFs and 1 picture (PDF 2 ไฟล์, รูปภาพ 1 ไฟล์)."""
    names = _KINDS[lang]
    if lang == "th":
        return ", ".join(f"{names[kind][0]} {n:,} ไฟล์" for kind, n in skipped_kinds(skipped))
    counted = [f"{n:,} {names[kind][n != 1]}" for kind, n in skipped_kinds(skipped)]
    return ", ".join(counted[:-1]) + (" and " if len(counted) > 1 else "") + counted[-1]


_ONE = {"errors": "error", "warnings": "warning", "notices": "notice", "rows": "row"}


def _counted(n: int, noun: str) -> str:
    """1 error, 2 errors: the words' nouns are plural (Thai ones the same for one and many)."""
    return f"{n:,} {_ONE.get(noun, noun) if n == 1 else noun}"


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


def _issue_table(issues: list[Issue], lang: Lang) -> Table:
    words = WORDS[lang]
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    table.add_column("", no_wrap=True)
    table.add_column(words["cell"], overflow="fold")
    table.add_column(words["value"], max_width=24, overflow="fold")
    # Thai has no spaces to wrap at: a long Thai line folds where the width ends, never cut to "…".
    table.add_column(words["problem"], ratio=3, overflow="fold")
    table.add_column(words["hint"], ratio=2, style="italic", overflow="fold")
    for issue in issues:
        style = _STYLE[issue.severity]
        table.add_row(
            Text(_MARK[issue.severity], style=style),
            plain(issue.location, lines=False),
            plain(issue.value or "", style="cyan"),
            plain(issue.message(lang), style=style if issue.severity != "notice" else ""),
            plain(issue.hint(lang)),
            style="dim" if issue.severity == "notice" else None,
        )
    return table


def _verdict(path: str, issues: list[Issue], lang: Lang) -> Text:
    words = WORDS[lang]
    counts = Counter(i.severity for i in issues)
    tally = ", ".join(_counted(counts[s], words[s]) for s in ("error", "warning", "notice") if counts[s])
    for issue in issues:
        if issue.code == "file-unreadable":
            return plain(f"✗ {issue.line(lang)}", style="bold red", lines=False)
    path = visible(path, lines=False)
    if counts["error"]:
        return Text(f"✗ {path}: {words['bad']} ({tally})", style="bold red")
    return Text(f"✓ {path}: {words['ok']}" + (f" ({tally})" if tally else ""), style="bold green")


def file_verdicts(result: Validation, lang: Lang = "th") -> list[tuple[str, bool, str]]:
    """Each input file's verdict as validate prints it last: (path, whether it can be used, the line)."""
    verdicts = []
    for path in _files_in_order(result, result.issues):
        file_issues = [i for i in result.issues if i.file == path]
        line = _verdict(path, file_issues, lang).plain
        verdicts.append((path, not any(i.severity == "error" for i in file_issues), line))
    return verdicts
