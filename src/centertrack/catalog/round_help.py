"""The help of `centertrack round`, `round-close` and `history log`, in Thai and English (kept apart
from catalog/help.py, which holds every other command's; it merges these in)."""

from __future__ import annotations

from centertrack.catalog.words import Words

COMMANDS: dict[str, tuple[Words, tuple[str, ...]]] = {
    "round": (
        Words(
            th="งานประจำเดือนในคำสั่งเดียว: ตรวจไฟล์ที่จังหวัดส่งมา เก็บลงที่เก็บประวัติ แล้วเขียนเอกสารทุกชิ้นของรอบ"
            " (สรุป บัญชีแนบท้าย หนังสือ ไฟล์ตรวจสอบ แผนภูมิ รายงาน ข้อมูลรอบ และหน้าสารบัญ) ลงโฟลเดอร์\n\n"
            "รหัสจบการทำงาน 0: ทำรอบเสร็จ (มีจังหวัดที่ส่งกลับแก้ไขได้); 2: อ่านไฟล์ใดไม่ได้เลย หรือคำสั่งไม่ถูกต้อง",
            en="The month in one command: validate the files the provinces sent, store them, and write every\n"
            "document of the round (summary, annex, letters, feedback copies, chart, report, round.json and\n"
            "index.html) into one folder.\n\n"
            "Exit code 0: the round was processed (provinces sent back are the normal month); 2: nothing\n"
            "could be read, or the command is wrong.",
        ),
        ("centertrack round inbox/ --db history.sqlite3",),
    ),
    "round-close": (
        Words(
            th="ปิดรอบที่ส่งหนังสือไปแล้ว (ไม่รับรายงานเพิ่ม) หรือเปิดอีกครั้งด้วย --reopen บันทึกลงประวัติการใช้งาน",
            en="Close a round whose letter has gone out (later adds are refused), or reopen it with --reopen;\n"
            "both are written to the audit log.",
        ),
        ("centertrack round-close 2018-04",),
    ),
    "history log": (
        Words(
            th="ประวัติการใช้งาน: ทุกการเพิ่ม ปิด และเปิดรอบ ใคร เมื่อใด ไฟล์ใด",
            en="The audit log: every add, close and reopen, who and when, with the files.",
        ),
        ("centertrack history log --period 2018-04",),
    ),
}

OPTIONS: dict[str, Words] = {
    "round --output": Words(
        th="โฟลเดอร์ของเอกสารรอบ (ค่าตั้งต้น: round-ปี-เดือน/)", en="The round's folder (default: round-YYYY-MM/)."
    ),
    "round --period": Words(
        th="รอบรายงาน ปี-เดือน (ค่าตั้งต้น: เดือนของข้อมูลในแบบรายงาน)",
        en="The monthly round, YYYY-MM (default: the sheets' as-of month).",
    ),
    "round --force": Words(th="เขียนทับโฟลเดอร์ถ้ามีอยู่แล้ว", en="Replace the folder if it exists."),
    "--received": Words(
        th="วันที่ได้รับไฟล์ (ค่าตั้งต้น: เวลาแก้ไขล่าสุดของไฟล์) ใช้ตัดสินว่าส่งตรงเวลา",
        en="When the files were received (default: each file's modification time), for timeliness.",
    ),
    "round-close period": Words(th="รอบรายงาน ปี-เดือน", en="The monthly round, YYYY-MM."),
    "--reopen": Words(th="เปิดรอบที่ปิดไปแล้วอีกครั้ง", en="Reopen a closed round."),
    "history log --period": Words(th="เฉพาะรอบนี้ (ปี-เดือน)", en="Only this round (YYYY-MM)."),
    "history log --paths": Words(
        th="แสดงไฟล์พร้อมโฟลเดอร์ (ค่าตั้งต้น: ชื่อไฟล์เท่านั้น)",
        en="Show each file with its folder (default: the file's name only).",
    ),
    "history list --paths": Words(
        th="แสดงไฟล์พร้อมโฟลเดอร์ที่เก็บ (ค่าตั้งต้น: ชื่อไฟล์เท่านั้น)",
        en="Show each file with its folder (default: the file's name only).",
    ),
}

# `access`, the provincial offices' links to the page.
COMMANDS.update(
    {
        "access": (
            Words(
                th="ลิงก์ของสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด: แต่ละจังหวัดส่งแบบรายงานของตนผ่านหน้าเว็บ"
                " และเห็นผลตรวจทันที",
                en="The provincial offices' links: each office sends its own sheet through the page (serve) and\n"
                "sees its verdict at once.",
            ),
            ("centertrack access add --province ตาก",),
        ),
        "access add": (
            Words(
                th="สร้างลิงก์ใหม่ของจังหวัดหนึ่ง แสดงครั้งเดียว (ที่เก็บประวัติเก็บไว้เพียงค่าแฮช)",
                en="Make a new link for one province's office, shown once (the store keeps only its hash).",
            ),
            ("centertrack access add --province ตาก --format json",),
        ),
        "access list": (
            Words(th="รายการลิงก์ที่สร้างไว้ (ไม่แสดงรหัสลับ)", en="The links made, without their secrets."),
            ("centertrack access list",),
        ),
        "access revoke": (
            Words(
                th="ยกเลิกลิงก์ทั้งหมดของจังหวัดหนึ่ง ใช้ไม่ได้ทันที",
                en="Revoke every link of one province's office: refused at once.",
            ),
            ("centertrack access revoke --province ตาก",),
        ),
    }
)
OPTIONS.update(
    {
        "access add --province": Words(
            th="จังหวัด (ชื่อไทย อังกฤษ หรือรหัส)", en="The province (Thai or English name, or code)."
        ),
        "access revoke --province": Words(
            th="จังหวัด (ชื่อไทย อังกฤษ หรือรหัส)", en="The province (Thai or English name, or code)."
        ),
    }
)

# `serve`, the web page's command.
COMMANDS["serve"] = (
    Words(
        th="เปิดหน้าเว็บของรอบรายงานบนเครื่องนี้ (ส่งไฟล์ ดูผลตรวจ ดาวน์โหลดเอกสาร) จนกว่าจะสั่งหยุด",
        en="Serve the rounds' web page on this computer (send files, read verdicts, download documents) until Ctrl-C.",
    ),
    ("centertrack serve --no-browser",),
)
OPTIONS.update(
    {
        "--host": Words(
            th="ที่อยู่ที่เปิดรับ: นอกจาก 127.0.0.1 ต้องใช้กุญแจ จาก --key-file หรือที่สร้างให้เมื่อเปิดครั้งแรก",
            en="The address to listen on: beyond 127.0.0.1 a key is needed, from --key-file or made at the first start.",
        ),
        "--port": Words(th="พอร์ตที่เปิดรับ", en="The port to listen on."),
        "--no-browser": Words(th="ไม่ต้องเปิดเบราว์เซอร์", en="Do not open the browser."),
        "--key-file": Words(
            th="ไฟล์กุญแจเข้าใช้ (ต้องใช้เมื่อเปิดให้เครื่องอื่น)",
            en="A file holding the access key (needed beyond this computer).",
        ),
    }
)

# `history check`, SQLite's full integrity check of the store.
COMMANDS["history check"] = (
    Words(
        th="ตรวจความสมบูรณ์ของที่เก็บประวัติทั้งไฟล์ (หรือไฟล์สำรองที่ระบุด้วย --db) รหัสจบการทำงาน 0: ไม่มีปัญหา; 2: ไฟล์เสียหาย",
        en="Run SQLite's full integrity check on the store (or a backup of it, given as --db). Exit code 0: nothing wrong; 2: damaged.",
    ),
    ("centertrack history check",),
)
