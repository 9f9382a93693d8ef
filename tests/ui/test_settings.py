"""What the window remembers between runs."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

import ui
from collateral_app.services.library.asset_library import AssetLibrary
from ui.common import settings as options

from .helpers import SampleAssets, WindowFactory, checked_filters, research, shown_ids


def test_a_new_window_restores_the_sort_order_and_the_ticked_filters(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    window = open_window(library, settings)
    research(
        qtbot,
        window,
        lambda: window.library_screen.sort.setCurrentIndex(window.library_screen.sort.findData("title")),
    )
    research(qtbot, window, lambda: window.library_screen.set_filter("stage", "decision"))
    research(qtbot, window, lambda: window.library_screen.set_filter("industry", "healthcare"))
    assert shown_ids(window) == [sample_assets.mercy]
    window.shell.close()

    # A new run reads the settings file afresh.
    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert again.library_screen.sort.currentData() == "title"
    assert again.library_screen.sort.currentText() == "Title"
    assert checked_filters(again) == {("stage", "decision"), ("industry", "healthcare")}
    assert shown_ids(again) == [sample_assets.mercy]


def test_a_single_ticked_filter_is_restored_too(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)
    research(qtbot, window, lambda: window.library_screen.set_filter("industry", "retail"))
    window.shell.close()

    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert checked_filters(again) == {("industry", "retail")}


def test_show_archived_is_remembered(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)
    research(qtbot, window, lambda: window.library_screen.show_archived.setChecked(True))
    window.shell.close()

    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))

    assert again.library_screen.show_archived.isChecked()


def test_each_setting_reads_back_what_was_written_and_a_damaged_value_as_its_default(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    written = QSettings(path, QSettings.Format.IniFormat)
    options.SHOW_ARCHIVED.write(written, True)
    options.FILTERS.write(written, ["stage:decision"])
    options.SORT.write(written, "title")
    written.setValue(options.LAST_VISIT.key, ["not", "an", "instant"])
    written.sync()

    read = QSettings(path, QSettings.Format.IniFormat)  # as the next start reads the file
    assert options.SHOW_ARCHIVED.read(read) is True
    assert options.FILTERS.read(read) == ["stage:decision"]
    assert options.SORT.read(read) == "title"
    assert options.LAST_VISIT.read(read) == ""
    assert options.GEOMETRY.read(read) is None
    assert options.CURRENT_DEAL.read(read) == ""


def test_settings_are_read_and_written_only_through_their_declarations() -> None:
    app_folder = Path(ui.__file__).parent
    direct = [
        str(path.relative_to(app_folder))
        for path in app_folder.rglob("*.py")
        if path.name != "settings.py" and re.search(r"settings\.(value|setValue)\(", path.read_text("utf-8"))
    ]
    assert direct == []
