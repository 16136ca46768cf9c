"""Write store-v1.sqlite3: a history store as the first version of its schema (user_version 1) left it,
one round of two provinces, so that a test opens it after the migrations.

Run: python tests/data/history/make_v1_store.py (deterministic: the same bytes each time)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "store-v1.sqlite3"

# Version 1 exactly as centertrack first wrote it (no size, no encoding of the source file).
SCHEMA_V1 = """
CREATE TABLE reports (id INTEGER PRIMARY KEY, period TEXT NOT NULL, as_of TEXT, indicator TEXT NOT NULL,
    level TEXT NOT NULL, file TEXT NOT NULL, sheet TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL,
    rows INTEGER NOT NULL, added TEXT NOT NULL, with_errors INTEGER NOT NULL, UNIQUE (sha256, sheet));
CREATE INDEX reports_round ON reports (indicator, period);
CREATE TABLE issues (report_id INTEGER NOT NULL REFERENCES reports (id), code TEXT NOT NULL,
    severity TEXT NOT NULL, file TEXT NOT NULL, sheet TEXT, cell TEXT, row INTEGER, column_name TEXT,
    value TEXT, params TEXT NOT NULL, more INTEGER NOT NULL);
CREATE INDEX issues_report ON issues (report_id);
CREATE TABLE entries (report_id INTEGER NOT NULL REFERENCES reports (id), province TEXT NOT NULL,
    total INTEGER NOT NULL, established INTEGER NOT NULL, remaining INTEGER NOT NULL, remarks TEXT NOT NULL,
    row INTEGER NOT NULL, cell TEXT NOT NULL, flagged INTEGER NOT NULL, level TEXT NOT NULL,
    received INTEGER, assisted INTEGER, referred INTEGER, pending INTEGER,
    PRIMARY KEY (report_id, province)) WITHOUT ROWID;
CREATE TABLE details (report_id INTEGER NOT NULL REFERENCES reports (id), level TEXT NOT NULL,
    province TEXT NOT NULL, code TEXT NOT NULL, name_th TEXT NOT NULL, district_th TEXT NOT NULL,
    established INTEGER NOT NULL, since TEXT, location TEXT NOT NULL, received INTEGER, assisted INTEGER,
    referred INTEGER, pending INTEGER, cell TEXT NOT NULL, reported INTEGER NOT NULL);
CREATE INDEX details_report ON details (report_id);
"""


def main() -> None:
    TARGET.unlink(missing_ok=True)
    db = sqlite3.connect(TARGET)
    db.execute("PRAGMA application_id = 1129599560")  # 0x43545248, "CTRH"
    db.executescript(SCHEMA_V1)
    db.execute(
        "INSERT INTO reports VALUES (1, '2018-03', '2018-03-15', '4.2', 'province', 'march.csv', 'march',"
        " ?, 'csv', 2, '2018-03-16T02:00:00+00:00', 0)",
        ("0" * 64,),
    )
    db.executemany(
        "INSERT INTO entries VALUES (1, ?, ?, ?, ?, '', ?, ?, 0, 'province', NULL, NULL, NULL, NULL)",
        [("24", 11, 4, 7, 2, "B2"), ("63", 9, 3, 6, 3, "B3")],
    )
    db.execute(
        "INSERT INTO issues VALUES (1, 'indicator-inferred', 'notice', 'march.csv', 'march', NULL, NULL,"
        " NULL, NULL, ?, 0)",
        ('{"indicator": "4.2", "reason_th": "", "reason_en": "2 of 2 totals"}',),
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
