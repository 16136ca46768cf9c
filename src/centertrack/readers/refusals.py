"""The files centertrack refuses as what they are, in English and Thai, and the kinds a folder skips."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from centertrack.errors import UnreadableFileError, Words

PASSWORD: tuple[Words, Words] = (
    ("the workbook is protected with a password", "สมุดงานมีการตั้งรหัสผ่าน"),
    ("save a copy without a password in Excel", "เปิดใน Excel แล้วบันทึกสำเนาที่ไม่มีรหัสผ่าน"),
)
PASSWORD_ODS: tuple[Words, Words] = (
    ("the spreadsheet is protected with a password", "ตารางคำนวณมีการตั้งรหัสผ่าน"),
    (
        "save a copy without a password in LibreOffice or Excel",
        "เปิดใน LibreOffice หรือ Excel แล้วบันทึกสำเนาที่ไม่มีรหัสผ่าน",
    ),
)
_ASK_FOR_THE_SHEET: Words = (
    "ask the office to send the spreadsheet itself",
    "ขอให้สำนักงานส่งไฟล์ตาราง (Excel) มาแทน",
)
_REFUSED: dict[str, tuple[Words, Words]] = {
    "pdf": (
        ("a PDF, not a spreadsheet", "เป็นไฟล์ PDF ไม่ใช่ตาราง"),
        ("ask the office for the spreadsheet it was printed from", "ขอไฟล์ตารางที่ใช้พิมพ์ PDF นี้จากสำนักงาน"),
    ),
    "picture": (
        ("a picture of the form ({what}), not a spreadsheet", "เป็นภาพของแบบรายงาน ({what}) ไม่ใช่ตาราง"),
        (
            "the numbers in a photo or a scan cannot be read: ask the office for the spreadsheet",
            "ตัวเลขในภาพถ่ายหรือภาพสแกนอ่านไม่ได้: ขอไฟล์ตารางจากสำนักงาน",
        ),
    ),
    "document": (
        ("a Word document in an old format ({what})", "เป็นเอกสาร Word รูปแบบเก่า ({what})"),
        ("save it as .docx or .xlsx", "บันทึกเป็น .docx หรือ .xlsx"),
    ),
    "presentation": (
        ("a presentation (PowerPoint), not a spreadsheet", "เป็นไฟล์งานนำเสนอ (PowerPoint) ไม่ใช่ตาราง"),
        _ASK_FOR_THE_SHEET,
    ),
    "email": (
        ("an e-mail message, not a spreadsheet", "เป็นไฟล์อีเมล ไม่ใช่ตาราง"),
        (
            "save the spreadsheet attached to the e-mail, and give that file",
            "บันทึกไฟล์ตารางที่แนบมากับอีเมล แล้วระบุไฟล์นั้น",
        ),
    ),
    "program": (
        ("a program, not a spreadsheet (it was not run)", "เป็นไฟล์โปรแกรม ไม่ใช่ตาราง (ไม่ได้เปิดใช้)"),
        ("do not open it; ask the office to send the spreadsheet", "อย่าเปิดไฟล์นี้ ขอให้สำนักงานส่งไฟล์ตารางมาใหม่"),
    ),
}


def refused(path: Path | str, kind: str, what: str = "") -> UnreadableFileError:
    """The one line for a file that is not a spreadsheet but something else (a PDF, a photo, …)."""
    (reason, reason_th), hint = _REFUSED[kind]
    what = what or {"document": ".doc"}.get(kind, "")
    return UnreadableFileError(str(path), (reason.format(what=what), reason_th.format(what=what)), hint)


# What a folder's skipped files are, by their names (they are counted, not read).
_SKIPPED_KINDS: dict[str, frozenset[str]] = {
    "pdf": frozenset({".pdf"}),
    "picture": frozenset(
        {".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".gif", ".bmp", ".webp"}
    ),
    "document": frozenset({".doc", ".rtf", ".odt", ".pages", ".wps"}),
    "presentation": frozenset({".ppt", ".pptx", ".pps", ".ppsx", ".odp", ".key"}),
    "email": frozenset({".eml", ".msg"}),
    "program": frozenset(
        {".exe", ".dll", ".msi", ".bat", ".cmd", ".com", ".scr", ".vbs", ".ps1", ".jar", ".apk"}
    ),
}
SKIPPED_ORDER = ("pdf", "picture", "document", "presentation", "email", "program", "other")


def skipped_kinds(paths: Iterable[Path]) -> list[tuple[str, int]]:
    """How many skipped files are PDFs, pictures, … (by name), in SKIPPED_ORDER, none left at 0."""
    kind_of = {suffix: kind for kind, suffixes in _SKIPPED_KINDS.items() for suffix in suffixes}
    counts = Counter(kind_of.get(path.suffix.lower(), "other") for path in paths)
    return [(kind, counts[kind]) for kind in SKIPPED_ORDER if counts[kind]]
