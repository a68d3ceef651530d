-- Schema version 3: analysis runs with their versioned configuration, campaigns, members, account scores,
-- reasons, indicators and the links between accounts. Every result row belongs to one run, so earlier runs stay
-- readable and a dossier can cite exactly which run (and which configuration) produced a verdict.
CREATE TABLE analysis_runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,            -- ISO-8601 UTC
    finished_at     TEXT,                     -- ISO-8601 UTC, NULL while running or if it failed
    analyst         TEXT NOT NULL,            -- OS user who ran it
    tool_version    TEXT NOT NULL,
    config_version  TEXT NOT NULL,            -- version of the configuration schema, e.g. analysis-config/1
    config_json     TEXT NOT NULL,            -- every parameter the run used
    accounts        INTEGER NOT NULL DEFAULT 0,
    exchanges       INTEGER NOT NULL DEFAULT 0,
    duration_ms     INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE analysis_campaigns (
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    campaign        TEXT NOT NULL,            -- stable id derived from the members, e.g. C-3f2a9b1c
    score           REAL NOT NULL,            -- 0..1
    verdict         TEXT NOT NULL,            -- campaign | suspicious
    account_count   INTEGER NOT NULL,
    exchange_count  INTEGER NOT NULL,
    window_start    INTEGER,                  -- first exchange, epoch ms UTC
    window_end      INTEGER,                  -- last exchange, epoch ms UTC
    ramp_end        INTEGER,                  -- when the campaign reached half its peak daily volume, epoch ms
    signals_json    TEXT NOT NULL,            -- signal name -> value in 0..1
    PRIMARY KEY (run_id, campaign)
);

CREATE TABLE analysis_campaign_members (
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    campaign        TEXT NOT NULL,
    account         TEXT NOT NULL,            -- the account name as imported
    PRIMARY KEY (run_id, campaign, account)
);

CREATE TABLE analysis_account_scores (
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    account         TEXT NOT NULL,
    score           REAL NOT NULL,            -- 0..1
    campaign        TEXT,                     -- NULL unless judged part of a campaign
    cluster         TEXT,                     -- the linked cluster it fell in (may be innocent), or NULL
    signals_json    TEXT NOT NULL,
    PRIMARY KEY (run_id, account)
);

CREATE TABLE analysis_reasons (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    subject_kind    TEXT NOT NULL,            -- campaign | account
    subject         TEXT NOT NULL,            -- campaign id or account name
    ordinal         INTEGER NOT NULL,         -- order of importance, 0 first
    code            TEXT NOT NULL,            -- machine name of the indicator or signal
    weight          REAL NOT NULL,            -- its contribution to the score
    text            TEXT NOT NULL,            -- the reason in plain words
    exchange_ids    TEXT NOT NULL DEFAULT '[]' -- JSON array of example exchange ids (exchanges.id)
);
CREATE INDEX analysis_reasons_subject ON analysis_reasons(run_id, subject_kind, subject);

CREATE TABLE analysis_indicators (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,            -- card, card_bin, ip, subnet, user_agent, email_domain, ...
    value           TEXT NOT NULL,            -- the shared value
    account_count   INTEGER NOT NULL,
    weight          REAL NOT NULL,            -- how much one shared value of this kind links two accounts
    accounts_json   TEXT NOT NULL             -- JSON array of the account names sharing it
);
CREATE INDEX analysis_indicators_run ON analysis_indicators(run_id, kind);

CREATE TABLE analysis_links (
    run_id          INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
    account_a       TEXT NOT NULL,
    account_b       TEXT NOT NULL,
    weight          REAL NOT NULL,
    kinds           TEXT NOT NULL,            -- comma-separated indicator kinds behind the link
    PRIMARY KEY (run_id, account_a, account_b)
);
