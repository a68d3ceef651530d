#!/usr/bin/env bash
# The workbench views benchmark: Accounts, Exchanges (selection, full-text search, detail), Sources and Dossier on a
# copy of a case, headless, with the longest FX-thread stall of each step. Figures: docs/views-workbench.md.
#
#   bench/workbench-bench.sh path/to/case.retort [FTS_WORD]
set -euo pipefail
exec "$(dirname "$0")/run-views-class.sh" dev.retort.views.bench.WorkbenchBenchmark "$@"
