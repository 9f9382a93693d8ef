"""Pages are the unit of search: the hit names the page where the phrase or the words are,
a long document is indexed whole (no cap drops its end), and an index of an older schema is
rebuilt rather than read wrongly."""

from __future__ import annotations

import random
from pathlib import Path

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetPage, AssetRow
from tests import samples

WORDS = [
    "vector",
    "matrix",
    "function",
    "argument",
    "value",
    "return",
    "list",
    "frame",
    "package",
    "install",
    "library",
    "option",
    "default",
    "error",
    "warning",
    "model",
    "data",
    "file",
    "object",
    "method",
    "class",
    "signal",
    "plot",
]


def _filler(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def test_the_hit_names_the_page_of_the_phrase_in_a_long_pdf(library: AssetLibrary, tmp_path: Path) -> None:
    rng = random.Random(3)
    pages = [_filler(rng, 180) for _ in range(240)]
    # A table of contents naming the words, far from where the phrase is.
    pages[1] = "Contents: stochastic gradient estimator, bootstrap resampling, " + pages[1]
    pages[187] = _filler(rng, 60) + " the stochastic gradient estimator converges slowly " + _filler(rng, 60)
    pdf = samples.make_pdf(tmp_path / "manual.pdf", pages, title="Reference manual")
    asset_id = Importer(library).run([pdf])[0].asset_id
    assert asset_id

    quoted = library.search('"stochastic gradient estimator converges"')
    assert [(h.asset_id, h.page) for h in quoted.hits] == [(asset_id, 188)]
    assert "<b>stochastic gradient estimator converges</b>" in quoted.hits[0].snippet  # marked whole

    words = library.search("estimator converges slowly")
    assert (words.hits[0].asset_id, words.hits[0].page) == (asset_id, 188)
    assert set(words.hits[0].matched) == {"estimator", "converges", "slowly"}


def _add_text_asset(library: AssetLibrary, title: str, pages: list[str]) -> str:
    asset_id = new_id()
    with library.sessions.begin() as s:
        s.add(
            AssetRow(
                id=asset_id,
                title=title,
                description="",
                status="published",
                type="whitepaper",
                file_name="long.txt",
                media_type="text",
                text_status="ok",
                page_count=len(pages),
                revision=1,
                indexed_revision=None,
            )
        )
        for number, text in enumerate(pages, 1):
            s.add(AssetPage(asset_id=asset_id, number=number, kind="page", label="", text=text))
    library.index_pending()
    return asset_id


def test_a_document_over_two_million_characters_is_found_to_its_last_page(library: AssetLibrary) -> None:
    rng = random.Random(5)
    pages = [_filler(rng, 1000) for _ in range(400)]  # ≈ 6,000 characters a page
    pages[-1] += " quasiperiodic attractor"
    pages[3] += " heteroclinic orbit"
    assert sum(map(len, pages)) > 2_200_000
    asset_id = _add_text_asset(library, "A very long manual", pages)

    last = library.search("quasiperiodic attractor")
    assert [(h.asset_id, h.page) for h in last.hits] == [(asset_id, 400)]
    early = library.search("heteroclinic")
    assert [(h.asset_id, h.page) for h in early.hits] == [(asset_id, 4)]


def test_a_page_longer_than_a_chunk_names_the_page_and_snippets_the_right_part(library: AssetLibrary) -> None:
    rng = random.Random(8)
    page = _filler(rng, 3000) + " the isentropic nozzle " + _filler(rng, 3000)  # one 40 KB page
    asset_id = _add_text_asset(library, "One long page", ["short page", page])
    found = library.search("isentropic nozzle")
    assert [(h.asset_id, h.page) for h in found.hits] == [(asset_id, 2)]
    assert "<b>isentropic</b> <b>nozzle</b>" in found.hits[0].snippet


def test_an_index_of_an_older_schema_is_rebuilt_not_read(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    library = AssetLibrary.open(root)
    asset_id = _add_text_asset(library, "Pricing one-pager", ["Volume discounts for enterprise plans."])
    library.close()
    (root / "index" / "schema-version").write_text("6")  # as an older release left it

    reopened = AssetLibrary.open(root)
    try:
        assert reopened.index.was_recreated
        assert reopened.pending_index_count() == 1  # the window rebuilds it in the background
        assert reopened.search("discounts").total == 0
        reopened.index_pending()
        assert [h.asset_id for h in reopened.search("discounts").hits] == [asset_id]
    finally:
        reopened.close()
