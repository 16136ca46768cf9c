"""`centertrack round`: its refusals, the statuses of a round's files and provinces, its verdict and the
index page's words."""

from __future__ import annotations

from centertrack.catalog.words import Words

ROUND: dict[str, Words] = {
    "round-nothing-read": Words(
        th="ไม่มีไฟล์ใดอ่านได้เป็นแบบรายงาน ตรวจสอบไฟล์ที่ได้รับ (ใช้ centertrack validate ดูรายละเอียด)",
        en="no file could be read as a progress sheet; check the files received (centertrack validate says why)",
    ),
    "round-without-period": Words(
        th="ไม่มีวันที่ของข้อมูลในแบบรายงาน จึงไม่รู้ว่าเป็นรอบเดือนใด ระบุรอบด้วย --period ปี-เดือน (เช่น 2018-04)",
        en="no sheet has an as-of date to tell its monthly round; give it with --period YYYY-MM",
    ),
    "round-closed": Words(
        th="รอบ {period:month} ปิดแล้ว (ส่งหนังสือแล้ว) จึงเพิ่มรายงานไม่ได้ เปิดรอบอีกครั้งด้วย centertrack round-close {period} --reopen",
        en="round {period:month} is closed (its letter has gone out): no report can be added; reopen it with "
        "centertrack round-close {period} --reopen",
    ),
    "round-other-province": Words(
        th="แบบรายงานนี้เป็นของจังหวัด{sent} แต่ลิงก์นี้เป็นของจังหวัด{link} จึงไม่ได้เก็บไว้",
        en="this report is {sent_en}'s, but this link is {link_en}'s: nothing was stored",
    ),
    # The audit log's actions, as `history log` and the page's log say them.
    "log-add": Words(th="เพิ่มรายงาน", en="add"),
    "log-close": Words(th="ปิดรอบ", en="close"),
    "log-reopen": Words(th="เปิดรอบอีกครั้ง", en="reopen"),
    "log-link-add": Words(th="สร้างลิงก์จังหวัด", en="link made"),
    "log-link-revoke": Words(th="ยกเลิกลิงก์จังหวัด", en="link revoked"),
    "log-link-refused": Words(th="ลิงก์ไม่ถูกต้อง", en="link refused"),
    "log-key-add": Words(th="สร้างกุญแจเข้าใช้", en="access key made"),
    # centertrack access: the provincial offices' links.
    "access-made": Words(
        th="ลิงก์ของจังหวัด{province}: {url} (แสดงครั้งเดียว ส่งให้สำนักงานจังหวัด ต่อท้ายที่อยู่ของหน้าเว็บ)",
        en="{province}'s link: {url} (shown once: send it to the office, after the page's address)",
    ),
    "access-none": Words(th="ยังไม่มีลิงก์", en="no link has been made"),
    "access-live": Words(th="ใช้ได้", en="live"),
    "access-revoked": Words(th="ยกเลิกแล้ว", en="revoked"),
    "access-revoked-now": Words(
        th="ยกเลิกลิงก์ของจังหวัด{province} {count} ลิงก์", en="{count:n/link/links} of {province} revoked"
    ),
    "round-closed-now": Words(th="ปิดรอบ {period:month} แล้ว", en="round {period:month} closed"),
    "round-reopened-now": Words(th="เปิดรอบ {period:month} อีกครั้งแล้ว", en="round {period:month} reopened"),
    # A file's status and a province's, as the verdict, the manifest's index and the page say them.
    "file-ok": Words(th="นับแล้ว", en="counted"),
    "file-errors": Words(th="ส่งกลับให้แก้ไข", en="sent back"),
    "file-duplicate": Words(th="ซ้ำกับไฟล์อื่น", en="duplicate"),
    "file-refused": Words(th="อ่านไม่ได้", en="refused"),
    "file-skipped": Words(th="ข้าม", en="skipped"),
    "round-verdict": Words(
        th="รอบ {period}: อ่าน {files} ไฟล์ — ตรงเวลา {on_time} จังหวัด, ล่าช้า {late}, ส่งกลับแก้ไข {errors}, "
        "ยังไม่ส่ง {missing} — ภาพรวมประเทศ จัดตั้งแล้ว {established} จาก {total} ({share}), อัตราการส่งรายงาน"
        "ร้อยละ {reporting_rate} (ตรงเวลาร้อยละ {on_time_rate})",
        en="round {period}: {files:n/file/files} read — {on_time} provinces on time, {late} late, "
        "{errors} sent back, {missing} missing — national {established} of {total} established ({share}), reporting "
        "rate {reporting_rate} % (on time {on_time_rate} %)",
    ),
    "round-outputs-in": Words(th="เอกสารของรอบอยู่ที่ {folder}", en="the round's documents are in {folder}"),
    "round-stored": Words(th="เก็บรายงานใหม่ {count} รายการ", en="{count:n/new report/new reports} stored"),
    "round-is-closed": Words(th="รอบนี้ปิดแล้ว", en="this round is closed"),
    "round-folder-exists": Words(
        th="มีโฟลเดอร์นี้อยู่แล้ว ใช้ --force เพื่อเขียนทับ หรือระบุโฟลเดอร์อื่นด้วย -o",
        en="the folder exists; use --force to replace it, or name another with -o",
    ),
    "round-warning": Words(th="{province} ({cell}): {message}", en="{province} ({cell}): {message}"),
    # The index page.
    "index-title": Words(th="เอกสารของรอบ {period}", en="The documents of round {period}"),
    "index-summary": Words(th="สรุปผลทุกจังหวัด (Excel)", en="Summary of every province (Excel)"),
    "index-annex": Words(th="บัญชีแนบท้าย", en="Annex"),
    "index-letter": Words(th="หนังสือติดตาม", en="Follow-up letter"),
    "index-letters": Words(th="หนังสือถึงจังหวัด{province}", en="Letter to {province}"),
    "index-feedback": Words(th="ไฟล์ตรวจสอบส่งกลับจังหวัด: {file}", en="Feedback copy for the office: {file}"),
    "index-carried": Words(th="ใช้ตัวเลขของรอบก่อน", en="at an earlier round's figures"),
    "index-chart": Words(th="แผนภูมิ", en="Chart"),
    "index-report": Words(th="รายงาน (HTML)", en="Report (HTML)"),
    "index-manifest": Words(th="ข้อมูลรอบ (round.json)", en="The round's manifest (round.json)"),
    "index-files": Words(th="ไฟล์ที่ได้รับ", en="Files received"),
    "index-figure": Words(
        th="จัดตั้งแล้ว {established:,} จาก {covered:,} แห่งที่รายงาน (ร้อยละ {percent}) เป้าหมาย {target:,} แห่ง"
        " อัตราการส่งรายงานร้อยละ {reporting_rate} (ตรงเวลาร้อยละ {on_time_rate})",
        en="{established:,} of the {covered:,} reported established ({percent} %); target {target:,}; reporting "
        "rate {reporting_rate} % (on time {on_time_rate} %)",
    ),
    "index-file": Words(th="ไฟล์", en="File"),
    "index-status": Words(th="ผล", en="Status"),
    "index-received": Words(th="ได้รับเมื่อ (เวลาประเทศไทย)", en="Received (Thai time)"),
    "index-when": Words(th="กำหนดส่ง", en="By the due day"),
    "index-provinces": Words(th="จังหวัด", en="Provinces"),
    "on-time": Words(th="ตรงเวลา", en="on time"),
    "late": Words(th="ล่าช้า", en="late"),
    "sent-back": Words(th="ส่งกลับแก้ไข", en="sent back"),
    "missing": Words(th="ยังไม่ส่ง", en="missing"),
}
