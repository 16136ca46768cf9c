"""The history store's tables, version by version: version 1 as it was first written, and each later
version a migration from the one before (history/store.py applies them in order)."""

from __future__ import annotations

SCHEMA_VERSION = 4

# Version 1, as the first centertrack with a history wrote it (tests/data/history/make_v1_store.py
# writes a store of it). Later versions are migrations from it, in MIGRATIONS.
SCHEMA_V1 = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL,
    as_of TEXT,
    indicator TEXT NOT NULL,
    level TEXT NOT NULL,
    file TEXT NOT NULL,
    sheet TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    rows INTEGER NOT NULL,
    added TEXT NOT NULL,
    with_errors INTEGER NOT NULL,
    UNIQUE (sha256, sheet)
);
CREATE INDEX reports_round ON reports (indicator, period);
CREATE TABLE issues (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    file TEXT NOT NULL,
    sheet TEXT,
    cell TEXT,
    row INTEGER,
    column_name TEXT,
    value TEXT,
    params TEXT NOT NULL,
    more INTEGER NOT NULL
);
CREATE INDEX issues_report ON issues (report_id);
CREATE TABLE entries (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    province TEXT NOT NULL,
    total INTEGER NOT NULL,
    established INTEGER NOT NULL,
    remaining INTEGER NOT NULL,
    remarks TEXT NOT NULL,
    row INTEGER NOT NULL,
    cell TEXT NOT NULL,
    flagged INTEGER NOT NULL,
    level TEXT NOT NULL,
    received INTEGER,
    assisted INTEGER,
    referred INTEGER,
    pending INTEGER,
    PRIMARY KEY (report_id, province)
) WITHOUT ROWID;
CREATE TABLE details (
    report_id INTEGER NOT NULL REFERENCES reports (id),
    level TEXT NOT NULL,
    province TEXT NOT NULL,
    code TEXT NOT NULL,
    name_th TEXT NOT NULL,
    district_th TEXT NOT NULL,
    established INTEGER NOT NULL,
    since TEXT,
    location TEXT NOT NULL,
    received INTEGER,
    assisted INTEGER,
    referred INTEGER,
    pending INTEGER,
    cell TEXT NOT NULL,
    reported INTEGER NOT NULL
);
CREATE INDEX details_report ON details (report_id);
"""

# Version 3 keeps the round's intake (centertrack round): each file's bytes once, by sha256 (reports
# point at theirs by their sha256); when each report was received and whether it counts ("ok") or was
# sent back ("errors": stored with its issues and its provinces, never counted); each round closed or
# open; and the audit log of every add, close and reopen.
SCHEMA_V3 = """
CREATE TABLE files (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, name TEXT NOT NULL, bytes BLOB NOT NULL);
ALTER TABLE reports ADD COLUMN received TEXT;
ALTER TABLE reports ADD COLUMN status TEXT NOT NULL DEFAULT 'ok';
ALTER TABLE reports ADD COLUMN provinces TEXT;
CREATE TABLE rounds (
    period TEXT NOT NULL,
    indicator TEXT NOT NULL,
    closed INTEGER NOT NULL,
    who TEXT NOT NULL,
    time TEXT NOT NULL,
    PRIMARY KEY (period, indicator)
);
CREATE TABLE log (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    period TEXT,
    details TEXT NOT NULL
);
"""

# Version 4 keeps the provincial offices' links (centertrack access): each token only as its sha256,
# when it was made and by whom, and when it was revoked; and the analyst's key that `serve` made at its
# first start beyond this computer, only as its sha256.
SCHEMA_V4 = """
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    province TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    who TEXT NOT NULL,
    revoked TEXT
);
CREATE INDEX links_province ON links (province);
CREATE TABLE keys (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, created TEXT NOT NULL, who TEXT NOT NULL);
"""

# Version 2 keeps each source file's size and the encoding its text was read in (NULL for reports
# stored by version 1, which did not keep them).
MIGRATIONS: dict[int, str] = {
    2: "ALTER TABLE reports ADD COLUMN size INTEGER; ALTER TABLE reports ADD COLUMN encoding TEXT;",
    3: SCHEMA_V3,
    4: SCHEMA_V4,
}
