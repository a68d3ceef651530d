#!/usr/bin/env bash
# Import budget benchmark (not a test): what the writer, SQLite and the SHA-256 cost per record on this machine
# when each runs alone, beside the CPU per record a target rate leaves on its cores (see WriteFloorBench.java).
#
# Usage: bench/write-floor-bench.sh CASE [RECORDS] [TARGET_PER_S]   e.g. bench/write-floor-bench.sh C.retort 500000
# CASE: any case with imported LiteLLM exchanges, e.g. after bench/import-bench.sh: `retort case create C.retort`,
# `retort import --no-fts --case C.retort /tmp/retort-import-bench/jsonl`. It is only read; scratch cases are
# written next to it in CASE.floor/ and deleted at the end, also when the run fails.
# Needs: a built repository (mvn -o -q install -DskipTests on store).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CASE=${1:?usage: write-floor-bench.sh CASE [RECORDS] [TARGET_PER_S]}
WORK="$CASE.floor"
CPFILE=$(mktemp)
trap 'rm -rf "$CPFILE" "$WORK"' EXIT
(cd "$ROOT" && mvn -B -o -q -f store/pom.xml dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null)
java -Xmx3g -cp "$ROOT/store/target/classes:$(cat "$CPFILE")" "$ROOT/bench/WriteFloorBench.java" \
    "$CASE" "$WORK" "${2:-500000}" "${3:-150000}" 2>&1 | grep -v SLF4J
