"""The letter's refusals of its settings file and of --refer, in English and in Thai.

Apart from letter.py, which decides what each field says; a library's own words (tomllib's) reach only
the English line.
"""

from __future__ import annotations

import re
from pathlib import Path

from centertrack.errors import UsageError


def unreadable_settings(path: Path, error: Exception) -> UsageError:
    """The settings file cannot be read, or is not TOML."""
    if isinstance(error, UnicodeDecodeError):
        thai = "อ่านไฟล์ตั้งค่าไม่ได้ ให้บันทึกไฟล์เป็นแบบ UTF-8"
    elif isinstance(error, OSError):
        thai = "อ่านไฟล์ตั้งค่าไม่ได้ ตรวจสอบสิทธิ์การเข้าถึงไฟล์"
    else:
        line = re.search(r"\bline (\d+)", str(error))
        where = f" (บรรทัดที่ {line[1]})" if line else ""
        thai = f"ไฟล์ตั้งค่าเขียนไม่ถูกรูปแบบ{where} ตรวจสอบวงเล็บ [ ] และเครื่องหมายคำพูด"
    return UsageError((f"{path}: cannot read the settings: {error}", f"{path}: {thai}"))


def unknown_settings(path: Path, table: object, known: list[str]) -> UsageError:
    """A [sender] key that is none of the sender's fields, or a [sender] that is no table."""
    if not isinstance(table, dict):
        return UsageError(
            (
                f"{path}: sender is a table: write [sender], then one setting a line",
                f"{path}: sender ต้องเป็นตาราง เขียน [sender] แล้วตามด้วยค่าตั้งบรรทัดละหนึ่งค่า",
            )
        )
    unknown = sorted(set(table) - set(known))
    return UsageError(
        (
            f"{path}: unknown [sender] setting(s) {', '.join(unknown)}; use {', '.join(known)}",
            f"{path}: ไม่รู้จักค่าตั้ง [sender] {', '.join(unknown)} ใช้ได้เฉพาะ {', '.join(known)}",
        )
    )


def settings_not_text(path: Path, bad: list[str]) -> UsageError:
    return UsageError(
        (
            f"{path}: [sender] {', '.join(bad)} must be text in quotes",
            f'{path}: [sender] {", ".join(bad)} ต้องเป็นข้อความในเครื่องหมายคำพูด "…"',
        )
    )


def reference_without_number(text: str) -> UsageError:
    """--refer gives a date or an urgency but no letter number."""
    return UsageError(
        (
            f"--refer {text!r}: no letter number; write it as 'มท 0810.7/ว 435 14/2/61'",
            f"--refer {text!r}: ไม่มีเลขที่หนังสือ เขียนแบบ 'มท 0810.7/ว 435 14/2/61'",
        )
    )
