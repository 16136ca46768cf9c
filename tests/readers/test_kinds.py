"""The input kinds are one table (issue 28): signatures that never overlap, suffixes, readers and
words all taken from it."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from centertrack.catalog import FILES, LABELS, REFUSALS, Words
from centertrack.readers import SUFFIXES_READ, suffixes_read
from centertrack.readers.kinds import KINDS, READ, of_suffix, read_in_folder
from centertrack.readers.probe import Probe
from centertrack.readers.sniff import sniff

HERE = Path(__file__).resolve().parent.parent
SRC = HERE.parent / "src" / "centertrack"
FIXTURES = sorted(
    p
    for folder in ("formats", "hostile", "validate", "detail")
    for p in (HERE / "data" / folder).rglob("*")
    if p.is_file()
)
# What a Thai line may hold that is not Thai: parameters, names of formats and programs, suffixes.
_NAMES = re.compile(
    r"\{[^}]*\}|SQLite|zip bomb|PDF|Word|PowerPoint|LibreOffice|Excel|UTF-8|Windows Thai|zip|NUL|CSV|cp874"
    r"|\.[a-z]+|[A-Z]{2,}|SQLite|centertrack( [a-z]+)*|--[a-z]+( [A-Z]+)?"
)
ODD_BYTES = {
    "empty zip": b"PK\x05\x06" + b"\x00" * 18,
    "half a zip": b"PK\x03\x04" + b"\x00" * 40,
    "ole only": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "pdf after junk": b"junk\n%PDF-1.4\n",
    "rtf": b"{\\rtf1 hello}",
    "mail": b"From: a@b\nSubject: sheet\n\nhello",
    "html": b"<!-- c --><html><table></table></html>",
    "text": "จังหวัด,ทั้งหมด\n".encode(),
    "heic": b"\x00\x00\x00\x18ftypheic" + b"\x00" * 20,
    "webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    "program": b"MZ\x90\x00\x03\x00",
}


@pytest.mark.parametrize("data", [*ODD_BYTES.values(), *(p.read_bytes() for p in FIXTURES)])
def test_exactly_one_kind_has_the_bytes_signature(data: bytes) -> None:
    probe = Probe(data)
    matched = [kind.name for kind in KINDS if kind.looks(probe) is not None]
    assert len(matched) == 1, matched
    assert sniff(data)[0].name == matched[0]


def test_the_suffixes_read_are_the_twelve_of_the_table_in_its_order() -> None:
    assert suffixes_read() == (
        *(".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".tsv", ".txt"),
        *(".htm", ".html", ".docx", ".zip"),
    )
    assert frozenset(suffixes_read()) == SUFFIXES_READ
    assert of_suffix(".XLSM") is not None and of_suffix(".XLSM").name == "xlsx"  # type: ignore[union-attr]
    assert of_suffix(".pdf") is None


def test_a_folder_reads_by_the_table() -> None:
    assert read_in_folder("ตาก.xlsx", lambda: b"")
    assert not read_in_folder("~$ตาก.xlsx", lambda: b"")
    assert not read_in_folder("scan.pdf", lambda: b"")
    assert read_in_folder("ตาก.txt", lambda: b"\xff\xfe")  # Excel's Unicode Text
    assert not read_in_folder("notes.txt", lambda: b"note")


@pytest.mark.parametrize("kind", READ, ids=lambda k: k.name)
def test_each_kind_read_names_a_reader_module_with_read(kind: object) -> None:
    module = importlib.import_module(f"centertrack.readers.{kind.reader}")  # type: ignore[attr-defined]
    assert callable(module.read)


def test_every_key_the_readers_and_the_table_name_is_in_the_catalogue() -> None:
    used: set[str] = {kind.words for kind in KINDS}
    for kind in KINDS:
        if kind.refusal:
            used |= {key.format(damaged=d) for key in kind.refusal for d in ("workbook", "word", "zip")}
    for path in (SRC / "readers").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.fullmatch(r"(file|hint|kind)-[a-z0-9-]*[a-z0-9]", text):
                used.add(text)
    missing = sorted(key for key in used if key not in FILES and "{" not in key)
    assert not missing


def test_the_files_words_are_thai_and_english_and_their_keys_their_own() -> None:
    for key, words in FILES.items():
        assert isinstance(words, Words) and words.en, key
        assert words.th or not words.en, key
        assert key not in REFUSALS and key not in LABELS, key
        thai = _NAMES.sub("", words.th)
        assert not re.search(r"[A-Za-z]", thai), (key, words.th)
