"""Pitch kits: an ordered collection of assets for a deal, exported as a folder or a zip
under the files' real names; every asset exported is logged as shared with the prospect."""

from __future__ import annotations

import os
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from collateral_app.domain.errors import InvalidEdit, UserError
from collateral_app.domain.sales import DealDraft, EventSource, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.loop import SalesLoop
from tests import samples

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def loop(library: AssetLibrary) -> SalesLoop:
    return SalesLoop(library, clock=lambda: NOW)


@pytest.fixture
def kit_parts(library: AssetLibrary, loop: SalesLoop, tmp_path: Path) -> dict[str, str]:
    source = tmp_path / "sources"
    files = [
        samples.make_text(source / "Acme case study.txt", "Readmissions fell 18 percent at Acme Health."),
        samples.make_text(source / "a" / "Pricing.txt", "List prices for 2025."),
        samples.make_text(source / "b" / "Pricing.txt", "Partner prices for 2025."),
    ]
    outcomes = Importer(library).run(files)
    ids = {o.path: o.asset_id or "" for o in outcomes}
    link = library.add_link("https://example.com/roi-video", "ROI video")
    prospect = loop.create_prospect("Acme Health", industry="healthcare")
    deal = loop.create_deal(DealDraft(name="Acme rollout", prospect_id=prospect.id))
    return {
        "case": ids[str(files[0])],
        "pricing": ids[str(files[1])],
        "partner": ids[str(files[2])],
        "link": link.id,
        "deal": deal.id,
        "prospect": prospect.id,
    }


def test_a_kit_keeps_its_assets_in_the_order_given_and_can_be_reordered(
    loop: SalesLoop, kit_parts: dict[str, str]
) -> None:
    kit = loop.create_kit("Acme CFO meeting", kit_parts["deal"], [kit_parts["pricing"], kit_parts["case"]])

    assert [i.asset_id for i in kit.items] == [kit_parts["pricing"], kit_parts["case"]]
    assert [i.position for i in kit.items] == [1, 2]
    reordered = loop.set_kit_assets(kit.id, [kit_parts["case"], kit_parts["link"], kit_parts["pricing"]])
    assert [i.title for i in reordered.items] == ["Acme case study", "ROI video", "Pricing"]
    assert [k.id for k in loop.list_kits(deal_id=kit_parts["deal"])] == [kit.id]
    assert loop.get_kit("acme cfo meeting").id == kit.id


def test_a_kit_needs_assets_each_once(loop: SalesLoop, kit_parts: dict[str, str]) -> None:
    with pytest.raises(InvalidEdit, match="at least one asset"):
        loop.create_kit("Empty", kit_parts["deal"], [])
    with pytest.raises(InvalidEdit, match="in the kit twice"):
        loop.create_kit("Twice", kit_parts["deal"], [kit_parts["case"], kit_parts["case"]])


def test_exporting_to_a_folder_writes_real_names_and_logs_each_asset_as_shared_with_the_prospect(
    loop: SalesLoop, library: AssetLibrary, kit_parts: dict[str, str], tmp_path: Path
) -> None:
    order = [kit_parts["case"], kit_parts["pricing"], kit_parts["partner"], kit_parts["link"]]
    kit = loop.create_kit("Acme CFO meeting", kit_parts["deal"], order)

    export = loop.export_kit(kit.id, tmp_path / "out" / "Acme kit")

    folder = Path(export.path)
    assert export.files == ("Acme case study.txt", "Pricing.txt", "Pricing (2).txt")
    assert sorted(p.name for p in folder.iterdir()) == sorted([*export.files, "Links.txt"])
    assert (folder / "Pricing.txt").read_text() == "List prices for 2025."
    assert (folder / "Pricing (2).txt").read_text() == "Partner prices for 2025."
    assert (folder / "Links.txt").read_text() == "ROI video: https://example.com/roi-video\n"
    assert export.events_logged == 4
    for asset_id in order:
        [event] = loop.usage_for_asset(asset_id)
        assert (event.kind, event.prospect_id, event.deal_id) == (
            UsageKind.SHARED,
            kit_parts["prospect"],
            kit_parts["deal"],
        )
        assert (event.occurred_at, event.source) == (NOW, EventSource.APP)
    assert not [p for p in folder.parent.iterdir() if p.name.endswith(".partial")]


def test_exporting_as_a_zip_keeps_the_kit_order(
    loop: SalesLoop, kit_parts: dict[str, str], tmp_path: Path
) -> None:
    kit = loop.create_kit(
        "Acme", kit_parts["deal"], [kit_parts["pricing"], kit_parts["case"], kit_parts["link"]]
    )

    export = loop.export_kit(kit.id, tmp_path / "Acme kit", as_zip=True)

    assert export.path == str(tmp_path / "Acme kit.zip")
    with zipfile.ZipFile(export.path) as archive:
        assert archive.namelist() == ["Pricing.txt", "Acme case study.txt", "Links.txt"]
        assert archive.read("Acme case study.txt") == b"Readmissions fell 18 percent at Acme Health."
    assert export.links == ("ROI video: https://example.com/roi-video",)


def test_an_export_that_cannot_be_written_logs_nothing_and_leaves_nothing(
    loop: SalesLoop, library: AssetLibrary, kit_parts: dict[str, str], tmp_path: Path
) -> None:
    kit = loop.create_kit("Acme", kit_parts["deal"], [kit_parts["case"], kit_parts["pricing"]])
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")

    with pytest.raises(UserError, match="already exists"):
        loop.export_kit(kit.id, busy)
    sha = library.get_asset(kit_parts["pricing"]).blob_sha256
    assert sha is not None
    library.blobs.path_for(sha).unlink()
    with pytest.raises(UserError, match="“Pricing” is missing"):
        loop.export_kit(kit.id, tmp_path / "fresh")

    assert not (tmp_path / "fresh").exists()
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]
    assert loop.usage_for_asset(kit_parts["case"]) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_an_exported_kit_is_readable_by_whoever_it_is_sent_to(
    loop: SalesLoop, kit_parts: dict[str, str], tmp_path: Path
) -> None:
    kit = loop.create_kit("Acme", kit_parts["deal"], [kit_parts["pricing"], kit_parts["case"]])
    previous = os.umask(0o022)  # the usual desktop umask
    try:
        zipped = Path(loop.export_kit(kit.id, tmp_path / "Acme kit", as_zip=True).path)
        folder = Path(loop.export_kit(kit.id, tmp_path / "Acme folder").path)
    finally:
        os.umask(previous)

    assert stat.S_IMODE(zipped.stat().st_mode) == 0o644
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o644}
