"""`collateral-app`: the desktop window.

collateral-app [--library DIR] [--query TEXT] [--screenshot FILE.png]
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from collateral_app import __version__
from collateral_app.domain.errors import UserError
from collateral_app.logs import configure_logging
from collateral_app.paths import default_library_root
from collateral_app.services.library.asset_library import AssetLibrary
from ui.shell.window import MainWindow

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
    return parser.parse_args(argv)


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
    settings = QSettings()
    root = args.library or (Path(str(settings.value("library"))) if settings.value("library") else None)
    try:
        library = AssetLibrary.open(root or default_library_root())
    except UserError as exc:
        QMessageBox.critical(None, "Collateral", str(exc))
        return 1
    settings.setValue("library", str(library.paths.root))
    log_file = configure_logging(library.paths.logs)
    install_crash_handler(log_file)
    window = open_window(library, settings, args.query)
    keep_window_responsive()
    if args.screenshot:
        take_screenshot(window, args.screenshot)
    else:
        QTimer.singleShot(0, window.ask_profile_if_new)
    code = app.exec()
    library.close()
    return code


def open_window(library: AssetLibrary, settings: QSettings, query: str | None = None) -> MainWindow:
    """The main window, shown where the user's role lands, or on the results of `query`
    (a search asked for on the command line), whatever the role."""
    window = MainWindow(library, settings)
    if query:
        window.search_box.setText(query)
        window.show_section("library")
    else:
        window.land_on_first_section()
    window.show()
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


def take_screenshot(window: MainWindow, target: Path) -> None:
    """Wait until the results (and, with a query, the first preview) are shown, then save."""

    fallback = QTimer(window)
    fallback.setSingleShot(True)
    saved = False

    def save() -> None:
        nonlocal saved
        if saved:
            return
        saved = True
        fallback.stop()
        window.grab().save(str(target))
        print(f"saved {target}")
        window.close()

    def on_loaded(_asset_id: str, _page: int) -> None:
        QTimer.singleShot(300, save)

    def on_results(result: object) -> None:
        window.search_finished.disconnect(on_results)
        if window.search_box.text() and window.model.rowCount():
            window.preview.loaded.connect(on_loaded)
            window.results.setCurrentIndex(window.model.index(0))
        else:
            QTimer.singleShot(300, save)

    window.search_finished.connect(on_results)
    window.search_now()
    fallback.timeout.connect(save)
    fallback.start(SCREENSHOT_TIMEOUT_MS)


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
