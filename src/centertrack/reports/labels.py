"""The words of the tables that files carry (XLSX and CSV headers, statuses, yes and no), in Thai and English.

A "\n" in a header is where a narrow column breaks it. Keyed by the stable English keys of the JSON
contract.
"""

from __future__ import annotations

import datetime as dt

from centertrack.issues import Lang
from centertrack.thai import THAI_MONTHS

SUMMARY: dict[str, tuple[str, str]] = {  # key: (English, Thai)
    "code": ("Code", "รหัส"),
    "name_th": ("Province (Thai)", "จังหวัด"),
    "name_en": ("Province", "ชื่อภาษาอังกฤษ"),
    "total": ("Total", "ทั้งหมด"),
    "established": ("Established", "จัดตั้ง\nแล้ว"),
    "remaining": ("Remaining", "ยังไม่ได้\nจัดตั้ง"),
    "percent": ("%", "ร้อยละ"),
    "status": ("Status", "สถานะ"),
    "received": ("Received", "รับเรื่อง"),
    "assisted": ("Assisted", "ช่วยเหลือ\nแล้ว"),
    "referred": ("Referred", "ส่งต่อ"),
    "pending": ("Pending", "อยู่ระหว่าง\nดำเนินการ"),
    "share_assisted": ("%\nassisted", "ร้อยละที่\nช่วยเหลือ"),
    "flagged": ("Errors", "ข้อผิดพลาด"),
    # --by district | lao
    "province_code": ("Province code", "รหัสจังหวัด"),
    "province_th": ("Province", "จังหวัด"),
    "district_th": ("District", "อำเภอ"),
    "since": ("Since", "ตั้งแต่"),
    "location": ("Location", "สถานที่ตั้ง"),
    "reported": ("Reported", "มีในรายงาน"),
}
DETAIL_NAMES = {"code": ("Code", "รหัส"), "name_th": ("Name", "ชื่อ"), "established": ("Set up", "จัดตั้งแล้ว")}
STATUS: dict[str, tuple[str, str]] = {
    "lagging": ("lagging", "ยังไม่ครบ"),
    "complete": ("complete", "ครบ"),
    "unknown": ("unknown (a case register only)", "ไม่ทราบ (มีแต่ทะเบียนรับเรื่อง)"),
}
YES_NO = {True: ("yes", "ใช่"), False: ("no", "ไม่ใช่")}
FLAGGED = ("has errors: check before use", "มีข้อผิดพลาด: ตรวจสอบก่อนใช้")
TOTAL = ("Total", "รวม")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def word(words: tuple[str, str], lang: Lang) -> str:
    return words[0] if lang == "en" else words[1]


def header(key: str, lang: Lang, detail: bool = False, multiline: bool = True) -> str:
    """A column's header; multiline: broken between words where a narrow column wraps it (a boxed table),
    else on one line (a CSV)."""
    words = DETAIL_NAMES.get(key) if detail else None
    text = word(words or SUMMARY[key], lang)
    return text if multiline else text.replace("\n", "" if lang == "th" else " ")


def date_words(day: dt.date, lang: Lang) -> str:
    """A date as the language writes it: 10 เมษายน 2561, 10 April 2018."""
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + 543}"
