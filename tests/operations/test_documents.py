"""The month's documents made through the operations alone, as the web page will make them: no module
of the command line is imported, every writer of the table gives bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from centertrack.errors import CentertrackError
from centertrack.operations import documents, rounds
from centertrack.operations.inputs import Source
from centertrack.reports.registry import WRITERS, render, suffixes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
NATIONAL = EXAMPLES / "national-4.2-2561-04.xlsx"
CASES = EXAMPLES / "cases-4.1-chachoengsao.csv"


def test_every_document_without_the_command_line(tmp_path: Path) -> None:
    code = f"""
import sys
from pathlib import Path
from centertrack.operations import documents, feedback, letters, rounds, templates
from centertrack.operations.inputs import Source

out = Path({str(tmp_path)!r})
round_ = rounds.read(Source.of([Path({str(NATIONAL)!r})]))
annex = documents.annex(round_.summary, "progress")
for suffix in (".xlsx", ".docx", ".csv", ".md", ".json"):
    documents.write("annex", annex, out / f"annex{{suffix}}")
documents.write("summary", round_.summary, out / "summary.xlsx", lang="en")
documents.write("report", round_.summary, out / "report.html", lang="th", validation=round_.validation)
documents.write(*documents.chart_of_round(round_), out / "chart.svg", lang="th")
found = letters.letters(round_, letters.LetterSettings(), out / "letter.docx", out / "letters")
letters.write_letters(found)
feedback.feedback([Path({str(EXAMPLES / "seed-progress-4.2.xlsx")!r})], out / "copies", "th")
made = templates.templates("4.2", templates.provinces(["ตาก"], False))
templates.write_templates(made, out / "tak.xlsx", several=False)
print(sorted(m for m in sys.modules if m.startswith("centertrack.cli")))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stderr
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert {"annex.xlsx", "annex.docx", "annex.csv", "annex.md", "annex.json", "summary.xlsx"} <= set(written)
    assert {"report.html", "chart.svg", "letter.docx", "tak.xlsx"} <= set(written)
    assert any(name.startswith("letters/") for name in written)
    assert any(name.startswith("copies/") for name in written)


def test_a_name_the_writers_cannot_write_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(CentertrackError) as refused:
        documents.check_target(tmp_path / "annex.pdf", "annex")
    assert refused.value.code == "output-type-unknown" and refused.value.field == "output"
    assert refused.value.params["known"] == list(suffixes("annex"))
    documents.check_target(tmp_path / "annex.xlsx", "annex")  # a name it can write passes
    documents.check_target(None, "annex")  # no output asked for


def test_each_writer_of_the_table_can_be_imported() -> None:
    for writer in WRITERS:
        assert callable(writer.function()), writer.target


def test_render_gives_each_writer_only_the_options_it_takes() -> None:
    summary = rounds.read(Source.of([NATIONAL])).summary
    csv = render("summary", ".csv", summary, lang="en", keys=False, digits="thai", order="thai")
    assert csv.decode("utf-8-sig").startswith("Code,")
    json = render("summary", ".JSON", summary, lang="th")  # a suffix in any case
    assert b'"indicator": "4.2"' in json
    with pytest.raises(KeyError):
        render("summary", ".pdf", summary)


def test_a_round_of_registers_alone_has_no_chart_of_centers() -> None:
    round_ = rounds.read(Source.of([CASES]))
    with pytest.raises(CentertrackError) as refused:
        documents.chart_of_round(round_)
    assert refused.value.code == "chart-of-registers-only"
    kind, summary = documents.chart_of_round(round_, statistics=True)
    assert kind == "statistics-chart" and summary.statistics is not None


def test_an_empty_annex_says_why() -> None:
    summary = rounds.read(Source.of([CASES])).summary
    assert not documents.annex(summary).rows
    note = documents.no_annex(summary)
    assert note.key == "annex-empty-registers" and note.params == {"count": 1}
