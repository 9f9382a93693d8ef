"""Insight › Hand-off on the week of tests/handoff_world.py: computed off the GUI thread, the
figures, the chart and the drill-downs with their owners; every table passes the model tester."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from collateral_app.domain.leads import HandoffReport
from collateral_app.services.library.asset_library import AssetLibrary
from tests.handoff_world import HandoffWorld, make_world
from ui.common.context import SalesContext
from ui.common.tasks import TaskRunner
from ui.insight.handoff import HandoffTab

from .helpers import TIMEOUT_MS


@pytest.fixture
def world(tmp_path: Path) -> Iterator[HandoffWorld]:
    library = AssetLibrary.open(tmp_path / "lib")
    yield make_world(library, tmp_path)
    library.close()


@pytest.fixture
def tab(qtbot: QtBot, world: HandoffWorld, tmp_path: Path) -> Iterator[HandoffTab]:
    runner = TaskRunner()
    SalesContext(world.loop, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    widget = HandoffTab(world.insight, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    runner.shutdown()


def test_the_tab_computes_off_the_gui_thread_and_shows_the_week_and_its_drill_downs(
    qtbot: QtBot, tab: HandoffTab, world: HandoffWorld, qtmodeltester: object
) -> None:
    threads: list[threading.Thread] = []

    def parameters() -> object:
        threads.append(threading.current_thread())
        return world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9))

    with qtbot.waitSignal(tab.report_shown, timeout=TIMEOUT_MS) as blocker:
        tab.refresh(parameters)  # type: ignore[arg-type]
    report: HandoffReport = blocker.args[0]

    assert threads and threads[0] is not threading.main_thread()
    assert report.handed_over == 50
    assert "50 (50)" in tab.figures.text()
    assert "94% (47)" in tab.figures.text()
    assert tab.untouched_model.rowCount() == 1
    assert tab.untouched_model.index(0, 2).data() == "Lee Park"
    assert tab.past_model.rowCount() == 8
    assert tab.recycled_model.rowCount() == 2
    assert tab.tables.tabText(1) == "Untouched (1)"
    assert "Manufacturing case study" in tab.status.text()
    assert tab.chart.chart is not None
    for model in (tab.past_model, tab.conversion_model, tab.content_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_result_that_arrives_after_another_refresh_is_dropped(
    qtbot: QtBot, tab: HandoffTab, world: HandoffWorld
) -> None:
    first = lambda: world.insight.parameters(since=date(2026, 2, 23), until=date(2026, 3, 2))  # noqa: E731
    second = lambda: world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9))  # noqa: E731
    shown: list[HandoffReport] = []
    tab.report_shown.connect(shown.append)
    tab.refresh(first)
    tab.refresh(second)
    qtbot.waitUntil(lambda: not tab.busy(), timeout=TIMEOUT_MS)
    assert [r.handed_over for r in shown] == [50]


def test_a_drill_down_shows_its_first_leads_and_show_all_fetches_the_rest(
    qtbot: QtBot, tab: HandoffTab, world: HandoffWorld
) -> None:
    tab.drill_limit = 3
    week = lambda: world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9))  # noqa: E731
    with qtbot.waitSignal(tab.report_shown, timeout=TIMEOUT_MS):
        tab.refresh(week)
    tab.tables.setCurrentIndex(0)

    assert tab.past_model.rowCount() == 3
    assert tab.tables.tabText(0) == "Past deadline (8)"
    assert tab.more.text() == "Showing the first 3 of 8 leads, the oldest hand-off first."
    assert tab.show_all.isVisible()

    tab.show_all.click()
    qtbot.waitUntil(lambda: tab.past_model.rowCount() == 8, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not tab.busy(), timeout=TIMEOUT_MS)

    assert [tab.past_model.record_at(n).name for n in range(8)][-1] == "Person 50"
    assert not tab.show_all.isVisible()
    tab.tables.setCurrentIndex(1)  # one untouched lead: all of it shown
    assert not tab.show_all.isVisible()
