"""The window hosts its screens as sections: a navigation on the left, the Go menu with
Ctrl+number, and the role deciding what comes first."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui import app
from ui.app import AppWindow
from ui.shell.window import BuiltWhenShown

from .helpers import TIMEOUT_MS, WindowFactory


def _navigation_titles(window: AppWindow) -> list[str]:
    return [window.shell.navigation.item(i).text() for i in range(window.shell.navigation.count())]


def test_an_added_section_appears_in_the_navigation_and_the_go_menu_and_can_be_shown(
    qtbot: QtBot, window: AppWindow
) -> None:
    before = _navigation_titles(window)
    page = QLabel("Forecasts go here")
    action = window.shell.add_section("forecasts", "Forecasts", page, tip="What the quarter looks like")

    assert before[0] == "Library"
    assert _navigation_titles(window) == [*before, "Forecasts"]
    assert action in window.shell.menus["go"].actions()
    assert action.shortcut().toString() == f"Ctrl+{len(before) + 1}"
    assert window.shell.current_section() == "library"

    with qtbot.waitSignal(window.shell.section_changed, check_params_cb=lambda key: key == "forecasts"):
        window.shell.navigation.setCurrentRow(len(before))
    assert window.shell.sections.currentWidget() is page

    with qtbot.waitSignal(window.shell.section_changed, check_params_cb=lambda key: key == "library"):
        qtbot.keyClick(window.shell, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.shell.sections.currentWidget() is window.library_screen


def test_a_section_built_when_shown_is_built_once_on_first_show(qtbot: QtBot, window: AppWindow) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("Forecasts go here"))
        return built[-1]

    holder = BuiltWhenShown(build)
    window.shell.add_section("forecasts", "Forecasts", holder)
    assert built == []  # adding it to the navigation builds nothing

    window.shell.show_section("forecasts")
    window.shell.show_section("library")
    window.shell.show_section("forecasts")
    assert len(built) == 1
    assert holder.screen_widget() is built[0]
    assert built[0].parent() is holder
    assert built[0].accessibleName() == "Forecasts"


def test_the_insight_screen_waits_until_it_is_first_shown(qtbot: QtBot, window: AppWindow) -> None:
    holder = window.shell.section_widget("insight")
    assert isinstance(holder, BuiltWhenShown)
    assert holder.findChildren(QTabWidget) == []  # nothing of the Insight screen yet

    window.shell.show_section("insight")
    assert window.insight_view.parent() is holder
    assert holder.findChildren(QTabWidget)


def test_a_section_can_be_placed_before_another(qtbot: QtBot, window: AppWindow) -> None:
    window.shell.add_section("forecasts", "Forecasts", QLabel(), before="deals")

    titles = _navigation_titles(window)
    assert titles.index("Forecasts") == titles.index("Deals") - 1
    try:
        window.shell.add_section("pipeline", "Pipeline", QLabel(), before="nowhere")
    except ValueError as exc:
        assert "nowhere" in str(exc)
    else:
        raise AssertionError("a section placed before a missing one was accepted")


def test_a_section_key_can_be_added_only_once(qtbot: QtBot, window: AppWindow) -> None:
    window.shell.add_section("deals-extra", "Extra", QLabel())
    try:
        window.shell.add_section("deals-extra", "Again", QLabel())
    except ValueError as exc:
        assert "deals-extra" in str(exc)
    else:
        raise AssertionError("a second section with the same key was accepted")


def test_a_marketer_gets_the_marketing_sections_first_and_lands_on_insight(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    SalesLoop(library).switch_user("Dana", Role.MARKETER)
    window = open_window(library, settings)
    window.shell.add_section("forecasts", "Forecasts", QLabel(), first_for=[Role.MARKETER])
    window.shell.add_section("audit", "Audit", QLabel(), first_for=[Role.ADMIN])

    window.shell.land_on_first_section()

    titles = _navigation_titles(window)
    # The marketer's sections in their order (Insight placed before Requests), then the rest.
    assert titles[:3] == ["Insight", "Requests", "Forecasts"]
    assert titles.index("Library") < titles.index("Audit")
    assert window.shell.current_section() == "insight"
    assert window.shell.navigation.currentItem().text() == "Insight"


def test_a_rep_lands_on_the_library(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    SalesLoop(library).switch_user("Sam", Role.REP)
    window = open_window(library, settings)
    window.shell.add_section("forecasts", "Forecasts", QLabel(), first_for=[Role.MARKETER])

    window.shell.land_on_first_section()

    assert window.shell.current_section() == "library"
    assert _navigation_titles(window)[:2] == ["Library", "Prepare for a call"]
    assert _navigation_titles(window)[-1] == "Forecasts"


def test_menu_actions_and_status_widgets_can_be_added_by_other_screens(
    qtbot: QtBot, window: AppWindow
) -> None:
    sync = QAction("Sync now", window.shell)
    window.shell.add_menu_action("Team", sync, toolbar=True)
    window.shell.add_menu_action("view", QAction("Insight settings", window.shell))
    status = QLabel("Synced 2 minutes ago")
    window.shell.add_status_widget(status)

    titles = [a.text() for a in window.shell.menuBar().actions()]
    assert titles.index("Team") == titles.index("&Help") - 1
    assert sync in window.shell.menus["Team"].actions()
    assert sync in window.shell.toolbar.actions()
    assert "Insight settings" in [a.text() for a in window.shell.menus["view"].actions()]
    assert status.isVisible()


def test_a_search_asked_for_at_start_shows_its_results_even_to_a_marketer(
    qtbot: QtBot, library: AssetLibrary, settings: QSettings
) -> None:
    SalesLoop(library).switch_user("Dana", Role.MARKETER)

    window = app.open_window(library, settings, "readmissions")
    qtbot.addWidget(window.shell)
    with qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS):
        pass

    assert window.shell.current_section() == "library"
    assert window.library_screen.query_text() == "readmissions"
    window.shell.close()

    without = app.open_window(library, settings)
    qtbot.addWidget(without.shell)
    assert without.shell.current_section() == "insight"
    without.shell.close()
