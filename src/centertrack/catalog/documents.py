"""Documents: the words of the files people print and send (the letter, the annex, the summary, the
history export, the feedback copy, the templates, the charts), and of writing them to a folder."""

from __future__ import annotations

from centertrack.catalog.words import Words

DOCUMENTS: dict[str, Words] = {
    # Writing outputs (output.py).
    "folder-blocked": Words(
        th="{path}: ไม่ใช่โฟลเดอร์ มีไฟล์ {file} อยู่ในตำแหน่งของโฟลเดอร์ เลือกที่บันทึกอื่น",
        en="{path}: not a folder: the file {file} stands where the folder would be; choose another place",
    ),
    "folder-missing": Words(
        th="{path}: ไม่มีโฟลเดอร์ {folder} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น",
        en="{path}: the folder {folder} does not exist; make it first, or choose another",
    ),
    # Every printed page (reports/xlsx_page.py): its number at the foot (&P the page, &N the pages).
    "page-of": Words(th="หน้า &P จาก &N", en="page &P of &N"),
    "as-of": Words(th="ข้อมูล ณ วันที่ {date}", en="as of {date}"),
    # The summary (reports/xlsx.py).
    "summary-sheet": Words(th="ตัวชี้วัด {indicator}", en="Indicator {indicator}"),
    "statistics-sheet": Words(th="สถิติการช่วยเหลือ", en="Assistance"),
    "summary-title": Words(th="ความคืบหน้าตัวชี้วัดที่ {indicator}", en="Progress on indicator {indicator}"),
    # The history export (reports/history_export.py).
    "export-title": Words(th="ผลรายเดือน ตัวชี้วัดที่ {indicator}", en="Indicator {indicator}, round by round"),
    "export-written": Words(
        th="{provinces:n//} จังหวัด, {rounds:n//} รอบ",
        en="{provinces:n/province/provinces}, {rounds:n/round/rounds}",
    ),
    "export-upto": Words(th="ถึงรอบ{period}", en="up to {period}"),
    # The template's คำชี้แจง sheet (template.py decides the lines, reports/template_xlsx.py says them).
    "blank": Words(th="", en=""),
    "template-heading": Words(th="คำชี้แจงการกรอกแบบรายงาน", en="How to fill in the form"),
    "template-indicator": Words(th="ตัวชี้วัดที่ {indicator} {name}", en="Indicator {indicator}: {name}"),
    "template-province": Words(
        th="จังหวัด{province} ข้อมูลประจำเดือน{month}", en="{province}, the month of {month}"
    ),
    "template-places": Words(
        th="ราย{unit} จังหวัด{province} ข้อมูลประจำเดือน{month} ({count:n//} {unit})",
        en="{province} by {unit}, the month of {month} ({count:,} {unit})",
    ),
    "template-fill": Words(
        th="{n}. กรอกในแผ่นงาน “{sheet}” เฉพาะช่องสีขาว: ช่องสีเทา (หัวตาราง ลำดับที่ และรายชื่อ{unit}) ล็อกไว้ "
        "ไม่ต้องแก้ไข เพิ่ม ลบ หรือสลับแถวและคอลัมน์",
        en="{n}. Fill in the white cells of the sheet “{sheet}” only: the grey ones (the header, the numbers "
        "and the {unit}) are locked; add, delete or move no row or column",
    ),
    "template-established": Words(
        th="{n}. จัดตั้งแล้ว: จำนวนศูนย์ที่จัดตั้งแล้ว เป็นจำนวนเต็ม ไม่เกินจำนวนทั้งหมด",
        en="{n}. Established: the centers set up, a whole number no larger than the total",
    ),
    "template-remaining": Words(
        th="{n}. ยังไม่ได้จัดตั้ง: เว้นว่างได้ (คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว) ถ้ากรอก ผลรวมต้องเท่ากับจำนวนทั้งหมด",
        en="{n}. Remaining: may be left blank (total − established); if filled in, the two make the total",
    ),
    "template-status": Words(
        th="{n}. จัดตั้งแล้ว: เลือกจากรายการ “{yes}” (จัดตั้งแล้ว) หรือ “{no}” (ยังไม่ได้จัดตั้ง) ให้ครบทุกแถว "
        "{unit}ที่เว้นว่างนับเป็นยังไม่ได้จัดตั้ง",
        en="{n}. Established: choose “{yes}” (set up) or “{no}” (not yet) on every row; {unit} left blank "
        "count as not set up",
    ),
    "template-date": Words(
        th="{n}. วันที่จัดตั้ง: วัน/เดือน/ปี พ.ศ. เช่น 10/4/2561 ไม่เกินวันที่รายงาน; สถานที่ตั้ง: ที่ตั้งของศูนย์",
        en="{n}. Date set up: day/month/year BE, e.g. 10/4/2561, not after the report's date; location: "
        "where the center is",
    ),
    "template-statistics": Words(
        th="{n}. สถิติการช่วยเหลือประชาชน (จำนวนเรื่อง นับตั้งแต่ {since}): จำนวนเต็มไม่ติดลบ ช่วยเหลือแล้ว + "
        "ส่งต่อหน่วยงานอื่น + อยู่ระหว่างดำเนินการ ต้องไม่เกินเรื่องที่รับ; อปท. ที่ยังไม่ได้จัดตั้งศูนย์ เว้นว่าง",
        en="{n}. Assistance (requests since {since}): whole numbers, assisted + referred + pending no more "
        "than received; blank for an LAO without a center",
    ),
    "template-footer": Words(
        th="{n}. {label}: กรอกวันที่ของข้อมูลในช่องท้ายตาราง (วัน/เดือน/ปี พ.ศ.)",
        en="{n}. {label}: the date of the figures, in the cell under the table (day/month/year BE)",
    ),
    "template-send": Words(
        th="{n}. ส่งไฟล์ .xlsx นี้กลับถึงกรมส่งเสริมการปกครองท้องถิ่น ภายในวันที่ {due} (วันที่ {day} ของทุกเดือน) "
        "เป็นไฟล์ Excel ตามที่กรอก ไม่ใช่ PDF ภาพถ่าย หรือตารางที่พิมพ์ขึ้นใหม่ และไม่เปลี่ยนชื่อแผ่นงาน หัวตาราง "
        "หรือลำดับคอลัมน์",
        en="{n}. Send this .xlsx back to DLA by {due} (the {day}th of every month) as the Excel file filled "
        "in, not a PDF, a photo or a table typed anew, with its sheet names, header and columns unchanged",
    ),
    "template-upload": Words(th="อัปโหลดไฟล์ที่กรอกแล้วได้ที่ {url}", en="Upload the filled-in file at {url}"),
    "template-checked-heading": Words(
        th="เมื่อได้รับแบบรายงาน กรมจะตรวจสอบว่า:", en="When the sheet comes back, DLA checks that:"
    ),
    "template-checked-places": Words(
        th="- รายชื่อ{unit}ครบและตรงกับที่พิมพ์ไว้ ไม่ขาด ไม่เกิน และไม่ซ้ำ",
        en="- the {unit} are those printed, none missing, added or twice",
    ),
    "template-checked-status": Words(
        th="- ทุกแถวเลือกสถานะแล้ว (ใช่ หรือ ไม่ใช่)", en="- every row has its status (yes or no)"
    ),
    "template-checked-date": Words(
        th="- วันที่จัดตั้งเป็นวันที่ที่มีจริง และไม่หลังวันที่ของข้อมูล",
        en="- each date set up is a real date, not after the date of the figures",
    ),
    "template-checked-statistics": Words(
        th="- สถิติเป็นจำนวนเต็มไม่ติดลบ ช่วยเหลือแล้วไม่เกินเรื่องที่รับ และมีสถิติเฉพาะ อปท. ที่จัดตั้งศูนย์แล้ว",
        en="- the statistics are whole numbers, assisted no more than received, only for LAOs with a center",
    ),
    "template-checked-total": Words(
        th="- จำนวนทั้งหมดตรงกับจำนวนที่พิมพ์ไว้ และจัดตั้งแล้วไม่เกินจำนวนทั้งหมด",
        en="- the total is the one printed, and established is no more than the total",
    ),
    "template-checked-sum": Words(
        th="- จัดตั้งแล้ว + ยังไม่ได้จัดตั้ง เท่ากับจำนวนทั้งหมด", en="- established + remaining equals the total"
    ),
    "template-returned": Words(
        th="แบบที่มีข้อผิดพลาดจะถูกส่งกลับพร้อมสำเนาที่ระบายสีช่องที่ต้องแก้ และมีความเห็นบอกวิธีแก้ในแต่ละช่อง",
        en="A sheet with errors comes back as a copy with each cell to fix coloured and a comment saying how",
    ),
    "template-fill-only": Words(th="กรอกได้เฉพาะช่องสีขาว", en="Fill in the white cells only"),
    "template-wrong": Words(th="ข้อมูลไม่ถูกต้อง", en="Not a valid value"),
    "template-date-title": Words(th="วันที่", en="Date"),
    "template-as-of": Words(
        th="วันที่ของข้อมูล วัน/เดือน/ปี พ.ศ. เช่น 10/4/2561",
        en="The date of the figures, day/month/year BE: 10/4/2561",
    ),
    "template-protected": Words(
        th="แผ่นงานป้องกันไว้โดยไม่มีรหัสผ่าน (กันแก้ไขโดยไม่ตั้งใจ): หากจำเป็นต้องแก้ ใช้เมนู รีวิว > ยกเลิกการป้องกันแผ่นงาน",
        en="The sheets are protected without a password (against slips): Review > Unprotect Sheet lifts it",
    ),
    # The letter (letter.py hands the warning up; the command line says it).
    "letter-date-far": Words(
        th="หนังสือลงวันที่ {date} หลังวันที่ของข้อมูล ({as_of}) {days:n//} วัน: ตรวจสอบ --date",
        en="the letter is dated {date}, {days:n/day/days} after its figures ({as_of}): check --date",
    ),
    "letter-date-before": Words(
        th="หนังสือลงวันที่ {date} ก่อนวันที่ของข้อมูล ({as_of}) {days:n//} วัน: ตรวจสอบ --date",
        en="the letter is dated {date}, {days:n/day/days} before its figures ({as_of}): check --date",
    ),
    # The feedback copy (reports/feedback_xlsx.py).
    "feedback-sheet": Words(th="ผลการตรวจสอบ", en="Check results"),
    "feedback-file": Words(th="ไฟล์", en="file"),
    "feedback-verdict": Words(th="ผล", en="verdict"),
    "feedback-severity": Words(th="ระดับ", en="severity"),
    "feedback-error": Words(th="ข้อผิดพลาด", en="error"),
    "feedback-warning": Words(th="คำเตือน", en="warning"),
    "feedback-notice": Words(th="หมายเหตุ", en="notice"),
    "feedback-none": Words(th="ไม่พบปัญหา", en="no problem found"),
    "feedback-unknown": Words(th="ไม่ทราบ", en="unknown"),
    "feedback-how": Words(
        th="ช่องที่มีปัญหาในแผ่นงานถัดไปมีสีและความเห็นกำกับ: แดง ข้อผิดพลาด เหลือง คำเตือน ฟ้า หมายเหตุ",
        en="Cells with a problem on the next sheets are coloured and carry a comment: "
        "red an error, amber a warning, blue a notice",
    ),
    "feedback-cut": Words(
        th="แผ่นงาน {sheet} ยาวเกินที่ Excel รับได้ จึงตัดเหลือ {rows:,} แถว {columns:,} คอลัมน์",
        en="sheet {sheet} is larger than Excel takes: cut to {rows:,} rows and {columns:,} columns",
    ),
    "feedback-count-error": Words(th="{n:,} ข้อผิดพลาด", en="{n:n/error/errors}"),
    "feedback-count-warning": Words(th="{n:,} คำเตือน", en="{n:n/warning/warnings}"),
    "feedback-count-notice": Words(th="{n:,} หมายเหตุ", en="{n:n/notice/notices}"),
    # The letter's Word template (reports/letter_docx.py).
    "letter-template-not-docx": Words(
        th="{name}: ไม่ใช่เอกสาร Word (.docx) ใช้แม่แบบที่บันทึกจาก --write-template",
        en="{name}: not a Word document (.docx): {error}",
    ),
    "letter-template-broken": Words(
        th="{name}: มีช่อง {{{{ … }}}} ในแม่แบบที่เขียนไม่ครบหรือไม่ถูกต้อง",
        en="{name}: a tag of the template is broken: {error}",
    ),
    "letter-template-unfillable": Words(
        th="{name}: มีช่อง {{{{ … }}}} ในแม่แบบที่เติมข้อความไม่ได้ ใช้เพียงชื่อช่อง เช่น {{{{ number }}}}",
        en="{name}: a tag of the template cannot be filled: {error}",
    ),
    "letter-template-unknown": Words(th="ช่องที่ไม่รู้จัก {tags}", en="unknown field(s) {tags}"),
    "letter-template-missing": Words(th="ขาดช่อง {tags}", en="missing field(s) {tags}"),
    "letter-template-and": Words(th=" และ", en=" and "),
    "letter-template-fields": Words(
        th="{name}: แม่แบบมี{problems} ช่องของแม่แบบคือ {tags}",
        en="{name}: the template has {problems}; its fields are {fields}",
    ),
}
