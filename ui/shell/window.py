"""The frame of the main window: the sections on the left, the menus, the toolbar, the status
bar with the library's health, messages, the window's settings, and File's and Help's own
actions (check, back up, open another library, the guide, About). Screens plug in through
the `Shell` interface (ui/shell/api.py); ui/app.py composes them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from collateral_app import i18n
from collateral_app.domain.errors import DamagedLibrary
from collateral_app.domain.sales import Role, UsageEvent, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary, LibraryHealth
from collateral_app.services.library.backups import backup_library
from collateral_app.services.library.damage import quick_damage_check
from collateral_app.services.library.maintenance import check_library
from collateral_app.services.sales.loop import SalesLoop

from ..common import settings as options
from ..common.context import SalesContext
from ..common.language import LANGUAGES, chosen_language, current_language, system_language
from ..common.tasks import TaskContext, TaskRunner
from ..common.undo import UndoHistory
from ..common.words import deal_title
from .api import MenuPlace
from .damaged import DamageWarning
from .dialogs import AboutDialog, CheckDialog, RestartQuestion, restart_application
from .guide import GuideWindow, show_guide
from .updates import UpdateDialog, check_for_updates

log = logging.getLogger(__name__)


class BuiltWhenShown(QWidget):
    """Holds a section's screen that is built the first time it is shown, so start-up does
    not pay for a screen (and the modules behind it) the user may never open."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build: Callable[[], QWidget] | None = build
        self._screen: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def screen_widget(self) -> QWidget:
        if self._screen is None:
            assert self._build is not None
            self._screen = self._build()
            self._build = None
            self._screen.setAccessibleName(self._screen.accessibleName() or self.accessibleName())
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._screen)
        return self._screen


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    widget: QWidget
    tip: str
    first_for: frozenset[Role]
    action: QAction


class MainWindow(QMainWindow):
    section_changed = Signal(str)  # the key of the section now shown
    library_updated = Signal()  # the index caught up: what screens show may have changed
    files_dropped = Signal(list)  # list[Path], dropped on the window from outside the app

    def __init__(
        self,
        library: AssetLibrary,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        sales: SalesLoop | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.sales = sales or SalesLoop(library)
        # Until a profile is chosen the window is laid out for a rep (and makes no profile).
        self.first_start = not self.sales.profile_exists()
        self.role = Role.REP if self.first_start else self.sales.whoami().role
        self.runner = TaskRunner(self)
        self.undo = UndoHistory(self.runner, self)
        self.undo.applied.connect(lambda text: self.show_status(text, 6000))
        self.undo.failed.connect(lambda text: self.notify(text, error=True))
        self.context = SalesContext(self.sales, self.runner, settings, self, undo=self.undo)
        self.context.failed.connect(lambda text: self.notify(text, error=True))
        self.context.message.connect(lambda text: self.show_status(text, 6000))
        self.context.usage_recorded.connect(self._on_usage_recorded)
        self._close_guards: list[Callable[[], bool]] = []
        self._close_hooks: list[Callable[[], object]] = []
        self._menu_starts: dict[str, int] = {}  # how many actions were put at a menu's start
        self._toolbar_starts = 0
        self.update_dialog: UpdateDialog | None = None  # made when first asked for
        self.damage_warning: DamageWarning | None = None  # once the database is found damaged
        self.setWindowTitle(self.tr("Collateral — {0}").format(library.paths.root.name))
        self.setAcceptDrops(True)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")
        self.notice.hide()
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setToolTip(self.tr("Go to a section (Ctrl+1, Ctrl+2, …)"))
        self.navigation.setFixedWidth(150)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self.sections = QStackedWidget()
        self._sections: dict[str, Section] = {}
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(self.notice)
        sections_row = QHBoxLayout()
        sections_row.addWidget(self.navigation)
        sections_row.addWidget(self.sections, 1)
        self.body_layout.addLayout(sections_row, 1)
        self.setCentralWidget(body)

        self.health_label = QLabel()
        self.statusBar().addPermanentWidget(self.health_label)
        self._build_actions()
        geometry = options.GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)

    def start(self) -> None:
        """Once every screen is in: the library's health, indexing what waits, and SQLite's
        quick check of the database file (damage found early, off the GUI thread)."""
        self.refresh_health()
        self._catch_up_index()
        paths = self.library.paths
        self.runner.run(lambda _ctx: quick_damage_check(paths), on_success=self._on_damage_checked)

    def _on_damage_checked(self, damage: DamagedLibrary | None) -> None:
        if damage is not None:
            self.warn_damaged(damage)

    def warn_damaged(self, error: DamagedLibrary) -> None:
        if self.damage_warning is not None:
            return
        self.damage_warning = DamageWarning(error, self)
        self.damage_warning.restart_button.clicked.connect(self.restart)
        self.damage_warning.open()

    def main_window(self) -> QMainWindow:
        return self

    # -- set-up ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
            tip: str = "",
        ) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
            return act

        self.check_action = action(
            self.tr("Check library"), self.check_library, None, self.tr("Verify files, database and index")
        )
        self.backup_action = action(
            self.tr("Back up…"), self.backup_library, None, self.tr("Write a consistent copy of the library")
        )
        self.open_library_action = action(
            self.tr("Open library…"), self.choose_library, None, self.tr("Switch to another library folder")
        )
        quit_action = action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.guide_action = action(
            self.tr("User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents
        )
        self.updates_action = action(
            self.tr("Check for updates…"),
            self.check_for_updates,
            None,
            self.tr("Read the version file your admin publishes"),
        )
        self.about_action = action(self.tr("About Collateral"), self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addSeparator()  # after what screens put at the start (import…)
        for act in (self.check_action, self.backup_action, self.open_library_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = self.undo.actions(self)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._menu_starts["edit"] = 3  # what screens put at the start goes after Undo and Redo
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addSeparator()
        self.language_menu = self._language_menu()
        view_menu.addMenu(self.language_menu)
        go_menu = menu.addMenu(self.tr("&Go"))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.updates_action)
        help_menu.addAction(self.about_action)
        self.menus: dict[str, QMenu] = {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "go": go_menu,
            "help": help_menu,
        }

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.toolbar = toolbar
        toolbar.addAction(self.check_action)
        self.addToolBar(toolbar)

    def _language_menu(self) -> QMenu:
        """View › Language: the system's language, or one chosen; remembered, and in force
        from the next start (which Restart now brings at once)."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(self)
        saved = i18n.supported(options.LANGUAGE.read(self.settings)) or ""
        choices = {"": self.tr("System language ({0})").format(LANGUAGES[system_language()]), **LANGUAGES}
        self.language_actions: dict[str, QAction] = {}
        for code, name in choices.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == saved)
            act.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(act)
            menu.addAction(act)
            self.language_actions[code] = act
        return menu

    def choose_language(self, code: str) -> None:
        """Remember the language; when it differs from the one shown, offer to restart."""
        options.LANGUAGE.write(self.settings, code)
        self.settings.sync()
        wanted = chosen_language(code)
        if wanted == current_language():
            return
        if RestartQuestion.ask(self, LANGUAGES[wanted]):
            self.restart()

    def restart(self) -> None:
        """Close the window (its guards may refuse: an import is running) and start anew."""
        if self.close():
            restart_application()

    # -- sections, menus and the status bar: where screens plug in ------------------------
    def add_section(
        self,
        key: str,
        title: str,
        widget: QWidget,
        *,
        tip: str = "",
        first_for: Iterable[Role | str] = (),
        before: str | None = None,
    ) -> QAction:
        """Host a screen (Library, Deals, Insight, Team…) in the window: an entry in the
        navigation on the left and in the Go menu (Ctrl+1…Ctrl+9, in navigation order).
        Sections listed `first_for` a role come first for users with that role, and the
        first of them is where such a user lands. A section goes after those added before
        it, or just `before` the section of that key. Returns the action that shows it."""
        if key in self._sections:
            raise ValueError(f"a section {key!r} is already in the window")
        if before is not None and before not in self._sections:
            raise ValueError(f"no section {before!r} to put {key!r} before")
        action = QAction(title, self)
        action.setToolTip(tip or title)
        action.setStatusTip(tip or title)
        action.triggered.connect(lambda _checked=False: self.show_section(key))
        widget.setAccessibleName(widget.accessibleName() or title)
        self.sections.addWidget(widget)
        section = Section(key, title, widget, tip, frozenset(Role(r) for r in first_for), action)
        if before is None:
            self._sections[key] = section
        else:
            keys = list(self._sections)
            keys.insert(keys.index(before), key)
            self._sections = {k: section if k == key else self._sections[k] for k in keys}
        self._arrange_sections()
        return action

    def show_section(self, key: str) -> None:
        section = self._sections[key]
        changed = self.current_section() != key
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self.section_keys().index(key))
        self.navigation.blockSignals(False)
        if isinstance(section.widget, BuiltWhenShown):
            section.widget.screen_widget()
        self.sections.setCurrentWidget(section.widget)
        if changed:
            self.section_changed.emit(key)

    def section_widget(self, key: str) -> QWidget:
        return self._sections[key].widget

    def current_section(self) -> str:
        widget = self.sections.currentWidget()
        return next((k for k, s in self._sections.items() if s.widget is widget), "")

    def section_keys(self) -> list[str]:
        """The sections in the order the navigation shows them, for the current role."""
        added = list(self._sections.values())
        leading = [s.key for s in added if self.role in s.first_for]
        return leading + [s.key for s in added if self.role not in s.first_for]

    def add_menu_action(
        self, menu: str, action: QAction, *, toolbar: bool = False, place: MenuPlace = "end"
    ) -> None:
        """Put an action in one of the menus ("file", "edit", "view", "go", "help", or a new
        menu of that title, placed before Help), and optionally on the toolbar: at the
        "start" (after what was put at the start before), at the "end", or "before last"
        (File's Quit)."""
        target = self.menus.get(menu)
        if target is None:
            target = QMenu(menu, self)
            self.menuBar().insertMenu(self.menus["help"].menuAction(), target)
            self.menus[menu] = target
        actions = target.actions()
        if place == "start":
            starts = self._menu_starts.get(menu, 0)
            target.insertAction(actions[starts] if starts < len(actions) else None, action)  # type: ignore[arg-type]
            self._menu_starts[menu] = starts + 1
        elif place == "before last" and actions:
            target.insertAction(actions[-1], action)
        else:
            target.addAction(action)
        if toolbar:
            if place == "start":
                shown = self.toolbar.actions()
                before = shown[self._toolbar_starts] if self._toolbar_starts < len(shown) else None
                self.toolbar.insertAction(before, action)  # type: ignore[arg-type]
                self._toolbar_starts += 1
            else:
                self.toolbar.addAction(action)

    def add_toolbar_widget(self, widget: QWidget, *, separator: bool = False) -> None:
        if separator:
            self.toolbar.addSeparator()
        self.toolbar.addWidget(widget)

    def add_status_widget(self, widget: QWidget, *, permanent: bool = True) -> None:
        """A small widget in the status bar (sync status, current deal…): permanent ones
        sit on the right and are never hidden by messages."""
        if permanent:
            self.statusBar().addPermanentWidget(widget)
        else:
            self.statusBar().addWidget(widget)

    def add_banner(self, widget: QWidget) -> None:
        """A panel across the window, under the messages and above the sections."""
        self.body_layout.insertWidget(1, widget)

    def add_close_guard(self, may_close: Callable[[], bool]) -> None:
        """Asked before the window closes; False keeps it open (an import is running…)."""
        self._close_guards.append(may_close)

    def add_close_hook(self, on_close: Callable[[], object]) -> None:
        """Called as the window closes, before background work is waited for."""
        self._close_hooks.append(on_close)

    def show_status(self, text: str, milliseconds: int = 6000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not all(may_close() for may_close in self._close_guards):
            event.ignore()
            return
        options.GEOMETRY.write(self.settings, self.saveGeometry())
        for on_close in self._close_hooks:
            on_close()
        self.settings.sync()
        self.runner.shutdown(10_000)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        # Only drops from outside the app: our own drag-out must not import itself.
        if event.source() is None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def _arrange_sections(self) -> None:
        """Order the navigation for the current role; keep the shown section shown."""
        shown = self.current_section()
        keys = self.section_keys()
        go = self.menus["go"]
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for number, key in enumerate(keys, 1):
            section = self._sections[key]
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(section.tip or section.title)
            item.setSizeHint(QSize(0, 34))
            self.navigation.addItem(item)
            go.removeAction(section.action)
            go.addAction(section.action)
            section.action.setShortcut(QKeySequence(f"Ctrl+{number}") if number <= 9 else QKeySequence())
        self.navigation.blockSignals(False)
        self.show_section(shown or keys[0])

    def set_role(self, role: Role) -> None:
        """Lay the window out for another role (the profile changed) and land on what it
        puts first."""
        self.role = role
        self._arrange_sections()
        self.land_on_first_section()

    def land_on_first_section(self) -> None:
        """Show what the role puts first (a rep: the library; a marketer: what marketing
        needs first)."""
        self.show_section(self.section_keys()[0])

    def _on_navigation_row_changed(self, row: int) -> None:
        keys = self.section_keys()
        if 0 <= row < len(keys):
            self.show_section(keys[row])

    def _on_usage_recorded(self, event: UsageEvent) -> None:
        if event.kind is UsageKind.VIEWED:
            return
        deal = self.context.deal(event.deal_id)
        words = {UsageKind.SHARED: self.tr("shared"), UsageKind.PRESENTED: self.tr("presented")}[event.kind]
        self.show_status(
            self.tr("Logged as {0} with {1}.").format(words, deal_title(deal))
            if deal is not None
            else self.tr("Logged as {0} (no deal chosen).").format(words),
            6000,
        )

    def refresh_health(self) -> None:
        library = self.library
        self.runner.run(lambda _ctx: library.health(), on_success=self._show_health)

    def _show_health(self, health: LibraryHealth) -> None:
        parts = [self.tr("{0} assets").format(health.assets)]
        if health.waiting_for_index:
            parts.append(self.tr("{0} waiting for the search index").format(health.waiting_for_index))
        if health.unreadable:
            parts.append(self.tr("{0} without readable text").format(health.unreadable))
        self.health_label.setText("  ·  ".join(parts))

    def _catch_up_index(self) -> None:
        library = self.library

        def work(ctx: TaskContext) -> int:
            if not library.pending_index_count():  # counted here: a scan of every asset
                return 0
            return library.index_pending(
                progress=lambda done, total: ctx.progress((done, total)), should_stop=lambda: ctx.cancelled
            )

        def progress(value: object) -> None:
            done, total = cast(tuple[int, int], value)
            self.health_label.setText(self.tr("Indexing {0} of {1}…").format(done, total))

        def done(count: int) -> None:
            if count:
                self.refresh_health()
                self.library_updated.emit()

        self.runner.run(work, on_success=done, on_progress=progress, writes=True)

    def check_library(self) -> None:
        dialog = CheckDialog(self)
        library = self.library

        def run_check(repair: bool) -> None:
            dialog.set_running()
            self.runner.run(
                lambda _ctx: check_library(library, repair=repair),
                on_success=dialog.show_report,
                on_failure=lambda e: self._on_check_failed(dialog, e),
                writes=True,
            )

        dialog.repair_requested.connect(lambda: run_check(True))
        dialog.finished.connect(lambda _r: self.refresh_health())
        dialog.show()
        run_check(False)

    def _on_check_failed(self, dialog: CheckDialog, error: Exception) -> None:
        dialog.show_error(str(error))
        if isinstance(error, DamagedLibrary):
            self.warn_damaged(error)

    def backup_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into an empty folder"))
        if not folder:
            return
        library = self.library
        self.runner.run(
            lambda _ctx: backup_library(library, Path(folder)),
            on_success=lambda _where: self.show_status(self.tr("Backed up to {0}.").format(folder), 4000),
            on_failure=lambda e: self.notify(str(e), error=True),
            writes=True,
        )

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open library folder"))
        if folder:
            options.LIBRARY.write(self.settings, folder)
            QMessageBox.information(
                self,
                self.tr("Library"),
                self.tr("Collateral will open {0} the next time it starts.").format(folder),
            )

    def open_guide(self) -> GuideWindow:
        return show_guide(self)

    def check_for_updates(self) -> UpdateDialog:
        if self.update_dialog is None:
            self.update_dialog = UpdateDialog(self.settings, self.runner, self)
        check_for_updates(self.update_dialog)
        return self.update_dialog

    def show_about(self) -> None:
        AboutDialog(self.library, self).exec()

    def notify(self, text: str, *, error: bool = False) -> None:
        """Show a message without blocking: a banner above the results and the status bar."""
        if error:
            log.warning("shown to the user: %s", text)
        self.notice.setText(text)
        self.notice.show()
        QTimer.singleShot(12_000 if error else 6_000, self.notice.hide)
        self.show_status(text, 8000)
