"""The command line's words (cli/usage.py): every error path of every command in Thai, with no English
sentence in it; the parser's errors in our words; the help without Python types."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.cli.usage import lang_in
from centertrack.issues import ISSUES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
HOSTILE = Path(__file__).parent / "data" / "hostile"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"  # one error: พิจิตร's total
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
NATIONAL = EXAMPLES / "national-4.2-2561-04.xlsx"
LAO = EXAMPLES / "lao-4.1-national.csv"
MONTHLY = EXAMPLES / "monthly-4.2"
CASES = EXAMPLES / "cases-4.1-chachoengsao.csv"  # a register of requests only

runner = CliRunner()


def run(*args: str | Path, columns: int = 100) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout + result.stderr


# ---------------------------------------------------------------- an English sentence in Thai output

# What a Thai line may hold in Latin letters: names the user types or reads on the file system, the
# command line's own words, codes, and the names of formats and encodings.
_PATH = re.compile(r"\S*[/\\]\S*")  # a path, as given or resolved
_OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")  # --lang, -o
_CODE = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")  # file-unreadable, utf-8
_WITH_DIGITS = re.compile(r"\b\w*\d\w*\b")  # Sheet1, C12, 4.2
_EXTENSION = re.compile(r"\.\w+")  # .xlsx
_TAG = re.compile(r"\{\{ \w+ \}\}")  # a field of the letter's template: {{ number }}
_ALLOWED = {
    # the program, its commands and the values its options take
    "centertrack", "validate", "summarize", "annex", "auto", "th", "en", "text", "json", "csv",
    "letter", "template", "feedback", "chart", "report", "history", "add", "show", "trend", "diff",
    "missing", "export", "backup", "round", "close", "log", "provinces", "statistics", "none", "FROM", "TO",
    "serve", "check", "access", "revoke",
    "province", "district", "lao", "list", "progress", "arabic", "thai", "remaining", "percent",
    "PATH", "FILE", "FOLDER", "DATE", "ID", "NAME", "TEXT",
    # formats, encodings and products a Thai office names in Latin letters
    "Excel", "CSV", "UTF", "BOM", "Windows", "Unicode", "Text", "XLSX", "SUM", "MB", "OK", "Word",
}  # fmt: skip


def english_in(text: str, *names: str) -> list[str]:
    """The Latin words of a Thai text that are not names, options, codes or formats."""
    for name in sorted(names, key=len, reverse=True):
        if not name.startswith("-"):  # an option given (-p) is matched as one, not inside --province
            text = text.replace(name, " ")
    for pattern in (_TAG, _PATH, _OPTION, _CODE, _WITH_DIGITS, _EXTENSION):
        text = pattern.sub(" ", text)
    return [word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in _ALLOWED]


def test_the_detector_finds_english_and_passes_names() -> None:
    assert english_in("centertrack: x.pdf: unknown output type; use .csv") == [
        "unknown",
        "output",
        "type",
        "use",
    ]
    assert english_in("Invalid value for '--lang': Value error") == [
        "Invalid",
        "value",
        "for",
        "Value",
        "error",
    ]
    assert english_in("centertrack: inbox/a b.xlsx: มีไฟล์นี้อยู่แล้ว ใช้ --force", "inbox/a b.xlsx") == []
    assert english_in("✗ Sheet1!C12 8 — ใช้ --indicator 4.1 หรือ auto (file-unreadable)") == []
    assert not set(ISSUES) & set(english_in(" ".join(ISSUES)))


def _names_out(text: str, *given: str) -> str:
    """An English text without what the user gave and the provinces' Thai names (names are names), and
    the Thai words it quotes as an example of what to write (a date, an urgency, a letter's number)."""
    from centertrack.reference import load_reference

    quoted = ("เมษายน", "ด่วนที่สุด", "ด่วนมาก", "ด่วน")
    names = [p.name_th for p in load_reference().provinces]
    for name in sorted((*given, *names, *quoted), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


# Every way each command ends in an error or a refusal, before and after reading its inputs.
def _error_paths(tmp: Path) -> list[tuple[str, list[str | Path], int]]:
    folder = tmp / "notes"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    exists = tmp / "exists.csv"
    exists.write_text("x")
    inside = tmp / "inside"
    inside.mkdir()
    shutil.copy(CORRECTED, inside / "seed.xlsx")
    junk = tmp / "report.xlsx"
    junk.write_bytes(b"this is not a workbook at all")
    paths: list[tuple[str, list[str | Path], int]] = []
    for command in ("validate", "summarize", "annex"):
        paths += [
            (command, [], 2),  # no PATH
            (command, [CORRECTED, "--nope"], 2),  # no such option, nothing close
            (command, [CORRECTED, "--complet"], 2),  # no such option, one close
            (command, [CORRECTED, "--lang", "xx"], 2),
            (command, [CORRECTED, "--format", "jsn"], 2),
            (command, [CORRECTED, "--indicator"], 2),  # an option without its value
            (command, [CORRECTED, "--quiet=yes"], 2),  # a flag with a value
            (command, [CORRECTED, "--indicator", "9.9"], 2),
            (command, [tmp / "missing.xlsx"], 2),
            (command, [junk], 2),
            (command, [folder], 2),
            (command, [HOSTILE / "password.xlsx"], 2),
            (command, [HOSTILE / "empty.csv"], 2),
            (command, [HOSTILE / "truncated.xlsx"], 2),
            (command, [SEED], 1),  # data errors: the report, and for summarize and annex the refusal
        ]
    for command in ("summarize", "annex"):
        paths += [
            (command, [CORRECTED, "-o", tmp / "x.pdf"], 2),
            (command, [CORRECTED, "-o", exists], 2),
            (command, [CORRECTED, "-o", tmp / "no" / "such" / "x.csv"], 2),
            (command, [CORRECTED, "-o", CORRECTED, "--force"], 2),
            (command, [inside, "-o", inside / "out.csv"], 2),
            (command, [CORRECTED, "--format", "json", "-o", tmp / "x.csv"], 2),
            (command, [CORRECTED, "-o", tmp / "x.json", "extra"], 2),
        ]
    paths += [
        ("summarize", [CORRECTED, "--by", "everything"], 2),
        ("summarize", [CORRECTED, "--by", "lao"], 2),  # no LAO-level sheet
        ("summarize", [LAO, "--missing"], 2),  # without --by
        ("summarize", [LAO, "--by", "lao", "--province", "ภูเกต"], 2),
        ("summarize", [LAO, "--by", "lao", "--province", "Bangkok"], 2),
        ("summarize", [LAO, "--by", "lao", "--province", "nowhere"], 2),
        ("annex", [CORRECTED, "--as-of", "31/2/61"], 2),
        ("annex", [CORRECTED, "--as-of", "10/13/61"], 2),
        ("annex", [CORRECTED, "--as-of", "soon"], 2),
        ("annex", [CORRECTED, "--style", "letter"], 2),
        ("annex", [CORRECTED, "--digits", "roman"], 2),
        ("annex", [CORRECTED, "--order", "size"], 2),
        ("valdate", [CORRECTED], 2),
        ("--bogus", [], 2),
    ]
    return paths + _newer_error_paths(tmp, exists, inside, junk, folder)


def _store(tmp: Path) -> tuple[Path, Path, Path, Path]:
    """A history store holding the round 2018-04; a read-only copy; a copy written by a newer
    centertrack; a copy with its header kept and its pages gone."""
    store = tmp / "store.sqlite3"
    code, text = run("history", "add", MONTHLY / "2018-04", "--db", store, "--lang", "en")
    assert code == 0, text
    with closing(sqlite3.connect(store)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = tmp / "damaged.sqlite3"
    data = store.read_bytes()
    damaged.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    locked, newer = tmp / "read-only.sqlite3", tmp / "newer.sqlite3"
    shutil.copy(store, locked)
    locked.chmod(0o444)
    shutil.copy(store, newer)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("PRAGMA user_version = 99")
        db.commit()
    return store, locked, newer, damaged


def _edited_template(tmp: Path) -> Path:
    """The shipped letter template with {{ number }} misspelt {{ numero }}."""
    import docx

    from centertrack.reports.letter_template import shipped_template

    shipped = tmp / "shipped.docx"
    shipped.write_bytes(shipped_template())
    document = docx.Document(str(shipped))
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            run_.text = run_.text.replace("{{ number }}", "{{ numero }}")
    edited = tmp / "edited.docx"
    document.save(str(edited))
    return edited


def _newer_error_paths(
    tmp: Path, exists: Path, inside: Path, junk: Path, folder: Path
) -> list[tuple[str, list[str | Path], int]]:
    """letter, template, feedback, chart, report and history: their refusals and usage errors."""
    store, locked, newer, damaged = _store(tmp)
    nowhere = tmp / "nowhere.sqlite3"
    edited = _edited_template(tmp)
    letter = tmp / "letter.docx"
    picture = tmp / "chart.png"
    out = tmp / "out.xlsx"
    for name in ("exists.docx", "exists.png", "exists.html", "exists.xlsx", "exists.sqlite3"):
        (tmp / name).write_text("x")
    paths: list[tuple[str, list[str | Path], int]] = [
        ("letter", [], 2),  # no input
        ("letter", [CORRECTED], 2),  # nowhere to write
        ("letter", [CORRECTED, "-o", tmp / "x.pdf"], 2),
        ("letter", [CORRECTED, "-o", tmp / "exists.docx"], 2),
        ("letter", [CORRECTED, "--per-province", exists], 2),
        ("letter", [CORRECTED, "-o", letter, "--date", "soon"], 2),
        ("letter", [CORRECTED, "-o", letter, "--date", "31/2/61"], 2),
        ("letter", [CORRECTED, "-o", letter, "--urgency", "now"], 2),
        ("letter", [CORRECTED, "-o", letter, "--refer", "14/2/61"], 2),
        ("letter", [CORRECTED, "-o", letter, "--template", junk], 2),  # not a .docx
        ("letter", [CORRECTED, "-o", letter, "--template", tmp / "missing.docx"], 2),
        ("letter", [CORRECTED, "-o", letter, "--template", edited], 2),  # a misspelt field
        ("letter", [CORRECTED, "-o", letter, "--write-template", tmp / "exists.docx"], 2),
        ("letter", [CORRECTED, "-o", letter, "--period", "2018-04", "--db", store], 2),  # both
        ("letter", ["-o", letter, "--period", "April", "--db", store], 2),
        ("letter", ["-o", letter, "--period", "2019-01", "--db", store], 2),
        ("letter", ["-o", letter, "--period", "2018-04", "--db", junk], 2),
        ("letter", ["-o", letter, "--db", store], 2),  # --db without --period
        ("template", ["-i", "4.2", "-p", "ตาก"], 2),  # no -o
        ("template", ["-p", "ตาก", "-o", out], 2),  # no -i
        ("template", ["-i", "9.9", "-p", "ตาก", "-o", out], 2),
        ("template", ["-i", "4.2", "-o", out], 2),  # no province
        ("template", ["-i", "4.2", "--all", "-p", "ตาก", "-o", out], 2),
        ("template", ["-i", "4.2", "-p", "ชลบุร", "-o", out], 2),  # close to ชลบุรี
        ("template", ["-i", "4.2", "-p", "กรุงเทพมหานคร", "-o", out], 2),
        ("template", ["-i", "4.2", "-p", "nowhere", "-o", out], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "-o", tmp / "t.pdf"], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "-o", tmp / "exists.xlsx"], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "-o", out, "--zip"], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "-p", "ชลบุรี", "-o", out], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "-p", "ชลบุรี", "-o", exists], 2),  # not a folder
        ("template", ["-i", "4.2", "-p", "ตาก", "-p", "ชลบุรี", "-o", tmp / "no" / "dir"], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "--level", "lao", "-o", out], 2),
        ("template", ["-i", "4.2", "-p", "ตาก", "--period", "April", "-o", out], 2),
        ("feedback", [], 2),  # no PATH
        ("feedback", [SEED], 2),  # no -o
        ("feedback", [SEED, "-o", exists], 2),  # not a folder
        ("feedback", [SEED, "-o", tmp / "no" / "copies"], 2),
        ("feedback", [inside, "-o", inside / "copies"], 2),
        ("feedback", [inside / "seed.xlsx", "-o", inside], 2),
        ("feedback", [tmp / "missing.xlsx", "-o", tmp / "copies"], 2),
        ("feedback", [CORRECTED, "-o", tmp / "copies"], 0),  # nothing to send back
        ("chart", [CORRECTED], 2),  # no -o
        ("chart", [CORRECTED, "-o", tmp / "c.txt"], 2),
        ("chart", [CORRECTED, "-o", tmp / "exists.png"], 2),
        ("chart", [CORRECTED, "-o", picture, "--province", "ตาก"], 2),
        ("chart", [CORRECTED, "-o", picture, "--kind", "trend"], 2),  # the trend is the store's
        ("chart", [CORRECTED, "-o", picture, "--kind", "pie"], 2),
        ("chart", [CORRECTED, "-o", picture, "--kind", "statistics"], 2),  # 4.2 has no statistics
        ("chart", [CASES, "-o", picture], 2),  # a register says nothing of the centers
        ("chart", ["-o", picture, "--kind", "trend", "--db", junk], 2),
        ("chart", ["-o", picture, "--kind", "trend", "--db", nowhere], 2),
        ("chart", ["-o", picture, "--kind", "trend", "--db", store, "--province", "ภูเกต"], 2),
        ("chart", ["-o", picture, "--kind", "trend", "--db", store, "--period", "2018-13"], 2),
        ("chart", ["-o", picture, "--period", "2019-01", "--db", store], 2),
        ("chart", ["-o", picture, "--kind", "statistics", "--db", store], 2),  # 4.2: no statistics stored
        ("chart", ["-o", picture, "--kind", "statistics", "--db", store, "--province", "ภูเกต"], 2),
        ("chart", [CORRECTED, "-o", picture, "--kind", "statistics", "--db", store], 2),  # both
        ("report", [CORRECTED], 2),  # no -o
        ("report", ["-o", tmp / "r.html"], 2),  # no input
        ("report", [CORRECTED, "-o", tmp / "r.pdf"], 2),
        ("report", [CORRECTED, "-o", tmp / "exists.html"], 2),
        ("report", ["-o", tmp / "r.html", "--period", "2018-04", "--db", newer], 2),
        ("report", ["-o", tmp / "r.html", "--period", "2018-04", "--db", folder], 2),
        ("history", ["nope"], 2),
        ("history", ["add"], 2),  # no PATH
        ("history", ["add", CORRECTED, "--period", "2018-13", "--db", tmp / "new.sqlite3"], 2),
        ("history", ["add", CORRECTED, "--db", junk], 2),
        ("history", ["add", CORRECTED, "--db", folder], 2),
        ("history", ["add", CORRECTED, "--db", locked], 2),
        ("history", ["add", CORRECTED, "--db", newer], 2),
        ("history", ["list", "--db", junk], 2),
        ("history", ["show"], 2),  # no --period
        ("history", ["show", "--period", "2018-04", "--db", junk], 2),
        ("history", ["show", "--period", "April", "--db", store], 2),
        ("history", ["show", "--period", "2019-01", "--db", store], 2),
        ("history", ["show", "--period", "2018-04", "--province", "nowhere", "--db", store], 2),
        ("history", ["trend", "--db", nowhere], 2),
        ("history", ["trend", "--db", store, "--province", "ภูเกต"], 2),
        ("history", ["trend", "--db", newer], 2),
        ("history", ["trend", "--db", damaged], 2),  # SQLite's own words stay out of the Thai
        ("history", ["diff", "2018-04"], 2),  # no TO
        ("history", ["diff", "2018-03", "April", "--db", store], 2),
        ("history", ["diff", "2018-03", "2018-04", "--db", store], 2),  # no round 2018-03 stored
        ("history", ["missing", "--period", "2019-01", "--db", store], 2),
        ("history", ["missing", "--period", "2018-04", "--db", nowhere], 2),
        ("history", ["export", "--db", store], 2),  # no -o
        ("history", ["export", "-o", tmp / "e.pdf", "--db", store], 2),
        ("history", ["export", "-o", exists, "--db", store], 2),
        ("history", ["export", "-o", tmp / "e.csv", "--db", junk], 2),
        ("history", ["export", "-o", tmp / "e.csv", "--db", store, "-i", "9.9"], 2),
        ("history", ["backup", "-o", store, "--db", store, "--force"], 2),  # the store itself
        ("history", ["backup", "-o", tmp / "exists.sqlite3", "--db", store], 2),
        ("history", ["backup", "-o", tmp / "b.sqlite3", "--db", nowhere], 2),
        ("history", ["backup", "-o", tmp / "no" / "such" / "b.sqlite3", "--db", store], 2),
    ]
    return paths


def test_every_error_path_of_every_command_is_thai(tmp_path: Path) -> None:
    """In --lang th (the default) no error, refusal, usage error or date complaint has an English
    sentence in it; each is in English with --lang en."""
    spoken: dict[str, list[str]] = {}
    for command, args, expected in _error_paths(tmp_path):
        own = "--lang" in args  # its own bad --lang: the last one given would win
        for lang in [[]] if own else [[], ["--lang", "th"], ["--lang", "TH"]]:
            code, text = run(command, *args, *lang)
            assert code == expected, (command, args, text)
            assert "Traceback" not in text
            names = (command, str(tmp_path), *map(str, args), *(p.name for p in tmp_path.rglob("*")))
            found = english_in(text, *names)
            spoken[" ".join(map(str, (command, *args, *lang)))] = found
        if own:
            continue
        code, text = run(command, *args, "--lang", "en")
        assert code == expected and "Traceback" not in text
        assert english_in(text, str(tmp_path), *map(str, args)), (command, args, text)  # English words
        assert not re.search("[\u0e01-\u0e2e]{3,}", _names_out(text, *map(str, args))) or (
            command in ("validate", "summarize", "annex") and args == [SEED]
        ), text  # no Thai sentence in English either (province names are names)
    assert {line: words for line, words in spoken.items() if words} == {}


@pytest.mark.parametrize(
    "text",
    ['[sender]\nphon = "1"\n', "[sender\n", "[sender]\nphone = 1\n", 'sender = "x"\n', b"\xff\xfe[sender]"],
)
def test_the_letters_settings_are_refused_in_thai(tmp_path: Path, text: str | bytes) -> None:
    """The settings file is read by letter alone, from $CENTERTRACK_SETTINGS: its refusals, in Thai."""
    from dataclasses import fields

    from centertrack.errors import UsageError
    from centertrack.letter import Sender, load_sender

    path = tmp_path / "settings.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(UsageError) as refused:
        load_sender(path)
    thai = refused.value.text("th")
    assert thai.startswith(f"{path}: ") and re.search("[\u0e00-\u0e7f]{3,}", thai), thai
    assert english_in(thai, str(path), "sender", "phon", *(f.name for f in fields(Sender))) == [], thai
    assert english_in(refused.value.text("en"), str(path)), refused.value.text("en")


def test_the_parsers_words_are_ours() -> None:
    for args, thai, english in [
        (["validate"], "ไม่ได้ระบุ PATH", "no PATH given"),
        (["validate", str(CORRECTED), "--complet"], "หมายถึง --complete หรือไม่?", "did you mean --complete?"),
        (["summarize", str(CORRECTED), "-f", "jsn"], "(หมายถึง json หรือไม่?)", "(did you mean json?)"),
        (["valdate"], "ไม่มีคำสั่ง 'valdate': หมายถึง validate หรือไม่?", "no command 'valdate'"),
        (
            ["annex", str(CORRECTED), "--as-of", "31/2/61"],
            "เดือนกุมภาพันธ์ 2561 มี 28 วัน",
            "February 2018 has 28 days",
        ),
    ]:
        code, text = run(*args)
        assert code == 2 and thai in text, text
        assert "Value error" not in text and "out of range" not in text
        code, text = run(*args, "--lang", "EN")
        assert code == 2 and english in text, text


def test_did_you_mean_a_province() -> None:
    code, text = run("summarize", LAO, "--by", "lao", "--province", "ภูเกต")
    assert code == 2
    assert "(หมายถึง ภูเก็ต หรือไม่?)" in text
    code, text = run("summarize", LAO, "--by", "lao", "--province", "ภูเกต", "--lang", "en")
    assert "(did you mean ภูเก็ต (Phuket)?)" in text


def test_lang_is_case_insensitive_and_read_before_parsing() -> None:
    assert lang_in(["validate", "x", "--lang", "EN"]) == "en"
    assert lang_in(["validate", "--lang=En", "x"]) == "en"
    assert lang_in(["validate", "x", "--lang", "xx"]) == "th"
    assert lang_in(["validate", "--", "--lang", "en"]) == "th"
    code, text = run("validate", CORRECTED, "--lang", "xx")
    assert code == 2 and "--lang 'xx': ไม่มีค่านี้ ใช้ th หรือ en" in text
    code, text = run("validate", CORRECTED, "--lang", "EN", "--format", "JSON")
    assert code == 0 and '"valid": true' in text


def test_refusals_of_options_that_disagree(tmp_path: Path) -> None:
    code, text = run("summarize", CORRECTED, "--format", "json", "-o", tmp_path / "x.csv", "--lang", "en")
    assert code == 2 and "--format json with -o" in text
    assert not (tmp_path / "x.csv").exists()
    code, text = run("summarize", CORRECTED, "--format", "csv", "-o", tmp_path / "x.csv")
    assert code == 0 and (tmp_path / "x.csv").exists()  # the same type twice is no disagreement
    code, text = run("summarize", LAO, "--missing", "--lang", "en")
    assert code == 2 and "--missing lists places: use it with --by district or --by lao" in text


def test_inputs_as_of_several_dates_are_said(tmp_path: Path) -> None:
    """A folder mixing reports as of 15/3/61 and 10/4/61 is not summed up silently as of 10 April."""
    import openpyxl

    shutil.copy(CORRECTED, tmp_path / "april.xlsx")
    book = openpyxl.load_workbook(NATIONAL)
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "10/4/61" in cell.value:
                cell.value = cell.value.replace("10/4/61", "15/3/61")
    book.save(tmp_path / "march.xlsx")
    _, text = run("summarize", tmp_path / "march.xlsx", tmp_path / "april.xlsx", "--allow-errors")
    assert "ข้อมูลต่างวันที่กัน 2 วัน: 15 มีนาคม 2561 (" in text and "march.xlsx" in text
    assert "สรุปเป็นข้อมูล ณ วันที่ 10 เมษายน 2561" in text
    _, text = run(
        "summarize", tmp_path / "march.xlsx", tmp_path / "april.xlsx", "--lang", "en", "--allow-errors"
    )
    assert "the inputs are as of 2 dates: 15 March 2018 (" in text and "summed up as of 10 April 2018" in text


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], ["validate"], ["summarize"], ["annex"]])
def test_help_shows_no_python_types(command: list[str]) -> None:
    code, text = run(*command, "--help", "--lang", "en", columns=160)
    assert code == 0
    assert not re.search(r"<\w+(\[\w+\])?>|list\[|\bbool\b|\bstr\b", text), text
    for line in text.splitlines():
        if line.startswith("│") and re.search(
            r"--(force|quiet|allow-errors|complete|all|missing|help)\b", line
        ):
            # a flag is a flag: its help follows it, no value between
            assert re.search(r"--[\w-]+(\s+-\w)?\s{2,}[A-Z]", line), line
    if command:
        # summarize and annex read a stored round (--period) in place of paths: PATH is optional there.
        optional = command[0] in ("summarize", "annex")
        path = "[PATH]..." if optional else "PATH..."
        assert f"Usage: centertrack {command[0]} [OPTIONS] {path}" in text
        assert re.search(
            r"\s+PATH\.\.\.\s+Progress sheets" if optional else r"\*\s+PATH\.\.\.\s+Progress sheets", text
        )
        assert re.search(r"--lang\s+th\|en\s", text)
        assert re.search(r"--indicator\s+-i\s+ID\s", text)


def test_help_names_values_as_what_they_are() -> None:
    _, summarize = run("summarize", "--help", "--lang", "en", columns=160)
    assert re.search(r"--output\s+-o\s+FILE\s", summarize)
    assert re.search(r"--format\s+-f\s+text\|json\|csv\s", summarize)
    assert re.search(r"--province\s+NAME\s", summarize)
    _, annex = run("annex", "--help", "--lang", "en", columns=160)
    assert re.search(r"--as-of\s+DATE\s", annex)
    assert re.search(r"--title\s+TEXT\s", annex)
    assert re.search(r"--style\s+list\|progress\s", annex)


def test_readme_shows_the_messages_the_commands_say(monkeypatch: pytest.MonkeyPatch) -> None:
    """README's ```text block of messages: each command and the lines it says, as it says them."""
    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### Messages.*?```text\n(.*?)```", text, flags=re.S)
    assert block is not None
    shown: dict[str, list[str]] = {}
    for line in block[1].splitlines():
        if line.startswith("$ centertrack "):
            command = line.removeprefix("$ centertrack ")
            shown[command] = []
        else:
            shown[command].append(line)
    assert len(shown) == 3
    for command, lines in shown.items():
        result = runner.invoke(app, command.split(), env={"COLUMNS": "110"})
        assert result.exit_code == 2
        assert result.stderr.splitlines() == lines


@pytest.mark.parametrize(
    "args", [["validate"], ["summarize", "x.xlsx", "--nope"], ["annex", "x", "--lang", "xx"]]
)
def test_a_usage_error_imports_no_heavy_module(args: list[str]) -> None:
    """A mistyped command line is answered as fast as --help: the words need no pandas or openpyxl."""
    code = (
        "import sys\n"
        "from centertrack.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit as done:\n    assert done.code == 2\n"
        "heavy = {'pandas', 'numpy', 'openpyxl', 'python_calamine', 'geothai', 'docx', 'matplotlib'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip().splitlines()[-1] == "[]"
