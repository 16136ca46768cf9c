"""Web pages (what web reporting systems export, Excel's "Save as Web Page", often named .xls):
each ``<table>`` a sheet named by its place in the page (table1, table2, …).

The page's encoding comes from a BOM, else its ``<meta charset>`` or ``http-equiv`` declaration, else
strict UTF-8, else Windows Thai (cp874) — never Python's tis-620 codec, as for CSV. The markup is
read by lxml's HTML parser (a dependency of python-docx); the declaration by the standard library's.
"""

from __future__ import annotations

import codecs
import contextlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_MARKUP_BYTES
from centertrack.readers.kinds import Reading
from centertrack.readers.layout import around_tables, clean, lay_out, place_rows, value_of
from centertrack.readers.sheet import CellValue, Sheet
from centertrack.readers.text import decode_text

# Names of Windows Thai that pages declare; Python's tis-620 and iso8859-11 lack its quotes and dashes.
_THAI = frozenset({"windows874", "xwindows874", "cp874", "ms874", "tis620", "iso885911", "thai"})
_SKIPPED = frozenset({"head", "script", "style", "template", "noscript", "title"})
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre", "hr", "br"}
    | {"blockquote", "center", "section", "article", "header", "footer", "address", "caption", "form", "tr"}
)
_BREAKS = ("br", "p", "div", "li")  # inside a cell: a new line


def read(path: Path, data: bytes, reading: Reading) -> list[Sheet]:
    return read_html(path, data)


def read_html(path: Path, data: bytes) -> list[Sheet]:
    """Every table of a web page as a sheet, with the page's lines around it as title and footer."""
    import lxml.etree
    import lxml.html

    if len(data) > MAX_MARKUP_BYTES:  # parsed whole: refused before it is read (a zip inflates to it)
        size, limit = _mb(len(data)), _mb(MAX_MARKUP_BYTES)
        raise UnreadableFileError(
            str(path), "file-page-too-large", "hint-sheet-alone", size=size, limit=limit
        )
    text, encoding = decode_page(data)
    if text.lstrip().startswith("<?xml"):  # XHTML's declaration names bytes the text no longer has
        text = text.split("?>", 1)[-1]
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", errors="surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError, UnicodeError):
        root = None
    blocks = list(_blocks(root)) if root is not None else []
    tables = around_tables(blocks)
    if not tables:
        raise UnreadableFileError(str(path), "file-page-without-table", "hint-spreadsheet-itself")
    sheets = []
    for name, table, before, after in tables:
        cells = place_rows(path, name, _table_rows(table))
        sheets.append(lay_out(path, name, "html", cells, before, after, encoding=encoding))
    return sheets


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f}"


def decode_page(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding that read it (Python's codec name)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = _declared(data[:65536].decode("latin-1"))
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration is wrong (a page saved again in another encoding): as if none
    try:
        return decode_text(data)
    except UnicodeDecodeError:
        return data.decode("cp874", errors="replace"), "cp874"


def _codec(name: str) -> str | None:
    folded = name.strip().strip("\"'").lower().replace("-", "").replace("_", "")
    if folded in _THAI:
        return "cp874"
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return codec if codec not in ("utf-16-le", "utf-16-be", "utf-32") else None  # not without a BOM


class _Declaration(HTMLParser):
    """The first charset a page's <meta> declares."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.found:
            return
        values = {key.lower(): (value or "") for key, value in attrs}
        if values.get("charset"):
            self.found = _codec(values["charset"])
        content = values.get("content", "").lower()
        declares = values.get("http-equiv", "").lower() == "content-type" and "charset=" in content
        if not self.found and declares:
            self.found = _codec(content.split("charset=", 1)[1].split(";")[0])


def _declared(head: str) -> str | None:
    parser = _Declaration()
    with contextlib.suppress(AssertionError, ValueError):  # markup the parser gives up on
        parser.feed(head)
    return parser.found


def _blocks(root: Any) -> Iterator[Any]:
    """The page in order: its lines of text (str) and its tables (elements), nested tables within
    their cell's text."""
    import lxml.etree

    line: list[str] = []
    body = root.find("body")
    walk = lxml.etree.iterwalk(body if body is not None else root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIPPED or tag == "table":
                walk.skip_subtree()
            if tag in _BLOCKS or tag == "table":
                if text := clean("".join(line)):
                    yield text
                line = []
            if tag == "table":
                yield element
            elif tag not in _SKIPPED and element.text:
                line.append(_flat(element.text))
        else:
            if tag in _BLOCKS and (text := clean("".join(line))):
                yield text
                line = []
            elif tag in _BLOCKS:
                line = []
            if element.tail and element is not body:
                line.append(_flat(element.tail))
    if text := clean("".join(line)):
        yield text


def _table_rows(table: Any) -> list[list[tuple[CellValue, int, int]]]:
    rows = []
    for tr in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
        row = []
        for cell in tr.iterchildren("td", "th"):
            text = _cell_text(cell)
            number = cell.get("x:num")
            value: CellValue = _number(number) if number else value_of(text)
            if value is None:
                value = value_of(text)
            row.append((value, _span(cell.get("rowspan")), _span(cell.get("colspan"))))
        rows.append(row)
    return rows


def _cell_text(cell: Any) -> str:
    """A cell's text: the markup's line breaks are spaces; <br>, <p>, <div> and <li> are breaks. Read,
    never written back: lxml refuses to set a text holding a control character (&#1;), which a page
    may well hold."""
    if not len(cell):  # nearly every cell: text alone
        return _flat(cell.text)
    import lxml.etree

    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(cell, events=("start", "end")):
        if event == "start":
            if isinstance(element.tag, str):
                parts.append(_flat(element.text))
        elif element is not cell:
            if element.tag in _BREAKS:
                parts.append("\n")
            parts.append(_flat(element.tail))
    return "".join(parts)


def _flat(text: str | None) -> str:
    return text.replace("\r", " ").replace("\n", " ") if text else ""


def _number(text: str) -> float | int | None:
    """Excel's x:num, the cell's value as a number whatever its formatting shows."""
    try:
        number = float(text)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _span(text: str | None) -> int:
    if text is None:
        return 1
    digits = "".join(c for c in (text or "").strip()[:6] if c.isascii() and c.isdigit())
    return int(digits) if digits else 1
