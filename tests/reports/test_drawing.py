"""What the charts share: the words and numbers in either language and digits, and Sarabun only."""

from __future__ import annotations

from datetime import date

from centertrack.reports.drawing import Wording, font_files


def test_numbers_dates_and_rounds_in_either_language_and_digits() -> None:
    thai, english = Wording("th", "thai"), Wording("en", "arabic")
    assert thai.number(7851) == "๗,๘๕๑" and english.number(7851) == "7,851"
    assert thai.number(2.5) == "๒.๕๐" and english.percent(94.8747) == "94.87"
    assert thai.month(2018, 4) == "เม.ย. ๖๑" and english.month(2018, 4) == "Apr 2018"
    assert Wording("th", "arabic").date(date(2018, 4, 10)) == "10 เมษายน 2561"  # said by catalog.dates
    assert english.date(date(2018, 4, 10)) == "10 April 2018"
    assert thai.date(date(2018, 4, 10)) == "๑๐ เมษายน ๒๕๖๑"
    assert thai.words("target", n=thai.number(878)) == "เป้าหมาย ๘๗๘"


def test_the_fonts_are_sarabun_from_its_package_never_the_machines() -> None:
    from matplotlib import font_manager

    files = font_files()
    assert [f.rsplit("/", 1)[-1] for f in files] == ["Sarabun-Regular.ttf", "Sarabun-Bold.ttf"]
    assert all("fontpkg_sarabun" in f for f in files)
    found = font_manager.findfont(font_manager.FontProperties(family="Sarabun"), fallback_to_default=False)
    assert found == files[0]
