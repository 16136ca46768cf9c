from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from syrupy.assertion import SnapshotAssertion
from typer.testing import CliRunner

from centertrack import __version__
from centertrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"
SEED_CSV = EXAMPLES / "seed-progress-4.2.csv"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"
NATIONAL = EXAMPLES / "national-4.2-2561-04.xlsx"

runner = CliRunner()
MONTHLY = EXAMPLES / "monthly-4.2"


@pytest.fixture(autouse=True)
def _history_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands that use the history store never touch the user's own: each test has a store of its own."""
    store = tmp_path / "history.sqlite3"
    monkeypatch.setenv("CENTERTRACK_DB", str(store))
    return store


def run(*args: str | Path, columns: int = 140) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["validate"],
        ["summarize"],
        ["annex"],
        ["feedback"],
        ["letter"],
        ["template"],
        ["chart"],
        ["report"],
        ["history"],
        ["history", "add"],
        ["history", "trend"],
    ],
)
def test_help_does_not_import_heavy_modules(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from centertrack.cli import app\n"
        f"try:\n    app({[*args, '--help', '--lang', 'en']!r})\nexcept SystemExit:\n    pass\n"
        # pydantic: typer coerces with it any option whose value is not a bool already (0.1 s).
        "heavy = {'pandas', 'numpy', 'openpyxl', 'python_calamine', 'geothai', 'docx', 'matplotlib',\n"
        "         'pydantic', 'docxtpl', 'jinja2', 'xlsxwriter', 'fontTools',\n"
        "         'centertrack.reports.measure', 'centertrack.reports.xlsx',\n"
        "         'centertrack.reports.xlsx_page', 'centertrack.reports.docx', 'lxml',\n"
        "         'centertrack.readers.html', 'centertrack.readers.word', 'centertrack.readers.workbook'}\n"
        "heavy &= set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Usage" in output
    assert output.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("args", [["--bogus"], ["valdate"], ["validate", "--bogus"]])
def test_a_usage_error_points_to_help(args: list[str]) -> None:
    code, _, stderr = run(*args, "--lang", "en")
    assert code == 2
    assert "--help' for help." in stderr
    code, _, stderr = run(*args)
    assert code == 2
    assert "ดูวิธีใช้ด้วย centertrack" in stderr and "--help" in stderr


def test_version_and_module_entry_point() -> None:
    assert run("--version")[1].strip() == f"centertrack {__version__}"
    done = subprocess.run([sys.executable, "-m", "centertrack", "--version"], capture_output=True, text=True)
    assert done.stdout.strip() == f"centertrack {__version__}"


def test_the_collector_is_off_only_in_the_command_process() -> None:
    """The command turns the cyclic garbage collector off for its run; a library user keeps it."""
    code = (
        "import gc, sys\n"
        "import centertrack.cli, centertrack.runner\n"
        "library = gc.isenabled()\n"
        "from centertrack.__main__ import main\n"
        "sys.argv = ['centertrack', '--version']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    print(library, gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "True False"


def test_summarize_seed_json_contract() -> None:
    code, stdout, _ = run("summarize", SEED, "--format", "json", "--allow-errors")
    assert code == 0
    data = json.loads(stdout)
    assert set(data) == {
        "indicator",
        "as_of",
        "target",
        "deadline",
        "totals",
        "coverage",
        "provinces",
        "issues",
    }
    assert data["indicator"] == "4.2"
    assert data["as_of"] == "2018-04-10"
    assert (data["target"], data["deadline"]) == (878, "2018-04-30")
    assert data["totals"] == {"total": 92, "established": 47, "remaining": 45, "percent": 51.09}
    assert data["coverage"] == {
        "provinces_reported": 10, "provinces_carried": 0, "provinces_expected": 76, "target_covered": 92
    }  # fmt: skip
    first = data["provinces"][0]
    assert first == {
        "code": "24",
        "name_th": "ฉะเชิงเทรา",
        "name_en": "Chachoengsao",
        "total": 11,
        "established": 5,
        "remaining": 6,
        "percent": 45.45,
        "status": "lagging",
    }
    # The letter's order (Thai dictionary order), with row 7 as the form wrote it and marked.
    names = [p["name_th"] for p in data["provinces"]]
    assert names[5:8] == ["นนทบุรี", "พิจิตร", "เพชรบุรี"]
    assert data["provinces"][6]["flagged"] is True
    assert "ฉะเชิงเทรา" in stdout  # Thai kept readable, not \\u escaped
    codes = {i["code"] for i in data["issues"]}
    assert "total-differs-from-reference" in codes


def test_summarize_stops_on_errors_without_writing(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, _, stderr = run("summarize", SEED, "-o", target, "--lang", "en")
    assert code == 1
    assert not target.exists()
    assert "Sheet1!C12" in stderr
    assert "--allow-errors" in stderr


def test_summarize_text_national_line() -> None:
    code, stdout, _ = run("summarize", SEED, "--allow-errors", "--lang", "en", columns=250)
    assert code == 0
    assert (
        "10 of 76 provinces reported, covering 92 of the 878 target districts; 47 established, "
        "45 remaining (51.09 % of those reported, 5.35 % of the target); deadline 30 April 2018, "
        "as of 10 April 2018: 20 days left"
    ) in stdout
    code, stdout, _ = run("summarize", NATIONAL, columns=250)
    assert code == 0
    assert "รายงานแล้ว 76 จาก 76 จังหวัด ครอบคลุม 878 จาก 878 อำเภอเป้าหมาย" in stdout


def test_a_table_sent_to_a_file_is_not_cut_to_80_columns(tmp_path: Path) -> None:
    """rich cuts a table to 80 columns when output is no terminal: "1,3…" for 1,334."""
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    lines = []
    for args in (["summarize"], ["summarize", "--by", "lao", "--province", "บึงกาฬ"]):
        with (tmp_path / "out.txt").open("w", encoding="utf-8") as file:  # a file: no terminal
            argv = [sys.executable, "-m", "centertrack", *args, str(EXAMPLES / "lao-4.1-national.csv")]
            subprocess.run(argv, stdout=file, env=env, check=True)
        lines += (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert not [line for line in lines if "…" in line]
    assert any(" 1,334 " in line and "88.99" in line for line in lines)  # กาฬสินธุ์: assisted, share


def test_csv_and_xlsx_seed_agree() -> None:
    from_xlsx = json.loads(run("summarize", CORRECTED, "-f", "json")[1])
    csv_code, csv_out, _ = run("summarize", SEED_CSV, "-f", "json", "--allow-errors")
    assert csv_code == 0
    from_csv = json.loads(csv_out)
    assert from_csv["totals"] == from_xlsx["totals"]
    assert from_csv["as_of"] == from_xlsx["as_of"] == "2018-04-10"


def test_folder_of_provincial_files() -> None:
    code, stdout, _ = run("summarize", EXAMPLES / "provinces-4.2", "-f", "json")
    assert code == 0
    data = json.loads(stdout)
    assert data["coverage"]["provinces_reported"] == 6
    assert {p["name_th"] for p in data["provinces"]} >= {"ตาก", "ชลบุรี", "กระบี่"}


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_output_files(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"summary{suffix}"
    code, _, stderr = run("summarize", CORRECTED, "-o", target)
    assert code == 0, stderr
    if suffix == ".json":
        assert json.loads(target.read_text(encoding="utf-8"))["totals"]["total"] == 92
    elif suffix == ".csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Windows then reads Thai right
        lines = raw.decode("utf-8-sig").splitlines()
        # In the report's language; --keys gives the JSON's keys and values instead.
        assert lines[0].startswith("รหัส,จังหวัด,ชื่อภาษาอังกฤษ,ทั้งหมด,จัดตั้งแล้ว,ยังไม่ได้จัดตั้ง,ร้อยละ,สถานะ")
        assert lines[1].startswith("24,ฉะเชิงเทรา,Chachoengsao,11,5,6,45.45,ยังไม่ครบ")
        keyed = tmp_path / "keys.csv"
        assert run("summarize", CORRECTED, "--keys", "-o", keyed)[0] == 0
        lines = keyed.read_bytes().decode("utf-8-sig").splitlines()
        assert lines[0].startswith("code,name_th,name_en,total,established,remaining,percent,status")
        assert lines[1].startswith("24,ฉะเชิงเทรา,Chachoengsao,11,5,6,45.45,lagging")
    else:
        sheet = openpyxl.load_workbook(target).active
        assert sheet is not None
        # One name, in the report's language (Thai here); the CSV and the JSON carry both.
        assert [c.value for c in sheet[2]][:6] == ["24", "ฉะเชิงเทรา", 11, 5, 6, 45.45]
    # Never over an existing file unasked, never over an input.
    before = target.read_bytes()
    assert run("summarize", CORRECTED, "-o", target)[0] == 2
    assert target.read_bytes() == before
    assert run("summarize", CORRECTED, "-o", target, "--force")[0] == 0
    assert run("summarize", target, "-o", target, "--force")[0] == 2


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_allow_errors_marks_the_provinces_in_output_files(tmp_path: Path, suffix: str) -> None:
    """With --allow-errors the rows with errors are marked in every output, not only on screen."""
    target = tmp_path / f"summary{suffix}"
    assert run("summarize", SEED, "--allow-errors", "-o", target)[0] == 0
    if suffix == ".csv":
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    else:
        sheet = openpyxl.load_workbook(target).active
        assert sheet is not None
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    header, data = rows[0], rows[1:11]
    width = 9 if suffix == ".csv" else 8  # the XLSX has one name column, in the report's language
    assert len(header) == width and header[-1] in ("flagged", "ข้อผิดพลาด")
    marked = [row[1] for row in data if len(row) >= width and row[width - 1]]
    assert marked == ["พิจิตร"]


def test_unknown_output_type(tmp_path: Path) -> None:
    code, _, stderr = run("summarize", CORRECTED, "-o", tmp_path / "x.pdf", "--lang", "en")
    assert code == 2
    assert "unknown output type" in stderr


@pytest.mark.parametrize("command", ["validate", "summarize", "annex"])
def test_unreadable_input_is_one_clear_line_and_exit_2(tmp_path: Path, command: str) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"this is not a workbook at all")
    code, stdout, stderr = run(command, bad, "--lang", "en")
    assert code == 2
    text = stdout + stderr
    assert "Traceback" not in text
    assert str(bad) in text
    code, stdout, stderr = run(command, tmp_path / "missing.xlsx", "--lang", "en")
    assert code == 2
    assert "no such file" in stdout + stderr


@pytest.mark.parametrize("command", ["summarize", "annex"])
@pytest.mark.parametrize("allow", [[], ["--allow-errors"]])
def test_unreadable_input_stops_summarize_and_annex(tmp_path: Path, command: str, allow: list[str]) -> None:
    """Nothing is added up from a set of inputs with a file that cannot be read, errors allowed or not:
    one line naming the file and saying what to do, exit 2, no output file."""
    bad = tmp_path / "[report].xlsx"  # brackets: rich markup must not eat the name
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    target = tmp_path / "out.json"
    code, stdout, stderr = run(command, bad, CORRECTED, "-o", target, "--lang", "en", *allow, columns=60)
    assert code == 2
    assert stdout == ""
    assert stderr.splitlines() == [
        f"centertrack: {bad}: cannot read the file: the workbook is damaged or only partly downloaded"
        " — ask the office to send it again"
    ]
    assert not target.exists()


@pytest.mark.parametrize("command", ["validate", "summarize", "annex"])
def test_a_folder_without_spreadsheets_is_exit_2_not_an_empty_success(tmp_path: Path, command: str) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, stdout, stderr = run(command, tmp_path, "--lang", "en", columns=200)
    assert code == 2
    assert stdout == ""
    assert stderr.splitlines() == [
        f"centertrack: {tmp_path}: no spreadsheet to read "
        "(.xlsx .xlsm .xlsb .xls .ods .csv .txt .html .docx .zip); skipped notes.pdf"
    ]


def test_summary_snapshots(snapshot: SnapshotAssertion, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in the output are as the user wrote them: relative here
    for args in (["-f", "json"], ["-f", "csv"], ["--lang", "en"], ["--lang", "th"]):
        code, stdout, _ = run("summarize", CORRECTED.relative_to(ROOT), *args, columns=150)
        assert code == 0
        assert stdout == snapshot


def _readme_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```(?:bash|sh|console)\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = line.strip().removeprefix("$ ")
            for part in line.split("&&"):
                part = part.strip()
                if part.startswith("centertrack "):
                    commands.append(part.split()[1:])
    return commands


README_WIDTH = 110  # the terminal width of the outputs README.md shows


def _readme_outputs() -> list[tuple[list[str], list[str]]]:
    """Each ```console block of README.md: the command's arguments and the lines shown (… skips lines)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        command, *shown = block.rstrip("\n").splitlines()
        assert command.startswith("$ centertrack "), command
        blocks.append((command.split()[2:], shown))
    return blocks


@pytest.mark.parametrize(
    ("args", "shown"), _readme_outputs(), ids=[" ".join(a) for a, _ in _readme_outputs()]
)
def test_readme_shows_what_the_commands_print(
    args: list[str], shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    if args[0] == "history" or "--period" in args:  # the README's monthly cycle, its rounds added
        for period in sorted(MONTHLY.iterdir()):
            assert run("history", "add", period.relative_to(ROOT))[0] == 0
    _, stdout, _ = run(*args, columns=README_WIDTH)
    printed = [line.rstrip() for line in stdout.splitlines()]
    if "…" in shown:  # the head, …, the tail
        cut = shown.index("…")
        head, tail = shown[:cut], shown[cut + 1 :]
        assert (printed[: len(head)], printed[len(printed) - len(tail) :]) == (head, tail)
    else:
        assert printed == shown


def _is_number(text: str) -> bool:
    return text.replace(".", "", 1).isdigit()


def test_readme_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commands = _readme_commands()
    assert len(commands) >= 3
    monkeypatch.chdir(ROOT)
    for args in commands:
        # Outputs go to a temporary folder; the seed form's real mistake makes validate exit 1.
        # (an indicator's id, 4.2, is no file name; what -o names goes to the temporary folder).
        args = [
            str(tmp_path / a)
            if not Path(a).exists() and (("." in a[1:] and not _is_number(a)) or args[i - 1] == "-o")
            else a
            for i, a in enumerate(args)
        ]
        code, stdout, stderr = run(*args)
        found_errors = args[0] in ("validate", "feedback") and args[1].endswith("seed-progress-4.2.xlsx")
        expected = 1 if found_errors else 0
        assert code == expected, (args, stdout, stderr)


@pytest.mark.parametrize(
    ("args", "terminal", "shown"),
    [
        ((EXAMPLES / "provinces-4.2",), "1", "5/6 83-phuket.xlsx"),  # six files on a terminal
        ((EXAMPLES / "provinces-4.2", "--quiet"), "1", None),
        ((EXAMPLES / "provinces-4.2",), "0", None),  # piped or redirected
        ((SEED, SEED_CSV, CORRECTED, NATIONAL, SEED, SEED_CSV), "1", "5/6 seed-progress-4.2.csv"),
        ((SEED, SEED_CSV, CORRECTED, NATIONAL, SEED), "1", None),  # a handful of files needs no bar
    ],
)
def test_progress_bar_only_past_a_handful_of_files_on_a_terminal(
    args: tuple[Path | str, ...], terminal: str, shown: str | None
) -> None:
    files = len([a for a in args if not str(a).startswith("-")])
    for command in ("validate", "summarize", "annex"):
        argv = [command, *map(str, args)] + (["--allow-errors"] if command != "validate" else [])
        result = runner.invoke(app, argv, env={"TTY_COMPATIBLE": terminal, "COLUMNS": "100"})
        assert result.exit_code in (0, 1), result.stderr
        plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stderr)
        if shown is None:
            assert not re.search(rf"\b\d/{files if files > 1 else 6}\b", plain)
        else:
            assert shown in plain
        assert "/6 " not in result.stdout  # the bar never mixes into the report
