"""`collateral-app`: the desktop window.

collateral-app [--library DIR] [--query TEXT] [--screenshot FILE.png] [FILE …]

One window per library: started on a library another window has open, it hands its files and
search to that window, which comes to the front, and ends.
"""

from __future__ import annotations

import argparse
import gc
import logging
import multiprocessing
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from collateral_app import __version__
from collateral_app.domain.errors import DamagedLibrary, UserError
from collateral_app.domain.sales import Role
from collateral_app.logs import start_logging
from collateral_app.paths import default_library_root
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService

from .common import settings as options
from .common.icon import DESKTOP_ID, app_icon
from .common.language import install_language
from .common.single_instance import Handover, LaunchRequest, LibraryGuard
from .library.screen import LibraryScreen
from .sales.screens import SalesScreens
from .shell.damaged import DamagedLibraryDialog
from .shell.first_start import FirstStart
from .shell.window import BuiltWhenShown, MainWindow
from .team.screens import TeamScreens

if TYPE_CHECKING:
    from .insight.view import InsightView

log = logging.getLogger(__name__)
SCREENSHOT_TIMEOUT_MS = 60_000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collateral-app", description="The Collateral desktop app.")
    parser.add_argument("--library", type=Path, help="library folder (default: the last one used)")
    parser.add_argument("--query", default="", help="start with this search")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="save a screenshot of the window and exit"
    )
    parser.add_argument("--version", action="version", version=f"collateral-app {__version__}")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="files or folders to import")
    return parser.parse_args(argv)


@dataclass(frozen=True)
class AppWindow:
    """The window and the screens in it, as the app composes them."""

    shell: MainWindow
    library_screen: LibraryScreen
    sales_screens: SalesScreens
    team_screens: TeamScreens
    insight_section: BuiltWhenShown
    first_start: FirstStart

    @property
    def insight_view(self) -> InsightView:
        """The Insight screen, built now if nobody opened it yet."""
        from .insight.view import InsightView

        view = self.insight_section.screen_widget()
        assert isinstance(view, InsightView)
        return view


def build_window(
    library: AssetLibrary,
    settings: QSettings,
    *,
    sales: SalesLoop | None = None,
    team: TeamService | None = None,
) -> AppWindow:
    """The one place that knows every screen: the shell, then the Library screen, the sales
    screens, Insight (built when first shown) and Team, wired to each other; then the first
    search. The app, the tests, the screenshots and the benchmarks all build it here."""
    shell = MainWindow(library, settings, sales=sales)
    library_screen = LibraryScreen(shell)
    sales_screens = SalesScreens(shell, library_screen)

    def build_insight() -> QWidget:
        from .insight.view import build_view  # built only when Insight is opened

        return build_view(shell, library_screen)

    insight = BuiltWhenShown(build_insight)
    # Before Requests: a marketer lands on what to make next, then on what reps asked for.
    shell.add_section(
        "insight",
        QCoreApplication.translate("app", "Insight"),
        insight,
        tip=QCoreApplication.translate("app", "What is used, what wins, what is stale, what is missing"),
        first_for=(Role.MARKETER,),
        before="requests",
    )
    team_screens = TeamScreens(shell, library_screen, team)
    library_screen.attach_team_files(team_screens.files)
    sales_screens.start()
    team_screens.start()
    library_screen.count_whats_new()
    shell.start()
    library_screen.search_now()
    first_start = FirstStart(shell, library_screen, sales_screens)
    return AppWindow(shell, library_screen, sales_screens, team_screens, insight, first_start)


def install_crash_handler(log_file: Path) -> None:
    shown = False

    def handler(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown
        log.critical("unexpected error", exc_info=(kind, value, tb))
        traceback.print_exception(kind, value, tb)
        if shown or QApplication.instance() is None:
            return
        shown = True
        QMessageBox.critical(
            None,
            "Collateral",
            f"Something went wrong inside Collateral. Your library is safe.\n\n{value}\n\n"
            f"The details are in {log_file}; please send them to whoever supports Collateral.",
        )

    sys.excepthook = handler


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Collateral")
    app.setOrganizationName("Collateral")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())  # every window and dialog, and the taskbar
    app.setDesktopFileName(DESKTOP_ID)
    install_crash_handler(start_logging("collateral-app", __version__).log)
    settings = QSettings()
    install_language(app, options.LANGUAGE.read(settings))
    saved = options.LIBRARY.read(settings)
    root = args.library or (Path(saved) if saved else None) or default_library_root()
    request = LaunchRequest(tuple(p.absolute() for p in args.files), args.query)
    # A screenshot is a run of its own, never handed over.
    guard = None if args.screenshot else LibraryGuard(root, app)
    if guard is not None:
        outcome = guard.claim(request)
        if outcome is Handover.DELIVERED:
            log.info("the window that has %s took this launch's request", root)
            return 0
        if outcome is Handover.NO_ANSWER:
            QMessageBox.critical(None, "Collateral", not_answering_text(root))
            return 1
    try:
        library = AssetLibrary.open(root)
    except DamagedLibrary as exc:
        salvaged = DamagedLibraryDialog.open_or_quit(exc)
        if salvaged is None:
            return 1
        library = salvaged
    except UserError as exc:
        QMessageBox.critical(None, "Collateral", str(exc))
        return 1
    options.LIBRARY.write(settings, str(library.paths.root))
    window = open_window(library, settings, args.query)
    keep_window_responsive()
    if args.screenshot:
        take_screenshot(window, args.screenshot)
    else:
        QTimer.singleShot(0, window.first_start.begin)
    if guard is not None:
        follow_launches(window, guard)
    if request.files:
        QTimer.singleShot(0, lambda: answer_launch(window, LaunchRequest(request.files)))
    code = app.exec()
    library.close()
    return code


def not_answering_text(root: Path) -> str:
    return QCoreApplication.translate(
        "app",
        "Collateral is already open on {0} but does not answer. Close that window (or end "
        "Collateral in the task manager), then start Collateral again.",
    ).format(root)


def follow_launches(window: AppWindow, guard: LibraryGuard) -> None:
    """Later launches on this library come to this window; a closing window stops taking
    them (so the start that follows a restart is not handed to the window going away)."""
    guard.follow(lambda request: answer_launch(window, request))
    window.shell.add_close_hook(guard.close)


def answer_launch(window: AppWindow, request: LaunchRequest) -> None:
    """The window comes to the front, on the search or the import the launch asked for."""
    shell = window.shell
    state = shell.windowState() & ~Qt.WindowState.WindowMinimized
    shell.setWindowState(state | Qt.WindowState.WindowActive)
    shell.show()
    shell.raise_()
    shell.activateWindow()
    if request.query:
        window.library_screen.search_box.setText(request.query)
        shell.show_section("library")
    if request.files:
        shell.show_section("library")
        window.library_screen.import_paths(list(request.files))


def open_window(library: AssetLibrary, settings: QSettings, query: str | None = None) -> AppWindow:
    """The main window, shown where the user's role lands, or on the results of `query`
    (a search asked for on the command line), whatever the role."""
    window = build_window(library, settings)
    if query:
        window.library_screen.search_box.setText(query)
        window.shell.show_section("library")
    else:
        window.shell.land_on_first_section()
    window.shell.show()
    return window


# How long a background thread may hold the interpreter lock while the GUI thread waits for
# it. Python's 5 ms lets the import's threads (indexing, hashing, the extraction pool's
# feeders) win the lock again and again: measured over an import of 500 files, the window
# stalled 100-150 ms just before each index commit; at 1 ms the worst stall was 26-30 ms,
# with the same import time (2 ms was not enough: 84-97 ms).
GUI_SWITCH_INTERVAL_S = 0.001


def keep_window_responsive() -> None:
    """Called once the window is up. What start-up made (modules, classes, the ORM's
    mappings, Qt's wrappers) lives as long as the app does: moved out of the garbage
    collector's reach, so a full collection later walks only what came after (otherwise
    each one walks some 100,000 objects with the interpreter lock held, 100 ms and more of
    a frozen window). And background threads hand the interpreter lock back sooner."""
    gc.freeze()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def take_screenshot(window: AppWindow, target: Path) -> None:
    """Wait until the results (and, with a query, the first preview) are shown, then save."""

    screen = window.library_screen
    fallback = QTimer(window.shell)
    fallback.setSingleShot(True)
    saved = False

    def save() -> None:
        nonlocal saved
        if saved:
            return
        saved = True
        fallback.stop()
        window.shell.grab().save(str(target))
        print(f"saved {target}")
        window.shell.close()

    def on_loaded(_asset_id: str, _page: int) -> None:
        QTimer.singleShot(300, save)

    def on_results(result: object) -> None:
        screen.search_finished.disconnect(on_results)
        if screen.search_box.text() and screen.model.rowCount():
            screen.preview.loaded.connect(on_loaded)
            screen.results.setCurrentIndex(screen.model.index(0))
        else:
            QTimer.singleShot(300, save)

    screen.search_finished.connect(on_results)
    screen.search_now()
    fallback.timeout.connect(save)
    fallback.start(SCREENSHOT_TIMEOUT_MS)


def run() -> None:
    # In a frozen bundle the extraction workers start this same executable: let them be
    # workers instead of a second window (a no-op elsewhere).
    multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    run()
