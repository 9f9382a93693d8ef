"""Extraction in worker processes, so a hostile file costs one worker and never the app.

Each worker is a separate process with an address-space limit that reads one file at a time. One
dispatcher thread per worker sends it a task and waits for the answer at most `time_limit_s`; a
worker that overruns is killed and a fresh one started for the next file. A worker that dies
(crash, out of memory, killed) turns into a FAILED Extraction for the file it was reading.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from collateral_app.domain.enums import TextStatus
from collateral_app.domain.records import Extraction, ReadOptions

from .reading import MEMORY_REASON, extract_file
from .sniff import media_type_from_name, sniff_media_type

logger = logging.getLogger(__name__)

CRASH_REASON = "The reader crashed on this file; it was stored without its text."
KILLED_REASON = (
    "The reader crashed on this file (it was stopped by the system, perhaps for using too much memory); "
    "it was stored without its text."
)
START_FAILED_REASON = "The file reader could not be started; the file was stored without its text."

_READY = "ready"
_MEMORY_EXIT_CODE = 75  # a worker that ran out of memory outside a reader says so with this code
_STARTUP_TIMEOUT_S = 60.0  # importing the parsers, not reading: never counted against the file
_EXIT_WAIT_S = 5.0
_JOIN_TIMEOUT_S = 10.0
_DEADLINE_SHARE = 0.9  # of the time limit, for the readers; the rest to answer before being killed
_MAX_TASKS_PER_WORKER = 200  # parsers leak a little; a fresh process now and then keeps memory flat

OnStarted = Callable[[Path, int], None]


def time_reason(limit_s: float) -> str:
    return (
        f"Reading this file needed more than the allowed time ({limit_s:g} s); "
        "it was stored without its text."
    )


def _worker_main(conn: Connection, memory_limit_mb: int, time_limit_s: float = 60.0) -> None:
    """A worker process: read tasks from the pipe until told to stop or the pipe closes.

    Each file gets a deadline a little before the pool's own limit, so a program a reader runs
    (Tesseract, LibreOffice) is stopped by the worker, which then keeps what was read in time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the app, which stops workers itself
    _exit_with_the_app()
    _limit_memory(memory_limit_mb)
    try:
        conn.send(_READY)
        while True:
            task = conn.recv()
            if task is None:
                return
            path, declared_name, options = task
            deadline = time.monotonic() + time_limit_s * _DEADLINE_SHARE
            conn.send(
                extract_file(Path(path), declared_name, dataclasses.replace(options, deadline=deadline))
            )
    except MemoryError:
        os._exit(_MEMORY_EXIT_CODE)
    except (EOFError, OSError):
        return  # the pool went away


def _exit_with_the_app() -> None:
    """Ends this worker when the app dies, even mid-file (after kill -9 nobody calls close())."""
    app = multiprocessing.parent_process()
    if app is None:
        return

    def wait_then_exit() -> None:
        app.join()  # waits on the app's sentinel, no polling
        os._exit(0)

    threading.Thread(target=wait_then_exit, name="exit-with-app", daemon=True).start()


def _limit_memory(memory_limit_mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    limit = memory_limit_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        logger.warning("could not limit extraction workers to %d MB", memory_limit_mb, exc_info=True)


def _context() -> ForkServerContext | SpawnContext:
    # forkserver: workers fork from a clean server, not from the app with its threads and Qt.
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        # The server imports the parsers once; each worker then starts in milliseconds instead of
        # a second. Only takes effect if this process has not started a forkserver yet.
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


class _Task(NamedTuple):
    future: Future[Extraction]
    path: Path
    declared_name: str
    options: ReadOptions


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks_done: int = 0


class ExtractionPool:
    """Runs extract_file in worker processes with per-file memory and time limits.

    `on_started(path, worker_pid)`, if given, is called from a dispatcher thread when a worker
    starts reading a file (for progress displays).
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        time_limit_s: float = 60.0,
        memory_limit_mb: int = 1536,
        on_started: OnStarted | None = None,
    ) -> None:
        count = workers if workers is not None else (os.cpu_count() or 1)
        if count < 1:
            raise ValueError("an ExtractionPool needs at least one worker")
        if time_limit_s <= 0:
            raise ValueError("time_limit_s must be positive")
        self._time_limit_s = time_limit_s
        self._memory_limit_mb = memory_limit_mb
        self._on_started = on_started
        self._context = _context()
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._lock = threading.Lock()  # guards _closed and putting tasks
        self._closed = False
        self._workers_lock = threading.Lock()  # guards _workers and starting processes
        self._workers: dict[int, _Worker] = {}
        # Daemon threads and processes: an app that forgets close() still exits.
        self._threads = [
            threading.Thread(target=self._serve, args=(slot,), name=f"extraction-{slot}", daemon=True)
            for slot in range(count)
        ]
        for thread in self._threads:
            thread.start()

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """Process ids of the workers alive now."""
        with self._workers_lock:
            return tuple(pid for worker in self._workers.values() if (pid := worker.process.pid) is not None)

    def submit(
        self, path: Path, declared_name: str, options: ReadOptions | None = None
    ) -> Future[Extraction]:
        future: Future[Extraction] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("cannot submit to a closed ExtractionPool")
            self._tasks.put(_Task(future, Path(path), declared_name, options or ReadOptions()))
        return future

    def close(self) -> None:
        """Cancels waiting files, kills the workers and waits for them. Safe to call twice."""
        with self._lock:
            already_closed = self._closed
            self._closed = True
        if not already_closed:
            while True:
                try:
                    task = self._tasks.get_nowait()
                except queue.Empty:
                    break
                if task is not None:
                    task.future.cancel()
            for _ in self._threads:
                self._tasks.put(None)
            with self._workers_lock:
                for worker in self._workers.values():
                    _kill(worker.process)
        for thread in self._threads:
            if thread is threading.current_thread():
                continue  # close() called from on_started: that thread stops by itself
            thread.join(_JOIN_TIMEOUT_S)
            if thread.is_alive():
                logger.warning("extraction dispatcher %s did not stop", thread.name)
        for slot in list(self._workers):
            self._retire(slot)

    # Dispatcher threads ---------------------------------------------------------------------

    def _serve(self, slot: int) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                break
            if not task.future.set_running_or_notify_cancel():
                continue
            try:
                result = self._run(slot, task)
            except Exception as exc:  # a bug here must not leave a caller waiting forever
                logger.exception("extraction dispatcher failed on %s", task.path)
                task.future.set_exception(exc)
                continue
            if result is None:
                task.future.set_exception(CancelledError())
            else:
                task.future.set_result(result)
        self._retire(slot)

    def _run(self, slot: int, task: _Task) -> Extraction | None:
        """The file's Extraction, or None when the pool closed while it was being read."""
        worker = self._ensure_worker(slot)
        if worker is None:
            return None if self._closed else self._failure(task, START_FAILED_REASON)
        try:
            worker.conn.send((str(task.path), task.declared_name, task.options))
        except (OSError, ValueError):
            self._retire(slot)
            return None if self._closed else self._failure(task, CRASH_REASON)
        pid = worker.process.pid
        if self._on_started is not None and pid is not None:
            try:
                self._on_started(task.path, pid)
            except Exception:
                logger.exception("on_started callback failed")

        if not worker.conn.poll(self._time_limit_s):
            self._retire(slot)
            if self._closed:
                return None
            logger.warning("%s took longer than %g s; its reader was stopped", task.path, self._time_limit_s)
            return self._failure(task, time_reason(self._time_limit_s))
        try:
            result = worker.conn.recv()
        except (EOFError, OSError):
            result = None
        if isinstance(result, Extraction):
            worker.tasks_done += 1
            if worker.tasks_done >= _MAX_TASKS_PER_WORKER:
                self._retire(slot, wait_s=_EXIT_WAIT_S, ask_first=True)
            return result
        exitcode = self._retire(slot, wait_s=_EXIT_WAIT_S)
        if self._closed:
            return None
        logger.warning("reader process died on %s (exit code %s)", task.path, exitcode)
        return self._failure(task, _death_reason(exitcode))

    def _ensure_worker(self, slot: int) -> _Worker | None:
        with self._workers_lock:
            worker = self._workers.get(slot)
        if worker is not None and worker.process.is_alive():
            return worker
        if worker is not None:
            self._retire(slot)  # died while idle: not the next file's fault

        parent_conn, child_conn = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child_conn, self._memory_limit_mb, self._time_limit_s),
            name=f"collateral-extract-{slot}",
            daemon=True,
        )
        with self._workers_lock:
            if self._closed:
                parent_conn.close()
                child_conn.close()
                return None
            try:
                process.start()
            except OSError:
                logger.exception("could not start an extraction worker")
                parent_conn.close()
                child_conn.close()
                return None
            worker = _Worker(process, parent_conn)
            self._workers[slot] = worker
        child_conn.close()  # the worker holds its own copy; ours would hide its death from poll()
        try:
            ready = parent_conn.poll(_STARTUP_TIMEOUT_S) and parent_conn.recv() == _READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            logger.error("extraction worker %s did not start (exit code %s)", process.pid, process.exitcode)
            self._retire(slot)
            return None
        return worker

    def _retire(self, slot: int, *, wait_s: float = 0.0, ask_first: bool = False) -> int | None:
        """Stops the slot's worker and reaps it; returns how it ended (its exit code)."""
        with self._workers_lock:
            worker = self._workers.pop(slot, None)
        if worker is None:
            return None
        if ask_first:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        if wait_s > 0:
            # A worker that just died may not be reaped yet; wait so its real exit code is seen.
            worker.process.join(wait_s)
        _kill(worker.process)
        worker.process.join(_JOIN_TIMEOUT_S)
        worker.conn.close()
        exitcode = worker.process.exitcode
        if exitcode is None:
            logger.error("extraction worker %s did not exit", worker.process.pid)
        else:
            worker.process.close()
        return exitcode

    def _failure(self, task: _Task, reason: str) -> Extraction:
        try:
            media_type, note = sniff_media_type(task.path, task.declared_name)
        except Exception:
            logger.exception("could not sniff %s", task.path)
            media_type, note = media_type_from_name(task.declared_name) or "unknown", None
        return Extraction(
            media_type=media_type,
            text_status=TextStatus.FAILED,
            text_reason=reason,
            notes=(note,) if note else (),
        )


def _kill(process: BaseProcess) -> None:
    try:
        if process.exitcode is None:
            process.kill()
    except (OSError, ValueError):
        pass  # already gone or already closed


def _death_reason(exitcode: int | None) -> str:
    if exitcode == _MEMORY_EXIT_CODE:
        return MEMORY_REASON
    # Killed from outside (the out-of-memory killer): a signal exists only on Linux and macOS;
    # a worker ended on Windows (TerminateProcess) reads as a crash.
    if sys.platform != "win32" and exitcode == -signal.SIGKILL:
        return KILLED_REASON
    return CRASH_REASON
