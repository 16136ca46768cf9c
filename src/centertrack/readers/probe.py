"""What a file's bytes show of what it is: its first bytes, the parts a zip holds, the streams an OLE
container (the Office 97 format) names, the first characters of a text. Asked by each input kind's
signature in readers/kinds.py; each thing is found once, when first asked for.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from functools import cached_property

from centertrack.readers.guards import ZIP_ERRORS

ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a zip, an empty zip
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIL_HEADERS = ("received:", "return-path:", "message-id:", "mime-version:", "delivered-to:", "x-mailer:")
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title")


class Probe:
    """A file's bytes (or an open zip) as the kinds' signatures ask about them."""

    def __init__(self, data: bytes = b"", archive: zipfile.ZipFile | None = None) -> None:
        self.data = data
        self.head = data[:4096]
        self._archive = archive
        self._streams: dict[str, bool] = {}

    @property
    def is_zip(self) -> bool:
        return self._archive is not None or self.head.startswith(ZIP)

    @cached_property
    def parts(self) -> frozenset[str] | None:
        """The names a zip holds; None when it is not a zip or cannot be listed (damaged)."""
        if self._archive is not None:
            return frozenset(self._archive.namelist())
        if not self.is_zip:
            return None
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(self.data))
            return frozenset(self._archive.namelist())
        except (*ZIP_ERRORS, RuntimeError):
            return None

    def has(self, *names: str) -> bool:
        """A zip holding one of ``names`` (a name ending in / is a folder: any part under it)."""
        parts = self.parts or frozenset()
        return any(
            (any(p.startswith(name) for p in parts) if name.endswith("/") else name in parts)
            for name in names
        )

    def part(self, name: str, size: int = 4096) -> bytes:
        """The first bytes of a zip's part, or b"" (absent, or damaged)."""
        if self.parts is None or name not in self.parts or self._archive is None:
            return b""
        try:
            with self._archive.open(name) as stream:
                return stream.read(size)
        except (*ZIP_ERRORS, KeyError, RuntimeError, OSError):
            return b""

    @property
    def is_ole(self) -> bool:
        return self.head.startswith(OLE)

    def stream(self, name: str) -> bool:
        """An OLE container naming the stream ``name`` (names are UTF-16LE in its directory)."""
        if name not in self._streams:
            self._streams[name] = self.is_ole and name.encode("utf-16-le") in self.data
        return self._streams[name]

    @cached_property
    def text(self) -> str:
        """The first characters of a text file, whatever its encoding, lowercased, without a BOM."""
        head = self.head
        for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
            if head.startswith(bom):
                return head[len(bom) :].decode(encoding, errors="ignore").lower()
        return head.removeprefix(codecs.BOM_UTF8).decode("latin-1").lower()

    def is_html(self) -> bool:
        stripped = self.text.lstrip()
        while stripped.startswith("<?xml") or stripped.startswith("<!--"):  # XHTML, a comment first
            close = "?>" if stripped.startswith("<?") else "-->"
            end = stripped.find(close)
            if end < 0:
                return False
            stripped = stripped[end + len(close) :].lstrip()
        return stripped.startswith(_HTML_STARTS)

    def is_mail(self) -> bool:
        """An .eml: lines of headers first, among them those only mail has."""
        lines = self.text.split("\n", 30)[:30]
        header = [line for line in lines if line and not line[0].isspace()]
        if not header or ":" not in header[0] or " " in header[0].split(":", 1)[0]:
            return False
        starts = {line.split(":", 1)[0] + ":" for line in header}
        return len(starts & set(_MAIL_HEADERS)) >= 2 or {"from:", "subject:"} <= starts

    def starts(self, *magic: bytes) -> bool:
        return self.head.startswith(magic)
