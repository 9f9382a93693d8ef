"""Prepare for a call: choose a deal (or a segment) and get the assets most likely to help,
each with its reason in words; share, send or present one in a click (logged with the deal);
gather the chosen ones into a pitch kit, put them in order, and export it as a folder or a
zip ready to attach, every file logged as shared with the prospect."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import FilesNotOnThisLaptop
from collateral_app.domain.sales import Deal, KitExport, PitchKit, Recommendations, Segment
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.library.asset_library import TaxonomyEntry
from collateral_app.services.sales.kits import safe_file_name

from ..common.context import SalesContext
from ..common.menus import action_like, buttons_menu, select_row_under, show_menu
from ..common.outcome import OutcomeBar
from ..common.record_table import Labels, RecordRole
from ..common.words import deal_title, segment_text
from ..library.results import ResultListView
from .deal_picker import DealPicker
from .models import KitEntry, KitItemsModel, RecommendationsModel

Taxonomy = dict[Dimension, list[TaxonomyEntry]]
AnyIndex = QModelIndex | QPersistentModelIndex
RECOMMENDATIONS = 10
FEW = 3  # below this many, offer to widen a deal's segment
SEGMENT_CHOICES = (
    ("industry", Dimension.INDUSTRY, QT_TRANSLATE_NOOP("PrepareView", "Industry")),
    ("size", Dimension.SIZE, QT_TRANSLATE_NOOP("PrepareView", "Company size")),
    ("stage", Dimension.STAGE, QT_TRANSLATE_NOOP("PrepareView", "Funnel stage")),
    ("persona", Dimension.PERSONA, QT_TRANSLATE_NOOP("PrepareView", "Persona")),
)


class RecommendationDelegate(QStyledItemDelegate):
    """Title, type and score on the first line; the reason in words below."""

    def __init__(self, model: RecommendationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        lines = 3  # the title, then up to three lines of reasons
        return QSize(200, 12 + 22 + lines * QFontMetrics(self._small(option)).lineSpacing())

    @staticmethod
    def _small(option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text)
        muted.setAlpha(170)
        rect = option.rect.adjusted(10, 6, -10, -6)
        item = index.data(RecordRole.Record)
        title_font = QFont(option.font)
        title_font.setBold(True)
        small = self._small(option)
        meta = f"{self._model.type_label(index.row())} · {item.score:.0f}" if item is not None else ""
        painter.setFont(small)
        meta_width = painter.fontMetrics().horizontalAdvance(meta) + 8
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - meta_width, rect.top(), meta_width, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            meta,
        )
        painter.setFont(title_font)
        painter.setPen(text)
        number = f"{index.row() + 1}. "
        title = painter.fontMetrics().elidedText(
            number + str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width() - meta_width - 8,
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - meta_width, 20),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), rect.top() + 22, rect.width(), rect.height() - 22),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            str(index.data(RecommendationsModel.ReasonRole) or ""),
        )
        painter.restore()


class KitDestination:
    """Where to export a kit: a new folder inside a chosen one, or a zip file."""

    @classmethod
    def ask(cls, parent: QWidget, name: str, as_zip: bool) -> Path | None:
        if as_zip:
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("KitDestination", "Export pitch kit as zip"),
                f"{safe_file_name(name)}.zip",
                "Zip (*.zip)",
            )
            return Path(path) if path else None
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("KitDestination", "Export the pitch kit into a new folder in…")
        )
        return free_name(Path(folder) / safe_file_name(name)) if folder else None


def free_name(path: Path) -> Path:
    """`path`, or "name (2)", "name (3)"… when it is taken."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name} ({n})")
    return candidate


@dataclass(frozen=True)
class _Shown:
    recommendations: Recommendations
    media_types: dict[str, str]


class PrepareView(QWidget):
    share_requested = Signal(str)  # copy the file (or the link): shared
    mark_requested = Signal(str, str)  # asset id, "shared" or "presented": logged without handing over
    present_requested = Signal(str)  # full-screen present mode
    show_requested = Signal(str)  # the asset in the library's preview
    request_requested = Signal(object, object)  # Segment, deal id or None: ask marketing
    recommended = Signal(object)  # Recommendations, once shown
    kit_saved = Signal(object)  # PitchKit
    kit_exported = Signal(object)  # KitExport
    # FilesNotOnThisLaptop, and the export to run again once they are here (team files)
    files_needed = Signal(object, object)

    def __init__(
        self,
        context: SalesContext,
        taxonomy: Callable[[], Taxonomy],
        labels: Labels,
        prepare_drag: Callable[[str], QMimeData | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._taxonomy = taxonomy
        self._labels = labels
        self._generation = 0
        self._media_types: dict[str, str] = {}
        self._kit_id: str | None = None
        self._kits: list[PitchKit] = []
        self.kit_menu: QMenu | None = None
        self._saved_before: dict[str, tuple[str, list[str]]] = {}  # kit id → name, assets
        self.list_menu: QMenu | None = None

        # -- what the call is about --
        self.for_deal = QRadioButton(self.tr("For a &deal"))
        self.for_segment = QRadioButton(self.tr("For a &segment"))
        self.for_deal.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.for_deal)
        mode.addButton(self.for_segment)
        self.deal_picker = DealPicker(context, labels=labels)
        self.segment: dict[str, QComboBox] = {}
        segment_form = QFormLayout()
        for name, _dimension, title in SEGMENT_CHOICES:
            combo = QComboBox()
            combo.setAccessibleName(self.tr(title))
            combo.currentIndexChanged.connect(lambda _i: self._on_segment_changed())
            self.segment[name] = combo
            segment_form.addRow(self.tr(title) + ":", combo)
        self.segment_box = QWidget()
        self.segment_box.setLayout(segment_form)
        choose = QGroupBox(self.tr("The call"))
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(self.for_deal)
        choose_layout.addWidget(self.deal_picker)
        choose_layout.addWidget(self.for_segment)
        choose_layout.addWidget(self.segment_box)
        choose_layout.addStretch(1)
        tip = QLabel(
            self.tr(
                "Drag an asset into an email or chat, or copy it: it is logged as shared with the "
                "deal. Double-click to preview it."
            )
        )
        tip.setWordWrap(True)
        tip.setEnabled(False)  # drawn muted, in either palette
        choose_layout.addWidget(tip)
        self.for_deal.toggled.connect(lambda _on: self._on_mode())

        # -- what to bring --
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._on_summary_link)
        self._shown_segment = Segment()
        self._shown_deal_id: str | None = None
        self.model = RecommendationsModel(labels, self)
        self.list = ResultListView(prepare_drag)
        self.list.setModel(self.model)
        self.list.setItemDelegate(RecommendationDelegate(self.model, self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Recommended assets"))
        self.list.setToolTip(self.tr("Drag an asset into an email or chat to share it"))
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._update_buttons())
        self.list.activated.connect(lambda index: self.show_requested.emit(str(index.data(RecordRole.Id))))
        self.share_button = QPushButton(self.tr("Copy to share"))
        self.share_button.setToolTip(
            self.tr("Copy the file (or link) to paste into an email; logged as shared")
        )
        self.share_button.clicked.connect(lambda: self._emit_for_current(self.share_requested))
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.setToolTip(self.tr("You sent it another way: log it as shared with the deal"))
        self.sent_button.clicked.connect(lambda: self._mark_current("shared"))
        self.present_button = QPushButton(self.tr("Present"))
        self.present_button.setToolTip(self.tr("Full screen, page by page (PDF); logged as presented"))
        self.present_button.clicked.connect(lambda: self._emit_for_current(self.present_requested))
        self.presented_button = QPushButton(self.tr("Mark as presented"))
        self.presented_button.setToolTip(self.tr("You presented it from its own application"))
        self.presented_button.clicked.connect(lambda: self._mark_current("presented"))
        self.add_button = QPushButton(self.tr("Add to kit →"))
        self.add_button.clicked.connect(self.add_current_to_kit)
        self.show_button = QPushButton(self.tr("Preview"))
        self.show_button.setToolTip(self.tr("Show it in the library's preview (Enter)"))
        self.show_button.clicked.connect(lambda: self._emit_for_current(self.show_requested))
        self.item_buttons = (
            self.share_button,
            self.sent_button,
            self.present_button,
            self.presented_button,
            self.add_button,
            self.show_button,
        )
        # Two rows, sharing then presenting, so the section fits a 1280-pixel laptop screen.
        item_actions = QVBoxLayout()
        for row_buttons, last in (
            ((self.share_button, self.sent_button), self.show_button),
            ((self.present_button, self.presented_button), self.add_button),
        ):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            row.addWidget(last)
            item_actions.addLayout(row)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.summary)
        middle_layout.addWidget(self.list, 1)
        middle_layout.addLayout(item_actions)

        # -- the pitch kit --
        self.kit_choice = QComboBox()
        self.kit_choice.setAccessibleName(self.tr("Pitch kit"))
        self.kit_choice.activated.connect(self._on_kit_chosen)
        # A long kit name must not widen the column; the list shows names whole, the box's
        # tooltip says the chosen one whole.
        self.kit_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kit_choice.setMinimumContentsLength(16)
        self.kit_choice.currentIndexChanged.connect(
            lambda _row: self.kit_choice.setToolTip(self.kit_choice.currentText())
        )
        self.kit_name = QLineEdit()
        self.kit_name.setAccessibleName(self.tr("Kit name"))
        self.kit_name.textChanged.connect(self.kit_name.setToolTip)
        self.kit_model = KitItemsModel(self)
        self.kit_list = QListView()
        self.kit_list.setModel(self.kit_model)
        self.kit_list.setAccessibleName(self.tr("Assets in the kit, in order"))
        self.kit_list.setToolTip(self.tr("Drag to reorder"))
        self.kit_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.kit_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.kit_list.setDragDropOverwriteMode(False)
        self.kit_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.kit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kit_list.setAlternatingRowColors(True)
        self.kit_list.selectionModel().currentChanged.connect(lambda _c, _p: self._update_kit_buttons())
        self.kit_model.rowsInserted.connect(lambda *_a: self._update_kit_buttons())
        self.kit_model.rowsRemoved.connect(lambda *_a: self._update_kit_buttons())
        self.kit_model.rowsMoved.connect(lambda *_a: self._update_kit_buttons())
        self.kit_model.modelReset.connect(self._update_kit_buttons)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move earlier in the kit (Alt+Up)"))
        self.up_button.setShortcut("Alt+Up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move later in the kit (Alt+Down)"))
        self.down_button.setShortcut("Alt+Down")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        self.save_kit_button = QPushButton(self.tr("Save kit"))
        self.save_kit_button.clicked.connect(lambda: self.save_kit())
        self.export_folder_button = QPushButton(self.tr("Export folder…"))
        self.export_folder_button.setToolTip(
            self.tr(
                "Write the files, in order, into a new folder; each is logged as shared with the prospect"
            )
        )
        self.export_folder_button.clicked.connect(lambda: self.export_kit(as_zip=False))
        self.export_zip_button = QPushButton(self.tr("Export zip…"))
        self.export_zip_button.setToolTip(self.tr("One zip to attach; each file is logged as shared"))
        self.export_zip_button.clicked.connect(lambda: self.export_kit(as_zip=True))
        exports = QHBoxLayout()
        for button in (self.save_kit_button, self.export_folder_button, self.export_zip_button):
            exports.addWidget(button)
        self.kit_box = QGroupBox(self.tr("Pitch kit"))
        kit_layout = QVBoxLayout(self.kit_box)
        kit_layout.addWidget(self.kit_choice)
        kit_layout.addWidget(self.kit_name)
        kit_layout.addWidget(self.kit_list, 1)
        kit_layout.addLayout(order)
        kit_layout.addLayout(exports)

        splitter = QSplitter()
        splitter.addWidget(choose)
        splitter.addWidget(middle)
        splitter.addWidget(self.kit_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([240, 660, 320])
        self.export_outcome = OutcomeBar()  # the last export, with Open and Show in folder
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.export_outcome)

        context.current_deal_changed.connect(self._on_deal_changed)
        context.kits_changed.connect(self._on_kits_changed)
        self.kit_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.kit_list.customContextMenuRequested.connect(self._on_kit_menu_requested)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_menu_requested)
        self.fill_segment_choices()
        self._on_mode()
        self._load_kits()

    # -- choosing ----------------------------------------------------------------------------
    def fill_segment_choices(self) -> None:
        taxonomy = self._taxonomy()
        for name, dimension, _title in SEGMENT_CHOICES:
            combo = self.segment[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(any)"), "")
            for entry in taxonomy.get(dimension, []):
                combo.addItem(entry.label, entry.slug)
            combo.setCurrentIndex(max(0, combo.findData(current or "")))
            combo.blockSignals(False)

    def chosen_segment(self) -> Segment:
        return Segment(**{name: (combo.currentData() or None) for name, combo in self.segment.items()})

    def set_segment(self, segment: Segment) -> None:
        """Prepare for a segment rather than a deal."""
        for name, combo in self.segment.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(getattr(segment, name) or "")))
            combo.blockSignals(False)
        if self.for_segment.isChecked():
            self.refresh()
        else:
            self.for_segment.setChecked(True)

    def _on_mode(self) -> None:
        by_deal = self.for_deal.isChecked()
        self.deal_picker.setEnabled(by_deal)
        self.segment_box.setEnabled(not by_deal)
        self.kit_box.setEnabled(by_deal and self.context.current_deal() is not None)
        self.refresh()

    def _on_segment_changed(self) -> None:
        if self.for_segment.isChecked():
            self.refresh()

    def _on_deal_changed(self, _deal: Deal | None) -> None:
        self.kit_box.setEnabled(self.for_deal.isChecked() and self.context.current_deal() is not None)
        self._load_kits()
        if self.for_deal.isChecked():
            self.refresh()

    # -- recommending ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for recommendations for the deal or segment now chosen."""
        self._generation += 1
        generation = self._generation
        deal = self.context.current_deal() if self.for_deal.isChecked() else None
        segment = self.chosen_segment() if self.for_segment.isChecked() else None
        if deal is None and (segment is None or segment.is_empty()):
            self.model.set_items([])
            self.summary.setText(
                self.tr("Choose a deal, or a segment (industry, size, stage, persona), to see what to bring.")
            )
            self._update_buttons()
            return
        sales, library = self.context.sales, self.context.sales.library
        deal_id = deal.id if deal is not None else None
        self.summary.setText(self.tr("Finding what fits…"))

        def work() -> _Shown:
            found = sales.recommend(deal_id=deal_id, segment=segment, limit=RECOMMENDATIONS)
            assets = library.assets_by_id([r.asset_id for r in found.items])
            return _Shown(found, {a.id: a.media_type for a in assets.values()})

        def done(shown: _Shown) -> None:
            if generation == self._generation:
                self._show(shown, deal)

        self.context.read(work, done)

    def _show(self, shown: _Shown, deal: Deal | None) -> None:
        found = shown.recommendations
        self._media_types = shown.media_types
        self.model.set_items(found.items)
        what = segment_text(found.segment, self._labels) or self.tr("any segment")
        if deal is not None:
            head = self.tr("For <b>{0}</b> ({1})").format(html.escape(deal_title(deal)), html.escape(what))
        else:
            head = self.tr("For <b>{0}</b>").format(html.escape(what))
        evidence = (
            self.tr("evidence from {0} similar won deal(s) in the last year").format(found.similar_won_deals)
            if found.similar_won_deals
            else self.tr("no similar won deals yet: ranked by fit, ratings and freshness")
        )
        self._shown_segment = found.segment
        self._shown_deal_id = deal.id if deal is not None else None
        widen = ""
        if deal is not None and len(found.items) < FEW and (found.segment.stage or found.segment.persona):
            widen = " " + self.tr(
                "Few assets fit all of it: <a href='widen'>show what fits the industry and size "
                "at any stage</a>."
            )
        if found.items:
            more = (
                " " + self.tr("<a href='request'>Ask marketing for more</a>.")
                if len(found.items) < FEW
                else ""
            )
            self.summary.setText(f"{head} — {evidence}.{widen}{more}")
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.summary.setText(
                head
                + " — "
                + self.tr("nothing in the library fits yet; <a href='request'>request it from marketing</a>.")
                + widen
            )
        self._update_buttons()
        self.recommended.emit(found)

    def _on_summary_link(self, link: str) -> None:
        if link == "widen":
            shown = self._shown_segment
            self.set_segment(Segment(industry=shown.industry, size=shown.size))
        elif link == "request":
            self.request_requested.emit(self._shown_segment, self._shown_deal_id)

    def current_asset(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(RecordRole.Id)) if index.isValid() else None

    def _update_buttons(self) -> None:
        asset_id = self.current_asset()
        for button in self.item_buttons:
            button.setEnabled(asset_id is not None)
        is_pdf = asset_id is not None and self._media_types.get(asset_id) == "pdf"
        self.present_button.setEnabled(is_pdf)
        self.present_button.setToolTip(
            self.tr("Full screen, page by page; logged as presented")
            if is_pdf or asset_id is None
            else self.tr(
                "Present mode shows PDF pages; present this from its own application, "
                "then use Mark as presented"
            )
        )
        self.add_button.setEnabled(asset_id is not None and self.kit_box.isEnabled())

    def _emit_for_current(self, signal: SignalInstance) -> None:
        asset_id = self.current_asset()
        if asset_id is not None:
            signal.emit(asset_id)

    def _mark_current(self, kind: str) -> None:
        asset_id = self.current_asset()
        if asset_id is not None:
            self.mark_requested.emit(asset_id, kind)

    # -- the kit -----------------------------------------------------------------------------
    def _load_kits(self) -> None:
        deal = self.context.current_deal()
        self._kit_id = None
        self.kit_model.set_entries([])
        self.kit_name.setText(self._default_kit_name(deal))
        self._kits = []
        self._fill_kit_choice()
        if deal is None:
            return
        sales, deal_id = self.context.sales, deal.id

        def done(kits: list[PitchKit]) -> None:
            current = self.context.current_deal()
            if current is not None and current.id == deal_id:
                self._kits = kits
                self._fill_kit_choice()

        self.context.read(lambda: sales.list_kits(deal_id=deal_id), done)

    def _on_kits_changed(self, deal_id: str) -> None:
        """A kit of the deal shown was changed elsewhere (added to from the library, an
        undo): the list of kits follows, and the kit open here shows what it holds now."""
        deal = self.context.current_deal()
        if deal is None or deal.id != deal_id:
            return
        sales = self.context.sales

        def done(kits: list[PitchKit]) -> None:
            current = self.context.current_deal()
            if current is None or current.id != deal_id:
                return
            self._kits = kits
            shown = next((k for k in kits if k.id == self._kit_id), None)
            if self._kit_id is not None and shown is None:  # the kit open here is gone
                self._kit_id = None
                self.kit_model.set_entries([])
                self.kit_name.setText(self._default_kit_name(current))
            elif shown is not None:
                self.kit_model.set_entries([KitEntry(i.asset_id, i.title) for i in shown.items])
                self.kit_name.setText(shown.name)
            self._fill_kit_choice()

        self.context.read(lambda: sales.list_kits(deal_id=deal_id), done)

    def _default_kit_name(self, deal: Deal | None) -> str:
        if deal is None:
            return ""
        return self.tr("{0} — call kit {1}").format(deal.prospect_name, date.today().isoformat())

    def _fill_kit_choice(self) -> None:
        self.kit_choice.clear()
        self.kit_choice.addItem(self.tr("New kit"), "")
        for kit in self._kits:
            self.kit_choice.addItem(self.tr("{0} ({1} assets)").format(kit.name, len(kit.items)), kit.id)
            self.kit_choice.setItemData(
                self.kit_choice.count() - 1,
                self.kit_choice.itemText(self.kit_choice.count() - 1),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.kit_choice.setCurrentIndex(max(0, self.kit_choice.findData(self._kit_id or "")))

    def _on_kit_chosen(self, row: int) -> None:
        kit_id = self.kit_choice.itemData(row) or None
        kit = next((k for k in self._kits if k.id == kit_id), None)
        self._kit_id = kit.id if kit else None
        if kit is None:
            self.kit_model.set_entries([])
            self.kit_name.setText(self._default_kit_name(self.context.current_deal()))
        else:
            self.kit_model.set_entries([KitEntry(i.asset_id, i.title) for i in kit.items])
            self.kit_name.setText(kit.name)

    def _on_kit_menu_requested(self, pos: QPoint) -> None:
        """Right-click on a kit's asset: preview it, move it, take it out."""
        if not select_row_under(self.kit_list, pos):
            return
        asset_id = str(self.kit_list.currentIndex().data(RecordRole.Id))
        menu = QMenu(self)
        preview = menu.addAction(self.tr("Preview"))
        preview.triggered.connect(lambda _checked=False: self.show_requested.emit(asset_id))
        menu.addSeparator()
        for button in (self.up_button, self.down_button, self.remove_button):
            menu.addAction(action_like(button, menu))
        self.kit_menu = menu
        show_menu(menu, self.kit_list, pos)

    def _on_list_menu_requested(self, pos: QPoint) -> None:
        """Right-click on a recommendation: what its buttons do."""
        if not select_row_under(self.list, pos):
            return
        self.list_menu = buttons_menu(
            self,
            [
                self.show_button,
                None,
                self.share_button,
                self.sent_button,
                None,
                self.present_button,
                self.presented_button,
                None,
                self.add_button,
            ],
        )
        show_menu(self.list_menu, self.list, pos)

    def add_current_to_kit(self) -> None:
        index = self.list.currentIndex()
        if index.isValid() and self.kit_model.add(
            KitEntry(str(index.data(RecordRole.Id)), str(index.data(Qt.ItemDataRole.DisplayRole)))
        ):
            self.kit_list.setCurrentIndex(self.kit_model.index(self.kit_model.rowCount() - 1))

    def move_current(self, step: int) -> None:
        row = self.kit_list.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.kit_model.rowCount():
            return
        # moveRows puts the row before `child`: one further down when moving down.
        if self.kit_model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target):
            self.kit_list.setCurrentIndex(self.kit_model.index(target))

    def remove_current(self) -> None:
        row = self.kit_list.currentIndex().row()
        if row >= 0:
            self.kit_model.removeRows(row, 1)

    def _update_kit_buttons(self) -> None:
        row = self.kit_list.currentIndex().row()
        count = self.kit_model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        for button in (self.save_kit_button, self.export_folder_button, self.export_zip_button):
            button.setEnabled(count > 0)

    def _save_work(self) -> Callable[[], PitchKit]:
        """The write that saves the kit as shown (made on the first save)."""
        deal = self.context.current_deal()
        if deal is None:
            raise ValueError("a kit needs a deal")
        sales, kit_id, deal_id = self.context.sales, self._kit_id, deal.id
        name, asset_ids = (
            self.kit_name.text().strip() or self._default_kit_name(deal),
            self.kit_model.asset_ids(),
        )

        def work() -> PitchKit:
            if kit_id is None:
                return sales.create_kit(name, deal_id, asset_ids)
            before = sales.get_kit(kit_id)
            self._saved_before[kit_id] = (before.name, [i.asset_id for i in before.items])
            sales.rename_kit(kit_id, name)
            return sales.set_kit_assets(kit_id, asset_ids)

        return work

    def _enter_save_in_undo(self, kit: PitchKit, made: bool) -> None:
        """Edit › Undo of a save: a new kit goes again, a changed kit gets back its name and
        assets as they were saved before."""
        sales, kit_id, deal_id = self.context.sales, kit.id, kit.deal_id
        name, assets = kit.name, [i.asset_id for i in kit.items]

        def changed(_result: object) -> None:
            self.context.kits_changed.emit(deal_id)

        if made:
            self.context.undo.add(
                self.tr("Save kit “{0}”").format(name),
                undo=lambda: sales.delete_kit(kit_id),
                redo=lambda: sales.restore_kit(kit_id),
                after=changed,
            )
            return
        old_name, old_assets = self._saved_before.pop(kit_id, (name, assets))

        def put(kit_name: str, ids: list[str]) -> PitchKit:
            sales.rename_kit(kit_id, kit_name)
            return sales.set_kit_assets(kit_id, ids)

        self.context.undo.add(
            self.tr("Save kit “{0}”").format(name),
            undo=lambda: put(old_name, old_assets),
            redo=lambda: put(name, assets),
            after=changed,
        )

    def _kit_saved(self, kit: PitchKit) -> None:
        current = self.context.current_deal()
        if current is not None and current.id == kit.deal_id:
            # Only for the deal still shown: after a switch, the panel is another deal's
            # kit, and taking this id would make its next save overwrite this kit.
            self._kit_id = kit.id
            self._kits = [kit, *(k for k in self._kits if k.id != kit.id)]
            self._fill_kit_choice()
        self.kit_saved.emit(kit)

    def save_kit(self) -> None:
        if self.context.current_deal() is None or not self.kit_model.rowCount():
            return
        made = self._kit_id is None
        self.context.write(self._save_work(), lambda kit: self._on_saved(kit, made))

    def _on_saved(self, kit: PitchKit, made: bool = False) -> None:
        self._kit_saved(kit)
        self._enter_save_in_undo(kit, made)
        self.context.message.emit(self.tr("Kit “{0}” saved.").format(kit.name))

    def export_kit(self, *, as_zip: bool) -> None:
        deal = self.context.current_deal()
        if deal is None or not self.kit_model.rowCount():
            return
        destination = KitDestination.ask(
            self, self.kit_name.text().strip() or self._default_kit_name(deal), as_zip
        )
        if destination is None:
            return
        self._export(self._save_work(), deal, destination, as_zip)

    def _export(self, save: Callable[[], PitchKit], deal: Deal, destination: Path, as_zip: bool) -> None:
        """Save the kit and export it. A kit with team files not on this laptop yet is saved,
        its files are fetched (nothing is written or logged until every one is here), then
        the kit as saved is exported."""
        sales = self.context.sales

        def work() -> tuple[PitchKit, KitExport | FilesNotOnThisLaptop]:
            kit = save()
            try:
                return kit, sales.export_kit(kit.id, destination, as_zip=as_zip)
            except FilesNotOnThisLaptop as missing:
                return kit, missing

        def done(result: tuple[PitchKit, KitExport | FilesNotOnThisLaptop]) -> None:
            kit, exported = result
            self._kit_saved(kit)
            if isinstance(exported, FilesNotOnThisLaptop):
                saved = kit.id
                self.files_needed.emit(
                    exported, lambda: self._export(lambda: sales.get_kit(saved), deal, destination, as_zip)
                )
                return
            self.export_outcome.done(
                self.tr("Exported {0} file(s) to {1}; logged as shared with {2}.").format(
                    len(exported.files), Path(exported.path).name, deal.prospect_name
                ),
                Path(exported.path),
            )
            self.kit_exported.emit(exported)

        self.context.write(work, done)
