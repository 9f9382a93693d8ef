"""The Library screen: search as you type, filters, results, the preview, handing assets
over (open, copy, drag, present), team files on demand, import, curation and What's new."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import AssetStatus, HandOverAction, ImportStatus, SearchSort
from collateral_app.domain.errors import FileNotOnThisLaptop, FilesNotOnThisLaptop, StoredFileMissing
from collateral_app.domain.imports import ImportBatch
from collateral_app.domain.insight import ReviewRequest
from collateral_app.domain.records import Asset, ImportOutcome, SearchResult, size_text
from collateral_app.domain.sales import PitchKit, RequestUpdate, Role, Segment, UsageKind
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.library.batches import ImportBatches
from collateral_app.services.library.links import recognise_link
from collateral_app.services.library.preflight import survey
from collateral_app.services.sales.usage import usage_kind_for

from ..common import settings as options
from ..common.menus import select_row_under, show_menu
from ..common.record_table import ResultRole
from ..common.tasks import TaskContext
from ..common.words import deal_title, segment_text
from ..shell.api import Shell
from ..shell.dialogs import WhatsNewDialog, ask_yes_no
from .api import DownloadState, TeamFileFetcher
from .editor import DIMENSION_NAMES, AssetEditorDialog, TaxonomyEditorDialog
from .import_dialog import ImportDialog
from .import_preflight import PreflightChoice, PreflightDialog, Surveys
from .present import PresentWindow
from .preview import PreviewPane, file_is_unusable
from .recent_imports import RecentImportsDialog
from .results import (
    ResultDelegate,
    ResultListView,
    ResultRow,
    SearchResultsModel,
    ThumbnailCache,
    file_mime_data,
)
from .search_log import SearchLogger

log = logging.getLogger(__name__)

DEBOUNCE_MS = 40  # short: the list should follow typing within ~100 ms
PAGE_SIZE = 50
# "Review" first: drafts and files that need attention are what marketing acts on.
FACET_DIMENSIONS = ("review", "type", "stage", "persona", "industry", "size", "product", "tag")
FACET_NAMES = {
    **{d.value: name for d, name in DIMENSION_NAMES.items()},
    "tag": QT_TRANSLATE_NOOP("words", "Tags"),
    "review": QT_TRANSLATE_NOOP("words", "Review"),
}
REVIEW_LABELS = {
    "draft": QT_TRANSLATE_NOOP("words", "Drafts"),
    "needs-attention": QT_TRANSLATE_NOOP("words", "Needs attention"),
}
SORTS = (
    (SearchSort.RELEVANCE, QT_TRANSLATE_NOOP("LibraryScreen", "Relevance")),
    (SearchSort.NEWEST, QT_TRANSLATE_NOOP("LibraryScreen", "Newest")),
    (SearchSort.UPDATED, QT_TRANSLATE_NOOP("LibraryScreen", "Recently updated")),
    (SearchSort.TITLE, QT_TRANSLATE_NOOP("LibraryScreen", "Title")),
    (SearchSort.MOST_USED, QT_TRANSLATE_NOOP("LibraryScreen", "Most used")),
    (SearchSort.MOST_WINNING, QT_TRANSLATE_NOOP("LibraryScreen", "Most winning")),
)
SORT_TIPS = {
    SearchSort.MOST_USED: QT_TRANSLATE_NOOP("LibraryScreen", "Shared or presented most in the last 90 days"),
    SearchSort.MOST_WINNING: QT_TRANSLATE_NOOP(
        "LibraryScreen", "Reached or helped the most won deals in the last 90 days"
    ),
}


@dataclass(frozen=True)
class ResultPage:
    result: SearchResult
    rows: list[ResultRow]
    terms: list[str]
    sort: SearchSort


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


class LibraryScreen(QWidget):
    search_finished = Signal(object)  # SearchResult, after the list shows it
    edits_applied = Signal()
    request_wanted = Signal(str)  # the rep asked marketing for what they searched
    request_chosen = Signal(str)  # a request picked in What's new

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.shell = shell
        library = self.library = shell.library
        self.settings = shell.settings
        self.sales = shell.sales
        self.runner = shell.runner
        self.context = shell.context
        self._team_files: TeamFileFetcher | None = None
        self.search_logger = SearchLogger(self.context, self)
        self._viewed: str | None = None  # the asset whose preview was last logged as viewed
        self._presenting: PresentWindow | None = None
        self.whats_new_dialog: WhatsNewDialog | None = None
        self._segment_of_import: Segment | None = None  # files imported for a demand
        self._whats_new_generation = 0
        self._whats_new_seen: dict[str, datetime] = {}  # user id → when they last opened it
        self._generation = 0
        self._last_result: SearchResult | None = None
        self._last_search: tuple[str, SearchSort] | None = None  # the query and order shown
        self._last_terms: list[str] = []
        self._labels: dict[tuple[str, str], str] = {}
        self._checked_filters: set[tuple[str, str]] = set(self._saved_filters())
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
        saved_sort = options.SORT.read(self.settings)
        self.sort.setCurrentIndex(max(0, self.sort.findData(saved_sort)))
        self.result_info = QLabel()
        self.result_info.setTextFormat(Qt.TextFormat.RichText)
        self.result_info.linkActivated.connect(self._on_result_info_link)

        self.facets = QTreeWidget()
        self.facets.setHeaderHidden(True)
        self.facets.setAccessibleName(self.tr("Filters"))
        # The label, then its count in a column of its own, so a long label is shortened
        # (whole in its tooltip) and its count always shows.
        self.facets.setColumnCount(2)
        self.facets.header().setStretchLastSection(False)
        self.facets.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facets.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.facets.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.facets.itemChanged.connect(self._on_facet_changed)
        self._collapsed_filters = set(options.COLLAPSED_FILTERS.read(self.settings))
        self.facets.itemCollapsed.connect(lambda item: self._on_facet_group_folded(item, True))
        self.facets.itemExpanded.connect(lambda item: self._on_facet_group_folded(item, False))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setChecked(options.SHOW_ARCHIVED.read(self.settings))
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
        self._thumbnails = ThumbnailCache()
        self.results = ResultListView(self.drag_mime)
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.label, self.results))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results.dragged_out.connect(self.on_dragged_out)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._on_results_menu_requested)
        self.card_menu: QMenu | None = None
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

        self.splitter = QSplitter()
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 560, 520])
        splitter_state = options.SPLITTER.read(self.settings)
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.search_finished.connect(self._log_search)

        self.import_dialog = ImportDialog(self.runner, library, shell.main_window())
        self.import_dialog.import_finished.connect(self._on_import_finished)
        self.import_dialog.import_undone.connect(lambda _plan: self._on_imports_changed())
        self.import_dialog.batch_finished.connect(self._enter_import_in_history)
        self._surveying = False  # a folder is being surveyed before its import
        self.recent_imports: RecentImportsDialog | None = None

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
        shell.add_section(
            "library",
            self.tr("Library"),
            self,
            tip=self.tr("Search, preview and hand over collateral"),
            first_for=(Role.REP, Role.ADMIN),
        )
        shell.files_dropped.connect(self.import_paths)
        shell.library_updated.connect(self.search_now)
        shell.add_close_guard(self._may_close)
        shell.add_close_hook(self._save_state)

    def _build_actions(self) -> None:
        def action(
            text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = ""
        ) -> QAction:
            act = QAction(text, self.shell.main_window())
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
            return act

        self.import_files_action = action(
            self.tr("Import files…"), self.choose_files, "Ctrl+I", self.tr("Import files into the library")
        )
        self.import_folder_action = action(
            self.tr("Import folder…"),
            self.choose_folder,
            "Ctrl+Shift+I",
            self.tr("Import a folder and its sub-folders"),
        )
        self.recent_imports_action = action(
            "Recent imports…",
            self.show_recent_imports,
            None,
            "The imports so far, each of which can be undone",
        )
        self.add_link_action = action(
            self.tr("Add link…"), self.add_link, None, self.tr("Add a web page or video link as an asset")
        )
        self.edit_action = action(
            self.tr("Edit…"),
            lambda: self.edit_assets(self.selected_ids()),
            "Ctrl+E",
            self.tr("Edit the selected assets"),
        )
        self.archive_action = action(
            self.tr("Archive"), self.archive_selected, None, self.tr("Archive the selected assets")
        )
        self.unarchive_action = action(self.tr("Restore from archive"), self.unarchive_selected)
        self.taxonomy_action = action(
            self.tr("Taxonomy…"),
            self.edit_taxonomy,
            None,
            self.tr("Edit stages, personas, industries, sizes, products and types"),
        )
        self.whats_new_action = action(
            self.tr("What's new"),
            self.show_whats_new,
            None,
            self.tr("Assets added or updated since your last visit"),
        )
        shell = self.shell
        for act in (self.import_files_action, self.import_folder_action):
            shell.add_menu_action("file", act, toolbar=True, place="start")
        shell.add_menu_action("file", self.recent_imports_action, place="start")
        shell.add_menu_action("file", self.add_link_action, place="start")
        shell.add_menu_action("edit", self.edit_action, toolbar=True, place="start")
        for act in (self.archive_action, self.unarchive_action, self.taxonomy_action):
            shell.add_menu_action("edit", act)
        shell.add_menu_action("view", self.whats_new_action, toolbar=True, place="start")

        def shortcut(keys: QKeySequence, parent: QWidget, slot: Callable[[], object], *, local: bool) -> None:
            made = QShortcut(keys, parent)
            made.activated.connect(slot)
            if local:
                made.setContext(Qt.ShortcutContext.WidgetShortcut)

        for keys in ("Ctrl+K", "Ctrl+F"):
            shortcut(QKeySequence(keys), shell.main_window(), self.focus_search, local=False)
        # Only while the result list has the focus: Space ticks boxes elsewhere.
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.results, self.archive_selected, local=True)
        shortcut(QKeySequence(Qt.Key.Key_Space), self.results, self._preview_current, local=True)
        # Only while the search box has the focus: elsewhere ↓ and Esc belong to other widgets
        # (the deal picker, the Deals table).
        shortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, self.search_box.clear, local=True)
        shortcut(QKeySequence(Qt.Key.Key_Down), self.search_box, self._focus_results, local=True)

    def attach_team_files(self, files: TeamFileFetcher) -> None:
        """Team files on demand: who fetches a file that is on the team server only."""
        self._team_files = files
        self._follow_team_files()

    def team_files(self) -> TeamFileFetcher:
        assert self._team_files is not None, "team files are attached when the window is composed"
        return self._team_files

    def _may_close(self) -> bool:
        return not self.import_dialog.running or ask_yes_no(
            self,
            self.tr("Import running"),
            self.tr("An import is running. Stop it and quit? What was imported so far is kept."),
            verb=self.tr("Stop the import and quit"),
        )

    def _save_state(self) -> None:
        options.SPLITTER.write(self.settings, self.splitter.saveState())
        options.FILTERS.write(self.settings, sorted(f"{d}:{v}" for d, v in self._checked_filters))
        options.SORT.write(self.settings, str(self.sort.currentData()))
        options.SHOW_ARCHIVED.write(self.settings, self.show_archived.isChecked())
        options.LAST_VISIT.write(self.settings, datetime.now(UTC).isoformat())
        if self._presenting is not None:
            self._presenting.close()
        self.search_logger.flush()

    def typed_query(self) -> str:
        return self.search_box.text()

    def add_result_note(self, html_text: str) -> None:
        """Append to the line above the results (an offer to ask marketing, say)."""
        self.result_info.setText(f"{self.result_info.text()} — {html_text}")

    def _saved_filters(self) -> list[tuple[str, str]]:
        pairs = (item.partition(":") for item in options.FILTERS.read(self.settings))
        return [(dimension, value) for dimension, colon, value in pairs if colon]

    def reload_labels(self) -> None:
        self._labels = {
            (d.value, e.slug): e.label for d, entries in self.library.taxonomy().items() for e in entries
        }

    def label(self, dimension: str, slug: str) -> str:
        if dimension == "review":
            return self.tr(REVIEW_LABELS.get(slug, slug))
        return self._labels.get((dimension, slug), slug)

    def focus_search(self) -> None:
        self.shell.show_section("library")
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_for(self, text: str) -> None:
        """Show the Library with `text` searched (a zero-result search from Insight, to see
        what the rep saw)."""
        self.shell.show_section("library")
        self.search_box.setText(text)
        self.search_now()

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
            page = library.search_page(
                query,
                limit=PAGE_SIZE,
                prefix=True,
                facets=True,
                sort=sort,
                should_stop=lambda: generation != self._generation,  # nobody will see these rows
            )
            if page is None:
                return None
            rows = []
            for hit in page.result.hits:
                file = page.files.get(hit.asset_id)
                on_server = file is not None and file.on_server_only
                image = self._thumbnails.image(page.thumbnails.get(hit.asset_id))
                rows.append(ResultRow(hit, page.assets.get(hit.asset_id), image, on_server))
            return ResultPage(page.result, rows, list(page.highlight_terms), sort)

        def done(page: ResultPage | None) -> None:
            if page is None or generation != self._generation:
                return  # the user typed on; this answer is stale
            self._show_result(page)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.shell.notify(self.tr("Search failed: {0}").format(exc), error=True)

        self.runner.run(work, on_success=done, on_failure=failed)

    def _show_result(self, page: ResultPage) -> None:
        result = page.result
        # A new search (other words, filters or order) starts at the top with nothing
        # selected and nothing previewed, whatever was selected before: its best hits are
        # what the rep looks at. The same search again (the index caught up, an edit)
        # keeps the selection, the preview and the place in the list.
        new_search = (result.query, page.sort) != self._last_search
        self._last_search = (result.query, page.sort)
        self._last_result = result
        self._last_terms = page.terms
        current = self.results.currentIndex().data(ResultRole.AssetId)
        self.model.set_rows(page.rows)
        ids = self.model.asset_ids()
        if new_search:
            self._preview_timer.stop()
            self.results.scrollToTop()
            self.preview.clear()
        elif current in ids:
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
            self.request_wanted.emit(self.search_box.text())

    def _fill_facets(self, facets: dict[str, dict[str, int]]) -> None:
        self.facets.blockSignals(True)
        self.facets.clear()
        for dimension in FACET_DIMENSIONS:
            counts = dict(facets.get(dimension, {}))
            for checked_dim, value in self._checked_filters:
                if checked_dim == dimension:
                    counts.setdefault(value, 0)
            if not counts:
                continue
            parent = QTreeWidgetItem([QCoreApplication.translate("words", FACET_NAMES[dimension])])
            parent.setData(0, Qt.ItemDataRole.UserRole, dimension)
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFirstColumnSpanned(True)
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], self.label(dimension, kv[0])))
            if dimension == "tag":
                ordered = ordered[:15]
            for value, count in ordered:
                label = self.label(dimension, value)
                child = QTreeWidgetItem([label, str(count)])
                child.setData(0, Qt.ItemDataRole.UserRole, value)
                child.setToolTip(0, f"{label}  ({count})")
                child.setToolTip(1, f"{label}  ({count})")
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = (dimension, value) in self._checked_filters
                child.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                parent.addChild(child)
            self.facets.addTopLevelItem(parent)
            parent.setExpanded(dimension not in self._collapsed_filters)
        self.facets.blockSignals(False)

    def _on_facet_group_folded(self, item: QTreeWidgetItem, folded: bool) -> None:
        """A filter group folded or unfolded by the user: remembered, also for the next start."""
        if item.parent() is not None:
            return
        dimension = str(item.data(0, Qt.ItemDataRole.UserRole))
        (self._collapsed_filters.add if folded else self._collapsed_filters.discard)(dimension)
        options.COLLAPSED_FILTERS.write(self.settings, sorted(self._collapsed_filters))

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

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.results.selectionModel().selectedRows())
        if not rows and self.results.currentIndex().isValid():
            rows = [self.results.currentIndex().row()]
        return [self.model.asset_ids()[r] for r in rows]

    # -- the card's context menu -------------------------------------------------------------
    def _on_results_menu_requested(self, pos: QPoint) -> None:
        """Right-click on a card: it is selected (unless it is part of the selection), and
        once the pitch kits are read, its menu opens where the user clicked."""
        if not select_row_under(self.results, pos):
            return
        row = self.model.row_at(self.results.indexAt(pos).row())
        if row is None:
            return
        ids, sales = self.selected_ids(), self.sales
        self.context.read(sales.list_kits, lambda kits: self._show_card_menu(row, ids, kits, pos))

    def _show_card_menu(self, row: ResultRow, ids: list[str], kits: list[PitchKit], pos: QPoint) -> None:
        asset_id, asset = row.hit.asset_id, row.asset
        is_file = asset is not None and asset.blob_sha256 is not None
        many = len(ids) > 1
        menu = QMenu(self)

        def add(text: str, slot: Callable[[], object], *, enabled: bool = True, tip: str = "") -> QAction:
            act = menu.addAction(text)
            act.setEnabled(enabled)
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        add(self.tr("Open"), lambda: self.open_asset(asset_id))
        add(self.tr("Preview"), lambda: self.show_in_library(asset_id))
        add(
            self.tr("Present"),
            lambda: self.present_asset(asset_id),
            enabled=asset is not None and asset.media_type == "pdf" and is_file,
            tip=self.tr("Full screen, page by page (PDF); logged as presented"),
        )
        menu.addSeparator()
        add(self.tr("Copy file"), lambda: self.copy_file(asset_id), enabled=True)
        add(
            self.tr("Copy link"),
            lambda: self.copy_link(asset_id),
            enabled=asset is not None and bool(asset.url),
        )
        add(self.tr("Show in folder"), lambda: self.show_in_folder(asset_id), enabled=is_file)
        menu.addSeparator()
        kit_menu = menu.addMenu(
            self.tr("Add {0} assets to pitch kit").format(len(ids)) if many else self.tr("Add to pitch kit")
        )
        self._fill_kit_menu(kit_menu, ids, kits)
        deal = self.context.current_deal()
        with_deal = self.tr(" with {0}").format(deal_title(deal)) if deal is not None else ""
        add(self.tr("Log as shared{0}").format(with_deal), lambda: self.mark_asset(asset_id, "shared"))
        add(self.tr("Log as presented{0}").format(with_deal), lambda: self.mark_asset(asset_id, "presented"))
        menu.addSeparator()
        add(
            self.tr("Edit {0} assets…").format(len(ids)) if many else self.tr("Edit…"),
            lambda: self.edit_assets(ids),
        )
        if asset is not None and asset.status is AssetStatus.ARCHIVED and not many:
            add(self.tr("Restore from archive"), self.unarchive_selected)
        else:
            add(
                self.tr("Archive {0} assets…").format(len(ids)) if many else self.tr("Archive…"),
                self.archive_selected,
            )
        self.card_menu = menu
        show_menu(menu, self.results, pos)

    def _fill_kit_menu(self, menu: QMenu, ids: list[str], kits: list[PitchKit]) -> None:
        """The current deal's kits first, then the others (named with their deals), then a
        new kit for the current deal."""
        deal = self.context.current_deal()
        mine = [k for k in kits if deal is not None and k.deal_id == deal.id]
        others = [k for k in kits if k not in mine]
        for kit in mine + others:
            owner = self.context.deal(kit.deal_id)
            text = kit.name if kit in mine or owner is None else f"{kit.name} ({deal_title(owner)})"
            act = menu.addAction(self.tr("{0} — {1} assets").format(text, len(kit.items)))
            act.setToolTip(kit.name)
            act.setEnabled(not set(ids) <= {i.asset_id for i in kit.items})
            act.triggered.connect(lambda _checked=False, kit=kit: self.add_to_kit(ids, kit))
        if kits:
            menu.addSeparator()
        new = menu.addAction(
            self.tr("New kit for {0}…").format(deal_title(deal))
            if deal
            else self.tr("New kit (choose a deal first)")
        )
        new.setEnabled(deal is not None)
        new.triggered.connect(lambda _checked=False: self.add_to_kit(ids, None))

    def add_to_kit(self, asset_ids: list[str], kit: PitchKit | None) -> None:
        """Put assets in a pitch kit (at its end, those not in it yet), or in a new kit for
        the current deal, named as the rep says."""
        sales = self.sales
        if kit is None:
            deal = self.context.current_deal()
            if deal is None:
                self.shell.notify(self.tr("Choose the deal the kit is for first (Deal: on the toolbar)."))
                return
            name, ok = QInputDialog.getText(
                self,
                self.tr("New pitch kit"),
                self.tr("Name of the kit for {0}:").format(deal_title(deal)),
                text=self.tr("{0} — call kit {1}").format(deal.prospect_name, date.today().isoformat()),
            )
            if not ok or not name.strip():
                return
            deal_id = deal.id

            def create() -> PitchKit:
                return sales.create_kit(name, deal_id, asset_ids)

            def created(made: PitchKit) -> None:
                self._kit_filled(made, len(asset_ids))
                self.shell.undo.add(
                    self.tr("New kit “{0}”").format(made.name),
                    undo=lambda: sales.delete_kit(made.id),
                    redo=lambda: sales.restore_kit(made.id),
                    after=lambda _r: self.context.kits_changed.emit(made.deal_id),
                )

            self.context.write(create, created)
            return
        held = [i.asset_id for i in kit.items]
        added = [a for a in asset_ids if a not in held]
        kit_id, kit_deal = kit.id, kit.deal_id
        before: list[str] = []

        def fill() -> PitchKit:
            before[:] = [i.asset_id for i in sales.get_kit(kit_id).items]
            return sales.set_kit_assets(kit_id, before + [a for a in added if a not in before])

        def filled(changed: PitchKit) -> None:
            self._kit_filled(changed, len(added))
            after = [i.asset_id for i in changed.items]
            self.shell.undo.add(
                self.tr("Add to kit “{0}”").format(changed.name),
                undo=lambda: sales.set_kit_assets(kit_id, before),
                redo=lambda: sales.set_kit_assets(kit_id, after),
                after=lambda _r: self.context.kits_changed.emit(kit_deal),
            )

        self.context.write(fill, filled)

    def _kit_filled(self, kit: PitchKit, added: int) -> None:
        self.shell.show_status(
            self.tr("Added {0} asset(s) to “{1}” ({2} in the kit).").format(added, kit.name, len(kit.items)),
            6000,
        )
        self.context.kits_changed.emit(kit.deal_id)

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
            self.shell.notify(str(exc), error=True)
            return None, None
        kind = usage_kind_for(action)
        if kind is not None and action is not HandOverAction.DRAG_OUT:
            self.context.record_usage(asset_id, kind)
            self._result_opened(asset_id)
        return (str(handed.path) if handed.path else None), handed.url

    def _fetch_then(self, missing: FileNotOnThisLaptop, again: Callable[[], None] | None, key: str) -> None:
        """Fetch a team file (progress and Cancel in the status bar), then do `again`."""
        files = self.team_files()
        if again is not None:
            files.fetch_missing(missing, then=again, key=key)
            return
        # A drag: the drop target cannot wait, so the drag is refused and the file fetched.
        title = missing.title

        def arrived() -> None:
            self.shell.show_status(
                self.tr("“{0}” is on this laptop now: drag it again.").format(title), 10_000
            )

        files.fetch_missing(missing, then=arrived, key="drag")
        self.shell.notify(
            self.tr(
                "“{0}” is on the team server, not on this laptop yet: it is being downloaded ({1}). "
                "Drag it again once it has arrived."
            ).format(title, size_text(missing.size_bytes))
        )

    def fetch_files(self, missing: FilesNotOnThisLaptop, again: Callable[[], None]) -> None:
        """Fetch every file of `missing` (a kit's), then do `again` once they are all here."""
        self.shell.show_status(
            self.tr("Fetching {0} file(s) from the team server first…").format(len(missing.missing)), 6000
        )
        self.team_files().fetch_all(missing.missing, again)

    def _follow_team_files(self) -> None:
        files = self.team_files()
        files.failed.connect(lambda _asset_id, message, _offline: self.shell.notify(message, error=True))
        files.stopped.connect(
            lambda _asset_id: self.shell.show_status(
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
            self.team_files().fetch(asset_id, file.title, file.size_bytes, file_name=file.file_name)

    def _keep_offline(self, asset_id: str, keep: bool) -> None:
        file = self.preview.file
        if file is not None and file.asset_id == asset_id:
            self.team_files().set_pinned(
                asset_id, keep, title=file.title, size_bytes=file.size_bytes, file_name=file.file_name
            )

    def _on_download_failed(self, asset_id: str, message: str, offline: bool) -> None:
        self.preview.download_ended(
            asset_id,
            self.tr("The team server cannot be reached now; the file will be here when you are online.")
            if offline
            else message,
        )

    def _on_download_progress(self, download: DownloadState) -> None:
        self.preview.show_download(download.asset_id, download.done, download.size_bytes, download.words())

    def _show_download_in_preview(self, asset_id: str, _page: int) -> None:
        download = self.team_files().downloading(asset_id)
        if download is not None:
            self._on_download_progress(download)

    def _on_team_file_arrived(self, asset_id: str) -> None:
        if self.preview.asset is not None and self.preview.asset.id == asset_id:
            self.preview.show_asset(asset_id, self.preview.page, self._last_terms)
        self._refresh_result_row(asset_id)

    def _on_team_file_pinned(self, asset_id: str, keep: bool) -> None:
        self.shell.show_status(
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
        thumbnails, asset, library = self._thumbnails, row.asset, self.library

        def work(_ctx: TaskContext) -> ResultRow:
            path = library.thumbnail_of(asset) if asset is not None else None
            return replace(row, thumbnail=thumbnails.image(path), on_server=False)

        self.runner.run(work, on_success=self.model.replace_row)

    def _result_opened(self, asset_id: str) -> None:
        """Opening an asset from the library's results answers the search that found it;
        the same asset opened from Prepare or What's new does not."""
        if self.shell.current_section() == "library":
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
        if file_is_unusable(asset):
            self.shell.notify(
                self.tr("“{0}” cannot be presented: {1}").format(
                    asset.title, asset.attention or asset.text_reason
                )
            )
            return
        if asset.media_type != "pdf" or asset.blob_sha256 is None:
            self.shell.notify(
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
            self.shell.notify(str(StoredFileMissing(asset.title)), error=True)
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

    def show_in_library(self, asset_id: str) -> None:
        self.shell.show_section("library")
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

    def drag_mime(self, asset_id: str) -> QMimeData | None:
        # A drag cannot wait for a download: none starts, and the file is fetched meanwhile.
        path, url = self._hand_over(asset_id, HandOverAction.DRAG_OUT)
        if path is None and url is None:
            return None
        return file_mime_data(path, url)

    def open_asset(self, asset_id: str) -> None:
        path, url = self._hand_over(asset_id, HandOverAction.OPEN, lambda: self.open_asset(asset_id))
        target = QUrl.fromLocalFile(path) if path else QUrl(url) if url else None
        if target is not None and not QDesktopServices.openUrl(target):
            self.shell.notify(self.tr("No application is set up to open this file."), error=True)

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
            self.shell.show_status(self.tr("Copied — paste it into an email or chat."), 4000)

    def copy_link(self, asset_id: str) -> None:
        _, url = self._hand_over(asset_id, HandOverAction.COPY_LINK)
        if url:
            QGuiApplication.clipboard().setText(url)
            self.shell.show_status(self.tr("Link copied."), 4000)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"))
        if folder:
            self.import_paths([Path(folder)], ask=True)

    def import_for_segment(self, segment: Segment) -> None:
        """Import files made for a segment's demand (Insight's "create asset"): once
        imported, they carry the segment's terms, added to any they have."""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files for this demand"))
        if files and self.import_paths([Path(f) for f in files]):
            self._segment_of_import = segment

    def import_paths(self, paths: list[Path], *, ask: bool = False) -> bool:
        """Start importing `paths`; False (and a message) while another import runs. Folders
        are surveyed first (off the GUI thread); the pre-flight asks before anything is
        written when they are large or mostly not collateral, or always when `ask`."""
        if self.import_dialog.running or self._surveying:
            self.shell.notify(self.tr("An import is already running; wait for it to finish."))
            return False
        self._segment_of_import = None
        if not any(p.is_dir() for p in paths):
            self.import_dialog.start(paths)
            return True
        self._surveying = True
        self.shell.show_status(self.tr("Looking at the folder…"), 0)

        def work(_ctx: TaskContext) -> Surveys:
            return Surveys(survey(paths), survey(paths, skip_packaging=False))

        def done(surveys: Surveys) -> None:
            self._surveying = False
            self.shell.show_status(
                self.tr("Folder surveyed: {0} file(s) found.").format(surveys.default.found), 3000
            )
            if ask or surveys.default.needs_a_choice:
                choice = PreflightDialog.ask(self.shell.main_window(), surveys)
                if choice is None:
                    self.shell.show_status(self.tr("Import cancelled: nothing was written."), 4000)
                    return
            else:
                choice = PreflightChoice(as_draft=False, skip_packaging=True)
            self.import_dialog.start(paths, as_draft=choice.as_draft, skip_packaging=choice.skip_packaging)

        def failed(exc: Exception) -> None:
            self._surveying = False
            self.shell.notify(self.tr("The folder could not be read: {0}").format(exc), error=True)

        self.runner.run(work, on_success=done, on_failure=failed)
        return True

    def _on_import_finished(self, outcomes: list[ImportOutcome]) -> None:
        segment, self._segment_of_import = self._segment_of_import, None
        imported = [o.asset_id for o in outcomes if o.status is ImportStatus.IMPORTED and o.asset_id]
        if segment is not None and imported:
            self._tag_for_segment(imported, segment)
        self._on_imports_changed()

    def _on_imports_changed(self) -> None:
        self.shell.refresh_health()
        self.search_now()
        if self.recent_imports is not None and self.recent_imports.isVisible():
            self.recent_imports.reload()

    def _enter_import_in_history(self, batch: ImportBatch) -> None:
        """Edit › Undo takes back the import just made (as its summary's button does), Redo brings
        it back."""
        batches = ImportBatches(self.library)
        self.shell.undo.add(
            self.tr("Import of {0} asset(s) from {1}").format(batch.imported, batch.label),
            # Undone from its summary or Recent imports meanwhile: nothing more to take back.
            undo=lambda: None if batches.get(batch.id).undone else batches.undo_import(batch.id),
            redo=lambda: batches.redo_import(batch.id) if batches.get(batch.id).undone else None,
            after=lambda _result: self._on_imports_changed(),
        )

    def show_recent_imports(self) -> None:
        if self.recent_imports is None:
            self.recent_imports = RecentImportsDialog(self.runner, self.library, self.shell.main_window())
            self.recent_imports.imports_changed.connect(self._on_imports_changed)
        self.recent_imports.reload()
        self.recent_imports.show()
        self.recent_imports.raise_()

    def _tag_for_segment(self, asset_ids: list[str], segment: Segment) -> None:
        terms = {f.name: "+" + slug for f in fields(segment) if (slug := getattr(segment, f.name))}
        library = self.library

        def done(assets: list[Asset]) -> None:
            words = segment_text(segment, self.label)
            self.shell.notify(self.tr("Tagged {0} imported asset(s) for {1}.").format(len(assets), words))
            self.edits_applied.emit()
            self.search_now()

        def failed(exc: Exception) -> None:
            text = self.tr("The imported files were not tagged for the demand: {0}").format(exc)
            self.shell.notify(text, error=True)

        self.runner.run(
            lambda _ctx: library.edit_assets(asset_ids, terms),
            on_success=done,
            on_failure=failed,
            writes=True,
        )

    def add_link(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Add link"), self.tr("Address (https://…):"))
        if not ok or not url.strip():
            return
        # A video or deck on a known service gets a readable title from its address, no network.
        kind = recognise_link(url)
        prompt = (
            self.tr("Title ({0} {1}):").format(kind.provider, kind.type)
            if kind.provider
            else self.tr("Title:")
        )
        title, ok = QInputDialog.getText(self, self.tr("Add link"), prompt, text=kind.title)
        if not ok:
            return
        library = self.library
        self._write(lambda: library.add_link(url, title), self.tr("Link added."))

    def _write(self, change: Callable[[], object], done_message: str) -> None:
        def done(_result: object) -> None:
            self.shell.show_status(done_message, 4000)
            self._show_edits()

        self.runner.run(
            lambda _ctx: change(),
            on_success=done,
            on_failure=lambda e: self.shell.notify(str(e), error=True),
            writes=True,
        )

    def _show_edits(self, _result: object = None) -> None:
        """Assets changed (an edit, its undo or redo): the results and the preview follow."""
        self.edits_applied.emit()
        self.shell.refresh_health()
        self.search_now()
        if self.preview.asset is not None:
            self.preview.show_asset(self.preview.asset.id, self.preview.page, self._last_terms)

    def _edit_undoably(self, ids: list[str], changes: dict[str, str], name: str, done_message: str) -> None:
        """Write `changes` to the assets, and enter it in Edit › Undo as `name`: the undo puts
        back each asset's own values of the fields changed, for all of them at once."""
        library = self.library
        before: dict[str, dict[str, str]] = {}

        def change() -> object:
            before.update(library.field_values(ids, changes))
            return library.edit_assets(ids, changes)

        def done(_result: object) -> None:
            self.shell.show_status(done_message, 4000)
            self._show_edits()
            self.shell.undo.add(
                name,
                undo=lambda: library.restore_fields(before),
                redo=lambda: library.edit_assets(ids, changes),
                after=self._show_edits,
            )

        self.runner.run(
            lambda _ctx: change(),
            on_success=done,
            on_failure=lambda e: self.shell.notify(str(e), error=True),
            writes=True,
        )

    def _assets_words(self, ids: list[str]) -> str:
        """“Title” for one asset, "3 assets" for several: how Undo names what it takes back."""
        if len(ids) == 1:
            row = next((r for r in self.model.rows() if r.hit.asset_id == ids[0]), None)
            if row is not None:
                return f"“{row.hit.title}”"
        return self.tr("{0} assets").format(len(ids)) if len(ids) != 1 else self.tr("1 asset")

    def edit_assets(self, asset_ids: list[str]) -> None:
        if not asset_ids:
            return
        assets = list(self.library.assets_by_id(asset_ids).values())
        if not assets:
            return
        dialog = AssetEditorDialog(assets, self.library.taxonomy(), self)
        try:
            changes = dialog.changes() if dialog.exec() else {}
        finally:
            dialog.deleteLater()  # else a child of the screen (and its focus) until the window closes
        if not changes:
            return
        ids = [a.id for a in assets]
        self._edit_undoably(
            ids,
            dict(changes),
            self.tr("Edit {0}").format(self._assets_words(ids)),
            self.tr("Saved {0} asset(s).").format(len(ids)),
        )

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            title = self.model.row_at(self.model.asset_ids().index(ids[0]))
            name = title.hit.title if title is not None else ""
            question = self.tr("Archive “{0}”?").format(name)
            verb = self.tr("Archive 1 asset")
        else:
            question = self.tr("Archive {0} assets?").format(len(ids))
            verb = self.tr("Archive {0} assets").format(len(ids))
        question += " " + self.tr(
            "Archived assets leave search results but are kept: Show archived finds them, "
            "and Edit › Undo brings them back."
        )
        if ask_yes_no(self, self.tr("Archive"), question, verb=verb):
            self._edit_undoably(
                ids,
                {"status": AssetStatus.ARCHIVED.value},
                self.tr("Archive {0}").format(self._assets_words(ids)),
                self.tr("Archived {0} asset(s).").format(len(ids)),
            )

    def unarchive_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._edit_undoably(
                ids,
                {"status": AssetStatus.PUBLISHED.value},
                self.tr("Restore {0}").format(self._assets_words(ids)),
                self.tr("Restored {0} asset(s).").format(len(ids)),
            )

    def edit_taxonomy(self) -> None:
        dialog = TaxonomyEditorDialog(
            self.library, self.runner, self, undo=self.shell.undo, after_undo=self._taxonomy_undone
        )
        dialog.exec()
        if dialog.changed:
            self.reload_labels()
            self.library_changed()

    def _taxonomy_undone(self, _result: object) -> None:
        self.reload_labels()
        self.library_changed()

    def library_changed(self) -> None:
        library = self.library
        self._write(lambda: library.index_pending(), self.tr("Library updated."))

    def last_visit(self) -> datetime:
        saved = options.LAST_VISIT.read(self.settings)
        try:
            return datetime.fromisoformat(saved) if saved else datetime.fromtimestamp(0, UTC)
        except ValueError:
            return datetime.fromtimestamp(0, UTC)

    def _whats_new(self, last_visit: datetime, seen: dict[str, datetime]) -> WhatsNew:
        """Assets changed since the last visit, changes others made to my requests (and the
        titles of the assets that delivered them), and marketing's requests that I review
        assets I own; with `seen` (user id → when they last opened What's new), only what
        came after that. Runs off the GUI thread."""
        from collateral_app.services.insight.service import Insight  # not needed before the window is up

        checked_at = datetime.now(UTC)
        me = "" if self.shell.first_start else self.sales.whoami().id
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
            dialog.request_chosen.connect(self.request_chosen)
            self.whats_new_dialog = dialog
            dialog.show()

        self.runner.run(lambda _ctx: self._whats_new(since, {}), on_success=done)
