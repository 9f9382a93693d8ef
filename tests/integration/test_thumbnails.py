"""Thumbnails made after the fact (a team file downloaded on demand has none: thumbnails are
derived and stay on each laptop) are the ones the importer makes."""

from __future__ import annotations

import shutil
from pathlib import Path

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from tests import samples


def test_a_thumbnail_made_later_is_the_one_the_import_made(library: AssetLibrary, tmp_path: Path) -> None:
    files = [
        samples.make_pdf(tmp_path / "case study.pdf", ["Readmissions fell.", "Page two."]),
        samples.make_png(tmp_path / "diagram.png", 300, 200),
        samples.make_jpeg(tmp_path / "photo.jpg", 120, 90),
    ]
    ids = [o.asset_id or "" for o in Importer(library).run(files)]
    made_by_import = {}
    for asset_id in ids:
        path = library.thumbnail_path(asset_id)
        assert path is not None, asset_id
        made_by_import[asset_id] = path.read_bytes()
    shutil.rmtree(library.paths.thumbs)

    for asset_id in ids:
        assert library.thumbnail_path(asset_id) is None
        made = library.make_thumbnail(asset_id)
        assert made is not None and made.read_bytes() == made_by_import[asset_id]


def test_a_file_of_a_kind_without_thumbnails_gets_none(library: AssetLibrary, tmp_path: Path) -> None:
    (outcome,) = Importer(library).run([samples.make_text(tmp_path / "notes.md", "# Notes\n\nCall notes.")])
    assert library.make_thumbnail(outcome.asset_id or "") is None
    assert not list(library.paths.thumbs.glob("*.tmp"))
