#!/usr/bin/env bash
# Screenshots of the network and timeline views from the real views, headless:
#   bench/views-screenshots.sh path/to/demo.retort docs/screenshots
#
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -pl views test-compile
mvn -B -o -q -pl views dependency:build-classpath -Dmdep.outputFile="$PWD/views/target/bench.classpath" -Dmdep.includeScope=test
CP="views/target/test-classes:views/target/classes:$(cat views/target/bench.classpath)"
exec java -Xmx3g -cp "$CP" \
  -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200 -Djava.awt.headless=true \
  dev.retort.views.bench.NetworkTimelineScreenshots "$@"
