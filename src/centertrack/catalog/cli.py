"""The command line's own words: refusals it says in its terms (its options by name), over the words
every front end shares (``console.said`` looks here first)."""

from __future__ import annotations

from centertrack.catalog.words import Words

CLI: dict[str, Words] = {
    # options that go together
    "province-without-rounds": Words(
        th="--province ใช้คู่กับ --kind trend หรือ --kind statistics กับ --db (ทุกรอบรายงาน)",
        en="--province goes with --kind trend, or --kind statistics with --db (the rounds)",
    ),
    "letter-without-output": Words(
        th="ระบุที่จะเขียนหนังสือ: -o ชื่อไฟล์.docx หรือ --per-province โฟลเดอร์ หรือทั้งสองอย่าง",
        en="say where to write: -o FILE.docx, or --per-province DIR, or both",
    ),
    "places-without-by": Words(
        th="{option} ใช้กับรายการอำเภอหรือ อปท.: ใช้คู่กับ --by district หรือ --by lao",
        en="{option} lists places: use it with --by district or --by lao",
    ),
    # the run's end
    "interrupted": Words(
        th="หยุดแล้ว ไม่มีไฟล์ผลลัพธ์ที่เขียนค้างไว้ครึ่งเดียว", en="interrupted; no output file was left half written"
    ),
    "unexpected-error": Words(
        th="ข้อผิดพลาดที่ไม่คาดคิด ({name}) เป็นข้อบกพร่องของโปรแกรม กรุณาแจ้งพร้อมผลของคำสั่งเดิมที่เพิ่ม --debug",
        en="unexpected error ({name}): this is a bug; please report it with the output of the same command run with --debug",
    ),
    # what was written, after the ✓ and the file's name
    "provinces-count": Words(th=" ({count} จังหวัด)", en=" ({count:n/province/provinces})"),
    "letters-count": Words(th=": {count} ฉบับ", en=": {count} letters"),
    "letters-provinces": Words(th=" ({count} จังหวัด)", en=" ({count} provinces)"),
    "no-letter": Words(
        th="ทุกจังหวัดที่รายงานครบตามเป้าหมายแล้ว: ไม่ได้เขียนหนังสือ",
        en="no province lags behind its target: no letter written",
    ),
    "templates-written": Words(
        th=" ({count} แบบรายงาน, {rows:,} {unit})",
        en=" ({count:n/workbook/workbooks}, {rows:n/{unit} row/{unit} rows})",
    ),
    "nothing-to-send-back": Words(
        th="อ่าน {files} ไฟล์ ไม่มีไฟล์ใดมีข้อผิดพลาดหรือคำเตือน: ไม่มีอะไรต้องส่งกลับ จึงไม่ได้เขียนสำเนาลง {folder}"
        " (--all เขียนสำเนาของทุกไฟล์)",
        en="{files:n/file/files} read, none with an error or a warning: nothing to send back, nothing"
        " written to {folder} (--all writes a copy of every file)",
    ),
    "copies-bundled": Words(th=" ({count} ไฟล์)", en=" ({count:n/file/files})"),
    "tally-error": Words(th="{count:,} ข้อผิดพลาด", en="{count:n/error/errors}"),
    "tally-warning": Words(th="{count:,} คำเตือน", en="{count:n/warning/warnings}"),
    "tally-notice": Words(th="{count:,} หมายเหตุ", en="{count:n/notice/notices}"),
    # history add, a line per report
    "report-stored": Words(
        th="รอบ {period}, {provinces} จังหวัด{flawed}",
        en="round {period}, {provinces:n/province/provinces}{flawed}",
    ),
    "stored-with-errors": Words(th=" ⚠ มีข้อผิดพลาด", en=" ⚠ with errors"),
    "already-stored": Words(th="เก็บไว้แล้ว (#{report})", en="already stored (#{report})"),
    "regression": Words(
        th="จัดตั้งแล้วลดลง {before} → {after} ({earlier} → {period}): ตรวจหมายเหตุ",
        en="established fell {before} → {after} ({earlier} → {period}): a regression; check its remarks",
    ),
    "store-at": Words(th="คลังประวัติ: {path}", en="store: {path}"),
    # the parser's errors, by what they are (cli/usage.py), and the line that follows them
    "no-paths": Words(
        th="ไม่ได้ระบุ PATH: ระบุไฟล์แบบรายงาน ({suffixes}) หรือโฟลเดอร์ของไฟล์",
        en="no PATH given: name the progress sheets ({suffixes}) or their folders",
    ),
    "argument-missing": Words(th="ไม่ได้ระบุ {name}", en="no {name} given"),
    "option-required": Words(th="ต้องระบุ {name}", en="{name} is required"),
    "no-such-option": Words(th="ไม่มีตัวเลือก {option}{did_you_mean}", en="no option {option}{did_you_mean}"),
    "option-needs-a-value": Words(th="{option} ต้องตามด้วยค่า", en="{option} needs a value after it"),
    "option-takes-no-value": Words(th="{option} ไม่ต้องมีค่าตามหลัง", en="{option} takes no value"),
    "value-not-taken": Words(th="ค่าของ {name} ไม่ถูกต้อง", en="{name}: not a value it takes"),
    "value-not-a-choice": Words(
        th="{name} {value!r}: ไม่มีค่านี้ ใช้ {choices:list/, / หรือ }{did_you_mean}",
        en="{name} {value!r}: use {choices:list/, / or }{did_you_mean}",
    ),
    "did-you-mean-value": Words(th=" (หมายถึง {value} หรือไม่?)", en=" (did you mean {value}?)"),
    "no-such-command": Words(
        th="ไม่มีคำสั่ง {command!r}{did_you_mean}", en="no command {command!r}{did_you_mean}"
    ),
    "did-you-mean-names-cli": Words(
        th=": หมายถึง {names:list/, / หรือ } หรือไม่?", en="; did you mean {names:list/, / or }?"
    ),
    "extra-arguments": Words(th="มีคำเกินมา: {extra}", en="one word too many: {extra}"),
    "command-line-wrong": Words(th="ใช้คำสั่งไม่ถูกต้อง", en="the command line is not right"),
    "see-help": Words(th="ดูวิธีใช้ด้วย {command} --help", en="Try '{command} --help' for help."),
    "aborted": Words(th="ยกเลิกแล้ว", en="aborted"),
    "format-and-output": Words(
        th="--format {format} กับ -o {output}: -o เขียนไฟล์ตามนามสกุลของชื่อไฟล์ ตั้งชื่อไฟล์เป็น .{format} หรือไม่ต้องใช้ --format",
        en="--format {format} with -o {output}: -o writes the type its extension names; name the file .{format}, or leave out --format",
    ),
    "rounds-need-store": Words(
        th="--kind {kind} ต้องใช้ --db (ที่เก็บประวัติรายงานรายเดือน) แทนไฟล์; ไฟล์ให้ข้อมูลได้รอบเดียว",
        en="--kind {kind} needs --db (the history store of the monthly rounds), not paths; files give one round",
    ),
    "paths-and-period": Words(
        th="ให้ระบุไฟล์ หรือ --period (รอบรายงานในที่เก็บประวัติ) อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง",
        en="give either paths or --period (a round of the history store), not both",
    ),
    "store-without-period": Words(
        th="--db ต้องใช้คู่กับ --period: รอบรายงานที่จะใช้", en="--db needs --period: the round of the store to use"
    ),
    "no-inputs": Words(
        th="ให้ระบุไฟล์แบบรายงานที่จะอ่าน หรือ --period ปี-เดือน (เช่น 2018-04) สำหรับรอบที่เก็บไว้",
        en="give the progress sheets to read, or --period YYYY-MM for a stored round",
    ),
    "inputs-have-errors": Words(
        th="แก้ข้อผิดพลาด หรือใช้ --allow-errors", en="fix the errors, or use --allow-errors"
    ),
    "round-has-errors": Words(
        th="รอบ {period} มีรายงานที่เก็บไว้พร้อมข้อผิดพลาด ({reports}) ใช้ --allow-errors",
        en="the round {period} holds reports stored with errors ({reports}); use --allow-errors",
    ),
    "chart-of-registers-only": Words(
        th="ข้อมูลมีแต่ทะเบียนรับเรื่อง ซึ่งไม่บอกการจัดตั้งศูนย์ ใช้ --kind statistics",
        en="the inputs are registers of requests only, which say nothing of the centers; use --kind statistics",
    ),
    "store-without-statistics": Words(
        th="ที่เก็บประวัติไม่มีสถิติการช่วยเหลือ (ตาราง อปท. ของตัวชี้วัด 4.1 หรือทะเบียนรับเรื่อง) "
        "เพิ่มด้วย centertrack history add",
        en="the store holds no assistance statistics (4.1 LAO-level sheets or registers); add them with "
        "`centertrack history add`",
    ),
    "copies-not-a-folder": Words(
        th="ไม่ใช่โฟลเดอร์ -o ต้องระบุโฟลเดอร์ที่จะเขียนสำเนาลงไป",
        en="not a folder; -o names the folder the copies are written into",
    ),
    "letters-not-a-folder": Words(
        th="ไม่ใช่โฟลเดอร์ --per-province ต้องระบุโฟลเดอร์ที่จะเขียนหนังสือลงไป",
        en="not a folder; --per-province takes the folder to write into",
    ),
    "all-and-provinces": Words(
        th="ใช้ --all หรือ --province อย่างใดอย่างหนึ่ง", en="--all or --province, not both"
    ),
    "no-province": Words(
        th="ระบุจังหวัดด้วย --province (ใส่ซ้ำได้หลายจังหวัด) หรือใช้ --all สำหรับทุกจังหวัด",
        en="name a province with --province (repeat it for more), or use --all",
    ),
    "template-zip-name": Words(
        th="--zip เขียนไฟล์ .zip ตั้งชื่อให้ลงท้ายด้วย .zip (เช่น templates-{indicator}.zip)",
        en="--zip writes a .zip; name it so (e.g. templates-{indicator}.zip)",
    ),
    "templates-folder-name": Words(
        th="แบบรายงานหลายจังหวัดเขียนลงโฟลเดอร์ ให้ระบุชื่อโฟลเดอร์ (หรือใช้ --zip)",
        en="several provinces are written into a folder; name one (or use --zip)",
    ),
}
