#!/bin/sh
# Measures the scenario generator: exchanges/s, MB/s, bytes per exchange and peak memory.
# usage: bench/generate-bench.sh [PRESET] [SCALE] [FORMAT] [GZIP true|false] [OUT]
#   e.g. bench/generate-bench.sh apr-2026 1 litellm true /tmp/apr-full
# Builds the generator module offline if its jar is missing. Deletes OUT first. Prints the load average too,
# because the machine is shared and wall-clock figures depend on it.
set -eu
PRESET=${1:-apr-2026}
SCALE=${2:-0.1}
FORMAT=${3:-litellm}
GZIP=${4:-false}
OUT=${5:-${TMPDIR:-/tmp}/retort-generate-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/generator/target/retort-generator-0.1.0.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -o -q -pl generator install -DskipTests)
fi
JACKSON=$(ls "$HOME"/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.22.4/jackson-core-2.22.4.jar)
rm -rf "$OUT"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; free disk: $(df -h "$(dirname "$OUT")" | awk 'NR==2{print $4}')"
if [ -x /usr/bin/time ]; then TIMER="/usr/bin/time -v"; else TIMER=""; fi
$TIMER java -Xmx1g -cp "$JAR:$JACKSON" dev.retort.generator.GeneratorMain "$PRESET" "$OUT" "$SCALE" "$FORMAT" 42 2 "$GZIP" \
  2> "$OUT.stderr" || { tail -20 "$OUT.stderr"; exit 1; }
grep -E "Maximum resident|Elapsed \(wall|User time|System time" "$OUT.stderr" || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); output: $(du -sh "$OUT" | cut -f1)"
