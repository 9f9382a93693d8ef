"""A library-wide lock for long writes (import, repair, reindex), so the desktop app
and the command line can run together without corrupting each other."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from collateral_app.domain.errors import LibraryBusy


@contextmanager
def library_write_lock(path: Path, *, timeout_s: float = 30.0, what: str = "the library") -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() >= deadline:
                    raise LibraryBusy(
                        f"Another Collateral window or command is changing {what}; "
                        "try again when it has finished."
                    ) from exc
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
