#!/usr/bin/env bash
# Screenshots of the network and timeline views from the real views, headless:
#   bench/views-screenshots.sh path/to/demo.retort docs/screenshots
#
set -euo pipefail
exec "$(dirname "$0")/run-views-class.sh" dev.retort.views.bench.NetworkTimelineScreenshots "$@"
