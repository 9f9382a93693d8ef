"""`kill -9` at a random point of a push, a pull, an upload and a download loses nothing,
duplicates nothing, never shows a partial file and keeps the cursor and the rows it covers in
step. These tests really kill a `collateral` process; the point is chosen from a seeded
random range (the seed is in the test's id) and watched on the server or on disk."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from tests import samples
from tests.sync.conftest import Laptop, TeamServer, collateral

MB = 1024 * 1024
pytestmark = pytest.mark.slow


def _start(library: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "collateral_app.cli", "--library", str(library), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_when(process: subprocess.Popen[bytes], reached: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 180
    try:
        while not reached():
            assert process.poll() is None, f"the process finished before {what}"
            assert time.monotonic() < deadline, f"no {what} within 3 minutes"
            time.sleep(0.005)  # allowed: polling another process's progress, no signal to wait on
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL


def _local(library: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{library / 'library.db'}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [11, 12])
def test_kill_9_while_sending_facts_loses_and_duplicates_nothing(
    seed: int, team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    start = datetime.now(UTC)
    total = 30_000
    ray.sales.record_usage_batch(
        [
            UsageRecord(asset.asset_id or "", UsageKind.VIEWED, start + timedelta(seconds=n))
            for n in range(total)
        ]
    )
    point = random.Random(seed).randrange(1, total - 5_000)

    process = _start(ray.root, "sync", "--once")
    _kill_when(
        process,
        lambda: team_server.scalar("SELECT count(*) FROM collateral.facts") >= point,
        f"{point} facts on the server",
    )

    on_server = team_server.scalar("SELECT count(*) FROM collateral.facts")
    marked = _local(ray.root, "SELECT count(*) FROM sync_fact_marks WHERE received = 0")[0][0]
    assert marked <= on_server, f"seed {seed}: a fact was marked sent before the server had it"
    rerun = collateral(ray.root, "sync", "--once", "--json")
    assert rerun.returncode == 0, rerun.stderr
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == total
    local_ids = {r[0] for r in _local(ray.root, "SELECT id FROM usage_events")}
    server_ids = {
        r[0]
        for r in team_server.connect().execute("SELECT id FROM collateral.facts WHERE kind = 'usage_events'")
    }
    assert server_ids == local_ids


@pytest.mark.parametrize("seed", [21, 22])
def test_kill_9_while_pulling_keeps_the_cursor_and_the_applied_rows_in_step(
    seed: int, team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    for n in range(1_500):
        mia.sales.create_prospect(f"Prospect {n:04}", industry="healthcare")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sales.record_usage_batch(
        [UsageRecord(asset.asset_id or "", UsageKind.SHARED, datetime.now(UTC)) for _ in range(20_000)]
    )
    mia.sync()
    rows = team_server.scalar("SELECT count(*) FROM collateral.catalog")
    point = random.Random(seed).randrange(1, rows - 600)

    process = _start(ray.root, "sync", "--once")
    _kill_when(
        process,
        lambda: _local(ray.root, "SELECT count(*) FROM sync_catalog_base")[0][0] >= point,
        f"{point} rows applied",
    )

    # The cursor: every row of a transaction below `floor`, and within the window being read
    # every (txid, version) up to `after`.
    floor, ceiling, after_txid, after_version = _local(
        ray.root,
        "SELECT catalog_cursor, catalog_ceiling, catalog_after_txid, catalog_after_version FROM sync_server",
    )[0]
    latest = {
        key: (int(txid), int(version))
        for key, txid, version in team_server.connect()
        .execute("SELECT key, txid::text::bigint, version FROM collateral.catalog")
        .fetchall()
    }

    def behind_cursor(position: tuple[int, int]) -> bool:
        if position[0] < floor:
            return True
        return ceiling is not None and after_txid is not None and position <= (after_txid, after_version)

    bases = dict(_local(ray.root, "SELECT key, server_version FROM sync_catalog_base"))
    applied = {k for k in bases if k in latest}
    assert all(behind_cursor(latest[k]) for k in applied), f"seed {seed}: a row past the cursor was applied"
    covered = {k for k, position in latest.items() if behind_cursor(position)}
    assert covered <= set(bases), f"seed {seed}: the cursor passed rows that were not applied"
    rerun = collateral(ray.root, "sync", "--once", "--json")
    assert rerun.returncode == 0, rerun.stderr
    prospects = _local(
        ray.root, "SELECT count(*), count(DISTINCT name) FROM prospects WHERE name LIKE 'Prospect %'"
    )
    assert prospects == [(1_500, 1_500)]
    assert _local(ray.root, "SELECT count(*) FROM usage_events") == [(20_000,)]


def test_kill_9_during_an_upload_publishes_nothing_half_sent_and_the_rerun_completes(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia = laptop_factory("mia")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    size = 40 * MB + 77
    (outcome,) = Importer(mia.library).run([samples.make_random_bytes(tmp_path / "launch.pdf", size, seed=5)])
    sha = mia.library.get_asset(outcome.asset_id or "").blob_sha256
    point = random.Random(31).randrange(2, 30)

    process = _start(mia.root, "sync", "--once")
    _kill_when(
        process,
        lambda: (
            team_server.scalar("SELECT count(*) FROM collateral.file_chunks WHERE sha256 = %s", (sha,))
            >= point
        ),
        f"{point} chunks on the server",
    )

    assert team_server.scalar("SELECT complete FROM collateral.files WHERE sha256 = %s", (sha,)) is False
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE kind = 'asset'") == 0
    rerun = collateral(mia.root, "sync", "--once", "--json")
    assert rerun.returncode == 0, rerun.stderr
    assert team_server.scalar("SELECT complete FROM collateral.files WHERE sha256 = %s", (sha,)) is True
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE kind = 'asset'") == 1
    digest = team_server.scalar(
        "SELECT encode(sha256(string_agg(data, ''::bytea ORDER BY n)), 'hex') FROM collateral.file_chunks "
        "WHERE sha256 = %s",
        (sha,),
    )
    assert digest == sha


def test_kill_9_during_a_download_never_shows_a_partial_file_and_the_rerun_resumes(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    size = 40 * MB + 3
    (outcome,) = Importer(mia.library).run([samples.make_random_bytes(tmp_path / "film.pdf", size, seed=6)])
    mia.sync()
    ray.sync()
    asset_id = outcome.asset_id or ""
    sha = ray.library.get_asset(asset_id).blob_sha256 or ""
    blob = ray.library.blobs.path_for(sha)
    part = ray.root / "team" / "downloads" / f"{sha}.part"
    point = random.Random(41).randrange(2, 30) * MB

    process = _start(ray.root, "team", "download", asset_id)
    _kill_when(process, lambda: part.exists() and part.stat().st_size >= point, f"{point} bytes downloaded")

    assert not blob.exists(), "the library shows a file that was not completely downloaded"
    kept = part.stat().st_size
    rerun = collateral(ray.root, "team", "download", asset_id)
    assert rerun.returncode == 0, rerun.stderr
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == sha
    assert kept >= point and not part.exists()
    assert os.stat(blob).st_size == size
