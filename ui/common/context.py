"""What the feedback loop's screens share: the deals (loaded once, refreshed after changes),
the current deal a rep works on (remembered between runs), and the one way to write to the
loop (usage events, feedback, requests, deals) off the GUI thread, so logging is instant for
the user and a failure is told without a modal box."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from collateral_app.domain.errors import UserError
from collateral_app.domain.sales import Deal, Outcome, UsageEvent, UsageKind, UserProfile
from collateral_app.services.sales.loop import SalesLoop

from . import settings as options
from .tasks import TaskContext, TaskRunner
from .undo import UndoHistory
from .words import deal_title

log = logging.getLogger(__name__)

_CURRENT = object()  # "the current deal", as opposed to None: no deal
RECENT_DEALS_KEPT = 5


def failure_text(exc: Exception) -> str:
    """What to tell the user about a failed background task: a `UserError` says it
    itself; anything else is a bug, logged with its traceback."""
    if isinstance(exc, UserError):
        return str(exc)
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))
    return f"Something went wrong ({exc}); the details are in the log."


class SalesContext(QObject):
    deals_loaded = Signal()  # `deals` holds the new list
    current_deal_changed = Signal(object)  # Deal | None
    deal_changed = Signal(object)  # a Deal created or edited in the app
    deal_closed = Signal(object)  # a Deal marked won or lost in the app: ask what helped
    usage_recorded = Signal(object)  # UsageEvent, once written
    requests_changed = Signal()
    kits_changed = Signal(str)  # the deal whose pitch kits were changed (made, filled, undone)
    profile_changed = Signal(object)  # UserProfile
    message = Signal(str)  # something done, for the status bar
    failed = Signal(str)  # what went wrong, for the user

    def __init__(
        self,
        sales: SalesLoop,
        runner: TaskRunner,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        undo: UndoHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self.sales = sales
        self.runner = runner
        self.settings = settings
        self.undo = undo if undo is not None else UndoHistory(runner, self)
        self.deals: list[Deal] = []
        self.my_name = ""  # the profile's name, known with the deals ("" before one is chosen)
        self._deals_generation = 0
        self._current_id: str | None = options.CURRENT_DEAL.read(settings) or None
        self._recent = options.recent_deals(sales.library.paths.root)

    # -- deals -----------------------------------------------------------------------------
    def reload_deals(self) -> None:
        """Load the deals again (after a change). Reads run two at a time, so an older
        reload may answer after a newer one: only the newest answer is shown."""
        self._deals_generation += 1
        generation, sales = self._deals_generation, self.sales

        def load(_ctx: TaskContext) -> tuple[list[Deal], str]:
            # Asking who I am must not make a profile before the first-start question.
            me = sales.whoami().name if sales.profile_exists() else ""
            return sales.list_deals(), me

        def done(loaded: tuple[list[Deal], str]) -> None:
            if generation != self._deals_generation:
                return  # read before a later change; the newer reload brings that
            self.deals, self.my_name = loaded
            self.deals_loaded.emit()
            self.current_deal_changed.emit(self.current_deal())

        self.runner.run(load, on_success=done, on_failure=self._fail)

    def deal(self, deal_id: str | None) -> Deal | None:
        return next((d for d in self.deals if d.id == deal_id), None) if deal_id else None

    def current_deal(self) -> Deal | None:
        return self.deal(self._current_id)

    def current_deal_id(self) -> str | None:
        """The remembered deal, once it is known to exist in this library."""
        deal = self.current_deal()
        return deal.id if deal is not None else None

    def set_current_deal(self, deal_id: str | None) -> None:
        if deal_id == self._current_id:
            return
        self._current_id = deal_id
        options.CURRENT_DEAL.write(self.settings, deal_id or "")
        if deal_id:
            recent = [deal_id] + [d for d in self._recent.read(self.settings) if d != deal_id]
            self._recent.write(self.settings, recent[:RECENT_DEALS_KEPT])
        self.current_deal_changed.emit(self.current_deal())

    def recent_deal_ids(self) -> list[str]:
        """The deals made current lately in this library, the newest first."""
        return self._recent.read(self.settings)

    def set_outcome(self, deal_id: str, outcome: Outcome, close_date: date | None = None) -> None:
        """Won, lost or open again; a closed deal on `close_date` (today when not said).
        Edit › Undo puts the outcome, the close date and the pending prompt back."""
        sales = self.sales
        before = self.deal(deal_id)

        def shown(deal: Deal) -> None:
            self.deal_changed.emit(deal)
            self.reload_deals()

        def done(deal: Deal) -> None:
            shown(deal)
            if deal.outcome.is_closed and deal.awaiting_feedback:
                self.deal_closed.emit(deal)
            if before is not None and before.outcome is not deal.outcome:
                words = {Outcome.WON: "Mark won", Outcome.LOST: "Mark lost", Outcome.OPEN: "Reopen"}
                self.undo.add(
                    f"{self.tr(words[outcome])} “{deal_title(deal)}”",
                    undo=lambda: sales.restore_outcome(before),
                    redo=lambda: sales.set_outcome(deal_id, outcome, close_date=deal.close_date),
                    after=shown,
                )

        self.write(lambda: sales.set_outcome(deal_id, outcome, close_date=close_date), done)

    # -- writing ---------------------------------------------------------------------------
    def write(
        self,
        change: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a change on the write thread; `done` gets its result on the GUI thread. A
        failure is told to the user, then handed to `failed` (to undo what the screen showed)."""

        def on_failure(exc: Exception) -> None:
            self._fail(exc)
            if failed is not None:
                failed(exc)

        self.runner.run(lambda _ctx: change(), on_success=done, on_failure=on_failure, writes=True)

    def read(self, query: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.runner.run(lambda _ctx: query(), on_success=done, on_failure=self._fail)

    def record_usage(self, asset_id: str, kind: UsageKind, deal_id: Any = _CURRENT) -> None:
        """Log a use, tied to the current deal unless another (or None) is given; returns at
        once, the event is written on the write thread."""
        chosen: str | None = self.current_deal_id() if deal_id is _CURRENT else deal_id
        sales = self.sales

        def work(_ctx: TaskContext) -> UsageEvent:
            return sales.record_usage(asset_id, kind, deal_id=chosen)

        self.runner.run(work, on_success=self.usage_recorded.emit, on_failure=self._fail, writes=True)

    def switch_profile(self, name: str, role: str) -> None:
        sales = self.sales
        self.write(lambda: sales.switch_user(name, role), self._on_profile_switched)

    def _on_profile_switched(self, profile: UserProfile) -> None:
        self.my_name = profile.name
        self.profile_changed.emit(profile)

    def _fail(self, exc: Exception) -> None:
        self.failed.emit(failure_text(exc))
