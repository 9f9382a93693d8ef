"""F1 opens the user guide shipped in the package, in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.services.library.asset_library import AssetLibrary
from ui.shell.guide import GuideWindow, guide_html

from .helpers import WindowFactory


def test_f1_opens_the_guide_with_both_quick_starts(
    qtbot: QtBot, open_window: WindowFactory, empty_library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(empty_library, settings)

    qtbot.keyClick(window.shell, Qt.Key.Key_F1)

    guide = window.shell.findChild(GuideWindow)
    assert guide is not None
    qtbot.waitExposed(guide)
    page = guide.browser.toPlainText()
    assert "Quick start for sales reps" in page
    assert "Quick start for marketers" in page
    assert "check --repair" in page
    # The guide's menus are the window's: Help › User guide is where F1 lives.
    help_titles = [a.text() for a in window.shell.menus["help"].actions()]
    assert "User guide" in help_titles


def test_pressing_f1_again_brings_back_the_same_guide(
    qtbot: QtBot, open_window: WindowFactory, empty_library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(empty_library, settings)
    first = window.shell.open_guide()
    first.close()

    qtbot.keyClick(window.shell, Qt.Key.Key_F1)

    assert window.shell.findChildren(GuideWindow) == [first]
    assert first.isVisible()


def test_a_language_without_its_own_guide_reads_the_english_one() -> None:
    assert guide_html("xx") == guide_html("en")
    assert "<h1>Collateral user guide</h1>" in guide_html("en")
