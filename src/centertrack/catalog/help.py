"""The command line's help, in Thai (the default) and English: each command's text and each option's.

Keyed by the command's path ("history add") for a command; by "<command> <option>" for an option whose
help is its own to one command, else by the option alone ("--force"). The help's own frame (Usage,
Options, [default: …]) is in ``FRAME``. An example is kept as the reader types it.
"""

from __future__ import annotations

from centertrack.catalog.words import Words

_EXAMPLE = Words(th="ตัวอย่าง: [bold]{command}[/]", en="Example: [bold]{command}[/]")

FRAME: dict[str, Words] = {
    "usage": Words(th="วิธีใช้: ", en="Usage: "),
    "options metavar": Words(th="[ตัวเลือก]", en="[OPTIONS]"),
    "commands metavar": Words(th="คำสั่ง [...]", en="COMMAND [ARGS]..."),
    "arguments": Words(th="สิ่งที่อ่าน", en="Arguments"),
    "options": Words(th="ตัวเลือก", en="Options"),
    "commands": Words(th="คำสั่ง", en="Commands"),
    "default": Words(th="[ค่าตั้งต้น: {}]", en="[default: {}]"),
    "required": Words(th="[ต้องระบุ]", en="[required]"),
    "help": Words(th="แสดงวิธีใช้นี้แล้วจบ", en="Show this message and exit."),
    "example": _EXAMPLE,
}

# A command's help: its text, then its examples (each a line the reader can type).
COMMANDS: dict[str, tuple[Words, tuple[str, ...]]] = {
    "": (
        Words(
            th="ตรวจ รวมผล และรายงานความคืบหน้ารายเดือนของจังหวัดตามตัวชี้วัด 4.1 และ 4.2 ของกรมส่งเสริมการปกครองท้องถิ่น",
            en="Check, add up and report Thai provinces' monthly progress on DLA indicators 4.1 and 4.2.",
        ),
        (),
    ),
    "validate": (
        Words(
            th="ตรวจแบบรายงานความคืบหน้า: ทุกปัญหาครั้งเดียว ที่ช่องของมัน พร้อมคำแนะนำ\n\n"
            "รหัสจบการทำงาน 0: ไม่มีข้อผิดพลาด (มีคำเตือนได้); 1: มีข้อผิดพลาด; 2: อ่านไฟล์ไม่ได้",
            en="Check progress sheets: every problem once, at its cell, with a hint.\n\n"
            "Exit code 0: no errors (warnings allowed); 1: errors; 2: a file could not be read.",
        ),
        ("centertrack validate data/examples/seed-progress-4.2.xlsx --lang en",),
    ),
    "summarize": (
        Words(
            th="รวมความคืบหน้ารายจังหวัดและทั้งประเทศ เทียบกับเป้าหมายของตัวชี้วัด\n\n"
            "จังหวัดที่ไม่มีในข้อมูลไม่ถือว่าครบ: บรรทัดทั้งประเทศบอกว่าข้อมูลครอบคลุมเป้าหมายเท่าใด "
            "-o เขียน .csv, .json หรือ .xlsx สำหรับตัวชี้วัด 4.1 ระดับ อปท. รวมสถิติการช่วยเหลือด้วย; "
            "--by lao แสดงราย อปท.",
            en="Add up progress per province and nationally, against the indicator's target.\n\n"
            "Provinces missing from the input are never assumed complete: the national line says how much of\n"
            "the target the input covers. -o writes .csv, .json or .xlsx. For indicator 4.1 at LAO level the\n"
            "assistance statistics are added up too; --by lao lists each LAO.",
        ),
        (
            "centertrack summarize data/examples/national-4.2-2561-04.xlsx",
            "centertrack summarize data/examples/lao-4.1-national.xlsx --by lao --missing",
        ),
    ),
    "annex": (
        Words(
            th="เขียนบัญชีแนบท้ายรายชื่อจังหวัดที่ยังไม่ครบตามเป้าหมาย ตามแบบหนังสือของกรมฯ\n\n"
            "จังหวัดที่ยังจัดตั้งศูนย์ไม่ครบอยู่ในบัญชี -o เขียน .xlsx, .docx, .csv, .md หรือ .json",
            en="Write the annex of lagging provinces (บัญชีแนบท้าย) exactly as DLA's letter has it.\n\n"
            "A province is lagging while any of its centers remains to be set up. -o writes .xlsx, .docx,\n"
            ".csv, .md or .json.",
        ),
        ("centertrack annex data/examples/national-4.2-2561-04.xlsx --style progress -o annex.xlsx",),
    ),
    "feedback": (
        Words(
            th="ส่งแบบรายงานของแต่ละสำนักงานกลับไป พร้อมทำเครื่องหมายทุกปัญหาที่ช่องของมัน\n\n"
            "สมุดงานหนึ่งฉบับต่อไฟล์ที่มีข้อผิดพลาดหรือคำเตือน (--all: ทุกไฟล์) ในโฟลเดอร์ -o: รายการปัญหา "
            "แต่ละรายการเชื่อมไปยังช่องของมัน แล้วตามด้วยตารางของสำนักงาน ค่าอยู่ที่ช่องเดิม ช่องที่มีปัญหาระบายสี "
            "(แดง ข้อผิดพลาด, เหลือง คำเตือน, ฟ้า หมายเหตุ) พร้อมความเห็น "
            "ฉะเชิงเทรา.xlsx ได้ ฉะเชิงเทรา-ตรวจสอบ.xlsx (--lang en: ฉะเชิงเทรา-checked.xlsx) "
            "รหัสจบการทำงานเหมือน validate: 0 ไม่มีข้อผิดพลาด, 1 มีข้อผิดพลาด, 2 อ่านไฟล์ไม่ได้",
            en="Write each office's own sheets back to it, every problem marked at its cell.\n\n"
            "One workbook per file with an error or a warning (--all: per file) in the folder -o: the issues\n"
            "as validate words them, each a link to its cell, then the office's sheets, values at the same\n"
            "cells, each cell with an issue coloured (red error, amber warning, blue notice) with a comment.\n"
            "ฉะเชิงเทรา.xlsx gives ฉะเชิงเทรา-ตรวจสอบ.xlsx (--lang en: ฉะเชิงเทรา-checked.xlsx).\n"
            "Exit code as validate: 0 no errors, 1 errors, 2 a file could not be read.",
        ),
        ("centertrack feedback data/examples/seed-progress-4.2.xlsx -o to-send --lang en",),
    ),
    "chart": (
        Words(
            th="วาดแผนภูมิความคืบหน้ารายจังหวัด ด้วยฟอนต์สารบรรณ บนกระดาษ A4 หนึ่งหน้า\n\n"
            "แท่งละหนึ่งจังหวัด จัดตั้งแล้วและยังไม่ได้จัดตั้งซ้อนกันเทียบเป้าหมาย จังหวัดที่ยังไม่ครบมีเครื่องหมาย "
            "-o เขียน .png, .svg หรือ .pdf ข้อมูลเดิมได้ไฟล์เดิมทุกไบต์ --db และ --period วาดรอบที่เก็บไว้แทนไฟล์; "
            "--kind trend วาดทุกรอบในที่เก็บประวัติ และ --kind statistics กับ --db โดยไม่มี --period "
            "วาดการช่วยเหลือของแต่ละรอบ",
            en="Draw a chart of the provinces' progress, in Sarabun, on one A4 page.\n\n"
            "A bar per province, established and remaining stacked against its target, the lagging ones\n"
            "marked. -o writes .png, .svg or .pdf; the same data gives the same bytes. --db and --period\n"
            "draw a stored round instead of files; --kind trend draws the store's rounds, and --kind\n"
            "statistics with --db and no --period the assistance given at each round.",
        ),
        ("centertrack chart data/examples/national-4.2-2561-04.xlsx -o provinces.png",),
    ),
    "report": (
        Words(
            th="เขียนรายงาน HTML ไฟล์เดียวที่เปิดได้โดยไม่ต้องต่ออินเทอร์เน็ต: บรรทัดทั้งประเทศ แผนภูมิรายจังหวัด "
            "บัญชีจังหวัดที่ยังไม่ครบ ตารางทั้งหมด และผลการตรวจของแต่ละไฟล์\n\n"
            "ทุกอย่างอยู่ในไฟล์ (ฟอนต์ แผนภูมิเป็น SVG): ไม่โหลดอะไรจากเครือข่าย ไม่มีสคริปต์ "
            "และพิมพ์บน A4 ได้ --db และ --period รายงานรอบที่เก็บไว้ พร้อมแนวโน้มของทุกรอบ "
            "(และสถิติการช่วยเหลือของตัวชี้วัด 4.1 รายรอบ)",
            en="Write one HTML file that opens offline: the national line, the chart of the provinces, the\n"
            "annex of lagging provinces, the full table and each input file's verdict.\n\n"
            "Everything is inline (the font, the charts as SVG): nothing is loaded from the network, no script\n"
            "runs, and it prints on A4. --db and --period report a stored round, with the trend of the rounds\n"
            "(and 4.1's assistance statistics by round).",
        ),
        ("centertrack report data/examples/national-4.2-2561-04.xlsx -o report.html",),
    ),
    "letter": (
        Words(
            th="เขียนหนังสือติดตามถึงสำนักงานของจังหวัดที่ยังไม่ครบ พร้อมบัญชีแนบท้าย (.docx)\n\n"
            "ตามแบบหนังสือ ว 1055 ของกรมฯ ถ้อยคำอยู่ในแม่แบบ Word (--write-template, --template); "
            "หน่วยงานผู้ส่งตั้งครั้งเดียวในไฟล์ตั้งค่า (ดู README)",
            en="Write the follow-up letter to the lagging provinces' offices, with its annex (.docx).\n\n"
            "The shape of DLA's ว 1055. The wording is a Word template (--write-template, --template);\n"
            "the sending unit is set once in the settings file (see README).",
        ),
        ("centertrack letter data/examples/seed-progress-4.2-corrected.xlsx -o letter.docx",),
    ),
    "template": (
        Words(
            th="เขียนแบบรายงานเปล่าให้จังหวัดกรอก: รายชื่ออำเภอหรือ อปท. ของจังหวัด รายการให้เลือก การตรวจ และคำชี้แจง\n\n"
            "ไฟล์ที่ส่งกลับมาอ่านได้โดยไม่มีปัญหา: ชื่อสถานที่เขียนตามข้อมูลอ้างอิง และทุกคอลัมน์เป็นคอลัมน์ที่อ่านได้ "
            "แบบรายงานที่ส่งกลับมาโดยยังไม่ได้กรอกจะแจ้งว่ายังไม่ได้กรอก",
            en="Write the blank form each province fills in: its districts or LAOs listed, dropdowns, checks, คำชี้แจง.\n\n"
            "What comes back reads without an issue: the places are written as the reference has them, and\n"
            "every column is one the readers take. A blank one sent back is reported as not filled in.",
        ),
        ("centertrack template --indicator 4.2 --province ฉะเชิงเทรา --period 2018-04 -o form.xlsx",),
    ),
    "history": (
        Words(
            th="เก็บทุกรอบรายงานรายเดือนไว้ในที่เดียว แล้วถาม: แนวโน้ม อะไรเปลี่ยน ใครยังไม่รายงาน",
            en="Keep every monthly round in one store, and ask it: trend, what changed, who has not reported.",
        ),
        (),
    ),
    "history add": (
        Words(
            th="ตรวจแบบรายงานเช่นเดียวกับ validate แล้วเก็บรายงานของแต่ละตาราง\n\n"
            "ไฟล์ทั้งหมดของการเพิ่มหนึ่งครั้งเก็บพร้อมกันหรือไม่เก็บเลย ไฟล์และตารางเดิมเก็บครั้งเดียว "
            "รายงานที่มาทีหลังของจังหวัดและรอบเดียวกันใช้แทนฉบับก่อน",
            en="Validate progress sheets exactly as validate does, and store each sheet's report.\n\n"
            "All the files of one add are stored together or not at all; the same file and sheet again is\n"
            "stored once. A later report of the same province and round supersedes the earlier one.",
        ),
        ("centertrack history add data/examples/monthly-4.2/2018-04",),
    ),
    "history list": (
        Words(
            th="แสดงรายงานทั้งหมดที่เก็บไว้ และที่อยู่ของที่เก็บ (เพื่อหาและสำรองไว้)",
            en="List every stored report, and where the store is (to find it and back it up).",
        ),
        ("centertrack history list",),
    ),
    "history show": (
        Words(
            th="แสดงรายงานที่เก็บไว้ของรอบหนึ่ง (รวมฉบับที่ถูกแทนแล้ว) และสิ่งที่รายงานไว้",
            en="Show the stored reports of a round (superseded ones too) and what they said.",
        ),
        ("centertrack history show --period 2018-04",),
    ),
    "history trend": (
        Words(
            th="ความคืบหน้าของแต่ละรอบที่เก็บไว้: รายงานล่าสุดของแต่ละจังหวัด ณ รอบนั้นหรือก่อนหน้า รวมกัน",
            en="Progress at each stored round: each province's latest report at or before it, added up.",
        ),
        ("centertrack history trend --lang en",),
    ),
    "history diff": (
        Words(
            th="จังหวัดที่ตัวเลขต่างกันระหว่างสองรอบ จัดตั้งแล้วที่ลดลงคือการถดถอย",
            en="Every province whose numbers differ between two rounds; a fall in established is a regression.",
        ),
        ("centertrack history diff 2018-03 2018-04 --lang en",),
    ),
    "history missing": (
        Words(
            th="จังหวัดที่ไม่มีรายงานในรอบหนึ่ง และรอบล่าสุดที่มีรายงาน (เพื่อติดตาม อย่างหนังสือ ว 1055)",
            en="The provinces with no report in a round, and their last round with one (to chase, as ว 1055 does).",
        ),
        ("centertrack history missing --period 2018-04 --lang en",),
    ),
    "history export": (
        Words(
            th="เขียนตารางจังหวัดละหนึ่งแถว รอบละหนึ่งคอลัมน์ (จัดตั้งแล้ว ยังไม่ได้จัดตั้ง) เรียงตามพจนานุกรม",
            en="Write one row per province and one column per round (established, remaining), Thai dictionary order.",
        ),
        ("centertrack history export -o rounds.xlsx",),
    ),
    "history backup": (
        Words(
            th="สำเนาที่เก็บประวัติ ได้ข้อมูลครบถ้วนแม้คำสั่งอื่นกำลังเขียนอยู่ (การสำรองออนไลน์ของ SQLite)",
            en="Copy the store, consistently even while another command writes to it (SQLite's online backup).",
        ),
        ("centertrack history backup -o history-backup.sqlite3",),
    ),
}

# An option's help: "<command> <option>" where it is the command's own, else the option alone.
OPTIONS: dict[str, Words] = {
    "--version": Words(th="แสดงรุ่นแล้วจบ", en="Show the version and exit."),
    "--debug": Words(
        th="แสดงรายละเอียดทั้งหมดของข้อผิดพลาดที่ไม่คาดคิด สำหรับแจ้งข้อบกพร่อง",
        en="Show the full traceback of an unexpected error, for a bug report.",
    ),
    "paths": Words(
        th="แบบรายงานความคืบหน้า ({suffixes}) หรือโฟลเดอร์ของไฟล์",
        en="Progress sheets ({suffixes}) or folders of them.",
    ),
    "stored paths": Words(
        th="แบบรายงานความคืบหน้า ({suffixes}) หรือโฟลเดอร์ของไฟล์; หรือ --period สำหรับรอบที่เก็บไว้",
        en="Progress sheets ({suffixes}) or folders of them; or --period for a stored round.",
    ),
    "--indicator": Words(
        th="auto (ดูจากจำนวนทั้งหมด และแจ้งให้ทราบ) หรือรหัสตัวชี้วัด: 4.2 (อำเภอ), 4.1 (อปท.), …",
        en="auto (from the totals, and said), or an indicator's id: 4.2 (districts), 4.1 (LAOs), ….",
    ),
    "template --indicator": Words(
        th="รหัสตัวชี้วัด: 4.2 (แถวละหนึ่งอำเภอ) หรือ 4.1 (แถวละหนึ่ง อปท.), …",
        en="The indicator's id: 4.2 (a row per district) or 4.1 (a row per LAO), ….",
    ),
    "--lang": Words(th="ภาษาของข้อความ: th หรือ en", en="Language of messages: th or en."),
    "--allow-errors": Words(
        th="ทำต่อแม้มีข้อผิดพลาด จังหวัดที่ได้รับผลกระทบมีเครื่องหมาย",
        en="Go on despite errors; affected provinces are marked.",
    ),
    "history add --allow-errors": Words(
        th="เก็บตารางที่มีข้อผิดพลาดด้วย โดยทำเครื่องหมายไว้", en="Store sheets with errors too, marked as such."
    ),
    "--force": Words(th="เขียนทับไฟล์ผลลัพธ์ถ้ามีอยู่แล้ว", en="Replace the output file if it exists."),
    "--quiet": Words(th="ไม่แสดงแถบความคืบหน้าขณะอ่านหลายไฟล์", en="No progress bar while many files are read."),
    "--output": Words(th="เขียนลงไฟล์ (ชนิดตามนามสกุล)", en="Write to a file (type by extension)."),
    "feedback --output": Words(
        th="โฟลเดอร์ที่จะเขียนสำเนาลงไป (สร้างให้ถ้ายังไม่มี)",
        en="The folder to write the copies into (made if missing).",
    ),
    "chart --output": Words(th="ภาพ: .png, .svg หรือ .pdf", en="The picture: .png, .svg or .pdf."),
    "report --output": Words(th="รายงาน: .html", en="The report: .html."),
    "template --output": Words(
        th="จังหวัดเดียว: ไฟล์ .xlsx หลายจังหวัด: โฟลเดอร์ หรือไฟล์ .zip กับ --zip",
        en="One province: its .xlsx. Several: a folder, or a .zip with --zip.",
    ),
    "history export --output": Words(th="ไฟล์ที่จะเขียน: .xlsx หรือ .csv", en="The file to write: .xlsx or .csv."),
    "history backup --output": Words(th="ไฟล์สำเนาที่จะเขียน", en="The copy to write."),
    "--db": Words(
        th="ที่เก็บประวัติ (ค่าตั้งต้น: $CENTERTRACK_DB หรือโฟลเดอร์ข้อมูลของผู้ใช้: ดู history list)",
        en="The history store (default: $CENTERTRACK_DB, else the user's data folder: see history list).",
    ),
    "--period": Words(
        th="รอบรายงานในที่เก็บประวัติ แทนไฟล์", en="A round of the history store, in place of paths."
    ),
    "template --period": Words(
        th="เดือนของรอบรายงาน ปี ค.ศ. หรือ พ.ศ. ค่าตั้งต้น: เดือนนี้",
        en="The round's month, CE or BE year; default: this one.",
    ),
    "history add --period": Words(
        th="รอบรายงาน (ปี-เดือน) ค่าตั้งต้น: เดือนของวันที่ข้อมูลในแต่ละตาราง",
        en="The round (YYYY-MM); default: each sheet's as-of month.",
    ),
    "history show --period": Words(th="รอบรายงานรายเดือน ปี-เดือน", en="The monthly round, YYYY-MM."),
    "history missing --period": Words(
        th="รอบรายงานรายเดือน ปี-เดือน ค่าตั้งต้น: รอบล่าสุด", en="The monthly round, YYYY-MM; default: the latest."
    ),
    "--format": Words(th="text หรือ json", en="text or json."),
    "summarize --format": Words(th="text, json หรือ csv", en="text, json or csv."),
    "annex --format": Words(th="เมื่อไม่มี -o: text (ตาราง) หรือ json", en="Without -o: text (a table) or json."),
    "--by": Words(
        th="province (ค่าตั้งต้น) หรือแสดงแต่ละอำเภอหรือ อปท. ของตารางรายละเอียด",
        en="province (default), or list each district or LAO of detail sheets.",
    ),
    "summarize --province": Words(
        th="ใช้กับ --by: เฉพาะจังหวัดนี้ (ชื่อภาษาไทยหรือภาษาอังกฤษ)",
        en="With --by: only this province (Thai or English name).",
    ),
    "chart --province": Words(
        th="ทุกรอบรายงาน: ของจังหวัดเดียว ไม่ใช่ทั้งประเทศ (ชื่อภาษาไทยหรือภาษาอังกฤษ)",
        en="Over the rounds: one province's, not the country's (Thai or English name).",
    ),
    "template --province": Words(
        th="จังหวัด (ชื่อภาษาไทยหรือภาษาอังกฤษ หรือรหัส) ใส่ซ้ำได้หลายจังหวัด",
        en="A province (Thai or English name, or code); repeat for more.",
    ),
    "--province": Words(
        th="จังหวัดเดียว: รหัสกรมการปกครอง ชื่อภาษาไทยหรือภาษาอังกฤษ",
        en="One province: its DOPA code, Thai or English name.",
    ),
    "--missing": Words(th="ใช้กับ --by: เฉพาะที่ยังไม่มีศูนย์", en="With --by: only places without a center."),
    "--keys": Words(
        th="CSV: ใช้คีย์ภาษาอังกฤษที่คงที่ของ JSON เป็นหัวตาราง และค่าแบบ JSON (true, 2018-04-10)",
        en="CSV: the JSON's stable English keys as the header, and its values (true, 2018-04-10).",
    ),
    "--style": Words(
        th="list: ลำดับที่ และ จังหวัด; progress: แบบรายงานความคืบหน้าพร้อมแถวรวม",
        en="list: ลำดับที่ and จังหวัด; progress: the progress form with its รวม row.",
    ),
    "annex --digits": Words(
        th="arabic (1 2 3) หรือ thai (๑ ๒ ๓) รวมถึงวันที่", en="arabic (1 2 3) or thai (๑ ๒ ๓), dates included."
    ),
    "chart --digits": Words(th="arabic (1 2 3) หรือ thai (๑ ๒ ๓)", en="arabic (1 2 3) or thai (๑ ๒ ๓)."),
    "annex --order": Words(
        th="thai: เรียงตามพจนานุกรม อย่างในหนังสือ; remaining: ที่ยังขาดมากที่สุดก่อน",
        en="thai: dictionary order, as in the letter; remaining: furthest behind first.",
    ),
    "chart --order": Words(
        th="thai: เรียงตามพจนานุกรม; remaining: ที่ยังขาดมากที่สุดก่อน; percent: ร้อยละ",
        en="thai: dictionary order; remaining: furthest behind first; percent.",
    ),
    "--as-of": Words(
        th="วันที่ท้ายตาราง (10/4/61, 10 เมษายน 2561, 2018-04-10) ค่าตั้งต้น: วันที่ของข้อมูล",
        en="Footer date (10/4/61, 10 เมษายน 2561, 2018-04-10); default: the data's.",
    ),
    "--title": Words(
        th="หัวเรื่องแทนหัวเรื่องของตัวชี้วัด ใส่ซ้ำได้หลายบรรทัด",
        en="A title line instead of the indicator's own; repeat for more lines.",
    ),
    "--complete": Words(
        th="แสดงจังหวัดของทั้งประเทศที่ไม่มีในข้อมูลด้วย",
        en="Also list the provinces of the country that the input lacks.",
    ),
    "validate --all": Words(
        th="แสดงทุกปัญหา (ปกติแสดง {per_kind} รายการแรกของแต่ละชนิดต่อไฟล์ JSON มีทั้งหมดเสมอ)",
        en="List every issue (else the first {per_kind} of each kind per file; JSON has all).",
    ),
    "feedback --all": Words(
        th="ทำสำเนาของทุกไฟล์ที่อ่าน รวมไฟล์ที่ไม่มีปัญหา", en="A copy of every file read, those without a problem too."
    ),
    "template --all": Words(
        th="ทุกจังหวัดที่กรมฯ กำกับดูแล (76) จังหวัดละหนึ่งสมุดงาน",
        en="Every province DLA supervises (76), one workbook each.",
    ),
    "feedback --zip": Words(
        th="รวมสำเนาเป็นไฟล์ .zip ไฟล์เดียว (ผลการตรวจสอบ.zip หรือ feedback.zip กับ --lang en)",
        en="One zip of the copies (ผลการตรวจสอบ.zip, or feedback.zip with --lang en).",
    ),
    "template --zip": Words(
        th="รวมสมุดงานเป็นไฟล์ .zip ที่ -o ระบุ", en="Bundle the workbooks into the .zip -o names."
    ),
    "--level": Words(
        th="district (4.2) หรือ lao (4.1): แถวละหนึ่งแห่ง เป็นค่าตั้งต้น; province: แบบรายงานของหนังสือ",
        en="district (4.2) or lao (4.1): a row per place, the default; province: the letter's form.",
    ),
    "--kind": Words(
        th="provinces: แท่งละหนึ่งจังหวัด; statistics: เรื่องที่รับและช่วยเหลือแล้วของตัวชี้วัด 4.1 รายจังหวัด "
        "(หรือรายรอบกับ --db โดยไม่มี --period); trend: ทุกรอบในที่เก็บประวัติ (--period: จนถึงรอบนั้น)",
        en="provinces: a bar per province; statistics: 4.1's requests received and assisted, per province "
        "(or per round with --db and no --period); trend: the history store's rounds (--period: up to that round).",
    ),
    "--number": Words(
        th="เลขที่หนังสือ: 'มท ๐๘๑๐.๗/ว ๑๐๕๕' หรือ 1055 ต่อท้ายรหัสของหน่วยงาน",
        en="The letter's number: 'มท ๐๘๑๐.๗/ว ๑๐๕๕', or 1055 after the unit's prefix.",
    ),
    "--date": Words(
        th="วันที่ของหนังสือ (2018-04-10, 10/4/61) ค่าตั้งต้น: วันนี้",
        en="The letter's date (2018-04-10, 10/4/61); default: today.",
    ),
    "--urgency": Words(
        th="ชั้นความเร็ว พิมพ์สีแดง: ด่วนที่สุด, ด่วนมาก, ด่วน หรือ none",
        en="The urgency mark, in red: ด่วนที่สุด, ด่วนมาก, ด่วน or none.",
    ),
    "--refer": Words(
        th="หนังสือที่อ้างถึง 'มท 0810.7/ว 2796 12/12/60' (ใส่ซ้ำได้) หนังสือของตัวชี้วัดอ้างถึงเสมอ",
        en="An earlier letter to cite, 'มท 0810.7/ว 2796 12/12/60' (repeatable); "
        "the indicator's own letter is always cited.",
    ),
    "--template": Words(
        th="แม่แบบ (.docx) ที่แก้ไขแล้ว แทนแม่แบบที่มากับโปรแกรม",
        en="An edited template (.docx) instead of the shipped one.",
    ),
    "--write-template": Words(
        th="เขียนแม่แบบที่มากับโปรแกรมลงไฟล์ .docx นี้ เพื่อแก้ไขใน Word",
        en="Write the shipped template to this .docx, to edit in Word.",
    ),
    "--per-province": Words(
        th="หนังสือจังหวัดละหนึ่งฉบับถึงจังหวัดที่ยังไม่ครบ ลงในโฟลเดอร์นี้ (ใช้กับ -o หรือไม่ก็ได้)",
        en="One letter per lagging province, into this folder (with -o or without).",
    ),
    "history diff start": Words(
        th="รอบที่เก็บไว้ ปี-เดือน ค่าตั้งต้น: สองรอบล่าสุด", en="A stored round, YYYY-MM; default: the last two."
    ),
    "history diff end": Words(
        th="รอบที่เก็บไว้ที่หลังกว่า (หรือก่อนกว่า) ปี-เดือน", en="A later (or earlier) stored round, YYYY-MM."
    ),
}

# `round`, `round-close` and `history log` keep their words in a module of their own.
from centertrack.catalog.round_help import COMMANDS as _ROUND_COMMANDS  # noqa: E402
from centertrack.catalog.round_help import OPTIONS as _ROUND_OPTIONS  # noqa: E402

COMMANDS.update(_ROUND_COMMANDS)
OPTIONS.update(_ROUND_OPTIONS)
