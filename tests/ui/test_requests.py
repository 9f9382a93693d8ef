"""Content requests: asked from an empty search (prefilled with the query and the deal's
segment), from a deal or the menu; voted for by other reps; triaged by marketing; and the
requester told in What's new."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import ContentRequest, Deal, RequestStatus, Role, Segment
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales import screens as sales_screens
from ui.sales.deals import DealDialog
from ui.sales.profile import ProfileDialog
from ui.sales.requests import DeclineReason, DeliverDialog, RequestDialog, RequestForm, RequestsView
from ui.shell.dialogs import WhatsNewDialog

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory, search, wait_until_idle
from .sales_helpers import choose_deal, make_deal, wait_for_deals


@pytest.fixture
def acme(library: AssetLibrary) -> Deal:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    return make_deal(
        sales, "Platform rollout", "Acme Health", industry="healthcare", size="mid-market", stage="decision"
    )


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """RequestDialog.ask replaced: records how it was prefilled and sends it as prefilled."""
    calls: list[dict[str, Any]] = []

    def ask(cls: type, parent: object, taxonomy: object, deals: object, **prefill: Any) -> RequestForm:
        calls.append(prefill)
        return RequestForm(
            prefill["text"] or "Something we need", prefill["segment"] or Segment(), prefill["deal_id"]
        )

    monkeypatch.setattr(RequestDialog, "ask", classmethod(ask))
    return calls


@pytest.fixture
def rep_window(
    qtbot: QtBot, acme: Deal, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> AppWindow:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    choose_deal(qtbot, window.sales_screens.deal_picker, acme.id)
    return window


def _become(qtbot: QtBot, window: AppWindow, name: str, role: Role) -> None:
    """Switch profile; a marketer then goes from Insight, where they land, to Requests."""
    with qtbot.waitSignal(window.shell.context.profile_changed, timeout=TIMEOUT_MS):
        window.shell.context.switch_profile(name, role.value)
    if role is Role.MARKETER:
        window.shell.show_section("requests")


def _changed(qtbot: QtBot, view: RequestsView, status: RequestStatus) -> Any:
    return qtbot.waitSignal(view.changed, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.status is status)


def test_a_request_from_an_empty_search_goes_to_marketing_and_its_delivery_reaches_the_requester(
    qtbot: QtBot,
    rep_window: AppWindow,
    acme: Deal,
    asked: list[dict[str, Any]],
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = rep_window
    requests = window.sales_screens.requests

    # 1. Nothing matches: the empty state offers to ask marketing.
    result = search(qtbot, window, "hipaa attestation")
    assert result.total == 0
    assert window.library_screen.result_stack.currentWidget() is window.library_screen.empty_state
    assert "href='request'" in window.library_screen.empty_state.text()
    with _changed(qtbot, requests, RequestStatus.OPEN) as sent:
        window.library_screen.empty_state.linkActivated.emit("request")

    assert asked == [
        {
            "text": "hipaa attestation",
            "segment": Segment(industry="healthcare", size="mid-market", stage="decision"),
            "deal_id": acme.id,
        }
    ]
    request = sent.args[0]
    assert (request.text, request.deal_id, request.requester_name) == (
        "hipaa attestation",
        acme.id,
        "Dana Whitfield",
    )

    # 2. A marketer (whose window puts Insight, then Requests first) sees it, accepts it.
    _become(qtbot, window, "Mia Marketing", Role.MARKETER)
    assert window.shell.section_keys()[:2] == ["insight", "requests"]
    qtbot.waitUntil(lambda: requests.accept_button.isVisible(), timeout=TIMEOUT_MS)  # triage is theirs
    assert requests.deliver_button.isVisible() and requests.decline_button.isVisible()
    assert requests.select_request(request.id)
    with _changed(qtbot, requests, RequestStatus.ACCEPTED):
        qtbot.mouseClick(requests.accept_button, Qt.MouseButton.LeftButton)

    # 3. … and later delivers it with an asset from the library.
    qtbot.waitUntil(
        lambda: requests.selected() is not None and requests.selected().status is RequestStatus.ACCEPTED
    )
    monkeypatch.setattr(DeliverDialog, "ask", classmethod(lambda cls, *args: sample_assets.whitepaper))
    with _changed(qtbot, requests, RequestStatus.DELIVERED) as delivered:
        qtbot.mouseClick(requests.deliver_button, Qt.MouseButton.LeftButton)
    assert delivered.args[0].asset_id == sample_assets.whitepaper
    assert [e.status for e in delivered.args[0].history] == [
        RequestStatus.OPEN,
        RequestStatus.ACCEPTED,
        RequestStatus.DELIVERED,
    ]

    # 4. The rep is back: What's new tells them.
    _become(qtbot, window, "Dana Whitfield", Role.REP)
    assert window.shell.current_section() == "library"
    window.library_screen.show_whats_new()
    qtbot.waitUntil(lambda: window.library_screen.whats_new_dialog is not None, timeout=TIMEOUT_MS)
    dialog = window.library_screen.whats_new_dialog
    assert dialog is not None and dialog.updates.isVisible()
    lines = [dialog.updates.item(i).text() for i in range(dialog.updates.count())]
    assert len(lines) == 2
    assert lines[0].startswith("Mia Marketing delivered “hipaa attestation”")
    assert "Zero trust whitepaper" in lines[0]
    assert lines[1].startswith("Mia Marketing accepted “hipaa attestation”")
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS) as shown:
        dialog.updates.itemActivated.emit(dialog.updates.item(0))
    assert shown.args[0] == sample_assets.whitepaper
    dialog.close()


def test_other_reps_vote_but_not_for_their_own_request(
    qtbot: QtBot, rep_window: AppWindow, asked: list[dict[str, Any]]
) -> None:
    window = rep_window
    requests = window.sales_screens.requests
    with _changed(qtbot, requests, RequestStatus.OPEN) as sent:
        window.sales_screens.request_action.trigger()
    request = sent.args[0]
    window.shell.show_section("requests")
    qtbot.waitUntil(lambda: requests.select_request(request.id), timeout=TIMEOUT_MS)
    assert not requests.vote_button.isEnabled()  # Dana's own
    assert not requests.accept_button.isVisible()  # reps do not triage

    _become(qtbot, window, "Marco Ruiz", Role.REP)
    qtbot.waitUntil(lambda: requests.select_request(request.id) and requests.vote_button.isEnabled())
    with qtbot.waitSignal(requests.changed, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.votes == 1):
        qtbot.mouseClick(requests.vote_button, Qt.MouseButton.LeftButton)

    assert window.shell.sales.get_request(request.id).votes == 1
    qtbot.waitUntil(lambda: requests.model.record_at(requests.model.row_of(request.id)).votes == 1)


def test_a_declined_request_says_why_to_its_requester(
    qtbot: QtBot, rep_window: AppWindow, asked: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = rep_window
    requests = window.sales_screens.requests
    with _changed(qtbot, requests, RequestStatus.OPEN) as sent:
        window.sales_screens.request_for_search("case study from Japan")
    request = sent.args[0]
    _become(qtbot, window, "Mia Marketing", Role.MARKETER)
    qtbot.waitUntil(lambda: requests.decline_button.isVisible(), timeout=TIMEOUT_MS)
    assert requests.select_request(request.id)

    monkeypatch.setattr(DeclineReason, "ask", classmethod(lambda cls, *args: None))  # cancelled
    qtbot.mouseClick(requests.decline_button, Qt.MouseButton.LeftButton)
    assert window.shell.sales.get_request(request.id).status is RequestStatus.OPEN

    monkeypatch.setattr(DeclineReason, "ask", classmethod(lambda cls, *args: "No customer in Japan yet"))
    with _changed(qtbot, requests, RequestStatus.DECLINED):
        qtbot.mouseClick(requests.decline_button, Qt.MouseButton.LeftButton)

    _become(qtbot, window, "Dana Whitfield", Role.REP)
    updates = window.shell.sales.request_updates_since(request.created_at)
    assert [(u.event.status, u.event.reason) for u in updates] == [
        (RequestStatus.DECLINED, "No customer in Japan yet")
    ]
    window.shell.show_section("requests")
    requests.status_filter.setCurrentIndex(requests.status_filter.findData("declined"))
    qtbot.waitUntil(lambda: requests.select_request(request.id), timeout=TIMEOUT_MS)
    assert "No customer in Japan yet" in requests.details.text()


def test_a_request_from_a_deal_is_prefilled_with_its_segment(
    qtbot: QtBot, rep_window: AppWindow, acme: Deal, asked: list[dict[str, Any]]
) -> None:
    window = rep_window
    window.shell.show_section("deals")
    deals = window.sales_screens.deals
    assert deals.select_deal(acme.id)

    with _changed(qtbot, window.sales_screens.requests, RequestStatus.OPEN):
        qtbot.mouseClick(deals.request_button, Qt.MouseButton.LeftButton)

    assert asked[0]["deal_id"] == acme.id
    assert asked[0]["segment"] == Segment(industry="healthcare", size="mid-market", stage="decision")


def test_the_request_dialog_sends_what_the_user_typed_and_chose(
    qtbot: QtBot, library: AssetLibrary, acme: Deal
) -> None:
    dialog = RequestDialog(
        library.taxonomy(), [acme], text="hipaa", segment=Segment(industry="healthcare"), deal_id=acme.id
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.text.clear()
    assert not ok.isEnabled()  # a request needs words
    qtbot.keyClicks(dialog.text, "HIPAA security whitepaper for hospital CISOs")
    persona = dialog.combos["persona"]
    persona.setCurrentIndex(persona.findData("clinical-leader"))

    form = dialog.form()

    assert form == RequestForm(
        "HIPAA security whitepaper for hospital CISOs",
        Segment(industry="healthcare", persona="clinical-leader"),
        acme.id,
    )


def test_the_deliver_dialog_searches_the_library_for_the_answering_asset(
    qtbot: QtBot, rep_window: AppWindow, sample_assets: SampleAssets
) -> None:
    window = rep_window
    request = window.shell.sales.add_request("zero trust explainer for security teams")
    dialog = DeliverDialog(window.shell.context, request, window.shell)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.chosen() is not None, timeout=TIMEOUT_MS)

    assert dialog.chosen() == sample_assets.whitepaper
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def _whats_new_reads(qtbot: QtBot, window: AppWindow, text: str) -> None:
    qtbot.waitUntil(lambda: window.library_screen.whats_new_action.text() == text, timeout=TIMEOUT_MS)


def test_the_whats_new_count_is_the_current_profiles_and_follows_a_profile_switch(
    qtbot: QtBot,
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    sample_assets: SampleAssets,
) -> None:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    mine = sales.add_request("hipaa attestation")
    sales.switch_user("Dana Whitfield", Role.REP)  # the window starts as Dana
    window = open_window(library, settings)
    wait_until_idle(qtbot, window)
    assert (
        window.library_screen.whats_new_action.text() == "What's new"
    )  # nothing happened to Dana's request yet

    # Marketing answers it in this window, then Dana is back: the count is hers.
    _become(qtbot, window, "Mia Marketing", Role.MARKETER)
    requests = window.sales_screens.requests
    qtbot.waitUntil(lambda: requests.select_request(mine.id), timeout=TIMEOUT_MS)
    with _changed(qtbot, requests, RequestStatus.ACCEPTED):
        qtbot.mouseClick(requests.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: requests.selected() is not None and requests.deliver_button.isEnabled())
    monkeypatch.setattr(DeliverDialog, "ask", classmethod(lambda cls, *args: sample_assets.whitepaper))
    with _changed(qtbot, requests, RequestStatus.DELIVERED):
        qtbot.mouseClick(requests.deliver_button, Qt.MouseButton.LeftButton)
    _whats_new_reads(qtbot, window, "What's new")  # Mia's own changes are not news to her

    _become(qtbot, window, "Dana Whitfield", Role.REP)
    _whats_new_reads(qtbot, window, "What's new (2)")

    _become(qtbot, window, "Marco Ruiz", Role.REP)
    _whats_new_reads(qtbot, window, "What's new")  # not Marco's request


def test_whats_new_counts_only_what_came_after_the_user_last_opened_it(
    qtbot: QtBot,
    acme: Deal,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    mine = sales.add_request("hipaa attestation")
    sales.switch_user("Mia Marketing", Role.MARKETER)
    sales.update_request(mine.id, RequestStatus.ACCEPTED)
    sales.switch_user("Dana Whitfield", Role.REP)
    window = open_window(library, settings)
    _whats_new_reads(qtbot, window, "What's new (1)")

    window.library_screen.show_whats_new()
    qtbot.waitUntil(lambda: window.library_screen.whats_new_dialog is not None, timeout=TIMEOUT_MS)
    assert (
        window.library_screen.whats_new_dialog is not None
        and window.library_screen.whats_new_dialog.updates.count() == 1
    )
    window.library_screen.whats_new_dialog.close()
    _whats_new_reads(qtbot, window, "What's new")

    _become(qtbot, window, "Mia Marketing", Role.MARKETER)
    requests = window.sales_screens.requests
    qtbot.waitUntil(lambda: requests.select_request(mine.id), timeout=TIMEOUT_MS)
    monkeypatch.setattr(DeliverDialog, "ask", classmethod(lambda cls, *args: sample_assets.whitepaper))
    with _changed(qtbot, requests, RequestStatus.DELIVERED):
        qtbot.mouseClick(requests.deliver_button, Qt.MouseButton.LeftButton)
    _become(qtbot, window, "Dana Whitfield", Role.REP)

    _whats_new_reads(qtbot, window, "What's new (1)")  # the delivery; the acceptance was seen


def _offers_request(window: AppWindow) -> bool:
    return "href='request'" in window.library_screen.result_info.text()


def test_results_that_only_partly_match_still_offer_to_ask_marketing(
    qtbot: QtBot,
    rep_window: AppWindow,
    acme: Deal,
    asked: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sales_screens, "FEW_RESULTS", 0)  # however few: only partial counts here
    window = rep_window
    checked: list[str] = []
    every_word_matches = window.shell.sales.every_word_matches

    def counted(query: str, *, prefix: bool = False) -> int:
        checked.append(query)
        return every_word_matches(query, prefix=prefix)

    monkeypatch.setattr(window.shell.sales, "every_word_matches", counted)
    search(qtbot, window, "mercy regional")  # one asset has both words
    qtbot.waitUntil(lambda: bool(checked), timeout=TIMEOUT_MS)
    wait_until_idle(qtbot, window)
    assert not _offers_request(window)

    result = search(qtbot, window, "mercy contoso northwind fabrikam zzqx")  # each has one word

    assert len(result.hits) == 4
    qtbot.waitUntil(lambda: _offers_request(window), timeout=TIMEOUT_MS)
    assert (
        window.library_screen.result_stack.currentWidget() is window.library_screen.results
    )  # the results stay in view
    assert "None has all the words" in window.library_screen.result_info.text()
    with _changed(qtbot, window.sales_screens.requests, RequestStatus.OPEN):
        window.library_screen.result_info.linkActivated.emit("request")
    assert asked[0]["text"] == "mercy contoso northwind fabrikam zzqx"
    assert asked[0]["deal_id"] == acme.id


def test_a_few_results_offer_to_ask_marketing_too(
    qtbot: QtBot, rep_window: AppWindow, asked: list[dict[str, Any]]
) -> None:
    window = rep_window
    result = search(qtbot, window, "readmissions")
    assert result.total == 1

    assert _offers_request(window) and "Not what you need?" in window.library_screen.result_info.text()
    search(qtbot, window, "")  # browsing the library is not a search that went unanswered
    wait_until_idle(qtbot, window)
    assert not _offers_request(window)


def test_a_requests_reload_that_answers_late_never_hides_a_request_made_since(
    qtbot: QtBot, rep_window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = rep_window
    requests = window.sales_screens.requests
    wait_until_idle(qtbot, window)
    list_requests = window.shell.sales.list_requests
    slow_first, read = threading.Event(), threading.Event()

    def listed(**kwargs: Any) -> list[ContentRequest]:
        found = list_requests(**kwargs)
        if not read.is_set():
            read.set()
            slow_first.wait(TIMEOUT_MS / 1000)  # this answer arrives after the next reload's
        return found

    monkeypatch.setattr(window.shell.sales, "list_requests", listed)
    requests.reload()  # reads the requests as they are now …
    qtbot.waitUntil(read.is_set, timeout=TIMEOUT_MS)
    made = window.shell.sales.add_request("ROI calculator in German")  # … then one is made, and shown
    with qtbot.waitSignal(requests.model.modelReset, timeout=TIMEOUT_MS):
        requests.reload()
    assert requests.model.row_of(made.id) >= 0

    slow_first.set()
    wait_until_idle(qtbot, window)

    assert requests.model.row_of(made.id) >= 0


def test_dialogs_once_closed_do_not_stay_behind_in_the_window(
    qtbot: QtBot, rep_window: AppWindow, acme: Deal, library: AssetLibrary
) -> None:
    window = rep_window
    request = window.shell.sales.add_request("zero trust explainer")

    def cancel_when_shown() -> None:
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]

    for _ in range(2):
        cancel_when_shown()
        assert RequestDialog.ask(window.shell, library.taxonomy(), [acme], text="x") is None
        cancel_when_shown()
        assert DeliverDialog.ask(window.shell, window.shell.context, request) is None
        cancel_when_shown()
        assert DealDialog.ask(window.shell, library.taxonomy(), []) is None
        cancel_when_shown()
        assert ProfileDialog.ask(window.shell, "Dana Whitfield", Role.REP) is None
        before = window.library_screen.whats_new_dialog
        window.library_screen.show_whats_new()
        qtbot.waitUntil(
            lambda before=before: window.library_screen.whats_new_dialog is not before, timeout=TIMEOUT_MS
        )
        window.library_screen.whats_new_dialog.close()  # type: ignore[union-attr]

    kinds = (RequestDialog, DeliverDialog, DealDialog, ProfileDialog, WhatsNewDialog)
    qtbot.waitUntil(
        lambda: sum(len(window.shell.findChildren(kind)) for kind in kinds) <= 1, timeout=TIMEOUT_MS
    )  # at most the last What's new, kept to be shown again
    wait_until_idle(qtbot, window)  # the deliver dialog's search came back to nobody


def test_after_voting_the_vote_button_says_so_instead_of_offering_a_second_vote(
    qtbot: QtBot, rep_window: AppWindow, asked: list[dict[str, Any]]
) -> None:
    window = rep_window
    requests = window.sales_screens.requests
    with _changed(qtbot, requests, RequestStatus.OPEN) as sent:
        window.sales_screens.request_action.trigger()
    request = sent.args[0]
    _become(qtbot, window, "Marco Ruiz", Role.REP)
    window.shell.show_section("requests")
    qtbot.waitUntil(lambda: requests.select_request(request.id) and requests.vote_button.isEnabled())

    with qtbot.waitSignal(requests.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(requests.vote_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: requests.vote_button.text() == "You voted for this", timeout=TIMEOUT_MS)
    assert requests.selected() is not None and requests.selected().id == request.id  # type: ignore[union-attr]
    assert not requests.vote_button.isEnabled()
    _become(qtbot, window, "Priya Nair", Role.REP)  # someone who has not voted yet may
    qtbot.waitUntil(lambda: requests.select_request(request.id) and requests.vote_button.isEnabled())
    assert requests.vote_button.text() == "+1 I need this too"


def test_an_owner_asked_to_review_an_asset_learns_it_in_whats_new(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    sample_assets: SampleAssets,
) -> None:
    library.edit_asset(sample_assets.mercy, {"owner": "Lena Fischer"})
    SalesLoop(library).switch_user("Mia Marketing", Role.MARKETER)
    Insight(library).ask_owner_to_review(sample_assets.mercy, "The readmission figures are from 2023")
    SalesLoop(library).switch_user("Lena Fischer", Role.MARKETER)

    window = open_window(library, settings)
    _whats_new_reads(qtbot, window, "What's new (1)")
    window.library_screen.show_whats_new()
    qtbot.waitUntil(lambda: window.library_screen.whats_new_dialog is not None, timeout=TIMEOUT_MS)
    dialog = window.library_screen.whats_new_dialog
    assert dialog is not None and dialog.reviews.isVisible()
    [line] = [dialog.reviews.item(i).text() for i in range(dialog.reviews.count())]
    assert line.startswith("Mia Marketing asked you to review “Mercy Regional cuts readmissions” · ")
    assert line.endswith("— The readmission figures are from 2023")
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS) as shown:
        dialog.reviews.itemActivated.emit(dialog.reviews.item(0))
    assert shown.args[0] == sample_assets.mercy
    assert window.shell.current_section() == "library"
    dialog.close()

    _become(qtbot, window, "Marco Ruiz", Role.REP)
    _whats_new_reads(qtbot, window, "What's new")  # not Marco's asset
