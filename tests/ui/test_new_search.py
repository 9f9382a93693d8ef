"""A new search starts at the top: nothing selected, nothing previewed, the best hits in view;
the same search run again (an edit, the index catching up) keeps the rep's place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.app import AppWindow

from .helpers import TIMEOUT_MS, SampleAssets, research, search, shown_ids


def _click_last_row(qtbot: QtBot, window: AppWindow) -> str:
    """Scroll to the last card, click it and wait for its preview; returns its asset id."""
    screen = window.library_screen
    last = screen.model.index(screen.model.rowCount() - 1)
    screen.results.scrollTo(last)
    rect = screen.results.visualRect(last)
    with qtbot.waitSignal(screen.preview.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return str(last.data(Qt.ItemDataRole.UserRole + 1))


def test_a_new_query_after_selecting_a_card_shows_the_list_from_the_top_with_no_stale_preview(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    screen = window.library_screen
    window.shell.resize(1100, 520)  # a short window: eight cards do not fit
    search(qtbot, window, "the")
    assert screen.model.rowCount() >= 3
    chosen = _click_last_row(qtbot, window)
    assert screen.preview.asset is not None and screen.preview.asset.id == chosen
    assert screen.results.verticalScrollBar().value() > 0

    result = search(qtbot, window, "platform")

    assert result.hits
    assert screen.results.verticalScrollBar().value() == 0
    assert not screen.results.selectionModel().hasSelection()
    assert not screen.results.currentIndex().isValid()
    assert screen.preview.asset is None
    assert screen.preview.stack.currentWidget() is screen.preview.empty
    assert not screen.preview.open_button.isEnabled()


def test_a_query_with_no_results_clears_the_preview(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    screen = window.library_screen
    search(qtbot, window, "readmiss")
    index = screen.model.index(0)
    with qtbot.waitSignal(screen.preview.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(
            screen.results.viewport(),
            Qt.MouseButton.LeftButton,
            pos=screen.results.visualRect(index).center(),
        )
    assert screen.preview.asset is not None

    result = search(qtbot, window, "zzzqqq")

    assert result.total == 0
    assert screen.result_stack.currentWidget() is screen.empty_state
    assert screen.preview.asset is None


def test_a_filter_ticked_is_a_new_search_too(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    screen = window.library_screen
    window.shell.resize(1100, 520)
    _click_last_row(qtbot, window)

    research(qtbot, window, lambda: screen.set_filter("stage", "decision"))

    assert set(shown_ids(window)) == {sample_assets.mercy, sample_assets.whitepaper}
    assert screen.results.verticalScrollBar().value() == 0
    assert screen.preview.asset is None


def test_the_same_search_run_again_keeps_the_selected_card_and_its_preview(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    screen = window.library_screen
    window.shell.resize(1100, 520)
    chosen = _click_last_row(qtbot, window)

    research(qtbot, window, screen.search_now)  # what an edit or the index catching up does

    assert screen.results.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == chosen
    assert screen.preview.asset is not None and screen.preview.asset.id == chosen
