"""Background work and the GUI thread: progress is reported without flooding the window."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from ui.common.tasks import PROGRESS_INTERVAL_S, TaskContext, TaskRunner


def test_a_fast_task_reports_its_first_progress_at_once_and_then_at_most_ten_times_a_second(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    seen: list[object] = []
    took: list[float] = []

    def work(ctx: TaskContext) -> str:
        started = time.monotonic()
        for n in range(20_000):
            ctx.progress(n)
        took.append(time.monotonic() - started)
        return "done"

    handle = runner.run(work, on_progress=seen.append)
    assert handle is not None
    with qtbot.waitSignal(handle.signals.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not runner._live, timeout=10_000)

    assert seen[0] == 0
    assert seen == sorted(seen)
    assert len(seen) <= took[0] / PROGRESS_INTERVAL_S + 1
    assert runner.shutdown(5_000)
