#!/usr/bin/env bash
# Opens the desktop app on a library; without a display, says how to look at it instead.
set -euo pipefail
library="$1"
if [ -x .venv/bin/collateral-app ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; }; then
  QT_QPA_PLATFORM= exec .venv/bin/collateral-app --library "$library"
fi
echo "Demo library: $library"
.venv/bin/collateral --library "$library" list --limit 20
echo
.venv/bin/collateral --library "$library" search "healthcare roi"
