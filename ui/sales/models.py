"""Item models of the feedback loop's screens: deals, deal choices, content requests,
recommendations, a pitch kit's items and a CRM import preview. Each holds frozen records
loaded off the GUI thread; `data()` only reads them and never raises."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from collateral_app.domain.sales import (
    ContentRequest,
    Deal,
    ImportRow,
    Outcome,
    Recommendation,
    RequestStatus,
    RowAction,
    Segment,
)
from collateral_app.i18n import QT_TRANSLATE_NOOP
from collateral_app.services.common.tabular import fold

from ..common.language import day_text, money_text
from ..common.record_table import Column, Labels, RecordRole, RecordTable
from ..common.words import deal_stage, deal_title, segment_text

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()


OUTCOME_WORDS = {
    Outcome.OPEN: QT_TRANSLATE_NOOP("sales", "Open"),
    Outcome.WON: QT_TRANSLATE_NOOP("sales", "Won"),
    Outcome.LOST: QT_TRANSLATE_NOOP("sales", "Lost"),
}
STATUS_WORDS = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("sales", "Open"),
    RequestStatus.ACCEPTED: QT_TRANSLATE_NOOP("sales", "Accepted"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("sales", "In progress"),
    RequestStatus.DELIVERED: QT_TRANSLATE_NOOP("sales", "Delivered"),
    RequestStatus.DECLINED: QT_TRANSLATE_NOOP("sales", "Declined"),
}
ACTION_WORDS = {
    RowAction.CREATED: QT_TRANSLATE_NOOP("sales", "new"),
    RowAction.UPDATED: QT_TRANSLATE_NOOP("sales", "updated"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("sales", "unchanged"),
    RowAction.REJECTED: QT_TRANSLATE_NOOP("sales", "rejected"),
}


class DealsModel(RecordTable):
    DEAL, PROSPECT, SEGMENT, STAGE, AMOUNT, OWNER, CLOSE, OUTCOME = range(8)
    context = "sales"

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent, labels)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("sales", "Deal"), lambda d: d.name, lambda d: d.name.casefold()),
            Column(
                QT_TRANSLATE_NOOP("sales", "Prospect"),
                lambda d: d.prospect_name,
                lambda d: d.prospect_name.casefold(),
            ),
            Column(QT_TRANSLATE_NOOP("sales", "Segment"), self._segment, self._segment),
            Column(QT_TRANSLATE_NOOP("sales", "Stage"), self._stage, self._stage),
            Column(
                QT_TRANSLATE_NOOP("sales", "Amount"),
                lambda d: money_text(d.amount),
                lambda d: d.amount.minor if d.amount else -1,
                Qt.AlignmentFlag.AlignRight,
            ),
            Column(QT_TRANSLATE_NOOP("sales", "Owner"), lambda d: d.owner, lambda d: d.owner.casefold()),
            Column(
                QT_TRANSLATE_NOOP("sales", "Close date"),
                lambda d: day_text(d.close_date),
                lambda d: d.close_date.isoformat() if d.close_date else "",
            ),
            Column(QT_TRANSLATE_NOOP("sales", "Outcome"), self._outcome, lambda d: d.outcome.value),
        )

    def _segment(self, deal: Deal) -> str:
        return segment_text(Segment(industry=deal.industry, size=deal.size), self.label)

    def _stage(self, deal: Deal) -> str:
        return QCoreApplication.translate("sales", deal_stage(deal, self.label))

    def _outcome(self, deal: Deal) -> str:
        return QCoreApplication.translate("sales", OUTCOME_WORDS[deal.outcome])

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        deal: Deal = record
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [deal_title(deal)]
            if deal.outcome.is_closed and deal.stage:
                lines.append(
                    QCoreApplication.translate("sales", "Reached before closing: {0}").format(
                        self.label("stage", deal.stage)
                    )
                )
            if deal.crm_stage:
                lines.append(
                    QCoreApplication.translate("sales", "Stage in the CRM: {0}").format(deal.crm_stage)
                )
            if deal.crm_id:
                lines.append(
                    QCoreApplication.translate("sales", "CRM id: {0} ({1})").format(
                        deal.crm_id, deal.crm_source or ""
                    )
                )
            if deal.awaiting_feedback:
                lines.append(QCoreApplication.translate("sales", "Waiting for feedback on the assets used"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[column].title}: {self.columns[column].text(deal)}"
        return None


class DealFilter(QSortFilterProxyModel):
    """Deals matching the typed words (in deal, prospect or owner) and the chosen outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._outcome: Outcome | None = None
        self.setSortRole(RecordRole.Sort)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._words = text.casefold().split()
        self.invalidate()  # not invalidateRowsFilter: deprecated in Qt 6.10, missing before 6.0

    def set_outcome(self, outcome: Outcome | None) -> None:
        self._outcome = outcome
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        deal = model.data(model.index(source_row, 0, source_parent), RecordRole.Record)
        if not isinstance(deal, Deal):
            return False
        if self._outcome is not None and deal.outcome is not self._outcome:
            return False
        haystack = f"{deal.name} {deal.prospect_name} {deal.owner} {deal.crm_id or ''}".casefold()
        return all(word in haystack for word in self._words)


class DealSection(IntEnum):
    """Where a deal stands in the deal picker: what the rep worked on lately, then their own
    open deals, the team's other open deals, and the closed ones last."""

    RECENT = 0
    MINE = 1
    OPEN = 2
    CLOSED = 3


SECTION_WORDS = {
    DealSection.RECENT: QT_TRANSLATE_NOOP("sales", "Recent"),
    DealSection.MINE: QT_TRANSLATE_NOOP("sales", "My open deals"),
    DealSection.OPEN: QT_TRANSLATE_NOOP("sales", "Open deals"),
    DealSection.CLOSED: QT_TRANSLATE_NOOP("sales", "Closed deals"),
}
OTHERS_OPEN = QT_TRANSLATE_NOOP("sales", "Other open deals")  # the open section below mine


class DealChoicesModel(QAbstractListModel):
    """The deal picker's list: "No deal", then the deals made current lately, my open deals,
    the other open deals and the closed ones. Each entry names its prospect and says its
    stage, owner and close date, so two deals of the same name can be told apart."""

    SectionRole = Qt.ItemDataRole.UserRole + 40
    DetailRole = Qt.ItemDataRole.UserRole + 41
    SearchRole = Qt.ItemDataRole.UserRole + 42

    def __init__(self, parent: QObject | None = None, labels: Labels | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[DealSection, Deal]] = []
        self._search: list[str] = []  # per deal row: the words the filter looks in, folded
        self._labels: Labels = labels or (lambda _dimension, slug: slug.replace("-", " ").capitalize())
        self._has_mine = False

    def set_deals(
        self,
        deals: Sequence[Deal],
        *,
        me: str = "",
        recent: Sequence[str] = (),
    ) -> None:
        """`deals` in the service's order (open ones by expected close, then closed ones,
        latest first); `me` the profile's name; `recent` ids, the newest first."""
        by_id = {d.id: d for d in deals}
        rows: list[tuple[DealSection, Deal]] = []
        placed: set[str] = set()
        for deal_id in recent:
            deal = by_id.get(deal_id)
            if deal is not None and deal.id not in placed:
                rows.append((DealSection.RECENT, deal))
                placed.add(deal.id)
        mine = fold(me) if me.strip() else None

        def is_mine(deal: Deal) -> bool:
            return mine is not None and fold(deal.owner) == mine

        rest = [d for d in deals if d.id not in placed]
        open_deals = [d for d in rest if d.outcome is Outcome.OPEN]
        rows += [(DealSection.MINE, d) for d in open_deals if is_mine(d)]
        rows += [(DealSection.OPEN, d) for d in open_deals if not is_mine(d)]
        closed = [d for d in rest if d.outcome is not Outcome.OPEN]
        rows += [(DealSection.CLOSED, d) for d in sorted(closed, key=lambda d: not is_mine(d))]
        self.beginResetModel()
        self._rows = rows
        self._has_mine = any(section is DealSection.MINE for section, _ in rows)
        self._search = [self._search_text(d) for _s, d in rows]
        self.endResetModel()

    def _search_text(self, deal: Deal) -> str:
        try:
            stage = deal_stage(deal, self._labels)
        except Exception:  # a broken label must not hide the deal
            log.exception("stage of deal %s", deal.id)
            stage = ""
        return fold(f"{deal.name} {deal.prospect_name} {deal.owner} {stage} {deal.crm_id or ''}")

    def row_of(self, deal_id: str | None) -> int:
        if deal_id is None:
            return 0
        return next((n + 1 for n, (_s, d) in enumerate(self._rows) if d.id == deal_id), -1)

    def deal_at(self, row: int) -> Deal | None:
        return self._rows[row - 1][1] if 1 <= row <= len(self._rows) else None

    def deal_count(self) -> int:
        return len(self._rows)

    def section_title(self, section: DealSection) -> str:
        if section is DealSection.OPEN and self._has_mine:
            return QCoreApplication.translate("sales", OTHERS_OPEN)
        return QCoreApplication.translate("sales", SECTION_WORDS[section])

    def detail(self, deal: Deal) -> str:
        """Stage · owner · close date: what tells apart two deals of the same name."""
        stage = QCoreApplication.translate("sales", deal_stage(deal, self._labels))
        if deal.close_date is None:
            when = ""
        elif deal.outcome is Outcome.OPEN:
            when = QCoreApplication.translate("sales", "closes {0}").format(day_text(deal.close_date))
        else:
            when = QCoreApplication.translate("sales", "closed {0}").format(day_text(deal.close_date))
        owner = deal.owner or QCoreApplication.translate("sales", "no owner")
        return " · ".join(part for part in (stage, owner, when) if part)

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        try:
            return self._data(index.row(), role)
        except Exception:  # a broken label must not break the toolbar
            log.exception("deal choice %s could not be shown", index.row())
            return None

    def _data(self, row: int, role: int) -> Any:
        deal = self.deal_at(row)
        if deal is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("sales", "No deal")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("sales", "Log what you share without tying it to a deal")
            if role == self.DetailRole:
                return QCoreApplication.translate("sales", "what you share is not tied to a deal")
            if role == RecordRole.Id:
                return ""
            return None
        section = self._rows[row - 1][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return deal_title(deal)
        if role == self.DetailRole:
            return self.detail(deal)
        if role == Qt.ItemDataRole.ToolTipRole:
            amount = f" · {money_text(deal.amount)}" if deal.amount else ""
            return f"{deal.prospect_name} — {deal.name}\n{self.detail(deal)}{amount}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{deal_title(deal)}, {self.detail(deal)}"
        if role == self.SectionRole:
            return int(section)
        if role == self.SearchRole:
            return self._search[row - 1]
        if role == RecordRole.Id:
            return deal.id
        if role == RecordRole.Record:
            return deal
        return None


class DealChoicesFilter(QSortFilterProxyModel):
    """The deal picker's list narrowed to the deals with every typed word in their name,
    prospect, owner, stage or CRM id; "No deal" only while nothing is typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self.invalidate()  # not invalidateRowsFilter: deprecated in Qt 6.10, missing before 6.0

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), DealChoicesModel.SearchRole)
        return isinstance(haystack, str) and all(word in haystack for word in self._words)


class RequestsModel(RecordTable):
    TEXT, STATUS, VOTES, SEGMENT, REQUESTER, ASKED, UPDATED = range(7)
    context = "sales"

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent, labels)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("sales", "Request"), lambda r: r.text, lambda r: r.text.casefold()),
            Column(
                QT_TRANSLATE_NOOP("sales", "Status"),
                lambda r: QCoreApplication.translate("sales", STATUS_WORDS[r.status]),
                lambda r: list(RequestStatus).index(r.status),
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Votes"),
                lambda r: str(r.votes),
                lambda r: r.votes,
                Qt.AlignmentFlag.AlignRight,
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Segment"),
                lambda r: segment_text(r.segment, self.label),
                lambda r: r.segment.industry or "",
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Requester"),
                lambda r: r.requester_name,
                lambda r: r.requester_name.casefold(),
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Asked"),
                lambda r: _day(r.created_at),
                lambda r: r.created_at.isoformat(),
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Updated"),
                lambda r: _day(r.updated_at),
                lambda r: r.updated_at.isoformat(),
            ),
        )

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        request: ContentRequest = record
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = request.text
            if request.status is RequestStatus.DECLINED and request.decline_reason:
                tip += "\n" + QCoreApplication.translate("sales", "Declined: {0}").format(
                    request.decline_reason
                )
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[column].title}: {self.columns[column].text(request)}"
        return None


class RecommendationsModel(QAbstractListModel):
    """Ranked assets for a call, each with its reason in words."""

    ReasonRole = Qt.ItemDataRole.UserRole + 30

    def __init__(self, labels: Labels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Recommendation] = []
        self._labels = labels

    def set_items(self, items: Sequence[Recommendation]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Recommendation]:
        return list(self._items)

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == self.ReasonRole:
            return item.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = ", ".join(f"{name.replace('_', ' ')} {value:+.0f}" for name, value in item.parts.items())
            # The title first: the card shortens a long one.
            return f"{item.title}\n{item.reason}\n" + QCoreApplication.translate(
                "sales", "Score {0:.0f} of 100: {1}"
            ).format(item.score, parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}: {item.reason}"
        if role == RecordRole.Id:
            return item.asset_id
        if role == RecordRole.Record:
            return item
        if role == RecordRole.Sort:
            return item.score
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def type_label(self, row: int) -> str:
        item = self._items[row] if 0 <= row < len(self._items) else None
        return self._labels("type", item.type) if item is not None and item.type else ""


@dataclass(frozen=True)
class KitEntry:
    asset_id: str
    title: str


class KitItemsModel(QAbstractListModel):
    """A pitch kit being put together: its assets in order; rows move by drag or buttons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[KitEntry] = []

    def set_entries(self, entries: Sequence[KitEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[KitEntry]:
        return list(self._entries)

    def asset_ids(self) -> list[str]:
        return [e.asset_id for e in self._entries]

    def add(self, entry: KitEntry) -> bool:
        if entry.asset_id in self.asset_ids():
            return False
        row = len(self._entries)
        self.beginInsertRows(NO_INDEX, row, row)
        self._entries.append(entry)
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = NO_INDEX) -> bool:  # noqa: N802
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._entries):
            return False
        self.beginRemoveRows(NO_INDEX, row, row + count - 1)
        del self._entries[row : row + count]
        self.endRemoveRows()
        return True

    def moveRows(  # noqa: N802
        self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex, child: int
    ) -> bool:
        """What the view calls when a row is dragged to another place (and the Up/Down
        buttons): rows [source_row, source_row + count) go before `child`."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._entries) or not 0 <= child <= len(self._entries):
            return False
        if source_row <= child <= source_row + count:
            return False  # onto itself
        if not self.beginMoveRows(NO_INDEX, source_row, source_row + count - 1, NO_INDEX, child):
            return False
        moving = self._entries[source_row : source_row + count]
        rest = self._entries[:source_row] + self._entries[source_row + count :]
        at = child if child < source_row else child - count
        self._entries = rest[:at] + moving + rest[at:]
        self.endMoveRows()
        return True

    def rowCount(self, parent: AnyIndex = NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        # No position number in the text: it would change under rows that did not move.
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return entry.title
        if role == RecordRole.Id:
            return entry.asset_id
        if role == RecordRole.Record:
            return entry
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops between rows
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class ImportPreviewModel(RecordTable):
    """What a CRM import will do (or did), row by row."""

    LINE, RESULT, CRM_ID, DEAL, DETAILS = range(5)
    context = "sales"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("sales", "Line"),
                lambda r: str(r.line),
                lambda r: r.line,
                Qt.AlignmentFlag.AlignRight,
            ),
            Column(
                QT_TRANSLATE_NOOP("sales", "Result"),
                lambda r: QCoreApplication.translate("sales", ACTION_WORDS[r.action]),
                lambda r: r.action.value,
            ),
            Column(QT_TRANSLATE_NOOP("sales", "CRM id"), lambda r: r.crm_id, lambda r: r.crm_id),
            Column(QT_TRANSLATE_NOOP("sales", "Deal"), lambda r: r.title, lambda r: r.title.casefold()),
            Column(QT_TRANSLATE_NOOP("sales", "Why / what changes"), _import_details, _import_details),
        )

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        row: ImportRow = record
        if role == Qt.ItemDataRole.ToolTipRole:
            return _import_details(row) or None
        return None


def _import_details(row: ImportRow) -> str:
    if row.action is RowAction.REJECTED:
        return row.reason
    parts = []
    if row.changes:
        parts.append(
            QCoreApplication.translate("sales", "changes {0}").format(
                ", ".join(c.replace("_", " ") for c in row.changes)
            )
        )
    parts.extend(row.notes)
    return "; ".join(parts)


def _day(moment: Any) -> str:
    return day_text(moment.astimezone().date())
