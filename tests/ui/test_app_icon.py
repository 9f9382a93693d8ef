"""The app's icon is on every window: set on the application by `collateral-app`, in every
size drawn from the SVG, so the title bar, the taskbar and the dialogs show it, not Qt's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from scripts import icons
from ui import app


def test_the_app_sets_its_icon_in_every_size_on_every_window(
    qtbot: QtBot, library_folder: Path, tmp_path: Path, app_state: tuple[Path, list[str]]
) -> None:
    assert QApplication.windowIcon().isNull()  # Qt's own until the app sets one

    code = app.main(["--library", str(library_folder), "--screenshot", str(tmp_path / "shot.png")])

    assert code == 0
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in (16, 32, 48, 64, 128, 256, 512)} <= set(icon.availableSizes())
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowIcon().cacheKey() == icon.cacheKey()
    assert QApplication.desktopFileName() == "app.collateral.Collateral"


def test_the_checked_in_icons_are_what_the_svg_draws(qapp: QApplication, tmp_path: Path) -> None:
    """Changed the SVG? Run `python -m scripts.icons` and check in what it writes. (Compared
    by pixel, within what another version of Qt's rasterizer may shift.)"""
    icons.write_icons(tmp_path)
    for size in icons.PNG_SIZES:
        name = icons.png_name(size)
        drawn, checked_in = QImage(str(tmp_path / name)), QImage(str(icons.ICONS / name))
        assert drawn.size() == checked_in.size() == QSize(size, size)
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(
                drawn.pixelColor(x, y).getRgb(), checked_in.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 24, name
