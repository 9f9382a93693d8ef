"""Helpers for the UI tests: the sample library's ids, searching as a user does, a dark palette."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from collateral_app.domain.records import SearchResult
from ui.app import AppWindow

TIMEOUT_MS = 10_000


def dark_palette() -> QPalette:
    """A system's dark palette, for the dark-palette test and screenshots."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Mid, "#5f6368"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


WindowFactory = Callable[..., AppWindow]  # (library, settings, sales=None)


@dataclass(frozen=True)
class SampleAssets:
    """Ids of the assets in the sample library, and the files they were imported from."""

    mercy: str  # PDF, 3 pages, "readmissions" on page 2; healthcare, decision, clinical leader
    contoso: str  # PDF, 3 pages; financial services, consideration
    northwind: str  # PDF, 2 pages; logistics, awareness
    deck: str  # PPTX, 2 slides with speaker notes; retail, consideration
    whitepaper: str  # DOCX; security product, decision
    checklist: str  # Markdown text
    picture: str  # PNG
    broken: str  # truncated PDF: stored without its text
    sources: dict[str, Path]  # asset id → the file it was imported from

    @property
    def all_ids(self) -> set[str]:
        return set(self.sources)


def search(qtbot: QtBot, window: AppWindow, text: str) -> SearchResult:
    """Type `text` into the search box as a user would and wait for its results."""
    window.library_screen.search_box.clear()
    with qtbot.waitSignal(
        window.library_screen.search_finished,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda result: result.query == window.library_screen.query_text(),
    ) as blocker:
        qtbot.keyClicks(window.library_screen.search_box, text)
    answer: SearchResult = blocker.args[0]
    return answer


def research(qtbot: QtBot, window: AppWindow, action: Callable[[], object]) -> SearchResult:
    """Do something that searches again (a filter, a checkbox) and wait for the new results."""
    with qtbot.waitSignal(
        window.library_screen.search_finished,
        timeout=TIMEOUT_MS,
        check_params_cb=lambda result: result.query == window.library_screen.query_text(),
    ) as blocker:
        action()
    answer: SearchResult = blocker.args[0]
    return answer


def shown_ids(window: AppWindow) -> list[str]:
    return window.library_screen.model.asset_ids()


def wait_until_idle(qtbot: QtBot, window: AppWindow) -> None:
    """Wait until every background task of the window has finished and its answer has been
    handled on the GUI thread (the runner forgets a task only after that)."""
    qtbot.waitUntil(lambda: not window.shell.runner._live, timeout=TIMEOUT_MS)


def click_check_box(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the check box of an item in a list or tree, where a user would click."""
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert box.isValid() and view.viewport().rect().contains(box.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def facet_item(window: AppWindow, dimension: str, value: str) -> QTreeWidgetItem:
    """The sidebar's filter for `value` of `dimension` (a slug, kept in Qt.UserRole)."""
    role = Qt.ItemDataRole.UserRole
    for i in range(window.library_screen.facets.topLevelItemCount()):
        parent = window.library_screen.facets.topLevelItem(i)
        if parent.data(0, role) != dimension:
            continue
        for j in range(parent.childCount()):
            child = parent.child(j)
            if child.data(0, role) == value:
                return child
    raise AssertionError(f"no {dimension} filter {value!r} in the sidebar")


def checked_filters(window: AppWindow) -> set[tuple[str, str]]:
    """(dimension, value) of every ticked filter in the sidebar."""
    role = Qt.ItemDataRole.UserRole
    checked = set()
    for i in range(window.library_screen.facets.topLevelItemCount()):
        parent = window.library_screen.facets.topLevelItem(i)
        for j in range(parent.childCount()):
            child = parent.child(j)
            if child.checkState(0) == Qt.CheckState.Checked:
                checked.add((parent.data(0, role), child.data(0, role)))
    return checked


class FakeDrag:
    """Stands in for QDrag: offscreen there is no drop target. Records what would be
    dragged and answers as the drop target would."""

    answer = Qt.DropAction.CopyAction
    dragged: ClassVar[list[QMimeData]] = []

    def __init__(self, source: QObject) -> None:
        self.source = source

    def setMimeData(self, mime: QMimeData) -> None:  # noqa: N802
        FakeDrag.dragged.append(mime)

    def setPixmap(self, _pixmap: object) -> None:  # noqa: N802
        pass

    def exec(self, _action: Qt.DropAction) -> Qt.DropAction:
        return FakeDrag.answer
