"""Dragging an asset out of the result list: what the drop target receives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow

from .helpers import SampleAssets


def _dragged_file(window: AppWindow, asset_id: str) -> Path:
    mime = window.library_screen.drag_mime(asset_id)
    assert isinstance(mime, QMimeData)
    urls = mime.urls()
    assert len(urls) == 1 and urls[0].isLocalFile()
    return Path(urls[0].toLocalFile())


def test_dragging_a_file_out_hands_over_a_copy_with_its_real_name_and_bytes(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    for asset_id in (sample_assets.mercy, sample_assets.deck, sample_assets.picture):
        source = sample_assets.sources[asset_id]
        dragged = _dragged_file(window, asset_id)
        assert dragged.is_file()
        assert dragged.name == source.name
        assert dragged.read_bytes() == source.read_bytes()


def test_dragging_the_same_asset_twice_hands_over_the_same_file(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    first = _dragged_file(window, sample_assets.mercy)
    mime = window.library_screen.drag_mime(sample_assets.mercy)
    assert isinstance(mime, QMimeData)
    assert Path(mime.urls()[0].toLocalFile()) == first
    assert mime.text() == str(first)


def test_dragging_a_link_out_hands_over_the_link(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary
) -> None:
    url = "https://videos.example.com/watch/product-demo"
    link = library.add_link(url, "Product demo video")

    mime = window.library_screen.drag_mime(link.id)

    assert isinstance(mime, QMimeData)
    assert [u.toString() for u in mime.urls()] == [url]
    assert not mime.urls()[0].isLocalFile()
    assert mime.text() == url
