"""Choosing a deal, wherever a rep says which deal something is for (the toolbar's current
deal, Prepare's deal, a request's deal): a combo box whose list opens with a filter box, so
a few typed letters find one deal among hundreds. The deals made current lately come first,
then my open deals, the team's other open deals and the closed ones; each entry names the
prospect and says stage, owner and close date, so two deals of the same name differ."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.sales import Deal

from ..common.context import SalesContext
from ..common.record_table import Labels
from .models import DealChoicesFilter, DealChoicesModel, DealSection

AnyIndex = QModelIndex | QPersistentModelIndex
POPUP_MIN_WIDTH = 460
POPUP_ROWS = 9  # deals seen at once before the list scrolls
PADDING = 4


@dataclass(frozen=True)
class DealChoices:
    """What a deal is picked from: the deals (in the service's order), whose they are (my
    name, to put mine first) and the ids picked lately in this library, the newest first."""

    deals: Sequence[Deal]
    me: str = ""
    recent: Sequence[str] = ()


def deal_choices(context: SalesContext) -> DealChoices:
    return DealChoices(context.deals, context.my_name, context.recent_deal_ids())


class DealChoiceDelegate(QStyledItemDelegate):
    """Two lines per deal (its title; stage · owner · close date) and, above the first deal
    of a section, the section's caption (Recent, My open deals, ...)."""

    def __init__(self, section_title: Callable[[DealSection], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section_title = section_title

    def caption(self, index: AnyIndex) -> str:
        """The section's caption when `index` is the first shown deal of its section."""
        section = index.data(DealChoicesModel.SectionRole)
        if section is None:
            return ""
        if index.row() > 0:
            above = index.model().index(index.row() - 1, 0)
            if above.data(DealChoicesModel.SectionRole) == section:
                return ""
        return self._section_title(DealSection(section))

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def _caption_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(self._small(option.font)).height() + 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        lines = QFontMetrics(option.font).height() + QFontMetrics(self._small(option.font)).height()
        height = lines + 3 * PADDING
        if self.caption(index):
            height += self._caption_height(option)
        return QSize(POPUP_MIN_WIDTH - 20, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        palette = option.palette
        rect = QRect(option.rect)
        caption = self.caption(index)
        small = self._small(option.font)
        if caption:
            top = QRect(rect.left(), rect.top(), rect.width(), self._caption_height(option))
            bold = QFont(small)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                top.adjusted(2 * PADDING, PADDING, -PADDING, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                caption.upper() if caption.isascii() else caption,
            )
            rect.setTop(top.bottom() + 1)
        item = QStyleOptionViewItem(option)
        item.rect = rect
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        inner = rect.adjusted(2 * PADDING, PADDING, -2 * PADDING, -PADDING)
        title_height = QFontMetrics(option.font).height()
        painter.setFont(option.font)
        painter.setPen(ink)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(small)
        painter.setPen(palette.color(muted))
        detail = str(index.data(DealChoicesModel.DetailRole) or "")
        painter.drawText(
            QRect(inner.left(), inner.top() + title_height + PADDING, inner.width(), inner.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class DealPopup(QFrame):
    """The open deal picker: a filter box over the list; Up and Down move in the list while
    typing, Enter or a click chooses, Escape closes."""

    chosen = Signal(int)  # the row in the choices model

    def __init__(self, choices: DealChoicesModel, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)  # the click that closes it does not reopen it
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choices = choices
        self.proxy = DealChoicesFilter(self)
        self.proxy.setSourceModel(choices)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Type to filter by deal, prospect, owner or stage"))
        self.filter_box.setAccessibleName(self.tr("Filter deals"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(DealChoiceDelegate(choices.section_title, self.list))
        self.list.setAccessibleName(self.tr("Deals"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMouseTracking(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the filter box
        self.list.clicked.connect(self._choose)
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
        layout.setSpacing(PADDING)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter_box.textChanged.connect(self._on_filter_text_changed)
        self._current_row = 0

    def open_below(self, anchor: QWidget, text: str, current_row: int) -> None:
        """Show under `anchor` (above it when the screen has no room below), with `text`
        typed in the filter and the current deal selected."""
        self._current_row = current_row
        self.filter_box.blockSignals(True)
        self.filter_box.setText(text)
        self.filter_box.blockSignals(False)
        self._on_filter_text_changed(text)
        rows = self.proxy.rowCount()
        row_height = self.list.sizeHintForRow(min(1, rows - 1)) if rows else 40
        width = max(anchor.width(), POPUP_MIN_WIDTH)
        height = self.filter_box.sizeHint().height() + self.count.sizeHint().height()
        height += row_height * POPUP_ROWS + 6 * PADDING
        below = anchor.mapToGlobal(anchor.rect().bottomLeft())
        screen = anchor.screen().availableGeometry()
        x = min(max(screen.left(), below.x()), screen.right() - width)
        y = below.y()
        if y + height > screen.bottom():
            y = max(screen.top(), anchor.mapToGlobal(anchor.rect().topLeft()).y() - height)
        self.setGeometry(x, y, width, min(height, screen.height()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter_box.setFocus(Qt.FocusReason.PopupFocusReason)

    def shown_titles(self) -> list[str]:
        """What the list shows now, top to bottom (for tests and screen readers)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        shown = self.proxy.rowCount()
        total = self.choices.deal_count()
        if not text.strip():
            wanted = self.proxy.mapFromSource(self.choices.index(max(0, self._current_row), 0))
            self.count.setText(self.tr("%n deal(s) · type to filter", "", total))
        else:
            wanted = self.proxy.index(0, 0)
            if shown:
                self.count.setText(self.tr("{0} of {1} deals").format(shown, total))
            else:
                self.count.setText(self.tr("No deal matches “{0}”.").format(text.strip()))
        if wanted.isValid():
            self.list.setCurrentIndex(wanted)
            self.list.scrollTo(wanted)
        if text.strip():
            self.list.scrollToTop()  # the best matches, with their section's caption

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        typing = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.filter_box and typing:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.list, event)  # the list moves; the filter keeps the keyboard
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.list.currentIndex().isValid():
                    self._choose(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        self.hide()
        if row >= 0:
            self.chosen.emit(row)


class DealChooser(QComboBox):
    """A combo box of deals whose list opens as a `DealPopup`: click it, press F4 or Space,
    or just start typing on it to filter. Up and Down on the closed box step through the
    deals as in any combo box."""

    def __init__(self, parent: QWidget | None = None, labels: Labels | None = None) -> None:
        super().__init__(parent)
        self.choices = DealChoicesModel(self, labels)
        self.setModel(self.choices)
        self.popup = DealPopup(self.choices, self)
        self.popup.chosen.connect(self._on_popup_chosen)
        self.setMaxVisibleItems(20)

    def set_deals(
        self, deals: Sequence[Deal], *, me: str = "", recent: Sequence[str] = (), current: str | None = None
    ) -> None:
        self.choices.set_deals(deals, me=me, recent=recent)
        self.show_deal(current)

    def show_deal(self, deal_id: str | None) -> None:
        """Show `deal_id` (None: "No deal") without it counting as the user's choice."""
        row = self.choices.row_of(deal_id)
        if row >= 0 and row != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(row)
            self.blockSignals(False)

    def current_deal(self) -> Deal | None:
        return self.choices.deal_at(self.currentIndex())

    def refresh_choices(self) -> None:
        """Called just before the list opens: a chooser that knows where its deals come
        from loads them again here (the recent ones may have changed)."""

    def showPopup(self) -> None:  # noqa: N802
        self.open_filtered("")

    def open_filtered(self, text: str) -> None:
        self.refresh_choices()
        self.popup.open_below(self, text, max(0, self.currentIndex()))

    def hidePopup(self) -> None:  # noqa: N802
        self.popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        typed = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if plain and typed and typed.isprintable() and not typed.isspace():
            self.open_filtered(typed)  # typing on the box starts filtering, as in a browser's address bar
            return
        super().keyPressEvent(event)

    def _on_popup_chosen(self, row: int) -> None:
        self.setCurrentIndex(row)
        self.activated.emit(row)


class DealPicker(DealChooser):
    """Which deal what the rep shares or presents is for; remembered between runs. Every
    picker in the window shows the same current deal, and remembers it among the recent ones
    of this library."""

    def __init__(
        self, context: SalesContext, parent: QWidget | None = None, labels: Labels | None = None
    ) -> None:
        super().__init__(parent, labels)
        self._context = context
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(self.tr("Current deal"))
        self.setToolTip(
            self.tr("What you share, send or present is logged with this deal; type on it to find one")
        )
        context.deals_loaded.connect(self._fill)
        context.profile_changed.connect(lambda _profile: self._fill())
        context.current_deal_changed.connect(lambda _deal: self.show_deal(self._context.current_deal_id()))
        self.activated.connect(self._on_activated)
        self._fill()

    def _fill(self) -> None:
        choices = deal_choices(self._context)
        self.set_deals(
            choices.deals, me=choices.me, recent=choices.recent, current=self._context.current_deal_id()
        )

    def refresh_choices(self) -> None:
        self._fill()

    def _on_activated(self, row: int) -> None:
        deal = self.choices.deal_at(row)
        self._context.set_current_deal(deal.id if deal is not None else None)
