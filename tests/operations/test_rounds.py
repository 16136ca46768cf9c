"""A round as read, from files or the store: its summary, places, the letters' findings and trend."""

from __future__ import annotations

from pathlib import Path

import pytest

from centertrack.errors import CentertrackError
from centertrack.operations import history, rounds
from centertrack.operations.inputs import Source

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
MONTHLY = EXAMPLES / "monthly-4.2"
LAO = EXAMPLES / "lao-4.1-national.csv"
DISTRICTS = EXAMPLES / "district-4.2-chachoengsao.xlsx"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "history.sqlite3"
    for month in ("2018-02", "2018-03", "2018-04"):
        history.add([MONTHLY / month], db)
    return db


def test_a_round_of_files_keeps_its_validation() -> None:
    round_ = rounds.read(Source.of([DISTRICTS]))
    assert round_.validation is not None and round_.trend is None and round_.statistics is None
    places = round_.places("district")
    assert places.level == "district" and len(places.details) == 11
    assert {d.province.code for d in places.details} == {"24"}
    lacking = round_.places("district", missing=True)
    assert all(not d.established for d in lacking.details)
    with pytest.raises(CentertrackError) as refused:
        round_.places("lao")
    assert refused.value.code == "no-lao-sheet" and refused.value.field == "by"


def test_a_stored_round_gives_what_its_files_give(store: Path) -> None:
    stored = rounds.read(Source.of(None, store, "2018-04"))
    files = rounds.read(Source.of([MONTHLY / "2018-04"]))
    reported = {p.code for p in files.summary.provinces}
    assert {p.code: p.established for p in stored.summary.provinces if p.code in reported} == {
        p.code: p.established for p in files.summary.provinces
    }
    assert stored.validation is None
    assert stored.trend is not None and [p.period for p in stored.trend.points][-1] == "2018-04"


def test_a_stored_round_has_its_trend_up_to_it(store: Path) -> None:
    march = rounds.read(Source.of(None, store, "2018-03"))
    assert march.trend is not None and [p.period for p in march.trend.points] == ["2018-02", "2018-03"]


def test_the_letters_findings_of_a_stored_round(store: Path) -> None:
    found = rounds.read(Source.of(None, store, "2018-04")).findings
    assert set(found.missed) <= {
        p.code for p in rounds.read(Source.of(None, store, "2018-04")).summary.lagging
    }


def test_summarize_is_the_round_summary(store: Path) -> None:
    assert rounds.summarize([LAO]).indicator.id == "4.1"
    assert (
        rounds.summarize(db=store, period="2018-04") == rounds.read(Source.of(None, store, "2018-04")).summary
    )
