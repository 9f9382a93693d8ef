"""Content requests: what reps needed and did not find. The Requests section lists them with
status, votes, segment, requester and dates; reps ask (from here, a deal, or an empty
search) and vote for each other's; marketers and admins triage: accept, start, deliver with
an asset from the library, or decline with a reason. Every change is dated by the service."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import Dimension
from collateral_app.domain.records import SearchResult
from collateral_app.domain.sales import ContentRequest, Deal, RequestStatus, Role, Segment
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.library.asset_library import TaxonomyEntry

from ..common.context import SalesContext
from ..common.language import moment_text
from ..common.menus import buttons_menu, select_row_under, show_menu
from ..common.record_table import Labels, RecordRole, select_record
from ..common.words import deal_title, segment_text
from ..library.results import ResultRow, SearchResultsModel
from .deal_picker import DealChoices, DealChooser, deal_choices
from .models import STATUS_WORDS, RequestsModel

Taxonomy = dict[Dimension, list[TaxonomyEntry]]
AnyIndex = QModelIndex | QPersistentModelIndex
SEGMENT_FIELDS = (
    ("industry", Dimension.INDUSTRY, QT_TRANSLATE_NOOP("RequestDialog", "Industry")),
    ("size", Dimension.SIZE, QT_TRANSLATE_NOOP("RequestDialog", "Company size")),
    ("stage", Dimension.STAGE, QT_TRANSLATE_NOOP("RequestDialog", "Funnel stage")),
    ("persona", Dimension.PERSONA, QT_TRANSLATE_NOOP("RequestDialog", "Persona")),
    ("product", Dimension.PRODUCT, QT_TRANSLATE_NOOP("RequestDialog", "Product")),
)
TRIAGE_ROLES = (Role.MARKETER, Role.ADMIN)


# -- asking ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestForm:
    text: str
    segment: Segment
    deal_id: str | None


class RequestDialog(QDialog):
    """Ask marketing for something, with the segment it is for and optionally a deal."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        deals: Sequence[Deal] | DealChoices,
        *,
        text: str = "",
        segment: Segment | None = None,
        deal_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request from marketing"))
        self.resize(520, 0)
        wanted = segment or Segment()
        intro = QLabel(
            self.tr(
                "Say what you needed and did not find. Marketing sees it, other reps can vote for it, "
                "and you are told in What's new when it is answered."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("What you need"))
        self.text.setPlaceholderText(self.tr("e.g. a HIPAA security whitepaper for hospital CISOs"))
        self.text.setFixedHeight(90)
        self.text.setTabChangesFocus(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Need:"), self.text)
        for name, dimension, title in SEGMENT_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr(title))
            combo.addItem(self.tr("(any)"), "")
            for entry in taxonomy.get(dimension, []):
                combo.addItem(entry.label, entry.slug)
            combo.setCurrentIndex(max(0, combo.findData(getattr(wanted, name) or "")))
            self.combos[name] = combo
            form.addRow(self.tr(title) + ":", combo)
        choices = deals if isinstance(deals, DealChoices) else DealChoices(deals)
        self.deal = DealChooser()
        self.deal.set_deals(choices.deals, me=choices.me, recent=choices.recent, current=deal_id)
        self.deal.setAccessibleName(self.tr("For deal"))
        self.deals = self.deal.choices
        form.addRow(self.tr("For &deal:"), self.deal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send request"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def form(self) -> RequestForm:
        values = {name: (combo.currentData() or None) for name, combo in self.combos.items()}
        deal = self.deal.current_deal()
        return RequestForm(
            " ".join(self.text.toPlainText().split()), Segment(**values), deal.id if deal else None
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        taxonomy: Taxonomy,
        deals: Sequence[Deal] | DealChoices,
        *,
        text: str = "",
        segment: Segment | None = None,
        deal_id: str | None = None,
    ) -> RequestForm | None:
        dialog = cls(taxonomy, deals, text=text, segment=segment, deal_id=deal_id, parent=parent)
        try:
            return dialog.form() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes


# -- triage ----------------------------------------------------------------------------------
class DeclineReason:
    @classmethod
    def ask(cls, parent: QWidget, request: ContentRequest) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            parent,
            QCoreApplication.translate("DeclineReason", "Decline request"),
            QCoreApplication.translate("DeclineReason", "Why is “{0}” declined? {1} will read this.").format(
                request.text, request.requester_name
            ),
        )
        return text.strip() if ok and text.strip() else None


class DeliverDialog(QDialog):
    """Choose the asset that answers a request: search the library, pick a result."""

    def __init__(self, context: SalesContext, request: ContentRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deliver request"))
        self.resize(560, 440)
        self._context = context
        self._generation = 0
        intro = QLabel(self.tr("Which asset answers “{0}”?").format(html.escape(request.text)))
        intro.setWordWrap(True)
        self.search_box = QLineEdit(request.text)
        self.search_box.setAccessibleName(self.tr("Search the library"))
        self.search_box.setClearButtonEnabled(True)
        self.model = SearchResultsModel(lambda _d, slug: slug, self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Assets"))
        self.results.doubleClicked.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Deliver"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self._debounce.start())
        self.results.selectionModel().currentChanged.connect(lambda _c, _p: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.search()

    def search(self) -> None:
        self._generation += 1
        generation = self._generation
        library, query = self._context.sales.library, self.search_box.text()

        def done(result: SearchResult) -> None:
            if generation == self._generation:
                self.model.set_rows([ResultRow(hit, None, None) for hit in result.hits])
                if self.model.rowCount():
                    self.results.setCurrentIndex(self.model.index(0))
                self._update_ok()

        self._context.read(lambda: library.search(query, limit=30, prefix=True), done)

    def done(self, result: int) -> None:  # closing, however it closes
        self._generation += 1  # a search still on its way finds the dialog gone
        super().done(result)

    def chosen(self) -> str | None:
        row = self.model.row_at(self.results.currentIndex().row())
        return row.hit.asset_id if row is not None else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    @classmethod
    def ask(cls, parent: QWidget, context: SalesContext, request: ContentRequest) -> str | None:
        dialog = cls(context, request, parent)
        try:
            return dialog.chosen() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes


# -- the Requests section ----------------------------------------------------------------------
STATUS_FILTERS = (
    (
        "active",
        QT_TRANSLATE_NOOP("RequestsView", "Open and in progress"),
        {RequestStatus.OPEN, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS},
    ),
    ("all", QT_TRANSLATE_NOOP("RequestsView", "All requests"), set(RequestStatus)),
    ("delivered", QT_TRANSLATE_NOOP("RequestsView", "Delivered"), {RequestStatus.DELIVERED}),
    ("declined", QT_TRANSLATE_NOOP("RequestsView", "Declined"), {RequestStatus.DECLINED}),
)


class RequestFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: set[RequestStatus] = set(STATUS_FILTERS[0][2])
        self.mine_of: str | None = None  # a user id: only that user's requests
        self.words: list[str] = []
        self.setSortRole(RecordRole.Sort)

    def refilter(self) -> None:
        self.invalidate()  # not invalidateRowsFilter: deprecated in Qt 6.10

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        request = model.data(model.index(source_row, 0, source_parent), RecordRole.Record)
        if not isinstance(request, ContentRequest) or request.status not in self.statuses:
            return False
        if self.mine_of is not None and request.requester_id != self.mine_of:
            return False
        haystack = f"{request.text} {request.requester_name}".casefold()
        return all(word in haystack for word in self.words)


class RequestsView(QWidget):
    asset_chosen = Signal(str)  # show this (delivered) asset in the library
    changed = Signal(object)  # a ContentRequest created, voted or triaged

    def __init__(
        self,
        context: SalesContext,
        taxonomy: Callable[[], Taxonomy],
        labels: Labels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._taxonomy = taxonomy
        self._labels = labels
        self._me = ""
        self._role = Role.REP
        self._select_id: str | None = None
        self._generation = 0
        self.model = RequestsModel(labels, self)
        self.proxy = RequestFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter requests"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter requests"))
        self.filter_box.textChanged.connect(self._on_filter_text)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show requests"))
        for key, title, _statuses in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(title), key)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.setToolTip(self.tr("Only the requests you made"))
        self.mine.toggled.connect(lambda _on: self._on_mine())
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setToolTip(self.tr("Ask marketing for collateral you need"))
        self.new_button.clicked.connect(lambda: self.ask_for())
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.mine)
        top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Content requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RequestsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.model.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._on_selection())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_menu_requested)
        self.row_menu: QMenu | None = None

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setAccessibleName(self.tr("Request details"))
        self.details.linkActivated.connect(self._on_link)
        self.vote_button = QPushButton(self.tr("+1 I need this too"))
        self.vote_button.setToolTip(self.tr("Add your vote: marketing answers the most wanted first"))
        self.vote_button.clicked.connect(self.vote)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.clicked.connect(lambda: self.triage(RequestStatus.ACCEPTED))
        self.progress_button = QPushButton(self.tr("In progress"))
        self.progress_button.clicked.connect(lambda: self.triage(RequestStatus.IN_PROGRESS))
        self.deliver_button = QPushButton(self.tr("Deliver…"))
        self.deliver_button.setToolTip(self.tr("Answer it with an asset from the library"))
        self.deliver_button.clicked.connect(self.deliver)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.clicked.connect(self.decline)
        self.triage_buttons = (
            self.accept_button,
            self.progress_button,
            self.deliver_button,
            self.decline_button,
        )
        actions = QVBoxLayout()
        actions.addWidget(self.vote_button)
        for button in self.triage_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        details_box = QWidget()
        details_layout = QHBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        details_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        context.requests_changed.connect(self.reload)
        context.profile_changed.connect(lambda _p: self.reload())
        self._on_selection()

    def _on_menu_requested(self, pos: QPoint) -> None:
        """Right-click on a request: vote, or (marketing) answer it, as the buttons do."""
        if select_row_under(self.table, pos):
            self.row_menu = buttons_menu(self, [self.vote_button, None, *self.triage_buttons])
            show_menu(self.row_menu, self.table, pos)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the requests again; of overlapping reloads only the newest is shown."""
        self._generation += 1
        generation, sales = self._generation, self.context.sales

        def load() -> tuple[list[ContentRequest], str, Role]:
            if not sales.profile_exists():  # first start: asking whoami would make a profile
                return sales.list_requests(), "", Role.REP
            me = sales.whoami()
            return sales.list_requests(), me.id, me.role

        def done(loaded: tuple[list[ContentRequest], str, Role]) -> None:
            if generation == self._generation:
                self._show(loaded)

        self.context.read(load, done)

    def _show(self, loaded: tuple[list[ContentRequest], str, Role]) -> None:
        requests, self._me, self._role = loaded
        current = self.selected()
        selected = self._select_id or (current.id if current else None)
        self.model.set_records(requests)
        self.proxy.mine_of = self._me if self.mine.isChecked() else None
        self.proxy.refilter()
        for button in self.triage_buttons:
            button.setVisible(self._role in TRIAGE_ROLES)
        if selected:
            self.select_request(selected)
        self._select_id = None
        self._on_selection()

    def select_request(self, request_id: str) -> bool:
        if not select_record(self.table, self.model, self.proxy, request_id):
            self._select_id = request_id  # not loaded yet: selected once it is
            return False
        self._select_id = None
        return True

    def selected(self) -> ContentRequest | None:
        index = self.table.currentIndex()
        request = index.data(RecordRole.Record) if index.isValid() else None
        return request if isinstance(request, ContentRequest) else None

    # -- filters ---------------------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self.proxy.words = text.casefold().split()
        self.proxy.refilter()

    def _on_status_filter(self, index: int) -> None:
        self.proxy.statuses = set(STATUS_FILTERS[index][2])
        self.proxy.refilter()
        self._on_selection()

    def _on_mine(self) -> None:
        self.proxy.mine_of = self._me if self.mine.isChecked() else None
        self.proxy.refilter()
        self._on_selection()

    # -- details ---------------------------------------------------------------------------
    def _on_selection(self) -> None:
        request = self.selected()
        status = request.status if request else None
        voted = request is not None and self._me in request.voter_ids
        self.vote_button.setEnabled(
            request is not None
            and not request.status.is_final
            and request.requester_id != self._me
            and not voted
        )
        self.vote_button.setText(self.tr("You voted for this") if voted else self.tr("+1 I need this too"))
        self.accept_button.setEnabled(status is RequestStatus.OPEN)
        self.progress_button.setEnabled(status in (RequestStatus.OPEN, RequestStatus.ACCEPTED))
        for button in (self.deliver_button, self.decline_button):
            button.setEnabled(status is not None and not status.is_final)
        self.details.setText(self._details_html(request) if request else self.tr("Select a request."))

    def _details_html(self, request: ContentRequest) -> str:
        parts = [f"<p><b>{html.escape(request.text)}</b></p>"]
        facts = [
            self.tr("{0}, asked by {1}").format(
                QCoreApplication.translate("sales", STATUS_WORDS[request.status]),
                html.escape(request.requester_name),
            ),
            self.tr("{0} vote(s)").format(request.votes),
        ]
        segment = segment_text(request.segment, self._labels)
        if segment:
            facts.append(html.escape(segment))
        deal = self.context.deal(request.deal_id)
        if deal is not None:
            facts.append(self.tr("for {0}").format(html.escape(deal_title(deal))))
        parts.append("<p>" + " · ".join(facts) + "</p>")
        if request.asset_id:
            parts.append(
                "<p>"
                + self.tr("Delivered with <a href='asset:{0}'>this asset</a>.").format(request.asset_id)
                + "</p>"
            )
        if request.status is RequestStatus.DECLINED and request.decline_reason:
            parts.append(
                "<p>" + self.tr("Declined: {0}").format(html.escape(request.decline_reason)) + "</p>"
            )
        history = [
            f"{moment_text(e.at)} — "
            f"{html.escape(QCoreApplication.translate('sales', STATUS_WORDS[e.status]))}"
            f" · {html.escape(e.user_name)}" + (f": {html.escape(e.reason)}" if e.reason else "")
            for e in request.history
        ]
        if history:
            parts.append("<p><small>" + "<br>".join(history) + "</small></p>")
        return "".join(parts)

    def _on_link(self, link: str) -> None:
        if link.startswith("asset:"):
            self.asset_chosen.emit(link.removeprefix("asset:"))

    # -- changing ----------------------------------------------------------------------------
    def ask_for(self, text: str = "", segment: Segment | None = None, deal_id: str | None = None) -> None:
        """Open the request dialog, prefilled (the taxonomy is read off the GUI thread
        first); send what the user confirms."""
        sales = self.context.sales

        def with_taxonomy(values: Taxonomy) -> None:
            form = RequestDialog.ask(
                self, values, deal_choices(self.context), text=text, segment=segment, deal_id=deal_id
            )
            if form is None:
                return
            self._write(
                lambda: sales.add_request(form.text, form.segment, deal_id=form.deal_id),
                self.tr("Request sent to marketing."),
            )

        self.context.read(self._taxonomy, with_taxonomy)

    def vote(self) -> None:
        request = self.selected()
        if request is not None:
            sales, request_id = self.context.sales, request.id
            self._write(lambda: sales.vote(request_id), self.tr("Vote added."))

    def triage(self, status: RequestStatus) -> None:
        request = self.selected()
        if request is not None:
            sales, request_id = self.context.sales, request.id
            self._write(
                lambda: sales.update_request(request_id, status),
                self.tr("Request marked {0}.").format(
                    QCoreApplication.translate("sales", STATUS_WORDS[status]).lower()
                ),
            )

    def deliver(self) -> None:
        request = self.selected()
        if request is None:
            return
        asset_id = DeliverDialog.ask(self, self.context, request)
        if asset_id is None:
            return
        sales, request_id = self.context.sales, request.id
        self._write(
            lambda: sales.update_request(request_id, RequestStatus.DELIVERED, asset_id=asset_id),
            self.tr("Delivered; {0} will see it in What's new.").format(request.requester_name),
        )

    def decline(self) -> None:
        request = self.selected()
        if request is None:
            return
        reason = DeclineReason.ask(self, request)
        if reason is None:
            return
        sales, request_id = self.context.sales, request.id
        self._write(
            lambda: sales.update_request(request_id, RequestStatus.DECLINED, reason=reason),
            self.tr("Declined; {0} will see why in What's new.").format(request.requester_name),
        )

    def _write(self, change: Callable[[], ContentRequest], message: str) -> None:
        def done(request: ContentRequest) -> None:
            self._select_id = request.id
            self.context.message.emit(message)
            self.changed.emit(request)
            self.context.requests_changed.emit()

        self.context.write(change, done)
