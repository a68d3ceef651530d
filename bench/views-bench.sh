#!/usr/bin/env bash
# The views benchmark (issue 6): network overview, timeline zoom/brush/drill, campaign expansion and the longest
# FX-thread stall, headless. Figures and how to read them: docs/views.md.
#
#   bench/views-bench.sh --case path/to/apr-2026.retort           an imported and analysed case
#   bench/views-bench.sh --synthetic 25000,2000,28800000,45 --work /tmp/vb
#                                                                  builds a case of that size first (one campaign
#                                                                  of 25,000 accounts, 2,000 others, 28.8M exchanges)
set -euo pipefail
exec "$(dirname "$0")/run-views-class.sh" dev.retort.views.bench.ViewsBenchmark "$@"
