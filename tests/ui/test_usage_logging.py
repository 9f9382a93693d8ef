"""What the window logs as a rep works: a drag out or a copy is a share with the current
deal, a preview is a view and never a share, mark as sent/presented are logged, the current
deal is remembered, searches are logged once they settle, and the library sorts by use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, Role, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow

from .helpers import (
    TIMEOUT_MS,
    FakeDrag,
    SampleAssets,
    WindowFactory,
    research,
    search,
    shown_ids,
    wait_until_idle,
)
from .sales_helpers import choose_deal, expect_usage, make_deal, wait_for_deals


@pytest.fixture
def acme(library: AssetLibrary) -> Deal:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    return make_deal(sales, "Platform rollout", "Acme Health", industry="healthcare")


@pytest.fixture
def working_on_acme(
    qtbot: QtBot, acme: Deal, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> AppWindow:
    """The window with Acme chosen in the toolbar's deal picker."""
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    choose_deal(qtbot, window.sales_screens.deal_picker, acme.id)
    assert window.shell.context.current_deal_id() == acme.id
    return window


def _current_to(qtbot: QtBot, window: AppWindow, asset_id: str) -> None:
    index = window.library_screen.model.index(shown_ids(window).index(asset_id))
    window.library_screen.results.setCurrentIndex(index)


def _kinds(window: AppWindow, asset_id: str) -> list[UsageKind]:
    return [e.kind for e in window.shell.sales.usage_for_asset(asset_id)]


def test_dragging_a_result_out_hands_over_the_file_url_and_logs_a_share_with_the_current_deal(
    qtbot: QtBot,
    working_on_acme: AppWindow,
    acme: Deal,
    sample_assets: SampleAssets,
    fake_drag: type[FakeDrag],
) -> None:
    window = working_on_acme
    search(qtbot, window, "readmissions")
    _current_to(qtbot, window, sample_assets.mercy)

    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.mercy) as logged:
        window.library_screen.results.startDrag(Qt.DropAction.CopyAction)

    (mime,) = fake_drag.dragged
    (url,) = mime.urls()
    assert url.isLocalFile()
    assert Path(url.toLocalFile()).read_bytes() == sample_assets.sources[sample_assets.mercy].read_bytes()
    event = logged.args[0]
    assert (event.deal_id, event.prospect_id) == (acme.id, acme.prospect_id)
    assert UsageKind.SHARED in _kinds(window, sample_assets.mercy)


def test_a_drag_no_target_took_is_not_a_share(
    qtbot: QtBot, working_on_acme: AppWindow, sample_assets: SampleAssets, fake_drag: type[FakeDrag]
) -> None:
    window = working_on_acme
    search(qtbot, window, "readmissions")
    _current_to(qtbot, window, sample_assets.mercy)
    window.library_screen._preview_timer.stop()  # no preview: this test is about the drag alone
    fake_drag.answer = Qt.DropAction.IgnoreAction

    window.library_screen.results.startDrag(Qt.DropAction.CopyAction)
    wait_until_idle(qtbot, window)

    assert len(fake_drag.dragged) == 1
    assert UsageKind.SHARED not in _kinds(window, sample_assets.mercy)


def test_a_preview_is_logged_as_a_view_never_as_a_share_and_a_page_turn_is_the_same_view(
    qtbot: QtBot, working_on_acme: AppWindow, acme: Deal, sample_assets: SampleAssets
) -> None:
    window = working_on_acme
    search(qtbot, window, "readmissions")

    with expect_usage(qtbot, window, UsageKind.VIEWED, sample_assets.mercy) as logged:
        _current_to(qtbot, window, sample_assets.mercy)
    assert logged.args[0].deal_id == acme.id
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS):
        window.library_screen.preview.show_page(2)
    wait_until_idle(qtbot, window)

    assert _kinds(window, sample_assets.mercy) == [UsageKind.VIEWED]


def test_copying_a_file_is_a_share_and_mark_as_presented_a_presentation(
    qtbot: QtBot, working_on_acme: AppWindow, acme: Deal, sample_assets: SampleAssets
) -> None:
    window = working_on_acme
    search(qtbot, window, "readmissions")
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS):
        _current_to(qtbot, window, sample_assets.mercy)

    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.mercy) as shared:
        qtbot.mouseClick(window.library_screen.preview.copy_button, Qt.MouseButton.LeftButton)
    with expect_usage(qtbot, window, UsageKind.PRESENTED, sample_assets.mercy) as presented:
        window.library_screen.preview.mark_presented_action.trigger()

    assert shared.args[0].deal_id == presented.args[0].deal_id == acme.id
    assert "Logged as presented with Acme Health" in window.shell.statusBar().currentMessage()


def test_with_no_deal_chosen_a_share_is_logged_without_one(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.deck) as logged:
        window.library_screen.copy_file(sample_assets.deck)

    assert (logged.args[0].deal_id, logged.args[0].prospect_id) == (None, None)


def test_the_current_deal_is_remembered_between_runs(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    acme: Deal,
) -> None:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    choose_deal(qtbot, window.sales_screens.deal_picker, acme.id)
    window.shell.close()

    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    wait_for_deals(qtbot, again)

    assert again.shell.context.current_deal_id() == acme.id
    qtbot.waitUntil(lambda: again.sales_screens.deal_picker.currentText() == "Acme Health — Platform rollout")


def test_a_search_is_logged_once_it_settles_not_per_keystroke_and_an_opened_result_is_marked(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    window.library_screen.search_logger.timer.setInterval(50)  # the pause that counts as "settled"
    with qtbot.waitSignal(window.library_screen.search_logger.logged, timeout=TIMEOUT_MS) as logged:
        search(qtbot, window, "qwertyzzz")
    assert logged.args[0] == "qwertyzzz"

    with qtbot.waitSignal(window.library_screen.search_logger.logged, timeout=TIMEOUT_MS):
        search(qtbot, window, "readmissions")
    with qtbot.waitSignal(window.library_screen.search_logger.opened_marked, timeout=TIMEOUT_MS) as marked:
        _current_to(qtbot, window, sample_assets.mercy)
    assert marked.args[0] == sample_assets.mercy

    signals = {s.query: s for s in window.shell.sales.demand_signals()}
    # One line for what was typed, none for its prefixes "q", "qw"…; the opened search is no signal.
    assert list(signals) == ["qwertyzzz"]
    assert signals["qwertyzzz"].zero_result == 1


def test_opening_a_result_logs_its_search_at_once_even_before_it_settled(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    window.library_screen.search_logger.timer.setInterval(60_000)  # it would never settle during this test
    search(qtbot, window, "fraud")

    with qtbot.waitSignal(window.library_screen.search_logger.opened_marked, timeout=TIMEOUT_MS):
        _current_to(qtbot, window, sample_assets.contoso)

    assert not window.library_screen.search_logger.timer.isActive()
    assert window.shell.sales.demand_signals() == []  # logged, and opened: no demand signal


def test_the_library_sorts_by_most_used(
    qtbot: QtBot, working_on_acme: AppWindow, sample_assets: SampleAssets
) -> None:
    window = working_on_acme
    for asset_id, times in (
        (sample_assets.northwind, 3),
        (sample_assets.deck, 2),
        (sample_assets.contoso, 1),
    ):
        for _ in range(times):
            window.shell.sales.record_usage(asset_id, UsageKind.SHARED)
    sort = window.library_screen.sort

    research(qtbot, window, lambda: sort.setCurrentIndex(sort.findData("most_used")))

    assert sort.currentText() == "Most used"
    assert "90 days" in sort.itemData(sort.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert shown_ids(window)[:3] == [sample_assets.northwind, sample_assets.deck, sample_assets.contoso]


def test_sharing_an_asset_from_another_section_does_not_count_as_opening_the_last_search(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    window.library_screen.search_logger.timer.setInterval(50)
    with qtbot.waitSignal(window.library_screen.search_logger.logged, timeout=TIMEOUT_MS):
        search(qtbot, window, "readmissions")
    window.library_screen._preview_timer.stop()
    window.shell.show_section("prepare")

    with expect_usage(qtbot, window, UsageKind.SHARED, sample_assets.mercy):
        window.library_screen.copy_file(sample_assets.mercy)
    wait_until_idle(qtbot, window)

    assert [s.query for s in window.shell.sales.demand_signals()] == ["readmissions"]  # still unanswered
