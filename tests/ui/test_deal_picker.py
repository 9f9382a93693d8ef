"""The deal picker with a real team's number of deals: typing filters, my open deals come
first, each entry tells two deals of the same name apart, and the deals picked lately are
remembered per library."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, DealDraft, Outcome, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.deal_picker import DealChoiceDelegate, DealChoices, DealChooser
from ui.sales.models import DealChoicesModel, DealSection

from .helpers import TIMEOUT_MS, WindowFactory
from .sales_helpers import wait_for_deals

ME = "Dana Whitfield"
COMPANIES = ("Acme Health", "Globex", "Initech", "Umbrella Retail", "Hooli", "Stark Logistics")
OWNERS = (ME, "Marco Ruiz", "Priya Nair")


@pytest.fixture
def team_deals(library: AssetLibrary) -> dict[str, Deal]:
    """300 deals over six companies and three owners, a fifth of them closed, and two open
    deals both called "Platform rollout" at Acme Health: mine and Marco's."""
    sales = SalesLoop(library)
    sales.switch_user(ME, Role.REP)
    prospects = {name: sales.create_prospect(name) for name in COMPANIES}
    for n in range(298):
        sales.create_deal(
            DealDraft(
                name=f"Expansion {n:03d}",
                prospect_id=prospects[COMPANIES[n % len(COMPANIES)]].id,
                owner=OWNERS[n % len(OWNERS)],
                stage="consideration",
                close_date=date(2026, 1 + n % 12, 1 + n % 28),
                outcome=Outcome.WON if n % 5 == 0 else Outcome.OPEN,
            )
        )
    acme = prospects["Acme Health"].id
    mine = sales.create_deal(
        DealDraft("Platform rollout", acme, owner=ME, stage="decision", close_date=date(2026, 6, 30))
    )
    marcos = sales.create_deal(
        DealDraft(
            "Platform rollout", acme, owner="Marco Ruiz", stage="consideration", close_date=date(2026, 9, 15)
        )
    )
    assert len(sales.list_deals()) == 300
    return {"mine": mine, "marcos": marcos}


def _open_picker(qtbot: QtBot, picker: DealChooser) -> None:
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(picker.popup.isVisible, timeout=TIMEOUT_MS)


def _shown(picker: DealChooser) -> list[tuple[str, str, int | None]]:
    """(title, detail line, section) of every entry the open list shows, top to bottom."""
    proxy = picker.popup.proxy
    return [
        (
            str(proxy.index(r, 0).data()),
            str(proxy.index(r, 0).data(DealChoicesModel.DetailRole)),
            proxy.index(r, 0).data(DealChoicesModel.SectionRole),
        )
        for r in range(proxy.rowCount())
    ]


def _captions(picker: DealChooser) -> list[str]:
    delegate = picker.popup.list.itemDelegate()
    assert isinstance(delegate, DealChoiceDelegate)
    proxy = picker.popup.proxy
    return [c for r in range(proxy.rowCount()) if (c := delegate.caption(proxy.index(r, 0)))]


def _window_with_deals(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> AppWindow:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    qtbot.waitUntil(lambda: window.shell.context.my_name == ME, timeout=TIMEOUT_MS)
    return window


def test_typing_filters_the_deals_with_my_open_deals_on_top_and_a_picked_deal_is_recent_next_time(
    qtbot: QtBot,
    team_deals: dict[str, Deal],
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    window = _window_with_deals(qtbot, open_window, library, settings)
    picker = window.sales_screens.deal_picker
    _open_picker(qtbot, picker)
    assert picker.popup.proxy.rowCount() == 301  # "No deal" and every deal
    assert _captions(picker) == ["My open deals", "Other open deals", "Closed deals"]

    qtbot.keyClicks(picker.popup.filter_box, "acme")

    shown = _shown(picker)
    assert 0 < len(shown) < 301 and all(title.startswith("Acme Health — ") for title, _d, _s in shown)
    sections = [section for _t, _d, section in shown]
    assert sections == sorted(sections)  # mine, then the others' open deals, then the closed ones
    assert sections[0] == DealSection.MINE and DealSection.CLOSED in sections
    mine = [detail for _t, detail, section in shown if section == DealSection.MINE]
    assert mine and all(f" · {ME} · closes " in detail for detail in mine)
    assert picker.popup.count.text() == f"{len(shown)} of 300 deals"

    qtbot.keyClicks(picker.popup.filter_box, " platf")

    # Two deals of the same name, told apart by stage, owner and close date; mine first.
    title = "Acme Health — Platform rollout"
    assert _shown(picker) == [
        (title, "Decision · Dana Whitfield · closes 2026-06-30", DealSection.MINE),
        (title, "Consideration · Marco Ruiz · closes 2026-09-15", DealSection.OPEN),
    ]
    qtbot.keyClick(picker.popup.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(picker.popup.filter_box, Qt.Key.Key_Return)

    assert not picker.popup.isVisible()
    assert window.shell.context.current_deal_id() == team_deals["marcos"].id
    assert picker.currentText() == "Acme Health — Platform rollout"

    _open_picker(qtbot, picker)

    assert picker.popup.filter_box.text() == ""
    assert _shown(picker)[1] == (
        "Acme Health — Platform rollout",
        "Consideration · Marco Ruiz · closes 2026-09-15",
        DealSection.RECENT,
    )
    assert _captions(picker)[0] == "Recent"
    assert picker.popup.list.currentIndex().row() == 1  # the current deal is where the list opens
    qtbot.keyClick(picker.popup.filter_box, Qt.Key.Key_Escape)
    assert not picker.popup.isVisible()
    assert window.shell.context.current_deal_id() == team_deals["marcos"].id  # Escape changes nothing


def test_the_recent_deals_are_remembered_per_library(
    qtbot: QtBot,
    team_deals: dict[str, Deal],
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    window = _window_with_deals(qtbot, open_window, library, settings)
    window.shell.context.set_current_deal(team_deals["mine"].id)
    window.shell.close()

    again = _window_with_deals(qtbot, open_window, library, settings)
    picker = again.sales_screens.deal_picker
    _open_picker(qtbot, picker)
    assert _shown(picker)[1][2] == DealSection.RECENT and _captions(picker)[0] == "Recent"
    assert picker.choices.deal_at(1) == team_deals["mine"]
    picker.hidePopup()

    with AssetLibrary.open(tmp_path / "other") as other:
        sales = SalesLoop(other)
        sales.switch_user(ME, Role.REP)
        prospect = sales.create_prospect("Acme Health")
        sales.create_deal(DealDraft("Platform rollout", prospect.id, owner=ME))
        elsewhere = _window_with_deals(qtbot, open_window, other, settings)
        other_picker = elsewhere.sales_screens.deal_picker
        _open_picker(qtbot, other_picker)
        assert "Recent" not in _captions(other_picker)
        other_picker.hidePopup()
        elsewhere.shell.close()


def test_typing_on_the_closed_picker_opens_it_filtered_by_what_was_typed(
    qtbot: QtBot,
    team_deals: dict[str, Deal],
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    window = _window_with_deals(qtbot, open_window, library, settings)
    picker = window.sales_screens.deal_picker
    picker.setFocus()

    qtbot.keyClicks(picker, "p")
    qtbot.waitUntil(picker.popup.isVisible, timeout=TIMEOUT_MS)
    qtbot.keyClicks(picker.popup.filter_box, "latform marco")

    assert picker.popup.filter_box.text() == "platform marco"
    assert [detail for _t, detail, _s in _shown(picker)] == ["Consideration · Marco Ruiz · closes 2026-09-15"]
    qtbot.keyClick(picker.popup.filter_box, Qt.Key.Key_Return)
    assert window.shell.context.current_deal_id() == team_deals["marcos"].id

    picker.showPopup()
    qtbot.keyClicks(picker.popup.filter_box, "no such deal")
    assert _shown(picker) == []
    assert picker.popup.count.text() == "No deal matches “no such deal”."
    picker.hidePopup()


def test_the_request_dialog_picks_its_deal_the_same_way(
    qtbot: QtBot, team_deals: dict[str, Deal], library: AssetLibrary
) -> None:
    from ui.sales.requests import RequestDialog

    deals = SalesLoop(library).list_deals()
    choices = DealChoices(deals, ME, [team_deals["marcos"].id])
    dialog = RequestDialog(library.taxonomy(), choices, text="pricing sheet")
    qtbot.addWidget(dialog)
    dialog.show()
    _open_picker(qtbot, dialog.deal)
    assert _captions(dialog.deal) == ["Recent", "My open deals", "Other open deals", "Closed deals"]
    qtbot.keyClicks(dialog.deal.popup.filter_box, "platform dana")
    qtbot.keyClick(dialog.deal.popup.filter_box, Qt.Key.Key_Enter)

    assert dialog.form().deal_id == team_deals["mine"].id
