"""Issue 26, through the real command line: one hostile file among good ones is that file's one line
and the run goes on; nothing a file holds reaches the terminal as anything but text; a FIFO never
hangs a run; a zip of many members is read in one pass."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app

HERE = Path(__file__).resolve().parent
FORMATS = HERE / "data" / "formats"
EXAMPLES = HERE.parent / "data" / "examples"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
CSV = EXAMPLES / "seed-progress-4.2.csv"


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit code and everything printed; an exception other than the exit itself fails the test."""
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "3000", **(env or {})})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout + result.stderr


def centertrack(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed program in a process of its own (a crash or a hang of it cannot take the tests)."""
    return subprocess.run(
        [sys.executable, "-m", "centertrack", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "3000"},
        timeout=timeout,
    )


def _rezipped(source: Path, target: Path, part: str, change: object) -> Path:
    """``source`` (a zip) with its part ``part`` changed by ``change(bytes) -> bytes``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == part else data)  # type: ignore[operator]
    return target


def html_with(cell: str) -> bytes:
    rows = "".join(
        f"<tr><td>{no}</td><td>{name}</td><td>{total}</td><td>{done}</td><td>{total - done}</td></tr>"
        for no, name, total, done in ((1, "ตาก", 9, 3), (2, cell, 7, 6))
    )
    head = "<tr><th>ลำดับที่</th><th>จังหวัด</th><th>จำนวนทั้งหมด</th><th>จัดตั้งแล้ว</th><th>ยังไม่ได้จัดตั้ง</th></tr>"
    return f"<html><body><table>{head}{rows}</table></body></html>".encode()


# ------------------------------------------------------------------ 1: one hostile file, the run goes on


def test_a_control_character_in_a_web_page_s_cell_is_read_as_text(tmp_path: Path) -> None:
    """lxml refused to set a text holding &#1; (a ValueError that ended the run)."""
    page = tmp_path / "page.html"
    page.write_bytes(html_with("สตูล&#1;"))
    code, output = run("validate", page, CSV, "--lang", "en")
    assert code == 1  # สตูล\x01 is no province: an error at its cell; the CSV is read too
    assert "unexpected error" not in output
    assert "table1!B3" in output and f"✗ {page}: not OK" in output
    assert f"{CSV}: not OK" in output


def test_a_damaged_xlsb_is_one_line_and_the_other_files_are_read(tmp_path: Path) -> None:
    """calamine said "failed to fill whole buffer" as an OSError, which ended the run."""
    damaged = _rezipped(
        FORMATS / "seed.xlsb", tmp_path / "damaged.xlsb", "xl/worksheets/sheet1.bin", lambda d: d[:500]
    )
    code, output = run("validate", damaged, CORRECTED, "--lang", "en")
    assert code == 2
    assert "unexpected error" not in output
    assert (
        f"✗ {damaged}: cannot read the file: not a readable spreadsheet (failed to fill whole buffer)"
        in output
    )
    assert f"✓ {CORRECTED}: OK" in output


@pytest.mark.parametrize(("row", "column"), [(60_000, 60_000), (0, 0)])
def test_an_xls_whose_records_reach_far_is_refused_before_calamine_lays_it_out(
    tmp_path: Path, row: int, column: int
) -> None:
    """One LABELSST record at row 60,000, column 60,000 (or a DIMENSIONS record that says so) made
    calamine ask for 115 GB: the process was killed, no word said, nothing else read."""
    data = bytearray((FORMATS / "seed-corrected.xls").read_bytes())
    if row:
        at = data.find(struct.pack("<HH", 0x00FD, 10))
        struct.pack_into("<HH", data, at + 4, row, column)
    else:
        at = data.find(struct.pack("<HH", 0x0200, 14))
        struct.pack_into("<IIHH", data, at + 4, 0, 60_000, 0, 60_000)
    far = tmp_path / "far.xls"
    far.write_bytes(bytes(data))
    done = centertrack("validate", far, CORRECTED, "--lang", "en")
    assert done.returncode == 2, done.stderr
    assert f"✗ {far}: cannot read the file: too large: a sheet reaches cell CJS" in done.stdout
    assert f"✓ {CORRECTED}: OK" in done.stdout


# ------------------------------------------------------------------ 3: a FIFO never hangs a run


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("name", ["p.xlsx", "p.csv", "p.txt", "p.zip"])
def test_a_fifo_named_or_in_a_folder_is_refused_without_being_opened(tmp_path: Path, name: str) -> None:
    """Opening a FIFO to read waits for a writer: the sniffer opened it before asking what it was."""
    folder = tmp_path / "april"
    folder.mkdir()
    shutil.copy(CORRECTED, folder / "ตาก.xlsx")
    os.mkfifo(folder / name)
    for given in (folder / name, folder):
        try:
            done = centertrack("validate", given, "--lang", "en", timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"validate {given} hung on the FIFO")
        assert done.returncode == 2, done.stdout + done.stderr
        said = "cannot read the file: not a regular file (a device or a pipe) — give a saved file"
        assert f"✗ {folder / name}: {said}" in done.stdout
        if given == folder:
            assert f"✓ {folder / 'ตาก.xlsx'}: OK" in done.stdout


# ------------------------------------------------------------------ 4: a zip of many members, in one pass


def _zip_of(path: Path, count: int, name: str = "{:05d}.csv", content: bytes = b"a,b\n1,2\n") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            archive.writestr(name.format(number), content)
    return path


def test_a_zip_is_opened_once_whatever_its_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each member used to open the archive again and read its directory: 1,000 CSVs took 3.7 s,
    10,000 took 292 s. Counted, not timed: zipfile reads a directory once per opening."""
    from centertrack.runner import validate_paths

    opened = []
    real = zipfile.ZipFile._RealGetContents  # type: ignore[attr-defined]

    def counting(self: zipfile.ZipFile) -> None:
        opened.append(self)
        real(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counting)
    for count, text in ((50, "{:05d}.csv"), (200, "{:05d}.csv"), (200, "{:05d}.txt")):
        opened.clear()
        archive = _zip_of(tmp_path / f"{count}.zip", count, text, "ก,ข\n".encode("utf-16"))
        result = validate_paths([archive])
        assert len(result.sheets) + len(result.skipped) + result.exit_code > 0
        assert len(opened) <= 3, (count, text, len(opened))


def test_ten_thousand_members_are_read_in_seconds_and_more_are_refused(tmp_path: Path) -> None:
    from centertrack.limits import MAX_ZIP_MEMBERS

    many = _zip_of(tmp_path / "many.zip", MAX_ZIP_MEMBERS, "{:05d}.txt", "a,b\n".encode("utf-16"))
    start = time.perf_counter()
    done = centertrack("validate", many, "--format", "json", timeout=120)
    assert time.perf_counter() - start < 60
    assert done.returncode == 1 and '"file-unreadable"' not in done.stdout  # read: no header, each
    too_many = _zip_of(tmp_path / "too-many.zip", MAX_ZIP_MEMBERS + 1)
    code, output = run("validate", too_many, "--lang", "en")
    assert code == 2
    assert (
        f"✗ {too_many}: cannot read the file: too large: it holds more than {MAX_ZIP_MEMBERS:,} files — "
        "unzip it and give the progress sheets alone"
    ) in output


# ------------------------------------------------------------------ 5, 2, 14: the terminal obeys no data

ESC = "\x1b[2J\x1b]0;owned\x07"  # clear the screen, set the window's title
SHOWN_ESC = "\\x1b[2J\\x1b]0;owned\\x07"


def _renamed_sheet(target: Path, name: str) -> Path:
    """The corrected seed form with its sheet named ``name`` (Excel forbids [ ] / in a name; a file
    written by anything else may hold them)."""
    from xml.sax.saxutils import quoteattr

    def rename(xml: bytes) -> bytes:
        return xml.replace(b'name="Sheet1"', b"name=" + quoteattr(name).encode(), 1)

    return _rezipped(CORRECTED, target, "xl/workbook.xml", rename)


def _csv_with(target: Path, province: str, remark: str = "", total: str = "9") -> Path:
    lines = CSV.read_bytes().decode("cp874").splitlines()
    lines = [line.replace("ตาก", province, 1).replace(",9,3,6,", f",{total},3,6,", 1) for line in lines]
    target.write_bytes("\n".join(lines).replace(",,", f",{remark},", 1).encode("utf-8"))
    return target


def assert_no_raw_control(output: str) -> None:
    raw = [c for c in output if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"]
    assert not raw, [hex(ord(c)) for c in raw]


@pytest.mark.parametrize("name", ["S[/]x", "[bold red]แผ่น1", f"S{ESC}", "\u202eSLX.exe"])
def test_a_sheet_s_name_is_shown_as_written(tmp_path: Path, name: str) -> None:
    """A sheet named S[/]x made rich raise MarkupError: the run ended with 'unexpected error'."""
    book = _renamed_sheet(tmp_path / "book.xlsx", name)
    code, output = run("validate", book, "--lang", "en")
    assert code == 0, output
    from centertrack.reports.visible import visible

    assert f"{book}  ({visible(name)}, 10 rows" in output
    assert_no_raw_control(output)


@pytest.mark.parametrize("name", ["[bold red]x.csv", "[link=https:example.com]x.csv", f"e{ESC}.csv"])
def test_a_file_s_name_is_shown_as_written(tmp_path: Path, name: str) -> None:
    """rich obeyed markup in a file's name ('[bold red]x.csv' printed as 'x.csv', [link] a hyperlink)."""
    from centertrack.reports.visible import visible

    sheet = tmp_path / name
    shutil.copy(CSV, sheet)
    for command in ("validate", "summarize", "annex"):
        code, output = run(
            command, sheet, "--lang", "en", "--allow-errors" if command != "validate" else "--all"
        )
        assert code in (0, 1), output
        assert_no_raw_control(output)
        if command == "validate":
            assert f"✗ {tmp_path}/{visible(name)}: not OK" in output


def test_values_from_a_file_are_shown_as_text(tmp_path: Path) -> None:
    """ESC sequences in a province's name, a count and a remark reached the terminal raw."""
    sheet = _csv_with(tmp_path / "sheet.csv", f"ตาก{ESC}", f"[red]note{ESC}", total=f"9{ESC}")
    for args in (
        ("validate", sheet),
        ("summarize", sheet, "--allow-errors"),
        ("annex", sheet, "--allow-errors"),
        ("summarize", sheet, "--allow-errors", "--format", "csv"),
    ):
        code, output = run(*args, "--lang", "en")
        assert code in (0, 1), output
        if "--format" not in args:  # a CSV to a pipe is the file's own text, not the terminal's
            assert_no_raw_control(output)
    code, output = run("validate", sheet, "--lang", "en")
    assert SHOWN_ESC in output


def test_a_right_to_left_override_is_shown_in_the_terminal_and_in_feedback(tmp_path: Path) -> None:
    import openpyxl

    sheet = _csv_with(tmp_path / "sheet.csv", "ตาก\u202e9", total="9\u202e")
    code, output = run("validate", sheet, "--lang", "en")
    assert code == 1
    assert "ตาก\\u202e9" in output and "\u202e" not in output
    code, _ = run("feedback", sheet, "-o", tmp_path / "out", "--lang", "en")
    assert code == 1
    (copy,) = (tmp_path / "out").iterdir()
    book = openpyxl.load_workbook(copy)
    texts = [str(c.value) for sheet_ in book.worksheets for row in sheet_.iter_rows() for c in row if c.value]
    assert any("\\u202e" in text for text in texts)
    assert not any("\u202e" in text for text in texts)


def test_a_sheet_named_with_markup_is_stored_listed_and_shown(tmp_path: Path) -> None:
    """history add saved the report, then crashed on the sheet's name; list and show crashed on every
    run after, the store poisoned (issue 26, point 2)."""
    book = _renamed_sheet(tmp_path / "book.xlsx", "S[/]x")
    db = tmp_path / "h.sqlite3"
    code, output = run("history", "add", book, "--db", db, "--lang", "en")
    assert code == 0, output
    assert f"✓ #1 {book} (S[/]x): round April 2018" in output
    for args in (("list",), ("show", "--period", "2018-04")):
        code, output = run("history", *args, "--db", db, "--lang", "en")
        assert code == 0, output
        assert "S[/]x" in output


# ------------------------------------------------------------------ 8: limits before parsing


def _peak(*args: str | Path) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """validate in a process of its own: what it said, its seconds, and its peak memory in MB."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "command = [sys.executable, '-m', 'centertrack', *sys.argv[1:]]\n"
        "done = subprocess.run(command, capture_output=True, text=True)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
        "print(done.returncode); print(done.stdout + done.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "validate", *map(str, args), "--lang", "en"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "3000"},
    )  # fmt: skip
    first, returncode, output = done.stdout.split("\n", 2)
    seconds, peak = map(float, first.split())
    return subprocess.CompletedProcess(args, int(returncode), output), seconds, peak


def _ods_repeating(target: Path, rows: int, columns: int) -> Path:
    """The seed's .ods with a row of one number repeated ``columns`` times, ``rows`` times over."""
    number = 'office:value-type="float" office:value="1"'
    cell = f'<table:table-cell {number} table:number-columns-repeated="{columns}">'
    row = f'<table:table-row table:number-rows-repeated="{rows}">{cell}<text:p>1</text:p></table:table-cell>'

    def repeat(content: bytes) -> bytes:
        end = content.index(b"</table:table-row>") + len(b"</table:table-row>")
        return content[:end] + (row + "</table:table-row>").encode() + content[end:]

    return _rezipped(FORMATS / "seed-corrected.ods", target, "content.xml", repeat)


def test_an_ods_of_repeated_cells_is_measured_before_calamine_lays_it_out(tmp_path: Path) -> None:
    """A 26 KB .ods of 82 million repeated cells took 26 s and 8.8 GB: the cells limit did not cover
    .ods, whose repetitions calamine lays out one by one."""
    bomb = _ods_repeating(tmp_path / "repeated.ods", 8_200, 10_000)
    assert bomb.stat().st_size < 40_000
    done, seconds, peak = _peak(bomb)
    assert done.returncode == 2 and "too large: a sheet reaches cell NTP8201" in done.stdout
    assert seconds < 20 and peak < 300, (seconds, peak)


def test_a_word_document_of_huge_paragraphs_is_refused_by_its_inflated_size(tmp_path: Path) -> None:
    """1.7 MB of .docx made 900 MB of paragraphs and 12 GB of memory."""
    from centertrack.limits import MAX_MARKUP_BYTES

    paragraph = b"<w:p><w:r><w:t>" + "ก".encode() * 500 + b"</w:t></w:r></w:p>"
    count = MAX_MARKUP_BYTES // len(paragraph) + 10

    def swollen(document: bytes) -> bytes:
        return document.replace(b"<w:body>", b"<w:body>" + paragraph * count, 1)

    document = _rezipped(FORMATS / "seed.docx", tmp_path / "swollen.docx", "word/document.xml", swollen)
    done, _, peak = _peak(document)
    assert done.returncode == 2
    assert (
        "too large: its part word/document.xml inflates to 32 MB, over the 32 MB a document's text may be"
        in (done.stdout)
    )
    assert peak < 250, peak


def test_a_web_page_in_a_zip_is_refused_by_its_size_before_it_is_parsed(tmp_path: Path) -> None:
    """A 254 KB zip of 100 MB of HTML took 81 s and 4.9 GB before it was refused."""
    archive = tmp_path / "pages.zip"
    row = "<tr>" + "<td>ตาก</td><td>9</td><td>3</td>" * 4 + "</tr>"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("page.html", "<html><body><table>" + row * 260_000 + "</table></body></html>")
    assert archive.stat().st_size < 1_000_000
    done, seconds, peak = _peak(archive)
    assert done.returncode == 2
    assert (
        f"✗ {archive}!page.html: cannot read the file: too large: the web page is 40 MB, over the 32 MB"
        in (done.stdout)
    )
    assert seconds < 20 and peak < 500, (seconds, peak)


def test_a_text_past_the_limits_is_refused_before_it_is_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 0.5 MB zip with a 500 MB member took 5.5 GB: its text was decoded, copied and split first."""
    import centertrack.readers.extent as extent
    import centertrack.readers.text as text
    from centertrack.readers import read_file

    def never(data: bytes) -> tuple[str, str]:
        raise AssertionError("decoded")

    monkeypatch.setattr(text, "decode_text", never)
    monkeypatch.setattr(text, "MAX_CELLS", 1_000)
    monkeypatch.setattr(extent, "MAX_CELLS", 1_000)
    monkeypatch.setattr(text, "MAX_ROWS", 300)
    for name, content, says in (
        ("rows.csv", b"1,2\n" * 301, "more than 300 rows"),
        ("cells.csv", b"1,2,3,4,5\n" * 201, "a sheet reaches cell E201"),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(Exception, match=says):
            read_file(path)


# ------------------------------------------------------------------ what the probe (tests/probe.py) found


def test_history_add_stores_the_sheets_of_a_zip(tmp_path: Path) -> None:
    """A member has no file of its own to hash: history add of a zip ended in FileNotFoundError (and
    OSError for a member named past the file system's limit)."""
    archive = tmp_path / "april.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("ตาก/แบบรายงาน.xlsx", CORRECTED.read_bytes())
        out.writestr("ก" * 85 + ".xlsx", CORRECTED.read_bytes())
    db = tmp_path / "h.sqlite3"
    code, output = run("history", "add", archive, "--db", db, "--lang", "en")
    assert code == 0, output
    # Both members read (in order of name), whatever their names; a member is known by its own bytes,
    # as round knows it: the same sheet twice is one report, the second already stored.
    assert f"{archive}!{'ก' * 85}.xlsx (Sheet1): round April 2018" in output
    assert f"{archive}!ตาก/แบบรายงาน.xlsx (Sheet1): already stored (#1)" in output


def test_an_input_that_is_a_symlink_loop_is_one_line_for_every_command_that_writes(tmp_path: Path) -> None:
    """pathlib's resolve() raises RuntimeError on a loop: annex, feedback, chart, report and letter
    said 'unexpected error' checking that the output is not an input."""
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    for args in (
        ("annex", loop, "--allow-errors", "-o", tmp_path / "annex.md"),
        ("feedback", loop, "-o", tmp_path / "feedback"),
        ("report", loop, "--allow-errors", "-o", tmp_path / "report.html"),
    ):
        code, output = run(*args, "--lang", "en")
        assert code == 2 and "unexpected error" not in output
        assert f"{loop}: cannot read the file" in output or f"{loop}: too many levels" in output.lower(), (
            output
        )


def test_feedback_of_a_zip_of_many_sheets_lists_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each copy's name was checked against every input, a zip's members listed again each time:
    feedback of a zip of 2,000 sheets took 4.5 minutes."""
    import centertrack.readers.archive as archive_module

    listed = []
    listing = archive_module.listing
    monkeypatch.setattr(archive_module, "listing", lambda opened: listed.append(1) or listing(opened))
    many = _zip_of(tmp_path / "many.zip", 200, "{:05d}.txt", "ก,ข\n".encode("utf-16"))
    code, output = run("feedback", many, "-o", tmp_path / "out", "--all", "--lang", "en")
    assert code == 1, output
    assert len(list((tmp_path / "out").iterdir())) == 200
    assert len(listed) <= 3
