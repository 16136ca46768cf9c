"""What an operation reads: the source a person names, the gate every output passes, a province meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from centertrack.catalog import spoken
from centertrack.errors import CentertrackError
from centertrack.operations.inputs import InputsRefused, Source, check, province, several_dates, validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
SEED = EXAMPLES / "seed-progress-4.2.xlsx"
CORRECTED = EXAMPLES / "seed-progress-4.2-corrected.xlsx"


@pytest.mark.parametrize(
    ("paths", "db", "period", "code"),
    [
        ([SEED], None, "2018-04", "paths-and-period"),
        ([], Path("x.sqlite3"), None, "store-without-period"),
        ([], None, None, "no-inputs"),
    ],
)
def test_a_source_is_files_or_a_stored_round(
    paths: list[Path], db: Path | None, period: str | None, code: str
) -> None:
    with pytest.raises(CentertrackError) as refused:
        Source.of(paths, db, period)
    assert refused.value.code == code


def test_a_source_of_files_and_of_a_round() -> None:
    assert not Source.of([SEED]).stored
    assert Source.of(None, None, "2018-04").stored


def test_the_gate_refuses_errors_unless_allowed_and_carries_the_validation(tmp_path: Path) -> None:
    with pytest.raises(InputsRefused) as refused:
        check([SEED])
    assert refused.value.code == "inputs-have-errors" and refused.value.exit_code == 1
    assert refused.value.validation.errors
    assert check([SEED], allow_errors=True).errors  # let through, errors and all
    missing = tmp_path / "nowhere.xlsx"
    with pytest.raises(InputsRefused) as unreadable:
        check([missing])
    assert unreadable.value.code == "inputs-unreadable" and unreadable.value.exit_code == 2


def test_validate_takes_paths_as_text() -> None:
    assert validate([str(CORRECTED)]).valid


def test_inputs_of_several_dates_are_a_note(tmp_path: Path) -> None:
    assert several_dates(validate([CORRECTED])) is None
    import openpyxl

    workbook = openpyxl.load_workbook(CORRECTED)
    sheet = workbook.active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "10/4/61" in cell.value:
                cell.value = cell.value.replace("10/4/61", "15/3/61")
    workbook.save(tmp_path / "march.xlsx")
    note = several_dates(validate([CORRECTED, tmp_path / "march.xlsx"]))
    assert note is not None and note.key == "inputs-of-several-dates" and note.params["count"] == 2
    assert "march.xlsx" in str(spoken(note, "en")) and "10 April 2018" in str(spoken(note, "en"))
    assert "10 เมษายน 2561" in str(spoken(note, "th"))


def test_a_province_by_name_or_code_and_what_it_surely_meant() -> None:
    assert province("ฉะเชิงเทรา") == province("Chachoengsao") == province("24") == "24"
    with pytest.raises(CentertrackError) as refused:
        province("ภูเกต")
    assert refused.value.code == "province-unknown" and refused.value.field == "province"
    assert "ภูเก็ต" in str(spoken(refused.value.params["did_you_mean"], "th"))
    with pytest.raises(CentertrackError) as bangkok:
        province("กรุงเทพมหานคร")
    assert bangkok.value.code == "province-not-under-dla"
