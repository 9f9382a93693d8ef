"""Importing a folder that is mostly not collateral, as a user would: the pre-flight asks
before anything is written, packaging files are skipped with their reason, bad files arrive as
drafts that need attention (badge, filter, Present disabled), and the import is undone from its
summary and brought back from File › Recent imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import AssetStatus
from collateral_app.domain.imports import UndoPlan
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.preflight import PACKAGING_FILE, VCS_FOLDER
from tests import import_folders, samples
from ui.app import AppWindow
from ui.library.import_dialog import UndoImportConfirmation
from ui.library.import_preflight import PreflightChoice, PreflightDialog, Surveys
from ui.library.results import status_badge

from .helpers import WindowFactory, search

IMPORT_TIMEOUT_MS = 60_000


def _summary(window: AppWindow) -> dict[str, tuple[str, str]]:
    table = window.library_screen.import_dialog.summary
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def test_a_folder_of_packaging_and_bad_files_is_surveyed_imported_as_drafts_and_undone(
    qtbot: QtBot,
    open_window: WindowFactory,
    empty_library: AssetLibrary,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(empty_library, settings)
    screen = window.library_screen
    library = screen.library
    before = library.asset_count()
    folder = import_folders.make_mixed_folder(tmp_path)
    seen: dict[str, object] = {}

    def preflight(parent: QWidget, surveys: Surveys) -> PreflightChoice | None:
        dialog = PreflightDialog(surveys, parent)
        seen["heading"] = dialog.heading.text()
        seen["warning"] = dialog.warning.text() if not dialog.warning.isHidden() else ""
        seen["skipped"] = {
            dialog.skipped.topLevelItem(i).text(0): dialog.skipped.topLevelItem(i).text(1)
            for i in range(dialog.skipped.topLevelItemCount())
        }
        seen["default"] = dialog.draft_button.isDefault()
        seen["written"] = library.asset_count()
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)  # "Import 5 as drafts"
        return dialog.choice

    monkeypatch.setattr(
        PreflightDialog, "ask", classmethod(lambda cls, parent, surveys: preflight(parent, surveys))
    )
    dialog = screen.import_dialog
    with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_TIMEOUT_MS):
        assert screen.import_paths([folder])

    assert seen["written"] == before  # nothing written before the choice
    assert "13 file(s): 5 to import" in str(seen["heading"])
    assert "do not look like collateral" in str(seen["warning"])
    assert seen["default"] is True  # the safer choice is the default
    skipped_groups = seen["skipped"]
    assert isinstance(skipped_groups, dict)
    assert skipped_groups[PACKAGING_FILE] == "3"
    assert skipped_groups[VCS_FOLDER] == "2"

    rows = _summary(window)
    for name in import_folders.SKIPPED:
        assert rows[name][0] == "skipped" and rows[name][1], name
    assert rows["Empty.pdf"] == ("draft, needs attention", "The file is empty (0 bytes).")
    assert rows["Corrupt.pdf"][0] == "draft, needs attention"
    assert rows["talk track.md"][0] == "imported as draft"
    assert dialog.heading.text().startswith("Done: 5 imported, 0 duplicate, 7 skipped, 0 failed.")
    assert dialog.undo_button.isVisible()
    assert dialog.batch is not None
    assert {a.status for a in library.list_assets()} == {AssetStatus.DRAFT}

    # The Library: a "Review" filter, badges on the cards, Present off for a damaged file.
    search(qtbot, window, "")
    review = next(
        screen.facets.topLevelItem(i)
        for i in range(screen.facets.topLevelItemCount())
        if screen.facets.topLevelItem(i).text(0) == "Review"
    )
    labels = sorted((review.child(i).text(0), review.child(i).text(1)) for i in range(review.childCount()))
    assert labels == [("Drafts", "5"), ("Needs attention", "2")]
    attention = next(
        review.child(i) for i in range(review.childCount()) if review.child(i).text(0).startswith("Needs")
    )
    attention.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10_000)
    badges = {
        screen.model.row_at(r).hit.file_name: status_badge(screen.model.row_at(r).asset) for r in range(2)
    }
    assert badges == {"Empty.pdf": "Needs attention", "Corrupt.pdf": "Needs attention"}
    corrupt = next(r for r in range(2) if screen.model.row_at(r).hit.file_name == "Corrupt.pdf")
    screen.results.setCurrentIndex(screen.model.index(corrupt))
    qtbot.waitUntil(
        lambda: screen.preview.asset is not None and screen.preview.asset.file_name == "Corrupt.pdf"
    )
    assert not screen.preview.present_button.isEnabled()
    assert not screen.preview.copy_button.isEnabled()
    assert screen.preview.open_button.isEnabled()
    assert "Needs attention" in screen.preview.banner.text()
    assert "((" not in screen.preview.banner.text() and ".)." not in screen.preview.banner.text()
    empty = next(r for r in range(2) if screen.model.row_at(r).hit.file_name == "Empty.pdf")
    screen.results.setCurrentIndex(screen.model.index(empty))
    qtbot.waitUntil(
        lambda: screen.preview.asset is not None and screen.preview.asset.file_name == "Empty.pdf"
    )
    assert "Empty.pdf (0 KB" in screen.preview.details.text()  # its true size, not "1 KB"

    # Undo from the summary: the confirmation says how many go.
    asked: list[UndoPlan] = []
    monkeypatch.setattr(
        UndoImportConfirmation, "ask", classmethod(lambda cls, _p, plan: asked.append(plan) or True)
    )
    with qtbot.waitSignal(dialog.import_undone, timeout=10_000) as undone:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert (asked[0].remove, asked[0].archive) == (5, 0)
    assert (undone.args[0].remove, undone.args[0].archive) == (5, 0)
    assert dialog.heading.text() == "Import undone: 5 asset(s) removed, 0 archived."
    assert library.asset_count() == before
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)

    # File › Recent imports lists it as undone and brings it back.
    screen.recent_imports_action.trigger()
    recent = screen.recent_imports
    assert recent is not None
    qtbot.waitUntil(lambda: len(recent.batches) == 1, timeout=10_000)
    assert recent.table.item(0, 6).text() == "undone: 5 removed, 0 archived"
    assert recent.table.item(0, 1).text() == "shared"
    assert not recent.undo_button.isEnabled() and recent.redo_button.isEnabled()
    with qtbot.waitSignal(recent.imports_changed, timeout=10_000):
        qtbot.mouseClick(recent.redo_button, Qt.MouseButton.LeftButton)
    assert library.asset_count() == before + 5
    qtbot.waitUntil(lambda: recent.batches and not recent.batches[0].undone, timeout=10_000)
    assert recent.undo_button.isEnabled()


def test_edit_undo_takes_back_the_import_and_redo_brings_it_back(
    qtbot: QtBot, open_window: WindowFactory, empty_library: AssetLibrary, settings: QSettings, tmp_path: Path
) -> None:
    window = open_window(empty_library, settings)
    screen = window.library_screen
    for name in ("battlecard.txt", "faq.txt"):
        samples.make_text(tmp_path / "kit" / name, f"How we win: {name}")
    with qtbot.waitSignal(screen.import_dialog.import_finished, timeout=IMPORT_TIMEOUT_MS):
        screen.import_paths([tmp_path / "kit"])
    history = window.shell.undo
    assert history.stack.undoText() == "Import of 2 asset(s) from kit"
    with qtbot.waitSignal(history.applied, timeout=10_000) as applied:
        history.stack.undo()
    assert applied.args[0] == "Undone: Import of 2 asset(s) from kit"
    assert empty_library.asset_count() == 0
    with qtbot.waitSignal(history.applied, timeout=10_000):
        history.stack.redo()
    assert empty_library.asset_count() == 2
