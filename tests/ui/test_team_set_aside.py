"""The Team section lists what this laptop set aside from the team server, each with its
reason and sender; the team's admin removes an entry from the server there, and every
laptop lets go of it. A real PostgreSQL holding rows an older server let through."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Role
from tests.sync.conftest import Laptop, TeamServer, laptop_factory, postgres, server_factory, team_server
from tests.sync.test_attacks import planted
from ui.team.screens import TeamSync, TeamView

from .helpers import TIMEOUT_MS

SERVER_FIXTURES = (postgres, server_factory, team_server, laptop_factory, planted)


@pytest.fixture
def views(qtbot: QtBot) -> Iterator[Callable[[Laptop], TeamView]]:
    made: list[TeamSync] = []

    def make(laptop: Laptop) -> TeamView:
        sync = TeamSync(laptop.team, every_ms=3_600_000)
        made.append(sync)
        view = TeamView(sync, lambda: None)
        qtbot.addWidget(view)
        view.show()
        with qtbot.waitSignal(sync.set_aside_loaded, timeout=TIMEOUT_MS):
            sync.start()
        qtbot.waitUntil(lambda: sync.status.joined, timeout=TIMEOUT_MS)
        return view

    yield make
    for sync in made:
        sync.shutdown()


def _keys(view: TeamView) -> list[str]:
    return [q.key for q in view.set_aside.entries]


def _item(view: TeamView, row: int) -> QTreeWidgetItem:
    item = view.set_aside.tree.topLevelItem(row)
    assert item is not None
    return item


def test_a_rep_sees_each_set_aside_row_with_its_reason_and_cannot_remove_it(
    qtbot: QtBot,
    planted: TeamServer,
    laptop_factory: Callable[..., Laptop],
    views: Callable[[Laptop], TeamView],
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(planted.url_as(f"{planted.prefix}_ray"), password="pw")
    ray.sync()

    view = views(ray)

    assert sorted(_keys(view)) == ["asset-evil", "deal-cb", "fb-99", "fb-bribed", "no-id"]
    assert view.set_aside.isVisible()
    assert view.set_aside.title.text().startswith("<b>Set aside (5)</b>")
    rows = {_item(view, n).text(0): _item(view, n).text(1) for n in range(len(_keys(view)))}
    assert rows["deal deal-cb “cb”"] == "“prospect_id” is missing"
    sender = _item(view, 0).text(2)
    assert sender.startswith("received from ") and planted.prefix in sender
    assert not view.set_aside.remove_button.isVisible()  # only the admin removes rows


def test_the_admin_removes_a_set_aside_row_from_the_server_and_it_leaves_the_list(
    qtbot: QtBot,
    planted: TeamServer,
    laptop_factory: Callable[..., Laptop],
    views: Callable[[Laptop], TeamView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ada = laptop_factory("ada")
    ada.team.join(planted.url_as(f"{planted.prefix}_ada"), password="pw")
    ada.sync()
    view = views(ada)
    assert view.set_aside.remove_button.isVisible()
    view.set_aside.tree.setCurrentItem(_item(view, _keys(view).index("no-id")))
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *_rest: object) -> tuple[str, bool]:
        asked.append(label)
        return "an event without an id", True

    monkeypatch.setattr(QInputDialog, "getText", answer)

    view.set_aside.remove_button.click()

    qtbot.waitUntil(lambda: "no-id" not in _keys(view), timeout=TIMEOUT_MS)
    assert asked and "usage_events no-id" in asked[0]
    assert "deal-cb" in _keys(view)  # nothing else went
    log = planted.scalar("SELECT action || ' ' || key || ': ' || reason FROM collateral.admin_log")
    assert log == "drop no-id: an event without an id"


def test_with_nothing_set_aside_the_list_stays_out_of_the_way(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    views: Callable[[Laptop], TeamView],
) -> None:

    mia = laptop_factory("mia")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    mia.sync()

    view = views(mia)

    assert _keys(view) == [] and not view.set_aside.isVisible()
