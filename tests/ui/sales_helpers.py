"""Helpers for the feedback loop's UI tests: deals in the sample library, choosing in combo
boxes with the keyboard as a user does, and waiting for what the window logs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot, SignalBlocker
from sqlalchemy import event

from collateral_app.domain.sales import Deal, DealDraft, Outcome, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow

from .helpers import TIMEOUT_MS


def make_deal(
    sales: SalesLoop,
    name: str,
    prospect: str,
    *,
    industry: str | None = None,
    size: str | None = None,
    stage: str | None = None,
    owner: str = "",
    amount: str = "",
    created_on: date | None = None,
) -> Deal:
    """A deal with its own new prospect."""
    company = sales.create_prospect(prospect, industry=industry, size=size)
    return sales.create_deal(
        DealDraft(
            name=name,
            prospect_id=company.id,
            owner=owner,
            stage=stage,
            amount=amount,
            created_on=created_on,
        )
    )


def won_with(sales: SalesLoop, deal: Deal, asset_ids: list[str]) -> Deal:
    """Evidence for recommendations: the assets reached the deal's prospect, then it was won."""
    for asset_id in asset_ids:
        sales.record_usage(asset_id, UsageKind.SHARED, deal_id=deal.id)
    return sales.set_outcome(deal.id, Outcome.WON)


def wait_for_deals(qtbot: QtBot, window: AppWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.shell.context.deals), timeout=TIMEOUT_MS)


def choose_in_combo(qtbot: QtBot, combo: QComboBox, row: int) -> None:
    """Pick `row` with the keyboard: Home, then Down, as a user moving through the list."""
    assert 0 <= row < combo.count(), (row, combo.count())
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == row


def choose_deal(qtbot: QtBot, combo: QComboBox, deal_id: str) -> None:
    rows = [
        r
        for r in range(combo.count())
        if combo.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == deal_id
    ]
    assert rows, f"deal {deal_id} is not in the picker"
    choose_in_combo(qtbot, combo, rows[0])


def expect_usage(qtbot: QtBot, window: AppWindow, kind: UsageKind, asset_id: str) -> SignalBlocker:
    """`with expect_usage(...) as logged: do()` waits until the window has written a `kind`
    event for `asset_id`; `logged.args[0]` is the UsageEvent."""
    return qtbot.waitSignal(
        window.shell.context.usage_recorded,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda e: e.kind is kind and e.asset_id == asset_id,
    )


@contextmanager
def gui_thread_queries(library: AssetLibrary) -> Iterator[list[str]]:
    """The SQL statements run on the GUI thread while the block runs (there should be none:
    database work belongs on the task runner's threads)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(library.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(library.engine, "before_cursor_execute", record)
