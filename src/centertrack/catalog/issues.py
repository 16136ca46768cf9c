"""The issues validation finds: each code's severity, and its message and hint in Thai and English.

The codes are stable (scripts rely on them); the templates take an issue's parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from centertrack.catalog.words import Words

Severity = Literal["error", "warning", "notice"]


@dataclass(frozen=True, slots=True)
class IssueWords:
    severity: Severity
    message: Words
    hint: Words


ISSUES: dict[str, IssueWords] = {
    "file-unreadable": IssueWords(
        "error",
        # reason and hint: Said (catalog/files.py); stores of old keep reason/reason_th as text.
        Words(th="อ่านไฟล์ไม่ได้: {reason}", en="cannot read the file: {reason}"),
        Words(th="{hint}", en="{hint}"),
    ),
    "header-not-found": IssueWords(
        "error",
        Words(
            th="ไม่พบแถวหัวตาราง (ลำดับที่ / จังหวัด / จำนวนทั้งหมด / จัดตั้งแล้ว)",
            en="no row looks like the form's header (No. / Province / Total / Established)",
        ),
        Words(
            th="ใช้แบบรายงานของกรมฯ ที่มีหัวคอลัมน์ จังหวัด จำนวนทั้งหมด (แห่ง) จัดตั้งแล้ว (แห่ง)",
            en="use DLA's form, whose header names the Province, Total and Established columns",
        ),
    ),
    # The form's layout (checks/shape.py): {last} is the header's last column.
    "no-data-rows": IssueWords(
        "error",
        Words(th="มีหัวตารางแต่ไม่มีข้อมูลใต้หัวตารางเลย", en="the header has not one row of data under it"),
        Words(th="กรอกข้อมูลใต้หัวตาราง", en="fill in the rows under the header"),
    ),
    "value-outside-table": IssueWords(
        "error",
        Words(th="ค่านอกตาราง (หลังคอลัมน์ {last}): ไม่ได้อ่าน", en="a value past the table ({last}): not read"),
        Words(th="ย้ายไปไว้ในคอลัมน์ของค่า หรือลบออก", en="move it into its column, or delete it"),
    ),
    "missing-column": IssueWords(
        "error",
        Words(th="ไม่มีคอลัมน์ {column}", en="the {column} column is missing"),
        Words(th="เพิ่มคอลัมน์ {column} ในแถวหัวตาราง", en="add the {column} column to the header row"),
    ),
    "column-derived": IssueWords(
        "notice",
        Words(th="{what}: คำนวณจาก จำนวนทั้งหมด − จัดตั้งแล้ว", en="{what}: derived as Total − Established"),
        Words(th="", en=""),
    ),
    "not-filled": IssueWords(
        "error",
        Words(
            th="ยังไม่ได้กรอกแบบรายงาน: ทุกช่องที่ต้องกรอกยังว่าง ({rows} แถว)",
            en="the form has not been filled in yet: every cell to fill is empty ({rows} rows)",
        ),
        Words(
            th="กรอกข้อมูลให้ครบทุกแถว (ช่องสีขาวของแบบรายงาน) แล้วส่งกลับ",
            en="fill in every row (the template's white cells), then send it back",
        ),
    ),
    "formula-not-calculated": IssueWords(
        "error",
        Words(
            th="มีสูตร {count} ช่องในคอลัมน์ {column} ที่ยังไม่ได้คำนวณค่า ({range})",
            en="column {column}: {count:n/formula cell/formula cells} saved without their values ({range})",
        ),
        Words(
            th="เปิดไฟล์ใน Excel แล้วบันทึกใหม่ เพื่อให้คำนวณค่าของสูตร",
            en="open the file in Excel and save it again so the formulas are calculated",
        ),
    ),
    "not-a-number": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(th="ใส่จำนวนเป็นตัวเลขจำนวนเต็ม เช่น 11", en="write the count as a whole number, e.g. 11"),
    ),
    "not-a-whole-number": IssueWords(
        "error",
        Words(th="{value} ไม่ใช่จำนวนเต็ม", en="{value} is not a whole number"),
        Words(th="จำนวนศูนย์ต้องเป็นจำนวนเต็ม", en="a count of centers is a whole number"),
    ),
    "negative-count": IssueWords(
        "error",
        Words(th="{value} ติดลบ", en="{value} is negative"),
        Words(th="จำนวนต้องไม่น้อยกว่า 0", en="a count cannot be less than 0"),
    ),
    "value-normalized": IssueWords(
        "notice",
        Words(
            th="อ่าน {value!r} เป็น {normalized!r} ({change})",
            en="read {value!r} as {normalized!r} ({change})",
        ),
        Words(th="", en=""),
    ),
    "unknown-province": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(th="{suggest}", en="{suggest}"),
    ),
    "blank-row": IssueWords(
        "warning",
        Words(
            th="แถวว่าง {rows} แถว ({first}–{last}) กลางตาราง",
            en="{rows:n/blank row/blank rows} ({first}–{last}) inside the table",
        ),
        Words(th="ลบแถวว่างออก", en="delete the blank rows"),
    ),
    "sum-mismatch": IssueWords(
        "error",
        Words(th="จัดตั้งแล้ว + ยังไม่ได้จัดตั้ง ≠ จำนวนทั้งหมด", en="established + remaining ≠ total"),
        Words(
            th="{established} + {remaining} = {sum} แต่จำนวนทั้งหมดเป็น {total}{blame}",
            en="{established} + {remaining} = {sum}, but the total says {total}{blame}",
        ),
    ),
    "established-exceeds-total": IssueWords(
        "error",
        Words(
            th="จัดตั้งแล้ว {established} มากกว่าจำนวนทั้งหมด {total}",
            en="established {established} is more than the total {total}",
        ),
        Words(th="ตรวจสอบจำนวนที่จัดตั้งแล้ว หรือจำนวนทั้งหมด", en="check the established count or the total"),
    ),
    "duplicate-province": IssueWords(
        "error",
        Words(th="{province} ซ้ำ: มีอยู่แล้วที่ {first}", en="{province} appears twice: already at {first}"),
        Words(th="ลบแถวที่ซ้ำ หรือแก้ชื่อจังหวัดให้ถูก", en="delete the duplicate row or correct the province"),
    ),
    "total-differs-from-reference": IssueWords(
        "error",
        Words(
            th="จำนวนทั้งหมด {total} ไม่ตรงกับจำนวน{unit}ของ{province} ({official})",
            en="total {total} differs from {province_en}'s official number of {unit} ({official})",
        ),
        Words(th="{suggest}", en="{suggest}"),
    ),
    "sequence-gap": IssueWords(
        "warning",
        Words(
            th="ลำดับที่ {value} ไม่ต่อเนื่อง (ควรเป็น {expected})",
            en="No. {value} breaks the sequence (expected {expected})",
        ),
        Words(th="เรียงลำดับที่ใหม่ 1, 2, 3, …", en="renumber the rows 1, 2, 3, …"),
    ),
    "totals-row-mismatch": IssueWords(
        "error",
        Words(
            th="แถวรวม {column}: {written} แต่ผลรวมของคอลัมน์คือ {sum}",
            en="totals row, {column}: {written}, but the column adds up to {sum}",
        ),
        Words(th="แก้ตัวเลขในแถวรวม หรือใช้สูตร =SUM()", en="correct the totals row, or use =SUM()"),
    ),
    "subtotal-mismatch": IssueWords(
        "error",
        Words(
            th="{subtotal} {column}: {written} แต่ {rows} แถวของกลุ่มนี้รวมกันได้ {sum}",
            en="{subtotal}, {column}: {written}, but the group's {rows} rows add up to {sum}",
        ),
        Words(
            th="แก้ตัวเลขในแถว{subtotal} หรือใช้สูตร =SUM() ของแถวในกลุ่ม",
            en="correct the {subtotal} row, or use =SUM() over its group's rows",
        ),
    ),
    "report-date-invalid": IssueWords(
        "warning",
        Words(th="วันที่ {value!r} ไม่ถูกต้อง: {reason}", en="the date {value!r} is not a valid date: {reason}"),
        Words(th="เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561", en="write the date as 10/4/61 or 10 เมษายน 2561"),
    ),
    "report-date-in-future": IssueWords(
        "warning",
        Words(th="วันที่ของรายงาน {date:date} อยู่ในอนาคต", en="the report date {date} is in the future"),
        Words(th="ตรวจสอบปี พ.ศ. ของวันที่", en="check the date's year (BE = CE + 543)"),
    ),
    "missing-provinces": IssueWords(
        "warning",
        Words(
            th="ยังไม่มีรายงานของ {count} จังหวัด: {names_th}",
            en="{count:n/province has/provinces have} not reported: {names_en}",
        ),
        Words(
            th="ติดตามรายงานจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเหล่านี้",
            en="follow up with these provinces' local administration offices",
        ),
    ),
    "conflicting-reports": IssueWords(
        "error",
        Words(
            th="{province} รายงานสองครั้งด้วยตัวเลขต่างกัน: {numbers} และที่ {other} {other_numbers}",
            en="{province} is reported twice with different numbers: {numbers},"
            " and at {other} {other_numbers}",
        ),
        Words(th="ใช้ไฟล์ฉบับล่าสุดฉบับเดียว หรือสอบถามจังหวัด", en="keep only the latest report, or ask the province"),
    ),
    "unknown-district": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(th="{suggest}", en="{suggest}"),
    ),
    "unknown-lao": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(th="{suggest}", en="{suggest}"),
    ),
    "lao-code-mismatch": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(
            th="แก้รหัส อปท. หรือชื่อ อปท. ให้ตรงกัน", en="correct the DLA code or the LAO's name so that they agree"
        ),
    ),
    "ambiguous-lao": IssueWords(
        "error",
        Words(th="ชื่อนี้ตรงกับ อปท. {count} แห่ง: {names}", en="this name fits {count} LAOs: {names}"),
        Words(
            th="เพิ่มคอลัมน์{column} หรือรหัส อปท. เพื่อระบุให้ชัด",
            en="add the {column} column, or the DLA code, to tell them apart",
        ),
    ),
    "duplicate-district": IssueWords(
        "error",
        Words(th="อำเภอ{name}ซ้ำ: มีอยู่แล้วที่ {first}", en="district {name} appears twice: already at {first}"),
        Words(th="ลบแถวที่ซ้ำ หรือแก้ชื่ออำเภอให้ถูก", en="delete the duplicate row or correct the district"),
    ),
    "duplicate-lao": IssueWords(
        "error",
        Words(th="{name} ซ้ำ: มีอยู่แล้วที่ {first}", en="{name} appears twice: already at {first}"),
        Words(th="ลบแถวที่ซ้ำ หรือแก้ชื่อ อปท. ให้ถูก", en="delete the duplicate row or correct the LAO"),
    ),
    "missing-district": IssueWords(
        "warning",
        Words(
            th="ไม่มีแถวของ {count} อำเภอของ{province}: {names}",
            en="{count:n/district/districts} of {province_en} without a row: {names}",
        ),
        Words(
            th="อำเภอที่ไม่มีในแบบรายงานนับเป็นยังไม่ได้จัดตั้ง: เพิ่มแถวของอำเภอเหล่านี้",
            en="districts without a row count as not set up: add their rows",
        ),
    ),
    "missing-lao": IssueWords(
        "warning",
        Words(
            th="ไม่มีแถวของ อปท. {count} แห่งของ{province}: {names}",
            en="{count:n/LAO/LAOs} of {province_en} without a row: {names}",
        ),
        Words(
            th="อปท. ที่ไม่มีในแบบรายงานนับเป็นยังไม่ได้จัดตั้ง: เพิ่มแถวของ อปท. เหล่านี้",
            en="LAOs without a row count as not set up: add their rows",
        ),
    ),
    "reference-changed": IssueWords(
        "notice",
        Words(
            th="{province}: เป้าหมาย {target} อปท. (ปีงบประมาณ 2561) แต่รายชื่อ อปท. ปี 2566 มี {listed} แห่ง",
            en="{province_en}: the target is {target} LAOs (fiscal year 2561), the 2023 list has {listed}",
        ),
        Words(
            th="{gap} แห่งที่ควบรวมไปแล้วไม่มีในรายชื่อ จึงนับเป็นยังไม่ได้จัดตั้ง",
            en="the {gap} merged since are not in the list, so they count as not set up",
        ),
    ),
    "status-unclear": IssueWords(
        "error",
        Words(th="{value!r} ไม่บอกว่าจัดตั้งแล้วหรือยัง", en="{value!r} does not say whether the center is set up"),
        Words(
            th="เขียน ใช่ หรือ ไม่ใช่ (หรือวันที่จัดตั้ง)", en="write ใช่ or ไม่ใช่ (yes or no), or the date it was set up"
        ),
    ),
    "establishment-date-invalid": IssueWords(
        "warning",
        Words(
            th="วันที่จัดตั้ง {value!r} ไม่ถูกต้อง: {reason}",
            en="the date of establishment {value!r} is not a valid date: {reason}",
        ),
        Words(th="เขียนวันที่แบบ 10/4/61 หรือ 10 เมษายน 2561", en="write the date as 10/4/61 or 10 เมษายน 2561"),
    ),
    "establishment-date-after-report": IssueWords(
        "warning",
        Words(
            th="วันที่จัดตั้ง {since:date} อยู่หลังวันที่ของรายงาน ({as_of:date})",
            en="set up on {since}, after the report's date ({as_of})",
        ),
        Words(
            th="ตรวจสอบวันที่จัดตั้ง หรือปี พ.ศ.", en="check the date of establishment and its year (BE = CE + 543)"
        ),
    ),
    "assisted-exceeds-received": IssueWords(
        "error",
        Words(
            th="ช่วยเหลือแล้ว {assisted} เรื่อง มากกว่าเรื่องที่รับ {received} เรื่อง",
            en="{assisted} requests assisted, more than the {received} received",
        ),
        Words(
            th="ตรวจสอบจำนวนเรื่องที่รับและที่ช่วยเหลือแล้ว", en="check the numbers of requests received and assisted"
        ),
    ),
    "statistics-exceed-received": IssueWords(
        "error",
        Words(
            th="ช่วยเหลือ {assisted} + ส่งต่อ {referred} + อยู่ระหว่างดำเนินการ {pending} = {sum}"
            " มากกว่าเรื่องที่รับ {received}",
            en="assisted {assisted} + referred {referred} + pending {pending} = {sum},"
            " more than the {received} received",
        ),
        Words(
            th="ตรวจสอบสถิติ: ผลรวมต้องไม่เกินจำนวนเรื่องที่รับ",
            en="check the statistics: they cannot add up to more than the requests received",
        ),
    ),
    "statistics-without-center": IssueWords(
        "warning",
        Words(
            th="มีสถิติการช่วยเหลือ แต่ระบุว่ายังไม่ได้จัดตั้งศูนย์",
            en="assistance statistics for an LAO whose center is not set up",
        ),
        Words(th="ตรวจสอบสถานะการจัดตั้งศูนย์", en="check whether the center is set up"),
    ),
    "outcome-unclear": IssueWords(
        "error",
        Words(th="{what}", en="{what}"),
        Words(
            th="เขียน ช่วยเหลือแล้ว ส่งต่อ หรือ อยู่ระหว่างดำเนินการ (นับเป็นเรื่องที่รับเท่านั้น)",
            en="write assisted, referred or pending (counted as received only)",
        ),
    ),
    "received-date-invalid": IssueWords(
        "warning",
        Words(
            th="วันที่รับเรื่อง {value!r} ไม่ถูกต้อง: {reason}",
            en="the date received {value!r} is not a valid date: {reason}",
        ),
        Words(th="เขียนวันที่แบบ 1/10/67 หรือ 1 ตุลาคม 2567", en="write the date as 1/10/67 or 1 ตุลาคม 2567"),
    ),
    "received-date-after-report": IssueWords(
        "warning",
        Words(
            th="รับเรื่องวันที่ {since:date} หลังวันที่ของรายงาน ({as_of:date})",
            en="received on {since}, after the report's date ({as_of})",
        ),
        Words(th="ตรวจสอบวันที่รับเรื่อง หรือปี พ.ศ.", en="check the date received and its year (BE = CE + 543)"),
    ),
    "indicator-mismatch": IssueWords(
        "error",
        Words(
            th="แบบรายงานนี้เป็นรายการ{level} ซึ่งเป็นของตัวชี้วัด {sheet_indicator} ไม่ใช่ {indicator}",
            en="this sheet lists {level}, which belong to indicator {sheet_indicator}, not {indicator}",
        ),
        Words(
            th="ใช้ --indicator {sheet_indicator} หรือ --indicator auto",
            en="use --indicator {sheet_indicator} or --indicator auto",
        ),
    ),
    "mixed-encoding": IssueWords(
        "warning",
        Words(
            th="ไฟล์มีทั้งบรรทัดแบบ UTF-8 และแบบ Windows Thai (cp874): อ่านแยกทีละบรรทัด",
            en="the file mixes UTF-8 and Windows Thai (cp874) lines: each line was read in its own encoding",
        ),
        Words(
            th="เปิดใน Excel แล้วบันทึกใหม่เป็น CSV UTF-8", en="open it in Excel and save it again as 'CSV UTF-8'"
        ),
    ),
    "macros-ignored": IssueWords(
        "notice",
        Words(
            th="สมุดงานมีแมโคร: อ่านเฉพาะข้อมูล ไม่ได้เรียกใช้แมโคร",
            en="the workbook carries macros: only its values were read, no macro was run",
        ),
        Words(th="", en=""),
    ),
    "indicator-inferred": IssueWords(
        "notice",
        Words(th="ถือเป็นตัวชี้วัด {indicator}: {reason}", en="taken as indicator {indicator}: {reason}"),
        Words(th="ระบุเองได้ด้วย --indicator", en="set it with --indicator"),
    ),
    "rows-excluded": IssueWords(
        "notice",
        Words(
            th="ไม่นับรวม {count} แถวที่มีข้อผิดพลาด (แถวที่ {rows})",
            en="{count:n/row/rows} with errors left out of the totals (row no. {rows})",
        ),
        Words(th="", en=""),
    ),
}

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "notice": 2}
