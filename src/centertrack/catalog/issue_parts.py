"""The parts of an issue's words that vary with what was found: said as ``Said`` parameters of the
issue's template (``{what}``, ``{suggest}``, ``{change}``, ``{reason}``, ``{column}``, ``{unit}``…).

The checks hand up these keys and the values they take (a name as written, a province's names in Thai
and English); the words are here, Thai and English side by side.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

ISSUE_PARTS: dict[str, Words] = {
    # A place's name as a suggestion gives it: Thai, and in English the English name beside it.
    "name-both": Words(th="{name}", en="{name} ({name_en})"),
    # The columns of the letter's progress form, as a missing one is named.
    "column-province": Words(th="จังหวัด", en="Province"),
    "column-total": Words(th="จำนวนทั้งหมด (แห่ง)", en="Total"),
    "column-established": Words(th="จัดตั้งแล้ว (แห่ง)", en="Established"),
    "column-remaining": Words(th="ยังไม่ได้จัดตั้ง (แห่ง)", en="Remaining"),
    # The columns that tell two LAOs of one name apart.
    "column-lao-type": Words(th="ประเภท", en="type"),
    "column-lao-district": Words(th="อำเภอ", en="district"),
    "column-lao-type-district": Words(th="ประเภทและอำเภอ", en="type and district"),
    # What a target counts: after a number (12 อำเภอ), and after a word, as Thai writes it (จำนวนอำเภอ,
    # but จำนวน อปท.: a space before an abbreviation).
    "unit-districts": Words(th="อำเภอ", en="districts"),
    "unit-laos": Words(th="อปท.", en="LAOs"),
    "unit-after-districts": Words(th="อำเภอ", en="districts"),
    "unit-after-laos": Words(th=" อปท.", en="LAOs"),
    # not-a-number, column-derived, outcome-unclear: what the cell or the column says.
    "not-a-number-text": Words(th="ไม่ใช่ตัวเลข", en="not a number"),
    "cell-empty": Words(th="ช่องว่าง", en="the cell is empty"),
    "no-remaining-column": Words(th="ไม่มีคอลัมน์ยังไม่ได้จัดตั้ง", en="no Remaining column"),
    "remaining-column-empty": Words(th="คอลัมน์ยังไม่ได้จัดตั้งว่างทุกแถว", en="the Remaining column is empty"),
    "outcome-not-said": Words(
        th="{written!r} ไม่บอกผลการดำเนินการ", en="{written!r} does not say what came of the request"
    ),
    "outcome-cell-empty": Words(th="ช่องผลการดำเนินการว่าง", en="the outcome cell is empty"),
    # value-normalized: what was changed to read the value.
    "change-thai-digits": Words(th="เลขไทย", en="Thai digits"),
    "change-dash-zero": Words(th="ขีด - หมายถึง 0", en="a dash means 0"),
    "change-unit": Words(th="ตัดหน่วย", en="unit removed"),
    "change-thousands": Words(th="ตัวคั่นหลักพัน", en="thousands separator"),
    "change-spaces": Words(th="ช่องว่าง", en="spaces"),
    "change-number-as-text": Words(th="ตัวเลขที่เก็บเป็นข้อความ", en="a number stored as text"),
    "change-province-name": Words(th="ชื่อจังหวัดมาตรฐาน", en="the province's official Thai name"),
    "change-lao-type": Words(
        th="รายชื่อ อปท. ปี 2566 เป็น {kind} (อาจยกฐานะแล้ว)",
        en="the 2023 list has it as {kind} (it may have been upgraded since)",
    ),
    "change-lao-district": Words(
        th="รายชื่อระบุอำเภอ{district}", en="the list places it in {district} district"
    ),
    "change-lao-type-district": Words(
        th="รายชื่อ อปท. ปี 2566 เป็น {kind} (อาจยกฐานะแล้ว); รายชื่อระบุอำเภอ{district}",
        en="the 2023 list has it as {kind} (it may have been upgraded since);"
        " the list places it in {district} district",
    ),
    # unknown-province
    "province-not-supervised": Words(
        th="{written} ไม่อยู่ในความดูแลของกรมส่งเสริมการปกครองท้องถิ่น",
        en="{written} is not supervised by DLA (Bangkok governs itself)",
    ),
    "province-cell-empty": Words(th="ช่องจังหวัดว่าง", en="the province cell is empty"),
    "not-a-province": Words(th="{written} ไม่ใช่ชื่อจังหวัด", en="{written} is not a province"),
    "delete-row": Words(th="ลบแถวนี้ออก", en="delete this row"),
    "did-you-mean-province": Words(th="หมายถึง {names:or} หรือไม่?", en="did you mean {names:or}?"),
    "write-province": Words(
        th="ใส่ชื่อจังหวัดภาษาไทยตามทะเบียน เช่น ชลบุรี", en="write the province's Thai name, e.g. ชลบุรี"
    ),
    # unknown-district
    "district-cell-empty": Words(th="ช่องอำเภอว่าง", en="the district cell is empty"),
    "not-a-district-of": Words(
        th="{written} ไม่ใช่อำเภอของ{province}", en="{written} is not a district of {province_en}"
    ),
    "not-a-district-of-but": Words(
        th="{written} ไม่ใช่อำเภอของ{province} แต่เป็น{elsewhere:or}",
        en="{written} is not a district of {province_en} but {elsewhere:or}",
    ),
    "district-in-province": Words(th="อำเภอ{district} จังหวัด{province}", en="{district_en} in {province_en}"),
    "did-you-mean-district": Words(th="หมายถึง {names:or} หรือไม่?", en="did you mean {names}?"),
    "check-row-province": Words(
        th="ตรวจสอบจังหวัดของแถวนี้หรือของแบบรายงาน", en="check the province of this row, or of the sheet"
    ),
    "check-districts-of": Words(th="ดูรายชื่ออำเภอของ{province}", en="check the districts of {province_en}"),
    # unknown-lao, lao-code-mismatch
    "lao-cell-empty": Words(th="ช่อง อปท. ว่าง", en="the LAO cell is empty"),
    "not-a-lao-of": Words(
        th="{written} ไม่อยู่ในรายชื่อ อปท. ของ{province}",
        en="{written} is not an LAO of {province_en} in the list",
    ),
    "lao-code-elsewhere": Words(
        th="{written} เป็นรหัสของ {lao} จังหวัด{province}", en="{written} is the code of {lao} in {province_en}"
    ),
    "lao-code-unknown": Words(
        th="{written} ไม่มีรหัสนี้ในรายชื่อ อปท.", en="{written} is not a DLA code in the list"
    ),
    "did-you-mean-lao": Words(th="หมายถึง {names:or} หรือไม่?", en="did you mean {names:or}?"),
    "check-lao": Words(th="ตรวจสอบชื่อหรือรหัส อปท.", en="check the LAO's name or DLA code"),
    "lao-code-other": Words(
        th="รหัส {code} เป็นของ {lao} แต่ชื่อเป็น {name} ({name_code})",
        en="the code {code} is {lao}'s, but the name is {name} ({name_code})",
    ),
    "lao-code-not-listed": Words(
        th="ไม่มีรหัส {code} ในรายชื่อ อปท.: {name} มีรหัส {name_code}",
        en="{code} is not a DLA code in the list: {name}'s is {name_code}",
    ),
    # sum-mismatch: which number is likelier wrong.
    "blame-parts": Words(
        th=" (จำนวนทั้งหมดตรงกับข้อมูลทางการ จึงน่าจะผิดที่จัดตั้งแล้วหรือยังไม่ได้จัดตั้ง)",
        en=" (the total is the official count, so established or remaining is wrong)",
    ),
    # total-differs-from-reference: the total mistyped, another province meant, or neither known.
    "total-should-be": Words(
        th="{established} + {remaining} = {official} ตรงกับจำนวน{unit}ของ{province}: จำนวนทั้งหมดควรเป็น"
        " {official}",
        en="{established} + {remaining} = {official}, {province_en}'s number of {unit}:"
        " the total should be {official}",
    ),
    "total-fits": Words(
        th="{name} มี {total} {unit} ตรงกับจำนวนนี้: หมายถึง {name} หรือไม่?",
        en="{name_en} has {total} {unit}: did you mean {name} ({name_en})?",
    ),
    "total-fits-also": Words(
        th="{name} มี {total} {unit} ตรงกับจำนวนนี้: หมายถึง {name} หรือไม่? (มี {total} เท่ากัน: {others})",
        en="{name_en} has {total} {unit}: did you mean {name} ({name_en})? (also {total}: {others_en})",
    ),
    "total-check": Words(
        th="{province} มี {official} {unit}: ตรวจสอบจำนวนทั้งหมด",
        en="{province_en} has {official} {unit}: check the total",
    ),
    # indicator-inferred: why the sheets were taken as the indicator.
    "inferred-lists": Words(th="แบบรายงานเป็นรายการ{unit}", en="the sheet lists {unit}"),
    "inferred-totals": Words(
        th="จำนวนทั้งหมด {matched} จาก {rows} แถวตรงกับจำนวน{unit}",
        en="{matched} of {rows} totals match the number of {unit}",
    ),
    "inferred-title": Words(th="ชื่อแบบรายงานระบุตัวชี้วัดนี้", en="the sheet's title names it"),
    "inferred-default": Words(th="ไม่มีข้อมูลบ่งชี้ จึงใช้ค่าเริ่มต้น", en="nothing tells, so the default is used"),
    "lists-case": Words(th="คำร้อง", en="requests"),  # what a case register lists
}
