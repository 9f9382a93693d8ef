"""What a screen may ask of the window it lives in. Screens are written against this, not
against the window's class, so the frame can change without touching them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal, Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

from ..common.context import SalesContext
from ..common.tasks import TaskRunner
from ..common.undo import UndoHistory

MenuPlace = Literal["start", "end", "before last"]


class Shell(Protocol):
    library: AssetLibrary
    settings: QSettings
    sales: SalesLoop
    runner: TaskRunner
    context: SalesContext
    undo: UndoHistory  # Edit › Undo and Redo
    first_start: bool  # nobody chose a profile in this library yet
    role: Role

    @property
    def section_changed(self) -> SignalInstance: ...  # str: the key of the section now shown

    @property
    def library_updated(self) -> SignalInstance: ...  # the index caught up or was repaired

    @property
    def files_dropped(self) -> SignalInstance: ...  # list[Path] dropped on the window from outside

    def main_window(self) -> QMainWindow: ...

    def add_section(
        self,
        key: str,
        title: str,
        widget: QWidget,
        *,
        tip: str = "",
        first_for: Iterable[Role | str] = (),
        before: str | None = None,
    ) -> QAction: ...

    def show_section(self, key: str) -> None: ...

    def current_section(self) -> str: ...

    def section_widget(self, key: str) -> QWidget: ...

    def add_menu_action(
        self, menu: str, action: QAction, *, toolbar: bool = False, place: MenuPlace = "end"
    ) -> None: ...

    def add_toolbar_widget(self, widget: QWidget, *, separator: bool = False) -> None: ...

    def add_status_widget(self, widget: QWidget, *, permanent: bool = True) -> None: ...

    def add_banner(self, widget: QWidget) -> None: ...

    def add_close_guard(self, may_close: Callable[[], bool]) -> None: ...

    def add_close_hook(self, on_close: Callable[[], object]) -> None: ...

    def set_role(self, role: Role) -> None: ...

    def notify(self, text: str, *, error: bool = False) -> None: ...

    def show_status(self, text: str, milliseconds: int = 6000) -> None: ...

    def refresh_health(self) -> None: ...
