"""A probe of every reader and command with hostile and clumsy inputs (issue 26): no "unexpected
error" line, no traceback, no hang, no silent row loss.

    python tests/probe.py [FOLDER]     # every case through every command, each in a process of its own

Each case is a file (or folder) an office or an attacker could send, made in FOLDER (a temporary one
by default). Each command runs on it in a process of its own, killed after TIMEOUT seconds (a hang).
A run fails the probe when it prints "unexpected error" or a traceback, exits other than 0, 1 or 2,
hangs, or — for the cases made from the seed form, whose 10 provinces are all there — says "OK"
(exit 0) while summarize counts fewer than 10 provinces: a row gone without a word.
tests/test_probe.py runs the same cases in-process through a few commands.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMATS = HERE / "data" / "formats"
HOSTILE = HERE / "data" / "hostile"
EXAMPLES = HERE.parent / "data" / "examples"
SEED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
SEED_CSV = EXAMPLES / "seed-progress-4.2.csv"
TIMEOUT = 60.0
PROVINCES = 10  # the seed form's, every one of them in every case made from it
ESC = "\x1b[2J\x1b]0;owned\x07"


def _rezip(source: Path, target: Path, part: str, change: object) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change(data) if info.filename == part else data)  # type: ignore[operator]
    return target


def _seed_csv() -> list[str]:
    text = SEED_CSV.read_bytes().decode("cp874").replace("พิจิตร", "พังงา")  # the corrected seed
    return text.splitlines()


def seed_cases(folder: Path) -> Iterator[tuple[str, Path]]:
    """Cases made from the corrected seed form: all 10 provinces are there, however clumsily."""
    lines = _seed_csv()

    def csv(name: str, changed: list[str], encoding: str = "utf-8") -> tuple[str, Path]:
        path = folder / name
        path.write_bytes("\n".join(changed).encode(encoding))
        return name, path

    yield csv("seed.csv", lines)
    yield csv("moved-last.csv", [(",,,,,," + line) if ",สุพรรณบุรี," in line else line for line in lines])
    yield csv("moved-middle.csv", [(",,,,,," + line) if ",ตาก," in line else line for line in lines])
    yield csv("remark-beside.csv", [(line + ",,ส่งแล้ว") if ",ตาก," in line else line for line in lines])
    yield csv("escapes.csv", [line.replace("ตาก", f"ตาก{ESC}") for line in lines])
    yield csv("override.csv", [line.replace("ตาก", "ตาก\u202e") for line in lines])
    yield csv(
        "markup-remark.csv",
        [line.replace(",ตาก,9,3,6,", ",ตาก,9,3,6,[bold red]<script>x</script>") for line in lines],
    )
    yield csv("cp874.csv", lines, "cp874")
    yield csv("utf16.txt", ["\t".join(line.split(",")) for line in lines], "utf-16")
    name = "[bold red]ชื่อ.csv"
    yield csv(name, lines)
    yield csv(f"e{ESC}.csv", lines)
    yield "seed.xlsx", SEED
    for fixture in (
        "seed.html",
        "seed-cp874.xls",
        "seed.docx",
        "seed.xlsb",
        "seed.zip",
        "seed-corrected.ods",
    ):
        yield fixture, FORMATS / fixture
    page = (FORMATS / "seed.html").read_text(encoding="utf-8")
    for name, changed in (
        ("colspan.html", page.replace("<th rowspan=2>ลำดับที่", "<th rowspan=2 colspan=16384>ลำดับที่", 1)),
        ("rowspan.html", page.replace("<td>1", "<td rowspan=999999>1", 1)),
        ("control.html", page.replace("ตาก", "ตาก&#1;", 1)),
    ):
        (folder / name).write_text(changed, encoding="utf-8")
        yield name, folder / name
    yield "gridspan.docx", _rezip(
        FORMATS / "seed.docx", folder / "gridspan.docx", "word/document.xml",
        lambda d: d.replace(b"<w:tc><w:tcPr>", b'<w:tc><w:tcPr><w:gridSpan w:val="99999999"/>', 1),
    )  # fmt: skip
    yield (
        "sheet-markup.xlsx",
        _rezip(
            SEED,
            folder / "sheet-markup.xlsx",
            "xl/workbook.xml",
            lambda d: d.replace(b'name="Sheet1"', b'name="S[/]x"'),
        ),
    )
    folder_case = folder / "april"
    folder_case.mkdir()
    shutil.copy(SEED, folder_case / "ตาก.xlsx")
    (folder_case / "notes.txt").write_text("บันทึก")
    (folder_case / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder_case / "pipe.csv")
    yield "folder-with-a-fifo", folder_case


def hostile_cases(folder: Path) -> Iterator[tuple[str, Path]]:
    """Files that are no form, or are damaged, or attack: each one line, never the run's end."""
    for fixture in sorted(HOSTILE.iterdir()):
        yield fixture.name, fixture
    for fixture in sorted((FORMATS / "refused").iterdir()):
        yield f"refused/{fixture.name}", fixture
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.xlsx")
        yield "fifo.xlsx", folder / "fifo.xlsx"
    loop = folder / "loop.csv"
    loop.symlink_to(loop)
    yield "symlink-loop.csv", loop
    yield "missing.xlsx", folder / "missing.xlsx"
    header_only = folder / "header-only.csv"
    header_only.write_text("\n".join(_seed_csv()[:5]), encoding="utf-8")
    yield "header-only.csv", header_only
    xls = bytearray((FORMATS / "seed-corrected.xls").read_bytes())
    at = xls.find(struct.pack("<HH", 0x00FD, 10))
    struct.pack_into("<HH", xls, at + 4, 60_000, 60_000)
    (folder / "far.xls").write_bytes(bytes(xls))
    yield "far.xls", folder / "far.xls"
    yield (
        "damaged.xlsb",
        _rezip(FORMATS / "seed.xlsb", folder / "damaged.xlsb", "xl/worksheets/sheet1.bin", lambda d: d[:500]),
    )
    many = folder / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for number in range(2_000):
            archive.writestr(f"{number:05d}.txt", "ก,ข\n".encode("utf-16"))
    yield "many.zip", many
    long_name = folder / "long-name.zip"
    with zipfile.ZipFile(long_name, "w") as archive:
        archive.writestr("ก" * 85 + ".xlsx", SEED.read_bytes())
    yield "long-name.zip", long_name
    cell = (
        b'<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="9000">'
    )
    row = (
        b'<table:table-row table:number-rows-repeated="9000">'
        + cell
        + b"<text:p>1</text:p></table:table-cell>"
    )
    end = b"</table:table-row>"
    ods = FORMATS / "seed-corrected.ods"
    yield (
        "repeated.ods",
        _rezip(ods, folder / "repeated.ods", "content.xml", lambda d: d.replace(end, end + row + end, 1)),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("page.html", "<table>" + "<tr><td>1</td></tr>" * 2_000_000 + "</table>")
    (folder / "pages.zip").write_bytes(buffer.getvalue())
    yield "pages.zip", folder / "pages.zip"


def commands(path: Path, out: Path) -> list[list[str]]:
    """What each case goes through: every command that reads files, and the store's with it."""
    db = out / "h.sqlite3"
    p = str(path)
    return [
        ["validate", p, "--lang", "en"],
        ["validate", p, "--format", "json"],
        ["summarize", p, "--allow-errors"],
        ["annex", p, "--allow-errors", "-o", str(out / "annex.md"), "--force"],
        ["feedback", p, "-o", str(out / "feedback"), "--force", "--all"],
        ["chart", p, "--allow-errors", "-o", str(out / "chart.svg"), "--force"],
        ["report", p, "--allow-errors", "-o", str(out / "report.html"), "--force"],
        ["letter", p, "--allow-errors", "-o", str(out / "letter.docx"), "--force"],
        ["history", "add", p, "--db", str(db), "--allow-errors", "--period", "2018-04"],
        ["history", "list", "--db", str(db)],
        ["history", "show", "--period", "2018-04", "--db", str(db)],
        ["history", "check", "--db", str(db)],
        ["history", "backup", "--db", str(db), "-o", str(out / "backup.sqlite3"), "--force"],
    ]


def judge(
    case: str, args: list[str], code: int | None, output: str, seed: bool, provinces: int | None
) -> str:
    """What is wrong with one run, or ""."""
    if code is None:
        return f"{case}: {' '.join(args[:2])} hung (killed after {TIMEOUT:.0f} s)"
    if "unexpected error" in output or "ข้อผิดพลาดที่ไม่คาดคิด" in output or "Traceback" in output:
        return f"{case}: {' '.join(args[:2])}: {output.strip().splitlines()[-1][:200]}"
    if code not in (0, 1, 2):
        return f"{case}: {' '.join(args[:2])} exited {code}"
    said_ok = args[0] == "validate" and "--lang" in args and code == 0
    if seed and said_ok and provinces is not None and provinces < PROVINCES:
        return f"{case}: validate says OK, and summarize counts {provinces} provinces of {PROVINCES}"
    return ""


def _provinces(path: Path) -> int | None:
    done = subprocess.run(
        [sys.executable, "-m", "centertrack", "summarize", str(path), "--allow-errors", "--format", "json"],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=path.parent,
    )  # fmt: skip
    try:
        return len(json.loads(done.stdout)["provinces"])
    except (ValueError, KeyError):
        return None


def main(folder: Path) -> int:
    made = folder / "cases"
    made.mkdir(parents=True, exist_ok=True)
    runs, found = 0, []
    for seed, cases in ((True, seed_cases(made)), (False, hostile_cases(made))):
        for case, path in cases:
            out = folder / "out" / str(runs)
            out.mkdir(parents=True)
            provinces = _provinces(path) if seed else None
            for args in commands(path, out):
                runs += 1
                try:
                    # In a folder of its own: `python -m` puts the current folder first on the path.
                    done = subprocess.run(
                        [sys.executable, "-m", "centertrack", *args], capture_output=True, text=True,
                        timeout=TIMEOUT, env={**os.environ, "COLUMNS": "200"}, cwd=out,
                    )  # fmt: skip
                    code, output = done.returncode, done.stdout + done.stderr
                except subprocess.TimeoutExpired:
                    code, output = None, ""
                if problem := judge(case, args, code, output, seed, provinces):
                    found.append(problem)
    print(f"{runs} runs: {len(found)} problems")
    print("\n".join(found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="probe-"))))
