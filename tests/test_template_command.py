"""`centertrack template`: one province to a file, several to a folder or a .zip, and what it refuses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from centertrack.cli import app
from centertrack.template import SHEET_NAME

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "160"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_one_province_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    code, _, stderr = run("template", "-i", "4.2", "-p", "ฉะเชิงเทรา", "--period", "2018-04", "-o", out)
    assert code == 0
    assert f"✓ {out} (1 แบบรายงาน, 11 อำเภอ)" in stderr
    sheet = load_workbook(out)[SHEET_NAME]
    assert sheet["A4"].value == "รายอำเภอ จังหวัดฉะเชิงเทรา" and sheet["B8"].value == "เมืองฉะเชิงเทรา"


def test_every_province_into_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "templates-4.2"
    code, _, stderr = run("template", "-i", "4.2", "--all", "--period", "2561-04", "-o", out, "--lang", "en")
    assert code == 0
    assert "(76 workbooks, 878 district rows)" in stderr
    names = sorted(path.name for path in out.iterdir())
    assert len(names) == 76 and names[0] == "11-สมุทรปราการ-4.2.xlsx" and "24-ฉะเชิงเทรา-4.2.xlsx" in names


def test_a_blank_template_sent_back_is_not_filled(tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    run("template", "-i", "4.1", "-p", "Phuket", "--period", "2018-06", "-o", out)
    code, stdout, _ = run("validate", out, "--lang", "en")
    assert code == 1
    assert "not been filled in yet" in stdout and "(19 rows)" in stdout
    assert stdout.count("✗") == 2  # the one issue, and the verdict


def test_several_provinces_zipped_to_send(tmp_path: Path) -> None:
    out = tmp_path / "templates.zip"
    args = ["template", "-i", "4.1", "--level", "province", "-p", "ชลบุรี", "-p", "24", "-o", out, "--zip"]
    assert run(*args)[0] == 0
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["20-ชลบุรี-4.1.xlsx", "24-ฉะเชิงเทรา-4.1.xlsx"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "ชลบุร"], "--province 'ชลบุร': not a province: did you mean ชลบุรี or"),
        (["-p", "กรุงเทพมหานคร"], "Bangkok is not under DLA"),
        ([], "name a province with --province"),
        (["--all", "-p", "ตาก"], "--all or --province, not both"),
        (["-p", "ตาก", "--level", "lao"], "--level lao: indicator 4.2 counts districts"),
        (["-p", "ตาก", "--period", "April"], "--period 'April': write the month as 2018-04, 2561-04"),
        (["-p", "ตาก", "-p", "ตราด"], "several provinces are written into a folder"),
        (["-p", "ตาก", "--zip"], "--zip writes a .zip"),
    ],
)
def test_what_it_refuses(args: list[str], message: str, tmp_path: Path) -> None:
    code, _, stderr = run("template", "-i", "4.2", *args, "-o", tmp_path / "out.xlsx", "--lang", "en")
    assert code == 2
    assert message in " ".join(stderr.split())
    assert not (tmp_path / "out.xlsx").exists()


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    out.write_bytes(b"mine")
    code, _, stderr = run("template", "-i", "4.2", "-p", "ตาก", "-o", out)
    assert code == 2 and "--force" in stderr and out.read_bytes() == b"mine"
    assert run("template", "-i", "4.2", "-p", "ตาก", "-o", out, "--force")[0] == 0
    assert out.read_bytes()[:2] == b"PK"


def test_a_folder_with_a_template_already_is_left_alone_without_force(tmp_path: Path) -> None:
    out = tmp_path / "forms"
    out.mkdir()
    (out / "63-ตาก-4.2.xlsx").write_bytes(b"mine")
    code, _, stderr = run("template", "-i", "4.2", "-p", "ตาก", "-p", "ตราด", "-o", out, "--lang", "en")
    assert code == 2 and "63-ตาก-4.2.xlsx: the file exists" in stderr
    assert sorted(p.name for p in out.iterdir()) == ["63-ตาก-4.2.xlsx"]  # nothing written, not even ตราด
