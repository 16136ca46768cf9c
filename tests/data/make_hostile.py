"""Make the hostile corpus in tests/data/hostile/: files that offices (or attackers) really send.

Run: python tests/data/make_hostile.py   (needs msoffcrypto-tool for the password-protected workbook)
Small files are committed; what would be large (thousands of files, a million rows) is made by the
tests themselves in a temporary folder.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent / "hostile"
SEED = Path(__file__).resolve().parents[2] / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
SEED_XLS = Path(__file__).resolve().parent / "formats" / "seed-corrected.xls"
FORMATS = Path(__file__).resolve().parent / "formats"  # made by make_formats.py
FIXED = (1980, 1, 1, 0, 0, 0)
DEFLATED = zipfile.ZIP_DEFLATED  # a bare ZipInfo would be stored uncompressed


def rezip(data: bytes, *, drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None) -> bytes:
    """The same workbook with parts dropped or added, members stamped 1980 so the bytes are stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in drop:
                target.writestr(zipfile.ZipInfo(info.filename, FIXED), source.read(info.filename), DEFLATED)
        for name, content in (add or {}).items():
            target.writestr(zipfile.ZipInfo(name, FIXED), content, DEFLATED)
    return out.getvalue()


def bomb() -> bytes:
    """A 1 MB xlsx whose one sheet inflates to 1.1 GB (all spaces), declared honestly in the zip."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", FIXED), b"<Types/>", DEFLATED)
        # A bare ZipInfo is stored uncompressed: deflate it, or the "bomb" is itself 1.1 GB on disk.
        member = zipfile.ZipInfo("xl/worksheets/sheet1.xml", FIXED)
        member.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(member, "w", force_zip64=True) as part:
            block = b" " * (1 << 20)
            for _ in range(1100):
                part.write(block)
    return out.getvalue()


def half(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def remarks_injection() -> bytes:
    """The seed form, corrected, with remarks a spreadsheet would run as formulas."""
    workbook = openpyxl.load_workbook(SEED)
    sheet = workbook.active
    assert sheet is not None
    sheet["F6"] = '=HYPERLINK("http://x","click")'  # openpyxl would write a formula: store it as text
    sheet["F6"].data_type = "s"
    sheet["F7"] = "@SUM(1+1)"
    sheet["F8"] = "+66 2 241 9000"
    sheet["F9"] = "\t=1+1"  # OWASP: a leading tab or carriage return can hide a formula too
    sheet["F10"] = "\r-2+3"
    out = io.BytesIO()
    workbook.save(out)
    # openpyxl stamps the time of saving: the seed's own date instead, so that the bytes are stable.
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as saved:
        core = saved.read("docProps/core.xml")
    core = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2018-04-10T00:00:00Z", core)
    return rezip(out.getvalue(), drop=("docProps/core.xml",), add={"docProps/core.xml": core})


def huge_xlsb() -> bytes:
    """An .xlsb of a few bytes whose one cell sits at row 1,500,000: past MAX_ROWS once laid out."""
    from make_formats import _record, xlsb

    with zipfile.ZipFile(io.BytesIO(xlsb())) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.bin"]
    end = sheet.rindex(_record(0x92))  # BrtEndSheetData
    far = _record(0x00, struct.pack("<IIHHBI", 1_499_999, 0, 300, 0, 0, 0)) + _record(
        0x05, struct.pack("<IId", 0, 0, 1.0)
    )
    parts["xl/worksheets/sheet1.bin"] = sheet[:end] + far + sheet[end:]
    return rezip(
        xlsb(),
        drop=("xl/worksheets/sheet1.bin",),
        add={"xl/worksheets/sheet1.bin": parts["xl/worksheets/sheet1.bin"]},
    )


def huge_docx() -> bytes:
    """A Word table of 60,000 rows, each one cell spanning 1,000 grid columns: 60 million cells."""
    seed = (FORMATS / "seed.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(seed)) as source:
        document = source.read("word/document.xml")
    row = b'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc></w:tr>'
    start = document.index(b"<w:tbl>")
    end = document.index(b"</w:tbl>") + len(b"</w:tbl>")
    document = document[:start] + b"<w:tbl>" + row * 60_000 + b"</w:tbl>" + document[end:]
    return rezip(seed, drop=("word/document.xml",), add={"word/document.xml": document})


def archive(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", DEFLATED) as target:
        for name, content in members.items():
            target.writestr(zipfile.ZipInfo(name, FIXED), content, DEFLATED)
    return out.getvalue()


def main() -> None:
    HERE.mkdir(exist_ok=True)
    seed = SEED.read_bytes()
    rng = random.Random(2561)
    files = {
        "empty.xlsx": b"",
        "empty.csv": b"",
        "random.xlsx": rng.randbytes(4096),
        "random.xls": rng.randbytes(4096),
        "random.csv": rng.randbytes(4096),
        "truncated.xlsx": seed[: len(seed) // 2],
        "missing-parts.xlsx": rezip(seed, drop=("xl/workbook.xml", "xl/_rels/workbook.xml.rels")),
        "macros.xlsm": rezip(seed, add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not really VBA"}),
        # 44 bytes gone from the middle of an .xls: calamine panics (found by mutating the seed)
        "damaged.xls": SEED_XLS.read_bytes()[:4135] + SEED_XLS.read_bytes()[4179:],
        "remarks-injection.xlsx": remarks_injection(),
        # NUL bytes past the first 4 KB, where a quick look at the start would not see them
        "nul-bytes.csv": "จังหวัด,ทั้งหมด,จัดตั้งแล้ว\n".encode() + "ตาก,9,3\n".encode() * 400 + b"\x00\x00,9,3\n",
        "invalid-bytes.csv": "จังหวัด,ทั้งหมด,จัดตั้งแล้ว\n".encode() + b"\xff\xfe\xfd,9,3\n",
        "mixed-encodings.csv": "จังหวัด,จำนวนทั้งหมด,จัดตั้งแล้ว,ยังไม่ได้จัดตั้ง\n".encode()
        + "ตาก,9,3,6\n".encode("cp874")
        + "สตูล,7,6,1\n".encode(),
        "bomb.xlsx": bomb(),
        # the formats of issue 13: truncated, random bytes under their names, huge
        "truncated.docx": half(FORMATS / "seed.docx"),
        "truncated.xlsb": half(FORMATS / "seed.xlsb"),
        "truncated.zip": half(FORMATS / "seed.zip"),
        "truncated.html": half(FORMATS / "seed.html"),
        "random.docx": rng.randbytes(4096),
        "random.xlsb": rng.randbytes(4096),
        "random.zip": rng.randbytes(4096),
        "random.html": rng.randbytes(4096),
        "spans.html": b"<table>" + b"<tr><td rowspan=65534 colspan=1000>x</td></tr>" * 100 + b"</table>",
        "huge.xlsb": huge_xlsb(),
        "huge.docx": huge_docx(),
        "nested.zip": archive({"inner.zip": archive({"ตาก.xlsx": seed})}),
        "slip.zip": archive({"../../ตาก.xlsx": seed}),
    }
    try:
        import msoffcrypto.format.ooxml

        encrypted = io.BytesIO()
        msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(seed)).encrypt("2561", encrypted)
        files["password.xlsx"] = encrypted.getvalue()
    except ImportError:
        print("msoffcrypto-tool is not installed: password.xlsx kept as it is")
    for name, content in files.items():
        (HERE / name).write_bytes(content)
        print(f"{name}: {len(content):,} bytes")


if __name__ == "__main__":
    main()
