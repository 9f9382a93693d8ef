"""Closing the loop: marking a deal won (or lost) brings a panel, not a modal box, listing
the assets used with the prospect; two clicks answer; the answers show on the assets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, Outcome, Role, UsageKind, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.deals import CloseDealDialog, DealsView
from ui.sales.feedback_prompt import FeedbackPrompt

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory, wait_until_idle
from .sales_helpers import make_deal, wait_for_deals


@pytest.fixture(autouse=True)
def _close_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The close-date question answered "today" (its own tests drive the dialog)."""
    monkeypatch.setattr(
        CloseDealDialog, "ask", classmethod(lambda _cls, _parent, _deal, _outcome: date.today())
    )


@pytest.fixture
def sales(library: AssetLibrary) -> SalesLoop:
    loop = SalesLoop(library)
    loop.switch_user("Dana Whitfield", Role.REP)
    return loop


@pytest.fixture
def acme(sales: SalesLoop, sample_assets: SampleAssets) -> Deal:
    """An open deal whose prospect got the Mercy case study twice and the retail deck once."""
    deal = make_deal(sales, "Platform rollout", "Acme Health", industry="healthcare", owner="Dana Whitfield")
    for asset_id in (sample_assets.mercy, sample_assets.mercy, sample_assets.deck):
        sales.record_usage(asset_id, UsageKind.SHARED, deal_id=deal.id)
    sales.record_usage(sample_assets.contoso, UsageKind.VIEWED, deal_id=deal.id)  # a view: not "used"
    return deal


@pytest.fixture
def on_deals(
    qtbot: QtBot, acme: Deal, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
):
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.show_section("deals")
    deals = window.sales_screens.deals
    assert deals.select_deal(acme.id)
    return window, deals, window.sales_screens.prompt


def _mark(qtbot: QtBot, deals: DealsView, prompt: FeedbackPrompt, button: object, deal: Deal) -> None:
    with qtbot.waitSignal(prompt.shown, timeout=TIMEOUT_MS, check_params_cb=lambda d: d == deal.id):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_marking_a_deal_won_asks_about_the_assets_used_and_two_clicks_answer(
    qtbot: QtBot,
    on_deals: tuple[AppWindow, DealsView, FeedbackPrompt],
    acme: Deal,
    sample_assets: SampleAssets,
) -> None:
    window, deals, prompt = on_deals

    _mark(qtbot, deals, prompt, deals.won_button, acme)

    assert prompt.isVisible()
    assert QApplication.activeModalWidget() is None  # a panel in the window, not a modal box
    assert window.shell.centralWidget().isAncestorOf(prompt)
    assert [r.used.asset_id for r in prompt.rows] == [
        sample_assets.mercy,
        sample_assets.deck,
    ]  # most used first
    assert "Acme Health" in prompt.heading.text() and "won" in prompt.heading.text()
    assert not prompt.send_button.isEnabled()

    mercy = prompt.rows[0]
    qtbot.mouseClick(mercy.buttons[Verdict.HELPED_WIN], Qt.MouseButton.LeftButton)  # click 1
    with qtbot.waitSignal(prompt.answered, timeout=TIMEOUT_MS) as answered:
        qtbot.mouseClick(prompt.send_button, Qt.MouseButton.LeftButton)  # click 2

    assert answered.args[0] == acme.id
    feedback = window.shell.sales.feedback_for_deal(acme.id)
    assert [(f.asset_id, f.verdict, f.rating) for f in feedback] == [
        (sample_assets.mercy, Verdict.HELPED_WIN, None)
    ]
    assert feedback[0].user_name == "Dana Whitfield"
    assert not prompt.isVisible()
    assert not window.shell.sales.get_deal(acme.id).awaiting_feedback
    assert window.shell.sales.get_deal(acme.id).outcome is Outcome.WON


def test_a_rating_and_a_comment_are_saved_and_shown_on_the_asset_for_everyone(
    qtbot: QtBot,
    on_deals: tuple[AppWindow, DealsView, FeedbackPrompt],
    acme: Deal,
    sample_assets: SampleAssets,
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)
    row = prompt.rows[0]
    qtbot.mouseClick(row.buttons[Verdict.FOUND_USEFUL], Qt.MouseButton.LeftButton)
    row.rating.setCurrentIndex(row.rating.findData(4))
    qtbot.keyClicks(row.comment, "The CFO quoted the readmission numbers")
    with qtbot.waitSignal(prompt.answered, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prompt.send_button, Qt.MouseButton.LeftButton)

    # Someone else opens the asset: the preview's metadata carries what Dana said.
    window.shell.sales.switch_user("Marco Ruiz", Role.REP)
    window.shell.show_section("library")
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS):
        window.library_screen.preview.show_asset(sample_assets.mercy, 1, [])

    details = window.library_screen.preview.details.text()
    assert "prospects found it useful in 1" in details
    assert "rated 4.0 ★ by 1" in details
    assert "The CFO quoted the readmission numbers" in details and "Dana Whitfield" in details


def test_a_second_click_takes_an_answer_back_and_answers_are_exclusive_per_asset(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView, FeedbackPrompt], acme: Deal
) -> None:
    _window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)
    row = prompt.rows[0]

    qtbot.mouseClick(row.buttons[Verdict.HELPED_WIN], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.buttons[Verdict.DID_NOT_HELP], Qt.MouseButton.LeftButton)
    assert row.answer() is not None and row.answer().verdict is Verdict.DID_NOT_HELP  # type: ignore[union-attr]
    assert not row.buttons[Verdict.HELPED_WIN].isChecked()

    qtbot.mouseClick(row.buttons[Verdict.DID_NOT_HELP], Qt.MouseButton.LeftButton)
    assert row.answer() is None
    assert not prompt.send_button.isEnabled()


def test_a_lost_deal_asks_too_but_does_not_offer_helped_win(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView, FeedbackPrompt], acme: Deal
) -> None:
    _window, deals, prompt = on_deals

    _mark(qtbot, deals, prompt, deals.lost_button, acme)

    assert "lost" in prompt.heading.text()
    assert all(Verdict.HELPED_WIN not in r.buttons for r in prompt.rows)
    assert all(Verdict.DID_NOT_HELP in r.buttons for r in prompt.rows)


def test_dismissing_the_prompt_stops_asking_about_that_deal(
    qtbot: QtBot,
    on_deals: tuple[AppWindow, DealsView, FeedbackPrompt],
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)

    with qtbot.waitSignal(prompt.dismissed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prompt.dismiss_button, Qt.MouseButton.LeftButton)

    assert not prompt.isVisible()
    assert window.shell.sales.feedback_for_deal(acme.id) == []
    assert not window.shell.sales.get_deal(acme.id).awaiting_feedback
    window.shell.close()
    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    wait_until_idle(qtbot, again)
    assert not again.sales_screens.prompt.isVisible()


def test_not_now_hides_the_prompt_and_the_next_start_asks_the_deals_owner_again(
    qtbot: QtBot,
    on_deals: tuple[AppWindow, DealsView, FeedbackPrompt],
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)

    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)

    assert not prompt.isVisible()
    assert window.shell.sales.get_deal(acme.id).awaiting_feedback
    window.shell.close()
    again = open_window(library, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: again.sales_screens.prompt.isVisible(), timeout=TIMEOUT_MS)
    assert again.sales_screens.prompt.deal is not None and again.sales_screens.prompt.deal.id == acme.id


def test_at_start_only_my_own_closed_deals_are_asked_about(
    qtbot: QtBot,
    sales: SalesLoop,
    sample_assets: SampleAssets,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    theirs = make_deal(sales, "Renewal", "Northwind Insurance", owner="Marco Ruiz")
    sales.record_usage(sample_assets.contoso, UsageKind.SHARED, deal_id=theirs.id)
    sales.set_outcome(theirs.id, Outcome.WON)

    window = open_window(library, settings)
    wait_until_idle(qtbot, window)

    assert not window.sales_screens.prompt.isVisible()
    assert window.shell.sales.get_deal(theirs.id).awaiting_feedback  # still Marco's to answer


def test_a_won_deal_with_nothing_used_is_not_asked_about(
    qtbot: QtBot, sales: SalesLoop, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    quiet = make_deal(sales, "Pilot", "Quiet Corp", owner="Dana Whitfield")
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    prompt = window.sales_screens.prompt

    window.shell.context.set_outcome(quiet.id, Outcome.WON)
    qtbot.waitUntil(lambda: not window.shell.sales.get_deal(quiet.id).awaiting_feedback, timeout=TIMEOUT_MS)

    assert not prompt.isVisible()


def test_answers_that_cannot_all_be_saved_save_none_and_stay_in_the_panel_to_send_again(
    qtbot: QtBot,
    on_deals: tuple[AppWindow, DealsView, FeedbackPrompt],
    acme: Deal,
    sample_assets: SampleAssets,
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)
    mercy, deck = prompt.rows
    qtbot.mouseClick(mercy.buttons[Verdict.FOUND_USEFUL], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(deck.buttons[Verdict.HELPED_WIN], Qt.MouseButton.LeftButton)
    window.shell.sales.set_outcome(acme.id, Outcome.OPEN)  # reopened meanwhile (a CRM import, the CLI)

    with qtbot.waitSignal(window.shell.context.failed, timeout=TIMEOUT_MS) as failed:
        qtbot.mouseClick(prompt.send_button, Qt.MouseButton.LeftButton)

    assert "not won" in failed.args[0]
    assert window.shell.sales.feedback_for_deal(acme.id) == []  # not even the valid first answer
    assert prompt.isVisible() and prompt.deal is not None and prompt.deal.id == acme.id
    assert [a.verdict for a in prompt.answers()] == [Verdict.FOUND_USEFUL, Verdict.HELPED_WIN]
    assert prompt.send_button.isEnabled()

    window.shell.sales.set_outcome(acme.id, Outcome.WON)
    with qtbot.waitSignal(prompt.answered, timeout=TIMEOUT_MS):
        qtbot.mouseClick(prompt.send_button, Qt.MouseButton.LeftButton)

    assert sorted((f.asset_id, f.verdict) for f in window.shell.sales.feedback_for_deal(acme.id)) == sorted(
        [(sample_assets.mercy, Verdict.FOUND_USEFUL), (sample_assets.deck, Verdict.HELPED_WIN)]
    )
    assert not prompt.isVisible()


def test_the_panel_shows_each_assets_title_and_details_whole_when_they_fit(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView, FeedbackPrompt], acme: Deal
) -> None:
    _window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)
    viewport = prompt.scroll_area.viewport()

    def whole(label: QLabel) -> bool:
        top_left = label.mapTo(viewport, label.rect().topLeft())
        bottom = top_left.y() + label.sizeHint().height()
        return label.isVisible() and top_left.y() >= 0 and bottom <= viewport.height()

    qtbot.waitUntil(lambda: all(whole(r.title) for r in prompt.rows), timeout=TIMEOUT_MS)
    assert len(prompt.rows) == 2  # fewer than the panel shows at once: nothing to scroll
    assert not prompt.scroll_area.verticalScrollBar().isVisible()


def test_after_a_profile_switch_the_panel_asks_the_new_person_about_their_own_deals_only(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView, FeedbackPrompt], acme: Deal
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)  # Dana's deal

    with qtbot.waitSignal(window.shell.context.profile_changed, timeout=TIMEOUT_MS):
        window.shell.context.switch_profile("Marco Ruiz", Role.REP.value)
    wait_until_idle(qtbot, window)

    assert not prompt.isVisible() and prompt.deal is None  # Marco cannot say what helped Dana
    assert prompt.queued() == []

    with qtbot.waitSignal(prompt.shown, timeout=TIMEOUT_MS, check_params_cb=lambda d: d == acme.id):
        window.shell.context.switch_profile("Dana Whitfield", Role.REP.value)  # Dana is back: asked again


def test_enter_in_a_comment_sends_the_answers(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView, FeedbackPrompt], acme: Deal
) -> None:
    window, deals, prompt = on_deals
    _mark(qtbot, deals, prompt, deals.won_button, acme)
    row = prompt.rows[0]
    qtbot.mouseClick(row.buttons[Verdict.HELPED_WIN], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.comment, "Page 3 closed it")

    with qtbot.waitSignal(prompt.answered, timeout=TIMEOUT_MS):
        qtbot.keyClick(row.comment, Qt.Key.Key_Return)

    assert [f.comment for f in window.shell.sales.feedback_for_deal(acme.id)] == ["Page 3 closed it"]
