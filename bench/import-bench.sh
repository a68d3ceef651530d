#!/usr/bin/env bash
# Import benchmark (not a test): generates LiteLLM exchanges with the scenario generator, imports them with
# `retort import`, and in the same run loads the same rows (the generator's CSV of the same scenario and seed)
# with the sqlite3 command-line tool's .import, for comparison.
#
# Usage: bench/import-bench.sh [PRESET] [SCALE] [WORKDIR]      e.g. bench/import-bench.sh feb-2026 0.1
# Needs: a built repository (mvn -o -q install -DskipTests on store, generator, importers, analysis, dossier,
# views, app), sqlite3 on PATH, GNU time (/usr/bin/time).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PRESET=${1:-feb-2026}
SCALE=${2:-0.1}
WORK=${3:-${TMPDIR:-/tmp}/retort-import-bench}
HEAP=${RETORT_BENCH_HEAP:-1g}

CPFILE=$(mktemp)
(cd "$ROOT" && mvn -B -o -q -f app/pom.xml dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null)
CP="$ROOT/app/target/classes:$(cat "$CPFILE")"
rm -f "$CPFILE"

if [ "${RETORT_BENCH_REUSE:-0}" = 1 ] && [ -d "$WORK/jsonl" ] && [ -d "$WORK/csv" ]; then
    echo "== reusing the generated data in $WORK (RETORT_BENCH_REUSE=1)"
    rm -f "$WORK"/bench.retort* "$WORK"/sqlite.db*
else
    rm -rf "$WORK"
    mkdir -p "$WORK"
    echo "== generating $PRESET at scale $SCALE (LiteLLM JSONL, and CSV of the same rows) in $WORK"
    java -cp "$CP" dev.retort.generator.GeneratorMain "$PRESET" "$WORK/jsonl" "$SCALE" litellm 42 2 2>/dev/null
    java -cp "$CP" dev.retort.generator.GeneratorMain "$PRESET" "$WORK/csv" "$SCALE" csv 42 2 2>/dev/null
    rm -f "$WORK/csv/accounts.csv" "$WORK/csv/truth.json"
fi
RAW=$(du -cb "$WORK"/jsonl/litellm-*.jsonl | tail -1 | cut -f1)
ROWS=$(cat "$WORK"/jsonl/litellm-*.jsonl | wc -l)
echo "raw JSONL: $RAW bytes, $ROWS exchanges ($((RAW / ROWS)) bytes/exchange)"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== retort import (heap limit $HEAP; load average $LOAD_BEFORE)"
java -cp "$CP" dev.retort.app.Main case create "$WORK/bench.retort" >/dev/null 2>&1
/usr/bin/time -f "retort: wall %e s, user %U s, sys %S s, max RSS %M KB" \
    java -Xmx"$HEAP" -cp "$CP" dev.retort.app.Main import --quiet --stats --case "$WORK/bench.retort" \
    "$WORK"/jsonl/litellm-*.jsonl 2>&1 | grep -v SLF4J | grep -v "^imported " || true
CASE=$(stat -c %s "$WORK/bench.retort")
echo "case file: $CASE bytes = $((CASE / ROWS)) bytes/exchange; raw JSONL / case = $(awk "BEGIN{printf \"%.2f\", $RAW/$CASE}")"

echo "== sqlite3 .import of the same rows as CSV"
cat > "$WORK/schema.sql" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE exchanges(timestamp TEXT, request_id TEXT, account_id TEXT, api_key TEXT, ip TEXT, user_agent TEXT,
                       model TEXT, tokens_in INTEGER, tokens_out INTEGER, status INTEGER, latency_ms INTEGER,
                       prompt TEXT, response TEXT);
SQL
sqlite3 "$WORK/sqlite.db" < "$WORK/schema.sql" >/dev/null
{
    echo ".mode csv"
    for f in "$WORK"/csv/csv-*.csv; do echo ".import --skip 1 $f exchanges"; done
} > "$WORK/import.sql"
START=$(date +%s.%N)
/usr/bin/time -f "sqlite3: wall %e s, user %U s, sys %S s, max RSS %M KB" sqlite3 "$WORK/sqlite.db" < "$WORK/import.sql"
END=$(date +%s.%N)
SROWS=$(sqlite3 "$WORK/sqlite.db" "SELECT count(*) FROM exchanges")
echo "sqlite3 .import: $SROWS rows in $(awk "BEGIN{printf \"%.1f\", $END-$START}") s = $(awk "BEGIN{printf \"%.0f\", $SROWS/($END-$START)}") rows/s (no indexes, no dictionaries, no rollups)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (before: $LOAD_BEFORE)"
