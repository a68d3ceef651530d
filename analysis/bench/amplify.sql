-- Amplifies an imported case into a benchmark case: K-1 clones of every account (with its own cards, keys and IPs,
-- so each clone forms its own clusters) and of every exchange. Run with the sqlite3 shell on a COPY of a case:
--   cp apr.retort bench.retort && sqlite3 bench.retort < analysis/bench/amplify.sql
-- The clone count is the number of rows in the VALUES list below (16 clones: 17x the original volume).
-- Prompt texts are not cloned: clones keep their prompt SimHashes but have no text to classify.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -1000000;
DROP INDEX IF EXISTS exchanges_account_ts;
DROP INDEX IF EXISTS exchanges_ts;
DROP INDEX IF EXISTS exchanges_dedup;
CREATE TEMP TABLE clones(i INTEGER PRIMARY KEY);
INSERT INTO clones(i) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16);
CREATE TEMP TABLE base AS SELECT MAX(id) AS max_exchange FROM exchanges;
INSERT INTO accounts(id, account, created_at, email, payment_fingerprint, country, org_id, verified, first_seen,
                     last_seen, exchange_count, source_id, source_line)
    SELECT a.id + c.i * 1000000, a.account || '#' || c.i, a.created_at, a.email,
           a.payment_fingerprint || '#' || c.i, a.country, CASE WHEN a.org_id = '' THEN '' ELSE a.org_id || '#' || c.i END,
           a.verified, a.first_seen, a.last_seen, a.exchange_count, a.source_id, a.source_line
    FROM accounts a, clones c WHERE a.id < 1000000;
INSERT INTO ips(id, ip) SELECT p.id + c.i * 10000000, p.ip || '#' || c.i FROM ips p, clones c WHERE p.id < 10000000;
INSERT INTO api_keys(id, key, account_id)
    SELECT k.id + c.i * 10000000, k.key || '#' || c.i, k.account_id + c.i * 1000000
    FROM api_keys k, clones c WHERE k.id < 10000000;
INSERT INTO exchanges(id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out, status, latency_ms,
                      prompt_simhash, request_id, dedup_key, source_id, source_line)
    SELECT e.id + c.i * 100000000, e.ts, e.account_id + c.i * 1000000, e.key_id + c.i * 10000000,
           e.ip_id + c.i * 10000000, e.ua_id, e.model_id, e.tokens_in, e.tokens_out, e.status, e.latency_ms,
           e.prompt_simhash, NULL, e.dedup_key + c.i, e.source_id, e.source_line
    FROM clones c, exchanges e WHERE e.id <= (SELECT max_exchange FROM base);
INSERT INTO rollup_account_hour(account_id, hour, exchanges, tokens_in, tokens_out)
    SELECT r.account_id + c.i * 1000000, r.hour, r.exchanges, r.tokens_in, r.tokens_out
    FROM rollup_account_hour r, clones c WHERE r.account_id < 1000000;
CREATE INDEX exchanges_account_ts ON exchanges(account_id, ts);
CREATE INDEX exchanges_ts ON exchanges(ts);
CREATE INDEX exchanges_dedup ON exchanges(dedup_key);
-- the sqlite3 shell does not enforce foreign keys: clear every analysis table, not just the runs
DELETE FROM analysis_campaign_members;
DELETE FROM analysis_campaigns;
DELETE FROM analysis_account_scores;
DELETE FROM analysis_reasons;
DELETE FROM analysis_indicators;
DELETE FROM analysis_links;
DELETE FROM analysis_runs;
SELECT (SELECT COUNT(*) FROM accounts) AS accounts, (SELECT COUNT(*) FROM exchanges) AS exchanges;
