"""The web page's own words (``centertrack serve``): its headings, the board's statuses, the upload's
verdicts and its error pages. Keys start with ``web-``, apart from every other section's."""

from __future__ import annotations

from centertrack.catalog.words import Words

WEB: dict[str, Words] = {
    "web-title": Words(th="centertrack: ความก้าวหน้าการจัดตั้งศูนย์", en="centertrack: progress of the centers"),
    "web-switch": Words(th="English", en="ภาษาไทย"),
    "web-latest": Words(th="รอบล่าสุด", en="Latest round"),
    "web-round": Words(th="รอบ {period:month}", en="Round {period:month}"),
    "web-rounds": Words(th="รอบที่เก็บไว้", en="Stored rounds"),
    "web-no-round": Words(
        th="ยังไม่มีรอบใดในที่เก็บประวัติ: ส่งแบบรายงานด้านล่างเพื่อเริ่ม",
        en="No round is stored yet: send the progress sheets below to begin.",
    ),
    "web-board": Words(th="จังหวัดทั้ง {count} จังหวัด", en="The {count} provinces"),
    "web-board-map": Words(
        th="แผนที่จังหวัด (แต่ละช่องคือหนึ่งจังหวัด วางตามที่ตั้ง)", en="Map of the provinces (one tile each, in its place)"
    ),
    "web-board-list": Words(th="รายชื่อจังหวัดและสถานะ", en="The provinces and their status"),
    "web-status-on-time": Words(th="ส่งตรงเวลา", en="on time"),
    "web-status-late": Words(th="ส่งล่าช้า", en="late"),
    "web-status-sent-back": Words(th="ส่งกลับแก้ไข", en="sent back"),
    "web-status-missing": Words(th="ยังไม่รายงาน", en="missing"),
    "web-status-lagging": Words(th="ยังจัดตั้งไม่ครบ", en="lagging"),
    "web-lagging-mark": Words(th="ขีดเฉียง: ยังจัดตั้งไม่ครบ", en="striped: centers lagging"),
    "web-centers": Words(th="การจัดตั้ง", en="Centers"),
    "web-centers-complete": Words(th="ครบแล้ว", en="complete"),
    "web-carried": Words(th="ตัวเลขจากรอบ {period:month-short}", en="figure of round {period:month-short}"),
    "web-rates": Words(
        th="ส่งรายงานแล้ว {reported} จาก {expected} จังหวัด อัตราการส่งรายงานร้อยละ {reporting_rate} "
        "(ตรงเวลา {on_time} จังหวัด ร้อยละ {on_time_rate})",
        en="{reported} of {expected} provinces reported: reporting rate {reporting_rate} % "
        "({on_time} on time: {on_time_rate} %)",
    ),
    "web-due": Words(th="กำหนดส่งรายงาน วันที่ {day} ของเดือน", en="reports are due by day {day} of the month"),
    "web-closed": Words(
        th="รอบนี้ปิดแล้ว (ส่งหนังสือแล้ว): ไม่รับรายงานเพิ่ม",
        en="This round is closed (its letter has gone out): no report can be added.",
    ),
    "web-close": Words(th="ปิดรอบนี้", en="Close this round"),
    "web-reopen": Words(th="เปิดรอบนี้อีกครั้ง", en="Reopen this round"),
    "web-close-ask": Words(
        th="ปิดรอบ {period:month}? เมื่อปิดแล้ว ระบบจะไม่รับรายงานของรอบนี้เพิ่ม จนกว่าจะเปิดรอบอีกครั้ง",
        en="Close round {period:month}? Once closed, no report of it can be added until it is reopened.",
    ),
    "web-reopen-ask": Words(
        th="เปิดรอบ {period:month} อีกครั้ง? รายงานที่ส่งมาใหม่จะเปลี่ยนตัวเลขของรอบ",
        en="Reopen round {period:month}? Reports sent then will change its figures.",
    ),
    "web-confirm-close": Words(th="ยืนยัน ปิดรอบ", en="Yes, close it"),
    "web-confirm-reopen": Words(th="ยืนยัน เปิดรอบอีกครั้ง", en="Yes, reopen it"),
    "web-cancel": Words(th="ยกเลิก", en="Cancel"),
    "web-round-closed": Words(
        th="รอบ {period:month} ปิดแล้ว (ส่งหนังสือแล้ว) จึงเพิ่มรายงานไม่ได้ เปิดรอบอีกครั้งได้ที่หน้าของรอบ",
        en="round {period:month} is closed (its letter has gone out): no report can be added; reopen it on the "
        "round's page",
    ),
    "web-letter": Words(th="หนังสือติดตาม (Word)", en="Follow-up letter (Word)"),
    "web-letters": Words(th="หนังสือถึงจังหวัดที่ยังไม่ครบ (Word)", en="Letters to the lagging provinces (Word)"),
    "web-own-letter": Words(th="หนังสือถึงจังหวัด (Word)", en="The province's letter (Word)"),
    "web-files": Words(th="ไฟล์ที่ได้รับ", en="Files received"),
    "web-original": Words(th="ไฟล์ต้นฉบับ", en="original"),
    "web-feedback": Words(th="ไฟล์ตรวจสอบส่งกลับ", en="feedback copy"),
    "web-file-ok": Words(th="นับแล้ว", en="counted"),
    "web-file-errors": Words(th="ส่งกลับแก้ไข", en="sent back"),
    "web-no-files": Words(th="ยังไม่มีไฟล์ที่เก็บไว้ในรอบนี้", en="No file of this round is kept yet."),
    "web-province": Words(th="จังหวัด", en="Province"),
    "web-status": Words(th="สถานะ", en="Status"),
    "web-established": Words(th="จัดตั้งแล้ว", en="Established"),
    "web-total": Words(th="เป้าหมาย", en="Target"),
    "web-national": Words(th="ภาพรวมประเทศ ตัวชี้วัด {indicator}", en="National figure, indicator {indicator}"),
    "web-national-line": Words(
        th="จัดตั้งแล้ว {established:,} จาก {total:,} แห่ง (ร้อยละ {percent:.2f}) เป้าหมาย {target:,} แห่ง",
        en="{established:,} of {total:,} established ({percent:.2f} %); target {target:,}",
    ),
    "web-deadline": Words(
        th="กำหนดเสร็จ {deadline} ข้อมูล ณ {as_of} เหลือ {days} วัน",
        en="Deadline {deadline}; as of {as_of}, {days} days left",
    ),
    "web-deadline-passed": Words(
        th="กำหนดเสร็จ {deadline} ข้อมูล ณ {as_of} เลยกำหนดแล้ว {days} วัน",
        en="Deadline {deadline}; as of {as_of}, {days} days past it",
    ),
    "web-national-flagged": Words(
        th="ตัวเลขนี้รวมของ {count} จังหวัดที่ส่งกลับแก้ไข (แถวที่มีข้อผิดพลาด) ไว้ด้วย",
        en="This figure includes {count:n/province/provinces} sent back (rows with errors).",
    ),
    "web-trend": Words(th="แนวโน้มตามรอบ", en="Trend over the rounds"),
    "web-downloads": Words(th="ดาวน์โหลด", en="Downloads"),
    "web-annex-xlsx": Words(th="บัญชีแนบท้าย (Excel)", en="Annex (Excel)"),
    "web-annex-docx": Words(th="บัญชีแนบท้าย (Word)", en="Annex (Word)"),
    "web-summary-xlsx": Words(th="สรุปรายจังหวัด (Excel)", en="Summary (Excel)"),
    "web-report-html": Words(th="รายงาน (HTML)", en="Report (HTML)"),
    "web-chart-png": Words(th="แผนภูมิรายจังหวัด (PNG)", en="Chart of the provinces (PNG)"),
    "web-upload": Words(th="ส่งแบบรายงาน", en="Send progress sheets"),
    "web-upload-round": Words(th="เก็บในรอบ", en="Store in round"),
    "web-upload-as-of": Words(th="เดือนของวันที่ข้อมูลในแต่ละไฟล์", en="each sheet's as-of month"),
    "web-upload-files": Words(th="เลือกไฟล์ (ได้หลายไฟล์)", en="Choose files (several at once)"),
    "web-upload-drop": Words(th="หรือลากไฟล์มาวางที่นี่", en="or drop files here"),
    "web-upload-send": Words(th="ส่ง", en="Send"),
    "web-upload-none": Words(th="ไม่ได้เลือกไฟล์", en="No file was chosen."),
    "web-verdicts": Words(th="ผลการตรวจ", en="Verdicts"),
    "web-verdict-ok": Words(th="ผ่าน", en="passed"),
    "web-verdict-errors": Words(
        th="ส่งกลับแก้ไข: พบข้อผิดพลาด {count:n//}", en="sent back: {count:n/error/errors}"
    ),
    "web-verdict-unreadable": Words(th="อ่านไฟล์ไม่ได้", en="cannot be read"),
    "web-stored": Words(th="เก็บแล้วในรอบ {period:month}", en="stored in the round of {period:month}"),
    "web-not-stored": Words(th="ไม่ได้เก็บ: {reason}", en="not stored: {reason}"),
    "web-cell": Words(th="ตำแหน่ง", en="Cell"),
    "web-issue": Words(th="ปัญหา", en="Problem"),
    "web-sheets": Words(th="รายงานที่ได้รับ", en="Reports received"),
    "web-no-sheet": Words(th="ไม่มีรายงานของจังหวัดนี้ในรอบนี้", en="No report of this province in this round."),
    "web-history": Words(th="ประวัติ", en="History"),
    "web-file": Words(th="ไฟล์", en="File"),
    "web-added": Words(th="ได้รับเมื่อ", en="Received"),
    "web-stored-at": Words(th="บันทึกเมื่อ", en="Stored"),
    "web-superseded": Words(th="มีฉบับใหม่แทนแล้ว", en="superseded"),
    "web-error-404": Words(th="ไม่พบหน้านี้", en="This page does not exist."),
    "web-error-403": Words(
        th="ปฏิเสธ: คำขอนี้ไม่ได้มาจากหน้านี้ (โปรดเปิดหน้าใหม่แล้วส่งอีกครั้ง)",
        en="Refused: this request did not come from this page (open the page again and resend).",
    ),
    "web-error-401": Words(th="ต้องใช้กุญแจเข้าใช้", en="The access key is needed."),
    "web-error-413": Words(th="ไฟล์ใหญ่เกิน {limit:,} ไบต์", en="The upload is over {limit:,} bytes."),
    "web-error-400": Words(th="คำขอไม่ถูกต้อง", en="The request is not valid."),
    "web-error-500": Words(
        th="เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดแจ้งผู้ดูแล",
        en="Something unexpected went wrong; please tell the maintainers.",
    ),
    # A provincial office's own page (its link).
    "web-province-title": Words(
        th="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province}", en="{province}'s provincial office"
    ),
    "web-province-form": Words(th="แบบรายงานของจังหวัด", en="The province's form"),
    "web-province-form-link": Words(
        th="ดาวน์โหลดแบบรายงาน (Excel) ที่มีรายชื่อของจังหวัดแล้ว",
        en="Download the form (Excel), its places filled in",
    ),
    "web-province-upload": Words(th="ส่งแบบรายงาน", en="Send the filled-in form"),
    "web-province-hint": Words(th="วิธีแก้", en="What to do"),
    "web-province-feedback": Words(
        th="ดาวน์โหลดไฟล์ที่ทำเครื่องหมายจุดที่ต้องแก้ (Excel)", en="Download the copy with each problem marked (Excel)"
    ),
    "web-province-history": Words(th="รายงานของจังหวัดในแต่ละรอบ", en="The province's reports, round by round"),
    "web-province-status": Words(th="ผล", en="Status"),
    "web-province-closed": Words(th="ปิดรอบแล้ว", en="closed"),
    "web-province-not-sent": Words(th="ยังไม่ได้ส่ง", en="not sent"),
    "web-province-no-round": Words(th="ยังไม่มีรอบรายงาน", en="No round has been stored yet."),
    "web-province-round-closed": Words(
        th="รอบ {period:month} ปิดแล้ว (กรมส่งหนังสือแล้ว) จึงรับแบบรายงานไม่ได้ โปรดติดต่อกองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น"
        " กรมส่งเสริมการปกครองท้องถิ่น",
        en="round {period:month} is closed (DLA's letter has gone out): no report can be sent now; please contact"
        " DLA's Local Administration Development Division",
    ),
    "web-error-429": Words(
        th="ลองหลายครั้งเกินไป โปรดรอสักครู่แล้วลองใหม่", en="Too many attempts: please wait a minute and try again."
    ),
    # The audit log's page.
    "web-log": Words(th="บันทึกการใช้งาน", en="Audit log"),
    "web-log-title": Words(th="บันทึกการใช้งาน", en="Audit log"),
    "web-log-when": Words(th="เวลา", en="When"),
    "web-log-who": Words(th="ผู้ดำเนินการ", en="Who"),
    "web-log-action": Words(th="การดำเนินการ", en="What"),
    "web-log-round": Words(th="รอบ", en="Round"),
    "web-log-files": Words(th="ไฟล์", en="Files"),
    "web-log-empty": Words(th="ยังไม่มีการใช้งานที่บันทึกไว้", en="Nothing has been logged yet."),
    "web-back": Words(th="กลับหน้าแรก", en="Back to the first page"),
    "web-key": Words(th="กุญแจเข้าใช้", en="Access key"),
    "web-login": Words(th="เข้าใช้", en="Sign in"),
    "serve-listening": Words(th="เปิดให้ใช้ที่ {url} (กด Ctrl-C เพื่อหยุด)", en="Serving at {url} (Ctrl-C stops it)"),
    "serve-port-busy": Words(
        th="พอร์ต {port} ของ {host} มีโปรแกรมอื่นใช้อยู่: ใช้ --port อื่น",
        en="port {port} of {host} is in use: choose another with --port",
    ),
    "serve-key-made": Words(
        th="กุญแจเข้าใช้หน้าของนักวิเคราะห์ (แสดงครั้งเดียว เก็บไว้ให้ดี): {key}",
        en="The access key of the analyst's pages (shown once: keep it safe): {key}",
    ),
    "serve-key-stored": Words(
        th="ใช้กุญแจเข้าใช้ที่สร้างไว้ครั้งก่อน (ที่เก็บประวัติเก็บไว้เพียงค่าแฮช)",
        en="Using the access key made before (the store keeps only its hash).",
    ),
    "serve-key-unreadable": Words(
        th="--key-file {path}: อ่านกุญแจไม่ได้หรือว่างเปล่า",
        en="--key-file {path}: cannot read a key from it (missing or empty)",
    ),
    "serve-stopped": Words(th="หยุดแล้ว", en="Stopped."),
}
