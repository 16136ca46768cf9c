"""centertrack: check, add up and report Thai provinces' progress on DLA indicators 4.1 and 4.2.

The Python API is the month's operations, the same the command line and the web page call::

    import centertrack as ct

    checked = ct.validate(["data/examples/provinces-4.2"])     # every issue, at its cell
    checked.to_frame()                                          # the issues as a DataFrame
    summary = ct.summarize(["data/examples/national-4.2-2561-04.xlsx"])
    summary.to_frame()                                          # the provinces, Thai dictionary order
    ct.add(["data/examples/monthly-4.2/2018-04"], db="history.sqlite3")
    ct.trend(db="history.sqlite3").to_frame()                   # the rounds, carried forward
    ct.changes("2018-03", "2018-04", db="history.sqlite3").to_frame()
    ct.missing("2018-04", db="history.sqlite3").to_frame()

Names are imported when first used, so that importing centertrack costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# name: "module:attribute", each imported when first asked for.
_API = {
    "validate": "centertrack.operations.inputs:validate",
    "summarize": "centertrack.operations.rounds:summarize",
    "read_round": "centertrack.operations.rounds:read",
    "Source": "centertrack.operations.inputs:Source",
    "add": "centertrack.operations.history:add",
    "trend": "centertrack.operations.history:trend",
    "changes": "centertrack.operations.history:diff",
    "missing": "centertrack.operations.history:missing",
    "CentertrackError": "centertrack.errors:CentertrackError",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'centertrack' has no attribute {name!r}")
    module, _, attribute = _API[name].partition(":")
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value
