"""The worst input centertrack accepts, per format: its time and peak memory (issue 26, point 8).

    python bench/limits.py            # every format (a few minutes; files made in bench/work/limits)
    python bench/limits.py csv html   # some of them

Each file is as large as the limits of src/centertrack/limits.py let it be, made of distinct values
(every cell its own object once read), and read by `centertrack validate FILE --format json` in a
process of its own, whose peak memory (ru_maxrss) is reported. The results are quoted in
bench/run.py's notes and README's "What centertrack refuses, and why".
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work" / "limits"
sys.path.insert(0, str(HERE.parent / "src"))

from centertrack.limits import MAX_CELLS, MAX_MARKUP_BYTES, MAX_ROWS  # noqa: E402

COLUMNS = 12
ROWS = min(MAX_ROWS, MAX_CELLS // COLUMNS)  # 1,000,000 rows of 12 columns: 12 million cells


def _cells(row: int) -> list[str]:
    return [f"{row}-{column}" for column in range(COLUMNS)]


def make_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in range(ROWS):
            out.write(",".join(_cells(row)) + "\n")


def make_xlsx(path: Path) -> None:
    """The seed workbook with its sheet written anew as XML (inline strings), streamed: XlsxWriter or
    openpyxl would take minutes to write it."""
    seed = HERE.parent / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
    part = "xl/worksheets/sheet1.xml"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(seed) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for info in source.infolist():
            if info.filename != part:
                book.writestr(info.filename, source.read(info))
        with book.open(part, "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'.encode())
            letters = [chr(65 + c) for c in range(COLUMNS)]
            for row in range(ROWS):
                cells = "".join(
                    f'<c r="{letter}{row + 1}" t="inlineStr"><is><t>{text}</t></is></c>'
                    for letter, text in zip(letters, _cells(row), strict=True)
                )
                sheet.write(f'<row r="{row + 1}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")


def make_ods(path: Path) -> None:
    """A row of 12 numbers repeated: a small file that lays out as 12 million cells."""
    source = HERE.parent / "tests" / "data" / "formats" / "seed-corrected.ods"
    with zipfile.ZipFile(source) as seed:
        parts = [(info, seed.read(info)) for info in seed.infolist()]
    value = 'office:value-type="float" office:value="7"'
    cell = f'<table:table-cell {value} table:number-columns-repeated="{COLUMNS}"><text:p>7</text:p>'
    row = f'<table:table-row table:number-rows-repeated="{ROWS - 20}">{cell}</table:table-cell>'
    with zipfile.ZipFile(path, "w") as out:
        for info, data in parts:
            if info.filename == "content.xml":
                end = data.index(b"</table:table-row>") + len(b"</table:table-row>")
                data = data[:end] + (row + "</table:table-row>").encode() + data[end:]
            out.writestr(info, data)


def _markup(cell: Callable[[str], str], start: str, end: str, row: tuple[str, str]) -> bytes:
    """A document of one table filled with distinct cells up to MAX_MARKUP_BYTES."""
    out = io.StringIO()
    out.write(start)
    size, number = len(start.encode()), 0
    while True:
        line = row[0] + "".join(cell(text) for text in _cells(number)) + row[1]
        if size + len(line) + len(end) > MAX_MARKUP_BYTES:
            break
        out.write(line)
        size += len(line)
        number += 1
    out.write(end)
    return out.getvalue().encode()


def make_html(path: Path) -> None:
    page = _markup(
        lambda t: f"<td>{t}</td>", "<html><body><table>", "</table></body></html>", ("<tr>", "</tr>")
    )
    path.write_bytes(page)


def make_docx(path: Path) -> None:
    seed = HERE.parent / "tests" / "data" / "formats" / "seed.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = _markup(
        lambda t: f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>",
        f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body><w:tbl>',
        "</w:tbl></w:body></w:document>",
        ("<w:tr>", "</w:tr>"),
    )
    with zipfile.ZipFile(seed) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, body if info.filename == "word/document.xml" else source.read(info))


MAKERS = {"csv": make_csv, "xlsx": make_xlsx, "ods": make_ods, "html": make_html, "docx": make_docx}
_CHILD = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "command = [sys.executable, '-m', 'centertrack', 'validate', sys.argv[1], '--format', 'json']\n"
    "done = subprocess.run(command, capture_output=True)\n"
    "took = time.perf_counter() - start\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(f'{took:.1f} {peak:.0f} {done.returncode}')\n"
)


def main(names: list[str]) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    cells, markup = f"{ROWS:,} rows × {COLUMNS} columns = {ROWS * COLUMNS:,} cells", MAX_MARKUP_BYTES >> 20
    print(f"limits: {cells}; web pages and Word text {markup} MB")
    for name in names or MAKERS:
        path = WORK / f"worst.{name}"
        if not path.exists():
            MAKERS[name](path)
        took, peak, code = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent / "src")},
        ).stdout.split()  # fmt: skip
        size = path.stat().st_size / 2**20
        print(f"{name:5} {size:8.1f} MB on disk  {float(took):6.1f} s  peak {int(peak):,} MB  (exit {code})")


if __name__ == "__main__":
    main(sys.argv[1:])
