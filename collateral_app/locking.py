"""Locks between processes through lock files, on every system (`filelock`: flock on Linux
and macOS, LockFileEx through msvcrt on Windows).

A library-wide lock for long writes (import, repair, reindex), so the desktop app and the
command line can run together without corrupting each other; and the plain lock that the
team sync and file downloads take. Each call takes its own lock on the file, so two parts of
one process wait for each other just as two processes do."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from collateral_app.domain.errors import LibraryBusy

POLL_S = 0.05


class LockHeld(Exception):
    """Someone else held the lock file for the whole wait (or the caller gave up)."""


def acquire(
    path: Path,
    *,
    wait_s: float | None = 0.0,
    poll_s: float = POLL_S,
    give_up: Callable[[], bool] | None = None,
) -> FileLock:
    """The lock file `path`, held: the caller releases it. Waits at most `wait_s` seconds
    (None: until it is free, or until `give_up()` says to stop), then raises LockHeld."""
    lock = FileLock(path, mode=0o644)
    deadline = None if wait_s is None else time.monotonic() + wait_s
    while True:
        try:
            lock.acquire(timeout=0)
            return lock
        except Timeout as exc:
            if (deadline is not None and time.monotonic() >= deadline) or (give_up is not None and give_up()):
                raise LockHeld(str(path)) from exc
            time.sleep(poll_s)


@contextmanager
def exclusive_lock(
    path: Path,
    *,
    wait_s: float | None = 0.0,
    poll_s: float = POLL_S,
    give_up: Callable[[], bool] | None = None,
) -> Iterator[None]:
    """Holds the lock file `path` for the block (see `acquire` for the wait)."""
    lock = acquire(path, wait_s=wait_s, poll_s=poll_s, give_up=give_up)
    try:
        yield
    finally:
        lock.release()


@contextmanager
def library_write_lock(path: Path, *, timeout_s: float = 30.0, what: str = "the library") -> Iterator[None]:
    try:
        lock = acquire(path, wait_s=timeout_s)
    except LockHeld as exc:
        raise LibraryBusy(
            f"Another Collateral window or command is changing {what}; try again when it has finished."
        ) from exc
    try:
        yield
    finally:
        lock.release()
