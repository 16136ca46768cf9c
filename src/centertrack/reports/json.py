"""JSON: the annex's data for programs; numbers are always numbers here, whatever the display digits."""

from __future__ import annotations

import json
from dataclasses import asdict

from centertrack.annex import Annex


def annex_json(annex: Annex) -> str:
    document = {
        "indicator": annex.indicator,
        "as_of": annex.as_of.isoformat() if annex.as_of else None,
        "style": annex.style,
        "provinces": [asdict(row) for row in annex.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
