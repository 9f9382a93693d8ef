"""A `kill -9` at any moment of a large import leaves a library that `check --repair`
makes consistent without losing a completed asset, and re-running the import finishes
the job without duplicates. This test really kills the process."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import samples

FILES = 120


def _collateral(library: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collateral_app.cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _asset_ids(library: Path) -> set[str]:
    if not (library / "library.db").exists():
        return set()
    try:
        conn = sqlite3.connect(f"file:{library / 'library.db'}?mode=ro", uri=True, timeout=5)
        try:
            return {row[0] for row in conn.execute("SELECT id FROM assets")}
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return set()


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for n in range(FILES):
        if n % 4 == 0:
            samples.make_pdf(
                folder / f"brief-{n:03}.pdf", [f"Brief {n} on renewals.", f"Page two of brief {n}."]
            )
        else:
            samples.make_text(
                folder / f"note-{n:03}.txt", f"Field note {n}: customer onboarding and renewals. " * 40
            )
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("kill_after_assets", [1, 45])
def test_kill_9_mid_import_loses_nothing_and_rerun_completes(
    tmp_path: Path, big_folder: Path, kill_after_assets: int
) -> None:
    library = tmp_path / "lib"
    process = subprocess.Popen(
        [sys.executable, "-m", "collateral_app.cli", "--library", str(library), "import", str(big_folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so the kill reaches the extraction workers too
    )
    deadline = time.monotonic() + 120
    try:
        while len(_asset_ids(library)) < kill_after_assets and process.poll() is None:
            assert time.monotonic() < deadline, "the import made no progress"
            time.sleep(0.02)  # allowed: polling another process's database, no signal to wait on
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    survivors = _asset_ids(library)
    assert len(survivors) >= kill_after_assets

    repair = _collateral(library, "check", "--repair", "--json")
    report = json.loads(repair.stdout)
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert report["consistent"] is True
    assert survivors <= _asset_ids(library), "check --repair removed a completed asset"

    rerun = _collateral(library, "import", str(big_folder), "--json")
    outcomes = json.loads(rerun.stdout)
    assert rerun.returncode == 0, rerun.stderr
    assert {o["status"] for o in outcomes} <= {"imported", "duplicate"}
    assert sum(o["status"] == "duplicate" for o in outcomes) >= len(survivors)
    assert len(_asset_ids(library)) == FILES
    final = _collateral(library, "check", "--json")
    assert final.returncode == 0, final.stdout
    assert json.loads(final.stdout)["consistent"] is True
