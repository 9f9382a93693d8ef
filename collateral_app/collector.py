"""Pausing Python's cyclic garbage collector around work that makes millions of small
objects: a Whoosh writer holding a segment's postings, a report holding tens of thousands of
rows and records. Each full collection in that time walks them all with the interpreter lock
held (85-150 ms during an import: a frozen window; a sixth to a third of a report's time).
Reference counting still frees them; cycles wait for the next collection."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic collection waits until the last holder, on any thread, is done; it resumes
    only if it was on when the first holder came."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
