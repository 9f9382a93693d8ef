"""The main window: search, filters, results, preview, import and curation."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import HandOverAction, ImportStatus, SearchSort
from collateral_app.domain.errors import FileNotOnThisLaptop, FilesNotOnThisLaptop, StoredFileMissing
from collateral_app.domain.insight import ReviewRequest
from collateral_app.domain.records import Asset, CheckReport, ImportOutcome, SearchResult, size_text
from collateral_app.domain.sales import RequestUpdate, Role, Segment, UsageEvent, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary, LibraryHealth
from collateral_app.services.library.maintenance import backup_library, check_library
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.sales.usage import usage_kind_for
from collateral_app.services.team import TeamService
from ui.common.context import SalesContext
from ui.common.tasks import TaskContext, TaskRunner
from ui.common.words import deal_title, segment_text
from ui.library.editor import DIMENSION_NAMES, AssetEditorDialog, TaxonomyEditorDialog
from ui.library.import_dialog import ImportDialog
from ui.library.present import PresentWindow
from ui.library.preview import PreviewPane
from ui.library.results import (
    ResultDelegate,
    ResultListView,
    ResultRow,
    SearchResultsModel,
    ThumbnailCache,
    file_mime_data,
)
from ui.library.search_log import SearchLogger
from ui.sales.screens import SalesScreens
from ui.shell.dialogs import AboutDialog, CheckDialog, WhatsNewDialog, ask_yes_no
from ui.team.screens import Download, TeamScreens

if TYPE_CHECKING:
    from ui.insight.view import InsightView

log = logging.getLogger(__name__)

DEBOUNCE_MS = 40  # short: the list should follow typing within ~100 ms
PAGE_SIZE = 50
FACET_DIMENSIONS = ("type", "stage", "persona", "industry", "size", "product", "tag")
FACET_NAMES = {**{d.value: name for d, name in DIMENSION_NAMES.items()}, "tag": "Tags"}
SORTS = (
    (SearchSort.RELEVANCE, "Relevance"),
    (SearchSort.NEWEST, "Newest"),
    (SearchSort.UPDATED, "Recently updated"),
    (SearchSort.TITLE, "Title"),
    (SearchSort.MOST_USED, "Most used"),
    (SearchSort.MOST_WINNING, "Most winning"),
)
SORT_TIPS = {
    SearchSort.MOST_USED: "Shared or presented most in the last 90 days",
    SearchSort.MOST_WINNING: "Reached or helped the most won deals in the last 90 days",
}


@dataclass(frozen=True)
class ResultPage:
    result: SearchResult
    rows: list[ResultRow]
    terms: list[str]


@dataclass(frozen=True)
class WhatsNew:
    user_id: str
    checked_at: datetime
    since: datetime
    assets: list[Asset]
    updates: list[RequestUpdate]
    titles: dict[str, str]  # asset id → title, of the assets that delivered requests
    reviews: list[ReviewRequest]  # marketing asked me to review assets I own

    def count(self) -> int:
        changed = len(self.assets) if self.since.year > 1970 else 0  # not the whole library
        return changed + len(self.updates) + len(self.reviews)


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
    search_finished = Signal(object)  # SearchResult, after the list shows it
    edits_applied = Signal()
    section_changed = Signal(str)  # the key of the section now shown

    def __init__(
        self,
        library: AssetLibrary,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        sales: SalesLoop | None = None,
        team: TeamService | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.sales = sales or SalesLoop(library)
        # Until a profile is chosen the window is laid out for a rep (and makes no profile).
        self.first_start = not self.sales.profile_exists()
        self.role = Role.REP if self.first_start else self.sales.whoami().role
        self.runner = TaskRunner(self)
        self.context = SalesContext(self.sales, self.runner, settings, self)
        self.context.failed.connect(lambda text: self.notify(text, error=True))
        self.context.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.context.usage_recorded.connect(self._on_usage_recorded)
        self.search_logger = SearchLogger(self.context, self)
        self._viewed: str | None = None  # the asset whose preview was last logged as viewed
        self._presenting: PresentWindow | None = None
        self.whats_new_dialog: WhatsNewDialog | None = None
        self._segment_of_import: Segment | None = None  # files imported for a demand
        self._whats_new_generation = 0
        self._whats_new_seen: dict[str, datetime] = {}  # user id → when they last opened it
        self._generation = 0
        self._last_result: SearchResult | None = None
        self._last_terms: list[str] = []
        self._labels: dict[tuple[str, str], str] = {}
        self._checked_filters: set[tuple[str, str]] = set(self._saved_filters())
        self.setWindowTitle(self.tr("Collateral — {0}").format(library.paths.root.name))
        self.setAcceptDrops(True)
        self.reload_labels()

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search inside every deck, case study and sheet  (Ctrl+K)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort by"))
        for value, label in SORTS:
            self.sort.addItem(self.tr(label), value.value)
            if value in SORT_TIPS:
                self.sort.setItemData(
                    self.sort.count() - 1, self.tr(SORT_TIPS[value]), Qt.ItemDataRole.ToolTipRole
                )
        saved_sort = str(self.settings.value("sort", SearchSort.RELEVANCE.value))
        self.sort.setCurrentIndex(max(0, self.sort.findData(saved_sort)))
        self.result_info = QLabel()
        self.result_info.setTextFormat(Qt.TextFormat.RichText)
        self.result_info.linkActivated.connect(self._on_result_info_link)

        self.facets = QTreeWidget()
        self.facets.setHeaderHidden(True)
        self.facets.setAccessibleName(self.tr("Filters"))
        self.facets.itemChanged.connect(self._on_facet_changed)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setChecked(self.settings.value("show_archived", False, type=bool))
        self.show_archived.toggled.connect(lambda _checked: self.search_now())
        clear_filters = QPushButton(self.tr("Clear filters"))
        clear_filters.clicked.connect(self.clear_filters)
        sidebar = QWidget()
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.addWidget(QLabel(self.tr("<b>Filters</b>")))
        sidebar_layout.addWidget(self.facets, 1)
        sidebar_layout.addWidget(self.show_archived)
        sidebar_layout.addWidget(clear_filters)

        self.model = SearchResultsModel(self.label, self)
        self._thumbnails = ThumbnailCache(library)
        self.results = ResultListView(self._drag_mime)
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.label, self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results.dragged_out.connect(self.on_dragged_out)
        self.results.activated.connect(
            lambda index: self.open_asset(str(index.data(Qt.ItemDataRole.UserRole + 1)))
        )
        self.empty_state = QLabel()
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.linkActivated.connect(self._on_result_info_link)
        self.result_stack = QStackedWidget()
        self.result_stack.addWidget(self.results)
        self.result_stack.addWidget(self.empty_state)

        self.preview = PreviewPane(self.runner, library, self.label, sales=self.sales)
        self.preview.loaded.connect(self._on_preview_loaded)
        self.preview.present_requested.connect(self.present_asset)
        self.preview.mark_sent_requested.connect(lambda asset_id: self.mark_asset(asset_id, "shared"))
        self.preview.mark_presented_requested.connect(lambda asset_id: self.mark_asset(asset_id, "presented"))
        self.preview.open_requested.connect(self.open_asset)
        self.preview.show_in_folder_requested.connect(self.show_in_folder)
        self.preview.copy_file_requested.connect(self.copy_file)
        self.preview.copy_link_requested.connect(self.copy_link)
        self.preview.edit_requested.connect(lambda asset_id: self.edit_assets([asset_id]))

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(QLabel(self.tr("Sort:")))
        top.addWidget(self.sort)
        center_layout.addLayout(top)
        center_layout.addWidget(self.result_info)
        center_layout.addWidget(self.result_stack, 1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")
        self.notice.hide()
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.splitter = QSplitter()
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 560, 520])
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
        self.search_finished.connect(self._log_search)

        self.health_label = QLabel()
        self.statusBar().addPermanentWidget(self.health_label)
        self.import_dialog = ImportDialog(self.runner, library, self)
        self.import_dialog.import_finished.connect(self._on_import_finished)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self.search_now)
        self.sort.currentIndexChanged.connect(lambda _i: self.search_now())
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(80)
        self._preview_timer.timeout.connect(self._preview_current)

        self._build_actions()
        self.add_section(
            "library",
            self.tr("Library"),
            self.splitter,
            tip=self.tr("Search, preview and hand over collateral"),
            first_for=(Role.REP, Role.ADMIN),
        )
        self.sales_screens = SalesScreens(self)
        # Before Requests: a marketer lands on what to make next, then on what reps asked for.
        self.add_section(
            "insight",
            self.tr("Insight"),
            BuiltWhenShown(self._build_insight),
            tip=self.tr("What is used, what wins, what is stale, what is missing"),
            first_for=(Role.MARKETER,),
            before="requests",
        )
        self.team_screens = TeamScreens(self, team)
        self._follow_team_files()
        self._restore_layout()
        self.sales_screens.start()
        self.team_screens.start()
        self.count_whats_new()
        self.refresh_health()
        self._catch_up_index()
        self.search_now()

    # -- set-up ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
            tip: str = "",
        ) -> QAction:
            act = QAction(self.tr(text), self)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setToolTip(self.tr(tip))
                act.setStatusTip(self.tr(tip))
            return act

        self.import_files_action = action(
            "Import files…", self.choose_files, "Ctrl+I", "Import files into the library"
        )
        self.import_folder_action = action(
            "Import folder…", self.choose_folder, "Ctrl+Shift+I", "Import a folder and its sub-folders"
        )
        self.add_link_action = action(
            "Add link…", self.add_link, None, "Add a web page or video link as an asset"
        )
        self.check_action = action(
            "Check library", self.check_library, None, "Verify files, database and index"
        )
        self.backup_action = action(
            "Back up…", self.backup_library, None, "Write a consistent copy of the library"
        )
        self.open_library_action = action(
            "Open library…", self.choose_library, None, "Switch to another library folder"
        )
        quit_action = action("Quit", self.close, QKeySequence.StandardKey.Quit)
        self.edit_action = action(
            "Edit…", lambda: self.edit_assets(self.selected_ids()), "Ctrl+E", "Edit the selected assets"
        )
        self.archive_action = action("Archive", self.archive_selected, None, "Archive the selected assets")
        self.unarchive_action = action("Restore from archive", self.unarchive_selected)
        self.taxonomy_action = action(
            "Taxonomy…",
            self.edit_taxonomy,
            None,
            "Edit stages, personas, industries, sizes, products and types",
        )
        self.whats_new_action = action(
            "What's new", self.show_whats_new, None, "Assets added or updated since your last visit"
        )
        self.guide_action = action("User guide", self.open_guide, QKeySequence.StandardKey.HelpContents)
        self.about_action = action("About Collateral", self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for act in (self.import_files_action, self.import_folder_action, self.add_link_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        for act in (self.check_action, self.backup_action, self.open_library_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for act in (self.edit_action, self.archive_action, self.unarchive_action, self.taxonomy_action):
            edit_menu.addAction(act)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.whats_new_action)
        view_menu.addSeparator()
        go_menu = menu.addMenu(self.tr("&Go"))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
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
        for act in (
            self.import_files_action,
            self.import_folder_action,
            self.edit_action,
            self.whats_new_action,
            self.check_action,
        ):
            toolbar.addAction(act)
        self.addToolBar(toolbar)

        for keys in ("Ctrl+K", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, activated=self.focus_search)
        # Only while the result list has the focus: Space ticks boxes elsewhere.
        for key, slot in (
            (Qt.Key.Key_Delete, self.archive_selected),
            (Qt.Key.Key_Space, self._preview_current),
        ):
            QShortcut(
                QKeySequence(key), self.results, activated=slot, context=Qt.ShortcutContext.WidgetShortcut
            )
        # Only while the search box has the focus: elsewhere ↓ and Esc belong to other widgets
        # (the deal picker, the Deals table).
        for key, slot in ((Qt.Key.Key_Escape, self.search_box.clear), (Qt.Key.Key_Down, self._focus_results)):
            QShortcut(
                QKeySequence(key), self.search_box, activated=slot, context=Qt.ShortcutContext.WidgetShortcut
            )

    # -- sections, menus and the status bar: where other screens plug in ------------------
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

    def add_menu_action(self, menu: str, action: QAction, *, toolbar: bool = False) -> None:
        """Put an action in one of the menus ("file", "edit", "view", "go", "help", or a new
        menu of that title, placed before Help), and optionally on the toolbar."""
        target = self.menus.get(menu)
        if target is None:
            target = QMenu(menu, self)
            self.menuBar().insertMenu(self.menus["help"].menuAction(), target)
            self.menus[menu] = target
        target.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)

    def add_status_widget(self, widget: QWidget, *, permanent: bool = True) -> None:
        """A small widget in the status bar (sync status, current deal…): permanent ones
        sit on the right and are never hidden by messages."""
        if permanent:
            self.statusBar().addPermanentWidget(widget)
        else:
            self.statusBar().addWidget(widget)

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

    def ask_profile_if_new(self) -> None:
        """On the first start in a library, ask who is using it (name and role)."""
        if self.first_start:
            self.sales_screens.ask_profile(first_start=True)

    def land_on_first_section(self) -> None:
        """Show what the role puts first (a rep: the library; a marketer: what marketing
        needs first)."""
        self.show_section(self.section_keys()[0])

    def _on_navigation_row_changed(self, row: int) -> None:
        keys = self.section_keys()
        if 0 <= row < len(keys):
            self.show_section(keys[row])

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _saved_filters(self) -> list[tuple[str, str]]:
        saved = self.settings.value("filters", [])
        items = saved if isinstance(saved, list) else [saved] if isinstance(saved, str) and saved else []
        return [tuple(str(i).split(":", 1)) for i in items if ":" in str(i)]  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.import_dialog.running and not ask_yes_no(
            self, self.tr("Import running"), self.tr("An import is running. Stop it and quit?")
        ):
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("filters", sorted(f"{d}:{v}" for d, v in self._checked_filters))
        self.settings.setValue("sort", self.sort.currentData())
        self.settings.setValue("show_archived", self.show_archived.isChecked())
        self.settings.setValue("last_visit", datetime.now(UTC).isoformat())
        self.settings.sync()
        if self._presenting is not None:
            self._presenting.close()
        self.search_logger.flush()
        self.team_screens.sync.shutdown()
        self.runner.shutdown(10_000)
        event.accept()

    # -- labels ------------------------------------------------------------------------
    def reload_labels(self) -> None:
        self._labels = {
            (d.value, e.slug): e.label for d, entries in self.library.taxonomy().items() for e in entries
        }

    def label(self, dimension: str, slug: str) -> str:
        return self._labels.get((dimension, slug), slug)

    # -- searching ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_section("library")
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))

    def query_text(self) -> str:
        # Filters first, the typed text last: its last word may be unfinished.
        parts = [f'{dimension}:"{value}"' for dimension, value in sorted(self._checked_filters)]
        if self.show_archived.isChecked():
            parts.append("status:published status:draft status:archived")
        parts.append(self.search_box.text())
        return " ".join(p for p in parts if p)

    def search_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        query = self.query_text()
        sort = SearchSort(self.sort.currentData())
        library = self.library

        def work(_ctx: TaskContext) -> ResultPage | None:
            if generation != self._generation:
                return None  # typed on while this waited for a thread
            result = library.search(query, limit=PAGE_SIZE, prefix=True, facets=True, sort=sort)
            if generation != self._generation:
                return None  # typed on while this searched: nobody will see these rows
            assets = library.assets_by_id([h.asset_id for h in result.hits])
            files = library.file_states_of(assets.values())
            rows = []
            for hit in result.hits:
                asset, file = assets.get(hit.asset_id), files.get(hit.asset_id)
                on_server = file is not None and file.on_server_only
                rows.append(ResultRow(hit, asset, self._thumbnails.image(asset), on_server))
            return ResultPage(result, rows, library.highlight_terms(query))

        def done(page: ResultPage | None) -> None:
            if page is None or generation != self._generation:
                return  # the user typed on; this answer is stale
            self._show_result(page)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.notify(self.tr("Search failed: {0}").format(exc), error=True)

        self.runner.run(work, on_success=done, on_failure=failed)

    def _show_result(self, page: ResultPage) -> None:
        result = page.result
        self._last_result = result
        self._last_terms = page.terms
        current = self.results.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
        self.model.set_rows(page.rows)
        ids = self.model.asset_ids()
        if current in ids:
            index = self.model.index(ids.index(current))
            self.results.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        parts = [self.tr("{0} results").format(result.total) if result.total != 1 else self.tr("1 result")]
        if self.search_box.text().strip():
            parts.append(self.tr("in {0:.0f} ms").format(result.took_ms))
        info = " ".join(parts)
        if result.suggestion:
            info += " — " + self.tr('did you mean <a href="suggest">{0}</a>?').format(
                html.escape(result.suggestion)
            )
        for note in result.notes:
            info += f"<br><i>{html.escape(note)}</i>"
        self.result_info.setText(info)
        self._update_empty_state(result)
        self._fill_facets(result.facets)
        self.search_finished.emit(result)

    def _update_empty_state(self, result: SearchResult) -> None:
        if result.hits:
            self.result_stack.setCurrentWidget(self.results)
            return
        if self.library.asset_count() == 0:
            text = self.tr(
                "<h3>Your library is empty</h3><p>Drop files or folders on this window, or use "
                "<a href='import'>Import files…</a> to add decks, case studies, datasheets and more.</p>"
            )
        else:
            text = self.tr("<h3>Nothing matches</h3><p>Try fewer or other words, or clear the filters.</p>")
            if result.suggestion:
                text += self.tr("<p>Did you mean <a href='suggest'>{0}</a>?</p>").format(
                    html.escape(result.suggestion)
                )
            if self.search_box.text().strip():
                text += self.tr(
                    "<p>Still missing? <a href='request'>Request this from marketing</a> — they see "
                    "what you searched for, and you hear back in What's new.</p>"
                )
        self.empty_state.setText(text)
        self.result_stack.setCurrentWidget(self.empty_state)

    def _on_result_info_link(self, link: str) -> None:
        if link == "suggest" and self._last_result and self._last_result.suggestion:
            self.search_box.setText(self._last_result.suggestion)
            self.search_now()
        elif link == "import":
            self.choose_files()
        elif link == "request":
            self.sales_screens.request_for_search(self.search_box.text())

    def _fill_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self.facets.blockSignals(True)
        expanded = {
            self.facets.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.facets.topLevelItemCount())
            if self.facets.topLevelItem(i).isExpanded()
        }
        first_fill = self.facets.topLevelItemCount() == 0
        self.facets.clear()
        for dimension in FACET_DIMENSIONS:
            counts = dict(facets.get(dimension, {}))
            for checked_dim, value in self._checked_filters:
                if checked_dim == dimension:
                    counts.setdefault(value, 0)
            if not counts:
                continue
            parent = QTreeWidgetItem([self.tr(FACET_NAMES[dimension])])
            parent.setData(0, Qt.ItemDataRole.UserRole, dimension)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], self.label(dimension, kv[0])))
            if dimension == "tag":
                ordered = ordered[:15]
            for value, count in ordered:
                child = QTreeWidgetItem([f"{self.label(dimension, value)}  ({count})"])
                child.setData(0, Qt.ItemDataRole.UserRole, value)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = (dimension, value) in self._checked_filters
                child.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                parent.addChild(child)
            self.facets.addTopLevelItem(parent)
            parent.setExpanded(
                first_fill or dimension in expanded or any(d == dimension for d, _ in self._checked_filters)
            )
        self.facets.blockSignals(False)

    def _on_facet_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        if parent is None:
            return
        key = (str(parent.data(0, Qt.ItemDataRole.UserRole)), str(item.data(0, Qt.ItemDataRole.UserRole)))
        if item.checkState(0) == Qt.CheckState.Checked:
            self._checked_filters.add(key)
        else:
            self._checked_filters.discard(key)
        self.search_now()

    def set_filter(self, dimension: str, value: str, on: bool = True) -> None:
        (self._checked_filters.add if on else self._checked_filters.discard)((dimension, value))
        self.search_now()

    def clear_filters(self) -> None:
        self._checked_filters.clear()
        self.search_now()

    # -- selection and preview ---------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.results.selectionModel().selectedRows())
        if not rows and self.results.currentIndex().isValid():
            rows = [self.results.currentIndex().row()]
        return [self.model.asset_ids()[r] for r in rows]

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._preview_timer.start()

    def _preview_current(self) -> None:
        row = self.model.row_at(self.results.currentIndex().row())
        if row is None:
            self.preview.clear()
            return
        if self.preview.isHidden():
            self.preview.show()
        self.preview.show_asset(row.hit.asset_id, row.hit.page, self._last_terms)

    # -- hand-over ---------------------------------------------------------------------
    def _hand_over(
        self, asset_id: str, action: HandOverAction, again: Callable[[], None] | None = None
    ) -> tuple[str | None, str | None]:
        """Prepare the file or link, and log what the action means (opening is a view,
        copying a share) with the current deal. A drag is logged once a target took it.
        A team file not on this laptop yet is fetched first and `again` (the action asked
        for) runs once it is here: only then is anything logged."""
        try:
            handed = self.library.hand_over(asset_id, action)
        except FileNotOnThisLaptop as missing:
            self._fetch_then(missing, again, action.value)
            return None, None
        except Exception as exc:
            self.notify(str(exc), error=True)
            return None, None
        kind = usage_kind_for(action)
        if kind is not None and action is not HandOverAction.DRAG_OUT:
            self.context.record_usage(asset_id, kind)
            self._result_opened(asset_id)
        return (str(handed.path) if handed.path else None), handed.url

    # -- team files on demand ----------------------------------------------------------
    def _fetch_then(self, missing: FileNotOnThisLaptop, again: Callable[[], None] | None, key: str) -> None:
        """Fetch a team file (progress and Cancel in the status bar), then do `again`."""
        files = self.team_screens.files
        if again is not None:
            files.fetch_missing(missing, then=again, key=key)
            return
        # A drag: the drop target cannot wait, so the drag is refused and the file fetched.
        title = missing.title

        def arrived() -> None:
            self.statusBar().showMessage(
                self.tr("“{0}” is on this laptop now: drag it again.").format(title), 10_000
            )

        files.fetch_missing(missing, then=arrived, key="drag")
        self.notify(
            self.tr(
                "“{0}” is on the team server, not on this laptop yet: it is being downloaded ({1}). "
                "Drag it again once it has arrived."
            ).format(title, size_text(missing.size_bytes))
        )

    def fetch_files(self, missing: FilesNotOnThisLaptop, again: Callable[[], None]) -> None:
        """Fetch every file of `missing` (a kit's), then do `again` once they are all here."""
        self.statusBar().showMessage(
            self.tr("Fetching {0} file(s) from the team server first…").format(len(missing.missing)), 6000
        )
        self.team_screens.files.fetch_all(missing.missing, again)

    def _build_insight(self) -> QWidget:
        from ui.insight.view import build_view

        return build_view(self)

    @property
    def insight_view(self) -> InsightView:
        """The Insight screen, built now if nobody opened it yet."""
        holder = self.section_widget("insight")
        assert isinstance(holder, BuiltWhenShown)
        from ui.insight.view import InsightView

        view = holder.screen_widget()
        assert isinstance(view, InsightView)
        return view

    def _follow_team_files(self) -> None:
        files = self.team_screens.files
        files.failed.connect(lambda _asset_id, message, _offline: self.notify(message, error=True))
        files.stopped.connect(
            lambda _asset_id: self.statusBar().showMessage(
                self.tr("Download stopped; it resumes where it stopped next time."), 6000
            )
        )
        files.arrived.connect(self._on_team_file_arrived)
        files.pinned.connect(self._on_team_file_pinned)
        files.started.connect(self._on_download_progress)
        files.progressed.connect(self._on_download_progress)
        files.failed.connect(self._on_download_failed)
        files.stopped.connect(
            lambda asset_id: self.preview.download_ended(asset_id, self.tr("Download stopped."))
        )
        self.preview.download_requested.connect(self._download_for_preview)
        self.preview.download_cancel_requested.connect(files.cancel)
        self.preview.keep_offline_requested.connect(self._keep_offline)
        self.preview.loaded.connect(self._show_download_in_preview)

    def _download_for_preview(self, asset_id: str) -> None:
        file = self.preview.file
        if file is not None and file.asset_id == asset_id:
            self.team_screens.files.fetch(asset_id, file.title, file.size_bytes, file_name=file.file_name)

    def _keep_offline(self, asset_id: str, keep: bool) -> None:
        file = self.preview.file
        if file is not None and file.asset_id == asset_id:
            self.team_screens.files.set_pinned(
                asset_id, keep, title=file.title, size_bytes=file.size_bytes, file_name=file.file_name
            )

    def _on_download_failed(self, asset_id: str, message: str, offline: bool) -> None:
        self.preview.download_ended(
            asset_id,
            self.tr("The team server cannot be reached now; the file will be here when you are online.")
            if offline
            else message,
        )

    def _on_download_progress(self, download: Download) -> None:
        self.preview.show_download(download.asset_id, download.done, download.size_bytes, download.words())

    def _show_download_in_preview(self, asset_id: str, _page: int) -> None:
        download = self.team_screens.files.downloading(asset_id)
        if download is not None:
            self._on_download_progress(download)

    def _on_team_file_arrived(self, asset_id: str) -> None:
        if self.preview.asset is not None and self.preview.asset.id == asset_id:
            self.preview.show_asset(asset_id, self.preview.page, self._last_terms)
        self._refresh_result_row(asset_id)

    def _on_team_file_pinned(self, asset_id: str, keep: bool) -> None:
        self.statusBar().showMessage(
            self.tr("Kept on this laptop for offline use.")
            if keep
            else self.tr("No longer kept offline: it may be removed to make room."),
            6000,
        )
        if self.preview.asset is not None and self.preview.asset.id == asset_id:
            self.preview.show_asset(asset_id, self.preview.page, self._last_terms)

    def _refresh_result_row(self, asset_id: str) -> None:
        """A team file arrived: its result shows the thumbnail made for it, and no longer
        says it is on the server only."""
        row = next((r for r in self.model.rows() if r.hit.asset_id == asset_id), None)
        if row is None:
            return
        thumbnails, asset = self._thumbnails, row.asset

        def work(_ctx: TaskContext) -> ResultRow:
            return replace(row, thumbnail=thumbnails.image(asset), on_server=False)

        self.runner.run(work, on_success=self.model.replace_row)

    def _result_opened(self, asset_id: str) -> None:
        """Opening an asset from the library's results answers the search that found it;
        the same asset opened from Prepare or What's new does not."""
        if self.current_section() == "library":
            self.search_logger.opened(asset_id)

    def on_dragged_out(self, asset_id: str) -> None:
        self.context.record_usage(asset_id, UsageKind.SHARED)
        self._result_opened(asset_id)

    def mark_asset(self, asset_id: str, kind: str) -> None:
        """The rep sent or presented it outside Collateral ("mark as sent/presented")."""
        self.context.record_usage(asset_id, UsageKind(kind))
        self._result_opened(asset_id)

    def present_asset(self, asset_id: str) -> None:
        """Full-screen present mode for a PDF, logged as presented. Other files are
        presented from their own application (and marked as presented)."""
        asset = self.library.get_asset(asset_id)
        if asset.media_type != "pdf" or asset.blob_sha256 is None:
            self.notify(
                self.tr(
                    "Present mode shows PDF pages. Present “{0}” from its own application, then use "
                    "Log › Mark as presented."
                ).format(asset.title)
            )
            return
        file = self.library.file_state(asset.id)
        if file.on_server_only:  # fetched first; presented (and logged) once it is here
            self._fetch_then(
                FileNotOnThisLaptop(asset.id, asset.title, file.size_bytes, file_name=asset.file_name),
                lambda: self.present_asset(asset_id),
                "present",
            )
            return
        if not file.here:
            self.notify(str(StoredFileMissing(asset.title)), error=True)
            return
        if self._presenting is not None:
            self._presenting.close()
        page = (
            self.preview.page if self.preview.asset is not None and self.preview.asset.id == asset_id else 1
        )
        self._presenting = PresentWindow(self.runner, self.library, asset_id, asset.title, page)
        self._presenting.closed.connect(self._on_present_closed)
        self._presenting.start()
        self.context.record_usage(asset_id, UsageKind.PRESENTED)
        self._result_opened(asset_id)

    def _on_present_closed(self) -> None:
        self._presenting = None

    def _on_preview_loaded(self, asset_id: str, _page: int) -> None:
        if asset_id != self._viewed:  # a page turn or a refresh is the same view
            self._viewed = asset_id
            self.context.record_usage(asset_id, UsageKind.VIEWED)
            self._result_opened(asset_id)

    def _on_usage_recorded(self, event: UsageEvent) -> None:
        if event.kind is UsageKind.VIEWED:
            return
        deal = self.context.deal(event.deal_id)
        words = {UsageKind.SHARED: self.tr("shared"), UsageKind.PRESENTED: self.tr("presented")}[event.kind]
        self.statusBar().showMessage(
            self.tr("Logged as {0} with {1}.").format(words, deal_title(deal))
            if deal is not None
            else self.tr("Logged as {0} (no deal chosen).").format(words),
            6000,
        )

    def show_in_library(self, asset_id: str) -> None:
        self.show_section("library")
        if self.preview.isHidden():
            self.preview.show()
        self.preview.show_asset(asset_id, 1, [])

    def checked_filters(self) -> list[tuple[str, str]]:
        return sorted(self._checked_filters)

    def _log_search(self, result: SearchResult) -> None:
        filters: dict[str, list[str]] = {}
        for dimension, value in sorted(self._checked_filters):
            filters.setdefault(dimension, []).append(value)
        self.search_logger.searched(
            self.search_box.text(), filters, result.total, [h.asset_id for h in result.hits]
        )

    def _drag_mime(self, asset_id: str) -> object:
        # A drag cannot wait for a download: none starts, and the file is fetched meanwhile.
        path, url = self._hand_over(asset_id, HandOverAction.DRAG_OUT)
        if path is None and url is None:
            return None
        return file_mime_data(path, url)

    def open_asset(self, asset_id: str) -> None:
        path, url = self._hand_over(asset_id, HandOverAction.OPEN, lambda: self.open_asset(asset_id))
        target = QUrl.fromLocalFile(path) if path else QUrl(url) if url else None
        if target is not None and not QDesktopServices.openUrl(target):
            self.notify(self.tr("No application is set up to open this file."), error=True)

    def show_in_folder(self, asset_id: str) -> None:
        path, _ = self._hand_over(
            asset_id, HandOverAction.SHOW_IN_FOLDER, lambda: self.show_in_folder(asset_id)
        )
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def copy_file(self, asset_id: str) -> None:
        path, url = self._hand_over(asset_id, HandOverAction.COPY_FILE, lambda: self.copy_file(asset_id))
        if path or url:
            QGuiApplication.clipboard().setMimeData(file_mime_data(path, url))
            self.statusBar().showMessage(self.tr("Copied — paste it into an email or chat."), 4000)

    def copy_link(self, asset_id: str) -> None:
        _, url = self._hand_over(asset_id, HandOverAction.COPY_LINK)
        if url:
            QGuiApplication.clipboard().setText(url)
            self.statusBar().showMessage(self.tr("Link copied."), 4000)

    # -- import ------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_for_segment(self, segment: Segment) -> None:
        """Import files made for a segment's demand (Insight's "create asset"): once
        imported, they carry the segment's terms, added to any they have."""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files for this demand"))
        if files and self.import_paths([Path(f) for f in files]):
            self._segment_of_import = segment

    def import_paths(self, paths: list[Path]) -> bool:
        """Start importing `paths`; False (and a message) while another import runs."""
        if self.import_dialog.running:
            self.notify(self.tr("An import is already running; wait for it to finish."))
            return False
        self._segment_of_import = None
        self.import_dialog.start(paths)
        return True

    def _on_import_finished(self, outcomes: list[ImportOutcome]) -> None:
        segment, self._segment_of_import = self._segment_of_import, None
        imported = [o.asset_id for o in outcomes if o.status is ImportStatus.IMPORTED and o.asset_id]
        if segment is not None and imported:
            self._tag_for_segment(imported, segment)
        self.refresh_health()
        self.search_now()

    def _tag_for_segment(self, asset_ids: list[str], segment: Segment) -> None:
        terms = {f.name: "+" + slug for f in fields(segment) if (slug := getattr(segment, f.name))}
        library = self.library

        def done(assets: list[Asset]) -> None:
            words = segment_text(segment, self.label)
            self.notify(self.tr("Tagged {0} imported asset(s) for {1}.").format(len(assets), words))
            self.edits_applied.emit()
            self.search_now()

        def failed(exc: Exception) -> None:
            text = self.tr("The imported files were not tagged for the demand: {0}").format(exc)
            self.notify(text, error=True)

        self.runner.run(
            lambda _ctx: library.edit_assets(asset_ids, terms),
            on_success=done,
            on_failure=failed,
            writes=True,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        # Only drops from outside the app: our own drag-out must not import itself.
        if event.source() is None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def add_link(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Add link"), self.tr("Address (https://…):"))
        if not ok or not url.strip():
            return
        title, ok = QInputDialog.getText(self, self.tr("Add link"), self.tr("Title:"))
        if not ok:
            return
        library = self.library
        self._write(lambda: library.add_link(url, title), self.tr("Link added."))

    # -- curation ----------------------------------------------------------------------
    def _write(self, change: Callable[[], object], done_message: str) -> None:
        def done(_result: object) -> None:
            self.statusBar().showMessage(done_message, 4000)
            self.edits_applied.emit()
            self.refresh_health()
            self.search_now()
            if self.preview.asset is not None:
                self.preview.show_asset(self.preview.asset.id, self.preview.page, self._last_terms)

        self.runner.run(
            lambda _ctx: change(),
            on_success=done,
            on_failure=lambda e: self.notify(str(e), error=True),
            writes=True,
        )

    def edit_assets(self, asset_ids: list[str]) -> None:
        if not asset_ids:
            return
        assets = list(self.library.assets_by_id(asset_ids).values())
        if not assets:
            return
        dialog = AssetEditorDialog(assets, self.library.taxonomy(), self)
        if not dialog.exec():
            return
        changes = dialog.changes()
        if not changes:
            return
        library = self.library
        ids = [a.id for a in assets]
        self._write(
            lambda: library.edit_assets(ids, changes), self.tr("Saved {0} asset(s).").format(len(ids))
        )

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = self.tr("Archive {0} asset(s)? Archived assets leave search results but are kept.").format(
            len(ids)
        )
        if ask_yes_no(self, self.tr("Archive"), question):
            library = self.library
            self._write(lambda: library.archive(ids), self.tr("Archived {0} asset(s).").format(len(ids)))

    def unarchive_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            library = self.library
            self._write(
                lambda: library.restore_archived(ids), self.tr("Restored {0} asset(s).").format(len(ids))
            )

    def edit_taxonomy(self) -> None:
        dialog = TaxonomyEditorDialog(self.library, self.runner, self)
        dialog.exec()
        if dialog.changed:
            self.reload_labels()
            self.library_changed()

    def library_changed(self) -> None:
        library = self.library
        self._write(lambda: library.index_pending(), self.tr("Library updated."))

    # -- what's new, health, check -----------------------------------------------------
    def last_visit(self) -> datetime:
        saved = self.settings.value("last_visit")
        try:
            return datetime.fromisoformat(str(saved)) if saved else datetime.fromtimestamp(0, UTC)
        except ValueError:
            return datetime.fromtimestamp(0, UTC)

    def _whats_new(self, last_visit: datetime, seen: dict[str, datetime]) -> WhatsNew:
        """Assets changed since the last visit, changes others made to my requests (and the
        titles of the assets that delivered them), and marketing's requests that I review
        assets I own; with `seen` (user id → when they last opened What's new), only what
        came after that. Runs off the GUI thread."""
        from collateral_app.services.insight.service import Insight  # not needed before the window is up

        checked_at = datetime.now(UTC)
        me = "" if self.first_start else self.sales.whoami().id
        since = max(last_visit, seen.get(me, last_visit))
        updates = self.sales.request_updates_since(since) if me else []
        delivered = [u.event.asset_id for u in updates if u.event.asset_id]
        titles = {a.id: a.title for a in self.library.assets_by_id(delivered).values()}
        reviews = Insight(self.library).review_requests_for_me(since) if me else []
        return WhatsNew(me, checked_at, since, self.library.changed_since(since), updates, titles, reviews)

    def count_whats_new(self) -> None:
        """Show on the What's new action how many changes wait: at start, after a profile
        switch (the count is the new profile's) and after requests changed."""
        self._whats_new_generation += 1
        generation = self._whats_new_generation
        last_visit, seen = self.last_visit(), dict(self._whats_new_seen)

        def done(found: WhatsNew) -> None:
            if generation != self._whats_new_generation:
                return  # counted for another profile, or the user opened What's new since
            count = found.count()
            self.whats_new_action.setText(
                self.tr("What's new ({0})").format(count) if count else self.tr("What's new")
            )

        self.runner.run(lambda _ctx: self._whats_new(last_visit, seen), on_success=done)

    def show_whats_new(self) -> None:
        self._whats_new_generation += 1  # a count still on its way is out of date now
        self.whats_new_action.setText(self.tr("What's new"))
        since = self.last_visit()

        def done(found: WhatsNew) -> None:
            self._whats_new_seen[found.user_id] = found.checked_at
            if self.whats_new_dialog is not None:
                self.whats_new_dialog.deleteLater()  # one at a time, not one more per opening
            dialog = WhatsNewDialog(
                found.assets,
                since,
                self.label,
                self,
                updates=found.updates,
                titles=found.titles,
                reviews=found.reviews,
            )
            dialog.asset_chosen.connect(self.show_in_library)
            dialog.request_chosen.connect(self._show_request)
            self.whats_new_dialog = dialog
            dialog.show()

        self.runner.run(lambda _ctx: self._whats_new(since, {}), on_success=done)

    def _show_request(self, request_id: str) -> None:
        self.show_section("requests")
        self.sales_screens.requests.select_request(request_id)

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
            done, total = value  # type: ignore[misc]
            self.health_label.setText(self.tr("Indexing {0} of {1}…").format(done, total))

        def done(count: int) -> None:
            if count:
                self.refresh_health()
                self.search_now()

        self.runner.run(work, on_success=done, on_progress=progress, writes=True)

    def check_library(self) -> None:
        dialog = CheckDialog(self)
        library = self.library

        def run_check(repair: bool) -> None:
            dialog.set_running()
            self.runner.run(
                lambda _ctx: check_library(library, repair=repair),
                on_success=dialog.show_report,
                on_failure=lambda e: dialog.show_error(str(e)),
                writes=True,
            )

        dialog.repair_requested.connect(lambda: run_check(True))
        dialog.finished.connect(lambda _r: self.refresh_health())
        dialog.show()
        run_check(False)

    def backup_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into an empty folder"))
        if not folder:
            return
        library = self.library
        self._write(
            lambda: backup_library(library, Path(folder)), self.tr("Backed up to {0}.").format(folder)
        )

    def choose_library(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open library folder"))
        if folder:
            self.settings.setValue("library", folder)
            QMessageBox.information(
                self,
                self.tr("Library"),
                self.tr("Collateral will open {0} the next time it starts.").format(folder),
            )

    def open_guide(self) -> None:
        readme = Path(__file__).resolve().parent.parent / "README.md"
        if readme.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(readme)))
        else:
            self.show_about()

    def show_about(self) -> None:
        AboutDialog(self.library, self).exec()

    # -- messages ----------------------------------------------------------------------
    def notify(self, text: str, *, error: bool = False) -> None:
        """Show a message without blocking: a banner above the results and the status bar."""
        if error:
            log.warning("shown to the user: %s", text)
        self.notice.setText(text)
        self.notice.show()
        QTimer.singleShot(12_000 if error else 6_000, self.notice.hide)
        self.statusBar().showMessage(text, 8000)

    def report_check(self, report: CheckReport) -> None:
        self.notify(
            self.tr("Library is consistent.") if report.consistent else self.tr("The library has problems.")
        )
