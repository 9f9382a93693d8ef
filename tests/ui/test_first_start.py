"""The first start on an empty library: a panel offers the demo library and the tour; the
profile prompt stays clear of the empty library's hint; the demo is built off the GUI thread
and opened, and its first start gives the tour once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.services.library.asset_library import AssetLibrary
from ui.common import settings as options
from ui.sales.profile import ProfileChoice, ProfileDialog
from ui.shell import first_start
from ui.shell.tour import TourOverlay

from .helpers import WindowFactory

DEMO_TIMEOUT_MS = 120_000


@pytest.fixture
def no_profile_prompt(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    asked: list[bool] = []

    def ask(cls: type, *args: object, first_start: bool = False, **_kw: object) -> ProfileChoice | None:
        asked.append(first_start)
        return None

    monkeypatch.setattr(ProfileDialog, "ask", classmethod(ask))
    return asked


def global_rect(widget: object) -> QRect:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_first_start_on_an_empty_library_offers_the_demo_and_the_tour(
    open_window: WindowFactory,
    empty_library: AssetLibrary,
    settings: QSettings,
    no_profile_prompt: list[bool],
) -> None:
    window = open_window(empty_library, settings)

    window.first_start.begin()

    panel = window.first_start.panel
    assert panel is not None and panel.isVisible()
    assert panel.demo_button.text() == "Open the demo library"
    assert panel.tour_button.text() == "Take the tour"
    assert no_profile_prompt == [True]  # and the profile is asked for as before
    assert window.library_screen.empty_state.isVisible()
    assert "Your library is empty" in window.library_screen.empty_state.text()


def test_a_library_with_assets_gets_no_welcome_panel(
    open_window: WindowFactory, library: AssetLibrary, settings: QSettings, no_profile_prompt: list[bool]
) -> None:
    window = open_window(library, settings)

    window.first_start.begin()

    assert window.first_start.panel is None
    assert window.first_start.tour is None


def test_the_profile_prompt_is_placed_clear_of_the_empty_library_hint(
    qtbot: QtBot, open_window: WindowFactory, empty_library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(empty_library, settings)
    window.first_start.show_welcome()
    dialog = ProfileDialog(first_start=True, parent=window.shell)
    qtbot.addWidget(dialog)

    window.first_start.place_clear_of_hint(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    hint = window.first_start.hint_rect()
    assert hint.height() > 20 and hint.intersects(global_rect(window.library_screen.empty_state))
    assert not dialog.frameGeometry().intersects(hint)
    assert global_rect(window.shell).contains(dialog.frameGeometry())


def test_open_the_demo_library_builds_it_off_the_gui_thread_and_opens_it_with_the_tour(
    qtbot: QtBot,
    open_window: WindowFactory,
    empty_library: AssetLibrary,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_profile_prompt: list[bool],
) -> None:
    demo = tmp_path / "user-data" / "demo-library"
    started: list[Path] = []
    monkeypatch.setattr(first_start, "demo_library_root", lambda: demo)
    monkeypatch.setattr(first_start, "start_on_library", lambda root: started.append(root) or True)
    window = open_window(empty_library, settings)
    window.first_start.begin()
    panel = window.first_start.panel
    assert panel is not None

    with qtbot.waitSignal(window.first_start.demo_opened, timeout=DEMO_TIMEOUT_MS) as opened:
        qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
        assert window.first_start.progress is not None  # the progress shows while it builds

    assert opened.args == [demo]
    assert started == [demo]
    assert not window.shell.isVisible()  # this window closed for the one on the demo
    assert options.LIBRARY.read(settings) == str(demo)
    demo_library = AssetLibrary.open(demo)
    try:
        assert demo_library.asset_count() > 20
        # The next start, on the demo: the tour runs once, step by step, to its end.
        demo_window = open_window(demo_library, settings)
        demo_window.first_start.begin()
        tour = demo_window.first_start.tour
        assert isinstance(tour, TourOverlay) and tour.isVisible()
        seen = []
        for _ in range(len(tour.steps)):
            seen.append((tour.position.text(), tour.heading.text()))
            assert demo_window.shell.rect().contains(tour.callout.geometry())
            qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
        assert seen == [
            ("Step 1 of 5", "Search"),
            ("Step 2 of 5", "Results"),
            ("Step 3 of 5", "Preview"),
            ("Step 4 of 5", "Sales"),
            ("Step 5 of 5", "Insight"),
        ]
        assert demo_window.first_start.tour is None
        assert options.TOUR_DONE.read(settings)
        demo_window.first_start.begin()  # once done, not shown again
        assert demo_window.first_start.tour is None
    finally:
        demo_window.shell.close()
        demo_library.close()


def test_the_tour_points_at_each_part_and_escape_skips_it_for_good(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings: QSettings
) -> None:
    window = open_window(library, settings)
    help_titles = [a.text() for a in window.shell.menus["help"].actions()]
    assert "Tour of the window" in help_titles

    window.first_start.tour_action.trigger()
    tour = window.first_start.tour
    assert tour is not None
    screen = window.library_screen
    search = QRect(screen.search_box.mapTo(window.shell, QPoint(0, 0)), screen.search_box.size())
    assert tour.target().contains(search)
    assert not tour.callout.geometry().intersects(search)
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.heading.text() == "Search"

    qtbot.keyClick(tour, Qt.Key.Key_Escape)

    assert window.first_start.tour is None
    assert options.TOUR_DONE.read(settings)
