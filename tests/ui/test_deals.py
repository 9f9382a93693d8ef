"""The Deals section: every deal with its prospect, segment, stage, amount, owner, close date
and outcome; filter by words and outcome; create and edit deals and prospects; close and
reopen."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, Outcome, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.deals import DealDialog, DealForm, DealsView, ProspectDialog, ProspectForm
from ui.sales.models import DealsModel

from .helpers import TIMEOUT_MS, WindowFactory, wait_until_idle
from .sales_helpers import choose_in_combo, gui_thread_queries, make_deal, wait_for_deals


@pytest.fixture
def deals(library: AssetLibrary) -> dict[str, Deal]:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    made = {
        "acme": make_deal(
            sales,
            "Platform rollout",
            "Acme Health",
            industry="healthcare",
            size="mid-market",
            stage="decision",
            owner="Dana Whitfield",
            amount="48 000",
            created_on=date(2025, 2, 1),
        ),
        "globex": make_deal(
            sales, "Renewal", "Globex", industry="retail", owner="Marco Ruiz", amount="9 500"
        ),
        "initech": make_deal(sales, "Security add-on", "Initech", owner="Priya Nair", amount="125 000"),
    }
    sales.set_outcome(made["globex"].id, Outcome.LOST)
    return made


@pytest.fixture
def deals_view(
    qtbot: QtBot,
    deals: dict[str, Deal],
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> tuple[AppWindow, DealsView]:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.show_section("deals")
    view = window.sales_screens.deals
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT_MS)
    return window, view


def _column(view: DealsView, column: int) -> list[str]:
    return [str(view.proxy.index(r, column).data()) for r in range(view.proxy.rowCount())]


def test_the_table_shows_each_deal_with_prospect_segment_stage_amount_owner_and_outcome(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], deals: dict[str, Deal]
) -> None:
    _window, view = deals_view
    row = view.model.row_of(deals["acme"].id)
    shown = [str(view.model.index(row, c).data()) for c in range(view.model.columnCount())]

    assert shown[DealsModel.DEAL] == "Platform rollout"
    assert shown[DealsModel.PROSPECT] == "Acme Health"
    assert (
        "healthcare" in shown[DealsModel.SEGMENT].lower()
        and "mid-market" in shown[DealsModel.SEGMENT].lower()
    )
    assert shown[DealsModel.STAGE].lower() == "decision"
    assert shown[DealsModel.AMOUNT] == "48,000.00 USD"
    assert shown[DealsModel.OWNER] == "Dana Whitfield"
    assert shown[DealsModel.OUTCOME] == "Open"
    assert view.model.headerData(DealsModel.CLOSE, Qt.Orientation.Horizontal) == "Close date"


def test_deals_filter_by_words_and_outcome_and_sort_amounts_as_numbers(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView]
) -> None:
    _window, view = deals_view

    qtbot.keyClicks(view.filter_box, "marco")
    assert _column(view, DealsModel.PROSPECT) == ["Globex"]
    view.filter_box.clear()
    choose_in_combo(qtbot, view.outcome_filter, view.outcome_filter.findData("open"))
    assert sorted(_column(view, DealsModel.PROSPECT)) == ["Acme Health", "Initech"]
    choose_in_combo(qtbot, view.outcome_filter, 0)

    view.table.sortByColumn(DealsModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    # 125,000 above 48,000 above 9,500: numbers, not text.
    assert _column(view, DealsModel.PROSPECT) == ["Initech", "Acme Health", "Globex"]


def test_selecting_a_deal_says_what_was_shared_and_enables_what_fits_its_outcome(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], deals: dict[str, Deal]
) -> None:
    _window, view = deals_view

    assert view.select_deal(deals["globex"].id)
    assert view.reopen_button.isEnabled() and view.won_button.isEnabled() and not view.lost_button.isEnabled()
    qtbot.waitUntil(lambda: "nothing shared or presented" in view.details.text(), timeout=TIMEOUT_MS)
    assert view.select_deal(deals["acme"].id)
    assert not view.reopen_button.isEnabled() and view.lost_button.isEnabled()


def test_reopening_a_lost_deal_sets_it_open_again(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], deals: dict[str, Deal]
) -> None:
    window, view = deals_view
    assert view.select_deal(deals["globex"].id)

    with qtbot.waitSignal(window.shell.context.deal_changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)

    assert window.shell.sales.get_deal(deals["globex"].id).outcome is Outcome.OPEN
    qtbot.waitUntil(
        lambda: view.model.record_at(view.model.row_of(deals["globex"].id)).outcome is Outcome.OPEN,
        timeout=TIMEOUT_MS,
    )


def test_a_new_deal_for_a_new_prospect_is_created_from_the_dialog(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = deals_view
    prefilled: list[dict[str, Any]] = []

    def ask(
        cls: type, parent: object, taxonomy: object, prospects: list[Any], deal: Any, **kw: Any
    ) -> DealForm:
        prefilled.append({"prospects": [p.name for p in prospects], "deal": deal, **kw})
        return DealForm(
            prospect_id=None,
            new_prospect=ProspectForm("Zenith Care", "healthcare", "enterprise", "Ohio"),
            name="Zenith pilot",
            owner=kw["owner"],
            stage="consideration",
            amount="1.234,50 €",
            currency="",
            created_on=date(2025, 6, 1),
            close_date=date(2025, 9, 30),
            outcome=Outcome.OPEN,
        )

    monkeypatch.setattr(DealDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.shell.context.deal_changed, timeout=TIMEOUT_MS) as changed:
        qtbot.mouseClick(view.new_deal_button, Qt.MouseButton.LeftButton)

    assert prefilled == [
        {"prospects": ["Acme Health", "Globex", "Initech"], "deal": None, "owner": "Dana Whitfield"}
    ]
    deal = changed.args[0]
    assert (deal.name, deal.prospect_name, deal.owner, str(deal.amount)) == (
        "Zenith pilot",
        "Zenith Care",
        "Dana Whitfield",
        "1,234.50 EUR",
    )
    prospect = window.shell.sales.get_prospect(deal.prospect_id)
    assert (prospect.industry, prospect.size, prospect.region) == ("healthcare", "enterprise", "Ohio")
    qtbot.waitUntil(lambda: view.selected_deal() is not None and view.selected_deal().id == deal.id)


def test_the_deal_dialog_edits_only_what_changed_and_closing_it_asks_for_feedback(
    qtbot: QtBot,
    deals_view: tuple[AppWindow, DealsView],
    deals: dict[str, Deal],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = deals_view
    acme = deals["acme"]
    dialog = DealDialog(window.shell.library.taxonomy(), window.shell.sales.list_prospects(), acme)
    qtbot.addWidget(dialog)
    assert dialog.prospect.currentText() == "Acme Health"
    assert dialog.amount.text() == "48000.00" and dialog.currency.text() == "USD"
    dialog.amount.setText("52 000")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("won"))
    form = dialog.form()
    assert form.changes(acme) == {"amount": "52 000"}
    monkeypatch.setattr(DealDialog, "ask", classmethod(lambda cls, *args, **kwargs: form))
    assert view.select_deal(acme.id)

    with qtbot.waitSignal(window.shell.context.deal_closed, timeout=TIMEOUT_MS) as closed:
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)

    saved = closed.args[0]
    assert (str(saved.amount), saved.outcome, saved.awaiting_feedback) == ("52,000.00 USD", Outcome.WON, True)
    assert saved.created_on == date(2025, 2, 1)  # untouched


def test_the_deal_dialog_needs_a_name_and_a_prospect_and_can_add_a_prospect(
    qtbot: QtBot, library: AssetLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DealDialog(library.taxonomy(), [], owner="Dana Whitfield")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name, "Pilot")
    assert not save.isEnabled()  # no prospect yet
    monkeypatch.setattr(
        ProspectDialog, "ask", classmethod(lambda cls, *args: ProspectForm("Quiet Corp", None, "smb", ""))
    )

    qtbot.mouseClick(dialog.new_prospect_button, Qt.MouseButton.LeftButton)

    assert save.isEnabled() and dialog.prospect.currentText() == "Quiet Corp (new)"
    form = dialog.form()
    assert (form.prospect_id, form.new_prospect, form.owner) == (
        None,
        ProspectForm("Quiet Corp", None, "smb", ""),
        "Dana Whitfield",
    )


def test_editing_a_prospect_changes_it_for_its_deals(
    qtbot: QtBot,
    deals_view: tuple[AppWindow, DealsView],
    deals: dict[str, Deal],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, view = deals_view
    seen: list[str] = []

    def ask(cls: type, parent: object, taxonomy: object, prospect: Any = None) -> ProspectForm:
        seen.append(prospect.name)
        return ProspectForm("Initech Global", "technology", "enterprise", "Texas")

    monkeypatch.setattr(ProspectDialog, "ask", classmethod(ask))
    assert view.select_deal(deals["initech"].id)
    qtbot.mouseClick(view.edit_prospect_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Initech Global" in _column(view, DealsModel.PROSPECT), timeout=TIMEOUT_MS)
    assert seen == ["Initech"]
    prospect = window.shell.sales.get_prospect(deals["initech"].prospect_id)
    assert (prospect.name, prospect.industry, prospect.region) == ("Initech Global", "technology", "Texas")


def test_prepare_for_a_call_from_a_deal_makes_it_current_and_opens_the_prepare_section(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], deals: dict[str, Deal]
) -> None:
    window, view = deals_view
    assert view.select_deal(deals["initech"].id)
    prepare = window.sales_screens.prepare

    with qtbot.waitSignal(
        prepare.recommended, timeout=TIMEOUT_MS, check_params_cb=lambda r: r.deal_id == deals["initech"].id
    ):
        qtbot.mouseClick(view.prepare_button, Qt.MouseButton.LeftButton)

    assert window.shell.current_section() == "prepare"
    assert window.shell.context.current_deal_id() == deals["initech"].id


def test_a_reload_that_answers_late_never_puts_back_the_deals_as_they_were_before_a_change(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = deals_view
    wait_until_idle(qtbot, window)
    list_deals = window.shell.sales.list_deals
    slow_first, read = threading.Event(), threading.Event()

    def listed() -> list[Deal]:
        found = list_deals()
        if not read.is_set():
            read.set()
            slow_first.wait(TIMEOUT_MS / 1000)  # this answer arrives after the next reload's
        return found

    monkeypatch.setattr(window.shell.sales, "list_deals", listed)
    window.shell.context.reload_deals()  # reads the deals as they are now …
    qtbot.waitUntil(read.is_set, timeout=TIMEOUT_MS)
    late = make_deal(window.shell.sales, "Late addition", "Hooli")  # … then a change, and its reload
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        window.shell.context.reload_deals()
    assert view.model.row_of(late.id) >= 0

    slow_first.set()
    wait_until_idle(qtbot, window)

    assert view.model.row_of(late.id) >= 0
    assert late.id in {d.id for d in window.shell.context.deals}


def test_a_new_deal_is_prefilled_with_me_as_owner_without_querying_on_the_gui_thread(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = deals_view
    with qtbot.waitSignal(window.shell.context.profile_changed, timeout=TIMEOUT_MS):
        window.shell.context.switch_profile("Priya Nair", Role.REP.value)  # who I am is read anew
    wait_until_idle(qtbot, window)
    owners: list[str] = []

    def ask(cls: type, *args: Any, owner: str = "", **kwargs: Any) -> None:
        owners.append(owner)
        return None  # cancelled

    monkeypatch.setattr(DealDialog, "ask", classmethod(ask))
    with gui_thread_queries(window.shell.library) as queries:
        qtbot.mouseClick(view.new_deal_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(owners), timeout=TIMEOUT_MS)

    assert owners == ["Priya Nair"]
    assert queries == []


def test_a_new_deal_that_cannot_be_saved_leaves_no_new_prospect_behind(
    qtbot: QtBot, deals_view: tuple[AppWindow, DealsView], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, view = deals_view
    form = DealForm(
        prospect_id=None,
        new_prospect=ProspectForm("Zenith Care", "healthcare", "enterprise", "Ohio"),
        name="Zenith pilot",
        owner="Dana Whitfield",
        stage=None,
        amount="about twelve grand",
        currency="",
        created_on=None,
        close_date=None,
        outcome=Outcome.OPEN,
    )
    monkeypatch.setattr(DealDialog, "ask", classmethod(lambda cls, *args, **kwargs: form))

    with qtbot.waitSignal(window.shell.context.failed, timeout=TIMEOUT_MS) as failed:
        qtbot.mouseClick(view.new_deal_button, Qt.MouseButton.LeftButton)

    assert "about twelve grand" in failed.args[0]
    assert [p.name for p in window.shell.sales.list_prospects()] == ["Acme Health", "Globex", "Initech"]
    assert window.shell.notice.isVisible() and "about twelve grand" in window.shell.notice.text()
