"""Edit › Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), named after what they take back: edits and
bulk edits, archive and restore, taxonomy changes, a deal's outcome, pitch kits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.sales import Deal, Outcome, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.library.editor import AssetEditorDialog, TaxonomyEditorDialog
from ui.sales.deals import CloseDealDialog
from ui.shell import dialogs

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory, shown_ids, wait_until_idle
from .sales_helpers import make_deal, wait_for_deals


def _select(window: AppWindow, asset_ids: list[str]) -> None:
    screen = window.library_screen
    selection = screen.results.selectionModel()
    selection.clearSelection()
    for asset_id in asset_ids:
        index = screen.model.index(shown_ids(window).index(asset_id))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    screen.results.setFocus()


def focus_window(qtbot: QtBot, window: AppWindow) -> None:
    """Give the main window the keyboard again after a dialog closed (offscreen, nothing
    does it as a window manager would): shortcuts go to the focused window."""
    window.shell.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.shell.windowHandle(), timeout=TIMEOUT_MS)


def _press(qtbot: QtBot, window: AppWindow, key: str) -> None:
    """Ctrl+Z or Ctrl+Shift+Z on the result list, then wait until it was written and shown."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if key == "redo":
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    focus_window(qtbot, window)
    window.library_screen.results.setFocus()
    failures: list[str] = []
    window.shell.undo.failed.connect(failures.append)
    with qtbot.waitSignals([window.shell.undo.applied], timeout=TIMEOUT_MS, raising=False) as blocker:
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Z, modifiers)
    assert blocker.signal_triggered, failures
    wait_until_idle(qtbot, window)


def test_undo_of_a_bulk_edit_puts_back_each_assets_own_values_and_redo_applies_it_again(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = [sample_assets.mercy, sample_assets.contoso, sample_assets.whitepaper]
    _select(window, chosen)
    before = library.assets_by_id(chosen)

    def tag_and_tick(dialog: AssetEditorDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.tags, "q4")
        item = next(
            dialog.lists[Dimension.INDUSTRY].item(i)
            for i in range(dialog.lists[Dimension.INDUSTRY].count())
            if dialog.lists[Dimension.INDUSTRY].item(i).data(Qt.ItemDataRole.UserRole) == "retail"
        )
        item.setCheckState(Qt.CheckState.Checked)
        dialog.hide()  # Save closes it
        return 1

    monkeypatch.setattr(AssetEditorDialog, "exec", tag_and_tick)
    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_until_idle(qtbot, window)
    assert all("q4" in a.tags for a in library.assets_by_id(chosen).values())
    assert window.shell.undo_action.text() == "Undo Edit 3 assets"
    assert window.shell.undo_action.isEnabled()

    _press(qtbot, window, "undo")

    after_undo = library.assets_by_id(chosen)
    for asset_id in chosen:
        assert after_undo[asset_id].tags == before[asset_id].tags
        assert after_undo[asset_id].taxonomy == before[asset_id].taxonomy  # Mercy keeps healthcare
    assert "Undone: Edit 3 assets" in window.shell.statusBar().currentMessage()
    assert window.shell.redo_action.text() == "Redo Edit 3 assets"

    _press(qtbot, window, "redo")
    assert all(
        "q4" in a.tags and "retail" in a.taxonomy[Dimension.INDUSTRY]
        for a in library.assets_by_id(chosen).values()
    )


def test_undo_of_archiving_brings_the_assets_back_into_the_results(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs.Confirm, "ask", lambda *_a, **_k: True)
    library.edit_asset(sample_assets.northwind, {"status": "draft"})  # a draft stays a draft
    window.library_screen.search_now()
    wait_until_idle(qtbot, window)
    _select(window, [sample_assets.contoso, sample_assets.northwind])
    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Delete)
    wait_until_idle(qtbot, window)
    assert sample_assets.contoso not in shown_ids(window)
    assert window.shell.undo_action.text() == "Undo Archive 2 assets"

    _press(qtbot, window, "undo")

    assert library.get_asset(sample_assets.contoso).status is AssetStatus.PUBLISHED
    assert library.get_asset(sample_assets.northwind).status is AssetStatus.DRAFT
    assert {sample_assets.contoso, sample_assets.northwind} <= set(shown_ids(window))


def test_undo_of_a_taxonomy_rename_gives_the_value_its_old_name(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Health & care", True))
    dialog = TaxonomyEditorDialog(
        library,
        window.shell.runner,
        undo=window.shell.undo,
        after_undo=window.library_screen._taxonomy_undone,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(list(Dimension).index(Dimension.INDUSTRY))
    industries = dialog.lists[Dimension.INDUSTRY]
    industries.setCurrentRow(
        next(
            i
            for i in range(industries.count())
            if industries.item(i).data(Qt.ItemDataRole.UserRole) == "healthcare"
        )
    )
    dialog.rename_value()
    qtbot.waitUntil(lambda: window.shell.undo_action.isEnabled(), timeout=TIMEOUT_MS)
    assert window.shell.undo_action.text() == "Undo Rename “Healthcare” to “Health & care”"
    dialog.close()

    with qtbot.waitSignal(window.shell.undo.applied, timeout=TIMEOUT_MS):
        window.shell.undo_action.trigger()
    wait_until_idle(qtbot, window)

    labels = {e.slug: e.label for e in library.taxonomy()[Dimension.INDUSTRY]}
    assert labels["healthcare"] == "Healthcare"
    assert window.library_screen.label("industry", "healthcare") == "Healthcare"


@pytest.fixture
def acme(library: AssetLibrary) -> Deal:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    deal = make_deal(sales, "Platform rollout", "Acme Health", stage="decision", owner="Dana Whitfield")
    return sales.edit_deal(deal.id, {"close_date": (date.today() + timedelta(days=30)).isoformat()})


def test_undo_of_mark_won_reopens_the_deal_with_its_expected_close_date(
    qtbot: QtBot,
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(CloseDealDialog, "ask", classmethod(lambda _c, _p, _d, _o: date.today()))
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.show_section("deals")
    view = window.sales_screens.deals
    assert view.select_deal(acme.id)
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.won_button, Qt.MouseButton.LeftButton)
    assert window.shell.sales.get_deal(acme.id).outcome is Outcome.WON
    assert window.shell.undo_action.text() == "Undo Mark won “Acme Health — Platform rollout”"

    focus_window(qtbot, window)
    view.table.setFocus()
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    deal = window.shell.sales.get_deal(acme.id)
    assert deal.outcome is Outcome.OPEN
    assert deal.close_date == acme.close_date
    assert not deal.awaiting_feedback
    row = view.model.row_of(acme.id)
    assert view.model.index(row, 3).data() == "Decision"


def test_undo_of_adding_to_a_kit_from_the_library_takes_the_asset_out_again(
    qtbot: QtBot,
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    sales = SalesLoop(library)
    kit = sales.create_kit("Acme kit", acme.id, [sample_assets.mercy])
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.context.set_current_deal(acme.id)
    with qtbot.waitSignal(window.shell.context.kits_changed, timeout=TIMEOUT_MS):
        window.library_screen.add_to_kit([sample_assets.contoso], sales.get_kit(kit.id))
    assert len(sales.get_kit(kit.id).items) == 2

    with qtbot.waitSignal(window.shell.context.kits_changed, timeout=TIMEOUT_MS):
        window.shell.undo_action.trigger()
    assert [i.asset_id for i in sales.get_kit(kit.id).items] == [sample_assets.mercy]

    with qtbot.waitSignal(window.shell.context.kits_changed, timeout=TIMEOUT_MS):
        window.shell.redo_action.trigger()
    assert len(sales.get_kit(kit.id).items) == 2


def test_ctrl_z_in_the_search_box_undoes_typing_not_the_last_edit(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, sample_assets: SampleAssets
) -> None:
    window.shell.undo.add("Something", undo=lambda: pytest.fail("undone"), redo=lambda: None)
    box = window.library_screen.search_box
    box.setFocus()
    qtbot.keyClicks(box, "abc")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() != "abc"
    assert window.shell.undo_action.isEnabled()
