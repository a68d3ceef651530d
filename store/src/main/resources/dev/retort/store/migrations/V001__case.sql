-- Schema version 1: the case itself, the files imported into it and the analysts' audit trail.
CREATE TABLE case_meta (
    id            TEXT PRIMARY KEY,           -- random UUID, stable for the life of the case
    name          TEXT NOT NULL,
    created_at    TEXT NOT NULL,              -- ISO-8601 UTC
    created_by    TEXT NOT NULL,
    tool_version  TEXT NOT NULL               -- Retort version that created the case
);

CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    path             TEXT NOT NULL,           -- path as given at import time
    file_name        TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    size_bytes       INTEGER NOT NULL,
    format           TEXT NOT NULL,
    imported_at      TEXT NOT NULL,           -- ISO-8601 UTC
    imported_by      TEXT NOT NULL,
    params_json      TEXT NOT NULL DEFAULT '{}',
    rows_imported    INTEGER NOT NULL DEFAULT 0,
    rows_duplicate   INTEGER NOT NULL DEFAULT 0,
    rows_quarantined INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL DEFAULT 'complete'
);
CREATE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,                    -- ISO-8601 UTC
    actor   TEXT NOT NULL,                    -- OS user name of the analyst
    action  TEXT NOT NULL,                    -- e.g. case.create, import, analyze, tag
    target  TEXT,                             -- what it acted on (a path, an account, a campaign)
    detail  TEXT                              -- JSON with the parameters
);
