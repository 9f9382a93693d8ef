"""The Insight section: what marketing opens before the sales and marketing meeting.

Window and filters on top, the headline figures, then one tab per question: usage over
time and per asset (with an asset's detail), what needs attention (with "why flagged" and
one-click actions), win influence under the chosen attribution, the coverage heatmap whose
cells drill down, service levels against their targets, and search demand with "create
request" and "create asset". Everything is computed off the GUI thread (one `report()`
call, one snapshot); a result that arrives after the user changed the window or the
filters is dropped. Every table exports to CSV; the whole view to PDF or HTML."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import Dimension
from collateral_app.domain.insight import (
    COVERAGE_DIMENSIONS,
    AssetDetail,
    Attribution,
    CellDetail,
    FlaggedAsset,
    InsightFilters,
    InsightReport,
)
from collateral_app.domain.sales import Segment, UserProfile
from collateral_app.i18n import QT_TRANSLATE_NOOP, translate
from collateral_app.services.insight.export import write_csv, write_csv_zip, write_html, write_pdf
from collateral_app.services.insight.service import Insight
from collateral_app.services.insight.tables import (
    Sections,
    cell_reason,
    date_only,
    definitions,
    headline_cards,
    mixed_currencies,
    percent,
)
from collateral_app.services.insight.tables import money_text as amounts_text
from collateral_app.services.library.asset_library import TaxonomyEntry

from ..common.context import SalesContext, failure_text
from ..common.dates import pydate, qdate
from ..common.language import money_text, number_text
from ..common.outcome import ElidedLabel, OutcomeBar
from ..common.record_table import Labels, RecordRole, RecordTable
from ..common.words import segment_text, value_word
from ..library.api import Library
from ..sales.deal_picker import deal_choices
from ..sales.deals import DealsView
from ..sales.requests import RequestDialog, RequestsView
from ..shell.api import Shell
from ..shell.dialogs import ask_yes_no
from .charts import ChartView
from .handoff import HandoffTab
from .heatmap import HeatmapView
from .models import (
    AssetUseModel,
    DealRefModel,
    DemandModel,
    FlagModel,
    InfluenceModel,
    RequestTimingModel,
    TypeUseModel,
    influence_tip,
    service_series,
    usage_series,
)

log = logging.getLogger(__name__)

Taxonomy = dict[Dimension, list[TaxonomyEntry]]
WINDOWS = (
    (30, QT_TRANSLATE_NOOP("InsightView", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("InsightView", "Last 90 days")),
    (180, QT_TRANSLATE_NOOP("InsightView", "Last 180 days")),
    (365, QT_TRANSLATE_NOOP("InsightView", "Last 365 days")),
)
CUSTOM = 0
# What a line behind a heatmap cell is, and what opening it says.
ASSET, DEAL, SEARCH, REQUEST = "asset", "deal", "search", "request"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_WORDS = {
    ASSET: QT_TRANSLATE_NOOP("InsightView", "Show in library"),
    DEAL: QT_TRANSLATE_NOOP("InsightView", "Open deal"),
    SEARCH: QT_TRANSLATE_NOOP("InsightView", "Search for it"),
    REQUEST: QT_TRANSLATE_NOOP("InsightView", "Open request"),
}
FILTER_DIMENSIONS = (
    ("product", Dimension.PRODUCT, QT_TRANSLATE_NOOP("InsightView", "Any product")),
    ("industry", Dimension.INDUSTRY, QT_TRANSLATE_NOOP("InsightView", "Any industry")),
    ("size", Dimension.SIZE, QT_TRANSLATE_NOOP("InsightView", "Any size")),
    ("stage", Dimension.STAGE, QT_TRANSLATE_NOOP("InsightView", "Any stage")),
    ("persona", Dimension.PERSONA, QT_TRANSLATE_NOOP("InsightView", "Any persona")),
)
FLAG_LISTS = (
    ("archive_candidates", QT_TRANSLATE_NOOP("InsightView", "Archive candidates")),
    ("unused", QT_TRANSLATE_NOOP("InsightView", "Unused")),
    ("underused", QT_TRANSLATE_NOOP("InsightView", "Underused")),
    ("stale", QT_TRANSLATE_NOOP("InsightView", "Stale")),
)


# -- small dialogs, each with one `ask()` tests can replace ---------------------------------------
class SaveFile:
    @classmethod
    def ask(cls, parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return Path(path) if path else None


class ReviewDate:
    @classmethod
    def ask(cls, parent: QWidget, title: str, today: date) -> date | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("ReviewDate", "Set review date"))
        editor = QDateEdit(qdate(today + timedelta(days=180)))
        editor.setCalendarPopup(True)
        editor.setMinimumDate(qdate(today))
        form = QFormLayout(dialog)
        form.addRow(
            QLabel(
                QCoreApplication.translate("ReviewDate", "When should “{0}” be reviewed next?").format(title)
            )
        )
        form.addRow(QCoreApplication.translate("ReviewDate", "Review by"), editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return pydate(editor.date()) if dialog.exec() else None


class ReviewNote:
    @classmethod
    def ask(cls, parent: QWidget, asset: FlaggedAsset) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            parent,
            QCoreApplication.translate("ReviewNote", "Ask the owner to review"),
            QCoreApplication.translate(
                "ReviewNote", "{0} will see this in What's new. What should they look at in “{1}”?"
            ).format(asset.owner, asset.title),
            asset.reason,
        )
        return text.strip() if ok else None


@dataclass(frozen=True)
class Query:
    """What the controls ask for; the parameters are made from it on the worker."""

    days: int | None
    since: date | None
    until: date | None
    filters: InsightFilters
    attribution: Attribution
    dims: tuple[str, str]


def _table(model: RecordTable, *, multi: bool = False) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(RecordRole.Sort)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order until a header is clicked
    header = view.horizontalHeader()
    # What a row is gets a readable width; figures fit their contents; the last column takes
    # what is left (a long reason is read in full in its tooltip).
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 300)
    header.setStretchLastSection(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setAccessibleName(model.title)
    return view


def _source(view: QTableView) -> RecordTable:
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    model = proxy.sourceModel()
    assert isinstance(model, RecordTable)
    return model


def _records(view: QTableView) -> list[Any]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [view.model().index(r, 0).data(RecordRole.Record) for r in rows]


class Card(QFrame):
    """A headline figure: the value large, what it is below. Painted from palette roles, so
    it follows a switch to a dark palette without style sheets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()  # what the value does not say itself ("mixed currencies, not added up")
        self.note.setWordWrap(True)
        self.note.hide()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addWidget(self.caption)


class InsightView(QWidget):
    report_shown = Signal(object)  # InsightReport
    cell_shown = Signal(object)  # CellDetail
    asset_shown = Signal(object)  # AssetDetail
    exported = Signal(list)  # the paths written
    failed = Signal(str)
    show_asset_requested = Signal(str)  # asset id: show it in the library
    create_asset_requested = Signal(str, object)  # a query nothing answered, its Segment
    import_for_segment_requested = Signal(object)  # Segment: import files tagged for it
    open_deal_requested = Signal(str)  # deal id: show it in Deals
    open_request_requested = Signal(str)  # request id: show it in Requests
    search_requested = Signal(str)  # a query to run in the library

    def __init__(
        self,
        insight: Insight,
        context: SalesContext,
        taxonomy: Callable[[], Taxonomy],
        labels: Labels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.insight = insight
        self.context = context
        self.taxonomy = taxonomy
        self.labels = labels
        self.report: InsightReport | None = None
        self.cell: CellDetail | None = None
        self._generation = 0
        self._busy = 0
        self._dirty = True

        # -- controls ------------------------------------------------------------------------
        self.window_choice = QComboBox()
        for days, words in WINDOWS:
            self.window_choice.addItem(self.tr(words), days)
        self.window_choice.addItem(self.tr("Custom…"), CUSTOM)
        self.window_choice.setCurrentIndex(1)
        self.window_choice.setToolTip(
            self.tr("The window: from midnight to midnight in the library's time zone, today included")
        )
        today = date.today()
        self.since = QDateEdit(qdate(today - timedelta(days=89)))
        self.until = QDateEdit(qdate(today))
        for editor, tip in (
            (self.since, QT_TRANSLATE_NOOP("InsightView", "First day included")),
            (self.until, QT_TRANSLATE_NOOP("InsightView", "Last day included")),
        ):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("d MMM yyyy")
            editor.setToolTip(self.tr(tip))
            editor.setVisible(False)
            editor.dateChanged.connect(lambda _d: self.refresh())
        self.member = QComboBox()
        self.member.addItem(self.tr("Whole team"), None)
        self.member.setToolTip(
            self.tr("A team member: their uses, the deals they own, their requests and searches")
        )
        self.filters: dict[str, QComboBox] = {}
        values = taxonomy()
        for name, dimension, blank in FILTER_DIMENSIONS:
            combo = QComboBox()
            combo.addItem(self.tr(blank), None)
            for entry in values.get(dimension, []):
                combo.addItem(labels(dimension.value, entry.slug), entry.slug)
            combo.setToolTip(self.tr("Only assets tagged with it, and deals of it where deals carry it"))
            self.filters[name] = combo
        self.attribution = QComboBox()
        for model in Attribution:
            self.attribution.addItem(self.tr(model.label.capitalize()), model.value)
        self.attribution.setCurrentIndex(list(Attribution).index(Attribution.EVEN))
        self.attribution.setToolTip(self.tr("How a won deal's amount is shared among the assets behind it"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute again from the events (Ctrl+R)"))
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        self.pdf_action = menu.addAction(self.tr("Report as PDF…"), lambda: self.export_report("pdf"))
        self.html_action = menu.addAction(self.tr("Report as HTML…"), lambda: self.export_report("html"))
        self.csv_action = menu.addAction(
            self.tr("All tables as CSV (one zip)…"), lambda: self.export_report("csv")
        )
        self.export_button.setMenu(menu)
        self.export_button.setToolTip(
            self.tr("The whole view for the meeting, or every table for a spreadsheet")
        )
        self.status = ElidedLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.outcome = OutcomeBar()  # how the last export ended, or what went wrong

        controls = QHBoxLayout()
        for combo in (self.window_choice, self.member, *self.filters.values(), self.attribution):
            # Long taxonomy labels must not hold the window wider than a laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        # Two rows, so the view fits a 1366-pixel laptop screen beside the navigation.
        for widget in (self.window_choice, self.since, self.until, self.member):
            controls.addWidget(widget)
        controls.addWidget(QLabel(self.tr("Attribution:")))
        controls.addWidget(self.attribution)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.export_button)
        segment = QHBoxLayout()
        segment.addWidget(QLabel(self.tr("Only:")))
        for combo in self.filters.values():
            segment.addWidget(combo)
        segment.addStretch(1)

        # -- headline -------------------------------------------------------------------------
        self.cards = [Card() for _ in range(7)]
        headline = QHBoxLayout()
        for card in self.cards:
            headline.addWidget(card, 1)

        # -- tabs ------------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.addTab(self._usage_tab(), self.tr("Usage"))
        self.tabs.addTab(self._attention_tab(), self.tr("Needs attention"))
        self.tabs.addTab(self._influence_tab(), self.tr("Win influence"))
        self.tabs.addTab(self._coverage_tab(), self.tr("Coverage gaps"))
        self.tabs.addTab(self._service_tab(), self.tr("Service levels"))
        self.tabs.addTab(self._demand_tab(), self.tr("Search demand"))
        self.handoff = HandoffTab(insight, context.runner)
        self.tabs.addTab(self.handoff, self.tr("Hand-off"))

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(segment)
        layout.addLayout(headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.status)

        self.window_choice.currentIndexChanged.connect(self._on_window_choice_changed)
        self.member.currentIndexChanged.connect(lambda _i: self.refresh())
        for combo in self.filters.values():
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.attribution.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QAction(self)
        refresh_key.setShortcut("Ctrl+R")
        refresh_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.triggered.connect(self.refresh)
        self.addAction(refresh_key)
        for view in self.tables():
            view.customContextMenuRequested.connect(lambda pos, v=view: self._table_menu(v, pos))

    # -- building the tabs -------------------------------------------------------------------------
    def _usage_tab(self) -> QWidget:
        self.usage_chart = ChartView(self.tr("Uses over time"))
        self.top_model, self.bottom_model, self.type_model = (
            AssetUseModel(self, self.labels),
            AssetUseModel(self, self.labels),
            TypeUseModel(self),
        )
        self.top_model.title, self.bottom_model.title = (
            QT_TRANSLATE_NOOP("insight", "Most used"),
            QT_TRANSLATE_NOOP("insight", "Least used"),
        )
        self.top_view, self.bottom_view, self.type_view = (
            _table(self.top_model),
            _table(self.bottom_model),
            _table(self.type_model),
        )
        self.asset_detail = QTextBrowser()
        self.asset_detail.setOpenLinks(False)
        self.asset_detail.setPlaceholderText(
            self.tr("Choose an asset to see its uses, reps, prospects and deals.")
        )
        self.asset_detail.anchorClicked.connect(lambda url: self.show_asset_requested.emit(url.toString()))
        for view in (self.top_view, self.bottom_view):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, v=view: self._on_asset_chosen(v, current)
            )
        self.usage_tables = QTabWidget()
        self.usage_tables.addTab(self.top_view, self.tr("Most used"))
        self.usage_tables.addTab(self.bottom_view, self.tr("Least used (published)"))
        self.usage_tables.addTab(self.type_view, self.tr("By type"))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.usage_tables)
        lower.addWidget(_titled(self.tr("Asset detail"), self.asset_detail))
        lower.setSizes([820, 500])
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(self.usage_chart)
        page.addWidget(lower)
        page.setSizes([260, 340])
        return page

    def _attention_tab(self) -> QWidget:
        self.flag_list = QComboBox()
        self.flag_list.setToolTip(self.tr("Which list to show"))
        for key, words in FLAG_LISTS:
            self.flag_list.addItem(self.tr(words), key)
        self.flag_model = FlagModel(self)
        self.flag_view = _table(self.flag_model, multi=True)
        self.why = QLabel(self.tr("Choose an asset to see why it is flagged."))
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_button = QPushButton(self.tr("Set review date…"))
        self.reviewed_button = QPushButton(self.tr("Mark reviewed"))
        self.ask_button = QPushButton(self.tr("Ask owner to review…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.review_button.setToolTip(self.tr("Choose when the asset is due for review next"))
        self.reviewed_button.setToolTip(self.tr("Reviewed today: due again in 180 days"))
        self.ask_button.setToolTip(
            self.tr("The owner sees the request in What's new; it stays open until the review date moves")
        )
        self.archive_button.setToolTip(
            self.tr("Archive the selected assets (they stay in the library, out of search)")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.flag_list)
        actions.addStretch(1)
        for button in (self.review_button, self.reviewed_button, self.ask_button, self.archive_button):
            button.setEnabled(False)
            actions.addWidget(button)
        self.flag_list.currentIndexChanged.connect(lambda _i: self._show_flags())
        self.flag_view.selectionModel().selectionChanged.connect(lambda *_: self._on_flag_selection())
        self.review_button.clicked.connect(self.set_review_date)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.ask_button.clicked.connect(self.ask_owner)
        self.archive_button.clicked.connect(self.archive_selected)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.flag_view, 1)
        layout.addWidget(self.why)
        return page

    def _influence_tab(self) -> QWidget:
        self.influence_chart = ChartView(self.tr("Won deals influenced"))
        self.influence_model = InfluenceModel(self)
        self.influence_view = _table(self.influence_model)
        self.influence_summary = QLabel()
        self.influence_summary.setWordWrap(True)
        self.influence_detail = QLabel()
        self.influence_detail.setWordWrap(True)
        self.influence_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._on_influence_chosen(current)
        )
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.influence_summary)
        column.addWidget(self.influence_view, 1)
        column.addWidget(self.influence_detail)
        page = QSplitter(Qt.Orientation.Horizontal)
        page.addWidget(self.influence_chart)
        page.addWidget(right)
        page.setSizes([520, 700])
        return page

    def _coverage_tab(self) -> QWidget:
        self.dims = (QComboBox(), QComboBox())
        for combo, chosen in zip(self.dims, ("stage", "industry"), strict=True):
            for name in COVERAGE_DIMENSIONS:
                combo.addItem(self.tr(name.capitalize()), name)
            combo.setCurrentIndex(COVERAGE_DIMENSIONS.index(chosen))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.heatmap = HeatmapView()
        self.heatmap.cell_clicked.connect(self.show_cell)
        self.heatmap.cell_menu_requested.connect(self._on_cell_menu_requested)
        self.cell_menu: QMenu | None = None
        self.cell_title = QLabel(self.tr("Click a cell to see what is behind it."))
        self.cell_title.setWordWrap(True)
        self.cell_items = QTreeWidget()
        self.cell_items.setHeaderLabels([self.tr("What is behind the cell"), self.tr("Detail")])
        self.cell_items.setRootIsDecorated(True)
        self.cell_items.itemActivated.connect(self._on_cell_item_activated)
        self.cell_items.currentItemChanged.connect(lambda _c, _p: self._update_cell_buttons())
        self.cell_items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cell_items.customContextMenuRequested.connect(self._on_cell_item_menu_requested)
        self.cell_request_button = QPushButton(self.tr("Request content…"))
        self.cell_request_button.setToolTip(self.tr("Ask marketing for an asset for this cell's segment"))
        self.cell_request_button.clicked.connect(lambda: self.request_for_cell())
        self.cell_import_button = QPushButton(self.tr("Import files for it…"))
        self.cell_import_button.setToolTip(
            self.tr("Import files that answer this cell: they arrive tagged with both of its values")
        )
        self.cell_import_button.clicked.connect(lambda: self.import_for_cell())
        self.cell_open_button = QPushButton(self.tr("Open"))
        self.cell_open_button.clicked.connect(self.open_cell_item)
        cell_actions = QHBoxLayout()
        cell_actions.addWidget(self.cell_request_button)
        cell_actions.addWidget(self.cell_import_button)
        cell_actions.addStretch(1)
        cell_actions.addWidget(self.cell_open_button)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rows:")))
        row.addWidget(self.dims[0])
        row.addWidget(QLabel(self.tr("Columns:")))
        row.addWidget(self.dims[1])
        row.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.heatmap)
        column.addWidget(scroll, 1)
        self.worst_gaps = QLabel()
        self.worst_gaps.setWordWrap(True)
        self.worst_gaps.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.worst_gaps)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.cell_title)
        side.addWidget(self.cell_items, 1)
        side.addLayout(cell_actions)
        page = QSplitter(Qt.Orientation.Horizontal)
        page.addWidget(left)
        page.addWidget(right)
        page.setSizes([820, 420])
        self._update_cell_buttons()
        return page

    def _service_tab(self) -> QWidget:
        self.ack_chart = ChartView(self.tr("Request acknowledgement (mean working days)"))
        self.feedback_chart = ChartView(self.tr("Feedback coverage of closed deals (%)"))
        self.service_summary = QLabel()
        self.service_summary.setWordWrap(True)
        self.request_model = RequestTimingModel(self)
        self.missing_model = DealRefModel(self)
        self.request_view, self.missing_view = _table(self.request_model), _table(self.missing_model)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.ack_chart)
        charts.addWidget(self.feedback_chart)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(_titled(self.tr("Requests made in the window"), self.request_view))
        tables.addWidget(_titled(self.tr("Deals closed without feedback"), self.missing_view))
        tables.setSizes([800, 420])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.service_summary)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(charts)
        split.addWidget(tables)
        layout.addWidget(split, 1)
        return page

    def _demand_tab(self) -> QWidget:
        words: Callable[[Any], str] = lambda segment: segment_text(segment, self.labels)  # noqa: E731
        self.zero_model, self.no_click_model = DemandModel(words, self), DemandModel(words, self)
        self.zero_model.title, self.no_click_model.title = (
            QT_TRANSLATE_NOOP("insight", "Searches that found nothing"),
            QT_TRANSLATE_NOOP("insight", "Searches nobody opened"),
        )
        self.zero_view, self.no_click_view = _table(self.zero_model), _table(self.no_click_model)
        self.request_button = QPushButton(self.tr("Create request…"))
        self.request_button.setToolTip(
            self.tr("Ask marketing for it, with the query and its segment filled in")
        )
        self.asset_button = QPushButton(self.tr("Create asset…"))
        self.asset_button.setToolTip(
            self.tr("Import a file that answers it, tagged with the query's segment")
        )
        for button in (self.request_button, self.asset_button):
            button.setEnabled(False)
        for view in (self.zero_view, self.no_click_view):
            view.selectionModel().selectionChanged.connect(lambda *_a, v=view: self._on_demand_selection(v))
        self.request_button.clicked.connect(self.create_request)
        self.asset_button.clicked.connect(self.create_asset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.asset_button)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(_titled(self.tr("Found nothing"), self.zero_view))
        tables.addWidget(_titled(self.tr("Results nobody opened"), self.no_click_view))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(tables, 1)
        self._demand_view: QTableView | None = None
        return page

    def tables(self) -> list[QTableView]:
        return [
            self.top_view,
            self.bottom_view,
            self.type_view,
            self.flag_view,
            self.influence_view,
            self.request_view,
            self.missing_view,
            self.zero_view,
            self.no_click_view,
        ]

    # -- computing ---------------------------------------------------------------------------------
    def query(self) -> Query:
        days = self.window_choice.currentData()
        since = until = None
        if days == CUSTOM:
            days = None
            since = pydate(self.since.date())
            until = pydate(self.until.date()) + timedelta(days=1)  # the last day is included
        filters = InsightFilters(
            member=self.member.currentData(),
            **{name: combo.currentData() for name, combo in self.filters.items()},
        )
        return Query(
            days=days,
            since=since,
            until=until,
            filters=filters,
            attribution=Attribution(self.attribution.currentData()),
            dims=(self.dims[0].currentData(), self.dims[1].currentData()),
        )

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:  # computed when first shown, not at start-up
            self.refresh()

    def refresh(self) -> None:
        """Compute the whole view for the controls' current values, off the GUI thread."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        query = self.query()
        insight = self.insight

        def work(_ctx: Any) -> tuple[InsightReport, list[UserProfile]]:
            params = insight.parameters(
                days=query.days,
                since=query.since,
                until=query.until,
                filters=query.filters,
                attribution=query.attribution,
                dims=query.dims,
            )
            return insight.report(params), self.context.sales.users()

        def done(result: tuple[InsightReport, list[UserProfile]]) -> None:
            self._busy -= 1
            if generation != self._generation:  # the user has moved on
                return
            self._show(*result)

        def failed(exc: Exception) -> None:
            self._busy -= 1
            if generation == self._generation:
                self._fail(exc)

        self._busy += 1
        self.status.setText(self.tr("Computing…"))
        self.context.runner.run(work, on_success=done, on_failure=failed)
        self.handoff.refresh(
            lambda: insight.parameters(
                days=query.days, since=query.since, until=query.until, filters=query.filters
            )
        )

    def busy(self) -> bool:
        return self._busy > 0 or self.handoff.busy()

    def _fail(self, exc: Exception) -> None:
        """Shown once, in the outcome bar (not also in a banner or the status bar); the next
        success clears it."""
        text = failure_text(exc)
        self.status.setText("")
        self.outcome.error(text)
        self.failed.emit(text)

    def _show(self, report: InsightReport, users: list[UserProfile]) -> None:
        self.report = report
        self.outcome.clear_error()
        self._fill_members(users)
        p = report.parameters
        for card, (label, value) in zip(self.cards, headline_cards(report.headline), strict=True):
            card.value.setText(value)
            card.caption.setText(label)
            card.note.hide()
        won = report.headline.influenced_won
        if mixed_currencies(won):  # side by side, never one sum: said under the figures
            self.cards[3].value.setText(amounts_text(won, compact=True, say_mixed=False))
            self.cards[3].note.setText(self.tr("mixed currencies, not added up"))
            self.cards[3].note.show()
        tips = dict(definitions(p))
        self.cards[1].setToolTip(tips[translate("report", "Customer-facing uses")])
        self.cards[2].setToolTip(
            tips[translate("report", "Archive candidate")] + " " + tips[translate("report", "Stale")]
        )
        self.cards[3].setToolTip(tips[translate("report", "Influenced amount")])
        self.cards[5].setToolTip(tips[translate("report", "Service levels")])
        self.cards[6].setToolTip(tips[translate("report", "Feedback coverage")])
        u = report.usage
        self._draw_charts(report)
        self.top_model.set_records(u.top(25))
        self.bottom_model.set_records(u.bottom(25))
        self.type_model.set_records(u.by_type)
        self._show_flags()
        i = report.influence
        self.influence_model.set_records([a for a in i.assets if a.won_deals or a.closed_deals_used])
        self.influence_summary.setText(
            self.tr(
                "{0} of {1} closed deals won ({2}); amounts under {3}. Lift from {4} closed deals."
            ).format(
                i.won_deals,
                i.closed_deals,
                percent(i.win_rate),
                i.attribution.label,
                p.settings.lift_min_deals,
            )
        )
        self.heatmap.set_report(report.coverage)
        rows = {x.slug: x.label for x in report.coverage.rows}
        columns = {x.slug: x.label for x in report.coverage.columns}
        worst = [
            f"{html.escape(rows[c.row])} × {html.escape(columns[c.column])}: "
            f"{html.escape(value_word(c.status))}, {html.escape(cell_reason(c))} "
            + self.tr("(gap score {0})").format(number_text(c.score, 1))
            for c in report.coverage.worst(5)
        ]
        self.worst_gaps.setText(
            f"<b>{html.escape(self.tr('Largest gaps'))}</b><br>" + "<br>".join(worst) if worst else ""
        )
        s = report.service
        ack = (
            self.tr("{0:.1f} working days on average (target {1}), {2} on time").format(
                s.ack_mean_days, s.targets.ack_working_days, percent(s.ack_met_share)
            )
            if s.ack_mean_days is not None
            else self.tr("none yet")
        )
        self.service_summary.setText(
            self.tr(
                "Requests acknowledged: {0}. Delivered: {1}, {2} within {3} working days. "
                "Feedback coverage: {4} of {5} closed deals (target {6})."
            ).format(
                ack,
                s.delivered,
                percent(s.deliver_met_share),
                s.targets.deliver_working_days,
                percent(s.feedback_coverage),
                s.closed_deals,
                percent(s.targets.feedback_coverage),
            )
        )
        self.request_model.set_records(s.requests)
        self.missing_model.set_records(s.without_feedback)
        self.zero_model.set_records(report.demand.zero_result)
        self.no_click_model.set_records(report.demand.no_click)
        if self.cell is not None:  # keep the drill-down in step with the new figures
            self.show_cell(self.cell.row.slug, self.cell.column.slug)
        seconds = report.took_ms / 1000
        self.status.setText(
            self.tr("{0} · filters: {1} · computed in {2:.1f} s").format(
                p.window.label, p.filters.describe(), seconds
            )
        )
        self.report_shown.emit(report)

    def _draw_charts(self, report: InsightReport) -> None:
        labels, series = usage_series(report.usage.timeline)
        self.usage_chart.bars(labels, series)
        self.influence_chart.influence(report.influence, influence_tip)
        charts = service_series(report.service)
        self.ack_chart.bars(charts["ack"][0], charts["ack"][1], target=charts["ack"][2])
        self.feedback_chart.bars(
            charts["feedback"][0], charts["feedback"][1], target=charts["feedback"][2], unit="%", top=100
        )

    def _fill_members(self, users: list[UserProfile]) -> None:
        chosen = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("Whole team"), None)
        for user in users:
            self.member.addItem(user.name, user.name)
        self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self.member.blockSignals(False)

    def _on_window_choice_changed(self) -> None:
        custom = self.window_choice.currentData() == CUSTOM
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.refresh()

    # -- usage -------------------------------------------------------------------------------------
    def _on_asset_chosen(self, view: QTableView, current: QModelIndex) -> None:
        record = current.data(RecordRole.Record) if current.isValid() else None
        if record is None or self.report is None:
            return
        self.show_asset(record.asset_id)

    def show_asset(self, asset_id: str) -> None:
        if self.report is None:
            return
        params, insight, generation = self.report.parameters, self.insight, self._generation

        def done(detail: AssetDetail) -> None:
            if generation == self._generation:
                self.asset_detail.setHtml(self._asset_html(detail))
                self.asset_shown.emit(detail)

        self.context.runner.run(
            lambda _ctx: insight.asset_detail(params, asset_id), on_success=done, on_failure=self._fail
        )

    def _asset_html(self, d: AssetDetail) -> str:
        e = html.escape
        parts = [
            f"<h3>{e(d.title)}</h3>",
            f"<p>{e(self.labels('type', d.type))} · {e(value_word(d.status))} · "
            f"{e(self.tr('owner'))} {e(d.owner or '—')} · "
            f"<a href='{e(d.asset_id)}'>{e(self.tr('Show in the library'))}</a></p>",
            f"<p><b>{d.use.uses}</b> {e(self.tr('customer-facing uses'))} ({d.use.shares} "
            f"{e(self.tr('shared'))}, "
            f"{d.use.presentations} {e(self.tr('presented'))}), {d.use.views} {e(self.tr('views'))}; "
            f"{e(self.tr('last used'))} {e(date_only(d.last_used_at) or self.tr('never'))}.</p>",
            f"<p><b>{e(self.tr('Freshness and use'))}: {d.score.total:g}/100</b></p><table cellpadding='2'>",
            *(
                f"<tr><td>{e(part.name.replace('_', ' '))}</td><td "
                f"align='right'>{part.points:g}/{part.out_of:g}</td>"
                f"<td>{e(part.words)}</td></tr>"
                for part in d.score.parts
            ),
            "</table>",
        ]
        if d.flags is not None:
            parts.append(f"<p><b>{e(self.tr('Flagged'))}:</b> {e(d.flags.reason)}</p>")
        uses = " ".join(f"{e(p.label)}: {p.uses}" for p in d.timeline if p.uses)
        if uses:
            parts.append(f"<p><b>{e(self.tr('Uses by week or month'))}:</b> {uses}</p>")
        for title, counts in ((self.tr("Reps"), d.reps), (self.tr("Prospects"), d.prospects)):
            if counts:
                parts.append(
                    f"<p><b>{e(title)}:</b> "
                    + ", ".join(f"{e(c.name)} ({c.count})" for c in counts[:8])
                    + "</p>"
                )
        if d.deals:
            parts.append(f"<p><b>{e(self.tr('Deals'))}:</b></p><ul>")
            for u in d.deals[:10]:
                mark = f" — {e(self.tr('helped win'))}" if u.declared else ""
                parts.append(f"<li>{e(value_word(u.deal.outcome))}: {e(u.deal.name)} ({u.uses}){mark}</li>")
            parts.append("</ul>")
        if d.average_rating is not None:
            parts.append(f"<p>{e(self.tr('Rated'))} {d.average_rating:g} ({d.ratings})</p>")
        for comment in d.comments[:3]:
            parts.append(f"<p><i>“{e(comment)}”</i></p>")
        return "".join(parts)

    # -- needs attention ---------------------------------------------------------------------------
    def _show_flags(self) -> None:
        if self.report is None:
            return
        flags = self.report.flags
        for n, (key, words) in enumerate(FLAG_LISTS):
            self.flag_list.setItemText(n, f"{self.tr(words)} ({len(getattr(flags, key))})")
        self.flag_model.set_records(getattr(flags, self.flag_list.currentData()))
        self._on_flag_selection()

    def selected_flags(self) -> list[FlaggedAsset]:
        return [r for r in _records(self.flag_view) if r is not None]

    def _on_flag_selection(self) -> None:
        chosen = self.selected_flags()
        one = len(chosen) == 1
        self.review_button.setEnabled(one)
        self.reviewed_button.setEnabled(bool(chosen))
        self.ask_button.setEnabled(one and bool(chosen[0].owner))
        self.archive_button.setEnabled(bool(chosen))
        if one:
            a = chosen[0]
            lines = [f"<b>{html.escape(a.title)}</b> — {html.escape(self.tr('why flagged'))}:"]
            lines += [
                f"• {html.escape(flag.label)}: {html.escape(reason)}" for flag, reason in a.reasons.items()
            ]
            if a.review_requested_at:
                lines.append(
                    html.escape(self.tr("Review asked on {0}.").format(date_only(a.review_requested_at)))
                )
            self.why.setText("<br>".join(lines))
        else:
            self.why.setText(self.tr("{0} assets selected.").format(len(chosen)) if chosen else "")

    def _act(self, change: Callable[[], Any], message: str) -> None:
        def done(_result: Any) -> None:
            self.context.message.emit(message)
            self.refresh()

        self.context.write(change, done)

    def set_review_date(self) -> None:
        [asset] = self.selected_flags()
        day = ReviewDate.ask(self, asset.title, date.today())
        if day is not None:
            self._act(lambda: self.insight.set_review_date(asset.asset_id, day), self.tr("Review date set."))

    def mark_reviewed(self) -> None:
        chosen = self.selected_flags()
        ids = [a.asset_id for a in chosen]
        self._act(lambda: [self.insight.mark_reviewed(i) for i in ids], self.tr("Marked reviewed."))

    def ask_owner(self) -> None:
        [asset] = self.selected_flags()
        note = ReviewNote.ask(self, asset)
        if note is not None:
            self._act(
                lambda: self.insight.ask_owner_to_review(asset.asset_id, note),
                self.tr("Asked {0} to review “{1}”.").format(asset.owner, asset.title),
            )

    def archive_selected(self) -> None:
        """Archive the chosen assets once the user confirms with the verb ("Archive 3 assets");
        Edit › Undo gives each its status back."""
        flags = self.selected_flags()
        if not flags:
            return
        ids = [a.asset_id for a in flags]
        if len(ids) == 1:
            question, verb = self.tr("Archive “{0}”?").format(flags[0].title), self.tr("Archive 1 asset")
            name = self.tr("Archive “{0}”").format(flags[0].title)
        else:
            question = self.tr("Archive {0} assets?").format(len(ids))
            verb = name = self.tr("Archive {0} assets").format(len(ids))
        question += " " + self.tr(
            "Archived assets leave search results but are kept: Show archived in the Library finds "
            "them, and Edit › Undo brings them back."
        )
        if not ask_yes_no(self, self.tr("Archive"), question, verb=verb):
            return
        library, insight = self.insight.library, self.insight
        before: dict[str, dict[str, str]] = {}

        def change() -> None:
            before.update(library.field_values(ids, ["status"]))
            insight.archive(ids)

        def done(_result: Any) -> None:
            self.context.message.emit(self.tr("Archived {0} assets.").format(len(ids)))
            self.refresh()
            self.context.undo.add(
                name,
                undo=lambda: library.restore_fields(before),
                redo=lambda: insight.archive(ids),
                after=lambda _result: self.refresh(),
            )

        self.context.write(change, done)

    # -- win influence -----------------------------------------------------------------------------
    def _on_influence_chosen(self, current: QModelIndex) -> None:
        a = current.data(RecordRole.Record) if current.isValid() else None
        if a is None:
            self.influence_detail.clear()
            return
        lines = [f"<b>{html.escape(a.title)}</b>: {html.escape(a.lift_reason)}"]
        if a.average_rating is not None:
            lines.append(
                html.escape(self.tr("Rated {0:g} by {1} in the window.").format(a.average_rating, a.ratings))
            )
        lines += [f"<i>“{html.escape(c)}”</i>" for c in a.comments]
        self.influence_detail.setText("<br>".join(lines))

    # -- coverage ----------------------------------------------------------------------------------
    def show_cell(self, row: str, column: str) -> None:
        """Drill down into a heatmap cell: its assets, deals, searches and requests."""
        if self.report is None:
            return
        params, insight, generation = self.report.parameters, self.insight, self._generation

        def done(cell: CellDetail) -> None:
            if generation == self._generation:
                self._show_cell(cell)

        self.context.runner.run(
            lambda _ctx: insight.coverage_cell(params, row, column), on_success=done, on_failure=self._fail
        )

    def _show_cell(self, c: CellDetail) -> None:
        self.cell = c
        self.cell_title.setText(
            self.tr("<b>{0} × {1}</b>: {2}, gap score {3:.1f}<br>{4}").format(
                html.escape(c.row.label),
                html.escape(c.column.label),
                html.escape(value_word(c.cell.status)),
                c.cell.score,
                html.escape(cell_reason(c.cell)),
            )
        )
        self.cell_items.clear()
        groups: list[tuple[str, list[tuple[str, str, str, str]]]] = [
            (
                self.tr("Assets ({0})"),
                [(a.title, self.tr("{0} uses").format(a.uses), ASSET, a.asset_id) for a in c.assets],
            ),
            (
                self.tr("Stale, not counted ({0})"),
                [(a.title, self.tr("past review"), ASSET, a.asset_id) for a in c.stale_assets],
            ),
            (
                self.tr("Deals ({0})"),
                [
                    (
                        d.name,
                        f"{value_word(d.outcome)} · {d.owner} · {money_text(d.amount)}".strip(" ·"),
                        DEAL,
                        d.deal_id,
                    )
                    for d in c.deals
                ],
            ),
            (
                self.tr("Zero-result searches ({0})"),
                [
                    (
                        f"“{q.query}”",
                        self.tr("{0}× · last {1}").format(q.searches, date_only(q.last_searched_at)),
                        SEARCH,
                        q.query,
                    )
                    for q in c.searches
                ],
            ),
            (
                self.tr("Open requests ({0})"),
                [
                    (
                        r.text,
                        self.tr("{0} · {1} votes · {2}").format(r.requester, r.votes, value_word(r.status)),
                        REQUEST,
                        r.request_id,
                    )
                    for r in c.requests
                ],
            ),
        ]
        for title, items in groups:
            if title.startswith(self.tr("Stale")) and not items:
                continue
            count = (
                sum(q.searches for q in c.searches)
                if title == self.tr("Zero-result searches ({0})")
                else len(items)
            )
            group = QTreeWidgetItem([title.format(count), ""])
            for name, detail, kind, key in items:
                child = QTreeWidgetItem([name, detail])
                child.setToolTip(0, name)
                child.setToolTip(1, detail)
                child.setData(0, Qt.ItemDataRole.UserRole, key)
                child.setData(0, KIND_ROLE, kind)
                group.addChild(child)
            self.cell_items.addTopLevelItem(group)
            group.setExpanded(True)
        self.cell_items.setColumnWidth(0, max(200, int(self.cell_items.width() * 0.62)))
        self._update_cell_buttons()
        self.cell_shown.emit(c)

    def _on_cell_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Enter or a double-click on what is behind a cell opens it where it lives."""
        self.cell_items.setCurrentItem(item)
        self.open_cell_item()

    def _current_cell_item(self) -> tuple[str, str] | None:
        """(kind, key) of the drill-down's current line, when it is an asset, a deal, a
        search or a request (not a group's title)."""
        item = self.cell_items.currentItem()
        if item is None or not item.data(0, KIND_ROLE):
            return None
        return str(item.data(0, KIND_ROLE)), str(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_cell_buttons(self) -> None:
        shown = self.cell is not None
        self.cell_request_button.setEnabled(shown)
        self.cell_import_button.setEnabled(shown)
        chosen = self._current_cell_item()
        self.cell_open_button.setEnabled(chosen is not None)
        self.cell_open_button.setText(self.tr(OPEN_WORDS[chosen[0]]) if chosen else self.tr("Open"))

    def open_cell_item(self) -> None:
        chosen = self._current_cell_item()
        if chosen is None:
            return
        kind, key = chosen
        signal = {
            ASSET: self.show_asset_requested,
            DEAL: self.open_deal_requested,
            SEARCH: self.search_requested,
            REQUEST: self.open_request_requested,
        }[kind]
        signal.emit(key)

    def cell_segment(self, row: str, column: str) -> Segment:
        """The segment a heatmap cell stands for: its row's and its column's values."""
        assert self.report is not None
        dims = self.report.coverage.dims
        return Segment(**{dims[0]: row, dims[1]: column})

    def _cell_keys(self, row: str | None, column: str | None) -> tuple[str, str] | None:
        if row is not None and column is not None:
            return row, column
        return (self.cell.row.slug, self.cell.column.slug) if self.cell is not None else None

    def request_for_cell(self, row: str | None = None, column: str | None = None) -> None:
        """Ask marketing for what a cell lacks: the request dialog prefilled with its segment."""
        keys = self._cell_keys(row, column)
        if keys is not None and self.report is not None:
            self._ask_marketing("", self.cell_segment(*keys))

    def import_for_cell(self, row: str | None = None, column: str | None = None) -> None:
        """Import files made for a cell: they arrive tagged with its row's and column's values."""
        keys = self._cell_keys(row, column)
        if keys is not None and self.report is not None:
            self.import_for_segment_requested.emit(self.cell_segment(*keys))

    def _on_cell_menu_requested(self, row: str, column: str, where: Any) -> None:
        self.cell_menu = menu = QMenu(self)
        menu.addAction(self.tr("Request content for this cell…"), lambda: self.request_for_cell(row, column))
        menu.addAction(self.tr("Import files for this cell…"), lambda: self.import_for_cell(row, column))
        menu.popup(where)

    def _on_cell_item_menu_requested(self, pos: Any) -> None:
        item = self.cell_items.itemAt(pos)
        if item is None:
            return
        self.cell_items.setCurrentItem(item)
        self.cell_menu = menu = QMenu(self)
        chosen = self._current_cell_item()
        if chosen is not None:
            menu.addAction(self.tr(OPEN_WORDS[chosen[0]]), self.open_cell_item)
            menu.addSeparator()
        menu.addAction(self.tr("Request content for this cell…"), lambda: self.request_for_cell())
        menu.addAction(self.tr("Import files for this cell…"), lambda: self.import_for_cell())
        menu.popup(self.cell_items.viewport().mapToGlobal(pos))

    # -- search demand -----------------------------------------------------------------------------
    def _on_demand_selection(self, view: QTableView) -> None:
        if _records(view):
            self._demand_view = view
            other = self.no_click_view if view is self.zero_view else self.zero_view
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
        chosen = bool(self._demand_view is not None and _records(self._demand_view))
        self.request_button.setEnabled(chosen)
        self.asset_button.setEnabled(chosen)

    def selected_query(self) -> Any:
        if self._demand_view is None:
            return None
        chosen = _records(self._demand_view)
        return chosen[0] if chosen else None

    def create_request(self) -> None:
        query = self.selected_query()
        if query is not None:
            self._ask_marketing(query.query, query.segment)

    def _ask_marketing(self, text: str, segment: Segment) -> None:
        form = RequestDialog.ask(
            self, self.taxonomy(), deal_choices(self.context), text=text, segment=segment
        )
        if form is None:
            return
        sales = self.context.sales

        def done(_request: Any) -> None:
            self.context.requests_changed.emit()
            self.context.message.emit(self.tr("Request sent to marketing."))
            self.refresh()

        self.context.write(lambda: sales.add_request(form.text, form.segment, deal_id=form.deal_id), done)

    def create_asset(self) -> None:
        query = self.selected_query()
        if query is not None:
            self.create_asset_requested.emit(query.query, query.segment)

    # -- exports -----------------------------------------------------------------------------------
    def export_report(self, kind: str) -> None:
        """The whole view as PDF or HTML for the meeting, or every table as CSV."""
        if self.report is None:
            return
        report = self.report
        suffix = "zip" if kind == "csv" else kind  # every table as CSV: one zip, not loose files
        window = report.parameters.window
        suggested = f"insight-{window.first_day}-{window.last_day}.{suffix}"
        patterns = {
            "pdf": QT_TRANSLATE_NOOP("InsightView", "PDF (*.pdf)"),
            "html": QT_TRANSLATE_NOOP("InsightView", "Web page (*.html)"),
            "csv": QT_TRANSLATE_NOOP("InsightView", "Zip of CSV files (*.zip)"),
        }
        path = SaveFile.ask(self, self.tr("Export the Insight report"), suggested, self.tr(patterns[kind]))
        if path is None:
            return
        sections = Sections.of(report)
        writers: dict[str, Callable[[], list[Path]]] = {
            "pdf": lambda: [write_pdf(sections, path)],
            "html": lambda: [write_html(sections, path)],
            "csv": lambda: [write_csv_zip(sections.tables(), path.with_suffix(".zip"))],
        }
        self._export(writers[kind])

    def export_table(self, view: QTableView) -> None:
        """One table, every row, as CSV."""
        model = _source(view)
        path = SaveFile.ask(
            self, self.tr("Export the table"), f"{model.as_table().name}.csv", self.tr("CSV (*.csv)")
        )
        if path is not None:
            table = model.as_table()
            self._export(lambda: write_csv([table], path))

    def _export(self, write: Callable[[], list[Path]]) -> None:
        def done(paths: list[Path]) -> None:
            [path] = paths
            self.outcome.done(self.tr("Wrote {0}").format(path.name), path)
            self.exported.emit(paths)

        self.context.runner.run(lambda _ctx: write(), on_success=done, on_failure=self._fail)

    def _table_menu(self, view: QTableView, pos: Any) -> None:
        menu = QMenu(view)
        menu.addAction(self.tr("Export this table as CSV…"), lambda: self.export_table(view))
        menu.exec(view.viewport().mapToGlobal(pos))


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{html.escape(title)}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def build_view(shell: Shell, library: Library) -> InsightView:
    """The Insight section's screen, built when first shown: its
    assets open in the library, "create asset" imports files tagged for the demand's
    segment, a heatmap cell's deals, requests and searches open where they live, its
    messages go to the window's banner."""
    view = InsightView(Insight(shell.library), shell.context, shell.library.taxonomy, library.label)
    view.show_asset_requested.connect(library.show_in_library)
    view.create_asset_requested.connect(lambda _query, segment: library.import_for_segment(segment))
    view.import_for_segment_requested.connect(library.import_for_segment)
    view.search_requested.connect(library.search_for)

    def open_deal(deal_id: str) -> None:
        shell.show_section("deals")
        deals = shell.section_widget("deals")
        if isinstance(deals, DealsView):
            deals.reveal_deal(deal_id)

    def open_request(request_id: str) -> None:
        shell.show_section("requests")
        requests = shell.section_widget("requests")
        if isinstance(requests, RequestsView):
            requests.select_request(request_id)

    view.open_deal_requested.connect(open_deal)
    view.open_request_requested.connect(open_request)
    return view
