"""What the window remembers between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from collateral_app.services.library.asset_library import AssetLibrary

from .helpers import SampleAssets, WindowFactory, checked_filters, research, shown_ids


def test_a_new_window_restores_the_sort_order_and_the_ticked_filters(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    window = open_window(library, settings)
    research(qtbot, window, lambda: window.sort.setCurrentIndex(window.sort.findData("title")))
    research(qtbot, window, lambda: window.set_filter("stage", "decision"))
    research(qtbot, window, lambda: window.set_filter("industry", "healthcare"))
    assert shown_ids(window) == [sample_assets.mercy]
    window.close()

    # A new run reads the settings file afresh.
    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert again.sort.currentData() == "title"
    assert again.sort.currentText() == "Title"
    assert checked_filters(again) == {("stage", "decision"), ("industry", "healthcare")}
    assert shown_ids(again) == [sample_assets.mercy]


def test_a_single_ticked_filter_is_restored_too(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)
    research(qtbot, window, lambda: window.set_filter("industry", "retail"))
    window.close()

    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert checked_filters(again) == {("industry", "retail")}


def test_show_archived_is_remembered(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)
    research(qtbot, window, lambda: window.show_archived.setChecked(True))
    window.close()

    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert again.show_archived.isChecked()
