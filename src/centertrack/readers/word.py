"""Word documents (.docx): every table of the body a sheet (table1, table2, …).

Merged cells (``gridSpan`` across, ``vMerge`` down) are laid out as a workbook's merged cells; the
paragraphs before and after a table are its title and footer lines. The document's XML is read with
lxml, the parser python-docx itself uses, found as python-docx finds it (the package's
officeDocument relationship), without python-docx's object model: importing and building that took
longer than reading and checking the national sheet's table (bench workload 7). Entities are never
resolved, the network never reached.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from centertrack.errors import UnreadableFileError
from centertrack.limits import MAX_MARKUP_BYTES
from centertrack.readers.guards import ZIP_ERRORS, check_inflated, damaged
from centertrack.readers.kinds import Reading
from centertrack.readers.layout import MAX_SPAN, Placed, around_tables, clean, lay_out, value_of
from centertrack.readers.sheet import Sheet

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def read(path: Path, data: bytes, reading: Reading) -> list[Sheet]:
    return read_docx(path, data)


def read_docx(path: Path, data: bytes) -> list[Sheet]:
    """Every table of a Word document's body as a sheet, the paragraphs around it as its lines."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_inflated(path, archive.infolist())
            root = lxml.etree.fromstring(_part(path, archive, _main_part(path, archive, parser)), parser)
        body = root.find(f"{_W}body")
        if body is None:
            raise KeyError("body")
        blocks = list(_blocks(body))
    except (*ZIP_ERRORS, KeyError, lxml.etree.LxmlError, AttributeError, TypeError):
        raise damaged(path, "word") from None
    tables = around_tables(blocks)
    if not tables:
        raise UnreadableFileError(str(path), "file-document-without-table", "hint-type-a-table")
    return [
        lay_out(path, name, "docx", _placed(table), before, after) for name, table, before, after in tables
    ]


def _part(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """A part parsed whole, refused by its inflated size before it is inflated: 1.7 MB of .docx made
    900 MB of paragraphs, and 12 GB of memory."""
    info = archive.getinfo(name)
    if info.file_size > MAX_MARKUP_BYTES:
        size, limit = f"{info.file_size / 2**20:,.0f}", f"{MAX_MARKUP_BYTES / 2**20:,.0f}"
        raise UnreadableFileError(
            str(path), "file-part-too-large", "hint-sheet-alone", part=name, size=size, limit=limit
        )
    return archive.read(info)


def _main_part(path: Path, archive: zipfile.ZipFile, parser: Any) -> str:
    """The document's main part, as the package's relationships name it (word/document.xml)."""
    import lxml.etree

    relationships = lxml.etree.fromstring(_part(path, archive, "_rels/.rels"), parser)
    for relationship in relationships.iter(f"{_RELS}Relationship"):
        if relationship.get("Type", "").endswith("/officeDocument"):
            return str(relationship.get("Target", "")).lstrip("/")
    raise KeyError("officeDocument")


def _blocks(body: Any) -> Iterator[Any]:
    """The body in order: its paragraphs' text (str, blank ones left out) and its tables (elements)."""
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            if text := clean(_text(child)):
                yield text
        elif child.tag == f"{_W}tbl":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):  # content controls
            yield from _blocks(child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child)


def _text(element: Any) -> str:
    """A paragraph's (or a cell's) text: its runs, tabs as spaces, line breaks kept."""
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}p"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif parts:  # a break, or a cell's next paragraph
            parts.append("\n")
    return "".join(parts)


def _number(element: Any, name: str, default: int) -> int:
    found = element.find(f"{_W}{name}") if element is not None else None
    text = found.get(f"{_W}val") if found is not None else None
    try:
        return min(max(int(text), 0), MAX_SPAN) if text is not None else default
    except ValueError:
        return default


def _placed(table: Any) -> list[Placed]:
    """A table's cells at their place in its grid; a cell that continues a vertical merge is part of
    the cell above it (``vMerge`` without ``restart``). Spans are clamped to the table's grid (its
    ``tblGrid``, else as many columns as its rows have cells), leaving room for the cells after a
    cell in its row: a gridSpan of 99,999,999 put the rest of its row past the header."""
    rows = [
        (tr, list(tr.iterchildren(f"{_W}tc")), _number(tr.find(f"{_W}trPr"), "gridBefore", 0))
        for tr in table.iterchildren(f"{_W}tr")
    ]
    grid = table.find(f"{_W}tblGrid")
    columns = len(grid.findall(f"{_W}gridCol")) if grid is not None else 0
    width = max(columns, max((len(tcs) for _, tcs, _ in rows), default=1), 1)
    cells: list[tuple[int, int, int, str | None, str]] = []  # row, col, span, vMerge, text
    for r, (_, tcs, before) in enumerate(rows):
        properties = [tc.find(f"{_W}tcPr") for tc in tcs]
        wanted = [min(max(_number(p, "gridSpan", 1), 1), width) for p in properties]
        c = min(before, max(width - sum(wanted), 0))
        for i, (tc, tc_properties) in enumerate(zip(tcs, properties, strict=True)):
            span = max(min(wanted[i], width - c - sum(wanted[i + 1 :])), 1)
            merge = tc_properties.find(f"{_W}vMerge") if tc_properties is not None else None
            state = None if merge is None else (merge.get(f"{_W}val") or "continue")
            cells.append((r, c, span, state, _text(tc)))
            c += span
    continuing = {(r, c) for r, c, _, state, _ in cells if state == "continue"}
    placed = []
    for r, c, span, state, text in cells:
        if state == "continue":
            continue  # part of the cell it continues (or, under nothing, an empty cell)
        down = 1
        while (r + down, c) in continuing:
            down += 1
        placed.append(Placed(r, c, down, span, value_of(text)))
    return placed
