"""Right-click menus: on a result card (hand over, add to a pitch kit, log, edit, archive),
on a deal, on a request, on a kit's asset; what each entry does is what its button does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import AssetStatus
from collateral_app.domain.sales import Deal, Outcome, Role, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import AppWindow
from ui.sales.deals import CloseDealDialog
from ui.shell import dialogs

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory, search, wait_until_idle
from .sales_helpers import make_deal, wait_for_deals


def right_click(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> QMenu:
    """Right-click a row where a user would and wait for its menu to open."""
    model = view.model()
    index = model.index(row, column)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()}
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    found: list[QMenu] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMenu)
            and w.isVisible()
            and id(w) not in before
            and w.parent() is not None
            and not isinstance(w.parent(), QMenu)
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=TIMEOUT_MS)
    return found[0]


def entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def choose(menu: QMenu, text: str) -> None:
    """Click the entry that starts with `text` (in a submenu: 'Add to pitch kit/Kit name')."""
    path = text.split("/")
    for part in path[:-1]:
        action = next(a for a in menu.actions() if a.text().startswith(part))
        sub = action.menu()
        assert isinstance(sub, QMenu)
        menu = sub
    action = next(a for a in menu.actions() if a.text().startswith(path[-1]))
    assert action.isEnabled(), f"{action.text()} is disabled"
    action.trigger()
    menu.close()


@pytest.fixture
def sales(library: AssetLibrary) -> SalesLoop:
    loop = SalesLoop(library)
    loop.switch_user("Dana Whitfield", Role.REP)
    return loop


@pytest.fixture
def acme(sales: SalesLoop) -> Deal:
    return make_deal(sales, "Platform rollout", "Acme Health", industry="healthcare", owner="Dana Whitfield")


@pytest.fixture
def working(
    qtbot: QtBot, acme: Deal, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> AppWindow:
    window = open_window(library, settings)
    wait_for_deals(qtbot, window)
    window.shell.context.set_current_deal(acme.id)
    return window


def test_a_card_menu_offers_every_hand_over_and_curation_action(
    qtbot: QtBot, working: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, working, "readmiss")

    menu = right_click(qtbot, working.library_screen.results, 0)

    assert working.library_screen.selected_ids() == [sample_assets.mercy]
    shown = entries(menu)
    for wanted in (
        "Open",
        "Preview",
        "Present",
        "Copy file",
        "Copy link",
        "Show in folder",
        "Add to pitch kit",
        "Log as shared with Acme Health — Platform rollout",
        "Log as presented with Acme Health — Platform rollout",
        "Edit…",
        "Archive…",
    ):
        assert wanted in shown, (wanted, shown)
    by_text = {a.text(): a for a in menu.actions()}
    assert by_text["Present"].isEnabled()  # a PDF on this laptop
    assert not by_text["Copy link"].isEnabled()  # a file, not a link
    menu.close()


def test_right_click_a_card_and_add_it_to_a_new_kit_then_another_to_that_kit(
    qtbot: QtBot,
    working: AppWindow,
    sales: SalesLoop,
    acme: Deal,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.library import screen as library_screen

    monkeypatch.setattr(
        library_screen.QInputDialog,
        "getText",
        staticmethod(lambda *_a, **k: (k.get("text", "") + " A", True)),
    )
    search(qtbot, working, "readmiss")
    menu = right_click(qtbot, working.library_screen.results, 0)
    with qtbot.waitSignal(working.shell.context.kits_changed, timeout=TIMEOUT_MS):
        choose(menu, "Add to pitch kit/New kit for Acme Health — Platform rollout")

    [kit] = sales.list_kits(deal_id=acme.id)
    assert kit.name == f"Acme Health — call kit {date.today().isoformat()} A"
    assert [i.asset_id for i in kit.items] == [sample_assets.mercy]

    search(qtbot, working, "fraud")
    menu = right_click(qtbot, working.library_screen.results, 0)
    with qtbot.waitSignal(working.shell.context.kits_changed, timeout=TIMEOUT_MS):
        choose(menu, f"Add to pitch kit/{kit.name}")
    assert [i.asset_id for i in sales.get_kit(kit.id).items] == [sample_assets.mercy, sample_assets.contoso]

    # Prepare, open on that deal, lists the kit as it is now.
    working.shell.show_section("prepare")
    prepare = working.sales_screens.prepare
    qtbot.waitUntil(
        lambda: "(2 assets)" in prepare.kit_choice.itemText(prepare.kit_choice.findData(kit.id)),
        timeout=TIMEOUT_MS,
    )


def test_a_card_already_in_the_kit_cannot_be_added_twice(
    qtbot: QtBot, working: AppWindow, sales: SalesLoop, acme: Deal, sample_assets: SampleAssets
) -> None:
    sales.create_kit("Acme kit", acme.id, [sample_assets.mercy])
    search(qtbot, working, "readmiss")
    menu = right_click(qtbot, working.library_screen.results, 0)
    kit_menu = next(a for a in menu.actions() if a.text() == "Add to pitch kit").menu()
    [entry] = [a for a in kit_menu.actions() if a.text().startswith("Acme kit")]
    assert not entry.isEnabled()
    menu.close()


def test_log_as_shared_from_the_card_menu_logs_it_with_the_current_deal(
    qtbot: QtBot, working: AppWindow, acme: Deal, sample_assets: SampleAssets
) -> None:
    search(qtbot, working, "fraud")
    menu = right_click(qtbot, working.library_screen.results, 0)
    with qtbot.waitSignal(working.shell.context.usage_recorded, timeout=TIMEOUT_MS) as logged:
        choose(menu, "Log as shared")
    event = logged.args[0]
    assert (event.kind, event.asset_id, event.deal_id) == (UsageKind.SHARED, sample_assets.contoso, acme.id)


def test_archive_from_the_card_menu_asks_with_the_verb_for_every_selected_card(
    qtbot: QtBot,
    working: AppWindow,
    library: AssetLibrary,
    sample_assets: SampleAssets,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(_parent: object, _title: str, question: str, verb: str = "") -> bool:
        asked.append((question, verb))
        return True

    monkeypatch.setattr(dialogs.Confirm, "ask", ask)
    screen = working.library_screen
    screen.results.selectAll()
    assert len(screen.selected_ids()) == len(sample_assets.all_ids)
    menu = right_click(qtbot, screen.results, 1)
    assert len(screen.selected_ids()) == len(sample_assets.all_ids)  # the selection stays
    with qtbot.waitSignal(screen.edits_applied, timeout=TIMEOUT_MS):
        choose(menu, "Archive 8 assets…")

    assert asked and asked[0][1] == "Archive 8 assets"
    assert asked[0][0].startswith("Archive 8 assets?")
    assert all(a.status is AssetStatus.ARCHIVED for a in library.list_assets())


def test_a_deal_row_menu_marks_it_won(
    qtbot: QtBot, working: AppWindow, acme: Deal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CloseDealDialog, "ask", classmethod(lambda _c, _p, _d, _o: date.today()))
    working.shell.show_section("deals")
    view = working.sales_screens.deals
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=TIMEOUT_MS)

    menu = right_click(qtbot, view.table, 0, 1)
    assert entries(menu)[:3] == ["Work on this deal", "Prepare for a call", "Request content…"]
    with qtbot.waitSignal(working.shell.context.deals_loaded, timeout=TIMEOUT_MS):
        choose(menu, "Mark won")
    assert working.shell.sales.get_deal(acme.id).outcome is Outcome.WON


def test_a_request_row_menu_votes_for_it(
    qtbot: QtBot, sales: SalesLoop, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    sales.switch_user("Marco Ruiz", Role.REP)
    request = sales.add_request("A healthcare ROI calculator")
    sales.switch_user("Dana Whitfield", Role.REP)
    window = open_window(library, settings)
    window.shell.show_section("requests")
    view = window.sales_screens.requests
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=TIMEOUT_MS)

    menu = right_click(qtbot, view.table, 0)
    assert entries(menu)[0] == "+1 I need this too"
    choose(menu, "+1 I need this too")
    qtbot.waitUntil(lambda: sales.get_request(request.id).votes == 1, timeout=TIMEOUT_MS)
    wait_until_idle(qtbot, window)


def test_a_kit_item_menu_moves_and_removes_it(
    qtbot: QtBot,
    sales: SalesLoop,
    acme: Deal,
    sample_assets: SampleAssets,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
) -> None:
    kit = sales.create_kit("Acme kit", acme.id, [sample_assets.mercy, sample_assets.contoso])
    working = open_window(library, settings)
    wait_for_deals(qtbot, working)
    working.shell.context.set_current_deal(acme.id)
    working.shell.show_section("prepare")
    prepare = working.sales_screens.prepare
    qtbot.waitUntil(lambda: prepare.kit_choice.findData(kit.id) >= 0, timeout=TIMEOUT_MS)
    prepare.kit_choice.setCurrentIndex(prepare.kit_choice.findData(kit.id))
    prepare.kit_choice.activated.emit(prepare.kit_choice.currentIndex())
    assert prepare.kit_model.asset_ids() == [sample_assets.mercy, sample_assets.contoso]

    menu = right_click(qtbot, prepare.kit_list, 1)
    assert entries(menu) == ["Preview", "Up", "Down", "Remove"]
    choose(menu, "Up")
    assert prepare.kit_model.asset_ids() == [sample_assets.contoso, sample_assets.mercy]
    menu = right_click(qtbot, prepare.kit_list, 1)
    choose(menu, "Remove")
    assert prepare.kit_model.asset_ids() == [sample_assets.contoso]
