#!/bin/sh
# Puts Collateral in this user's application menu on Linux: the .desktop entry (started by
# the absolute path of collateral-app), the icon in every size, the AppStream entry.
#   from an unpacked bundle:  Collateral/_internal/linux/install-desktop-entry.sh
#   after pip install:        packaging/linux/install-desktop-entry.sh [PATH/TO/collateral-app]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=app.collateral.Collateral
app=${1:-}
if [ -z "$app" ] && [ -x "$here/../../collateral-app" ]; then
  app="$here/../../collateral-app"  # the bundle's executable, two folders up
fi
if [ -z "$app" ]; then
  app=$(command -v collateral-app || true)
fi
if [ -z "$app" ] || [ ! -x "$app" ]; then
  echo "collateral-app not found: give its path, e.g. $0 ~/Collateral/collateral-app" >&2
  exit 1
fi
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
# Exec names the program quoted, which takes a folder name with spaces; the characters the
# desktop entry format would need escaped are refused, before anything is written.
case "$app" in
  *'"'* | *'`'* | *'$'* | *'\'* | *'%'*)
    echo "move Collateral to a folder without \" \` \$ \\ or % in its path: $app" >&2
    exit 1
    ;;
esac
for icons in "$here/../collateral_app/resources/icons" "$here/../../resources/icons"; do
  [ -f "$icons/collateral-512.png" ] && break
done
if [ ! -f "$icons/collateral-512.png" ]; then
  echo "the icons are not beside this script ($here)" >&2
  exit 1
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/metainfo"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icons/collateral-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
# The program by its full path (a bundle is not on PATH), quoted for spaces.
APP="$app" awk '
  /^Exec=collateral-app/ { sub(/^Exec=collateral-app/, ""); print "Exec=\"" ENVIRON["APP"] "\"" $0; next }
  /^TryExec=collateral-app$/ { print "TryExec=" ENVIRON["APP"]; next }
  { print }
' "$here/$id.desktop" >"$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Collateral is in the application menu ($data/applications/$id.desktop)."
