"""Every kind of input, in one table: what it is called, the names it goes by, how its bytes show
it, and the reader that reads it (or, for a kind refused as what it is, the refusal's words).

A new input format is one entry here and its reader module (``read(path, data, reading)``); the
sniffer (sniff.py), the reader's choice (files.py), folder and zip scans, the names an output must
not take in an input folder (output.py) and the help texts (``suffixes_read``) follow from it.

Each signature (``looks``) says all of what the kind is: no two kinds' signatures match the same
bytes (a test checks every fixture against every kind), so the table's order is only the order a
folder's skipped files are counted in. The words live in the catalogue (catalog/files.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the table is read by --help for its names: nothing of the readers is loaded for it
    from centertrack.readers.probe import Probe
    from centertrack.readers.sheet import Sheet

_ENCRYPTED = "EncryptedPackage"  # an encrypted xlsx is an OLE container holding this stream
_OLE_OTHERS = ("WordDocument", "PowerPoint Document", "__substg1.0_")  # Outlook's .msg: __substg1.0_
_WORD, _XLSB, _PPT = "word/document.xml", "xl/workbook.bin", "ppt/"
_OOXML = (_WORD, _XLSB, _PPT, "[Content_Types].xml", "xl/")
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


@dataclass(frozen=True)
class Kind:
    """One kind of input."""

    name: str
    words: str  # what it is called: a key of catalog/files.py
    looks: Callable[[Probe], str | None]  # its detail ("" if none) when the bytes are of this kind
    suffixes: tuple[str, ...] = ()  # read in a folder or a zip (a kind read); counted when skipped (refused)
    reader: str | None = None  # the module of centertrack.readers whose read() reads it
    refusal: tuple[str, str] | None = None  # the reason and hint of a kind refused as what it is
    zipped: bool = False  # a zip inside: text under one of its names is damaged, not a CSV
    damaged: str = "workbook"  # its words when damaged: catalog/files.py's file-damaged-…
    # Suffixes read in a folder only when the first bytes say so (a .txt is Excel's "Unicode Text"
    # when UTF-16, and otherwise a note beside the sheets, which must not stop the run).
    sometimes: tuple[str, ...] = ()
    sometimes_if: Callable[[bytes], bool] | None = None


@dataclass(frozen=True)
class Reading:
    """What a reader's ``read(path, data, reading)`` is told: the kind the bytes are, whether the file
    is a zip's member, and how to read a file of its own (an archive's members)."""

    kind: str
    member: bool
    read: Callable[[Path, bytes], list[Sheet]]


# ------------------------------------------------------------------ signatures


def _ooxml(p: Probe) -> bool:
    return p.has(*_OOXML)


def _odf(p: Probe) -> bool:
    return not _ooxml(p) and p.has("mimetype", "content.xml")


def _odf_encrypted(p: Probe) -> bool:
    return b"encryption-data" in p.part("META-INF/manifest.xml", 1 << 20)


def _odf_type(p: Probe) -> str:
    """What an ODF package is, from its mimetype: spreadsheet (also without one), presentation, other."""
    mimetype = p.part("mimetype", 100)
    if not mimetype or b"spreadsheet" in mimetype:
        return "spreadsheet"
    return "presentation" if b"presentation" in mimetype else "other"


def _ole_plain(p: Probe) -> bool:
    return p.is_ole and not p.stream(_ENCRYPTED)


def _ole_first(p: Probe, name: str) -> bool:
    """The OLE stream ``name`` decides: a workbook's stream first, then Word's, PowerPoint's, Outlook's."""
    order = ("Workbook", *_OLE_OTHERS)
    return _ole_plain(p) and p.stream(name) and not any(p.stream(o) for o in order[: order.index(name)])


def _pdf(p: Probe) -> bool:
    return not p.is_zip and not p.is_ole and b"%PDF-" in p.head[:1024]


def _magic(p: Probe) -> bool:
    """Bytes that begin as a binary format does (never read as text, whatever follows)."""
    return p.is_zip or p.is_ole or _pdf(p) or _picture(p) is not None or _program(p) or p.starts(b"{\\rtf")


def _picture(p: Probe) -> str | None:
    if _pdf(p) or p.is_zip or p.is_ole:
        return None
    name = next((name for magic, name in _PICTURES if p.starts(magic)), None)
    if name is None and p.head[4:8] == b"ftyp" and p.head[8:12] in _HEIC_BRANDS:
        name = "HEIC"
    if name is None and p.starts(b"RIFF") and p.head[8:12] == b"WEBP":
        name = "WebP"
    return name


def _program(p: Probe) -> bool:
    windows = p.starts(b"MZ") and b"\x00" in p.head[:64]
    return not _pdf(p) and (p.starts(*_PROGRAMS) or p.starts(b"\xca\xfe\xba\xbe\x00") or windows)


def _document(p: Probe) -> str | None:
    if _ole_first(p, "WordDocument") or (_odf(p) and not _odf_encrypted(p) and _odf_type(p) == "other"):
        return ".doc"
    return "RTF" if p.starts(b"{\\rtf") and not _pdf(p) else None


def _presentation(p: Probe) -> bool:
    zipped = p.has(_PPT) and not p.has(_WORD, _XLSB)
    odf = _odf(p) and not _odf_encrypted(p) and _odf_type(p) == "presentation"
    return zipped or odf or _ole_first(p, "PowerPoint Document")


def _text(p: Probe) -> bool:
    return not _magic(p) and not p.is_html() and not p.is_mail()


def _yes(flag: bool) -> str | None:
    return "" if flag else None


def _unicode_text(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")


# ------------------------------------------------------------------ the table


def _xlsx(p: Probe) -> str | None:
    return _yes(p.has("[Content_Types].xml", "xl/") and not p.has(_WORD, _XLSB, _PPT))


def _xls(p: Probe) -> str | None:
    return _yes(_ole_plain(p) and (p.stream("Workbook") or not any(p.stream(o) for o in _OLE_OTHERS)))


def _ods(p: Probe) -> str | None:
    return _yes(_odf(p) and not _odf_encrypted(p) and _odf_type(p) == "spreadsheet")


def _xlsb(p: Probe) -> str | None:
    return _yes(p.has(_XLSB) and not p.has(_WORD))


def _html(p: Probe) -> str | None:
    return _yes(not _magic(p) and p.is_html())


def _docx(p: Probe) -> str | None:
    return _yes(p.has(_WORD))


def _archive(p: Probe) -> str | None:
    return _yes(p.parts is not None and not _ooxml(p) and not p.has("mimetype", "content.xml"))


def _email(p: Probe) -> str | None:
    return _yes(_ole_first(p, "__substg1.0_") or (not _magic(p) and not p.is_html() and p.is_mail()))


KINDS: tuple[Kind, ...] = (
    # Read.
    Kind("xlsx", "kind-workbook", _xlsx, (".xlsx", ".xlsm"), reader="workbook", zipped=True),
    Kind("xlsb", "kind-workbook", _xlsb, (".xlsb",), reader="workbook", zipped=True),
    Kind("xls", "kind-workbook", _xls, (".xls",), reader="workbook"),
    Kind("ods", "kind-workbook", _ods, (".ods",), reader="workbook", zipped=True),
    Kind(
        "text", "kind-text", lambda p: _yes(_text(p)), (".csv", ".tsv"), reader="text",
        sometimes=(".txt",), sometimes_if=_unicode_text,
    ),
    Kind("html", "kind-page", _html, (".htm", ".html"), reader="html"),
    Kind("docx", "kind-document", _docx, (".docx",), reader="word", zipped=True, damaged="word"),
    Kind("archive", "kind-archive", _archive, (".zip",), reader="archive", zipped=True, damaged="zip"),
    # Refused, whatever their name.
    Kind(
        "damaged-zip", "kind-archive", lambda p: _yes(p.is_zip and p.parts is None),
        refusal=("file-damaged-{damaged}", "hint-send-again"),
    ),
    Kind(
        "password", "kind-workbook", lambda p: _yes(p.stream(_ENCRYPTED)),
        refusal=("file-password", "hint-remove-password"),
    ),
    Kind(
        "password-ods", "kind-workbook", lambda p: _yes(_odf(p) and _odf_encrypted(p)),
        refusal=("file-password-ods", "hint-remove-password-ods"),
    ),
    # Refused as what they are; a folder's skipped files are counted by these, in this order.
    Kind("pdf", "kind-pdf", lambda p: _yes(_pdf(p)), (".pdf",), refusal=("file-pdf", "hint-printed-from")),
    Kind(
        "picture", "kind-picture", _picture,
        (".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".gif", ".bmp", ".webp"),
        refusal=("file-picture", "hint-picture"),
    ),
    Kind(
        "document", "kind-old-document", _document, (".doc", ".rtf", ".odt", ".pages", ".wps"),
        refusal=("file-old-document", "hint-save-docx"),
    ),
    Kind(
        "presentation", "kind-presentation", lambda p: _yes(_presentation(p)),
        (".ppt", ".pptx", ".pps", ".ppsx", ".odp", ".key"),
        refusal=("file-presentation", "hint-spreadsheet-itself"),
    ),
    Kind("email", "kind-email", _email, (".eml", ".msg"), refusal=("file-email", "hint-email")),
    Kind(
        "program", "kind-program", lambda p: _yes(_program(p)),
        (".exe", ".dll", ".msi", ".bat", ".cmd", ".com", ".scr", ".vbs", ".ps1", ".jar", ".apk"),
        refusal=("file-program", "hint-program"),
    ),
)  # fmt: skip

BY_NAME = {kind.name: kind for kind in KINDS}
READ = tuple(kind for kind in KINDS if kind.reader is not None)


def suffixes_read() -> tuple[str, ...]:
    """Every name ending read as an input, in the table's order: for help texts and messages."""
    return tuple(suffix for kind in READ for suffix in (*kind.suffixes, *kind.sometimes))


SUFFIXES_READ = frozenset(suffixes_read())
ZIPPED_SUFFIXES = frozenset(suffix for kind in READ if kind.zipped for suffix in kind.suffixes)
TEXT_SUFFIXES = frozenset((*BY_NAME["text"].suffixes, *BY_NAME["text"].sometimes))


def of_suffix(suffix: str) -> Kind | None:
    """The kind read under a name ending so (its bytes decide in the end)."""
    suffix = suffix.lower()
    return next((kind for kind in READ if suffix in kind.suffixes or suffix in kind.sometimes), None)


def read_in_folder(name: str, head: Callable[[], bytes]) -> bool:
    """Whether a folder's (or a zip's) file of this name is read; ``head`` gives its first bytes, asked
    for only where the name alone does not tell (a .txt)."""
    suffix = Path(name).suffix.lower()
    if name.startswith((".", "~$")) or suffix not in SUFFIXES_READ:
        return False
    kind = of_suffix(suffix)
    if kind is None or suffix in kind.suffixes or kind.sometimes_if is None:
        return True
    return kind.sometimes_if(head())


SKIPPED_ORDER = (*(kind.name for kind in KINDS if kind.suffixes and kind.reader is None), "other")


def skipped_kinds(paths: Iterable[Path]) -> list[tuple[str, int]]:
    """How many skipped files are PDFs, pictures, … (by name), in SKIPPED_ORDER, none left at 0."""
    kind_of = {suffix: kind.name for kind in KINDS if kind.reader is None for suffix in kind.suffixes}
    counts = Counter(kind_of.get(path.suffix.lower(), "other") for path in paths)
    return [(kind, counts[kind]) for kind in SKIPPED_ORDER if counts[kind]]
