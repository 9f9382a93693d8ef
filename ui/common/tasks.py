"""Running library work off the GUI thread: one call to submit, results back on the
GUI thread through signals. Writes (import, edits, repair) run one at a time on their
own pool; reads (search, preview) on another, so a long import never delays a search."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# The GUI hears of a task's progress at most this often: an import reports every file,
# and each report repaints widgets on the GUI thread.
PROGRESS_INTERVAL_S = 0.1


class TaskContext:
    """Handed to the work function: report progress, and check for cancellation."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()
        self._last_progress = float("-inf")

    def progress(self, value: object) -> None:
        """Report how far the work is. Reports closer together than PROGRESS_INTERVAL_S
        are dropped (the first always arrives): each value says everything so far."""
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._signals.progress.emit(value)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class TaskSignals(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[TaskContext], Any], signals: TaskSignals, context: TaskContext
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self._context = context

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except Exception as exc:  # handed to the GUI thread, which decides how to tell the user
            log.debug("background task failed", exc_info=True)
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class TaskHandle:
    def __init__(self, context: TaskContext, signals: TaskSignals) -> None:
        self.context = context
        self.signals = signals

    def cancel(self) -> None:
        self.context.cancel()


class TaskRunner(QObject):
    """The one place background work is started."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(2)
        self._live: set[TaskHandle] = set()
        self._closing = False

    def run(
        self,
        work: Callable[[TaskContext], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        writes: bool = False,
    ) -> TaskHandle | None:
        if self._closing:
            return None
        signals = TaskSignals()
        context = TaskContext(signals)
        handle = TaskHandle(context, signals)
        if on_success is not None:
            signals.succeeded.connect(on_success)
        if on_failure is not None:
            signals.failed.connect(on_failure)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self._live.add(handle)
        signals.finished.connect(lambda: self._live.discard(handle))
        (self.writes if writes else self.reads).start(_Runnable(work, signals, context))
        return handle

    def busy_writing(self) -> bool:
        return self.writes.activeThreadCount() > 0

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop taking work, ask running work to stop, and wait for it."""
        self._closing = True
        for handle in list(self._live):
            handle.cancel()
        done = self.writes.waitForDone(timeout_ms)
        return self.reads.waitForDone(timeout_ms) and done
