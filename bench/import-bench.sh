#!/usr/bin/env bash
# Import benchmark (not a test): generates LiteLLM exchanges with the scenario generator, imports them with
# `retort import`, and in the same run loads the same rows (the generator's CSV of the same scenario and seed)
# with the sqlite3 command-line tool's .import, for comparison.
#
# Usage: bench/import-bench.sh [PRESET] [SCALE] [WORKDIR]      e.g. bench/import-bench.sh feb-2026 0.1
# RETORT_BENCH_RUNS=N alternates N Retort imports with N sqlite3 imports and reports the medians: this 2-core
# machine's speed drifts by 15 % from one minute to the next, so a single pair says little. Only the first Retort
# run builds the full-text index (its rate is reported separately). Each import starts with the other tool's
# output deleted, so neither runs with a 2 GB file just written filling the page cache.
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

RUNS=${RETORT_BENCH_RUNS:-1}
cat > "$WORK/schema.sql" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE exchanges(timestamp TEXT, request_id TEXT, account_id TEXT, api_key TEXT, ip TEXT, user_agent TEXT,
                       model TEXT, tokens_in INTEGER, tokens_out INTEGER, status INTEGER, latency_ms INTEGER,
                       prompt TEXT, response TEXT);
SQL
{
    echo ".mode csv"
    for f in "$WORK"/csv/csv-*.csv; do echo ".import --skip 1 $f exchanges"; done
} > "$WORK/import.sql"

RETORT_RATES=()
SQLITE_RATES=()
for RUN in $(seq 1 "$RUNS"); do
    rm -f "$WORK"/bench.retort* "$WORK"/sqlite.db*
    FTS=--no-fts
    [ "$RUN" = 1 ] && FTS=
    echo "== run $RUN of $RUNS: retort import (heap limit $HEAP; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    java -cp "$CP" dev.retort.app.Main case create "$WORK/bench.retort" >/dev/null 2>&1
    OUT=$( { /usr/bin/time -f "retort: wall %e s, user %U s, sys %S s, max RSS %M KB" \
        java -Xmx"$HEAP" -cp "$CP" dev.retort.app.Main import --quiet --stats $FTS --case "$WORK/bench.retort" \
        "$WORK"/jsonl/litellm-*.jsonl; } 2>&1 | grep -v SLF4J | grep -v "^imported " || true)
    echo "$OUT"
    RATE=$(echo "$OUT" | sed -n 's/^total:.*(\([0-9,]*\) records\/s).*/\1/p' | tr -d ,)
    RETORT_RATES+=("${RATE:-0}")
    if [ "$RUN" = 1 ]; then
        CASE=$(stat -c %s "$WORK/bench.retort")
        echo "case file: $CASE bytes = $((CASE / ROWS)) bytes/exchange; raw JSONL / case = $(awk "BEGIN{printf \"%.2f\", $RAW/$CASE}")"
    fi
    rm -f "$WORK"/bench.retort*

    echo "== run $RUN of $RUNS: sqlite3 .import of the same rows as CSV (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    sqlite3 "$WORK/sqlite.db" < "$WORK/schema.sql" >/dev/null
    START=$(date +%s.%N)
    /usr/bin/time -f "sqlite3: wall %e s, user %U s, sys %S s, max RSS %M KB" sqlite3 "$WORK/sqlite.db" < "$WORK/import.sql"
    END=$(date +%s.%N)
    SROWS=$(sqlite3 "$WORK/sqlite.db" "SELECT count(*) FROM exchanges")
    SRATE=$(awk "BEGIN{printf \"%.0f\", $SROWS/($END-$START)}")
    SQLITE_RATES+=("$SRATE")
    echo "sqlite3 .import: $SROWS rows in $(awk "BEGIN{printf \"%.1f\", $END-$START}") s = $SRATE rows/s (no indexes, no dictionaries, no rollups)"
    rm -f "$WORK"/sqlite.db*
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
R=$(median "${RETORT_RATES[@]}")
S=$(median "${SQLITE_RATES[@]}")
echo "== summary over $RUNS run(s), alternating"
echo "retort, case usable (load + indexes): ${RETORT_RATES[*]} exchanges/s; median $R"
echo "sqlite3 .import:                      ${SQLITE_RATES[*]} rows/s; median $S"
echo "retort / sqlite3 (medians): $(awk "BEGIN{printf \"%.2f\", $R/$S}")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
