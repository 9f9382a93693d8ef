"""Worker processes: limits, crashes and shutdown, with real hostile files and real signals."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import CancelledError, Future, as_completed
from pathlib import Path

import pytest

from collateral_app.domain.enums import TextStatus
from collateral_app.domain.records import Extraction
from collateral_app.extract import ExtractionPool
from tests import samples

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and process checks are POSIX")

WAIT_S = 60  # generous upper bounds: a healthy run takes a fraction of this


class StartedFiles:
    """on_started hook: records which worker took which file and lets a test wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._started: dict[str, int] = {}
        self._changed = threading.Condition(self._lock)

    def __call__(self, path: Path, pid: int) -> None:
        with self._changed:
            self._started[path.name] = pid
            self._changed.notify_all()

    def wait_for(self, name: str) -> int:
        with self._changed:
            assert self._changed.wait_for(lambda: name in self._started, timeout=WAIT_S), (
                f"{name} never started"
            )
            return self._started[name]

    @property
    def pids(self) -> set[int]:
        with self._lock:
            return set(self._started.values())


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def form_bomb(tmp_path: Path) -> Path:
    # A real hostile PDF: a few kB that keep PDFium busy far longer than any test waits.
    return samples.make_pdf_form_bomb(tmp_path / "looks harmless.pdf", depth=8, fanout=10)


@pytest.fixture
def good_pdf(tmp_path: Path) -> Path:
    return samples.make_pdf(tmp_path / "good.pdf", ["Renewal playbook for enterprise accounts."])


def _text(result: Extraction) -> str:
    return "\n".join(page.text for page in result.pages)


def test_files_of_every_kind_are_read_in_workers_and_complete_in_any_order(tmp_path: Path) -> None:
    files = {
        samples.make_pdf(tmp_path / "a.pdf", ["Alpha pdf text"]): "Alpha pdf text",
        samples.make_pptx(tmp_path / "b.pptx", [("Beta", "slide text", "")]): "slide text",
        samples.make_docx(tmp_path / "c.docx", ["Gamma docx text"]): "Gamma docx text",
        samples.make_xlsx(tmp_path / "d.xlsx", {"S": [["Delta cell"]]}): "Delta cell",
        samples.make_text(tmp_path / "e.md", "# Epsilon\n\nmarkdown text\n"): "markdown text",
    }
    with ExtractionPool(workers=2) as pool:
        futures: dict[Future[Extraction], Path] = {pool.submit(path, path.name): path for path in files}
        done = {futures[future]: future.result() for future in as_completed(futures, timeout=WAIT_S)}
    assert set(done) == set(files)
    for path, expected in files.items():
        assert done[path].text_status is TextStatus.OK
        assert expected in _text(done[path])


def test_a_file_that_keeps_the_reader_busy_past_the_time_limit_fails_and_the_next_file_is_read(
    form_bomb: Path, good_pdf: Path
) -> None:
    with ExtractionPool(workers=1, time_limit_s=0.5) as pool:
        stuck = pool.submit(form_bomb, form_bomb.name)
        after = pool.submit(good_pdf, good_pdf.name)
        stuck_result = stuck.result(timeout=WAIT_S)
        after_result = after.result(timeout=WAIT_S)
    assert stuck_result.media_type == "pdf"
    assert stuck_result.text_status is TextStatus.FAILED
    assert stuck_result.text_reason == (
        "Reading this file needed more than the allowed time (0.5 s); it was stored without its text."
    )
    assert after_result.text_status is TextStatus.OK
    assert "Renewal playbook" in _text(after_result)


def test_a_worker_killed_mid_file_gives_a_failed_result_and_the_pool_goes_on(
    form_bomb: Path, good_pdf: Path
) -> None:
    started = StartedFiles()
    with ExtractionPool(workers=1, time_limit_s=WAIT_S, on_started=started) as pool:
        victim = pool.submit(form_bomb, form_bomb.name)
        os.kill(started.wait_for(form_bomb.name), signal.SIGKILL)
        result = victim.result(timeout=WAIT_S)
        after = pool.submit(good_pdf, good_pdf.name).result(timeout=WAIT_S)
    assert result.text_status is TextStatus.FAILED
    assert result.text_reason.startswith("The reader crashed on this file")
    assert result.media_type == "pdf"
    assert after.text_status is TextStatus.OK
    assert started.wait_for(good_pdf.name) != started.wait_for(form_bomb.name)  # a fresh worker


def test_a_worker_that_segfaults_is_reported_as_a_crash(form_bomb: Path, good_pdf: Path) -> None:
    started = StartedFiles()
    with ExtractionPool(workers=1, time_limit_s=WAIT_S, on_started=started) as pool:
        victim = pool.submit(form_bomb, form_bomb.name)
        os.kill(started.wait_for(form_bomb.name), signal.SIGSEGV)
        result = victim.result(timeout=WAIT_S)
        assert pool.submit(good_pdf, good_pdf.name).result(timeout=WAIT_S).text_status is TextStatus.OK
    assert result.text_reason == "The reader crashed on this file; it was stored without its text."


def test_hostile_files_among_good_ones_never_stop_the_others(tmp_path: Path, good_pdf: Path) -> None:
    hostile = [
        samples.make_encrypted_pdf(tmp_path / "locked.pdf"),
        samples.make_truncated_pdf(tmp_path / "cut.pdf"),
        samples.make_random_bytes(tmp_path / "noise.pptx"),
        samples.make_zip_bomb_docx(tmp_path / "bomb.docx", expanded_bytes=40 * 1024 * 1024),
        samples.make_lying_extension(tmp_path / "image.pdf"),
    ]
    with ExtractionPool(workers=2, time_limit_s=30) as pool:
        bad = [pool.submit(path, path.name) for path in hostile]
        good = pool.submit(good_pdf, good_pdf.name)
        results = [future.result(timeout=WAIT_S) for future in bad]
        assert good.result(timeout=WAIT_S).text_status is TextStatus.OK
    assert [r.text_status for r in results] == [TextStatus.FAILED] * 4 + [TextStatus.NONE]
    assert all(r.text_reason for r in results)


def test_close_kills_workers_and_leaves_no_child_processes(form_bomb: Path, good_pdf: Path) -> None:
    started = StartedFiles()
    pool = ExtractionPool(workers=2, time_limit_s=WAIT_S, on_started=started)
    assert pool.submit(good_pdf, good_pdf.name).result(timeout=WAIT_S).text_status is TextStatus.OK
    busy = pool.submit(form_bomb, form_bomb.name)
    started.wait_for(form_bomb.name)
    pids = started.pids | set(pool.worker_pids)
    assert pids and all(_is_running(pid) for pid in pids)

    pool.close()

    assert pool.worker_pids == ()
    assert not any(_is_running(pid) for pid in pids)  # killed and reaped: no zombies left
    assert not any(child.pid in pids for child in multiprocessing.active_children())
    with pytest.raises(CancelledError):
        busy.result(timeout=WAIT_S)


def test_close_cancels_files_still_waiting_and_is_idempotent(form_bomb: Path, good_pdf: Path) -> None:
    started = StartedFiles()
    pool = ExtractionPool(workers=1, time_limit_s=WAIT_S, on_started=started)
    busy = pool.submit(form_bomb, form_bomb.name)
    waiting = [pool.submit(good_pdf, f"copy {n}.pdf") for n in range(3)]
    started.wait_for(form_bomb.name)
    pool.close()
    pool.close()
    assert all(future.cancelled() for future in waiting)
    with pytest.raises(CancelledError):
        busy.result(timeout=WAIT_S)
    with pytest.raises(RuntimeError):
        pool.submit(good_pdf, good_pdf.name)


def test_a_pool_that_was_never_used_closes_at_once() -> None:
    children_before = set(multiprocessing.active_children())
    with ExtractionPool() as pool:
        assert pool.worker_pids == ()  # workers start with the first file, not before
    assert set(multiprocessing.active_children()) <= children_before
