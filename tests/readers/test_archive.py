from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from centertrack.catalog import spoken
from centertrack.errors import UnreadableFileError
from centertrack.readers import expand_paths, read_file
from centertrack.runner import validate_paths

HERE = Path(__file__).resolve().parent.parent
FORMATS = HERE / "data" / "formats"
SEED = HERE.parent / "data" / "examples" / "seed-progress-4.2-corrected.xlsx"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def test_members_are_inputs_named_archive_zip_bang_member() -> None:
    archive = FORMATS / "seed.zip"
    files, skipped = expand_paths([archive])
    assert files == [Path(f"{archive}!ตาก/แบบรายงาน.xlsx")]
    assert skipped == [Path(f"{archive}!ตาก/อ่านก่อน.txt")]  # a note, not Unicode Text
    (sheet,) = read_file(files[0])
    assert (sheet.label, sheet.format) == (f"{archive}!ตาก/แบบรายงาน.xlsx", "xlsx")
    assert read_file(archive) == [sheet]  # the archive given to read_file itself: its members' sheets


def test_names_a_thai_windows_zip_wrote_in_cp874_are_read_as_thai() -> None:
    files, _ = expand_paths([FORMATS / "windows-names.zip"])
    assert [f.name for f in files] == ["windows-names.zip!แบบรายงาน.xlsx"]


def test_a_folder_of_zips_is_read_like_a_folder_of_folders(tmp_path: Path) -> None:
    _zip(
        tmp_path / "april.zip",
        {"ตาก.xlsx": SEED.read_bytes(), "scan.jpg": b"\xff\xd8\xff", "__MACOSX/._ตาก.xlsx": b""},
    )
    result = validate_paths([tmp_path])
    assert [s.path for s in result.sheets] == [f"{tmp_path / 'april.zip'}!ตาก.xlsx"]
    assert sorted(str(p).split("!")[1] for p in result.skipped) == ["__MACOSX/._ตาก.xlsx", "scan.jpg"]
    assert result.valid


def test_nothing_is_extracted_to_disk(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "april.zip", {"sub/ตาก.xlsx": SEED.read_bytes()})
    before = sorted(tmp_path.rglob("*"))
    assert validate_paths([archive]).valid
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    ("member", "says"),
    [
        ("../ตาก.xlsx", "outside itself"),
        ("/etc/ตาก.xlsx", "outside itself"),
        ("inner.zip", "a zip inside a zip"),
    ],
)
def test_a_zip_in_a_zip_and_paths_outside_the_archive_are_refused(
    tmp_path: Path, member: str, says: str
) -> None:
    content = _zip(tmp_path / "inner.zip", {"ตาก.xlsx": SEED.read_bytes()}).read_bytes()
    archive = tmp_path / "april.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(zipfile.ZipInfo(member), content if member.endswith(".zip") else SEED.read_bytes())
    result = validate_paths([archive])
    assert result.exit_code == 2
    (issue,) = [i for i in result.issues if i.code == "file-unreadable"]
    assert issue.file == f"{archive}!{member}"
    assert says in spoken(issue.params["reason"], "en")
    assert spoken(issue.params["reason"], "th") and not any(
        "a" <= ch <= "z" for ch in spoken(issue.params["reason"], "th").replace("zip", "")
    )


def test_the_zip_bomb_guard_applies_to_each_member(tmp_path: Path) -> None:
    bomb = (HERE / "data" / "hostile" / "bomb.xlsx").read_bytes()
    archive = _zip(tmp_path / "april.zip", {"bomb.xlsx": bomb, "ตาก.xlsx": SEED.read_bytes()})
    result = validate_paths([archive])
    (issue,) = [i for i in result.issues if i.code == "file-unreadable"]
    assert issue.file.endswith("april.zip!bomb.xlsx")
    assert "(a zip bomb?)" in spoken(issue.params["reason"], "en")
    assert [s.path for s in result.sheets] == [f"{archive}!ตาก.xlsx"]  # the other member is still read


def test_a_member_workbooks_formulas_are_read_from_memory(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "=1+1"
    data = io.BytesIO()
    workbook.save(data)
    archive = _zip(tmp_path / "april.zip", {"f.xlsx": data.getvalue()})
    (read,) = read_file(Path(f"{archive}!f.xlsx"))
    assert read.formulas == {(0, 0): "=1+1"}


def test_a_damaged_zip_says_so(tmp_path: Path) -> None:
    data = (FORMATS / "seed.zip").read_bytes()
    path = tmp_path / "april.zip"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFileError) as raised:
        read_file(path)
    assert raised.value.reason_in("en") == "the zip archive is damaged or only partly downloaded"


def test_the_zip_bomb_guard_applies_to_the_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An archive declaring more than the limit is refused whole, named as the bomb it is."""
    import centertrack.readers.guards

    monkeypatch.setattr(centertrack.readers.guards, "MAX_UNCOMPRESSED_BYTES", 4096)
    archive = _zip(tmp_path / "april.zip", {"ตาก.xlsx": SEED.read_bytes()})
    assert expand_paths([archive])[0] == [archive]  # not listed: read_file says why
    with pytest.raises(UnreadableFileError) as raised:
        read_file(archive)
    assert "(a zip bomb?)" in raised.value.reason_in("en")
