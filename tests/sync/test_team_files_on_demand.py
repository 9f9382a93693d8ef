"""Team files on demand, seen from the core: an asset marketing published comes down to a rep's
laptop with its text but without its file; every way of using the file says so in words
(never an OS error, never "run check"), a download makes it usable and gives it a thumbnail,
a kit is exported whole or not at all, and the disk budget frees real room."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collateral_app.domain.enums import HandOverAction
from collateral_app.domain.errors import FileNotOnThisLaptop, FileOnServerOffline, FilesNotOnThisLaptop
from collateral_app.domain.sales import DealDraft, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from collateral_app.storage.sales_models import UsageEventRow
from collateral_app.storage.sync_models import SyncServerRow
from collateral_app.sync.connection import ServerAddress
from tests import samples
from tests.sync.conftest import Laptop, TeamServer

MB = 1024 * 1024


@pytest.fixture
def team(team_server: TeamServer, laptop_factory: Callable[..., Laptop]) -> tuple[Laptop, Laptop]:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    return mia, ray


def _publish_pdf(mia: Laptop, ray: Laptop, folder: Path, name: str = "Kessler case study") -> str:
    """Marketing imports a PDF and syncs; the rep's laptop syncs: returns the asset's id."""
    source = samples.make_pdf(
        folder / f"{name}.pdf",
        ["Kessler Logistics cut empty miles by a third.", "Dispatchers plan routes in minutes."],
        title=name,
    )
    (outcome,) = Importer(mia.library).run([source])
    assert outcome.asset_id is not None
    mia.sync()
    ray.sync()
    return outcome.asset_id


def _events(library: AssetLibrary) -> int:
    with library.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(UsageEventRow)) or 0)


def _offline(library: AssetLibrary) -> None:
    with library.sessions.begin() as s:
        state = s.get(SyncServerRow, 1)
        assert state is not None
        params = dict(ServerAddress.parse(state.server).params)
        params["port"] = "9"  # nothing listens there
        state.server = ServerAddress(tuple(sorted(params.items()))).conninfo


def test_a_pulled_asset_is_searchable_and_says_its_file_is_on_the_server_until_it_is_downloaded(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    asset_id = _publish_pdf(mia, ray, tmp_path)
    original = (tmp_path / "Kessler case study.pdf").read_bytes()

    assert [h.asset_id for h in ray.library.search("empty miles").hits] == [asset_id]
    state = ray.library.file_state(asset_id)
    assert state.on_server_only and not state.pinned and state.size_bytes == len(original)
    assert ray.library.thumbnail_path(asset_id) is None
    with pytest.raises(FileNotOnThisLaptop) as refused:
        ray.library.hand_over(asset_id, HandOverAction.COPY_FILE)
    kilobytes = -(-len(original) // 1024)
    assert str(refused.value) == (
        f"“Kessler case study” is on the team server, not on this laptop yet ({kilobytes} KB). "
        "Download it to open it; it stays for offline use if you pin it."
    )
    with pytest.raises(FileNotOnThisLaptop, match="Download it to show its pages"):
        ray.library.render_page(asset_id, 1, 400)
    assert not (ray.root / "handover" / asset_id).exists()

    path = ray.team.download(asset_id)

    assert path is not None and path.read_bytes() == original
    handed = ray.library.hand_over(asset_id, HandOverAction.COPY_FILE)
    assert handed.path is not None and handed.path.name == "Kessler case study.pdf"
    assert handed.path.read_bytes() == original
    thumbnail = ray.library.thumbnail_path(asset_id)
    assert thumbnail is not None and thumbnail.read_bytes().startswith(b"\x89PNG")
    png, pages = ray.library.render_page(asset_id, 2, 400)
    assert pages == 2 and png.startswith(b"\x89PNG")
    assert ray.library.file_state(asset_id).here
    assert check_library(ray.library).consistent


def test_offline_a_download_says_the_file_will_be_there_when_online(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    asset_id = _publish_pdf(mia, ray, tmp_path)
    _offline(ray.library)

    with pytest.raises(FileOnServerOffline) as offline:
        ray.team.download(asset_id)

    assert str(offline.value) == (
        "“Kessler case study” is on the team server, which cannot be reached now; "
        "it will be available when you are online."
    )
    assert ray.team.status().online is False
    assert ray.library.file_state(asset_id).on_server_only


def test_a_download_bigger_than_the_disk_budget_is_kept_for_the_one_who_asked(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    asset_id = _publish_pdf(mia, ray, tmp_path)
    ray.team.set_disk_budget(0)

    path = ray.team.download(asset_id)

    assert path is not None and path.is_file()  # was removed at once to fit the budget
    assert ray.library.hand_over(asset_id, HandOverAction.OPEN).path is not None


def test_a_team_file_removed_to_make_room_takes_its_handed_over_copy_along(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    first = _publish_pdf(mia, ray, tmp_path, "First deck")
    second = _publish_pdf(mia, ray, tmp_path, "Second deck")
    ray.team.set_disk_budget(0)
    ray.team.download(first)
    copy = ray.library.hand_over(first, HandOverAction.COPY_FILE).path
    assert copy is not None and copy.is_file()

    ray.team.download(second)  # first goes to make room (the budget is 0)

    assert ray.library.file_state(first).on_server_only
    assert not copy.exists(), "a hard link left behind keeps the file's room taken"
    with pytest.raises(FileNotOnThisLaptop):
        ray.library.hand_over(first, HandOverAction.COPY_FILE)


def test_a_kit_with_files_on_the_server_is_refused_naming_them_and_then_exported_whole(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    deck = _publish_pdf(mia, ray, tmp_path, "Kessler case study")
    own = samples.make_text(tmp_path / "notes.txt", "Call notes for Acme")
    (mine,) = Importer(ray.library).run([own])
    prospect = ray.sales.create_prospect("Acme Freight")
    deal = ray.sales.create_deal(DealDraft(name="Acme routing", prospect_id=prospect.id))
    kit = ray.sales.create_kit("Acme kit", deal.id, [mine.asset_id or "", deck])
    destination = tmp_path / "out" / "Acme kit"

    with pytest.raises(FilesNotOnThisLaptop) as refused:
        ray.sales.export_kit(kit.id, destination)

    assert refused.value.asset_ids == (deck,)
    assert str(refused.value).startswith("“Kessler case study” (")
    assert str(refused.value).endswith("Download it to export the kit; nothing was written.")
    assert not destination.exists() and not list((tmp_path / "out").glob("*"))
    assert _events(ray.library) == 0
    ray.team.download(deck)
    exported = ray.sales.export_kit(kit.id, destination)
    assert sorted(p.name for p in destination.iterdir()) == ["Kessler case study.pdf", "notes.txt"]
    assert exported.events_logged == 2 == _events(ray.library)


def test_pinned_files_a_sync_fetches_get_their_thumbnails(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    asset_id = _publish_pdf(mia, ray, tmp_path)
    assert ray.team.pin(asset_id)
    assert ray.library.file_state(asset_id).pinned

    report = ray.sync()

    assert report.downloaded_files == 1
    assert ray.library.file_state(asset_id).here
    assert ray.library.thumbnail_path(asset_id) is not None


def test_two_downloads_of_one_file_at_once_take_turns_and_both_get_it_whole(
    team: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    mia, ray = team
    (outcome,) = Importer(mia.library).run([samples.make_random_bytes(tmp_path / "film.pdf", 6 * MB, seed=7)])
    asset_id = outcome.asset_id or ""
    mia.sync()
    ray.sync()
    results: list[object] = []
    start = threading.Barrier(2)

    def fetch() -> None:
        start.wait()
        try:
            results.append(ray.team.download(asset_id))
        except Exception as exc:  # collected for the assertion below
            results.append(exc)

    threads = [threading.Thread(target=fetch) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    path = ray.library.blobs.path_for(ray.library.get_asset(asset_id).blob_sha256 or "")
    assert results == [path, path]
    assert path.read_bytes() == (tmp_path / "film.pdf").read_bytes()
    assert check_library(ray.library).consistent
