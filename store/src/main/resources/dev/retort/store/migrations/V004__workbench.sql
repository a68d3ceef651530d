-- Schema version 4: the analyst's workbench - the dossier's sections in order, tags and notes.
-- Targets are named by kind and a text key so they survive re-analysis: an account by its account id (accounts.account),
-- a campaign by its analysis campaign key, an exchange by exchanges.id, the case itself by ''.
CREATE TABLE dossier_sections (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL,            -- 0-based order in the dossier
    kind         TEXT NOT NULL,               -- summary, campaign, network, timeline, accounts, exchanges, notes, methodology, custody
    title        TEXT NOT NULL,
    target_kind  TEXT,                        -- account, campaign, exchange or NULL for a case-wide section
    target       TEXT,
    params_json  TEXT NOT NULL DEFAULT '{}',  -- section options (e.g. row limits, exchange ids)
    added_at     TEXT NOT NULL,               -- ISO-8601 UTC
    added_by     TEXT NOT NULL
);
CREATE INDEX dossier_sections_position ON dossier_sections(position);

CREATE TABLE tags (
    id           INTEGER PRIMARY KEY,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('account', 'campaign', 'exchange', 'case')),
    target       TEXT NOT NULL,
    tag          TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    UNIQUE (target_kind, target, tag)
);
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('account', 'campaign', 'exchange', 'case')),
    target       TEXT NOT NULL,
    body         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT
);
CREATE INDEX notes_target ON notes(target_kind, target);
