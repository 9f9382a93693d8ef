"""A file of this laptop's own that went missing is not a team file: every way of using it
says to run `collateral check`, and nothing pretends it can be downloaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from collateral_app.domain.enums import HandOverAction
from collateral_app.domain.errors import StoredFileMissing
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from tests import samples


def test_a_lost_file_of_this_laptops_own_says_run_check_everywhere(
    library: AssetLibrary, tmp_path: Path
) -> None:
    (outcome,) = Importer(library).run([samples.make_pdf(tmp_path / "Pricing.pdf", ["Prices for 2026."])])
    asset_id = outcome.asset_id or ""
    library.blobs.remove(library.get_asset(asset_id).blob_sha256 or "")

    state = library.file_state(asset_id)
    assert not state.here and not state.team and not state.on_server_only
    for attempt in (
        lambda: library.hand_over(asset_id, HandOverAction.OPEN),
        lambda: library.render_page(asset_id, 1, 300),
    ):
        with pytest.raises(StoredFileMissing, match="is missing; run `collateral check`"):
            attempt()
    assert library.make_thumbnail(asset_id) is not None  # the import's, still there


def test_a_link_has_no_file_to_fetch(library: AssetLibrary) -> None:
    link = library.add_link("https://example.com/demo", "Demo video")
    state = library.file_state(link.id)
    assert state.here and not state.on_server_only and state.size_bytes == 0
