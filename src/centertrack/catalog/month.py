"""The month's operations: what they refuse, and what they ask the front ends to say, in any front end's
terms (the command line words some of them in its own: catalog/cli.py)."""

from __future__ import annotations

from centertrack.catalog.words import Words

MONTH: dict[str, Words] = {
    "inputs-unreadable": Words(th="อ่านไฟล์ไม่ได้", en="a file could not be read"),
    "no-sheet": Words(th="ไม่มีตารางที่อ่านได้", en="no sheet could be read"),
    "inputs-have-errors": Words(th="แก้ข้อผิดพลาดแล้วส่งไฟล์ใหม่", en="fix the errors and send the files again"),
    "inputs-of-several-dates": Words(
        th="ข้อมูลต่างวันที่กัน {count} วัน: {parts:join/; } — สรุปเป็นข้อมูล ณ วันที่ {latest}",
        en="the inputs are as of {count} dates: {parts:join/; } — summed up as of {latest}",
    ),
    "date-with-files": Words(th="{date} ({files})", en="{date} ({files})"),
    "date-with-file-count": Words(th="{date} ({count} ไฟล์)", en="{date} ({count:n/file/files})"),
    "province-not-under-dla": Words(
        th="ไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น", en="it is not under DLA"
    ),
    "province-unknown": Words(
        th="ไม่ใช่ชื่อจังหวัดที่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น"
        " เขียนชื่อจังหวัดภาษาไทยหรือภาษาอังกฤษ{did_you_mean}",
        en="not a province under DLA; write its Thai or English name{did_you_mean}",
    ),
    "did-you-mean-province-name": Words(
        th=" (หมายถึง {names_th:join/ หรือ } หรือไม่?)", en=" (did you mean {names:join/ or }?)"
    ),
    "round-has-errors": Words(
        th="รอบ {period} มีรายงานที่เก็บไว้พร้อมข้อผิดพลาด ({reports})",
        en="the round {period} holds reports stored with errors ({reports})",
    ),
    "no-district-sheet": Words(
        th="ไม่มีไฟล์ใดเป็นแบบรายงานรายอำเภอ (แถวละหนึ่งอำเภอ)",
        en="none of the inputs is a district-level sheet (one row per district)",
    ),
    "no-lao-sheet": Words(
        th="ไม่มีไฟล์ใดเป็นแบบรายงานราย อปท. (แถวละหนึ่ง อปท.)",
        en="none of the inputs is a lao-level sheet (one row per LAO)",
    ),
    "diff-needs-two-rounds": Words(
        th="ที่เก็บประวัติมี {count} รอบ: ต้องมีอย่างน้อยสองรอบจึงเทียบกันได้",
        en="the store holds {count:n/round/rounds}: two are needed to compare",
    ),
    "backup-is-the-store": Words(
        th="เป็นไฟล์ที่เก็บประวัติเอง ตั้งชื่อไฟล์สำรองใหม่", en="this is the store itself; choose another name"
    ),
    "rounds-need-store": Words(
        th="ภาพของทุกรอบรายงานมาจากที่เก็บประวัติ ไม่ใช่จากไฟล์ ไฟล์ให้ข้อมูลได้รอบเดียว",
        en="the rounds come from the history store, not from files; files give one round",
    ),
    "output-type-unknown": Words(th="ไม่รู้จักชนิดไฟล์นี้ ใช้ {known}", en="unknown output type; use {known}"),
    "output-folder-missing": Words(
        th="ไม่มีโฟลเดอร์ {folder} สร้างโฟลเดอร์ก่อน หรือเลือกโฟลเดอร์อื่น", en="the folder {folder} does not exist"
    ),
    "chart-of-registers-only": Words(
        th="ข้อมูลมีแต่ทะเบียนรับเรื่อง ซึ่งไม่บอกการจัดตั้งศูนย์ จึงวาดได้เฉพาะสถิติการช่วยเหลือ",
        en="the inputs are registers of requests only, which say nothing of the centers: only the "
        "assistance can be drawn",
    ),
    "province-not-stored": Words(th="ไม่มีรายงานของจังหวัดนี้ในที่เก็บ{until}", en="no report of it stored{until}"),
    "up-to-round": Words(th=" จนถึงรอบ {period}", en=" up to the round {period}"),
    "no-round-stored": Words(th="ไม่มีรอบรายงานที่เก็บไว้จนถึงรอบ {period}", en="no round stored up to {period}"),
    "province-without-statistics": Words(
        th="ไม่มีสถิติการช่วยเหลือของจังหวัดนี้ในที่เก็บ", en="no assistance statistics of it stored"
    ),
    "store-without-statistics": Words(
        th="ที่เก็บประวัติไม่มีสถิติการช่วยเหลือ (ตาราง อปท. ของตัวชี้วัด 4.1 หรือทะเบียนรับเรื่อง)",
        en="the store holds no assistance statistics (4.1 LAO-level sheets or registers)",
    ),
    "template-not-found": Words(
        th="ไม่พบแม่แบบหนังสือ ตรวจสอบชื่อไฟล์และโฟลเดอร์", en="cannot read the template: {reason}"
    ),
    "template-unreadable": Words(
        th="อ่านแม่แบบหนังสือไม่ได้ ตรวจสอบสิทธิ์การเข้าถึงไฟล์", en="cannot read the template: {reason}"
    ),
    "copies-not-a-folder": Words(
        th="ไม่ใช่โฟลเดอร์ ต้องเป็นโฟลเดอร์ที่จะเขียนสำเนาลงไป",
        en="not a folder: the copies are written into a folder",
    ),
    "copies-inside-inputs": Words(
        th="อยู่ในโฟลเดอร์ {folder} ที่อ่านเข้ามา ครั้งต่อไปสำเนาจะถูกอ่านเป็นแบบรายงานด้วย ให้เขียนไว้นอกโฟลเดอร์นั้น",
        en="inside the input folder {folder}, where the next run would read the copies as reports; "
        "write them outside that folder",
    ),
    "copies-beside-input": Words(
        th="เป็นโฟลเดอร์ของไฟล์ {path} ที่อ่านเข้ามา การอ่านโฟลเดอร์นี้ครั้งต่อไปจะอ่านสำเนาเป็นแบบรายงานด้วย "
        "ให้เขียนลงโฟลเดอร์อื่น",
        en="the folder of the input {path}, where a run over it would read the copies as reports; "
        "write them into another folder",
    ),
    "templates-not-a-folder": Words(
        th="ไม่ใช่โฟลเดอร์ แบบรายงานหลายฉบับต้องเขียนลงโฟลเดอร์",
        en="not a folder; several templates go into a folder",
    ),
    "template-xlsx-name": Words(
        th="แบบรายงานเป็นไฟล์ .xlsx ตั้งชื่อให้ลงท้ายด้วย .xlsx", en="a template is an .xlsx; name it so"
    ),
    "template-province-unknown": Words(th="ไม่ใช่ชื่อจังหวัด{did_you_mean}", en="not a province{did_you_mean}"),
    "template-province-not-under-dla": Words(
        th="กรุงเทพมหานครไม่อยู่ในความรับผิดชอบของกรมส่งเสริมการปกครองท้องถิ่น{did_you_mean}",
        en="Bangkok is not under DLA{did_you_mean}",
    ),
    "did-you-mean-names": Words(
        th=" (หมายถึง {names_th:join/ หรือ } หรือไม่?)", en=": did you mean {names_th:join/ or }?"
    ),
}
