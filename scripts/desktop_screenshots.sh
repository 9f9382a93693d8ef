#!/usr/bin/env bash
# The window as a desktop shows it: title bar and icon drawn by a window manager (openbox),
# under Xvfb, grabbed with ImageMagick's `import`. Needs xvfb, openbox, imagemagick, x11-utils.
#   xvfb-run -a -s "-screen 0 1440x900x24" scripts/desktop_screenshots.sh DEMO_LIBRARY
# Writes docs/screenshots/desktop-window.png and desktop-title-bar.png (the title bar, 3x).
set -euo pipefail
library=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/screenshots"
work=$(mktemp -d)
trap 'kill "${app:-}" "${wm:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
openbox >/dev/null 2>&1 &
wm=$!
# The user's settings and logs of this run's own.
HOME="$work" XDG_CONFIG_HOME="$work/config" COLLATERAL_LOG_DIR="$work/logs" QT_QPA_PLATFORM=xcb \
  "$root/.venv/bin/collateral-app" --library "$library" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 60); do  # until the window is mapped and the window manager framed it
  window=$(xwininfo -root -tree 2>/dev/null | awk '/"Collateral — / && !found {print $1; found = 1}')
  [ -n "$window" ] && xprop -id "$window" _NET_FRAME_EXTENTS | grep -q = && break
  sleep 0.5
done
[ -n "$window" ] || { cat "$work/app.log" >&2; exit 1; }
sleep 4  # the first search and the thumbnails
import -window root "$work/root.png"
read -r w h x y < <(xwininfo -id "$window" |
  awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF} /Width/ {w=$NF} /Height/ {h=$NF} END {print w, h, x, y}')
# What the window manager draws around the window: left, right, top (the title bar), bottom.
IFS=', ' read -r left right top bottom < <(xprop -id "$window" _NET_FRAME_EXTENTS | sed 's/.*= //')
convert "$work/root.png" -crop "$((w + left + right))x$((h + top + bottom))+$((x - left))+$((y - top))" \
  +repage "$out/desktop-window.png"
convert "$work/root.png" -crop "400x$((top + 28))+$((x - left))+$((y - top))" +repage \
  -filter point -resize 300% "$out/desktop-title-bar.png"
echo "saved $out/desktop-window.png and $out/desktop-title-bar.png"
