"""What cannot be done, and why: the refusals the core raises as a code and its parameters.

A refusal's ``field`` (what the user wrote that it concerns: ``period``, ``province``, ``output``…) is
not in these words: each front end puts its own name for it before them (``--period '2561-13': …`` on
the command line, the round box's label on the page); a ``Field`` parameter (``{option}``) is another
thing the user can write, named the same way.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

REFUSALS: dict[str, Words] = {
    "period-invalid": Words(
        th="เขียนรอบเดือนแบบ 2018-04, 2561-04, เม.ย. 61 หรือ เมษายน 2561",
        en="write the month as 2018-04, 2561-04, เม.ย. 61 or เมษายน 2561",
    ),
    # Why a text or a cell is no date (thai.py, checks/cells.py): an issue's reason, or a refusal's.
    "date-not-a-date": Words(th="{text!r} ไม่ใช่วันที่", en="not a date: {text!r}"),
    "date-no-month": Words(
        th="ไม่มีวันที่ {written} ในปฏิทิน: ไม่มีเดือนที่ {month}",
        en="impossible date {written!r}: there is no month {month}",
    ),
    "date-no-year": Words(
        th="ไม่มีวันที่ {written} ในปฏิทิน: ไม่มีปีนี้", en="impossible date {written!r}: no such year"
    ),
    "date-day-zero": Words(
        th="ไม่มีวันที่ {written} ในปฏิทิน: วันที่เริ่มที่ 1", en="impossible date {written!r}: a day starts at 1"
    ),
    "date-month-days": Words(
        th="ไม่มีวันที่ {written} ในปฏิทิน: เดือน{month:month} มี {days} วัน",
        en="impossible date {written!r}: {month:month} has {days} days",
    ),
    "date-be-not-leap": Words(
        th="ไม่มีวันที่ {written} ในปฏิทิน: ปี พ.ศ. {year} ไม่มีวันที่ 29 กุมภาพันธ์",
        en="impossible date {written} BE: not a leap year",
    ),
    "date-year-too-early": Words(
        th="ปี ค.ศ. {year} เก่าเกินไป: Excel อ่านปีที่พิมพ์ว่า {typed} เป็น ค.ศ. {year}",
        en="the year {year} is too early: Excel reads a year typed as {typed} as {year}",
    ),
    "date-is-a-number": Words(th="{text} เป็นตัวเลข ไม่ใช่วันที่", en="{text} is a number, not a date"),
    "date-none-in-cell": Words(th="ไม่พบวันที่ในช่องนี้", en="no date in it"),
    # indicators.py
    "indicator-unknown": Words(
        th="ไม่มีตัวชี้วัดนี้ ใช้ auto หรือ {known}", en="no such indicator; use auto or one of {known}"
    ),
    "indicator-none-counts": Words(
        th="ไม่มีตัวชี้วัดใน indicators.toml ที่นับ {unit}", en="no indicator in indicators.toml counts {unit}"
    ),
    # validate.py: a folder of other things
    "no-spreadsheet": Words(
        th="{folders}: ไม่มีไฟล์ตารางให้อ่าน ({suffixes})", en="{folders}: no spreadsheet to read ({suffixes})"
    ),
    "no-spreadsheet-skipped": Words(
        th="{folders}: ไม่มีไฟล์ตารางให้อ่าน ({suffixes}) ข้ามไฟล์ {skipped}",
        en="{folders}: no spreadsheet to read ({suffixes}); skipped {skipped}",
    ),
    # chart, template
    "no-statistics": Words(
        th="ไม่มีสถิติการช่วยเหลือในข้อมูล (ตาราง อปท. ของตัวชี้วัด 4.1 หรือทะเบียนรับเรื่อง)",
        en="the inputs have no assistance statistics (4.1 LAO-level sheets or registers)",
    ),
    "template-period": Words(
        th="เขียนเดือนของรอบรายงานแบบ ปี-เดือน เช่น 2018-04 หรือ 2561-04",
        en="write the round's month as YYYY-MM, e.g. 2018-04",
    ),
    "template-level": Words(
        th="ตัวชี้วัดที่ {indicator} นับเป็นราย{counts} ใช้ {option} {level} หรือ province",
        en="indicator {indicator} counts {counts}; use {option} {level} or province",
    ),
    # The letter's settings file and --refer (letter_words.py); tomllib's own words only in English.
    "settings-not-utf8": Words(
        th="{path}: อ่านไฟล์ตั้งค่าไม่ได้ ให้บันทึกไฟล์เป็นแบบ UTF-8", en="{path}: cannot read the settings: {error}"
    ),
    "settings-unreadable": Words(
        th="{path}: อ่านไฟล์ตั้งค่าไม่ได้ ตรวจสอบสิทธิ์การเข้าถึงไฟล์", en="{path}: cannot read the settings: {error}"
    ),
    "settings-not-toml": Words(
        th="{path}: ไฟล์ตั้งค่าเขียนไม่ถูกรูปแบบ ตรวจสอบวงเล็บ [ ] และเครื่องหมายคำพูด",
        en="{path}: cannot read the settings: {error}",
    ),
    "settings-not-toml-at": Words(
        th="{path}: ไฟล์ตั้งค่าเขียนไม่ถูกรูปแบบ (บรรทัดที่ {line}) ตรวจสอบวงเล็บ [ ] และเครื่องหมายคำพูด",
        en="{path}: cannot read the settings: {error}",
    ),
    "settings-sender-not-table": Words(
        th="{path}: sender ต้องเป็นตาราง เขียน [sender] แล้วตามด้วยค่าตั้งบรรทัดละหนึ่งค่า",
        en="{path}: sender is a table: write [sender], then one setting a line",
    ),
    "settings-unknown": Words(
        th="{path}: ไม่รู้จักค่าตั้ง [sender] {unknown} ใช้ได้เฉพาะ {known}",
        en="{path}: unknown [sender] setting(s) {unknown}; use {known}",
    ),
    "settings-not-text": Words(
        th='{path}: [sender] {keys} ต้องเป็นข้อความในเครื่องหมายคำพูด "…"',
        en="{path}: [sender] {keys} must be text in quotes",
    ),
    "refer-no-number": Words(
        th="ไม่มีเลขที่หนังสือ เขียนแบบ 'มท 0810.7/ว 435 14/2/61'",
        en="no letter number; write it as 'มท 0810.7/ว 435 14/2/61'",
    ),
    # The history store (history/): what a round or the store does not hold.
    "store-no-report": Words(
        th="{path}: ยังไม่มีรายงานในที่เก็บประวัติ เพิ่มด้วย centertrack history add",
        en="{path}: no report stored yet; add one with `centertrack history add`",
    ),
    "store-no-round": Words(
        th="{path}: ยังไม่มีรายงานของรอบเดือน{period:month} ในที่เก็บประวัติ เพิ่มด้วย centertrack history add",
        en="{path}: no report stored for the round {period}; add one with `centertrack history add`",
    ),
    "store-indicators": Words(
        th="ที่เก็บประวัติมีหลายตัวชี้วัด ({indicators}) เลือกหนึ่งตัวด้วย {option}",
        en="the store holds indicators {indicators}: choose one with {option}",
    ),
    "period-no-month": Words(th="ไม่มีเดือนที่ {number} ใน {text}", en="no month {number} in {text!r}"),
    "period-not-a-month": Words(th="{text!r} ไม่ใช่เดือน", en="not a month: {text!r}"),
    "round-no-report-any": Words(th="ไม่มีรายงานของรอบนี้ในที่เก็บประวัติ", en="no report stored for this round"),
    "period-not-iso": Words(
        th="เขียนเดือนแบบ ปี ค.ศ.-เดือน เช่น 2018-04", en="write the month as YYYY-MM, e.g. 2018-04"
    ),
    "sheet-no-round": Words(
        th="{path} ({sheet}): ไม่มีวันที่ของข้อมูลในแบบรายงาน จึงไม่รู้ว่าเป็นรอบเดือนใด"
        " ระบุรอบด้วย {option} ปี-เดือน (เช่น 2018-04)",
        en="{path} ({sheet}): no as-of date in the sheet to tell its monthly round;"
        " give it with {option} YYYY-MM",
    ),
    # The process's own lines (cli/app.py): a run interrupted, and a bug.
}
