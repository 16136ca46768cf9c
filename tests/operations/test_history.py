"""The history store's operations: add, and what the store answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from centertrack.errors import CentertrackError
from centertrack.operations import history

ROOT = Path(__file__).resolve().parents[2]
MONTHLY = ROOT / "data" / "examples" / "monthly-4.2"


def test_add_then_ask(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    assert history.reports(db) == (db, [])  # no store yet: no reports, and nothing made
    assert not db.exists()
    first = history.add([MONTHLY / "2018-03"], db)
    assert first.store == db and first.saved.stored and first.validation.valid
    again = history.add([MONTHLY / "2018-03"], str(db))
    assert not again.saved.stored and again.saved.known
    history.add([MONTHLY / "2018-04"], db)
    path, found = history.reports(db)
    assert path == db and {r.period for r in found} == {"2018-03", "2018-04"}
    assert [p.period for p in history.trend(db=db).points] == ["2018-03", "2018-04"]
    assert [p.period for p in history.trend(until="2018-03", db=db).points] == ["2018-03"]
    assert history.diff("2018-03", "2018-04", db=db).start == "2018-03"
    assert history.missing("2018-04", db=db).period == "2018-04"
    assert history.show("2018-04", db=db).period == "2018-04"
    assert history.export(db=db).periods == ("2018-03", "2018-04")


def test_a_backup_is_never_the_store_itself(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    history.add([MONTHLY / "2018-03"], db)
    with pytest.raises(CentertrackError) as refused:
        history.backup(db, db, force=True)
    assert refused.value.code == "backup-is-the-store"
    assert history.backup(tmp_path / "copy.sqlite3", db) == db
    assert (tmp_path / "copy.sqlite3").stat().st_size > 0


def test_diff_and_missing_default_to_the_latest_rounds(tmp_path: Path) -> None:
    """Issue 27, point 12: `history diff` alone compares the last two rounds; `missing` alone, the last."""
    db = tmp_path / "history.sqlite3"
    history.add([MONTHLY / "2018-03"], db)
    with pytest.raises(CentertrackError) as refused:
        history.diff(db=db)
    assert refused.value.code == "diff-needs-two-rounds" and refused.value.params == {"count": 1}
    history.add([MONTHLY / "2018-04"], db)
    found = history.diff(db=db)
    assert (found.start, found.end) == ("2018-03", "2018-04")
    assert history.diff("2018-03", db=db).end == "2018-04"
    assert history.missing(db=db).period == "2018-04"
