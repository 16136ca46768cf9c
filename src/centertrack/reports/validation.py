"""The validation report: a rich text report grouped by file and row, and the JSON contract."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from centertrack.issues import Issue, Lang
from centertrack.validate import Validation

_STYLE = {"error": "bold red", "warning": "yellow", "notice": "dim"}
_MARK = {"error": "✗", "warning": "!", "notice": "·"}
_WORDS = {
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
        "unreadable": "อ่านไม่ได้",
        "rows": "แถว",
        "as_of": "ข้อมูล ณ",
        "indicator": "ตัวชี้วัด",
        "skipped": "ข้ามไฟล์ที่ไม่ใช่ตาราง {n} ไฟล์",
    },
    "en": {
        "cell": "cell",
        "value": "written",
        "problem": "problem",
        "hint": "what to do",
        "error": "error(s)",
        "warning": "warning(s)",
        "notice": "notice(s)",
        "ok": "OK: can be used",
        "bad": "not OK: send back to the province to fix",
        "unreadable": "cannot be read",
        "rows": "rows",
        "as_of": "as of",
        "indicator": "indicator",
        "skipped": "skipped {n} file(s) that are not spreadsheets",
    },
}


def validation_json(result: Validation, lang: Lang = "th") -> str:
    data = {
        "valid": result.valid,
        "indicator": result.indicator.id,
        "files": [sheet.to_dict(result.indicator.id) for sheet in result.sheets],
        "issues": [issue.to_dict(lang) for issue in result.issues],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _files_in_order(result: Validation) -> list[str]:
    files: list[str] = []
    for name in [s.path for s in result.sheets] + [i.file for i in result.issues]:
        if name and name not in files:
            files.append(name)
    return files


def validation_report(result: Validation, lang: Lang = "th") -> RenderableType:
    """Every issue at its cell, grouped by file and row, then a one-line verdict per file."""
    words = _WORDS[lang]
    parts: list[RenderableType] = []
    verdicts: list[Text] = []
    for path in _files_in_order(result):
        issues = [i for i in result.issues if i.file == path]
        sheets = [s for s in result.sheets if s.path == path]
        heading = Text(path, style="bold")
        for sheet in sheets:
            details = [
                sheet.sheet,
                f"{sheet.rows} {words['rows']}",
                f"{words['indicator']} {result.indicator.id}",
            ]
            if sheet.encoding:
                details.append(sheet.encoding)
            if sheet.as_of:
                details.append(f"{words['as_of']} {sheet.as_of.isoformat()}")
            heading.append(f"  ({', '.join(details)})", style="dim")
        parts.append(heading)
        if issues:
            parts.append(_issue_table(issues, lang))
        verdicts.append(_verdict(path, issues, lang))
    if result.skipped:
        parts.append(Text(words["skipped"].format(n=len(result.skipped)), style="dim"))
    return Group(*parts, Text(""), *verdicts)


def _issue_table(issues: list[Issue], lang: Lang) -> Table:
    words = _WORDS[lang]
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    table.add_column("", no_wrap=True)
    table.add_column(words["cell"], no_wrap=True)
    table.add_column(words["value"], max_width=24, overflow="fold")
    table.add_column(words["problem"], ratio=3)
    table.add_column(words["hint"], ratio=2, style="italic")
    for issue in issues:
        style = _STYLE[issue.severity]
        table.add_row(
            Text(_MARK[issue.severity], style=style),
            issue.location,
            Text(issue.value or "", style="cyan"),
            Text(issue.message(lang), style=style if issue.severity != "notice" else ""),
            issue.hint(lang),
            style="dim" if issue.severity == "notice" else None,
        )
    return table


def _verdict(path: str, issues: list[Issue], lang: Lang) -> Text:
    words = _WORDS[lang]
    counts = Counter(i.severity for i in issues)
    tally = ", ".join(f"{counts[s]} {words[s]}" for s in ("error", "warning", "notice") if counts[s])
    if any(i.code == "file-unreadable" for i in issues):
        return Text(f"✗ {path}: {words['unreadable']}", style="bold red")
    if counts["error"]:
        return Text(f"✗ {path}: {words['bad']} ({tally})", style="bold red")
    return Text(f"✓ {path}: {words['ok']}" + (f" ({tally})" if tally else ""), style="bold green")


def iter_errors(result: Validation) -> Iterator[Issue]:
    return (i for i in result.issues if i.severity == "error")
