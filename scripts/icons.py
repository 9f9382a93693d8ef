"""The app's icon in every size and format a system asks for, drawn from one source,
resources/icons/collateral.svg, by Qt's own SVG renderer:

- collateral-N.png, N = 16 … 512: the window icon (loaded by the app, which needs no SVG
  support for it) and the Linux icon theme (hicolor/NxN/apps);
- collateral.ico: Windows (the executables, the taskbar), PNG-compressed images 16 … 256;
- collateral.icns: macOS (the .app), PNG images 16 … 1024, the @2x sizes included.

    python -m scripts.icons       # after changing the SVG; the outputs are checked in
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "collateral.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
# The .icns entry types that hold a PNG, with their pixel size (@2x types hold twice the points).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def png_name(size: int) -> str:
    return f"collateral-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon drawn at `size` pixels (not scaled down from a larger one), as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not write a {size}px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico of PNG images (Windows Vista and later read these at every size)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in a directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG images, with its table of contents first, as iconutil writes it."""
    chunks = [(kind, pngs[size]) for kind, size in ICNS_TYPES]
    toc = b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in chunks)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path) -> dict[str, int]:
    """Every icon file drawn from the SVG into `folder`: name → bytes written."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"{SOURCE} is not an SVG Qt can draw")
    pngs = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, 1024})}
    written = {png_name(size): pngs[size] for size in PNG_SIZES}
    written["collateral.ico"] = ico(pngs)
    written["collateral.icns"] = icns(pngs)
    for name, data in written.items():
        (folder / name).write_bytes(data)
    return {name: len(data) for name, data in written.items()}


def main() -> int:
    try:
        sizes = write_icons(ICONS)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    for name, size in sizes.items():
        print(f"{name}: {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
