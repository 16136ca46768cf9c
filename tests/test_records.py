"""records.percent: rounded as Excel's ROUND is (half away from zero), on the exact quotient."""

from __future__ import annotations

import pytest

from centertrack.records import Statistics, percent


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (58, 64, 90.63),  # อุทัยธานี: 90.625 %, which Python's round() makes 90.62
        (1, 8, 12.5),
        (1, 800, 0.13),  # 0.125
        (7, 16, 43.75),
        (1, 3, 33.33),
        (2, 3, 66.67),
        (5205, 7851, 66.30),
        (0, 0, 0.0),
        (64, 64, 100.0),
    ],
)
def test_percent_rounds_half_away_from_zero_as_excel(part: int, whole: int, expected: float) -> None:
    assert percent(part, whole) == expected


def test_every_tie_below_a_thousand_rounds_up() -> None:
    for whole in range(1, 1001):
        for part in range(whole + 1):
            hundredths, rest = divmod(part * 10000, whole)
            expected = (hundredths + (2 * rest >= whole)) / 100
            assert percent(part, whole) == expected, (part, whole)


def test_share_assisted_rounds_the_same_way() -> None:
    assert Statistics(received=64, assisted=58).share_assisted == 90.63
