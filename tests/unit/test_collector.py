"""Reports and index writes pause Python's cyclic garbage collector while they work, and
always restore it, also when they overlap on two threads."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from collateral_app.collector import collection_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_inside_and_running_after() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_report_still_restarts_the_collector() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collection_paused_by_someone_else_stays_paused() -> None:
    gc.disable()
    with collection_paused(), collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_holders_on_two_threads_restart_the_collector_only_when_both_are_done() -> None:
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:
        first_in.wait()
        with collection_paused():
            pass
        seen.append(gc.isenabled())  # the first holder is still inside
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with collection_paused():
        first_in.set()
        second_done.wait()
    worker.join()
    assert seen == [False]
    assert gc.isenabled()
