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
from datetime import date, datetime

from centertrack.annex import FONT_SIZE
from centertrack.catalog import LANGS, dates, say
from centertrack.feedback import FileFeedback, SheetFeedback
from centertrack.issues import SEVERITY_ORDER, Issue, Lang
from centertrack.limits import MAX_CELL_CHARS
from centertrack.readers import column_letter
from centertrack.reports import ooxml, ooxml_package
from centertrack.reports.measure import widest_line
from centertrack.reports.office_layout import Look, SheetLayout, read_layout
from centertrack.reports.ooxml import EXCEL_COLUMNS, EXCEL_ROWS, FILLS
from centertrack.reports.validation import WORDS
from centertrack.reports.xlsx_page import excel_width, padding, row_height

__all__ = ["FILLS", "feedback_xlsx", "sheet_names"]

SHEET_NAME_CHARS = 31
_MEASURED = 2_000  # rows whose text sets a column's width: enough to see a table's widest names
_HEADER_ROWS = 30  # rows where a table's header is: no column of the office's is narrower than its text
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
# The copy's own words are the catalogue's (catalog/documents.py); the words the terminal's validation
# report uses too (its columns, the verdict) are taken from it: the office reads the same words in a
# LINE message and in its copy.
_OWN = {
    "sheet": "feedback-sheet",
    "file": "feedback-file",
    "verdict": "feedback-verdict",
    "severity": "feedback-severity",
    "error": "feedback-error",
    "warning": "feedback-warning",
    "notice": "feedback-notice",
    "none": "feedback-none",
    "unknown": "feedback-unknown",
    "how": "feedback-how",
}
_SHARED = ("as_of", "indicator", "cell", "value", "problem", "hint", "ok", "bad")
_WORDS = {
    lang: {**{key: WORDS[lang][key] for key in _SHARED}, **{key: say(k, lang) for key, k in _OWN.items()}}
    for lang in LANGS
}
# The results sheet's columns, in widths of TH Sarabun New 16's "0": A4 landscape at 16 pt.
_SUMMARY_WIDTHS = (10, 13, 14, 27, 20)

# ------------------------------------------------------------------------------------------- text


def _lines(text: str, width: int) -> int:
    """About how many lines a text wraps to in a column ``width`` wide (Thai marks above and below
    the line take no room: about a fifth of the characters)."""
    return -(-len(text) * 4 // (5 * (width - 2))) if len(text) > width - 2 else 1


def _worst(issues: Sequence[Issue]) -> str:
    if len(issues) == 1:
        return issues[0].severity
    return min((i.severity for i in issues), key=SEVERITY_ORDER.__getitem__)


# Hints for whoever runs centertrack (an option to set), not for the office: left out of the copy.
_HINTS_FOR_THE_ANALYST = frozenset({"indicator-inferred", "indicator-mismatch"})

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
            said = (issue.message(lang), "" if issue.code in _HINTS_FOR_THE_ANALYST else issue.hint(lang))
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


def _verdict(file: FileFeedback, lang: Lang) -> str:
    words = _WORDS[lang]
    counts = file.counts
    tally = ", ".join(
        say(f"feedback-count-{s}", lang, n=counts[s]) for s in ("error", "warning", "notice") if counts[s]
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

    as_of = dates.say_date(file.as_of, lang) if file.as_of else words["unknown"]
    head = [
        (words["file"], file.path.name, "none"),
        (words["verdict"], _verdict(file, lang), "ok" if file.valid else "error"),
        (words["as_of"], as_of, "none"),
        (words["indicator"], file.indicator, "none"),
    ]
    # Each value across the table, so that the verdict's fill runs under the whole of its text.
    spanned: list[str] = []
    for number, (label, value, fill) in enumerate(head, 1):
        row(
            number,
            [ooxml.cell(f"A{number}", label, kind="bold"), ooxml.cell(f"B{number}", value, fill, "bold")],
        )
        spanned.append(f"B{number}:E{number}")
    number = len(head) + 1
    # Lines of text across the table, wrapped in it: a line running past it would widen the print.
    for line in (words["how"], *cut):
        tall = _lines(line, sum(_SUMMARY_WIDTHS))
        rows.append(
            f'<row r="{number}" ht="{row_height(tall):g}" customHeight="1">'
            f"{ooxml.cell(f'A{number}', line, kind='wrap')}</row>"
        )
        spanned.append(f"A{number}:E{number}")
        number += 1
    number -= 1
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
    plain = ' s="0"'  # at its row's top: LibreOffice sets an unstyled cell at the foot of a tall row
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
            _, _, value_width, problem_width, hint_width = _SUMMARY_WIDTHS
            texts = ((message, problem_width), (hint, hint_width), (issue.value or "", value_width))
            lines = max(_lines(text, width) for text, width in texts)
            height = f' ht="{row_height(lines):g}" customHeight="1"' if lines > 1 else ""
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
            b = f'<c r="B{n}"{plain} t="s"><v>{ooxml.string_index(issue.location)}</v></c>'
        else:
            b = ""
        rows.append(f'<row r="{n}"{height}><c r="A{n}"{severity[level]}{b}{n.join(tail_template)}</row>')
    xml = ooxml.sheet_xml(
        rows, widths=_SUMMARY_WIDTHS, frozen=header, selected=True, merged=spanned, links=links,
        page_of=say("page-of", lang),
    )  # fmt: skip
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
    sheet: SheetFeedback, lang: Lang, layout: SheetLayout | None = None, looks: Sequence[Look] = ()
) -> tuple[bytes, list[tuple[int, int, Sequence[Issue]]], bool]:
    """The office's sheet as read, its cells with issues filled; the commented cells, and whether it
    was cut to Excel's size. With the office's ``layout`` (its .xlsx), each cell keeps the office's
    borders, alignment and number format, and the columns and rows their widths and heights."""
    layout = layout or SheetLayout()
    marked: dict[int, dict[int, list[Issue]]] = {}
    for issue in sheet.issues:
        position = ooxml.position(issue.cell) if issue.cell else None
        if position is not None and position[0] < EXCEL_ROWS and position[1] < EXCEL_COLUMNS:
            marked.setdefault(position[0], {}).setdefault(position[1], []).append(issue)
    cut = len(sheet.rows) > EXCEL_ROWS or any(len(r) > EXCEL_COLUMNS for r in sheet.rows)
    width = min(max((len(r) for r in sheet.rows), default=0), EXCEL_COLUMNS)
    chars = [0] * width
    headers = [0.0] * width  # the widest text of the table's first rows, in the copy's unit
    rows: list[str] = []
    comments: list[tuple[int, int, Sequence[Issue]]] = []
    last = min(
        max(len(sheet.rows), max(marked, default=-1) + 1, max(layout.looks, default=-1) + 1), EXCEL_ROWS
    )
    widest = max(max(map(max, marked.values()), default=0), max(map(max, layout.looks.values()), default=0))
    letters = [column_letter(c) for c in range(max(width, min(widest + 1, EXCEL_COLUMNS)))]
    tails, tailed, plain, style = ooxml.Tails(), ooxml.TAILED, ooxml.PLAIN, ooxml.STYLE
    # The s="…" of each of the office's formats, unfilled ("" for a cell without one).
    office: dict[int | None, str] = {look: ooxml.office_style(look) for look in range(1, len(looks))}
    office[None] = ""
    for r in range(last):
        values = sheet.rows[r][:EXCEL_COLUMNS] if r < len(sheet.rows) else []
        number = r + 1
        kept = layout.looks.get(r)
        if kept is None:
            # Every cell of a sheet takes this line: one expression, each value's XML after its
            # reference made once (names, statuses and counts repeat down a column).
            cells = [
                f'<c r="{letters[c]}{number}"{tails[v]}'
                if v.__class__ in tailed
                else (ooxml.other_cell(f"{letters[c]}{number}", v, "none", "plain") if v is not None else "")
                for c, v in enumerate(values)
            ]
        else:  # the same, each cell in the office's own format
            cells = [
                f'<c r="{letters[c]}{number}"{office.get(kept.get(c), "")}{tails[v]}'
                if v.__class__ in plain
                else _in_look(f"{letters[c]}{number}", v, "none", kept.get(c), looks)
                for c, v in enumerate(values)
            ]
            for c, bordered in kept.items():  # a blank cell the office bordered, bordered still
                if c < len(letters):
                    if c >= len(cells):
                        cells += [""] * (c + 1 - len(cells))
                    if not cells[c]:
                        cells[c] = f'<c r="{letters[c]}{number}"{office[bordered]}/>'
        flagged = marked.get(r)
        if flagged is not None:
            if max(flagged) >= len(cells):  # issues past the row's last value (a blank row)
                cells += [""] * (max(flagged) + 1 - len(cells))
            for c in sorted(flagged):
                issues = flagged[c]
                fill = _worst(issues)
                value = values[c] if c < len(values) else None
                ref = f"{letters[c]}{number}"
                look: int | None = kept.get(c) if kept is not None else None
                filled = style["plain", fill] if look is None else ooxml.office_style(look, fill)
                if value.__class__ in plain:
                    cells[c] = f'<c r="{ref}"{filled}{tails[value]}'
                elif value is None:
                    cells[c] = f'<c r="{ref}"{filled}/>'
                else:
                    cells[c] = _in_look(ref, value, fill, look, looks)
                comments.append((r, c, issues))
        if layout.widths and r < _HEADER_ROWS and sum(v is not None and v != "" for v in values) > 1:
            _measure_header(headers, values[:width])
        if r < _MEASURED and sum(v is not None and v != "" for v in values) > 1:  # not a title line
            for c, value in enumerate(values[:width]):
                if value is not None:
                    chars[c] = max(chars[c], len(str(value)))
        height = layout.heights.get(r)
        if cells or height:
            tall = f' ht="{height:g}" customHeight="1"' if height else ""
            rows.append(f'<row r="{number}"{tall}>{"".join(cells)}</row>')
    # Text wider than a screen is left to wrap at 60: a title line spans its merged cells anyway; the
    # office's own widths where it set them.
    widths = [min(max(n * 1.1 + 2, 8), 60) for n in chars]
    for column, kept_width in layout.widths.items():
        if column < len(widths):  # the office's width, or the copy's 16 pt header if that is wider
            widths[column] = max(kept_width, headers[column] if column < len(headers) else 0.0)
    merged = [
        f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        for r0, c0, r1, c1 in sheet.merged
        if r1 < EXCEL_ROWS and c1 < EXCEL_COLUMNS and (r0, c0) != (r1, c1)
    ]
    return ooxml.sheet_xml(rows, widths=widths, merged=merged, comments=bool(comments)), comments, cut


def _in_look(ref: str, value: object, fill: str, look: int | None, looks: Sequence[Look]) -> str:
    """A cell that is neither text nor a number (a date, a boolean), or a blank one ("" without a
    look): in the office's format ``look`` where that shows it, as a date format shows a date."""
    if value is None:
        return (
            f'<c r="{ref}"{ooxml.office_style(look, fill)}/>' if look is not None and fill != "none" else ""
        )
    xml = ooxml.other_cell(ref, value, fill, "plain")  # type: ignore[arg-type]  # a cell's value
    if look is not None and (not isinstance(value, date | datetime) or _is_date(looks[look])):
        xml = re.sub(r' s="[0-9]+"', "", xml, count=1).replace(
            f'r="{ref}"', f'r="{ref}"{ooxml.office_style(look, fill)}', 1
        )
    return xml


def _measure_header(headers: list[float], values: Sequence[object]) -> None:
    """Widen ``headers`` (widths in the copy's unit) to the text of a row at 16 pt bold."""
    for c, value in enumerate(values):
        if isinstance(value, str) and value:
            points = widest_line(value, FONT_SIZE, bold=True) + padding(FONT_SIZE, indented=False)
            headers[c] = max(headers[c], excel_width(points))


def _is_date(look: Look) -> bool:
    """Whether a format shows a date: Excel's built-in ones (14–22), or a code with a day or a year."""
    if look.number_format is None:
        return 14 <= look.number_id <= 22
    return bool(re.search(r"[dy]", re.sub(r'"[^"]*"|\[[^]]*\]', "", look.number_format.lower())))


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
    layout = read_layout(file.path)
    looks = layout.looks if layout else ()
    names = sheet_names(file, lang)
    by_name = {sheet.name: name for sheet, name in zip(file.sheets, names, strict=True)}
    sheets: list[tuple[str, bytes, list[tuple[int, int, str]]]] = []
    cut: list[str] = []
    for sheet, name in zip(file.sheets, names, strict=True):
        kept = layout.sheets.get(sheet.name) if layout else None
        xml, comments, was_cut = _office_sheet(sheet, lang, kept, looks)
        if was_cut:
            cut.append(say("feedback-cut", lang, sheet=name, rows=EXCEL_ROWS, columns=EXCEL_COLUMNS))
        sheets.append((name, xml, [(r, c, _comment(issues, lang)) for r, c, issues in comments]))
    summary, header = _summary_sheet(file, by_name, lang, cut)
    return ooxml_package.workbook([(_WORDS[lang]["sheet"], summary, []), *sheets], header, looks)
