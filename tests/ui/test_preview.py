"""The preview pane: pages of PDFs, slide text with speaker notes, pictures, unreadable files."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from ui.app import AppWindow

from .helpers import TIMEOUT_MS, SampleAssets, search, shown_ids


def _click_row(qtbot: QtBot, window: AppWindow, row: int, asset_id: str, page: int) -> None:
    """Click a result as a user does and wait until the preview shows `asset_id` at `page`."""
    index = window.library_screen.model.index(row)
    rect = window.library_screen.results.visualRect(index)
    assert rect.isValid()
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS) as loaded:
        qtbot.mouseClick(
            window.library_screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert loaded.args == [asset_id, page]


def _page_turn(qtbot: QtBot, window: AppWindow, button: QAbstractButton, asset_id: str, page: int) -> None:
    with qtbot.waitSignal(window.library_screen.preview.loaded, timeout=TIMEOUT_MS) as loaded:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert loaded.args == [asset_id, page]


def test_selecting_a_pdf_hit_shows_the_page_with_the_match_and_pages_can_be_turned(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "readmiss")
    assert shown_ids(window)[0] == sample_assets.mercy

    _click_row(qtbot, window, 0, sample_assets.mercy, 2)
    preview = window.library_screen.preview
    assert preview.stack.currentWidget() is preview.page_scroll
    assert not preview.page_label.pixmap().isNull()
    assert preview.title.text() == "Mercy Regional cuts readmissions"
    assert "Healthcare" in preview.details.text()
    assert preview.pager.isVisible()
    assert preview.page_position.text() == "page 2 of 3"
    assert not preview.banner.isVisible()
    assert preview.open_button.isEnabled() and preview.copy_button.isEnabled()
    assert not preview.link_button.isEnabled()  # a file, not a link

    _page_turn(qtbot, window, preview.next_page, sample_assets.mercy, 3)
    assert preview.page_position.text() == "page 3 of 3"
    assert not preview.next_page.isEnabled()
    _page_turn(qtbot, window, preview.previous_page, sample_assets.mercy, 2)
    _page_turn(qtbot, window, preview.previous_page, sample_assets.mercy, 1)
    assert preview.page_position.text() == "page 1 of 3"
    assert not preview.previous_page.isEnabled()
    assert preview.stack.currentWidget() is preview.page_scroll


def test_selecting_a_slide_hit_shows_the_slide_text_with_its_speaker_notes(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "holiday")
    assert shown_ids(window) == [sample_assets.deck]

    _click_row(qtbot, window, 0, sample_assets.deck, 2)
    preview = window.library_screen.preview
    assert preview.stack.currentWidget() is preview.text
    shown = preview.text.toPlainText()
    assert "Slide 1" in shown and "Slide 2" in shown
    assert "Shrink down 12 percent" in shown
    assert "Speaker notes: Mention the holiday pilot." in shown
    assert "Open with the store count." in shown
    assert not preview.pager.isVisible()


def _marked_words(html: str) -> list[str]:
    """The words the preview marked (yellow background) in its HTML."""
    return re.findall(r'<span style="[^"]*background-color:#ffd600[^"]*">([^<]*)</span>', html)


@pytest.mark.parametrize(
    ("query", "word"), [("pilot", "pilot"), ("holiday", "holiday"), ("inventory", "Inventory")]
)
def test_the_searched_word_is_marked_in_the_slide_text(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets, query: str, word: str
) -> None:
    search(qtbot, window, query)
    row = shown_ids(window).index(sample_assets.deck)
    _click_row(qtbot, window, row, sample_assets.deck, 2)
    assert word in _marked_words(window.library_screen.preview.text.toHtml())


def test_selecting_a_picture_shows_the_picture(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "diagram")
    assert shown_ids(window) == [sample_assets.picture]

    _click_row(qtbot, window, 0, sample_assets.picture, 1)
    preview = window.library_screen.preview
    assert preview.stack.currentWidget() is preview.picture
    assert not preview.picture.pixmap().isNull()
    assert preview.banner.isVisible()
    assert preview.banner.text().startswith("No text: ")


def test_a_file_whose_text_could_not_be_read_says_text_unavailable_and_why(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    search(qtbot, window, "broken download")
    assert shown_ids(window) == [sample_assets.broken]

    _click_row(qtbot, window, 0, sample_assets.broken, 1)
    banner = window.library_screen.preview.banner
    assert banner.isVisible()
    assert banner.text().startswith("Needs attention: ")  # a damaged file is a draft for a person to look at
    assert "truncated PDF" in banner.text()
