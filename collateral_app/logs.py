"""Logs in the user's own log folder (not inside a library, which may be synced or backed
up): a rotating `collateral.log`, and `crash.log`, where `faulthandler` writes the stacks of
every thread when a native part (Qt, PDFium, a parser) brings the process down.

The folder is platformdirs' user log folder: `~/.local/state/Collateral/log` on Linux,
`~/Library/Logs/Collateral` on macOS, `%LOCALAPPDATA%\\Collateral\\Logs` on Windows;
`COLLATERAL_LOG_DIR` overrides it."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import platformdirs

LOG_NAME = "collateral.log"
CRASH_NAME = "crash.log"
LOG_DIR_ENV = "COLLATERAL_LOG_DIR"
CRASH_LOG_KEEP_BYTES = 1_000_000  # past this, the crash log starts again (the old one kept as .1)

_crash_file: TextIO | None = None  # open as long as the process lives: faulthandler writes to it


@dataclass(frozen=True, slots=True)
class LogFiles:
    log: Path
    crashes: Path


def log_folder() -> Path:
    from_env = os.environ.get(LOG_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_log_dir("Collateral", appauthor=False))


def start_logging(
    program: str, version: str, *, verbose: bool = False, folder: Path | None = None
) -> LogFiles:
    """Called once by each program at start: the rotating log, and native crash traces."""
    where = folder or log_folder()
    log = configure_logging(where, verbose=verbose)
    crashes = record_native_crashes(where, f"{program} {version}")
    return LogFiles(log, crashes)


def configure_logging(folder: Path, *, verbose: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    # Several processes (the app, a `collateral` command) may write at once: each line is one
    # write, and rotation is rare at 2 MB.
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("PIL", "fontTools", "alembic.runtime.migration"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def record_native_crashes(folder: Path, program: str) -> Path:
    """From now on a fatal error (segmentation fault, abort) of this process leaves the stack
    of every thread in `crash.log`, after a line naming the program, its process and start."""
    global _crash_file
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CRASH_NAME
    if _crash_file is not None and not _crash_file.closed and Path(_crash_file.name) == path:
        return path
    if _crash_file is None and faulthandler.is_enabled():
        return path  # already sent elsewhere on purpose (PYTHONFAULTHANDLER, a test runner)
    try:
        if path.stat().st_size > CRASH_LOG_KEEP_BYTES:
            os.replace(path, path.with_name(CRASH_NAME + ".1"))
    except OSError:
        pass  # none yet
    handle = path.open("a", encoding="utf-8")
    started = datetime.now(UTC).isoformat(timespec="seconds")
    handle.write(
        f"--- {program}, process {os.getpid()}, started {started}, Python {sys.version.split()[0]}\n"
    )
    handle.flush()
    faulthandler.enable(handle, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = handle
    return path
