#!/usr/bin/env bash
# Installs the system libraries the test suite needs (Qt's offscreen platform, Xvfb, Tesseract
# with English and German data for OCR, the freedesktop.org validators of the Linux desktop
# entry), only when they are missing, and only where apt-get can
# run as root. LibreOffice is not installed here (it is large): its tests run where it is.
set -euo pipefail
needed=()
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libGL.so.1 libdbus-1.so.3; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || needed+=("$lib")
done
command -v xvfb-run >/dev/null || needed+=("xvfb")
command -v desktop-file-validate >/dev/null || needed+=("desktop-file-utils")
command -v appstreamcli >/dev/null || needed+=("appstream")
ocr=()
command -v tesseract >/dev/null || ocr+=("tesseract-ocr")
for lang in eng deu; do
  tesseract --list-langs 2>/dev/null | grep -qx "$lang" || ocr+=("tesseract-ocr-$lang")
done
needed+=(${ocr[@]+"${ocr[@]}"})
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: missing ${needed[*]}; install them with your package manager." >&2
  exit 0
fi
echo "system-deps: installing packages for ${needed[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends \
  libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libgl1 libdbus-1-3 libglib2.0-0 \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
  libxcb-render-util0 libxcb-image0 libxrender1 libxi6 fonts-dejavu-core xvfb xauth \
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu desktop-file-utils appstream >/dev/null
