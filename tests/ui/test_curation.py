"""Archiving from the result list, and the window's keyboard shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import AssetStatus
from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow
from ui.shell import dialogs

from .helpers import (
    TIMEOUT_MS,
    SampleAssets,
    click_check_box,
    facet_item,
    research,
    search,
    shown_ids,
    wait_until_idle,
)


class Questions:
    """Stands in for the yes/no box: records each question and gives `reply`."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.verbs: list[str] = []
        self.reply = True

    def ask(self, parent: object, title: str, question: str, verb: str = "") -> bool:
        self.asked.append(question)
        self.verbs.append(verb)
        return self.reply


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(dialogs.Confirm, "ask", questions.ask)
    return questions


def _select_row_of(qtbot: QtBot, window: AppWindow, asset_id: str) -> None:
    index = window.library_screen.model.index(shown_ids(window).index(asset_id))
    window.library_screen.results.scrollTo(index)
    qtbot.mouseClick(
        window.library_screen.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.library_screen.results.visualRect(index).center(),
    )
    assert window.library_screen.selected_ids() == [asset_id]


def test_delete_on_a_result_archives_it_after_asking_and_show_archived_brings_it_back(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, sample_assets: SampleAssets, confirm: Questions
) -> None:
    _select_row_of(qtbot, window, sample_assets.contoso)

    with (
        qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS),
        qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS),
    ):
        qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Delete)

    assert len(confirm.asked) == 1 and confirm.asked[0].startswith("Archive “Contoso Bank datasheet”?")
    assert confirm.verbs == ["Archive 1 asset"]
    assert library.get_asset(sample_assets.contoso).status is AssetStatus.ARCHIVED
    assert sample_assets.contoso not in shown_ids(window)
    assert set(shown_ids(window)) == sample_assets.all_ids - {sample_assets.contoso}
    assert search(qtbot, window, "fraud").hits == ()

    research(qtbot, window, lambda: window.library_screen.show_archived.setChecked(True))
    assert shown_ids(window) == [sample_assets.contoso]


def test_saying_no_to_archiving_changes_nothing(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, sample_assets: SampleAssets, confirm: Questions
) -> None:
    confirm.reply = False
    _select_row_of(qtbot, window, sample_assets.contoso)
    before = library.get_asset(sample_assets.contoso)

    qtbot.keyClick(window.library_screen.results, Qt.Key.Key_Delete)

    assert len(confirm.asked) == 1
    assert not window.shell.runner.busy_writing()
    wait_until_idle(qtbot, window)
    assert library.get_asset(sample_assets.contoso) == before
    assert sample_assets.contoso in shown_ids(window)


def test_restoring_an_archived_asset_puts_it_back_in_results(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, sample_assets: SampleAssets
) -> None:
    library.archive([sample_assets.contoso])
    research(qtbot, window, lambda: window.library_screen.show_archived.setChecked(True))
    _select_row_of(qtbot, window, sample_assets.contoso)

    with qtbot.waitSignal(window.library_screen.edits_applied, timeout=TIMEOUT_MS):
        window.library_screen.unarchive_action.trigger()

    assert library.get_asset(sample_assets.contoso).status is AssetStatus.PUBLISHED
    research(qtbot, window, lambda: window.library_screen.show_archived.setChecked(False))
    assert sample_assets.contoso in shown_ids(window)


def test_delete_while_typing_in_the_search_box_edits_the_text_and_archives_nothing(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets, confirm: Questions
) -> None:
    _select_row_of(qtbot, window, sample_assets.contoso)
    window.library_screen.search_box.setFocus()
    window.library_screen.search_box.setText("xpallets")
    window.library_screen.search_box.setCursorPosition(0)

    qtbot.keyClick(window.library_screen.search_box, Qt.Key.Key_Delete)

    assert window.library_screen.search_box.text() == "pallets"
    assert confirm.asked == []


def test_space_on_the_show_archived_box_ticks_it(qtbot: QtBot, window: AppWindow) -> None:
    window.library_screen.results.setCurrentIndex(window.library_screen.model.index(0))
    window.library_screen.show_archived.setFocus()

    qtbot.keyClick(window.library_screen.show_archived, Qt.Key.Key_Space)

    assert window.library_screen.show_archived.isChecked()
    wait_until_idle(qtbot, window)


def test_space_on_a_filter_in_the_sidebar_ticks_it(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    window.library_screen.results.setCurrentIndex(window.library_screen.model.index(0))
    healthcare = facet_item(window, "industry", "healthcare")
    window.library_screen.facets.setFocus()
    window.library_screen.facets.setCurrentItem(healthcare)

    qtbot.keyClick(window.library_screen.facets, Qt.Key.Key_Space)

    assert healthcare.checkState(0) == Qt.CheckState.Checked
    research(qtbot, window, lambda: None)
    assert shown_ids(window) == [sample_assets.mercy]


def test_clicking_a_filter_box_in_the_sidebar_ticks_it(
    qtbot: QtBot, window: AppWindow, sample_assets: SampleAssets
) -> None:
    healthcare = facet_item(window, "industry", "healthcare")
    index = window.library_screen.facets.indexFromItem(healthcare)

    research(qtbot, window, lambda: click_check_box(qtbot, window.library_screen.facets, index))

    assert shown_ids(window) == [sample_assets.mercy]
