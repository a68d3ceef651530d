#!/usr/bin/env bash
# The views benchmark (issue 6): network overview, timeline zoom/brush/drill, campaign expansion and the longest
# FX-thread stall, headless. Figures and how to read them: docs/views.md.
#
#   bench/views-bench.sh --case path/to/apr-2026.retort           an imported and analysed case
#   bench/views-bench.sh --synthetic 25000,2000,28800000,45 --work /tmp/vb
#                                                                  builds a case of that size first (one campaign
#                                                                  of 25,000 accounts, 2,000 others, 28.8M exchanges)
set -euo pipefail
cd "$(dirname "$0")/.."
# Compile views and the modules below it from this tree (the reactor resolves them to their target/classes).
mvn -B -o -q -pl views -am test-compile dependency:build-classpath \
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
exec java -Xmx3g -cp "$CP" \
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200 -Djava.awt.headless=true \
  dev.retort.views.bench.ViewsBenchmark "$@"
