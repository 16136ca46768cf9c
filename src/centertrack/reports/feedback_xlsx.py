"""XLSX: the annotated copy of an office's file to send back (see centertrack.feedback).

A first sheet lists every issue (its cell a hyperlink into the copy), then come the office's own sheets,
each value at the cell it had, each cell with an issue filled by its severity and carrying a comment
with the message and the hint. Values only: nothing the office's file held but values is carried over.

The workbook's XML is written here directly, not with openpyxl: the national LAO sheet with a column
wrong on every row has some 14,000 issues, and openpyxl took about 10 s to make as many comments and
fills (an order of magnitude more than validate itself); these few parts take a fraction of a second.
openpyxl, Excel and LibreOffice read them back (tests/reports/test_feedback_xlsx.py).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta

from centertrack.annex import FONT_NAME
from centertrack.feedback import FileFeedback, SheetFeedback
from centertrack.issues import SEVERITY_ORDER, Issue, Lang
from centertrack.limits import MAX_CELL_CHARS
from centertrack.readers import CellValue, column_letter
from centertrack.reports.csv import neutralize
from centertrack.thai import THAI_MONTHS

EXCEL_ROWS = 1_048_576  # a sheet's rows and columns in Excel: a sheet beyond them is cut, and it says so
EXCEL_COLUMNS = 16_384
SHEET_NAME_CHARS = 31
ROW_HEIGHT = 21  # points
_MEASURED = 2_000  # rows whose text sets a column's width: enough to see a table's widest names
FONT_SIZE = 14
# Fills by severity (ARGB): Excel's own light red, amber and blue of its "good, bad and neutral" styles.
FILLS = {"error": "FFFFC7CE", "warning": "FFFFEB9C", "notice": "FFDDEBF7"}
_OK_FILL = "FFC6EFCE"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_EPOCH = datetime(1899, 12, 30)
# XML 1.0 has no place for these: a CSV may carry them, a cell cannot.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_EN_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)

_WORDS = {
    "th": {
        "sheet": "ผลการตรวจสอบ",
        "file": "ไฟล์",
        "verdict": "ผล",
        "as_of": "ข้อมูล ณ",
        "indicator": "ตัวชี้วัด",
        "severity": "ระดับ",
        "cell": "ช่อง",
        "value": "ค่าที่เขียน",
        "problem": "ปัญหา",
        "hint": "วิธีแก้",
        "error": "ข้อผิดพลาด",
        "warning": "คำเตือน",
        "notice": "หมายเหตุ",
        "ok": "ผ่าน: ใช้ได้",
        "bad": "ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข",
        "none": "ไม่พบปัญหา",
        "unknown": "ไม่ทราบ",
        "how": "ช่องที่มีปัญหาในแผ่นงานถัดไปมีสีและความเห็นกำกับ: แดง ข้อผิดพลาด เหลือง คำเตือน ฟ้า หมายเหตุ",
        "cut": "แผ่นงาน {sheet} ยาวเกินที่ Excel รับได้ จึงตัดเหลือ {rows:,} แถว {columns:,} คอลัมน์",
    },
    "en": {
        "sheet": "Check results",
        "file": "file",
        "verdict": "verdict",
        "as_of": "as of",
        "indicator": "indicator",
        "severity": "severity",
        "cell": "cell",
        "value": "written",
        "problem": "problem",
        "hint": "what to do",
        "error": "error",
        "warning": "warning",
        "notice": "notice",
        "ok": "OK: can be used",
        "bad": "not OK: send back to the province to fix",
        "none": "no problem found",
        "unknown": "unknown",
        "how": "Cells with a problem on the next sheets are coloured and carry a comment: "
        "red an error, amber a warning, blue a notice",
        "cut": "sheet {sheet} is larger than Excel takes: cut to {rows:,} rows and {columns:,} columns",
    },
}
_TALLY = {"th": ("ข้อผิดพลาด", "คำเตือน", "หมายเหตุ"), "en": ("error(s)", "warning(s)", "notice(s)")}

# Cell formats (styles.xml's cellXfs): a kind of cell times a fill, index = kind * 5 + fill.
_KINDS = ("plain", "date", "datetime", "bold", "link", "wrap")
_FILL_ORDER = ("none", "error", "warning", "notice", "ok")


def _style(kind: str, fill: str = "none") -> int:
    return _KINDS.index(kind) * len(_FILL_ORDER) + _FILL_ORDER.index(fill)


# Each cell's s="…" attribute, by kind and fill ("" for the default format).
_S = {
    (kind, fill): (f' s="{_style(kind, fill)}"' if _style(kind, fill) else "")
    for kind in _KINDS
    for fill in _FILL_ORDER
}


# ------------------------------------------------------------------------------------------- text


def _xml(text: str) -> str:
    """Text as XML character data (attributes included): escaped, without what XML cannot hold."""
    text = _NOT_XML.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    # A carriage return read as XML becomes a line feed: written as a reference, it stays one.
    return text.replace("\r", "&#13;") if "\r" in text else text


def _text(text: str) -> str:
    """A text cell's content: neutralized as every writer does (no formula-like text), cut at Excel's
    limit on a cell, without control characters."""
    return _xml(neutralize(text))


def _cell(ref: str, value: CellValue, fill: str = "none", kind: str = "plain") -> str:
    """One <c> element, or "" for an empty cell without a fill."""
    s = _S[kind, fill]
    kind_of = type(value)
    if kind_of is str:
        if value:
            index = _texts.get(value)  # type: ignore[arg-type]
            if index is None:
                index = _texts[value] = len(_texts)  # type: ignore[index]
            return f'<c r="{ref}"{s} t="s"><v>{index}</v></c>'
    elif kind_of is int or (kind_of is float and math.isfinite(value)):  # type: ignore[arg-type]
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    elif value is not None:
        return _other(ref, value, fill, kind)
    return f'<c r="{ref}"{s}/>' if s else ""


# The shared strings of the workbook being written, each text once with its index: names, statuses and
# messages repeat down a column, and each is escaped and stored once.
_texts: dict[str, int] = {}
_PLAIN = frozenset({str, int, float})  # a cell's XML is its reference, its style and its tail
_TAILED = _PLAIN | {date, datetime}  # so for these when the cell has no style


class _Tails(dict[object, str]):
    """What follows a cell's reference in its XML, by value, made once for each value: a text's
    shared-string index, a number as written (NaN and infinities as text)."""

    def __missing__(self, value: object) -> str:
        if isinstance(value, str):
            tail = f' t="s"><v>{_index(value)}</v></c>' if value else "/>"
        elif isinstance(value, date):  # a date or datetime of a cell without an issue: styled as one
            tail = _other("", value, "none", "plain").removeprefix('<c r=""')
        elif isinstance(value, int | float) and math.isfinite(value):
            tail = f"><v>{value!r}</v></c>"
        else:
            tail = f' t="s"><v>{_index(str(value))}</v></c>'
        self[value] = tail
        return tail


def _index(text: str) -> int:
    """The shared string's index of a text, added if new."""
    index = _texts.get(text)
    if index is None:
        index = _texts[text] = len(_texts)
    return index


def _shared_strings() -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(_texts)}" '
        f'uniqueCount="{len(_texts)}">'
    ]
    parts += (f'<si><t xml:space="preserve">{_text(text)}</t></si>' for text in _texts)
    parts.append("</sst>")
    return "".join(parts).encode()


def _other(ref: str, value: CellValue, fill: str, kind: str) -> str:
    """A cell that is neither text nor a number: a boolean, a date, a time, a duration, NaN."""
    s = _S[kind, fill]
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime | date):
        when = value if isinstance(value, datetime) else datetime.combine(value, time())
        if when >= datetime(1900, 3, 1):  # Excel's serial numbers are wrong before then (1900 leap year)
            serial = (when - _EPOCH) / timedelta(days=1)
            timed = isinstance(value, datetime) and when.time() != time()
            return f'<c r="{ref}"{_S["datetime" if timed else "date", fill]}><v>{serial!r}</v></c>'
    if isinstance(value, int | float):  # a subclass of int, or an infinite or NaN float
        value = str(value)
    shown = value.isoformat() if isinstance(value, date | time) else str(value)
    return _cell(ref, shown, fill, kind)


def _lines(text: str, width: int) -> int:
    """About how many lines a text wraps to in a column ``width`` wide (Thai marks above and below
    the line take no room: about a fifth of the characters)."""
    return -(-len(text) * 4 // (5 * (width - 2))) if len(text) > width - 2 else 1


def _worst(issues: Sequence[Issue]) -> str:
    if len(issues) == 1:
        return issues[0].severity
    return min((i.severity for i in issues), key=SEVERITY_ORDER.__getitem__)


# Each issue's message and hint while a workbook is written, by id: the summary and a comment both say them.
_said: dict[int, tuple[str, str]] = {}


_worded: dict[object, tuple[str, str]] = {}  # and by what they are made of: a column's issues repeat


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


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _position(ref: str) -> tuple[int, int] | None:
    """ "C12" → 0-based (11, 2); None for anything else."""
    match = _REF.fullmatch(ref)
    if not match:
        return None
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1


# ------------------------------------------------------------------------------------------ sheets


def _sheet_xml(
    rows: Iterable[str],
    *,
    widths: Sequence[float] = (),
    frozen: int = 0,
    selected: bool = False,
    merged: Sequence[str] = (),
    links: Sequence[str] = (),  # <hyperlink> elements
    comments: bool = False,
) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        "<sheetViews><sheetView" + (' tabSelected="1"' if selected else "") + ' workbookViewId="0">'
    ]
    if frozen:
        parts.append(
            f'<pane ySplit="{frozen}" topLeftCell="A{frozen + 1}" activePane="bottomLeft" state="frozen"/>'
        )
    parts.append("</sheetView></sheetViews>")
    # Rows tall enough for Thai at 14 pt, its marks above and below included.
    parts.append(f'<sheetFormatPr defaultRowHeight="{ROW_HEIGHT}" customHeight="1"/>')
    if widths:
        parts.append("<cols>")
        parts += (
            f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths, 1)
        )
        parts.append("</cols>")
    parts.append("<sheetData>")
    parts += rows
    parts.append("</sheetData>")
    if merged:
        parts.append(f'<mergeCells count="{len(merged)}">')
        parts += (f'<mergeCell ref="{m}"/>' for m in merged)
        parts.append("</mergeCells>")
    if links:
        parts.append("<hyperlinks>")
        parts += links
        parts.append("</hyperlinks>")
    parts.append('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>')
    # Printed on A4 landscape, as wide as the page: an office prints the copy to go through it.
    parts.append('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>')
    if comments:
        parts.append('<legacyDrawing r:id="rId1"/>')
    parts.append("</worksheet>")
    return "".join(parts).encode()


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
        row(number, [_cell(f"A{number}", label, kind="bold"), _cell(f"B{number}", value, fill, "bold")])
    number = len(head) + 1
    row(number, [_cell(f"A{number}", words["how"])])
    for line in cut:
        number += 1
        row(number, [_cell(f"A{number}", line)])
    number += 2
    header = number
    titles = ("severity", "cell", "value", "problem", "hint")
    row(number, [_cell(f"{column_letter(i)}{number}", words[t], kind="bold") for i, t in enumerate(titles)])
    if not file.issues:
        number += 1
        row(number, [_cell(f"A{number}", words["none"])])
    # One row per issue, written out (14,000 of them for a column wrong on the national LAO sheet).
    severity = {level: f'{_S["plain", level]} t="s"><v>{_index(words[level])}</v></c>' for level in FILLS}
    quoted = {name: _xml(_quoted(name)) for name in names.values()}  # as the links' XML has them
    shown = {name: _xml(name) for name in names.values()}
    link, wrap = _S["link", "none"], _S["wrap", "none"]
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
            bodies = [(c, f'{wrap} t="s"><v>{_index(text)}</v></c>') for c, text in cells if text]
            lines = max(_lines(message, 70), _lines(hint, 55), _lines(issue.value or "", 24))
            height = f' ht="{lines * ROW_HEIGHT}" customHeight="1"' if lines > 1 else ""
            pieces = made[key] = (height, _between_numbers(bodies))  # D is never empty
        height, tail_template = pieces
        sheet = names.get(issue.sheet or "")
        if issue.cell and sheet is not None:
            where = f"{sheet}!{issue.cell}"
            links.append(
                f'<hyperlink ref="B{n}" location="{quoted[sheet]}!{issue.cell}" '
                f'display="{shown[sheet]}!{issue.cell}"/>'
            )
            b = f'<c r="B{n}"{link} t="s"><v>{_index(where)}</v></c>'
        elif issue.location:
            b = f'<c r="B{n}" t="s"><v>{_index(issue.location)}</v></c>'
        else:
            b = ""
        rows.append(f'<row r="{n}"{height}><c r="A{n}"{severity[level]}{b}{n.join(tail_template)}</row>')
    xml = _sheet_xml(rows, widths=(14, 18, 24, 70, 55), frozen=header, selected=True, links=links)
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
        position = _position(issue.cell) if issue.cell else None
        if position is not None and position[0] < EXCEL_ROWS and position[1] < EXCEL_COLUMNS:
            marked.setdefault(position[0], {}).setdefault(position[1], []).append(issue)
    cut = len(sheet.rows) > EXCEL_ROWS or any(len(r) > EXCEL_COLUMNS for r in sheet.rows)
    width = min(max((len(r) for r in sheet.rows), default=0), EXCEL_COLUMNS)
    chars = [0] * width
    rows: list[str] = []
    comments: list[tuple[int, int, Sequence[Issue]]] = []
    last = min(max(len(sheet.rows), max(marked, default=-1) + 1), EXCEL_ROWS)
    letters = [column_letter(c) for c in range(max(width, max(map(max, marked.values()), default=0) + 1))]
    tails = _Tails()
    for r in range(last):
        values = sheet.rows[r][:EXCEL_COLUMNS] if r < len(sheet.rows) else []
        number = r + 1
        # Every cell of a sheet takes this line: one expression, each value's XML after its reference
        # made once (names, statuses and counts repeat down a column).
        cells = [
            f'<c r="{letters[c]}{number}"{tails[v]}'
            if v.__class__ in _TAILED
            else (_other(f"{letters[c]}{number}", v, "none", "plain") if v is not None else "")
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
                if value.__class__ in _PLAIN:
                    cells[c] = f'<c r="{ref}"{_S["plain", fill]}{tails[value]}'
                elif value is None:
                    cells[c] = f'<c r="{ref}"{_S["plain", fill]}/>'
                else:
                    cells[c] = _other(ref, value, fill, "plain")
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
    return _sheet_xml(rows, widths=widths, merged=merged, comments=bool(comments)), comments, cut


def _comments_xml(comments: Sequence[tuple[int, int, Sequence[Issue]]], lang: Lang) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<authors><author>centertrack</author></authors><commentList>"
    ]
    escaped: dict[str, str] = {}  # a column's comments often say the same
    for r, c, issues in comments:
        text = _comment(issues, lang)
        xml = escaped.get(text)
        if xml is None:
            xml = escaped[text] = _xml(text)
        parts.append(
            f'<comment ref="{column_letter(c)}{r + 1}" authorId="0"><text><t xml:space="preserve">'
            f"{xml}</t></text></comment>"
        )
    parts.append("</commentList></comments>")
    return "".join(parts).encode()


def _vml(comments: Sequence[tuple[int, int, Sequence[Issue]]], first_block: int) -> bytes:
    """The legacy drawing Excel needs to show comments: one hidden note shape per commented cell."""
    blocks = range(first_block, first_block + len(comments) // 1024 + 1)
    parts = [
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{",".join(map(str, blocks))}"/>'
        "</o:shapelayout>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    ]
    parts += (
        f'<v:shape id="_x0000_s{first_block * 1024 + 1 + i}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:110pt;'
        'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
        '<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note">'
        "<x:MoveWithCells/><x:SizeWithCells/>"
        f"<x:Anchor>{c + 1}, 15, {r}, 2, {c + 5}, 15, {r + 7}, 4</x:Anchor>"
        f"<x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>"
        for i, (r, c, _) in enumerate(comments)
    )
    parts.append("</xml>")
    return "".join(parts).encode()


# ---------------------------------------------------------------------------------------- workbook


def _styles() -> bytes:
    fonts = (
        f'<font><sz val="{FONT_SIZE}"/><name val="{FONT_NAME}"/></font>'
        f'<font><b/><sz val="{FONT_SIZE}"/><name val="{FONT_NAME}"/></font>'
        f'<font><u/><sz val="{FONT_SIZE}"/><color rgb="FF0563C1"/><name val="{FONT_NAME}"/></font>'
    )
    colours = {**FILLS, "ok": _OK_FILL}
    fills = '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    fills += "".join(
        f'<fill><patternFill patternType="solid"><fgColor rgb="{colours[f]}"/><bgColor indexed="64"/>'
        "</patternFill></fill>"
        for f in _FILL_ORDER[1:]
    )
    kinds = {  # numFmtId, fontId, alignment
        "plain": (0, 0, '<alignment vertical="top"/>'),
        "date": (164, 0, '<alignment vertical="top"/>'),
        "datetime": (165, 0, '<alignment vertical="top"/>'),
        "bold": (0, 1, '<alignment vertical="top"/>'),
        "link": (0, 2, '<alignment vertical="top"/>'),
        "wrap": (0, 0, '<alignment vertical="top" wrapText="1"/>'),
    }
    xfs = []
    for kind in _KINDS:
        number, font, alignment = kinds[kind]
        for index, _ in enumerate(_FILL_ORDER):
            fill = index + 1 if index else 0  # after the two fills every workbook has
            applied = (
                (' applyNumberFormat="1"' if number else "")
                + (' applyFont="1"' if font else "")
                + (' applyFill="1"' if fill else "")
                + (' applyAlignment="1"' if alignment else "")
            )
            body = f">{alignment}</xf>" if alignment else "/>"
            xfs.append(
                f'<xf numFmtId="{number}" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"'
                f"{applied}{body}"
            )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="d/m/yyyy"/>'
        '<numFmt numFmtId="165" formatCode="d/m/yyyy h:mm"/></numFmts>'
        f'<fonts count="3">{fonts}</fonts><fills count="{len(_FILL_ORDER) + 1}">{fills}</fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ).encode()


_MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _rels(targets: Iterable[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{_MAIN}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PACKAGE}">'
        f"{items}</Relationships>"
    ).encode()


def feedback_xlsx(file: FileFeedback, lang: Lang = "th") -> bytes:
    """The annotated copy of one input file."""
    try:
        return _workbook(file, lang)
    finally:
        _texts.clear()
        _said.clear()
        _worded.clear()


def _workbook(file: FileFeedback, lang: Lang) -> bytes:
    names = sheet_names(file, lang)
    by_name = {sheet.name: name for sheet, name in zip(file.sheets, names, strict=True)}
    parts: dict[str, bytes] = {}
    overrides = [
        ("/xl/workbook.xml", f"{_SML}.sheet.main+xml"),
        ("/xl/styles.xml", f"{_SML}.styles+xml"),
        ("/xl/sharedStrings.xml", f"{_SML}.sharedStrings+xml"),
    ]
    cut: list[str] = []
    block = 1
    for index, sheet in enumerate(file.sheets, 2):
        xml, comments, was_cut = _office_sheet(sheet, lang)
        if was_cut:
            cut.append(
                _WORDS[lang]["cut"].format(sheet=names[index - 2], rows=EXCEL_ROWS, columns=EXCEL_COLUMNS)
            )
        parts[f"xl/worksheets/sheet{index}.xml"] = xml
        overrides.append((f"/xl/worksheets/sheet{index}.xml", f"{_SML}.worksheet+xml"))
        if comments:
            parts[f"xl/worksheets/_rels/sheet{index}.xml.rels"] = _rels(
                [
                    ("vmlDrawing", f"../drawings/vmlDrawing{index}.vml"),
                    ("comments", f"../comments{index}.xml"),
                ]
            )
            parts[f"xl/comments{index}.xml"] = _comments_xml(comments, lang)
            parts[f"xl/drawings/vmlDrawing{index}.vml"] = _vml(comments, block)
            block += len(comments) // 1024 + 1
            overrides.append((f"/xl/comments{index}.xml", f"{_SML}.comments+xml"))
    parts["xl/worksheets/sheet1.xml"], header = _summary_sheet(file, by_name, lang, cut)
    overrides.insert(3, ("/xl/worksheets/sheet1.xml", f"{_SML}.worksheet+xml"))
    titles = [_WORDS[lang]["sheet"], *names]
    sheets = "".join(
        f'<sheet name="{_xml(title)}" sheetId="{i}" r:id="rId{i}"/>' for i, title in enumerate(titles, 1)
    )
    # The results sheet prints its header on every page.
    defined = (
        f'<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
        f"{_xml(_quoted(titles[0]))}!${header}:${header}</definedName></definedNames>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{_MAIN}"><bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>{defined}</workbook>"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
        + "</Types>"
    )
    members: dict[str, bytes] = {
        "[Content_Types].xml": content_types.encode(),
        "_rels/.rels": _rels([("officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": workbook.encode(),
        "xl/_rels/workbook.xml.rels": _rels(
            [
                *(("worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(titles) + 1)),
                ("styles", "styles.xml"),
                ("sharedStrings", "sharedStrings.xml"),
            ]
        ),
        "xl/styles.xml": _styles(),
        "xl/sharedStrings.xml": _shared_strings(),
        **dict(sorted(parts.items())),
    }
    return bundle(members.items())


def bundle(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of the members in the order given, each stamped 1980-01-01: equal content, equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            member = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            archive.writestr(member, data, compresslevel=1)
    return out.getvalue()
