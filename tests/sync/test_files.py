"""Files through the team server: chunked, resumable both ways, verified by SHA-256, never
shown half-written, published only when complete; downloads on demand within a disk budget,
pinned files kept and fetched for offline use."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from collateral_app.domain.errors import TeamError, TeamFileDamaged
from collateral_app.domain.sales import Role
from collateral_app.domain.team import SyncPhase, SyncProgress
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from tests import samples
from tests.sync.conftest import SMALL_CHUNK, Laptop, TeamServer

MB = 1024 * 1024


def _after(count: int, phase: SyncPhase) -> tuple[Callable[[SyncProgress], None], Callable[[], bool]]:
    """A progress callback and a cancel check that stops once `count` chunks of `phase` went."""
    seen: list[SyncProgress] = []

    def progress(p: SyncProgress) -> None:
        if p.phase is phase:
            seen.append(p)

    return progress, lambda: len(seen) >= count


@pytest.fixture
def team(team_server: TeamServer, laptop_factory: Callable[..., Laptop]) -> tuple[Laptop, Laptop]:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    return mia, ray


def _import(laptop: Laptop, folder: Path, name: str, size: int, seed: int) -> str:
    (outcome,) = Importer(laptop.library).run([samples.make_random_bytes(folder / name, size, seed=seed)])
    assert outcome.asset_id is not None
    return outcome.asset_id


def test_an_interrupted_upload_resumes_with_the_missing_chunks_and_publishes_only_then(
    team_server: TeamServer, team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, _ray = team
    size = 5 * MB + 12345
    asset_id = _import(mia, tmp_path, "video.pdf", size, seed=1)
    progress, cancel = _after(2, SyncPhase.UPLOADING)

    first = mia.team.sync_once(progress=progress, cancel=cancel)

    assert first.cancelled
    sha = mia.library.get_asset(asset_id).blob_sha256
    held = team_server.scalar("SELECT count(*) FROM collateral.file_chunks WHERE sha256 = %s", (sha,))
    assert held == 2
    assert team_server.scalar("SELECT complete FROM collateral.files WHERE sha256 = %s", (sha,)) is False
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE key = %s", (asset_id,)) == 0
    second = mia.sync()
    assert second.bytes_up == size - 2 * SMALL_CHUNK
    assert team_server.scalar("SELECT complete FROM collateral.files WHERE sha256 = %s", (sha,)) is True
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE key = %s", (asset_id,)) == 1


def test_an_interrupted_download_resumes_and_a_damaged_chunk_on_disk_is_fetched_again(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    size = 4 * MB + 999
    asset_id = _import(mia, tmp_path, "deck.pdf", size, seed=2)
    original = (tmp_path / "deck.pdf").read_bytes()
    mia.sync()
    ray.sync()
    calls: list[int] = []

    with pytest.raises(TeamError, match="stopped"):
        ray.team.download(
            asset_id, progress=lambda done, total: calls.append(done), cancel=lambda: len(calls) >= 3
        )

    sha = ray.library.get_asset(asset_id).blob_sha256 or ""
    assert not ray.library.blobs.exists(sha), "a partial download must never be in the library"
    part = ray.root / "team" / "downloads" / f"{sha}.part"
    assert part.stat().st_size == 3 * SMALL_CHUNK
    with part.open("r+b") as handle:  # the disk damaged the second chunk meanwhile
        handle.seek(SMALL_CHUNK + 10)
        handle.write(b"\x00\x01\x02")
    fetched: list[int] = []
    path = ray.team.download(asset_id, progress=lambda done, total: fetched.append(done))

    assert path is not None and path.read_bytes() == original
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    assert fetched[0] == 2 * SMALL_CHUNK  # the first chunk was kept, the damaged one fetched again
    assert not part.exists()
    assert check_library(ray.library).consistent


def test_a_file_damaged_on_the_server_is_refused_and_nothing_is_kept(
    team_server: TeamServer, team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    asset_id = _import(mia, tmp_path, "sheet.pdf", 2 * MB + 5, seed=3)
    mia.sync()
    ray.sync()
    sha = ray.library.get_asset(asset_id).blob_sha256
    with team_server.connect() as conn:  # a chunk replaced, its own fingerprint made to match
        conn.execute(
            "UPDATE collateral.file_chunks SET data = %s, chunk_sha256 = %s WHERE sha256 = %s AND n = 1",
            (b"x" * SMALL_CHUNK, hashlib.sha256(b"x" * SMALL_CHUNK).hexdigest(), sha),
        )

    with pytest.raises(TeamFileDamaged):
        ray.team.download(asset_id)

    assert not ray.library.blobs.exists(sha or "")
    assert not list((ray.root / "team" / "downloads").glob("*.part"))


def test_unpinned_downloads_stay_within_the_disk_budget_and_pinned_ones_stay_and_come_back(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    ids = [_import(mia, tmp_path, f"f{n}.pdf", MB + 100 * n, seed=10 + n) for n in range(3)]
    mia.sync()
    ray.sync()
    ray.team.set_disk_budget(3)  # megabytes: room for two of the three
    shas = [ray.library.get_asset(i).blob_sha256 or "" for i in ids]

    for asset_id in ids:
        ray.team.download(asset_id)

    assert [ray.library.blobs.exists(s) for s in shas] == [
        False,
        True,
        True,
    ]  # the least recently opened went
    assert ray.team.pin(ids[1])
    ray.team.set_disk_budget(0)
    assert [ray.library.blobs.exists(s) for s in shas] == [False, True, False]
    assert ray.team.pin(ids[0])
    report = ray.sync()  # a pinned file is fetched at the next sync
    assert report.downloaded_files == 1
    assert [ray.library.blobs.exists(s) for s in shas] == [True, True, False]
    status = ray.team.status()
    assert status.pinned_bytes == status.downloaded_bytes == (MB + MB + 100)
    assert check_library(ray.library).consistent
