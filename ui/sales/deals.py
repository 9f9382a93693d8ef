"""Prospects and deals: the Deals section (a filterable table, create and edit, won/lost/open)
and the dialogs that create and edit them. The deal picker lives in `deal_picker`."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import Dimension
from collateral_app.domain.sales import Deal, DealDraft, Outcome, Prospect, ProspectDraft, UsedAsset
from collateral_app.services.library.asset_library import TaxonomyEntry

from ..common.context import SalesContext
from ..common.menus import buttons_menu, select_row_under, show_menu
from ..common.record_table import Labels, RecordRole, select_record
from ..common.words import CLOSED_STAGES, deal_title
from ..library.editor import OptionalDate
from .models import OUTCOME_WORDS, DealFilter, DealsModel
from .my_leads import MyLeadsPanel

Taxonomy = dict[Dimension, list[TaxonomyEntry]]


def _taxonomy_combo(taxonomy: Taxonomy, dimension: Dimension, current: str | None, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, "")
    for entry in taxonomy.get(dimension, []):
        combo.addItem(entry.label, entry.slug)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))
    return combo


# -- prospects -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProspectForm:
    name: str
    industry: str | None
    size: str | None
    region: str


class ProspectDialog(QDialog):
    def __init__(self, taxonomy: Taxonomy, prospect: Prospect | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit prospect") if prospect else self.tr("New prospect"))
        self.name = QLineEdit(prospect.name if prospect else "")
        self.name.setAccessibleName(self.tr("Company name"))
        self.industry = _taxonomy_combo(
            taxonomy, Dimension.INDUSTRY, prospect.industry if prospect else None, self.tr("(unknown)")
        )
        self.industry.setAccessibleName(self.tr("Industry"))
        self.company_size = _taxonomy_combo(
            taxonomy, Dimension.SIZE, prospect.size if prospect else None, self.tr("(unknown)")
        )
        self.company_size.setAccessibleName(self.tr("Company size"))
        self.region = QLineEdit(prospect.region if prospect else "")
        self.region.setAccessibleName(self.tr("Region"))
        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.name)
        form.addRow(self.tr("&Industry:"), self.industry)
        form.addRow(self.tr("Company &size:"), self.company_size)
        form.addRow(self.tr("&Region:"), self.region)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
                bool(text.strip())
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name.text().strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def form(self) -> ProspectForm:
        return ProspectForm(
            self.name.text().strip(),
            self.industry.currentData() or None,
            self.company_size.currentData() or None,
            self.region.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget, taxonomy: Taxonomy, prospect: Prospect | None = None
    ) -> ProspectForm | None:
        dialog = cls(taxonomy, prospect, parent)
        try:
            return dialog.form() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes


# -- deals -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DealForm:
    """What the deal dialog collected: an existing prospect or a new one, and the deal."""

    prospect_id: str | None
    new_prospect: ProspectForm | None
    name: str
    owner: str
    stage: str | None
    amount: str
    currency: str
    created_on: date | None
    close_date: date | None
    outcome: Outcome

    def draft(self, prospect_id: str) -> DealDraft:
        return DealDraft(
            name=self.name,
            prospect_id=prospect_id,
            owner=self.owner,
            stage=self.stage,
            amount=self.amount,
            currency=self.currency,
            created_on=self.created_on,
            close_date=self.close_date,
            outcome=self.outcome,
        )

    def changes(self, deal: Deal) -> dict[str, str]:
        """The fields that differ from `deal`, as `edit_deal` takes them."""
        changes: dict[str, str] = {}
        if self.name != deal.name:
            changes["name"] = self.name
        if self.owner != deal.owner:
            changes["owner"] = self.owner
        if (self.stage or None) != deal.stage:
            changes["stage"] = self.stage or ""
        old_amount = str(deal.amount.value) if deal.amount else ""
        if self.amount != old_amount:
            changes["amount"] = self.amount
        if self.currency and self.currency != (deal.amount.currency if deal.amount else ""):
            changes["currency"] = self.currency
        for name, new, old in (
            ("created_on", self.created_on, deal.created_on),
            ("close_date", self.close_date, deal.close_date),
        ):
            if new != old:
                changes[name] = new.isoformat() if new else ""
        if self.prospect_id and self.prospect_id != deal.prospect_id:
            changes["prospect"] = self.prospect_id
        return changes


class DealDialog(QDialog):
    NEW_PROSPECT = "__new__"

    def __init__(
        self,
        taxonomy: Taxonomy,
        prospects: list[Prospect],
        deal: Deal | None = None,
        *,
        owner: str = "",
        prospect_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit deal") if deal else self.tr("New deal"))
        self.resize(480, 0)
        self._taxonomy = taxonomy
        self._new_prospect: ProspectForm | None = None
        self.prospect = QComboBox()
        self.prospect.setAccessibleName(self.tr("Prospect"))
        for p in prospects:
            self.prospect.addItem(p.name, p.id)
        chosen = deal.prospect_id if deal else prospect_id
        self.prospect.setCurrentIndex(max(0, self.prospect.findData(chosen)) if chosen else -1)
        self.new_prospect_button = QPushButton(self.tr("New prospect…"))
        self.new_prospect_button.setToolTip(self.tr("Add a company that is not in the list yet"))
        self.new_prospect_button.clicked.connect(self._ask_new_prospect)
        prospect_row = QHBoxLayout()
        prospect_row.addWidget(self.prospect, 1)
        prospect_row.addWidget(self.new_prospect_button)

        self.name = QLineEdit(deal.name if deal else "")
        self.name.setAccessibleName(self.tr("Deal name"))
        self.name.setPlaceholderText(self.tr("e.g. Platform rollout 2025"))
        self.owner = QLineEdit(deal.owner if deal else owner)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.stage = _taxonomy_combo(
            taxonomy, Dimension.STAGE, deal.stage if deal else None, self.tr("(none)")
        )
        self.stage.setAccessibleName(self.tr("Stage"))
        self.amount = QLineEdit(str(deal.amount.value) if deal and deal.amount else "")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("12 500, 1.234,50 €, $1,234.50"))
        self.currency = QLineEdit(deal.amount.currency if deal and deal.amount else "")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setPlaceholderText(self.tr("the library's default"))
        self.currency.setMaxLength(3)
        self.created_on = OptionalDate(deal.created_on if deal else date.today())
        self.close_date = OptionalDate(deal.close_date if deal else None)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome, word in OUTCOME_WORDS.items():
            self.outcome.addItem(self.tr(word), outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData((deal.outcome if deal else Outcome.OPEN).value))

        form = QFormLayout()
        prospect_label = QLabel(self.tr("&Prospect:"))
        prospect_label.setBuddy(self.prospect)
        form.addRow(prospect_label, prospect_row)
        form.addRow(self.tr("&Deal:"), self.name)
        form.addRow(self.tr("O&wner:"), self.owner)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("Created:"), self.created_on)
        form.addRow(self.tr("Close date:"), self.close_date)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_save)
        self.prospect.currentIndexChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_save()

    def _update_save(self) -> None:
        ready = bool(self.name.text().strip()) and self.prospect.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def _ask_new_prospect(self) -> None:
        form = ProspectDialog.ask(self, self._taxonomy)
        if form is None:
            return
        self._new_prospect = form
        index = self.prospect.findData(self.NEW_PROSPECT)
        label = self.tr("{0} (new)").format(form.name)
        if index < 0:
            self.prospect.addItem(label, self.NEW_PROSPECT)
            index = self.prospect.count() - 1
        else:
            self.prospect.setItemText(index, label)
        self.prospect.setCurrentIndex(index)

    def form(self) -> DealForm:
        chosen = self.prospect.currentData()
        is_new = chosen == self.NEW_PROSPECT
        return DealForm(
            prospect_id=None if is_new else str(chosen),
            new_prospect=self._new_prospect if is_new else None,
            name=" ".join(self.name.text().split()),
            owner=" ".join(self.owner.text().split()),
            stage=self.stage.currentData() or None,
            amount=self.amount.text().strip(),
            currency=self.currency.text().strip().upper(),
            created_on=_date_of(self.created_on),
            close_date=_date_of(self.close_date),
            outcome=Outcome(self.outcome.currentData()),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        taxonomy: Taxonomy,
        prospects: list[Prospect],
        deal: Deal | None = None,
        *,
        owner: str = "",
        prospect_id: str | None = None,
    ) -> DealForm | None:
        dialog = cls(taxonomy, prospects, deal, owner=owner, prospect_id=prospect_id, parent=parent)
        try:
            return dialog.form() if dialog.exec() else None
        finally:
            dialog.deleteLater()  # else a child of the window until it closes


def _date_of(widget: OptionalDate) -> date | None:
    text = widget.value_text()
    return date.fromisoformat(text) if text else None


class CloseDealDialog(QDialog):
    """Marking a deal won or lost: on which day it closed, today unless the rep says
    otherwise, so a deal closed last Friday is not dated today without asking."""

    def __init__(self, deal: Deal, outcome: Outcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        won = outcome is Outcome.WON
        self.setWindowTitle(self.tr("Closed Won") if won else self.tr("Closed Lost"))
        asked = self.tr("When was “{0}” won?") if won else self.tr("When was “{0}” lost?")
        question = QLabel(asked.format(deal_title(deal)))
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.close_date = QDateEdit(QDate.currentDate())
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("yyyy-MM-dd")
        self.close_date.setAccessibleName(self.tr("Close date"))
        form = QFormLayout()
        form.addRow(self.tr("Close &date:"), self.close_date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Mark won") if won else self.tr("Mark lost"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        stage = self.tr("Closed Won") if won else self.tr("Closed Lost")
        layout.addWidget(QLabel(self.tr("Its stage becomes {0}.").format(stage)))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.close_date.setFocus()

    def chosen_date(self) -> date:
        chosen = self.close_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    @classmethod
    def ask(cls, parent: QWidget, deal: Deal, outcome: Outcome) -> date | None:
        dialog = cls(deal, outcome, parent)
        try:
            return dialog.chosen_date() if dialog.exec() else None
        finally:
            dialog.deleteLater()


# -- the Deals section -----------------------------------------------------------------------
class DealsView(QWidget):
    """Every deal with its prospect, segment, stage, amount, owner, close date and outcome;
    filter by words and outcome; create, edit, close or reopen; import from a CRM."""

    prepare_requested = Signal(str)  # deal id
    request_content_requested = Signal(str)  # deal id
    import_requested = Signal()

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
        self.model = DealsModel(labels, self)
        self.proxy = DealFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter deals by name, prospect, owner or CRM id"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter deals"))
        self.filter_box.textChanged.connect(self.proxy.set_text)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName(self.tr("Show deals"))
        self.outcome_filter.addItem(self.tr("All deals"), "")
        for outcome, word in OUTCOME_WORDS.items():
            self.outcome_filter.addItem(self.tr(word), outcome.value)
        self.outcome_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_outcome(
                Outcome(self.outcome_filter.currentData()) if self.outcome_filter.currentData() else None
            )
        )
        self.new_deal_button = QPushButton(self.tr("New deal…"))
        self.new_deal_button.setToolTip(self.tr("Enter a deal by hand"))
        self.new_deal_button.clicked.connect(self.new_deal)
        self.new_prospect_button = QPushButton(self.tr("New prospect…"))
        self.new_prospect_button.clicked.connect(self.new_prospect)
        self.import_button = QPushButton(self.tr("Import from CRM…"))
        self.import_button.setToolTip(
            self.tr(
                "Read a HubSpot or Salesforce CSV export; you see what changes before anything is written"
            )
        )
        self.import_button.clicked.connect(self.import_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.outcome_filter)
        top.addWidget(self.new_deal_button)
        top.addWidget(self.new_prospect_button)
        top.addWidget(self.import_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Deals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until asked
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DealsModel.DEAL, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.model.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.edit_deal())  # Enter or double-click
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._on_selection())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_menu_requested)
        self.row_menu: QMenu | None = None

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Deal details"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_deal)
        self.edit_prospect_button = QPushButton(self.tr("Edit prospect…"))
        self.edit_prospect_button.clicked.connect(self.edit_prospect)
        self.won_button = QPushButton(self.tr("Mark won"))
        self.won_button.setToolTip(
            self.tr("Closed Won on the day you say (today unless changed); then: which assets helped?")
        )
        self.won_button.clicked.connect(lambda: self._set_outcome(Outcome.WON))
        self.lost_button = QPushButton(self.tr("Mark lost"))
        self.lost_button.clicked.connect(lambda: self._set_outcome(Outcome.LOST))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(lambda: self._set_outcome(Outcome.OPEN))
        self.current_button = QPushButton(self.tr("Work on this deal"))
        self.current_button.setToolTip(self.tr("Make it the current deal: what you share is logged with it"))
        self.current_button.clicked.connect(self._make_current)
        self.prepare_button = QPushButton(self.tr("Prepare for a call"))
        self.prepare_button.clicked.connect(self._prepare)
        self.request_button = QPushButton(self.tr("Request content…"))
        self.request_button.setToolTip(self.tr("Ask marketing for something this deal needs"))
        self.request_button.clicked.connect(self._request)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.edit_prospect_button,
            self.won_button,
            self.lost_button,
            self.reopen_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.current_button, self.prepare_button, self.request_button):
            actions.addWidget(button)

        self.my_leads = MyLeadsPanel(context)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.my_leads)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        context.deals_loaded.connect(self._show_deals)
        context.deals_loaded.connect(self.my_leads.reload)
        context.deal_changed.connect(self._select_when_loaded)
        self._select_id: str | None = None
        self._show_deals()

    # -- showing ---------------------------------------------------------------------------
    def _show_deals(self) -> None:
        current = self.selected_deal()
        selected = self._select_id or (current.id if current else None)
        self.model.set_records(self.context.deals)
        if selected:
            self.select_deal(selected)
        self._on_selection()

    def _select_when_loaded(self, deal: Deal) -> None:
        self._select_id = deal.id

    def select_deal(self, deal_id: str) -> bool:
        if not select_record(self.table, self.model, self.proxy, deal_id):
            self._select_id = deal_id  # not loaded yet: selected once it is
            return False
        self._select_id = None
        return True

    def reveal_deal(self, deal_id: str) -> bool:
        """Select a deal another screen asked to open, clearing the filters that hide it."""
        if self.select_deal(deal_id):
            return True
        if self.model.row_of(deal_id) < 0:
            return False  # not loaded yet: selected when it is
        self.filter_box.clear()
        self.outcome_filter.setCurrentIndex(0)
        return self.select_deal(deal_id)

    def selected_deal(self) -> Deal | None:
        index = self.table.currentIndex()
        deal = index.data(RecordRole.Record) if index.isValid() else None
        return deal if isinstance(deal, Deal) else None

    def _on_selection(self) -> None:
        deal = self.selected_deal()
        for button in (
            self.edit_button,
            self.edit_prospect_button,
            self.current_button,
            self.prepare_button,
            self.request_button,
        ):
            button.setEnabled(deal is not None)
        self.won_button.setEnabled(deal is not None and deal.outcome is not Outcome.WON)
        self.lost_button.setEnabled(deal is not None and deal.outcome is not Outcome.LOST)
        self.reopen_button.setEnabled(deal is not None and deal.outcome.is_closed)
        if deal is None:
            self.details.setText(self.tr("Select a deal to see what was shared with its prospect."))
            return
        self.details.setText(self._deal_html(deal, None))
        sales = self.context.sales
        deal_id = deal.id

        def done(used: list[UsedAsset]) -> None:
            current = self.selected_deal()
            if current is not None and current.id == deal_id:
                self.details.setText(self._deal_html(current, used))

        self.context.read(lambda: sales.assets_used_for_deal(deal_id), done)

    def _deal_html(self, deal: Deal, used: list[UsedAsset] | None) -> str:
        head = f"<b>{html.escape(deal_title(deal))}</b>"
        if deal.outcome.is_closed:
            closed = self.tr(CLOSED_STAGES[deal.outcome])
            if deal.close_date:
                closed = self.tr("{0} on {1}").format(closed, deal.close_date.isoformat())
            head += f" · {html.escape(closed)}"
        if used is None:
            return head
        if not used:
            return head + " — " + html.escape(self.tr("nothing shared or presented with this prospect yet."))
        titles = ", ".join(html.escape(u.title) for u in used[:6])
        more = self.tr(" and {0} more").format(len(used) - 6) if len(used) > 6 else ""
        return head + " — " + self.tr("shared or presented: {0}{1}").format(titles, more)

    def _on_menu_requested(self, pos: QPoint) -> None:
        """Right-click on a deal: what its buttons do."""
        if not select_row_under(self.table, pos):
            return
        self.row_menu = buttons_menu(
            self,
            [
                self.current_button,
                self.prepare_button,
                self.request_button,
                None,
                self.won_button,
                self.lost_button,
                self.reopen_button,
                None,
                self.edit_button,
                self.edit_prospect_button,
            ],
        )
        show_menu(self.row_menu, self.table, pos)

    # -- changing ----------------------------------------------------------------------------
    def _set_outcome(self, outcome: Outcome) -> None:
        deal = self.selected_deal()
        if deal is None:
            return
        close_date = None
        if outcome.is_closed:
            close_date = CloseDealDialog.ask(self, deal, outcome)
            if close_date is None:
                return
        self.context.set_outcome(deal.id, outcome, close_date)

    def _make_current(self) -> None:
        deal = self.selected_deal()
        if deal is not None:
            self.context.set_current_deal(deal.id)

    def _prepare(self) -> None:
        deal = self.selected_deal()
        if deal is not None:
            self.prepare_requested.emit(deal.id)

    def _request(self) -> None:
        deal = self.selected_deal()
        if deal is not None:
            self.request_content_requested.emit(deal.id)

    def new_deal(self) -> None:
        self._open_deal_dialog(None)

    def edit_deal(self) -> None:
        deal = self.selected_deal()
        if deal is not None:
            self._open_deal_dialog(deal)

    def _open_deal_dialog(self, deal: Deal | None) -> None:
        sales = self.context.sales

        taxonomy = self._taxonomy

        def load() -> tuple[list[Prospect], str, Taxonomy]:
            owner = sales.whoami().name if deal is None else ""  # a new deal is mine by default
            return sales.list_prospects(), owner, taxonomy()

        def with_prospects(loaded: tuple[list[Prospect], str, Taxonomy]) -> None:
            prospects, owner, values = loaded
            form = DealDialog.ask(self, values, prospects, deal, owner=owner)
            if form is not None:
                self._save_deal(deal, form)

        self.context.read(load, with_prospects)

    def _save_deal(self, deal: Deal | None, form: DealForm) -> None:
        sales = self.context.sales

        def work() -> Deal:
            # One call, one transaction: a deal that cannot be saved leaves no new prospect.
            new = form.new_prospect
            company = ProspectDraft(new.name, new.industry, new.size, new.region) if new else None
            if deal is None:
                return sales.create_deal(form.draft(form.prospect_id or ""), new_prospect=company)
            changes = form.changes(deal)
            outcome = form.outcome if form.outcome is not deal.outcome else None
            if not changes and company is None and outcome is None:
                return deal
            return sales.edit_deal(deal.id, changes, new_prospect=company, outcome=outcome)

        def done(saved: Deal) -> None:
            self.context.deal_changed.emit(saved)
            self.context.reload_deals()
            closed_now = deal is None or deal.outcome is not saved.outcome
            if closed_now and saved.outcome.is_closed and saved.awaiting_feedback:
                self.context.deal_closed.emit(saved)

        self.context.write(work, done)

    def new_prospect(self) -> None:
        sales = self.context.sales

        def with_taxonomy(values: Taxonomy) -> None:
            form = ProspectDialog.ask(self, values)
            if form is None:
                return
            self.context.write(
                lambda: sales.create_prospect(
                    form.name, industry=form.industry, size=form.size, region=form.region
                ),
                lambda prospect: self.context.message.emit(
                    self.tr("Prospect {0} added.").format(prospect.name)
                ),
            )

        self.context.read(self._taxonomy, with_taxonomy)

    def edit_prospect(self) -> None:
        deal = self.selected_deal()
        if deal is None:
            return
        sales, taxonomy = self.context.sales, self._taxonomy
        prospect_id = deal.prospect_id

        def with_prospect(loaded: tuple[Prospect, Taxonomy]) -> None:
            prospect, values = loaded
            form = ProspectDialog.ask(self, values, prospect)
            if form is None:
                return
            changes = {
                "name": form.name,
                "industry": form.industry or "",
                "size": form.size or "",
                "region": form.region,
            }
            self.context.write(
                lambda: sales.edit_prospect(prospect_id, changes), lambda _p: self.context.reload_deals()
            )

        self.context.read(lambda: (sales.get_prospect(prospect_id), taxonomy()), with_prospect)
