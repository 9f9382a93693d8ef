"""The icon files each system reads, as `python -m scripts.icons` draws them from the SVG and
they are checked in: read back here by Pillow, a reader other than the Qt that wrote them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from scripts import icons

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_every_png_size_is_there_at_its_size() -> None:
    assert icons.PNG_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in icons.PNG_SIZES:
        with Image.open(FOLDER / icons.png_name(size)) as png:
            assert (png.format, png.size, png.mode) == ("PNG", (size, size), "RGBA")


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    with Image.open(FOLDER / "collateral.ico") as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


def test_the_macos_icon_holds_every_size_and_its_retina_double() -> None:
    with Image.open(FOLDER / "collateral.icns") as icns:
        assert icns.format == "ICNS"
        sizes = set(icns.info["sizes"])
        for points in (16, 32, 128, 256, 512):
            assert {(points, points, 1), (points, points, 2)} <= sizes
        icns.size = (1024, 1024)  # the 512@2x image
        icns.load()
        assert icns.size == (1024, 1024)
