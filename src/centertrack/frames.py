"""The models as pandas DataFrames, for analysts who work in a notebook: one row per record, nested
parts flattened into columns of their own (a province's ``statistics`` → received, assisted, …).

pandas is imported when a frame is asked for, never by the commands that do not make one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def flat(record: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON record with its nested mappings' keys raised to the top (their own names kept)."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            row.update(flat(value))
        else:
            row[key] = value
    return row


def frame(records: Iterable[Mapping[str, Any]], columns: Iterable[str] = ()) -> pd.DataFrame:
    """A DataFrame of ``records`` in their order: the ``columns`` first (present even with no rows),
    then any other key in the order first met."""
    import pandas as pd

    rows = [flat(record) for record in records]
    order = list(dict.fromkeys([*columns, *(key for row in rows for key in row)]))
    return pd.DataFrame(rows, columns=order)
