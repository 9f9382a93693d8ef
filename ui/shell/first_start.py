"""The first start: on an empty library, a panel offers the demo library and a tour of the
window; the profile prompt is placed clear of the empty library's hint. "Open the demo
library" builds the demo in the user data folder off the GUI thread, with its progress, then
starts Collateral on it, where the tour is given once."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QPoint, QProcess, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStyle,
    QWidget,
)

from collateral_app.paths import demo_library_root
from collateral_app.services.library.asset_library import AssetLibrary

from ..common import settings as options
from ..common.tasks import TaskContext
from .guide import show_guide
from .tour import TourOverlay, TourStep, widget_rect

if TYPE_CHECKING:
    from .window import MainWindow

# The screens above the shell come in from the composition root (ui.app), untyped here so
# the shell stays below them.
log = logging.getLogger(__name__)
GAP = 16


def build_demo_library(root: Path, ctx: TaskContext) -> Path:
    """The demo library at `root`, seeded unless it holds assets already (built before)."""
    from collateral_app.services.demo.library import seed_demo_library

    library = AssetLibrary.open(root)
    try:
        if not library.asset_count():
            seed_demo_library(library, progress=lambda done, total: ctx.progress((done, total)))
    finally:
        library.close()
    return root


def start_on_library(root: Path) -> bool:
    """Start Collateral anew on that library (the caller closes this window)."""
    import sys

    program = sys.executable
    arguments = [] if getattr(sys, "frozen", False) else [sys.argv[0]]
    started, _pid = QProcess.startDetached(program, [*arguments, "--library", str(root)])
    return bool(started)


class WelcomePanel(QFrame):
    """Across the top of an empty library's window: the demo, the tour, the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Welcome"))
        text = QLabel(
            self.tr(
                "<b>New to Collateral?</b> Try it on a demo library of made-up collateral and "
                "deals (your own library stays as it is), or take a short tour of the window."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo library"))
        self.tour_button = QPushButton(self.tr("Take the tour"))
        self.guide_button = QPushButton(self.tr("Read the guide (F1)"))
        self.close_button = QPushButton(self.tr("Not now"))
        row = QHBoxLayout(self)
        row.addWidget(text, 1)
        for button in (self.demo_button, self.tour_button, self.guide_button, self.close_button):
            row.addWidget(button)


class FirstStart(QObject):
    demo_opened = Signal(Path)  # the demo library was built (or found) there, and is being opened

    def __init__(self, shell: MainWindow, library_screen: Any, sales_screens: Any) -> None:
        super().__init__(shell)
        self.shell = shell
        self.library_screen = library_screen
        self.sales_screens = sales_screens
        self.settings = shell.settings
        self.panel: WelcomePanel | None = None
        self.progress: QProgressDialog | None = None
        self.tour: TourOverlay | None = None
        self.tour_action = QAction(self.tr("Tour of the window"), self.shell)
        self.tour_action.setStatusTip(self.tr("What the parts of the window are for, one at a time"))
        self.tour_action.triggered.connect(lambda _checked=False: self.start_tour())
        self.shell.add_menu_action("help", self.tour_action, place="start")

    # -- the start ----------------------------------------------------------------------
    def begin(self) -> None:
        """Once the window is shown: the welcome panel on an empty library, the profile
        prompt on a first start, the tour on the demo's first start."""
        empty = self.shell.library.asset_count() == 0
        if empty:
            self.show_welcome()
        if self.shell.first_start:
            if empty and not self.library_screen.empty_state.isVisible():
                # The first search has not answered yet: the hint the prompt must stay clear
                # of is not in its place until it has.
                self.library_screen.search_finished.connect(
                    self._on_first_search_finished, Qt.ConnectionType.SingleShotConnection
                )
            else:
                self.ask_profile()
        if options.TOUR_AFTER_DEMO.read(self.settings) and self.shell.library.asset_count():
            options.TOUR_AFTER_DEMO.write(self.settings, False)
            if not options.TOUR_DONE.read(self.settings):
                self.start_tour()

    def _on_first_search_finished(self, _result: object) -> None:
        QTimer.singleShot(0, self.ask_profile)  # once the hint is laid out

    def ask_profile(self) -> None:
        self.sales_screens.ask_profile(first_start=True, place=self.place_clear_of_hint)

    def show_welcome(self) -> WelcomePanel:
        if self.panel is None:
            self.panel = WelcomePanel()
            self.panel.demo_button.clicked.connect(self.open_demo_library)
            self.panel.tour_button.clicked.connect(self.start_tour)
            self.panel.guide_button.clicked.connect(lambda: show_guide(self.shell, "first-steps"))
            self.panel.close_button.clicked.connect(self.panel.hide)
            self.shell.add_banner(self.panel)
        self.panel.show()
        return self.panel

    def hint_rect(self) -> QRect:
        """Where the empty library's hint is written, on the screen: the band of text in the
        middle of the results' place (the rest of that place is empty)."""
        hint = self.library_screen.empty_state
        height = min(
            hint.height(), hint.heightForWidth(hint.width()) if hint.hasHeightForWidth() else hint.height()
        )
        band = QRect(0, (hint.height() - height) // 2, hint.width(), height)
        return QRect(hint.mapToGlobal(band.topLeft()), band.size())

    def place_clear_of_hint(self, dialog: QDialog) -> None:
        """Put the profile prompt where it covers neither the empty library's hint nor the
        welcome panel: beside the hint, else in the window's bottom right corner."""
        if not self.library_screen.empty_state.isVisible():
            return
        dialog.adjustSize()
        size = dialog.frameGeometry().size()
        if not dialog.isVisible():  # its title bar is not drawn yet: leave room for one
            size += QSize(0, dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + 8)
        hint = self.hint_rect().adjusted(-GAP, -GAP, GAP, GAP)
        results = self.library_screen.result_stack
        area = QRect(results.mapToGlobal(QPoint(0, 0)), results.size())
        room = (
            QRect(self.shell.mapToGlobal(QPoint(0, 0)), self.shell.size())
            .intersected(QRect(area.left(), area.top(), 100_000, 100_000))
            .adjusted(0, 0, -GAP, -GAP)
        )
        for point in (
            QPoint(area.right() + GAP, area.top()),
            QPoint(room.right() - size.width(), room.bottom() - size.height()),
            QPoint(room.right() - size.width(), room.top()),
        ):
            placed = QRect(point, size)
            if room.contains(placed) and not placed.intersects(hint):
                dialog.move(point)
                return

    # -- the demo -----------------------------------------------------------------------
    def open_demo_library(self) -> None:
        root = demo_library_root()
        self.progress = QProgressDialog(self.tr("Building the demo library…"), "", 0, 0, self.shell)
        self.progress.setWindowTitle(self.tr("Demo library"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.shell.runner.run(
            lambda ctx: build_demo_library(root, ctx),
            on_success=self._on_demo_built,
            on_failure=self._on_demo_failed,
            on_progress=self._on_demo_progress,
        )

    def _on_demo_progress(self, value: object) -> None:
        done, total = cast(tuple[int, int], value)
        if self.progress is not None:
            self.progress.setMaximum(int(total))
            self.progress.setValue(int(done))

    def _on_demo_failed(self, error: Exception) -> None:
        self._close_progress()
        log.warning("the demo library could not be built", exc_info=error)
        self.shell.notify(self.tr("The demo library could not be built: {0}").format(error), error=True)

    def _on_demo_built(self, root: Path) -> None:
        self._close_progress()
        options.LIBRARY.write(self.settings, str(root))
        options.TOUR_AFTER_DEMO.write(self.settings, True)
        self.settings.sync()
        self.demo_opened.emit(root)
        if self.shell.close() and not start_on_library(root):
            log.warning("could not start Collateral on %s", root)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    # -- the tour -----------------------------------------------------------------------
    def tour_steps(self) -> list[TourStep]:
        shell = self.shell
        screen = self.library_screen

        def around(widget: QWidget) -> QRect:
            return widget_rect(shell, widget)

        def sections(*keys: str) -> QRect:
            nav = shell.navigation
            rect = QRect()
            for row in range(nav.count()):
                item = nav.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in keys:
                    found = nav.visualItemRect(item)
                    rect = rect.united(QRect(nav.viewport().mapTo(shell, found.topLeft()), found.size()))
            return rect

        return [
            TourStep(
                self.tr("Search"),
                self.tr(
                    "Type a few words (Ctrl+K): every sentence of every file is searched as you "
                    "type, with no network.",
                ),
                lambda: around(screen.search_box),
            ),
            TourStep(
                self.tr("Results"),
                self.tr(
                    "Each card shows the sentence that matched and its page. Drag one into an "
                    "email: it is logged as shared with the deal picked in the toolbar.",
                ),
                lambda: around(screen.result_stack),
            ),
            TourStep(
                self.tr("Preview"),
                self.tr(
                    "The page that matched. Present (F5) shows it full screen; Log marks it as "
                    "sent or presented.",
                ),
                lambda: around(screen.preview),
            ),
            TourStep(
                self.tr("Sales"),
                self.tr(
                    "Prepare for a call, your Deals, and Requests to marketing for what is missing. "
                    "Mark a deal won and say what helped.",
                ),
                lambda: sections("prepare", "deals", "requests"),
            ),
            TourStep(
                self.tr("Insight"),
                self.tr(
                    "For marketing: what is used, what wins, what is stale, what is missing. "
                    "The user guide (F1) has a quick start for reps and one for marketers.",
                ),
                lambda: sections("insight"),
            ),
        ]

    def start_tour(self) -> TourOverlay:
        if self.tour is not None:
            return self.tour
        self.shell.show_section("library")
        self.tour = TourOverlay(self.shell, self.tour_steps())
        self.tour.finished.connect(self._on_tour_finished)
        self.tour.start()
        return self.tour

    def _on_tour_finished(self, _completed: bool) -> None:
        self.tour = None
        options.TOUR_DONE.write(self.settings, True)
        self.settings.sync()
