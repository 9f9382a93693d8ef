"""Searching from the main window: typing, stale answers, filters, empty states, the model."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from collateral_app.domain.records import SearchResult
from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow
from ui.common.record_table import ResultRole

from .helpers import (
    TIMEOUT_MS,
    SampleAssets,
    WindowFactory,
    facet_item,
    research,
    search,
    shown_ids,
    wait_until_idle,
)


def test_typing_a_word_shows_the_asset_with_the_page_and_a_highlighted_snippet(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    result = search(qtbot, window, "readmiss")

    assert result.query == "readmiss"
    assert shown_ids(window)[0] == sample_assets.mercy
    first = window.library_screen.model.index(0)
    assert first.data(ResultRole.AssetId) == sample_assets.mercy
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Mercy Regional cuts readmissions"
    assert first.data(ResultRole.PageBadge) == "page 2"
    snippet = first.data(ResultRole.Hit).snippet
    assert "<b>readmissions</b>" in snippet
    assert "reduced" in snippet  # the words around the match, from page 2
    assert window.library_screen.result_stack.currentWidget() is window.library_screen.results
    assert window.library_screen.result_info.text().startswith("1 result")


def test_the_last_query_typed_wins_even_when_an_earlier_answer_comes_back_later(
    qtbot: QtBot,
    window: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hold the answer to the first query until the second one has been shown.
    release_first = threading.Event()
    first_started = threading.Event()
    real_search = library.search

    def slow_first(text: str, **kwargs: Any) -> SearchResult:
        if text.startswith("pallets"):
            first_started.set()
            assert release_first.wait(TIMEOUT_MS / 1000)
        return real_search(text, **kwargs)

    monkeypatch.setattr(library, "search", slow_first)

    window.library_screen.search_box.setText("pallets")
    qtbot.keyClick(window.library_screen.search_box, Qt.Key.Key_Return)  # submits at once, no debounce
    qtbot.waitUntil(first_started.is_set, timeout=TIMEOUT_MS)
    newest = search(qtbot, window, "readmiss")
    assert newest.query == "readmiss"

    release_first.set()
    wait_until_idle(qtbot, window)  # the stale answer has reached the window by now

    assert shown_ids(window) == [sample_assets.mercy]
    assert window.library_screen.search_box.text() == "readmiss"


def test_quickly_typed_queries_end_with_the_results_of_the_last_one(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    finished: list[str] = []
    window.library_screen.search_finished.connect(lambda result: finished.append(result.query))

    qtbot.keyClicks(window.library_screen.search_box, "pallets")
    qtbot.keyClick(window.library_screen.search_box, Qt.Key.Key_Return)
    window.library_screen.search_box.clear()
    with qtbot.waitSignal(
        window.library_screen.search_finished,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda r: r.query == "holiday",
    ):
        qtbot.keyClicks(window.library_screen.search_box, "holiday")
        qtbot.keyClick(window.library_screen.search_box, Qt.Key.Key_Return)
    wait_until_idle(qtbot, window)

    assert shown_ids(window) == [sample_assets.deck]
    assert finished[-1] == "holiday"
    assert "pallets" not in finished  # the earlier answer was dropped, never shown


def _check(window: AppWindow, dimension: str, value: str, on: bool = True) -> None:
    """Tick or untick a filter in the sidebar, as a click on its box does."""
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    facet_item(window, dimension, value).setCheckState(0, state)


def test_checking_a_filter_narrows_the_results_and_unchecking_widens_them(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    everything = set(shown_ids(window))
    assert everything == sample_assets.all_ids
    healthcare = facet_item(window, "industry", "healthcare")
    assert healthcare.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert healthcare.checkState(0) == Qt.CheckState.Unchecked
    assert (healthcare.text(0), healthcare.text(1)) == ("Healthcare", "1")

    research(qtbot, window, lambda: healthcare.setCheckState(0, Qt.CheckState.Checked))
    assert shown_ids(window) == [sample_assets.mercy]
    assert facet_item(window, "industry", "healthcare").checkState(0) == Qt.CheckState.Checked

    research(qtbot, window, lambda: _check(window, "industry", "healthcare", on=False))
    assert set(shown_ids(window)) == everything

    research(qtbot, window, lambda: _check(window, "stage", "decision"))
    assert set(shown_ids(window)) == {sample_assets.mercy, sample_assets.whitepaper}
    research(qtbot, window, lambda: _check(window, "industry", "healthcare"))
    assert shown_ids(window) == [sample_assets.mercy]
    research(qtbot, window, lambda: _check(window, "stage", "decision", on=False))
    assert shown_ids(window) == [sample_assets.mercy]

    research(qtbot, window, window.library_screen.clear_filters)
    assert set(shown_ids(window)) == everything
    assert facet_item(window, "industry", "healthcare").checkState(0) == Qt.CheckState.Unchecked
    assert facet_item(window, "stage", "decision").checkState(0) == Qt.CheckState.Unchecked


def test_checking_one_industry_still_offers_the_others_to_widen_the_results(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    # Several values of one filter widen the search (the engine ORs them), so after
    # ticking Healthcare the rep must still be able to tick Retail as well.
    research(qtbot, window, lambda: _check(window, "industry", "healthcare"))
    assert shown_ids(window) == [sample_assets.mercy]

    research(qtbot, window, lambda: _check(window, "industry", "retail"))
    assert set(shown_ids(window)) == {sample_assets.mercy, sample_assets.deck}


def test_a_filter_narrows_a_typed_query_too(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "pilot")
    assert set(shown_ids(window)) == {sample_assets.mercy, sample_assets.deck}
    research(qtbot, window, lambda: _check(window, "industry", "retail"))
    assert shown_ids(window) == [sample_assets.deck]


def test_typing_the_start_of_a_word_finds_the_asset(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "readm")
    assert shown_ids(window) == [sample_assets.mercy]


def test_typing_the_start_of_a_word_still_finds_it_while_a_filter_is_checked(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    research(qtbot, window, lambda: _check(window, "industry", "healthcare"))
    search(qtbot, window, "readm")
    assert shown_ids(window) == [sample_assets.mercy]


def test_typing_the_start_of_a_word_still_finds_it_while_archived_assets_are_shown(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    research(qtbot, window, lambda: window.library_screen.show_archived.setChecked(True))
    search(qtbot, window, "readm")
    assert shown_ids(window) == [sample_assets.mercy]


def test_an_empty_library_explains_how_to_add_collateral(
    qtbot: QtBot, open_window: WindowFactory, empty_library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(empty_library, settings)

    assert window.library_screen.result_stack.currentWidget() is window.library_screen.empty_state
    text = window.library_screen.empty_state.text()
    assert "Your library is empty" in text
    assert "Drop files or folders" in text
    assert "href='import'" in text
    assert window.library_screen.model.rowCount() == 0


def test_a_query_without_results_says_nothing_matches(qtbot: QtBot, window: AppWindow) -> None:
    result = search(qtbot, window, "xylophone")

    assert result.hits == ()
    assert window.library_screen.model.rowCount() == 0
    assert window.library_screen.result_stack.currentWidget() is window.library_screen.empty_state
    assert "Nothing matches" in window.library_screen.empty_state.text()
    assert "Did you mean" not in window.library_screen.empty_state.text()


def test_a_misspelt_word_offers_a_did_you_mean_link_that_searches_for_the_fix(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "readmisions")

    assert window.library_screen.result_stack.currentWidget() is window.library_screen.empty_state
    text = window.library_screen.empty_state.text()
    assert "Nothing matches" in text
    assert "Did you mean <a href='suggest'>readmissions</a>?" in text

    with qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS):
        window.library_screen.empty_state.linkActivated.emit("suggest")
    assert window.library_screen.search_box.text() == "readmissions"
    assert shown_ids(window) == [sample_assets.mercy]


def test_a_misspelt_word_followed_by_a_space_offers_a_did_you_mean_link(
    qtbot: QtBot, window: AppWindow
) -> None:
    search(qtbot, window, "readmisions ")
    assert "Did you mean <a href='suggest'>readmissions</a>?" in window.library_screen.empty_state.text()


def test_the_result_model_is_a_well_behaved_qt_model(
    qtbot: QtBot, window: AppWindow, qtmodeltester: ModelTester
) -> None:
    search(qtbot, window, "pilot")
    assert window.library_screen.model.rowCount() == 2
    qtmodeltester.check(window.library_screen.model)

    search(qtbot, window, "xylophone")
    assert window.library_screen.model.rowCount() == 0
    qtmodeltester.check(window.library_screen.model)


@hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
    database=None,
)
@given(
    typed=st.text(
        alphabet=st.sampled_from(list('abcdeimnoprsty :"-*()~^!+/\\' + "éü日本")),
        max_size=25,
    )
)
def test_whatever_is_typed_the_window_shows_results_or_says_why_not(
    qtbot: QtBot, window: AppWindow, qtmodeltester: ModelTester, typed: str
) -> None:
    window.shell.notice.hide()
    finished: list[object] = []
    window.library_screen.search_finished.connect(finished.append)
    try:
        window.library_screen.search_box.setText(typed)
        qtbot.keyClick(window.library_screen.search_box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(finished) or window.shell.notice.isVisible(), timeout=TIMEOUT_MS)
    finally:
        window.library_screen.search_finished.disconnect(finished.append)
    wait_until_idle(qtbot, window)

    assert not window.shell.notice.isVisible(), window.shell.notice.text()
    shown = window.library_screen.result_stack.currentWidget()
    if window.library_screen.model.rowCount():
        assert shown is window.library_screen.results
    else:
        assert shown is window.library_screen.empty_state
        assert "Nothing matches" in window.library_screen.empty_state.text()
    qtmodeltester.check(window.library_screen.model)
