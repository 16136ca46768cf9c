"""XLSX: the annotated copy of an office's file to send back (see centertrack.feedback).

A first sheet lists every issue (its cell a hyperlink into the copy), then come the office's own sheets,
each value at the cell it had, each cell with an issue filled by its severity and carrying a comment
with the message and the hint. Values only: nothing the office's file held but values is carried over.

The workbook's XML is written directly (reports/ooxml.py), not with openpyxl: the national LAO sheet
with a column wrong on every row has some 14,000 issues, and openpyxl took about 10 s to make as many
comments and fills (an order of magnitude more than validate itself); these parts take a fraction of a
second. openpyxl and LibreOffice read them back (tests/reports/test_feedback_xlsx.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from centertrack.feedback import FileFeedback, SheetFeedback
from centertrack.issues import SEVERITY_ORDER, Issue, Lang
from centertrack.limits import MAX_CELL_CHARS
from centertrack.readers import column_letter
from centertrack.reports import ooxml, ooxml_package
from centertrack.reports.ooxml import EXCEL_COLUMNS, EXCEL_ROWS, FILLS
from centertrack.reports.validation import WORDS
from centertrack.thai import THAI_MONTHS

__all__ = ["FILLS", "feedback_xlsx", "sheet_names"]

SHEET_NAME_CHARS = 31
_MEASURED = 2_000  # rows whose text sets a column's width: enough to see a table's widest names
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_EN_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)

_OWN_WORDS = {
    "th": {
        "sheet": "ผลการตรวจสอบ",
        "file": "ไฟล์",
        "verdict": "ผล",
        "severity": "ระดับ",
        "error": "ข้อผิดพลาด",
        "warning": "คำเตือน",
        "notice": "หมายเหตุ",
        "none": "ไม่พบปัญหา",
        "unknown": "ไม่ทราบ",
        "how": "ช่องที่มีปัญหาในแผ่นงานถัดไปมีสีและความเห็นกำกับ: แดง ข้อผิดพลาด เหลือง คำเตือน ฟ้า หมายเหตุ",
        "cut": "แผ่นงาน {sheet} ยาวเกินที่ Excel รับได้ จึงตัดเหลือ {rows:,} แถว {columns:,} คอลัมน์",
    },
    "en": {
        "sheet": "Check results",
        "file": "file",
        "verdict": "verdict",
        "severity": "severity",
        "error": "error",
        "warning": "warning",
        "notice": "notice",
        "none": "no problem found",
        "unknown": "unknown",
        "how": "Cells with a problem on the next sheets are coloured and carry a comment: "
        "red an error, amber a warning, blue a notice",
        "cut": "sheet {sheet} is larger than Excel takes: cut to {rows:,} rows and {columns:,} columns",
    },
}
# The words the terminal's validation report uses too (its columns, the verdict) are taken from it: the
# office reads the same words in a LINE message and in its copy.
_SHARED = ("as_of", "indicator", "cell", "value", "problem", "hint", "ok", "bad")
_WORDS = {lang: {**{key: WORDS[lang][key] for key in _SHARED}, **own} for lang, own in _OWN_WORDS.items()}
_TALLY = {"th": ("ข้อผิดพลาด", "คำเตือน", "หมายเหตุ"), "en": ("error(s)", "warning(s)", "notice(s)")}

# ------------------------------------------------------------------------------------------- text


def _lines(text: str, width: int) -> int:
    """About how many lines a text wraps to in a column ``width`` wide (Thai marks above and below
    the line take no room: about a fifth of the characters)."""
    return -(-len(text) * 4 // (5 * (width - 2))) if len(text) > width - 2 else 1


def _worst(issues: Sequence[Issue]) -> str:
    if len(issues) == 1:
        return issues[0].severity
    return min((i.severity for i in issues), key=SEVERITY_ORDER.__getitem__)


# Each issue's message and hint while a workbook is written, by id (the summary and a comment both say
# them) and by what they are made of (a column's issues repeat); emptied when the workbook is written.
_said: dict[int, tuple[str, str]] = {}
_worded: dict[object, tuple[str, str]] = {}


def _words_of(issue: Issue, lang: Lang) -> tuple[str, str]:
    said = _said.get(id(issue))
    if said is None:
        key: tuple[object, ...] | None
        key = (issue.code, issue.value, issue.column, issue.more, *issue.params.items())
        try:
            said = _worded.get(key)
        except TypeError:  # a parameter that cannot be a key (a list)
            key = None
        if said is None:
            said = (issue.message(lang), issue.hint(lang))
            if key is not None:
                _worded[key] = said
        _said[id(issue)] = said
    return said


def _comment(issues: Sequence[Issue], lang: Lang) -> str:
    parts = []
    for issue in issues:
        message, hint = _words_of(issue, lang)
        parts.append(message + (f"\n→ {hint}" if hint else ""))
    return "\n\n".join(parts)[:MAX_CELL_CHARS]


def _date_words(d: date, lang: Lang) -> str:
    if lang == "th":
        return f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def _verdict(file: FileFeedback, lang: Lang) -> str:
    words = _WORDS[lang]
    counts = file.counts
    tally = ", ".join(
        f"{counts[s]:,} {w}"
        for s, w in zip(("error", "warning", "notice"), _TALLY[lang], strict=True)
        if counts[s]
    )
    return words["ok" if file.valid else "bad"] + (f" ({tally})" if tally else "")


def sheet_names(file: FileFeedback, lang: Lang) -> list[str]:
    """The copy's name for each of the office's sheets: its own, as far as Excel allows one (31
    characters, none of [ ] : * ? / \\), unique, and never the name of the results sheet."""
    taken = {_WORDS[lang]["sheet"].casefold()}
    names = []
    for sheet in file.sheets:
        base = _NOT_IN_SHEET_NAME.sub("_", sheet.name).strip("'") or "Sheet"
        name, number = base[:SHEET_NAME_CHARS], 1
        while name.casefold() in taken:
            number += 1
            tail = f" ({number})"
            name = base[: SHEET_NAME_CHARS - len(tail)] + tail
        taken.add(name.casefold())
        names.append(name)
    return names


# ------------------------------------------------------------------------------------------ sheets


def _summary_sheet(
    file: FileFeedback, names: dict[str, str], lang: Lang, cut: Sequence[str]
) -> tuple[bytes, int]:
    """The results sheet: the file, its verdict and date, then one row per issue in validate's order."""
    words = _WORDS[lang]
    rows: list[str] = []
    links: list[str] = []

    def row(number: int, cells: Iterable[str]) -> None:
        rows.append(f'<row r="{number}">{"".join(cells)}</row>')

    as_of = _date_words(file.as_of, lang) if file.as_of else words["unknown"]
    head = [
        (words["file"], file.path.name, "none"),
        (words["verdict"], _verdict(file, lang), "ok" if file.valid else "error"),
        (words["as_of"], as_of, "none"),
        (words["indicator"], file.indicator, "none"),
    ]
    for number, (label, value, fill) in enumerate(head, 1):
        row(
            number,
            [ooxml.cell(f"A{number}", label, kind="bold"), ooxml.cell(f"B{number}", value, fill, "bold")],
        )
    number = len(head) + 1
    row(number, [ooxml.cell(f"A{number}", words["how"])])
    for line in cut:
        number += 1
        row(number, [ooxml.cell(f"A{number}", line)])
    number += 2
    header = number
    titles = ("severity", "cell", "value", "problem", "hint")
    row(
        number,
        [ooxml.cell(f"{column_letter(i)}{number}", words[t], kind="bold") for i, t in enumerate(titles)],
    )
    if not file.issues:
        number += 1
        row(number, [ooxml.cell(f"A{number}", words["none"])])
    # One row per issue, written out (14,000 of them for a column wrong on the national LAO sheet).
    severity = {
        level: f'{ooxml.STYLE["plain", level]} t="s"><v>{ooxml.string_index(words[level])}</v></c>'
        for level in FILLS
    }
    # Each sheet's name as the links' XML has it: quoted for a location, and as shown.
    located = {name: ooxml.escape(ooxml.quoted(name)) for name in names.values()}
    shown = {name: ooxml.escape(name) for name in names.values()}
    link, wrap = ooxml.STYLE["link", "none"], ooxml.STYLE["wrap", "none"]
    # A row but for its number, by what it says: issues of one kind down a column read the same.
    # Its pieces are joined by the row's number ("<c r=\"C" + "7" + "\" ...").
    made: dict[tuple[str, str, str, str | None], tuple[str, list[str]]] = {}
    for issue in file.issues[: EXCEL_ROWS - number]:
        number += 1
        n = str(number)
        message, hint = _words_of(issue, lang)
        level = issue.severity
        key = (level, message, hint, issue.value)
        pieces = made.get(key)
        if pieces is None:
            cells = [("C", issue.value), ("D", message), ("E", hint)]
            bodies = [(c, f'{wrap} t="s"><v>{ooxml.string_index(text)}</v></c>') for c, text in cells if text]
            lines = max(_lines(message, 70), _lines(hint, 55), _lines(issue.value or "", 24))
            height = f' ht="{lines * ooxml.ROW_HEIGHT}" customHeight="1"' if lines > 1 else ""
            pieces = made[key] = (height, _between_numbers(bodies))  # D is never empty
        height, tail_template = pieces
        sheet = names.get(issue.sheet or "")
        if issue.cell and sheet is not None:
            where = f"{sheet}!{issue.cell}"
            links.append(
                f'<hyperlink ref="B{n}" location="{located[sheet]}!{issue.cell}" '
                f'display="{shown[sheet]}!{issue.cell}"/>'
            )
            b = f'<c r="B{n}"{link} t="s"><v>{ooxml.string_index(where)}</v></c>'
        elif issue.location:
            b = f'<c r="B{n}" t="s"><v>{ooxml.string_index(issue.location)}</v></c>'
        else:
            b = ""
        rows.append(f'<row r="{n}"{height}><c r="A{n}"{severity[level]}{b}{n.join(tail_template)}</row>')
    xml = ooxml.sheet_xml(rows, widths=(14, 18, 24, 70, 55), frozen=header, selected=True, links=links)
    return xml, header


def _between_numbers(cells: list[tuple[str, str]]) -> list[str]:
    """Cells as the pieces between their row's number: [("C", ' t=…</c>'), ("D", …)] gives
    ['<c r="C', '" t=…</c><c r="D', '" …</c>'], which "7".join() makes the cells of row 7."""
    if not cells:
        return [""]
    pieces = [f'<c r="{cells[0][0]}']
    for i, (_, body) in enumerate(cells):
        following = f'<c r="{cells[i + 1][0]}' if i + 1 < len(cells) else ""
        pieces.append(f'"{body}{following}')
    return pieces


def _office_sheet(
    sheet: SheetFeedback, lang: Lang
) -> tuple[bytes, list[tuple[int, int, Sequence[Issue]]], bool]:
    """The office's sheet as read, its cells with issues filled; the commented cells, and whether it
    was cut to Excel's size."""
    marked: dict[int, dict[int, list[Issue]]] = {}
    for issue in sheet.issues:
        position = ooxml.position(issue.cell) if issue.cell else None
        if position is not None and position[0] < EXCEL_ROWS and position[1] < EXCEL_COLUMNS:
            marked.setdefault(position[0], {}).setdefault(position[1], []).append(issue)
    cut = len(sheet.rows) > EXCEL_ROWS or any(len(r) > EXCEL_COLUMNS for r in sheet.rows)
    width = min(max((len(r) for r in sheet.rows), default=0), EXCEL_COLUMNS)
    chars = [0] * width
    rows: list[str] = []
    comments: list[tuple[int, int, Sequence[Issue]]] = []
    last = min(max(len(sheet.rows), max(marked, default=-1) + 1), EXCEL_ROWS)
    letters = [column_letter(c) for c in range(max(width, max(map(max, marked.values()), default=0) + 1))]
    tails, tailed, plain, style = ooxml.Tails(), ooxml.TAILED, ooxml.PLAIN, ooxml.STYLE
    for r in range(last):
        values = sheet.rows[r][:EXCEL_COLUMNS] if r < len(sheet.rows) else []
        number = r + 1
        # Every cell of a sheet takes this line: one expression, each value's XML after its reference
        # made once (names, statuses and counts repeat down a column).
        cells = [
            f'<c r="{letters[c]}{number}"{tails[v]}'
            if v.__class__ in tailed
            else (ooxml.other_cell(f"{letters[c]}{number}", v, "none", "plain") if v is not None else "")
            for c, v in enumerate(values)
        ]
        flagged = marked.get(r)
        if flagged is not None:
            if max(flagged) >= len(cells):  # issues past the row's last value (a blank row)
                cells += [""] * (max(flagged) + 1 - len(cells))
            for c in sorted(flagged):
                issues = flagged[c]
                fill = _worst(issues)
                value = values[c] if c < len(values) else None
                ref = f"{letters[c]}{number}"
                if value.__class__ in plain:
                    cells[c] = f'<c r="{ref}"{style["plain", fill]}{tails[value]}'
                elif value is None:
                    cells[c] = f'<c r="{ref}"{style["plain", fill]}/>'
                else:
                    cells[c] = ooxml.other_cell(ref, value, fill, "plain")
                comments.append((r, c, issues))
        if r < _MEASURED and sum(v is not None and v != "" for v in values) > 1:  # not a title line
            for c, value in enumerate(values[:width]):
                if value is not None:
                    chars[c] = max(chars[c], len(str(value)))
        if cells:
            rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    # Text wider than a screen is left to wrap at 60: a title line spans its merged cells anyway.
    widths = [min(max(n * 1.1 + 2, 8), 60) for n in chars]
    merged = [
        f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        for r0, c0, r1, c1 in sheet.merged
        if r1 < EXCEL_ROWS and c1 < EXCEL_COLUMNS and (r0, c0) != (r1, c1)
    ]
    return ooxml.sheet_xml(rows, widths=widths, merged=merged, comments=bool(comments)), comments, cut


# ---------------------------------------------------------------------------------------- workbook


def feedback_xlsx(file: FileFeedback, lang: Lang = "th") -> bytes:
    """The annotated copy of one input file."""
    try:
        return _workbook(file, lang)
    finally:
        ooxml.strings.clear()
        _said.clear()
        _worded.clear()


def _workbook(file: FileFeedback, lang: Lang) -> bytes:
    names = sheet_names(file, lang)
    by_name = {sheet.name: name for sheet, name in zip(file.sheets, names, strict=True)}
    sheets: list[tuple[str, bytes, list[tuple[int, int, str]]]] = []
    cut: list[str] = []
    for sheet, name in zip(file.sheets, names, strict=True):
        xml, comments, was_cut = _office_sheet(sheet, lang)
        if was_cut:
            cut.append(_WORDS[lang]["cut"].format(sheet=name, rows=EXCEL_ROWS, columns=EXCEL_COLUMNS))
        sheets.append((name, xml, [(r, c, _comment(issues, lang)) for r, c, issues in comments]))
    summary, header = _summary_sheet(file, by_name, lang, cut)
    return ooxml_package.workbook([(_WORDS[lang]["sheet"], summary, []), *sheets], print_titles=header)
