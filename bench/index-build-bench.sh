#!/usr/bin/env bash
# Index-build benchmark (not a test): rebuilds an imported case's two secondary indexes under each given page
# cache and sorter-thread setting (ADR 0074). Works in place: the case keeps its indexes, rebuilt.
#
# Usage: bench/index-build-bench.sh CASE [CACHE,THREADS ...]     e.g. bench/index-build-bench.sh C.retort -262144,2 -2000,4
# Needs: a built repository (for the SQLite driver on the classpath).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CASE=${1:?usage: index-build-bench.sh CASE [CACHE,THREADS ...]}
shift
SETTINGS=("$@")
[ ${#SETTINGS[@]} -eq 0 ] && SETTINGS=(-262144,2 -2000,4 -262144,2 -2000,4)
CPFILE=$(mktemp)
(cd "$ROOT" && mvn -B -o -q -f store/pom.xml dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null)
java -cp "$(cat "$CPFILE")" "$ROOT/bench/IndexBuildBench.java" "$CASE" "${SETTINGS[@]}" 2>&1 | grep -v SLF4J
rm -f "$CPFILE"
