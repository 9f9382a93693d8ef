"""A won deal shows it: Mark won asks for the close date (today, unless the rep says
otherwise) and the deal's stage reads Closed Won; lost reads Closed Lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Deal, Outcome, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.deals import CloseDealDialog, DealsView
from ui.sales.models import DealsModel

from .helpers import TIMEOUT_MS, WindowFactory
from .sales_helpers import make_deal, wait_for_deals


@pytest.fixture
def acme(library: AssetLibrary) -> Deal:
    sales = SalesLoop(library)
    sales.switch_user("Dana Whitfield", Role.REP)
    return make_deal(sales, "Platform rollout", "Acme Health", stage="decision", owner="Dana Whitfield")


@pytest.fixture
def on_deals(
    qtbot: QtBot, acme: Deal, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> tuple[AppWindow, DealsView]:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.show_section("deals")
    view = window.sales_screens.deals
    assert view.select_deal(acme.id)
    return window, view


def _answer_close_date(qtbot: QtBot, seen: dict[str, object], change_to: date | None, accept: bool) -> None:
    """Once the close-date dialog is up: note what it shows, change the date, press a button."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloseDealDialog):
            QTimer.singleShot(20, answer)
            return
        seen["date"] = dialog.close_date.date().toPython()
        seen["button"] = dialog.confirm.text()
        if change_to is not None:
            dialog.close_date.setDate(QDate(change_to.year, change_to.month, change_to.day))
        if accept:
            qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)


def _stage(view: DealsView, deal: Deal) -> str:
    return str(view.model.index(view.model.row_of(deal.id), DealsModel.STAGE).data())


def test_marking_a_deal_won_asks_for_the_close_date_prefilled_with_today_and_shows_closed_won(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView], acme: Deal
) -> None:
    window, view = on_deals
    assert _stage(view, acme) == "Decision"
    seen: dict[str, object] = {}
    _answer_close_date(qtbot, seen, None, accept=True)
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.won_button, Qt.MouseButton.LeftButton)

    assert seen == {"date": date.today(), "button": "Mark won"}
    assert _stage(view, acme) == "Closed Won"
    row = view.model.row_of(acme.id)
    assert view.model.index(row, DealsModel.CLOSE).data() == date.today().isoformat()
    assert view.model.index(row, DealsModel.OUTCOME).data() == "Won"
    assert "Reached before closing: Decision" in str(
        view.model.index(row, DealsModel.STAGE).data(Qt.ItemDataRole.ToolTipRole)
    )
    qtbot.waitUntil(lambda: "Closed Won on" in view.details.text(), timeout=TIMEOUT_MS)


def test_the_close_date_chosen_is_the_one_saved_and_lost_reads_closed_lost(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView], acme: Deal
) -> None:
    window, view = on_deals
    last_friday = date.today() - timedelta(days=3)
    _answer_close_date(qtbot, {}, last_friday, accept=True)
    with qtbot.waitSignal(window.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.lost_button, Qt.MouseButton.LeftButton)

    assert _stage(view, acme) == "Closed Lost"
    assert window.shell.sales.get_deal(acme.id).close_date == last_friday


def test_cancelling_the_close_date_leaves_the_deal_open(
    qtbot: QtBot, on_deals: tuple[AppWindow, DealsView], acme: Deal
) -> None:
    window, view = on_deals
    seen: dict[str, object] = {}
    _answer_close_date(qtbot, seen, None, accept=False)
    qtbot.mouseClick(view.won_button, Qt.MouseButton.LeftButton)

    assert seen["date"] == date.today()
    assert window.shell.sales.get_deal(acme.id).outcome is Outcome.OPEN
    assert _stage(view, acme) == "Decision"
