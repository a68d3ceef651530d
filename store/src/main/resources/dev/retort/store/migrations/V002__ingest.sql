-- Schema version 2: imported exchanges, accounts, keys, texts, full-text index, quarantine and rollups.
-- Times are epoch milliseconds UTC (INTEGER); unknown values are NULL. Every imported row names its source
-- (sources.id) and 1-based line in that source.

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    account             TEXT NOT NULL UNIQUE,  -- the account id as the sources name it
    created_at          INTEGER,               -- from an account export, epoch ms
    email               TEXT,
    payment_fingerprint TEXT,
    country             TEXT,
    org_id              TEXT,
    verified            INTEGER,               -- 1/0, NULL when unknown
    first_seen          INTEGER,               -- first exchange, epoch ms
    last_seen           INTEGER,
    exchange_count      INTEGER NOT NULL DEFAULT 0,
    source_id           INTEGER,               -- the account export row, else where it was first seen in a log
    source_line         INTEGER
);

CREATE TABLE api_keys (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,           -- key or key hash as the source shows it
    account_id INTEGER                         -- the account it was first seen with
);

CREATE TABLE ips (
    id INTEGER PRIMARY KEY,
    ip TEXT NOT NULL UNIQUE
);

CREATE TABLE user_agents (
    id INTEGER PRIMARY KEY,
    ua TEXT NOT NULL UNIQUE
);

CREATE TABLE models (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE exchanges (
    id             INTEGER PRIMARY KEY,
    ts             INTEGER NOT NULL,          -- request start, epoch ms UTC
    account_id     INTEGER,                   -- accounts.id
    key_id         INTEGER,                   -- api_keys.id
    ip_id          INTEGER,                   -- ips.id
    ua_id          INTEGER,                   -- user_agents.id
    model_id       INTEGER,                   -- models.id
    tokens_in      INTEGER,
    tokens_out     INTEGER,
    status         INTEGER,                   -- HTTP-like status: 200 ok, 4xx/5xx errors
    latency_ms     INTEGER,
    prompt_simhash INTEGER,                   -- 64-bit SimHash of the normalised prompt; NULL without text
    request_id     TEXT,                      -- the source's request id, NULL when it has none
    dedup_key      INTEGER NOT NULL,          -- 64-bit hash of request_id (or of the content without one)
    source_id      INTEGER NOT NULL,          -- sources.id
    source_line    INTEGER NOT NULL
);
-- Secondary indexes. The importer drops them before a bulk load into an empty case and builds them again after.
CREATE INDEX exchanges_account_ts ON exchanges(account_id, ts);
CREATE INDEX exchanges_ts ON exchanges(ts);
CREATE INDEX exchanges_dedup ON exchanges(dedup_key);

-- Prompt and response text, each capped (see exchange_texts.truncated), kept for evidence and search.
CREATE TABLE exchange_texts (
    exchange_id INTEGER PRIMARY KEY,          -- exchanges.id
    prompt      TEXT,
    response    TEXT,
    truncated   INTEGER NOT NULL DEFAULT 0    -- 1 when either text was cut at the cap
);

-- Full-text index over exchange_texts (external content: the text is stored once). Filled after the case is
-- usable; fts_state.indexed_upto says how far (exchange ids at or below it are searchable).
CREATE VIRTUAL TABLE exchange_fts USING fts5(prompt, response, content='exchange_texts', content_rowid='exchange_id');

CREATE TABLE fts_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL DEFAULT 0
);
INSERT INTO fts_state(id, indexed_upto) VALUES (1, 0);

-- Lines that could not be read: nothing is dropped silently.
CREATE TABLE quarantine (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    raw       TEXT                            -- the raw line, capped at 4 KB
);
CREATE INDEX quarantine_source ON quarantine(source_id, line);

-- Exchanges and tokens per account and hour (hour = ts / 3600000), for the timeline and the analysis.
CREATE TABLE rollup_account_hour (
    account_id INTEGER NOT NULL,
    hour       INTEGER NOT NULL,
    exchanges  INTEGER NOT NULL,
    tokens_in  INTEGER NOT NULL,
    tokens_out INTEGER NOT NULL,
    PRIMARY KEY (account_id, hour)
) WITHOUT ROWID;

-- Import progress per source, so a killed import resumes exactly: rows of a source up to committed_line are in.
ALTER TABLE sources ADD COLUMN committed_line INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN rows_merged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN lines_read INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN finished_at TEXT;
-- Identifies a file before it is read in full: SHA-256 of its size, first MB and last MB. The full SHA-256 is
-- computed while the file is imported (one read, not two) and written to sha256 when the file is done.
ALTER TABLE sources ADD COLUMN quick_key TEXT;
CREATE INDEX sources_quick_key ON sources(quick_key);
