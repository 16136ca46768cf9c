"""Make the seed form in the formats offices really send, and the files centertrack refuses, in
tests/data/formats/ (tests/test_formats.py reads them).

Run: python tests/data/make_formats.py. Deterministic (fixed zip dates). The seed form (letter ว 1055,
corrected: 10 provinces, 92 / 47 / 45, อัปเดตวันที่ 10/4/61) is typed in here, so the files do not
depend on the code they test; only python-docx and the standard library are used.

- seed.html: a web page in UTF-8, the title and footer as paragraphs around a table whose header
  spans two rows (rowspan, colspan);
- seed-cp874.xls: what Excel's "Save as Web Page" and web reporting systems make, named .xls: Windows
  Thai declared by http-equiv, the whole sheet one table, numbers in x:num, Windows quotes;
- seed.docx: the form typed as a Word table, its header merged across (gridSpan) and down (vMerge);
- seed.xlsb: an Excel binary workbook. Nothing common writes .xlsb (LibreOffice cannot), so its
  BIFF12 records (MS-XLSB) are packed here: BrtBeginBook / BrtBundleSh in xl/workbook.bin,
  BrtRowHdr and BrtCellSt / BrtCellReal in xl/worksheets/sheet1.bin, with the rels and
  [Content_Types].xml;
- seed.zip: the seed workbook and a note inside a zip, names flagged UTF-8; windows-names.zip: the same
  with its names in cp874 unflagged, as Windows' own "Send to → Compressed folder" writes them;
- refused/: a PDF, pictures (JPEG, PNG, HEIC, TIFF, GIF), a Word 97 .doc, PowerPoint .ppt and .pptx,
  e-mails (.eml, Outlook .msg), a Windows program, a password-protected .ods. The Office 97 files are
  the container's header and stream names only: what tells them apart.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "formats"
SEED_XLSX = HERE.parents[1] / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"
FIXED = (1980, 1, 1, 0, 0, 0)
DEFLATED = zipfile.ZIP_DEFLATED

TITLES = [
    "แบบรายงานความคืบหน้าการจัดตั้งศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน",
    "ขององค์กรปกครองส่วนท้องถิ่น (สถานที่กลาง)",
    "สำหรับจังหวัดที่ยังจัดตั้งศูนย์ปฏิบัติการร่วมฯ (สถานที่กลาง) ไม่ครบตามเป้าหมาย",
]
HEADER = ["ลำดับที่", "จังหวัด", "จำนวนทั้งหมด (แห่ง)", "จัดตั้งแล้ว (แห่ง)", "ยังไม่ได้จัดตั้ง (แห่ง)", "หมายเหตุ"]
GROUP = "ศูนย์ปฏิบัติการร่วมฯ"  # the header's top row, over the three counts
ROWS = [
    ("ฉะเชิงเทรา", 11, 5, 6),
    ("ชลบุรี", 11, 0, 11),
    ("ตาก", 9, 3, 6),
    ("นครปฐม", 7, 3, 4),
    ("นครสวรรค์", 15, 3, 12),
    ("นนทบุรี", 6, 5, 1),
    ("พังงา", 8, 7, 1),
    ("เพชรบุรี", 8, 6, 2),
    ("สตูล", 7, 6, 1),
    ("สุพรรณบุรี", 10, 9, 1),
]
REMARK = "“ข้อมูลจากอำเภอ”"  # Windows quotes: cp874 has them, Python's tis-620 turns them into controls
FOOTER = "อัปเดตวันที่ 10/4/61"


def stable_zip(files: dict[str, bytes], *, utf8_names: bool = True) -> bytes:
    out = io.BytesIO()
    raw: dict[bytes, bytes] = {}
    with zipfile.ZipFile(out, "w", DEFLATED) as archive:
        for number, (name, content) in enumerate(files.items()):
            if not utf8_names:  # zipfile flags any non-ASCII name UTF-8: an ASCII stand-in, replaced below
                encoded = name.encode("cp874")
                stand_in = f"~{number:03d}".ljust(len(encoded), "~")
                raw[stand_in.encode()] = encoded
                name = stand_in
            archive.writestr(zipfile.ZipInfo(name, FIXED), content, DEFLATED)
    data = out.getvalue()
    for stand_in, encoded in raw.items():  # in the local header and the central directory alike
        data = data.replace(stand_in, encoded)
    return data


def rezip(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return stable_zip({info.filename: source.read(info) for info in source.infolist()})


# ------------------------------------------------------------------------------------------ HTML


def html_utf8() -> bytes:
    head = (
        "<tr><th rowspan=2>ลำดับที่</th><th rowspan=2>จังหวัด</th>"
        f'<th colspan="3">{GROUP}</th><th rowspan=2>หมายเหตุ</th></tr>\n'
        "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER[2:5]) + "</tr>\n"
    )
    body = "".join(
        f"<tr><td>{n}</td><td>{p}</td><td>{t}</td><td>{e}</td><td>{r}</td><td></td></tr>\n"
        for n, (p, t, e, r) in enumerate(ROWS, 1)
    )
    titles = "".join(f"<h3>{t}</h3>\n" for t in TITLES)
    page = (
        '<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"><title>รายงาน</title>'
        "<style>td { border: 1px solid }</style></head>\n<body>\n"
        f"{titles}<table border=1>\n<thead>\n{head}</thead>\n<tbody>\n{body}</tbody>\n</table>\n"
        f"<p>{FOOTER}</p>\n</body></html>\n"
    )
    return page.encode("utf-8")


def html_cp874() -> bytes:
    """As Excel's "Save as Web Page" writes a sheet: one table for all of it, numbers in x:num."""
    width = len(HEADER)
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n<head>',
        '<meta http-equiv=Content-Type content="text/html; charset=windows-874">',
        '<meta name=Generator content="Microsoft Excel 15">',
        "</head>\n<body link=blue vlink=purple>",
        "<table border=0 cellpadding=0 cellspacing=0 width=640 style='border-collapse:collapse'>",
    ]
    lines += [f" <tr height=21>\n  <td colspan={width} class=xl65>{t}</td>\n </tr>" for t in TITLES]
    lines.append(f" <tr height=21>\n  <td colspan={width}></td>\n </tr>")
    lines.append(
        " <tr>\n  <td rowspan=2 class=xl66>ลำดับที่</td>\n  <td rowspan=2 class=xl66>จังหวัด</td>\n"
        f"  <td colspan=3 class=xl66>{GROUP}</td>\n  <td rowspan=2 class=xl66>หมายเหตุ</td>\n </tr>"
    )
    lines.append(" <tr>\n" + "".join(f"  <td class=xl66>{h}</td>\n" for h in HEADER[2:5]) + " </tr>")
    for n, (province, total, established, remaining) in enumerate(ROWS, 1):
        remark = REMARK if n == 1 else ""
        numbers = "".join(f"  <td align=right x:num>{v}</td>\n" for v in (total, established, remaining))
        lines.append(
            f" <tr>\n  <td x:num>{n}</td>\n  <td>{province}</td>\n{numbers}  <td>{remark}</td>\n </tr>"
        )
    lines.append(f" <tr>\n  <td colspan={width}></td>\n </tr>")
    lines.append(f" <tr>\n  <td colspan={width}>{FOOTER}</td>\n </tr>")
    lines.append("</table>\n</body>\n</html>\n")
    return "\r\n".join(lines).encode("cp874")


# ------------------------------------------------------------------------------------------ Word


def docx_table() -> bytes:
    import docx

    document = docx.Document()
    for title in TITLES:
        document.add_paragraph(title)
    table = document.add_table(rows=2 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    top, second = table.rows[0].cells, table.rows[1].cells
    for col in (0, 1, 5):  # merged down: vMerge
        merged = top[col].merge(second[col])
        merged.text = HEADER[col]
    group = top[2].merge(top[4])  # merged across: gridSpan
    group.text = GROUP
    for col in (2, 3, 4):
        table.rows[1].cells[col].text = HEADER[col]
    for n, (province, total, established, remaining) in enumerate(ROWS, 1):
        cells = table.rows[1 + n].cells
        for col, value in enumerate((n, province, total, established, remaining, "")):
            cells[col].text = str(value)
    document.add_paragraph("")
    document.add_paragraph(FOOTER)
    when = datetime(2018, 4, 10, 9)
    document.core_properties.created = document.core_properties.modified = when
    out = io.BytesIO()
    document.save(out)
    return rezip(out.getvalue())


# ------------------------------------------------------------------------------------------ XLSB


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _record(kind: int, payload: bytes = b"") -> bytes:
    return _varint(kind) + _varint(len(payload)) + payload


def _wide(text: str) -> bytes:  # XLWideString: a character count, then UTF-16LE
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def xlsb(rows: list[list[str | int | float]] | None = None) -> bytes:
    """A one-sheet .xlsb of ``rows`` (numbers as BrtCellReal, text as BrtCellSt); the seed by default."""
    book = (
        _record(0x83)  # BrtBeginBook
        + _record(0x8F)  # BrtBeginBundleShs
        + _record(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("Sheet1"))  # BrtBundleSh
        + _record(0x90)  # BrtEndBundleShs
        + _record(0x84)  # BrtEndBook
    )
    if rows is None:
        rows = [[t] for t in TITLES] + [[], list(HEADER)]
        rows += [[n, p, t, e, r] for n, (p, t, e, r) in enumerate(ROWS, 1)]
        rows += [[], [FOOTER]]
    width = max(1, *map(len, rows))
    data = bytearray()
    for r, row in enumerate(rows):
        # BrtRowHdr: row, style, height (15 pt), flags, no column spans
        data += _record(0x00, struct.pack("<IIHHBI", r, 0, 300, 0, 0, 0))
        for c, value in enumerate(row):
            cell = struct.pack("<II", c, 0)  # column, style
            if isinstance(value, int | float):
                data += _record(0x05, cell + struct.pack("<d", float(value)))  # BrtCellReal
            else:
                data += _record(0x06, cell + _wide(value))  # BrtCellSt
    sheet = (
        _record(0x81)  # BrtBeginSheet
        + _record(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1))  # BrtWsDim
        + _record(0x91)  # BrtBeginSheetData
        + bytes(data)
        + _record(0x92)  # BrtEndSheetData
        + _record(0x82)  # BrtEndSheet
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.bin"/></Relationships>'
    )
    book_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.bin"/></Relationships>'
    )
    return stable_zip(
        {
            "[Content_Types].xml": types.encode(),
            "_rels/.rels": rels.encode(),
            "xl/workbook.bin": book,
            "xl/_rels/workbook.bin.rels": book_rels.encode(),
            "xl/worksheets/sheet1.bin": sheet,
        }
    )


# ------------------------------------------------------------------------------------------ refused


def _ole(*streams: str) -> bytes:
    """An Office 97 container's header and directory names: what tells .doc, .ppt and .msg apart."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HH", 0x3E, 3) + bytes(486)
    names = b"".join(
        name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for name in ("Root Entry", *streams)
    )
    return header + names.ljust(512 * 3, b"\x00")


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff"))
        + chunk(b"IEND", b"")
    )


def refused() -> dict[str, bytes]:
    pdf = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
    ods_manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
        b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        b'<manifest:file-entry manifest:full-path="/" manifest:media-type='
        b'"application/vnd.oasis.opendocument.spreadsheet"/>'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" '
        b'manifest:size="4096"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
        b'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        b'manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>'
        b"</manifest:manifest>"
    )
    pptx_types = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    return {
        "form.pdf": pdf,
        "photo.jpg": jpeg,
        "photo.png": _png(),
        "scan.heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(16),
        "scan.tif": b"II*\x00\x08\x00\x00\x00" + bytes(16),
        "form.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        "form.doc": _ole("WordDocument", "\x01CompObj", "1Table"),
        "slides.ppt": _ole("PowerPoint Document", "Current User"),
        "slides.pptx": stable_zip(
            {"[Content_Types].xml": pptx_types, "ppt/presentation.xml": b"<p:presentation/>"}
        ),
        "mail.eml": (
            "Received: from mail.dla.go.th\r\nMessage-ID: <1@dla.go.th>\r\nFrom: ตาก <tak@dla.go.th>\r\n"
            "Subject: รายงาน\r\nMIME-Version: 1.0\r\n\r\nแนบไฟล์รายงาน\r\n"
        ).encode(),
        "mail.msg": _ole("__substg1.0_0037001F", "__properties_version1.0"),
        "program.exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
        + bytes(48)
        + b"PE\x00\x00",
        "password.ods": stable_zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "META-INF/manifest.xml": ods_manifest,
                "content.xml": bytes(range(256)) * 16,
            }
        ),
    }


def main() -> None:
    (OUT / "refused").mkdir(parents=True, exist_ok=True)
    seed = SEED_XLSX.read_bytes()
    note = "ไฟล์รายงานเดือนเมษายน\n".encode()
    files = {
        "seed.html": html_utf8(),
        "seed-cp874.xls": html_cp874(),
        "seed.docx": docx_table(),
        "seed.xlsb": xlsb(),
        "seed.zip": stable_zip({"ตาก/แบบรายงาน.xlsx": seed, "ตาก/อ่านก่อน.txt": note}),
        "windows-names.zip": stable_zip({"แบบรายงาน.xlsx": seed}, utf8_names=False),
    }
    files |= {f"refused/{name}": content for name, content in refused().items()}
    for name, content in files.items():
        (OUT / name).write_bytes(content)
        print(f"{name}: {len(content):,} bytes")


if __name__ == "__main__":
    main()
