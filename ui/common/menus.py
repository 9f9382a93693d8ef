"""Context menus: a row's right-click menu built from the buttons that act on it (so the menu
and the buttons never disagree on what is possible), shown where the user clicked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu, QWidget


def action_like(button: QAbstractButton, parent: QWidget) -> QAction:
    """An action that does what `button` does, with its words, tip and state."""
    action = QAction(button.text().replace("→", "").strip(), parent)
    action.setToolTip(button.toolTip())
    action.setStatusTip(button.toolTip())
    action.setEnabled(button.isEnabled())
    action.triggered.connect(lambda _checked=False: button.click())
    return action


def buttons_menu(parent: QWidget, entries: Sequence[QAbstractButton | None]) -> QMenu:
    """A menu of `entries`: buttons, or None for a separator; hidden buttons are left out."""
    menu = QMenu(parent)
    for entry in entries:
        if entry is None:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
        elif not entry.isHidden():
            menu.addAction(action_like(entry, menu))
    return menu


def select_row_under(view: QAbstractItemView, pos: QPoint) -> bool:
    """Right-clicking a row acts on it: it becomes the current row (and the selection, unless
    it is in the selection already, as Finder and Explorer do). False off the rows."""
    index = view.indexAt(pos)
    if not index.isValid():
        return False
    selection = view.selectionModel()
    if not selection.isSelected(index):
        view.setCurrentIndex(index)
    return True


def show_menu(menu: QMenu, view: QAbstractItemView, pos: QPoint) -> None:
    """Pop `menu` up at `pos` of the view's viewport, without blocking (it goes when closed)."""
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(view.viewport().mapToGlobal(pos))
