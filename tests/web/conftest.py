"""A store of three rounds (2018-02 to 2018-04, the shipped monthly examples, each added as `round` adds
an inbox: received on the 10th, on time) and the page over it."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from centertrack.operations.month import run_round

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
MONTHLY = EXAMPLES / "monthly-4.2"


@pytest.fixture(scope="session")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once: the tests that write copy it first."""
    path = tmp_path_factory.mktemp("store") / "history.sqlite3"
    for month in ("2018-02", "2018-03", "2018-04"):
        received = dt.datetime(int(month[:4]), int(month[5:]), 10, 9, tzinfo=dt.UTC)
        run_round([MONTHLY / month], path, received=received, who="test")
    return path


@pytest.fixture
def store(stored: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "history.sqlite3"
    shutil.copy(stored, copy)
    yield copy
