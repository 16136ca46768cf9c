"""Files, the store and outputs: why a file cannot be read, what each input kind is called, and the
refusals of the history store and of an output, Thai and English side by side.

A file that cannot be read is refused with a reason and a hint (``UnreadableFileError``), each a key
here and the parameters its words take; an input kind (readers/kinds.py) names its words here too.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

_SEND_AS = Words(th="ส่งเป็นไฟล์ .xlsx .xls .ods หรือ .csv", en="send it as .xlsx, .xls, .ods or .csv")
_DELETE_BEYOND = Words(
    th="ลบสิ่งที่อยู่นอกตาราง บันทึก แล้วลองใหม่", en="delete what lies beyond the table, save, and try again"
)

# What an input kind is called, and what is said when it is damaged (readers/kinds.py names them).
KINDS: dict[str, Words] = {
    "kind-workbook": Words(th="สมุดงาน", en="workbook"),
    "kind-document": Words(th="เอกสาร", en="document"),
    "kind-archive": Words(th="ไฟล์", en="archive"),
    "kind-page": Words(th="หน้าเว็บ", en="web page"),
    "kind-text": Words(th="ไฟล์ข้อความ", en="text file"),
    "kind-pdf": Words(th="PDF", en="PDF"),
    "kind-picture": Words(th="รูปภาพ", en="picture"),
    "kind-old-document": Words(th="เอกสาร Word รุ่นเก่า", en="old-format document"),
    "kind-presentation": Words(th="งานนำเสนอ", en="presentation"),
    "kind-email": Words(th="อีเมล", en="e-mail"),
    "kind-program": Words(th="โปรแกรม", en="program"),
    "file-damaged-workbook": Words(
        th="สมุดงานเสียหายหรือดาวน์โหลดมาไม่ครบ", en="the workbook is damaged or only partly downloaded"
    ),
    "file-damaged-word": Words(
        th="เอกสาร Word เสียหายหรือดาวน์โหลดมาไม่ครบ", en="the Word document is damaged or only partly downloaded"
    ),
    "file-damaged-zip": Words(
        th="ไฟล์ zip เสียหายหรือดาวน์โหลดมาไม่ครบ", en="the zip archive is damaged or only partly downloaded"
    ),
}

# Why a file cannot be read.
REASONS: dict[str, Words] = {
    "file-unreadable-line": Words(th="{path}: {reason} — {hint}", en="{path}: {reason} — {hint}"),
    "file-empty": Words(th="ไฟล์ว่างเปล่า", en="the file is empty"),
    "file-missing": Words(th="ไม่พบไฟล์", en="no such file"),
    "file-is-folder": Words(th="เป็นโฟลเดอร์ ไม่ใช่ไฟล์", en="is a folder, not a file"),
    "file-not-regular": Words(
        th="ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์หรือท่อส่งข้อมูล)", en="not a regular file (a device or a pipe)"
    ),
    "file-permission": Words(th="ไม่มีสิทธิ์เข้าถึงไฟล์", en="permission denied"),
    "file-os-error": Words(th="ระบบแจ้งว่า: {why}", en="{why}"),
    "file-too-large": Words(
        th="ใหญ่เกินไป: ไฟล์มีขนาด {size} MB เกินขีดจำกัด {limit} MB",
        en="too large: the file is {size} MB, over the {limit} MB limit",
    ),
    "file-zip-bomb": Words(
        th="ใหญ่เกินไป: เมื่อคลายแล้วจะมีขนาด {size} MB เกินขีดจำกัด {limit} MB (ไฟล์ zip ที่คลายแล้วใหญ่ผิดปกติ)",
        en="too large: it would inflate to {size} MB, over the {limit} MB limit (a zip bomb?)",
    ),
    "file-part-too-large": Words(
        th="ใหญ่เกินไป: ส่วน {part} เมื่อคลายแล้วมีขนาด {size} MB เกินขีดจำกัด {limit} MB ของเอกสาร",
        en="too large: its part {part} inflates to {size} MB, over the {limit} MB a document's text may be",
    ),
    "file-page-too-large": Words(
        th="ใหญ่เกินไป: หน้าเว็บมีขนาด {size} MB เกินขีดจำกัด {limit} MB",
        en="too large: the web page is {size} MB, over the {limit} MB a page may be",
    ),
    "file-too-many-members": Words(
        th="ใหญ่เกินไป: มีไฟล์อยู่ข้างในเกิน {limit:,} ไฟล์", en="too large: it holds more than {limit:,} files"
    ),
    "file-sheet-too-large": Words(
        th="ใหญ่เกินไป: แผ่นงานยาวไปถึงช่อง {corner} เกินขีดจำกัด {rows:,} แถว หรือ {cells:,} ช่อง",
        en="too large: a sheet reaches cell {corner}, over the limit of {rows:,} rows or {cells:,} cells",
    ),
    "file-table-too-large": Words(
        th="ใหญ่เกินไป: {name} มี {height:,} แถว {width:,} คอลัมน์ขึ้นไป เกินขีดจำกัด {rows:,} แถว หรือ {cells:,} ช่อง",
        en="too large: {name} spans {height:,} rows of {width:,} columns or more, over the limit of {rows:,} "
        "rows or {cells:,} cells",
    ),
    "file-too-many-rows": Words(th="ใหญ่เกินไป: มากกว่า {rows:,} แถว", en="too large: more than {rows:,} rows"),
    "file-not-kind": Words(
        th="ไม่ใช่{what} {suffix}: ไฟล์อาจเสียหายหรือดาวน์โหลดมาไม่ครบ",
        en="not a {suffix} {what}: it may be damaged or only partly downloaded",
    ),
    "file-part-missing": Words(
        th="สมุดงานเสียหาย หรือไม่ใช่สมุดงาน: ไม่มีส่วน {part}",
        en="a damaged workbook, or not one: its part {part} is missing",
    ),
    # calamine's own words (``why``) are kept in the English line only: no English in a Thai report.
    "file-not-spreadsheet": Words(th="ไม่ใช่ตารางคำนวณที่อ่านได้", en="not a readable spreadsheet ({why})"),
    "file-no-worksheet": Words(th="สมุดงานไม่มีแผ่นงาน", en="the workbook has no worksheet"),
    "file-binary": Words(th="ไม่ใช่ตาราง (เป็นข้อมูลไบนารี)", en="not a spreadsheet (binary data)"),
    "file-nul-bytes": Words(
        th="ไม่ใช่ตาราง (มีไบต์ NUL ปนในข้อความ: ไฟล์เสียหาย)",
        en="not a spreadsheet (NUL bytes inside the text: it is damaged)",
    ),
    "file-undecodable": Words(
        th="ข้อความบรรทัดที่ {line} ไม่ใช่ทั้ง UTF-8 และ Windows Thai (cp874)",
        en="the text of line {line} is neither UTF-8 nor Windows Thai (cp874)",
    ),
    "file-page-without-table": Words(th="เป็นหน้าเว็บที่ไม่มีตาราง", en="a web page without a table"),
    "file-document-without-table": Words(th="เป็นเอกสาร Word ที่ไม่มีตาราง", en="a Word document without a table"),
    "file-zip-without-sheet": Words(th="ไฟล์ zip ที่ไม่มีไฟล์ตารางอยู่ข้างใน", en="a zip without a spreadsheet in it"),
    "file-member-outside": Words(
        th="ไฟล์ zip ระบุตำแหน่งไฟล์นี้ไว้นอกตัวเอง (เส้นทางเต็มหรือ ..): จึงไม่อ่าน",
        en="the zip names this file outside itself (an absolute path or ..): it was not read",
    ),
    "file-member-missing": Words(th="ไม่พบไฟล์นี้ในไฟล์ zip", en="no such file in the zip"),
    "file-member-password": Words(th="ไฟล์ zip มีการตั้งรหัสผ่าน", en="the zip is protected with a password"),
    "file-zip-in-zip": Words(
        th="เป็นไฟล์ zip ซ้อนอยู่ในไฟล์ zip: จึงไม่เปิด", en="a zip inside a zip: it was not opened"
    ),
    "file-password": Words(th="สมุดงานมีการตั้งรหัสผ่าน", en="the workbook is protected with a password"),
    "file-password-ods": Words(
        th="ตารางคำนวณมีการตั้งรหัสผ่าน", en="the spreadsheet is protected with a password"
    ),
    # Files refused as what they are (readers/kinds.py).
    "file-pdf": Words(th="เป็นไฟล์ PDF ไม่ใช่ตาราง", en="a PDF, not a spreadsheet"),
    "file-picture": Words(
        th="เป็นภาพของแบบรายงาน ({what}) ไม่ใช่ตาราง", en="a picture of the form ({what}), not a spreadsheet"
    ),
    "file-old-document": Words(
        th="เป็นเอกสาร Word รูปแบบเก่า ({what})", en="a Word document in an old format ({what})"
    ),
    "file-presentation": Words(
        th="เป็นไฟล์งานนำเสนอ (PowerPoint) ไม่ใช่ตาราง", en="a presentation (PowerPoint), not a spreadsheet"
    ),
    "file-email": Words(th="เป็นไฟล์อีเมล ไม่ใช่ตาราง", en="an e-mail message, not a spreadsheet"),
    "file-program": Words(
        th="เป็นไฟล์โปรแกรม ไม่ใช่ตาราง (ไม่ได้เปิดใช้)", en="a program, not a spreadsheet (it was not run)"
    ),
}

# What to do about it.
HINTS: dict[str, Words] = {
    "hint-send-again": Words(th="ขอให้สำนักงานส่งไฟล์มาใหม่", en="ask the office to send it again"),
    "hint-check-name": Words(th="ตรวจสอบชื่อไฟล์และโฟลเดอร์", en="check the name and the folder"),
    "hint-name-a-file": Words(
        th="ระบุไฟล์ในโฟลเดอร์ หรือระบุโฟลเดอร์นั้นเอง", en="name a file in it, or the folder itself"
    ),
    "hint-saved-file": Words(th="ระบุไฟล์ที่บันทึกไว้", en="give a saved file"),
    "hint-read-access": Words(
        th="ขอสิทธิ์อ่านไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของท่าน",
        en="ask for read access, or copy the file to your folder",
    ),
    "hint-check-file": Words(
        th="ตรวจสอบไฟล์ หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ของท่าน", en="check the file, or copy it to your folder"
    ),
    "hint-one-by-one": Words(th="ส่งแบบรายงานของแต่ละจังหวัดแยกเป็นไฟล์", en="send the province sheets one by one"),
    "hint-sheet-alone": Words(
        th="ขอให้สำนักงานส่งเฉพาะแบบรายงานมาใหม่", en="ask the office to send the progress sheet alone"
    ),
    "hint-fewer-files": Words(
        th="แตกไฟล์ zip แล้วระบุเฉพาะแบบรายงาน", en="unzip it and give the progress sheets alone"
    ),
    "hint-delete-beyond": _DELETE_BEYOND,
    "hint-save-again": Words(
        th="เปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx หรือขอให้สำนักงานส่งไฟล์มาใหม่",
        en="open it in Excel and save it again as .xlsx, or ask the office to send it again",
    ),
    "hint-send-as": _SEND_AS,
    "hint-save-utf8": Words(th="บันทึกจาก Excel เป็น 'CSV UTF-8'", en="save it from Excel as 'CSV UTF-8'"),
    "hint-spreadsheet-itself": Words(
        th="ขอให้สำนักงานส่งไฟล์ตาราง (Excel) มาแทน", en="ask the office to send the spreadsheet itself"
    ),
    "hint-type-a-table": Words(
        th="พิมพ์แบบรายงานเป็นตาราง หรือส่งเป็นไฟล์ .xlsx", en="type the form as a table, or send it as .xlsx"
    ),
    "hint-progress-sheets": Words(
        th="ขอให้สำนักงานส่งแบบรายงานมาใหม่", en="ask the office to send the progress sheets"
    ),
    "hint-zip-again": Words(th="ขอให้สำนักงานบีบอัดไฟล์มาใหม่", en="ask the office to zip the files again"),
    "hint-check-member": Words(th="ตรวจสอบชื่อไฟล์", en="check the name"),
    "hint-unzip-password": Words(
        th="แตกไฟล์ด้วยรหัสผ่าน แล้วระบุไฟล์ที่ได้", en="unzip it with its password and give the files"
    ),
    "hint-unzip-outer": Words(
        th="แตกไฟล์ zip ชั้นนอกออกก่อน แล้วระบุไฟล์ zip ข้างใน",
        en="unzip the outer one and give the inner zip itself",
    ),
    "hint-remove-password": Words(
        th="เปิดใน Excel แล้วบันทึกสำเนาที่ไม่มีรหัสผ่าน", en="save a copy without a password in Excel"
    ),
    "hint-remove-password-ods": Words(
        th="เปิดใน LibreOffice หรือ Excel แล้วบันทึกสำเนาที่ไม่มีรหัสผ่าน",
        en="save a copy without a password in LibreOffice or Excel",
    ),
    "hint-printed-from": Words(
        th="ขอไฟล์ตารางที่ใช้พิมพ์ PDF นี้จากสำนักงาน", en="ask the office for the spreadsheet it was printed from"
    ),
    "hint-picture": Words(
        th="ตัวเลขในภาพถ่ายหรือภาพสแกนอ่านไม่ได้: ขอไฟล์ตารางจากสำนักงาน",
        en="the numbers in a photo or a scan cannot be read: ask the office for the spreadsheet",
    ),
    "hint-save-docx": Words(th="บันทึกเป็น .docx หรือ .xlsx", en="save it as .docx or .xlsx"),
    "hint-email": Words(
        th="บันทึกไฟล์ตารางที่แนบมากับอีเมล แล้วระบุไฟล์นั้น",
        en="save the spreadsheet attached to the e-mail, and give that file",
    ),
    "hint-program": Words(
        th="อย่าเปิดไฟล์นี้ ขอให้สำนักงานส่งไฟล์ตารางมาใหม่",
        en="do not open it; ask the office to send the spreadsheet",
    ),
}

# An output that cannot be written where it was asked for.
OUTPUTS: dict[str, Words] = {
    "output-is-input": Words(
        th="{path}: เป็นไฟล์หนึ่งที่อ่านเข้ามา ตั้งชื่อไฟล์ผลลัพธ์ใหม่",
        en="{path}: this is one of the input files; choose another output name",
    ),
    "output-in-input-folder": Words(
        th="{path}: อยู่ในโฟลเดอร์ {folder} ที่อ่านเข้ามา ครั้งต่อไปจะถูกอ่านเป็นแบบรายงานด้วย บันทึกไว้นอกโฟลเดอร์นั้น",
        en="{path}: inside the input folder {folder}, where the next run would read it as a report; write it "
        "outside that folder",
    ),
    "output-folder-exists": Words(
        th="{path}: มีโฟลเดอร์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อใหม่",
        en="{path}: the folder exists; use --force to replace it, or choose another name",
    ),
    "output-exists": Words(
        th="{path}: มีไฟล์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือตั้งชื่อใหม่",
        en="{path}: the file exists; use --force to replace it, or choose another name",
    ),
    "output-no-folder": Words(
        th="{path}: ไม่มีโฟลเดอร์ {folder} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
        en="{path}: the folder {folder} does not exist",
    ),
    "output-is-folder": Words(
        th="{path}: เป็นโฟลเดอร์ ไม่ใช่ไฟล์ ซึ่งไม่เขียนทับแม้ใช้ --force ระบุชื่อไฟล์",
        en="{path}: a folder, not a file, never replaced, --force or not; name a file",
    ),
    "output-not-regular": Words(
        th="{path}: ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์หรือท่อส่งข้อมูล) ซึ่งไม่เขียนทับแม้ใช้ --force ตั้งชื่อไฟล์ใหม่",
        en="{path}: not a regular file (a device or a pipe), never replaced, --force or not; choose another "
        "name",
    ),
    "output-read-only": Words(
        th="{path}: เขียนลงโฟลเดอร์ {folder} ไม่ได้ (อ่านอย่างเดียว หรือไม่มีสิทธิ์) เลือกโฟลเดอร์อื่น",
        en="{path}: the folder {folder} cannot be written (read-only, or no permission); choose another "
        "folder",
    ),
    "output-disk-full": Words(
        th="{path}: ดิสก์เต็ม ไม่ได้เขียนไฟล์ (ไฟล์เดิมยังอยู่ครบ) ลบไฟล์ที่ไม่ใช้ให้มีที่ว่าง หรือเลือกดิสก์อื่น",
        en="{path}: the disk is full; nothing was written (an old file is as it was): free some space, or "
        "choose another disk",
    ),
    "output-name-too-long": Words(
        th="{path}: ชื่อไฟล์ยาวเกินกว่าที่ระบบไฟล์รับได้ ({size:,} ไบต์ โดยทั่วไปไม่เกิน 255) ตั้งชื่อหรือเลือกโฟลเดอร์ที่สั้นกว่า",
        en="{path}: the name is too long for the file system ({size:,} bytes; most take 255); choose a "
        "shorter name or folder",
    ),
    "output-os-error": Words(
        th="{path}: เขียนไฟล์ไม่ได้ ระบบแจ้งว่า: {why}", en="{path}: cannot be written: {why}"
    ),
}

# The history store: what cannot be done with it, and what its check finds.
STORE: dict[str, Words] = {
    "store-locked": Words(
        th="{path}: ที่เก็บประวัติถูกโปรแกรมอื่นใช้อยู่ (อาจมี centertrack history add อีกรายการ) นานกว่า "
        "{seconds} วินาที ลองใหม่เมื่อโปรแกรมนั้นทำงานเสร็จ",
        en="{path}: the history store is locked by another program (another `history add`?) for more than "
        "{seconds} s; try again when it is done",
    ),
    "store-cannot-write": Words(
        th="{path}: เขียนที่เก็บประวัติไม่ได้ (ไฟล์หรือโฟลเดอร์อาจเป็นแบบอ่านอย่างเดียว) ตรวจสอบสิทธิ์การเข้าถึง",
        en="{path}: the history store cannot be written (read-only file or folder?); check its permissions",
    ),
    "store-damaged": Words(
        th="{path}: ไฟล์เสียหาย หรือไม่ใช่ที่เก็บประวัติของ centertrack "
        "กู้คืนจากไฟล์สำรอง (centertrack history backup) หรือใช้ --db ไฟล์อื่น",
        en="{path}: damaged, or not a centertrack history store ({error}); restore it from a backup "
        "(centertrack history backup), or use another --db",
    ),
    "store-disk-full": Words(
        th="{path}: ดิสก์เต็ม ไม่ได้บันทึกสิ่งใด (ที่เก็บประวัติยังอยู่ครบเหมือนเดิม ไม่ได้เสียหาย) "
        "ลบไฟล์ที่ไม่ใช้ให้มีที่ว่าง แล้วสั่งใหม่อีกครั้ง",
        en="{path}: the disk is full: nothing was stored (the store is as it was, not damaged); free some "
        "space and run the command again",
    ),
    "store-corrupt": Words(
        th="{path}: SQLite ตรวจพบว่าที่เก็บประวัติเสียหาย ({problem}) จึงไม่เพิ่มข้อมูล ดูรายละเอียดด้วย "
        "centertrack history check แล้วกู้คืนจากไฟล์สำรองล่าสุดที่ยังดีอยู่",
        en="{path}: SQLite finds the store damaged ({problem}), so nothing was added; see `centertrack "
        "history check`, and restore the last good backup",
    ),
    "store-backup-corrupt": Words(
        th="{path}: SQLite ตรวจพบว่าที่เก็บประวัติเสียหาย ({problem}) สำเนาก็จะเสียหายด้วย จึงไม่เขียนไฟล์สำรอง "
        "ดูรายละเอียดด้วย centertrack history check และเก็บไฟล์สำรองเดิมไว้",
        en="{path}: SQLite finds the store damaged ({problem}): a copy would be too, and none was written; "
        "see `centertrack history check`, and keep the backups you have",
    ),
    "store-missing": Words(
        th="{path}: ยังไม่มีที่เก็บประวัติ เพิ่มรอบรายงานด้วย centertrack history add",
        en="{path}: no history store here yet; add a round with `centertrack history add`",
    ),
    "store-is-folder": Words(
        th="{path}: เป็นโฟลเดอร์ ไม่ใช่ที่เก็บประวัติ ระบุชื่อไฟล์ด้วย --db",
        en="{path}: a folder, not a history store; name a file with --db",
    ),
    "store-read-only": Words(
        th="{path}: ที่เก็บประวัติเป็นแบบอ่านอย่างเดียว ตรวจสอบสิทธิ์การเข้าถึง",
        en="{path}: the history store is read-only; check its permissions",
    ),
    "store-not-sqlite": Words(
        th="{path}: ไม่ใช่ที่เก็บประวัติของ centertrack (ไม่ใช่ไฟล์ฐานข้อมูล หรือไฟล์เสียหาย) "
        "กู้คืนจากไฟล์สำรอง หรือใช้ --db ไฟล์อื่น",
        en="{path}: not a centertrack history store (not an SQLite file, or damaged); restore it from a "
        "backup, or use another --db",
    ),
    "store-not-ours": Words(
        th="{path}: ไม่ใช่ที่เก็บประวัติของ centertrack ใช้ --db ไฟล์อื่น",
        en="{path}: not a centertrack history store; use another --db",
    ),
    "store-foreign": Words(
        th="{path}: เป็นไฟล์ฐานข้อมูล แต่ไม่ใช่ที่เก็บประวัติของ centertrack ใช้ --db ไฟล์อื่น",
        en="{path}: an SQLite file, but not a centertrack history store; use another --db",
    ),
    "store-newer": Words(
        th="{path}: บันทึกโดย centertrack รุ่นใหม่กว่า (ที่เก็บรุ่น {version} รุ่นนี้อ่านได้ถึงรุ่น {supported}) "
        "ติดตั้ง centertrack รุ่นใหม่ก่อนใช้",
        en="{path}: written by a newer centertrack (store version {version}; this one reads up to "
        "{supported}); upgrade centertrack to use it",
    ),
    "store-sound": Words(
        th="✓ {path}: SQLite ตรวจแล้ว ไม่พบความเสียหาย ({reports:,} รายงาน {rounds:,} รอบ)",
        en="✓ {path}: SQLite's integrity check finds nothing wrong ({reports:n/report/reports}, "
        "{rounds:n/round/rounds})",
    ),
    "store-unsound": Words(
        th="✗ {path}: SQLite ตรวจพบความเสียหาย {count:,} จุด:",
        en="✗ {path}: SQLite's integrity check finds {count:n/problem/problems}:",
    ),
    "store-unsound-advice": Words(
        th="กู้คืนจากไฟล์สำรองล่าสุดที่ตรวจแล้วไม่พบความเสียหาย (centertrack history check --db ไฟล์สำรอง) "
        "ไม่ควรเพิ่มข้อมูลลงในที่เก็บนี้อีก",
        en="restore the last backup that checks clean (centertrack history check --db BACKUP); add nothing "
        "more to this store",
    ),
}

FILES: dict[str, Words] = {**KINDS, **REASONS, **HINTS, **OUTPUTS, **STORE}
