"""The search log, without slowing typing: a search is logged once it has settled (the
results stayed on screen for a moment) or as soon as one of its results is opened, never
once per keystroke. Opening a result (preview, open, share, present) marks it opened.
Both writes run on the write thread, in order, so the mark always follows its search."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from collateral_app.services.sales.search_log import normalize_query

from ..common.context import SalesContext

SETTLE_MS = 1_500  # how long results must stay on screen to count as a search


@dataclass
class _Search:
    text: str
    filters: dict[str, list[str]]
    result_count: int
    asset_ids: frozenset[str]
    id: str | None = None  # set on the write thread once logged
    opened: set[str] = field(default_factory=set)

    def key(self) -> tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        return normalize_query(self.text), tuple(sorted((k, tuple(v)) for k, v in self.filters.items()))


class SearchLogger(QObject):
    logged = Signal(str)  # the query text, once written
    opened_marked = Signal(str)  # the asset id, once written

    def __init__(self, context: SalesContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pending: _Search | None = None
        self._last: _Search | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.flush)

    def searched(
        self, text: str, filters: Mapping[str, Sequence[str]], result_count: int, asset_ids: Sequence[str]
    ) -> None:
        """Results are on screen; they are logged if they stay there (or get opened)."""
        search = _Search(
            text.strip(), {k: list(v) for k, v in filters.items() if v}, result_count, frozenset(asset_ids)
        )
        if not search.text:  # browsing by filters is not a query anyone typed
            self._pending = None
            self.timer.stop()
            return
        if self._last is not None and self._last.key() == search.key():
            self._pending = None  # the same search again (a refresh): logged already
            self.timer.stop()
            return
        self._pending = search
        self.timer.start()

    def flush(self) -> None:
        """Log the pending search now."""
        self.timer.stop()
        search, self._pending = self._pending, None
        if search is None:
            return
        self._last = search
        sales = self._context.sales

        def work() -> str:
            search.id = sales.log_search(search.text, search.filters, search.result_count)
            return search.text

        self._context.write(work, self.logged.emit)

    def opened(self, asset_id: str) -> None:
        """A result was opened: log its search if it was not yet, and mark the asset."""
        if self._pending is not None and asset_id in self._pending.asset_ids:
            self.flush()
        search = self._last
        if search is None or asset_id not in search.asset_ids or asset_id in search.opened:
            return
        search.opened.add(asset_id)
        sales = self._context.sales

        def work() -> str:
            if search.id is None:  # its log_search failed; there is nothing to mark
                return ""
            sales.mark_search_opened(search.id, asset_id)
            return asset_id

        self._context.write(work, lambda marked: self.opened_marked.emit(marked) if marked else None)
