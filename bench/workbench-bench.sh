#!/usr/bin/env bash
# The workbench views benchmark: Accounts, Exchanges (selection, full-text search, detail), Sources and Dossier on a
# copy of a case, headless, with the longest FX-thread stall of each step. Figures: docs/views-workbench.md.
#
#   bench/workbench-bench.sh path/to/case.retort [FTS_WORD]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -pl views test-compile
mvn -B -o -q -pl views dependency:build-classpath -Dmdep.outputFile="$PWD/views/target/bench.classpath" -Dmdep.includeScope=test
CP="views/target/test-classes:views/target/classes:$(cat views/target/bench.classpath)"
exec java -Xmx3g ${BENCH_OPTS:-} -cp "$CP" \
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true \
  dev.retort.views.bench.WorkbenchBenchmark "$@"
