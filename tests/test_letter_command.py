"""`centertrack letter`: the gate, the outputs, the template options and their refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.reports.letter_template import shipped_template

DATA = Path(__file__).parent / "data" / "letter"
CORRECTED = DATA / "seed-progress-4.2-corrected.xlsx"
SEED = DATA / "seed-progress-4.2.xlsx"  # row 7: พิจิตร with Phang Nga's 8 districts, an error
SEED_ARGS = ("--number", "มท ๐๘๑๐.๗/ว ๑๐๕๕", "--date", "2018-04-10")

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CENTERTRACK_SETTINGS", str(tmp_path / "no-settings.toml"))


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["letter", *map(str, args)], env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def texts(path: Path) -> list[str]:
    # A non-breaking space (where typists keep words on one line) read as the space it shows.
    return [p.text.replace("\u00a0", " ") for p in Document(str(path)).paragraphs if p.text]


def test_a_letter_dated_far_from_its_figures_is_warned_of_in_the_run_s_language(tmp_path: Path) -> None:
    """Issue 27: without --date a letter about 2561 is dated today, and nothing warned."""
    code, _, stderr = run(CORRECTED, "--date", "2019-04-10", "-o", tmp_path / "a.docx")
    assert code == 0
    assert "⚠ หนังสือลงวันที่ 10 เมษายน 2562 หลังวันที่ของข้อมูล (10 เมษายน 2561) 365 วัน" in stderr
    code, _, stderr = run(CORRECTED, "--date", "2018-03-01", "-o", tmp_path / "b.docx", "--lang", "en")
    assert code == 0 and "⚠ the letter is dated 1 March 2018, 40 days before its figures" in stderr
    code, _, stderr = run(CORRECTED, "-o", tmp_path / "c.docx")  # today: years after 2561
    assert code == 0 and "⚠ หนังสือลงวันที่" in stderr and "(10 เมษายน 2561)" in stderr


def test_the_seed_letter_is_written(tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    code, stdout, stderr = run(CORRECTED, *SEED_ARGS, "-o", target)
    assert (code, stdout, stderr) == (0, "", f"✓ {target} (10 จังหวัด)\n")
    paragraphs = texts(target)
    assert paragraphs[:3] == [
        "ด่วนที่สุด",
        "ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕",
        "ถึง สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด (ตามบัญชีแนบท้าย)",
    ]


def test_urgency_none_and_a_further_reference(tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    extra = ("--urgency", "none", "--refer", "ด่วนที่สุด มท 0810.7/ว 2796 12/12/60")
    assert run(CORRECTED, *SEED_ARGS, *extra, "-o", target)[0] == 0
    paragraphs = texts(target)
    assert paragraphs[0] == "ที่ มท ๐๘๑๐.๗/ว ๑๐๕๕"
    assert paragraphs[2].startswith(
        "ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๒๗๙๖ ลงวันที่ ๑๒ ธันวาคม ๒๕๖๐ "
        "และหนังสือกรมส่งเสริมการปกครองท้องถิ่น ด่วนที่สุด ที่ มท ๐๘๑๐.๗/ว ๔๓๕ ลงวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๑ แจ้งให้"
    )


def test_errors_stop_the_letter_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    code, _, stderr = run(SEED, *SEED_ARGS, "-o", target, "--per-province", tmp_path / "provinces")
    assert code == 1
    assert "--allow-errors" in stderr
    assert not target.exists() and not (tmp_path / "provinces").exists()


def test_per_province_letters_with_allowed_errors_name_what_to_fix(tmp_path: Path) -> None:
    folder = tmp_path / "provinces"
    code, _, stderr = run(SEED, *SEED_ARGS, "--allow-errors", "--per-province", folder, "--lang", "en")
    assert code == 0, stderr
    assert stderr.endswith(f"✓ {folder}: 10 letters\n")
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 10 and "66-phichit.docx" in names and "24-chachoengsao.docx" in names
    phichit = texts(folder / "66-phichit.docx")
    assert "ถึง สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพิจิตร" in phichit
    assert "ทั้งนี้ ขอให้ตรวจสอบและแก้ไขข้อมูลในแบบรายงานของจังหวัด ดังนี้" in phichit
    assert any(p.startswith("- Sheet1!C12: จำนวนทั้งหมด 8 ไม่ตรงกับจำนวนอำเภอของพิจิตร") for p in phichit)
    # The province's own row of the form, marked as --allow-errors marks it.
    rows = [[c.text for c in row.cells] for row in Document(str(folder / "66-phichit.docx")).tables[0].rows]
    assert rows[1][:5] == ["1", "พิจิตร", "8", "7", "1"] and "ข้อมูลมีข้อผิดพลาด" in rows[1][5]
    chachoengsao = texts(folder / "24-chachoengsao.docx")
    assert not any("ตรวจสอบและแก้ไข" in p for p in chachoengsao)  # its row had no problem


def test_a_round_where_no_province_lags_writes_nothing(tmp_path: Path) -> None:
    sheet = tmp_path / "done.csv"
    sheet.write_text("ลำดับที่,จังหวัด,จำนวนทั้งหมด,จัดตั้งแล้ว,ยังไม่ได้จัดตั้ง\n1,ภูเก็ต,3,3,0\n", encoding="utf-8")
    target = tmp_path / "out" / "letter.docx"
    target.parent.mkdir()
    code, _, stderr = run(sheet, "-o", target, "--lang", "en")
    assert code == 0
    assert stderr.strip().endswith("no province lags behind its target: no letter written")
    assert not target.exists()


def test_write_template_then_use_it(tmp_path: Path) -> None:
    template = tmp_path / "mine.docx"
    assert run("--write-template", template) == (0, "", f"✓ {template}\n")
    assert template.read_bytes() == shipped_template()
    assert run("--write-template", template)[0] == 2  # exists: --force to replace it
    target = tmp_path / "letter.docx"
    assert run(CORRECTED, *SEED_ARGS, "--template", template, "-o", target)[0] == 0


def test_a_template_with_unknown_or_missing_fields_is_refused_with_exit_2(tmp_path: Path) -> None:
    document = Document(str(_written_template(tmp_path)))
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            run_.text = run_.text.replace("{{ number }}", "{{ numero }}")
    bad = tmp_path / "bad.docx"
    document.save(str(bad))
    target = tmp_path / "letter.docx"
    code, _, stderr = run(CORRECTED, *SEED_ARGS, "--template", bad, "-o", target, "--lang", "en")
    assert code == 2
    assert stderr.startswith(
        f"centertrack: {bad}: the template has unknown field(s) {{{{ numero }}}} "
        "and missing field(s) {{ number }};"
    )
    assert not target.exists()


def _written_template(tmp_path: Path) -> Path:
    path = tmp_path / "template.docx"
    path.write_bytes(shipped_template())
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give the progress sheets to read, or --period YYYY-MM for a stored round"),
        ((CORRECTED,), "say where to write: -o FILE.docx, or --per-province DIR, or both"),
        ((CORRECTED, "-o", "letter.pdf", "--lang", "en"), "letter.pdf: unknown output type; use .docx"),
        ((CORRECTED, "--date", "31/2/61", "-o", "x.docx"), "--date '31/2/61': impossible date"),
        ((CORRECTED, "--template", "missing.docx", "-o", "x.docx"), "missing.docx: cannot read the template"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str | Path, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(*args, "--lang", "en")
    assert code == 2
    assert stderr.startswith(f"centertrack: {message}")
    assert len(stderr.splitlines()) == 1


def test_an_existing_letter_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "letter.docx"
    target.write_bytes(b"old")
    assert run(CORRECTED, *SEED_ARGS, "-o", target)[0] == 2
    assert target.read_bytes() == b"old"
    assert run(CORRECTED, *SEED_ARGS, "-o", target, "--force")[0] == 0
    assert target.read_bytes()[:2] == b"PK"


def test_a_provinces_letter_already_there_stops_every_letter_before_any_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "provinces"
    folder.mkdir()
    (folder / "63-tak.docx").write_bytes(b"old")
    target = tmp_path / "letter.docx"
    code, _, stderr = run(CORRECTED, *SEED_ARGS, "-o", target, "--per-province", folder, "--lang", "en")
    assert code == 2
    assert "63-tak.docx: the file exists; use --force" in stderr
    assert not target.exists() and [p.name for p in folder.iterdir()] == ["63-tak.docx"]
    assert run(CORRECTED, *SEED_ARGS, "-o", target, "--per-province", folder, "--force")[0] == 0
    assert len(list(folder.iterdir())) == 10 and (folder / "63-tak.docx").read_bytes()[:2] == b"PK"


HEADER = "ลำดับที่,จังหวัด,จำนวนทั้งหมด (แห่ง),จัดตั้งแล้ว (แห่ง),ยังไม่ได้จัดตั้ง (แห่ง),หมายเหตุ"


def sheet(path: Path, rows: list[tuple[str, int, int]], day: str) -> Path:
    """A province-level progress sheet (CSV): (province, total, established) per row, footer date."""
    lines = [HEADER, *(f"{n},{p},{t},{e},{t - e}," for n, (p, t, e) in enumerate(rows, 1))]
    path.write_text("\n".join([*lines, "", f"อัปเดตวันที่ {day}"]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three rounds, made with `history add`: ฉะเชิงเทรา stands at 5 since March; ตาก at 1 since
    February, and it sent nothing in March; พังงา reports for the first time in April."""
    path = tmp_path / "store" / "history.sqlite3"
    monkeypatch.setenv("CENTERTRACK_DB", str(path))
    feb = sheet(tmp_path / "feb.csv", [("ฉะเชิงเทรา", 11, 2), ("ตาก", 9, 1)], "15/2/61")
    mar = sheet(tmp_path / "mar.csv", [("ฉะเชิงเทรา", 11, 5)], "15/3/61")
    apr = sheet(tmp_path / "apr.csv", [("ฉะเชิงเทรา", 11, 5), ("ตาก", 9, 1), ("พังงา", 8, 3)], "10/4/61")
    for each in (feb, mar, apr):
        result = runner.invoke(app, ["history", "add", str(each), "--lang", "en"])
        assert result.exit_code == 0, result.stderr
    return path


def test_a_stored_round_gives_the_letter_its_files_give(tmp_path: Path, store: Path) -> None:
    files, stored = tmp_path / "files.docx", tmp_path / "stored.docx"
    assert run(tmp_path / "apr.csv", *SEED_ARGS, "-o", files)[0] == 0
    code, _, stderr = run("--db", store, "--period", "2018-04", *SEED_ARGS, "-o", stored)
    assert (code, stderr) == (0, f"✓ {stored} (3 จังหวัด)\n")
    assert texts(stored) == texts(files)
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in Document(str(files)).tables]
    assert [[[c.text for c in r.cells] for r in t.rows] for t in Document(str(stored)).tables] == tables


def test_a_provinces_letter_from_the_store_says_since_when_it_stands_and_the_round_it_missed(
    tmp_path: Path, store: Path
) -> None:
    folder, from_files = tmp_path / "stored", tmp_path / "files"
    code, _, stderr = run("--period", "2018-04", *SEED_ARGS, "--per-province", folder)  # $CENTERTRACK_DB
    assert code == 0, stderr
    assert run(tmp_path / "apr.csv", *SEED_ARGS, "--per-province", from_files)[0] == 0
    status = {
        name: next(p for p in texts(folder / name) if p.startswith("สำหรับจังหวัด"))
        for name in ("24-chachoengsao.docx", "63-tak.docx", "82-phang-nga.docx")
    }
    assert status["24-chachoengsao.docx"].endswith(
        "ยังไม่ได้จัดตั้งอีก ๖ ศูนย์ โดยจำนวนที่จัดตั้งแล้วไม่เพิ่มขึ้นตั้งแต่รอบเดือนมีนาคม ๒๕๖๑"
    )
    assert status["63-tak.docx"].endswith(
        "ยังไม่ได้จัดตั้งอีก ๘ ศูนย์ โดยจำนวนที่จัดตั้งแล้วไม่เพิ่มขึ้นตั้งแต่รอบเดือนกุมภาพันธ์ ๒๕๖๑ "
        "และจังหวัดไม่ได้รายงานผลในรอบเดือนมีนาคม ๒๕๖๑"
    )
    assert status["82-phang-nga.docx"].endswith(
        "ยังไม่ได้จัดตั้งอีก ๕ ศูนย์ จังหวัดไม่ได้รายงานผลในรอบเดือนมีนาคม ๒๕๖๑"
    )  # a first report: nothing to stand still since, but March went by without one
    for name, text in status.items():  # the rest of the letter is the files' letter
        stored, plain = texts(folder / name), texts(from_files / name)
        assert [p for p in stored if p != text] == [p for p in plain if not p.startswith("สำหรับจังหวัด")]
        assert text.startswith(next(p for p in plain if p.startswith("สำหรับจังหวัด")))


def test_a_province_that_sent_nothing_this_round_is_in_the_letter_and_its_own_says_so(
    tmp_path: Path, store: Path
) -> None:
    """Issue 22: ตาก sent nothing in March; the March letter left it out of its annex and its count."""
    circular, folder = tmp_path / "march.docx", tmp_path / "march"
    code, _, stderr = run("--period", "2561-03", *SEED_ARGS, "-o", circular, "--per-province", folder)
    assert code == 0 and f"✓ {circular} (2 จังหวัด)" in stderr, stderr
    progress = next(p for p in texts(circular) if "ซึ่ง ณ วันที่" in p)
    assert (
        "ซึ่ง ณ วันที่ ๑๕ มีนาคม ๒๕๖๑ จังหวัดที่รายงานผลรอบนี้ ๑ จังหวัด และข้อมูลรอบก่อนของอีก ๑ จังหวัดที่ไม่ได้รายงาน "
        "จัดตั้งแล้ว ๖ ศูนย์ จาก ๒๐ ศูนย์ (ร้อยละ ๓๐.๐๐) คิดเป็นร้อยละ ๐.๖๘ ของเป้าหมาย ๘๗๘ ศูนย์ "
        "ยังไม่ได้จัดตั้ง ๑๔ ศูนย์"
    ) in progress  # 6 of 20 is 30 %, 6 of 878 is 0.68 %
    listing, form = ([[c.text for c in r.cells] for r in t.rows] for t in Document(str(circular)).tables)
    assert [row[1] for row in listing[1:]] == ["ฉะเชิงเทรา", "ตาก"]
    assert form[2] == ["2", "ตาก", "9", "1", "8", "ข้อมูล ณ ก.พ. 61 (ไม่ได้รายงานรอบนี้)"]
    assert form[3][1:5] == ["รวม", "20", "6", "14"]
    assert sorted(p.name for p in folder.iterdir()) == ["24-chachoengsao.docx", "63-tak.docx"]
    (tak,) = (p for p in texts(folder / "63-tak.docx") if p.startswith("สำหรับจังหวัด"))
    assert tak == (
        "สำหรับจังหวัดตาก ซึ่งไม่ได้รายงานผลในรอบนี้ ตามข้อมูลล่าสุดของรอบเดือนกุมภาพันธ์ ๒๕๖๑ "
        "จัดตั้งแล้ว ๑ ศูนย์ จากทั้งหมด ๙ ศูนย์ ยังไม่ได้จัดตั้งอีก ๘ ศูนย์"
    )
    (own,) = [
        [[c.text for c in r.cells] for r in t.rows] for t in Document(str(folder / "63-tak.docx")).tables
    ]
    assert own[1] == ["1", "ตาก", "9", "1", "8", "ข้อมูล ณ ก.พ. 61 (ไม่ได้รายงานรอบนี้)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--db", "x.sqlite3", "-o", "x.docx"), "--db needs --period: the round of the store to use"),
        (("apr.csv", "--period", "2018-04", "-o", "x.docx"), "give either paths or --period"),
        (("--period", "2018-13", "-o", "x.docx"), "2018-13"),
    ],
)
def test_the_stores_refusals_are_one_line(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(*args, "--lang", "en")
    assert code == 2 and message in stderr and len(stderr.splitlines()) == 1, stderr
    assert not (tmp_path / "x.docx").exists()


def test_a_round_stored_with_errors_goes_on_only_with_allow_errors_and_names_the_same_fixes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CENTERTRACK_DB", str(tmp_path / "history.sqlite3"))
    added = runner.invoke(app, ["history", "add", str(SEED), "--allow-errors", "--lang", "en"])
    assert added.exit_code == 0, added.stderr
    stored, from_files = tmp_path / "stored", tmp_path / "files"
    code, _, stderr = run("--period", "2018-04", *SEED_ARGS, "--per-province", stored, "--lang", "en")
    assert code == 1 and "--allow-errors" in stderr and not stored.exists()
    assert run("--period", "2018-04", *SEED_ARGS, "--per-province", stored, "--allow-errors")[0] == 0
    assert run(SEED, *SEED_ARGS, "--per-province", from_files, "--allow-errors")[0] == 0
    names = sorted(p.name for p in from_files.iterdir())
    assert sorted(p.name for p in stored.iterdir()) == names and len(names) == 10
    for name in names:  # one round in the store: nothing stood still before it, nothing missed
        assert texts(stored / name) == texts(from_files / name), name
    assert any(p.startswith("- Sheet1!C12: จำนวนทั้งหมด 8") for p in texts(stored / "66-phichit.docx"))
