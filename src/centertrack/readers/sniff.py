"""What a file is, from its bytes: the name alone never decides, since offices rename files.

A zip is told by the parts it holds (a workbook, a Word document, a presentation, or an archive of
other files); an OLE file (the Office 97 container) by the names of its streams.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from typing import Literal

from centertrack.readers.guards import ZIP_ERRORS

Kind = Literal[
    "xlsx", "xlsb", "ods", "xls", "docx", "archive", "html", "text", "damaged-zip",
    "password", "password-ods", "pdf", "picture", "document", "presentation", "email", "program",
]  # fmt: skip

ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a zip, an empty zip
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted xlsx is an OLE container holding this stream (its name is UTF-16LE in the directory).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_OLE_STREAMS: tuple[tuple[bytes, Kind], ...] = (
    ("Workbook".encode("utf-16-le"), "xls"),
    ("WordDocument".encode("utf-16-le"), "document"),
    ("PowerPoint Document".encode("utf-16-le"), "presentation"),
    ("__substg1.0_".encode("utf-16-le"), "email"),  # Outlook's .msg
    ("Book".encode("utf-16-le"), "xls"),  # Excel 5
)
_PICTURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_HEIC_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif")
_PROGRAMS = (b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe")
_MAIL_HEADERS = ("received:", "return-path:", "message-id:", "mime-version:", "delivered-to:", "x-mailer:")
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title")


def sniff(data: bytes) -> tuple[Kind, str]:
    """The kind of file ``data`` is, and a detail for its message (a picture's format)."""
    head = data[:4096]
    if head.startswith(ZIP):
        return _zip_kind(data), ""
    if head.startswith(OLE):
        if _ENCRYPTED in data:
            return "password", ""
        return next((kind for name, kind in _OLE_STREAMS if name in data), "xls"), ""
    if b"%PDF-" in head[:1024]:
        return "pdf", ""
    for magic, name in _PICTURES:
        if head.startswith(magic):
            return "picture", name
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "picture", "HEIC"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "picture", "WebP"
    if head.startswith(_PROGRAMS) or head.startswith(b"\xca\xfe\xba\xbe\x00") or _is_windows_program(head):
        return "program", ""
    if head.startswith(b"{\\rtf"):
        return "document", "RTF"
    text = _head_text(head)
    if _is_html(text):
        return "html", ""
    if _is_mail(text):
        return "email", ""
    return "text", ""


def _is_windows_program(head: bytes) -> bool:
    return head.startswith(b"MZ") and b"\x00" in head[:64]


def _head_text(head: bytes) -> str:
    """The first characters of a text file, whatever its encoding, lowercased, without a BOM."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore").lower()
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1").lower()


def _is_html(text: str) -> bool:
    stripped = text.lstrip()
    while stripped.startswith("<?xml") or stripped.startswith("<!--"):  # XHTML, a comment first
        close = "?>" if stripped.startswith("<?") else "-->"
        end = stripped.find(close)
        if end < 0:
            return False
        stripped = stripped[end + len(close) :].lstrip()
    return stripped.startswith(_HTML_STARTS)


def _is_mail(text: str) -> bool:
    """An .eml: lines of headers first, among them those only mail has."""
    lines = text.split("\n", 30)[:30]
    header = [line for line in lines if line and not line[0].isspace()]
    if not header or ":" not in header[0] or " " in header[0].split(":", 1)[0]:
        return False
    starts = {line.split(":", 1)[0] + ":" for line in header}
    return len(starts & set(_MAIL_HEADERS)) >= 2 or {"from:", "subject:"} <= starts


def _zip_kind(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return zip_kind(archive)
    except (*ZIP_ERRORS, KeyError, RuntimeError):
        return "damaged-zip"


def zip_kind(archive: zipfile.ZipFile) -> Kind:
    """What a zip is, from the parts it holds: a workbook, a document, or an archive of files."""
    names = set(archive.namelist())
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if any(name.startswith("ppt/") for name in names):
        return "presentation"
    if "[Content_Types].xml" in names or any(name.startswith("xl/") for name in names):
        return "xlsx"  # or a damaged one, which the workbook reader names
    if mimetype or "content.xml" in names:
        if b"encryption-data" in manifest:
            return "password-ods"
        if mimetype and b"spreadsheet" not in mimetype:
            return "presentation" if b"presentation" in mimetype else "document"
        return "ods"
    return "archive"
