"""More like this: the assets closest in meaning to one asset, through the service and the
CLI, with vectors kept beside the index and made again only for what changed. The tests of
the ranking skip, saying so, when the semantic extra is not installed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from collateral_app.cli import main
from collateral_app.domain.enums import AssetStatus
from collateral_app.search import semantic
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from tests import samples

needs_extra = pytest.mark.skipif(
    not semantic.available(), reason="the semantic extra is not installed (pip install -e '.[semantic]')"
)

TEXTS = {
    "readmissions": "How a community hospital cut patient readmissions within thirty days after discharge.",
    # Close in meaning to the first, no word of its title in common.
    "returning-patients": "Keeping discharged patients from coming back to the clinic a month later.",
    "pricing": "Volume discounts and list prices for the warehouse software licence.",
}


def _library(tmp_path: Path) -> tuple[AssetLibrary, dict[str, str]]:
    folder = tmp_path / "in"
    folder.mkdir()
    library = AssetLibrary.open(tmp_path / "lib")
    ids = {}
    for key, text in TEXTS.items():
        outcome = Importer(library).run([samples.make_text(folder / f"{key}.txt", text)])[0]
        assert outcome.asset_id
        ids[key] = outcome.asset_id
    return library, ids


@needs_extra
def test_more_like_this_puts_the_asset_of_the_same_meaning_first(tmp_path: Path) -> None:
    library, ids = _library(tmp_path)
    try:
        found = library.more_like_this(ids["readmissions"])
        assert [a.id for a, _ in found] == [ids["returning-patients"], ids["pricing"]]
        assert found[0][1] > found[1][1]
        # Archived assets are not offered; an edit embeds that asset again, the rest are kept.
        library.edit_asset(ids["pricing"], {"status": AssetStatus.ARCHIVED.value})
        assert [a.id for a, _ in library.more_like_this(ids["readmissions"])] == [ids["returning-patients"]]
        kept = semantic.AssetVectors(tmp_path / "lib" / "vectors")
        assert set(kept._ids) == {ids["readmissions"], ids["returning-patients"]}
    finally:
        library.close()


@needs_extra
def test_like_command_lists_similar_assets_as_text_and_json(tmp_path: Path) -> None:
    library, ids = _library(tmp_path)
    library.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--library", str(tmp_path / "lib"), "like", ids["readmissions"], "--json"], stdout=out, stderr=err
    )
    assert code == 0, err.getvalue()
    rows = json.loads(out.getvalue())
    assert [r["id"] for r in rows] == [ids["returning-patients"], ids["pricing"]]
    assert rows[0]["similarity"] > rows[1]["similarity"]
    out, err = io.StringIO(), io.StringIO()
    assert (
        main(
            ["--library", str(tmp_path / "lib"), "like", ids["pricing"][:8], "--limit", "1"],
            stdout=out,
            stderr=err,
        )
        == 0
    )
    assert len(out.getvalue().splitlines()) == 1
    assert "1 assets like it" in err.getvalue()


def test_like_command_without_the_extra_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "load_model", lambda: None)
    folder = tmp_path / "in"
    folder.mkdir()
    library = AssetLibrary.open(tmp_path / "lib")
    asset_id = Importer(library).run([samples.make_text(folder / "a.txt", "Some text.")])[0].asset_id
    library.close()
    assert asset_id
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(tmp_path / "lib"), "like", asset_id], stdout=out, stderr=err)
    assert code != 0
    assert "collateral[semantic]" in err.getvalue()
    assert not (tmp_path / "lib" / "vectors").exists()
