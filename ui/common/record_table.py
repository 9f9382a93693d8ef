"""One table model for frozen records (deals, requests, a CRM import preview, the Insight
tables): columns declared once per table, records loaded off the GUI thread; `data()` only
reads them, never queries and never raises (a record that cannot be shown is logged and
left blank)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView

from collateral_app.services.insight.tables import Table

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
Labels = Callable[[str, str], str]  # (dimension, slug) → the value's label
NO_INDEX = QModelIndex()


class ResultRole(IntEnum):
    AssetId = Qt.ItemDataRole.UserRole + 1
    Hit = Qt.ItemDataRole.UserRole + 2
    Asset = Qt.ItemDataRole.UserRole + 3
    Thumbnail = Qt.ItemDataRole.UserRole + 4
    Chips = Qt.ItemDataRole.UserRole + 5
    PageBadge = Qt.ItemDataRole.UserRole + 6
    OnServer = Qt.ItemDataRole.UserRole + 7  # a team file not on this laptop yet


class RecordRole(IntEnum):
    # The id sits where the result list keeps an asset's, so the drag-out view serves every table.
    Id = ResultRole.AssetId
    Record = Qt.ItemDataRole.UserRole + 20
    Sort = Qt.ItemDataRole.UserRole + 21


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # by the shown text when not said
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tip: Callable[[Any], str] | None = None
    dimension: str | None = None  # the text is a slug of this taxonomy dimension, shown by its label


class RecordTable(QAbstractTableModel):
    columns: Sequence[Column] = ()
    title = "table"  # what a CSV export of it is called
    context = "records"  # where its column titles are translated

    def __init__(self, parent: QObject | None = None, labels: Labels | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._labels = labels

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def record_id(self, record: Any) -> Any:
        """What actions on the row act on (RecordRole.Id); None for records without an id."""
        return getattr(record, "id", None)

    def row_of(self, record_id: str | None) -> int:
        return next((n for n, r in enumerate(self._records) if self.record_id(r) == record_id), -1)

    def label(self, dimension: str, slug: str) -> str:
        """A taxonomy value's label, or the value itself in a table without labels."""
        return self._labels(dimension, slug) if self._labels else slug

    def text(self, column: Column, record: Any) -> str:
        text = column.text(record)
        return self.label(column.dimension, text) if column.dimension else text

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(self.context, self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.text(column, record)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.align | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole and column.tip:
                return column.tip(record)
            if role == RecordRole.Id:
                return self.record_id(record)
            if role == RecordRole.Record:
                return record
            if role == RecordRole.Sort:
                return column.sort(record) if column.sort else self.text(column, record)
            return self.extra_data(record, index.column(), role)
        except Exception:  # a record that cannot be shown must not take the view down
            log.exception("cannot show row %s of %s", index.row(), type(self).__name__)
        return None

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Other roles of a row (tool tips, accessible text), for tables that have them."""
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def as_table(self) -> Table:
        """What the table shows, every row, for a CSV export."""
        name = self.title.lower().replace(" ", "-")  # the file's name stays the same in every language
        rows = tuple(tuple(self.text(c, r) for c in self.columns) for r in self._records)
        words = QCoreApplication.translate
        headers = tuple(words(self.context, c.title) for c in self.columns)
        return Table(name, words(self.context, self.title), headers, rows)


def select_record(
    table: QTableView, model: RecordTable, proxy: QSortFilterProxyModel, record_id: str
) -> bool:
    """Make the row of `record_id` current and scroll to it; False when the table does not
    show it (filtered out, or no longer there)."""
    row = model.row_of(record_id)
    index = proxy.mapFromSource(model.index(row, 0)) if row >= 0 else QModelIndex()
    if not index.isValid():
        return False
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(index)
    return True
