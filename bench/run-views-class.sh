#!/usr/bin/env bash
# Runs one class of the views module's test sources (a benchmark or a screenshot maker) headless, from a snapshot:
#   bench/run-views-class.sh dev.retort.views.bench.ViewsBenchmark ARGS...
# Used by views-bench.sh, workbench-bench.sh and views-screenshots.sh. BENCH_OPTS adds JVM options (e.g. -Dbench.workbenchOnly=true).
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=$1
shift
# Compile views and the modules below it from this tree (the reactor resolves them to their target/classes).
# MAVEN_ARGS (e.g. -Dmaven.repo.local=...) is passed on explicitly: Maven 3.8 does not read it itself.
mvn -B -o -q ${MAVEN_ARGS:-} -pl views -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/views/target/bench.classpath" -Dmdep.includeScope=test
# Run from a snapshot of the classes and jars: other builds may rewrite ~/.m2 or target/ while this runs.
SNAP=views/target/bench-snapshot
rm -rf "$SNAP" && mkdir -p "$SNAP/lib" "$SNAP/modules"
cp -r views/target/classes "$SNAP/classes" && cp -r views/target/test-classes "$SNAP/test-classes"
CP="$SNAP/test-classes:$SNAP/classes"
n=0
for entry in $(tr ':' ' ' < views/target/bench.classpath); do
  if [ -d "$entry" ]; then
    n=$((n + 1)); cp -r "$entry" "$SNAP/modules/$n"; CP="$CP:$SNAP/modules/$n"
  else
    cp "$entry" "$SNAP/lib/"
  fi
done
CP="$CP:$SNAP/lib/*"
# The window's JVM options as the launcher gives them (ADR 0008), then the benchmark's own.
exec java -Xmx3g -XX:MaxGCPauseMillis=20 -XX:ThreadPriorityPolicy=1 ${BENCH_OPTS:-} -cp "$CP" \
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200 -Djava.awt.headless=true \
  "$MAIN" "$@"
