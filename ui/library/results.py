"""The result list: a real item model holding one page of hits, a delegate that paints
each hit as a card, and a view that lets a file be dragged out of the app."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDrag, QFont, QImage, QPainter, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.records import Asset, SearchHit

from ..common.language import day_text
from ..common.record_table import ResultRole

log = logging.getLogger(__name__)

THUMB = 64
ROW_HEIGHT = 96
AnyIndex = QModelIndex | QPersistentModelIndex


ATTENTION_COLOR = QColor(214, 120, 0)  # readable on light and dark backgrounds


def status_badge(asset: Asset | None) -> str:
    """What a card says before its chips: "Needs attention", "Draft", "Archived" or nothing."""
    if asset is None:
        return ""
    if asset.attention:
        return "Needs attention"
    if asset.status is AssetStatus.DRAFT:
        return "Draft"
    return "Archived" if asset.status is AssetStatus.ARCHIVED else ""


@dataclass(frozen=True)
class ResultRow:
    hit: SearchHit
    asset: Asset | None
    thumbnail: QImage | None
    on_server: bool = False  # its file is on the team server, not on this laptop yet


class SearchResultsModel(QAbstractListModel):
    """Holds what a search returned; `data()` reads only what was loaded with it."""

    def __init__(self, labels: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._labels = labels

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def replace_row(self, new: ResultRow) -> None:
        """One hit shown anew (a team file arrived with its thumbnail)."""
        for n, row in enumerate(self._rows):
            if row.hit.asset_id == new.hit.asset_id:
                self._rows[n] = new
                self.dataChanged.emit(self.index(n), self.index(n))
                return

    def asset_ids(self) -> list[str]:
        return [r.hit.asset_id for r in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        hit, asset = row.hit, row.asset
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return hit.title
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [f"<b>{html.escape(hit.title)}</b>"]
                if hit.file_name:
                    parts.append(html.escape(hit.file_name))
                if asset is not None and asset.attention:
                    parts.append("<b>Needs attention:</b> " + html.escape(asset.attention))
                elif asset is not None and asset.text_reason:
                    parts.append(html.escape(asset.text_reason))
                if row.on_server:
                    parts.append("On the team server, not on this laptop yet: fetched when you open it")
                return "<br>".join(parts)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                badge = status_badge(asset)
                return ", ".join(x for x in (hit.title, self._labels("type", hit.type), badge) if x)
            if role == ResultRole.AssetId:
                return hit.asset_id
            if role == ResultRole.Hit:
                return hit
            if role == ResultRole.Asset:
                return asset
            if role == ResultRole.Thumbnail:
                return row.thumbnail
            if role == ResultRole.OnServer:
                return row.on_server
            if role == ResultRole.PageBadge:
                if hit.page and hit.page_kind:
                    return f"{hit.page_kind.value} {hit.page}"
                return ""
            if role == ResultRole.Chips:
                if asset is None:
                    return []
                chips: list[str] = []
                for dim in (
                    Dimension.STAGE,
                    Dimension.INDUSTRY,
                    Dimension.SIZE,
                    Dimension.PERSONA,
                    Dimension.PRODUCT,
                ):
                    chips.extend(self._labels(dim.value, v) for v in asset.taxonomy.get(dim, ()))
                return chips
        except Exception:  # a broken row must never take the view down
            log.exception("cannot show result row %s", index.row())
            return None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class ThumbnailCache:
    """Thumbnails read from disk once, not on every keystroke that shows them again.
    Used from the search threads; QImage may be made off the GUI thread."""

    LIMIT = 500

    def __init__(self) -> None:
        self._images: dict[Path, QImage] = {}

    def image(self, path: Path | None) -> QImage | None:
        if path is None:
            return None
        image = self._images.get(path)
        if image is None:
            if len(self._images) >= self.LIMIT:
                self._images.clear()
            image = QImage(str(path))
            self._images[path] = image
        return image


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit: thumbnail, title, type and page badge, taxonomy chips, snippet, date."""

    def __init__(self, labels: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._pixmaps: dict[int, QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        return QSize(200, ROW_HEIGHT)  # rows take the view's width; only the height matters

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit: SearchHit | None = index.data(ResultRole.Hit)
        if hit is None:
            super().paint(painter, option, index)
            return
        asset: Asset | None = index.data(ResultRole.Asset)
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlpha(160)
        rect = option.rect.adjusted(8, 6, -8, -6)

        thumb_rect = QRect(rect.left(), rect.top() + 4, THUMB, THUMB)
        image: QImage | None = index.data(ResultRole.Thumbnail)
        if image is not None and not image.isNull():
            key = image.cacheKey()
            pixmap = self._pixmaps.get(key)
            if pixmap is None:
                pixmap = QPixmap.fromImage(image).scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self._pixmaps[key] = pixmap
            x = thumb_rect.left() + (THUMB - pixmap.width()) // 2
            y = thumb_rect.top() + (THUMB - pixmap.height()) // 2
            painter.drawPixmap(x, y, pixmap)
        else:
            painter.setPen(muted)
            painter.drawRoundedRect(thumb_rect.adjusted(1, 1, -1, -1), 6, 6)
            badge_font = QFont(option.font)
            badge_font.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            painter.setFont(badge_font)
            kind = (asset.media_type if asset else "").upper() or "FILE"
            painter.drawText(thumb_rect, Qt.AlignmentFlag.AlignCenter, kind[:5])
        if index.data(ResultRole.OnServer):
            # A small cloud: the file is on the team server and is fetched when opened.
            badge = QRect(thumb_rect.right() - 21, thumb_rect.bottom() - 15, 22, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(badge, 5, 5)
            cloud_font = QFont(option.font)
            cloud_font.setPointSizeF(option.font.pointSizeF())
            painter.setFont(cloud_font)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "☁")

        left = thumb_rect.right() + 12
        width = rect.right() - left
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.05)
        painter.setFont(title_font)
        painter.setPen(text_color)
        meta = self._labels("type", hit.type) if hit.type else ""
        page_badge = str(index.data(ResultRole.PageBadge) or "")
        right_text = " · ".join(x for x in (meta, page_badge) if x)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        painter.setFont(small)
        right_width = painter.fontMetrics().horizontalAdvance(right_text) + 8
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - right_width, rect.top(), right_width, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            right_text,
        )
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = painter.fontMetrics().elidedText(
            hit.title, Qt.TextElideMode.ElideRight, width - right_width - 8
        )
        painter.drawText(
            QRect(left, rect.top(), width - right_width, 20), Qt.AlignmentFlag.AlignVCenter, title
        )

        chips: list[str] = index.data(ResultRole.Chips) or []
        painter.setFont(small)
        x = left
        chip_y = rect.top() + 24
        chip_fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        chip_fill.setAlpha(40 if not selected else 90)
        chips_end = rect.right() - painter.fontMetrics().horizontalAdvance("0000-00-00") - 12
        badge_text = status_badge(asset)
        if badge_text:
            badge_width = painter.fontMetrics().horizontalAdvance(badge_text) + 14
            badge_rect = QRect(x, chip_y, badge_width, 18)
            painter.setPen(ATTENTION_COLOR if asset is not None and asset.attention else muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge_rect.adjusted(0, 0, -1, -1), 9, 9)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge_text)
            x += badge_width + 6
        for chip in chips[:6]:
            chip_width = painter.fontMetrics().horizontalAdvance(chip) + 12
            if x + chip_width > chips_end:
                break
            chip_rect = QRect(x, chip_y, chip_width, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip_fill)
            painter.drawRoundedRect(chip_rect, 9, 9)
            painter.setPen(text_color)
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip)
            x += chip_width + 6
        if hit.file_name and chips_end - x > 40:
            # The file's own name stays visible beside the title read from inside it.
            painter.setPen(muted)
            name = painter.fontMetrics().elidedText(
                hit.file_name, Qt.TextElideMode.ElideMiddle, chips_end - x
            )
            painter.drawText(QRect(x, chip_y, chips_end - x, 18), Qt.AlignmentFlag.AlignVCenter, name)
        if asset is not None and asset.updated_at is not None:
            date_text = day_text(asset.published_on)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.right() - 100, chip_y, 100, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                date_text,
            )

        document = QTextDocument()
        document.setDefaultFont(small)
        color = text_color.name()
        document.setHtml(f'<span style="color:{color}">{hit.snippet}</span>')
        document.setTextWidth(width)
        painter.translate(left - 4, rect.top() + 44)
        clip = QRect(0, 0, width + 4, rect.height() - 44)
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()


class ResultListView(QListView):
    """A list whose items can be dragged out as files (email clients, chat, desktop)."""

    dragged_out = Signal(str)  # asset id: a drop target outside took the file (a share)

    def __init__(
        self, prepare_drag: Callable[[str], QMimeData | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._prepare_drag = prepare_drag
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        index = self.currentIndex()
        if not index.isValid():
            return
        asset_id = str(index.data(ResultRole.AssetId))
        mime = self._prepare_drag(asset_id)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        image: QImage | None = index.data(ResultRole.Thumbnail)
        if image is not None and not image.isNull():
            drag.setPixmap(QPixmap.fromImage(image).scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio))
        if drag.exec(Qt.DropAction.CopyAction) != Qt.DropAction.IgnoreAction:
            self.dragged_out.emit(asset_id)


def file_mime_data(path: str | None, url: str | None) -> QMimeData:
    mime = QMimeData()
    if path is not None:
        file_url = QUrl.fromLocalFile(path)
        mime.setUrls([file_url])
        mime.setText(path)
        # File managers on Linux paste files from this format.
        mime.setData("x-special/gnome-copied-files", f"copy\n{file_url.toString()}".encode())
    elif url is not None:
        mime.setUrls([QUrl(url)])
        mime.setText(url)
    return mime
