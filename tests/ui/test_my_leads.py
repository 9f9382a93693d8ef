"""The rep's side: the leads handed to me this week with their deadlines, and one click that
records a stage event (rejected asks why)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from collateral_app.domain.leads import HowDated, LeadStage
from collateral_app.services.library.asset_library import AssetLibrary
from tests.handoff_world import HandoffWorld, berlin, make_world
from ui.common.context import SalesContext
from ui.common.tasks import TaskRunner
from ui.sales import my_leads
from ui.sales.my_leads import MyLeadsPanel

from .helpers import TIMEOUT_MS


@pytest.fixture
def world(tmp_path: Path) -> Iterator[HandoffWorld]:
    library = AssetLibrary.open(tmp_path / "lib")
    world = make_world(library, tmp_path)
    world.clock.now = berlin(3, 12)  # Tuesday of the hand-off week
    world.loop.switch_user("Lee Park")
    yield world
    library.close()


@pytest.fixture
def panel(qtbot: QtBot, world: HandoffWorld, tmp_path: Path) -> Iterator[MyLeadsPanel]:
    runner = TaskRunner()
    context = SalesContext(world.loop, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    widget = MyLeadsPanel(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.leads_shown, timeout=TIMEOUT_MS):
        widget.reload()
    yield widget
    runner.shutdown()


def test_a_rep_sees_the_leads_handed_to_them_this_week_with_deadlines(panel: MyLeadsPanel) -> None:
    # Lee Park owns L21–L50: by Tuesday noon, L21–L30 are SQLs and L31–L40 not yet decided.
    assert len(panel.items) == 30
    assert panel.title.text() == "Leads handed to me this week (30)"
    assert all(item.lead.owner == "Lee Park" for item in panel.items)
    due = {item.lead.name: item.due for item in panel.items}
    assert due["Person 50"] == "work"
    assert due["Person 21"] == ""
    line = next(
        panel.list.item(n).text()
        for n in range(panel.list.count())
        if "Person 50 " in panel.list.item(n).text()
    )
    assert "work by Wed 04 Mar 08:00 UTC" in line


def test_one_click_records_worked_and_rejected_asks_why(
    qtbot: QtBot, panel: MyLeadsPanel, world: HandoffWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = next(n for n, item in enumerate(panel.items) if item.lead.name == "Person 50")
    panel.list.setCurrentRow(row)
    assert panel.worked_button.isEnabled()
    with qtbot.waitSignal(panel.stage_recorded, timeout=TIMEOUT_MS) as blocker:
        panel.worked_button.click()
    assert (blocker.args[0].stage, blocker.args[0].dated) == (LeadStage.WORKED, HowDated.APP)
    qtbot.waitUntil(
        lambda: any(i.lead.name == "Person 50" and i.due == "decide" for i in panel.items), timeout=TIMEOUT_MS
    )

    world.clock.now = berlin(3, 13)
    monkeypatch.setattr(my_leads.RejectReason, "ask", classmethod(lambda cls, parent, name: "no budget"))
    panel.list.setCurrentRow(next(n for n, item in enumerate(panel.items) if item.lead.name == "Person 50"))
    with qtbot.waitSignal(panel.stage_recorded, timeout=TIMEOUT_MS):
        panel.rejected_button.click()
    events = world.loop.get_lead("L50").events
    assert [(e.stage, e.reason) for e in events][-1] == (LeadStage.REJECTED, "no budget")
