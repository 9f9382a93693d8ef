"""Curating: the bulk asset editor and the taxonomy editor."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QPushButton, QTabWidget
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import Dimension
from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow
from ui.library.editor import AssetEditorDialog, TaxonomyEditorDialog

from .helpers import TIMEOUT_MS, SampleAssets, click_check_box, facet_item, search, shown_ids


def _select(window: AppWindow, asset_ids: list[str]) -> list[str]:
    """Select these results as Ctrl+click would; returns what the window says is selected."""
    selection = window.library_screen.results.selectionModel()
    selection.clearSelection()
    for asset_id in asset_ids:
        index = window.library_screen.model.index(shown_ids(window).index(asset_id))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    return window.library_screen.selected_ids()


def _item(dialog: AssetEditorDialog, dimension: Dimension, slug: str) -> QListWidgetItem:
    widget = dialog.lists[dimension]
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == slug:
            return item
    raise AssertionError(f"no {dimension.value} {slug!r} in the editor")


def _toggle(qtbot: QtBot, dialog: AssetEditorDialog, dimension: Dimension, slug: str) -> None:
    """Click a taxonomy value's box on its tab, as a user does."""
    widget = dialog.lists[dimension]
    dialog.findChild(QTabWidget).setCurrentWidget(widget)
    item = _item(dialog, dimension, slug)
    click_check_box(qtbot, widget, widget.indexFromItem(item))


EditorFactory = Callable[[AssetLibrary, list[str]], AssetEditorDialog]


@pytest.fixture
def editor(qtbot: QtBot) -> EditorFactory:
    def open_editor(library: AssetLibrary, asset_ids: list[str]) -> AssetEditorDialog:
        assets = list(library.assets_by_id(asset_ids).values())
        dialog = AssetEditorDialog(assets, library.taxonomy())
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_editor


def test_bulk_editing_collects_added_tags_and_ticked_values_as_changes(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    editor: EditorFactory,
) -> None:
    chosen = [sample_assets.mercy, sample_assets.contoso, sample_assets.whitepaper]
    ids = _select(window, chosen)
    assert sorted(ids) == sorted(chosen)

    dialog = editor(library, ids)
    assert dialog.bulk
    assert dialog.windowTitle() == "Edit 3 assets"
    assert _item(dialog, Dimension.INDUSTRY, "retail").checkState() == Qt.CheckState.Unchecked
    assert _item(dialog, Dimension.INDUSTRY, "healthcare").checkState() == Qt.CheckState.PartiallyChecked
    assert _item(dialog, Dimension.STAGE, "decision").checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.changes() == {}

    qtbot.keyClicks(dialog.tags, "q4")
    _toggle(qtbot, dialog, Dimension.INDUSTRY, "retail")
    assert _item(dialog, Dimension.INDUSTRY, "retail").checkState() == Qt.CheckState.Checked

    assert dialog.changes() == {"tags": "+q4", "industry": "+retail"}


def test_a_value_only_some_of_the_selection_has_changes_only_when_clicked(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    editor: EditorFactory,
) -> None:
    dialog = editor(library, [sample_assets.mercy, sample_assets.contoso])
    healthcare = _item(dialog, Dimension.INDUSTRY, "healthcare")
    assert healthcare.checkState() == Qt.CheckState.PartiallyChecked
    assert "industry" not in dialog.changes()

    _toggle(qtbot, dialog, Dimension.INDUSTRY, "healthcare")
    assert dialog.changes() == {"industry": "+healthcare"}
    _toggle(qtbot, dialog, Dimension.INDUSTRY, "healthcare")
    assert dialog.changes() == {"industry": "-healthcare"}


def test_saving_a_bulk_edit_tags_every_selected_asset_and_leaves_partial_values_alone(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = [sample_assets.mercy, sample_assets.contoso, sample_assets.whitepaper]
    assert sorted(_select(window, chosen)) == sorted(chosen)
    shown: list[AssetEditorDialog] = []

    def fill_in_and_save(dialog: AssetEditorDialog) -> int:
        # What the user does while the modal editor is open, then Save.
        shown.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.tags, "q4, Renewal")
        _toggle(qtbot, dialog, Dimension.INDUSTRY, "retail")
        return 1

    monkeypatch.setattr(AssetEditorDialog, "exec", fill_in_and_save)
    with (
        qtbot.waitSignal(
            window.library_screen.search_finished, timeout=TIMEOUT_MS
        ),  # the list shows the edit
        qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS),
    ):
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert len(shown) == 1 and shown[0].bulk
    after = library.assets_by_id(chosen)
    for asset in after.values():
        assert set(asset.tags) >= {"q4", "renewal"}
        assert "retail" in asset.taxonomy.get(Dimension.INDUSTRY, ())
    # Healthcare was half-ticked (only Mercy has it) and not clicked: untouched.
    industries = {a: set(after[a].taxonomy.get(Dimension.INDUSTRY, ())) for a in chosen}
    assert industries == {
        sample_assets.mercy: {"healthcare", "retail"},
        sample_assets.contoso: {"financial-services", "retail"},
        sample_assets.whitepaper: {"retail"},
    }
    assert after[sample_assets.mercy].taxonomy[Dimension.STAGE] == ("decision",)
    assert after[sample_assets.contoso].taxonomy[Dimension.STAGE] == ("consideration",)
    # Assets outside the selection are untouched.
    assert library.get_asset(sample_assets.deck).tags == ()
    assert "Saved 3 asset(s)." in window.shell.statusBar().currentMessage()


def test_cancelling_the_editor_changes_nothing(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def type_then_cancel(dialog: AssetEditorDialog) -> int:
        qtbot.keyClicks(dialog.tags, "q4")
        return 0

    monkeypatch.setattr(AssetEditorDialog, "exec", type_then_cancel)
    before = library.get_asset(sample_assets.mercy)
    window.library_screen.edit_assets([sample_assets.mercy])
    assert not window.shell.runner.busy_writing()
    assert library.get_asset(sample_assets.mercy) == before


def _facet_count(window: AppWindow, dimension: str, value: str) -> int:
    """The count the sidebar shows beside a filter value, in its own column."""
    return int(facet_item(window, dimension, value).text(1))


def _taxonomy_editor(qtbot: QtBot, window: AppWindow, dimension: Dimension) -> TaxonomyEditorDialog:
    dialog = TaxonomyEditorDialog(window.shell.library, window.shell.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(list(Dimension).index(dimension))
    return dialog


def _button(dialog: TaxonomyEditorDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def _slugs(library: AssetLibrary, dimension: Dimension) -> list[str]:
    return [e.slug for e in library.taxonomy()[dimension]]


def test_adding_a_taxonomy_value_stores_it_and_lists_it(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[1]))
        return "Aerospace", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = _taxonomy_editor(qtbot, window, Dimension.INDUSTRY)

    qtbot.mouseClick(_button(dialog, "Add…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed, timeout=TIMEOUT_MS)

    assert asked == ["Add value"]
    assert "aerospace" in _slugs(library, Dimension.INDUSTRY)
    industries = dialog.lists[Dimension.INDUSTRY]
    shown = [industries.item(i).text() for i in range(industries.count())]
    assert "Aerospace   (aerospace)" in shown


def test_a_value_is_added_to_the_list_showing_when_add_was_clicked_even_if_the_library_was_busy(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another write (an import, say) holds the one write thread for a moment.
    busy = threading.Event()
    window.shell.runner.run(lambda _ctx: busy.wait(TIMEOUT_MS / 1000), writes=True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Aerospace", True))
    dialog = _taxonomy_editor(qtbot, window, Dimension.INDUSTRY)

    qtbot.mouseClick(_button(dialog, "Add…"), Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(list(Dimension).index(Dimension.PERSONA))  # the user looks on
    busy.set()
    qtbot.waitUntil(lambda: dialog.changed, timeout=TIMEOUT_MS)

    assert "aerospace" in _slugs(library, Dimension.INDUSTRY)
    assert "aerospace" not in _slugs(library, Dimension.PERSONA)


def test_an_edited_asset_is_listed_once_when_searched_again(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    search(qtbot, window, "readmiss")
    assert shown_ids(window) == [sample_assets.mercy]

    def add_a_tag(dialog: AssetEditorDialog) -> int:
        qtbot.keyClicks(dialog.tags, ", q4")
        return 1

    monkeypatch.setattr(AssetEditorDialog, "exec", add_a_tag)
    with qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS):
        window.library_screen.edit_assets([sample_assets.mercy])
    assert "q4" in library.get_asset(sample_assets.mercy).tags

    assert shown_ids(window) == [sample_assets.mercy]
    search(qtbot, window, "readmissions")
    assert shown_ids(window) == [sample_assets.mercy]
    assert _facet_count(window, "industry", "healthcare") == 1
