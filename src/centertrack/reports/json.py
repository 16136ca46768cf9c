"""JSON for programs: the annex, the progress summary and the validation report (contracts: keep the keys).

Thai stays readable (no \\u escapes); numbers are always numbers here, whatever the display digits.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from centertrack.annex import Annex
from centertrack.issues import Lang

if TYPE_CHECKING:
    from centertrack.progress import Summary
    from centertrack.records import Places
    from centertrack.runner import Validation


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def summary_json(summary: Summary, lang: Lang = "th") -> str:
    return _dump(summary.to_dict(lang))


def details_json(places: Places) -> str:
    return _dump(places.to_dict())


def validation_json(result: Validation, lang: Lang = "th") -> str:
    return _dump(
        {
            "valid": result.valid,
            "files": [sheet.to_dict(result.indicator.id) for sheet in result.sheets],
            "issues": [issue.to_dict(lang) for issue in result.issues],
        }
    )


def annex_json(annex: Annex) -> str:
    document = {
        "indicator": annex.indicator,
        "as_of": annex.as_of.isoformat() if annex.as_of else None,
        "style": annex.style,
        "provinces": [asdict(row) for row in annex.rows],
    }
    return _dump(document)
