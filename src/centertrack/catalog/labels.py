"""Labels: the words around the data (headers, statuses, units, verdicts, counts), Thai and English.

A "\\n" in a header is where a narrow column breaks it (Thai has no spaces to wrap at); on one line the
pieces are joined by ``head-join``. The headers of the files' tables are ``head-`` and the JSON contract's
key (``head-established``), so that a writer looks one up by the key it writes.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

LABELS: dict[str, Words] = {
    "more-rows": Words(th=" (และอีก {more:n//} แถว)", en=" (and {more:n/more row/more rows})"),
    "list-or": Words(th=" หรือ ", en=" or "),  # a list's "or": {names:or}
    "list-and": Words(th=", ", en=" and "),  # before a list's last item: 2 PDFs and 1 picture
    "none": Words(th="ไม่มี", en="none"),
    # A round (YYYY-MM) and a day (ISO) on the screen: in Thai as Thai writes them (เม.ย. 61, 10 เมษายน
    # 2561); in English as stored, as the English tables and messages have always had them.
    "round-of": Words(th="{period:month-short}", en="{period}"),
    "day": Words(th="{date:date}", en="{date}"),
    "day-short": Words(th="{date:date-short}", en="{date}"),  # in a table of many columns
    "indicator": Words(th="ตัวชี้วัด", en="Indicator"),
    "indicator-title": Words(th="ตัวชี้วัด {id}: {name}", en="Indicator {id}: {name}"),
    # What an indicator counts, as a refusal says it (ตัวชี้วัดที่ 4.2 นับเป็นรายอำเภอ).
    "counts-districts": Words(th="อำเภอ", en="districts"),
    "counts-laos": Words(th="องค์กรปกครองส่วนท้องถิ่น", en="laos"),
    # An annex with no province (annex.empty_annex), said instead of writing an empty table.
    "annex-empty": Words(
        th="ไม่มีจังหวัดที่ยังไม่ครบตามเป้าหมาย จึงไม่มีบัญชีแนบท้าย และไม่ได้เขียนไฟล์",
        en="no province is behind its target: there is no annex to write, and no file was written",
    ),
    "annex-empty-registers": Words(
        th="ไม่มีจังหวัดที่ยังไม่ครบตามเป้าหมาย จึงไม่มีบัญชีแนบท้าย และไม่ได้เขียนไฟล์;"
        " อีก {count} จังหวัดมีแต่ทะเบียนรับเรื่อง ไม่ได้รายงานจำนวนศูนย์ จึงไม่อยู่ในบัญชี",
        en="no province is behind its target: there is no annex to write, and no file was written;"
        " {count} province(s) known only from case registers, whose centers are not reported, are not listed",
    ),
    # The tables' headers, by the JSON's keys (summary, then --by district|lao).
    "head-join": Words(th="", en=" "),
    "head-no": Words(th="ลำดับที่", en="No."),
    "head-code": Words(th="รหัส", en="Code"),
    "head-name_th": Words(th="จังหวัด", en="Province (Thai)"),
    # The Thai names' column on the terminal, headed in Thai in either language (beside "Province").
    "head-thai-names": Words(th="จังหวัด", en="จังหวัด"),
    "head-name_en": Words(th="ชื่อภาษาอังกฤษ", en="Province"),
    "head-total": Words(th="ทั้งหมด", en="Total"),
    # English breaks a long word with a hyphen where a narrow column wraps it (one_line joins it whole).
    "head-established": Words(th="จัดตั้ง\nแล้ว", en="Estab-\nlished"),
    "head-remaining": Words(th="ยังไม่ได้\nจัดตั้ง", en="Remain-\ning"),
    "head-percent": Words(th="ร้อยละ", en="%"),
    "head-status": Words(th="สถานะ", en="Status"),
    "head-received": Words(th="รับเรื่อง", en="Received"),
    "head-assisted": Words(th="ช่วยเหลือ\nแล้ว", en="Assisted"),
    "head-referred": Words(th="ส่งต่อ", en="Referred"),
    "head-pending": Words(th="อยู่ระหว่าง\nดำเนินการ", en="Pending"),
    "head-share_assisted": Words(th="ร้อยละที่\nช่วยเหลือ", en="%\nassisted"),
    "head-flagged": Words(th="ข้อผิดพลาด", en="Errors"),
    "head-province_code": Words(th="รหัสจังหวัด", en="Province code"),
    "head-province_th": Words(th="จังหวัด", en="Province"),
    "head-district_th": Words(th="อำเภอ", en="District"),
    "head-since": Words(th="ตั้งแต่", en="Since"),
    "head-location": Words(th="สถานที่ตั้ง", en="Location"),
    "head-reported": Words(th="มีในรายงาน", en="Reported"),
    # A district's or an LAO's row names its own code, name and state.
    "head-detail-code": Words(th="รหัส", en="Code"),
    "head-detail-name_th": Words(th="ชื่อ", en="Name"),
    "head-detail-established": Words(th="จัดตั้งแล้ว", en="Set up"),
    # A province's status, and the marks beside its numbers.
    "status-lagging": Words(th="ยังไม่ครบ", en="lagging"),
    "status-complete": Words(th="ครบ", en="complete"),
    "status-unknown": Words(th="ไม่ทราบ (มีแต่ทะเบียนรับเรื่อง)", en="unknown (a case register only)"),
    "status-unknown-short": Words(th="ไม่ทราบ", en="unknown"),
    "flagged": Words(th="มีข้อผิดพลาด: ตรวจสอบก่อนใช้", en="has errors: check before use"),
    "flagged-short": Words(th="มีข้อผิดพลาด", en="has errors"),
    "yes": Words(th="ใช่", en="yes"),
    "no": Words(th="ไม่ใช่", en="no"),
    "no-row": Words(th="ไม่ใช่ (ไม่มีแถวในแบบรายงาน)", en="no (the sheet has no row)"),
    "total-row": Words(th="รวม", en="Total"),
    # The validation report: its columns, a file's heading and verdict, the tally of its issues.
    "validation-cell": Words(th="ช่อง", en="cell"),
    "validation-value": Words(th="ค่าที่เขียน", en="written"),
    "validation-problem": Words(th="ปัญหา", en="problem"),
    "validation-hint": Words(th="วิธีแก้", en="what to do"),
    "validation-run": Words(th="ทุกไฟล์รวมกัน", en="all the files together"),
    "verdict-ok": Words(th="ผ่าน: ใช้ได้", en="OK: can be used"),
    "verdict-bad": Words(th="ไม่ผ่าน: ส่งกลับให้จังหวัดแก้ไข", en="not OK: send back to the province to fix"),
    "issue-tally-error": Words(th="{n:,} ข้อผิดพลาด", en="{n:n/error/errors}"),
    "issue-tally-warning": Words(th="{n:,} คำเตือน", en="{n:n/warning/warnings}"),
    "issue-tally-notice": Words(th="{n:,} หมายเหตุ", en="{n:n/notice/notices}"),
    "rows": Words(th="{n:,} แถว", en="{n:n/row/rows}"),
    "as-of-label": Words(th="ข้อมูล ณ", en="as of"),
    "sheet-as-of": Words(th="ข้อมูล ณ {date:date}", en="as of {date}"),  # English in ISO, as validate has it
    "sheet-indicator": Words(th="ตัวชี้วัด {id}", en="indicator {id}"),
    "skipped": Words(
        th="ข้ามไฟล์ที่ไม่ใช่ตาราง {n} ไฟล์ ({kinds}): {names}",
        en="skipped {n} {n:s/file that is/files that are} not spreadsheets ({kinds}): {names}",
    ),
    "more-issues": Words(
        th="… และอีก {n:,} รายการที่ไม่ได้แสดง ({kinds}): ดูทั้งหมดด้วย centertrack validate --all หรือ --format json",
        en="… and {n:,} more not shown ({kinds}): see them all with centertrack validate --all or --format"
        " json",
    ),
    # What a folder's skipped files are (readers.skipped_kinds), counted.
    "skipped-kind-pdf": Words(th="PDF {n:,} ไฟล์", en="{n:n/PDF/PDFs}"),
    "skipped-kind-picture": Words(th="รูปภาพ {n:,} ไฟล์", en="{n:n/picture/pictures}"),
    "skipped-kind-document": Words(
        th="เอกสาร Word รุ่นเก่า {n:,} ไฟล์", en="{n:n/old-format document/old-format documents}"
    ),
    "skipped-kind-presentation": Words(th="งานนำเสนอ {n:,} ไฟล์", en="{n:n/presentation/presentations}"),
    "skipped-kind-email": Words(th="อีเมล {n:,} ไฟล์", en="{n:n/e-mail/e-mails}"),
    "skipped-kind-program": Words(th="โปรแกรม {n:,} ไฟล์", en="{n:n/program/programs}"),
    "skipped-kind-other": Words(th="อื่น ๆ {n:,} ไฟล์", en="{n:n/other/others}"),
    # The HTML report: its title, sections and footer (its table's headers are the head- ones, one line).
    "report-title": Words(th="รายงานความก้าวหน้า ตัวชี้วัด {id}", en="Progress report, indicator {id}"),
    "report-provinces": Words(th="ความก้าวหน้ารายจังหวัด", en="Progress by province"),
    "report-trend": Words(th="ความก้าวหน้ารายเดือน", en="Progress by round"),
    "report-statistics": Words(th="สถิติการช่วยเหลือประชาชน", en="Assistance given to people"),
    "report-assistance": Words(th="สถิติการช่วยเหลือประชาชนรายเดือน", en="Assistance given, by round"),
    "report-annex": Words(
        th="บัญชีแนบท้าย: จังหวัดที่ยังดำเนินการไม่ครบ ({n} จังหวัด)",
        en="Annex: provinces that have not reached the target ({n})",
    ),
    "report-no-annex": Words(
        th="ทุกจังหวัดที่รายงานดำเนินการครบแล้ว", en="Every province that reported has reached its target"
    ),
    "report-table": Words(th="ตารางรายจังหวัด", en="All provinces"),
    "report-validation": Words(th="ผลการตรวจสอบไฟล์", en="The input files checked"),
    "report-sheet": Words(th="{sheet}: {rows} แถว", en="{sheet}: {rows} rows"),
    "report-sheet-as-of": Words(th=", ข้อมูล ณ วันที่ {date:date}", en=", as of {date}"),
    # A letter the targets come from, with its date as each language cites it.
    "report-letter-dated": Words(th="{number} ลงวันที่ {date:date}", en="{number} ({date:date-short})"),
    "report-as-of": Words(th="ข้อมูล ณ วันที่ {date}", en="As of {date}"),
    "report-no-date": Words(th="ไม่ระบุวันที่ของข้อมูล", en="The data gives no date"),
    "report-sources": Words(th="แหล่งข้อมูล: {files}. ", en="Sources: {files}. "),
    "report-reference": Words(
        th="ข้อมูลอ้างอิง: รายชื่อจังหวัด อำเภอ และจำนวน อปท. ที่มากับ centertrack; เป้าหมายจากหนังสือ {letter}",
        en="Reference data: provinces, districts (geothai) and LAO counts shipped with centertrack;"
        " targets from letter {letter}",
    ),
    "report-made": Words(th="จัดทำด้วย centertrack", en="Made with centertrack"),
    # The charts (reports/drawing.py, chart.py, trend_chart.py): titles, legends, axes, notes.
    "chart-indicator": Words(th="ตัวชี้วัด", en="Indicator"),
    "chart-established": Words(th="จัดตั้งแล้ว", en="established"),
    "chart-remaining": Words(th="ยังไม่ได้จัดตั้ง", en="remaining"),
    "chart-of": Words(th="จาก", en="of"),
    "chart-percent": Words(th="ร้อยละ {p}", en="{p} %"),
    "chart-as_of": Words(th="ข้อมูล ณ วันที่ {d}", en="as of {d}"),
    "chart-coverage": Words(
        th="รายงานแล้ว {n} จาก {m} จังหวัด ครอบคลุม {t} จาก {target}",
        en="{n} of {m} provinces reported, covering {t} of {target}",
    ),
    "chart-target": Words(th="เป้าหมาย {n}", en="target {n}"),
    "chart-deadline": Words(th="กำหนดเสร็จ {d}", en="deadline {d}"),
    "chart-flagged": Words(
        th="* ข้อมูลของจังหวัดมีข้อผิดพลาด ตรวจสอบก่อนใช้", en="* the province's data has errors: check before use"
    ),
    "chart-received": Words(th="รับเรื่อง", en="received"),
    "chart-assisted": Words(th="ช่วยเหลือแล้ว", en="assisted"),
    "chart-statistics": Words(
        th="สถิติการช่วยเหลือประชาชน: รับเรื่อง {r} ช่วยเหลือแล้ว {a} (ร้อยละ {p})",
        en="Assistance given: {r} requests received, {a} assisted ({p} %)",
    ),
    "chart-requests": Words(th="จำนวนเรื่อง", en="requests"),
    "chart-trend": Words(th="ความก้าวหน้ารายเดือน", en="Progress by round"),
    "chart-statistics_trend": Words(th="สถิติการช่วยเหลือประชาชนรายเดือน", en="Assistance by round"),
    "chart-carried": Words(
        th="* รวมตัวเลขรอบก่อนของจังหวัดที่ไม่ได้รายงานในรอบนั้น",
        en="* counts the earlier figures of provinces that did not report that round",
    ),
    "chart-round": Words(th="รอบรายงาน", en="round"),
    "chart-all": Words(th="ทั้งประเทศ", en="the whole country"),
    # The history store's tables (history list, show, trend, diff, missing).
    "history-store": Words(th="คลังประวัติ: {path}", en="history store: {path}"),
    "history-empty": Words(th="ยังไม่มีรายงาน", en="no reports stored yet"),
    "history-round": Words(th="รอบ", en="round"),
    "history-as-of": Words(th="ณ วันที่", en="as of"),
    "history-indicator": Words(th="ตัวชี้วัด", en="ind."),
    "history-level": Words(th="ระดับ", en="level"),
    "history-file": Words(th="ไฟล์", en="file"),
    # history list's headers, short: its eight columns fit 80 (จว. is how Thai shortens จังหวัด).
    "history-provinces": Words(th="จว.", en="prov."),
    "history-superseded": Words(th="ถูกแทน", en="replaced"),
    "history-superseded-by": Words(th="; ถูกแทนที่โดย #{id}", en="; superseded by #{id}"),
    "history-with-errors": Words(th="; มีข้อผิดพลาด", en="; stored with errors"),
    # A stored level in words.
    "history-level-province": Words(th="รายจังหวัด", en="province"),
    "history-level-district": Words(th="รายอำเภอ", en="district"),
    "history-level-lao": Words(th="ราย อปท.", en="lao"),
    "history-level-case": Words(th="ทะเบียนรับเรื่อง", en="case"),
    "history-province": Words(th="จังหวัด", en="province"),
    "history-total": Words(th="ทั้งหมด", en="total"),
    "history-established": Words(th="จัดตั้งแล้ว", en="established"),
    "history-remaining": Words(th="ยังไม่ได้จัดตั้ง", en="remaining"),
    "history-remarks": Words(th="หมายเหตุ", en="remarks"),
    "history-percent": Words(th="ร้อยละ", en="%"),
    "history-reported": Words(th="รายงาน", en="reported"),
    "history-carried": Words(th="ยกมา", en="carried"),
    "history-sparkline": Words(th="จัดตั้งแล้ว ", en="established "),
    "history-changes": Words(th="เปลี่ยนแปลง {start} → {end}", en="changes {start} → {end}"),
    "history-no-changes": Words(th=": ไม่มี", en=": none"),
    "history-change": Words(th="เปลี่ยน", en="change"),
    "history-fell": Words(th=" ลดลง", en=" fell"),
    "history-regressions": Words(
        th="{n} จังหวัดจัดตั้งแล้วลดลง: ตรวจหมายเหตุ หรือสอบถามจังหวัด",
        en="{n:n/province went/provinces went} backwards: check their remarks, or ask the office",
    ),
    "history-missing": Words(
        th="{n} จังหวัดยังไม่ส่งรายงานรอบ {period} ({indicator})",
        en="{n:n/province has/provinces have} not reported for {period} ({indicator})",
    ),
    "history-last-report": Words(th="รายงานล่าสุด", en="last report"),
    "history-never": Words(th="ไม่เคย", en="never"),
    # The feedback copies' names: the input's stem and this suffix, and the zip of them all.
    "feedback-suffix": Words(th="-ตรวจสอบ", en="-checked"),
    "feedback-bundle": Words(th="ผลการตรวจสอบ.zip", en="feedback.zip"),
    # A document's page number (the annex in Word): each field where its name is.
    "page-of-document": Words(th="หน้า {page} จาก {pages}", en="page {page} of {pages}"),
    # The national line (summarize, the HTML report): what the round covers, its totals, the deadline.
    "national": Words(
        th="รายงานแล้ว {reported} จาก {expected} จังหวัด{carried}{only} ครอบคลุม {covered:,} จาก {target:,} {unit}เป้าหมาย;"
        " จัดตั้งแล้ว {established:,} ยังไม่ได้จัดตั้ง {remaining:,} ({share}); กำหนดเสร็จ {deadline}",
        en="{reported} of {expected} provinces reported{carried}{only}, covering {covered:,} of the {target:,} target"
        " {unit}; {established:,} established, {remaining:,} remaining ({share}); deadline"
        " {deadline}",
    ),
    # The share established, of what the reports cover (and, of part of the target, of the whole: catalog/rounds).
    "share-percent": Words(th="ร้อยละ {covered}", en="{covered} %"),
    # A round of registers of requests alone: nothing of centers to add up, said instead of zeros.
    "national-no-centers": Words(
        th="รายงานแล้ว {reported} จาก {expected} จังหวัด{only} ไม่มีตัวเลขการจัดตั้งศูนย์; กำหนดเสร็จ {deadline}",
        en="{reported} of {expected} provinces reported{only}, with no figures of centers; deadline"
        " {deadline}",
    ),
    "report-no-centers": Words(
        th="ไม่มีตัวเลขการจัดตั้งศูนย์: ข้อมูลมีแต่ทะเบียนรับเรื่อง",
        en="No figures of centers: the data are registers of requests only",
    ),
    "national-registers-only": Words(
        th=" (ในจำนวนนี้ {count} จังหวัดส่งเฉพาะทะเบียนรับเรื่อง)", en=" ({count} with a register of requests only)"
    ),
    "national-days-left": Words(
        th=", ข้อมูล ณ วันที่ {as_of}: เหลือ {days} วัน", en=", as of {as_of}: {days} days left"
    ),
    "national-days-past": Words(
        th=", ข้อมูล ณ วันที่ {as_of}: เลยกำหนดมาแล้ว {days} วัน",
        en=", as of {as_of}: {days} days past the deadline",
    ),
    "national-statistics": Words(
        th="; รับเรื่อง {received:,} ช่วยเหลือแล้ว {assisted:,} (ร้อยละ {share:.2f}) ส่งต่อ {referred:,}"
        " อยู่ระหว่างดำเนินการ {pending:,}",
        en="; {received:,} requests received, {assisted:,} assisted ({share:.2f} %), {referred:,} referred,"
        " {pending:,} pending",
    ),
}
