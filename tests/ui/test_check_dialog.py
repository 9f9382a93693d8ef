"""File > Check library: the report, and Repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.maintenance import check_library
from ui.app import AppWindow
from ui.shell.dialogs import CheckDialog

from .helpers import TIMEOUT_MS, SampleAssets


def _run_check(qtbot: QtBot, window: AppWindow) -> CheckDialog:
    """Choose File > Check library and wait for the report."""
    before = set(window.shell.findChildren(CheckDialog))
    window.shell.check_action.trigger()
    (dialog,) = set(window.shell.findChildren(CheckDialog)) - before
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT_MS)
    return dialog


def _rows(dialog: CheckDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_checking_a_healthy_library_says_it_is_consistent(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    dialog = _run_check(qtbot, window)

    assert dialog.isVisible()
    assert dialog.report is not None and dialog.report.consistent
    assert dialog.report.assets_checked == len(sample_assets.all_ids)
    assert dialog.heading.text() == (
        f"Checked {len(sample_assets.all_ids)} assets and {len(sample_assets.all_ids)} stored files: "
        "the library is consistent: the database, every file's checksum and the index agree."
    )
    assert dialog.table.rowCount() == 0
    assert not dialog.table.isVisibleTo(dialog)
    assert dialog.height() < 200  # the answer and the buttons, not the 380 px a table of problems gets
    assert not dialog.repair_button.isEnabled()
    dialog.close()


def test_a_partly_copied_file_is_reported_and_repair_removes_it(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary
) -> None:
    stray = library.paths.blobs / ".incoming-x"
    stray.write_bytes(b"half a file, left by a crash")

    dialog = _run_check(qtbot, window)
    first = dialog.report
    assert first is not None and not first.consistent
    assert [(p.kind, p.repaired) for p in first.problems] == [("partial_file", False)]
    assert dialog.heading.text().endswith("problems found.")
    assert _rows(dialog) == [("problem", "partial file")]
    assert dialog.repair_button.isEnabled()

    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not first, timeout=TIMEOUT_MS)

    assert dialog.report is not None and dialog.report.consistent
    assert _rows(dialog) == [("repaired", "partial file")]
    assert "the library is consistent" in dialog.heading.text()
    assert not dialog.repair_button.isEnabled()
    assert not stray.exists()
    assert check_library(library).problems == ()
    dialog.close()
