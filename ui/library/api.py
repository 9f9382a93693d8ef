"""What other screens may ask of the Library screen, and what the Library screen needs from
whoever brings team files to this laptop. Screens above the library are written against
`Library`; the team screens provide a `TeamFileFetcher`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QMimeData, SignalInstance

from collateral_app.domain.errors import FileNotOnThisLaptop, FilesNotOnThisLaptop
from collateral_app.domain.sales import Segment


class Library(Protocol):
    @property
    def search_finished(self) -> SignalInstance: ...  # SearchResult, after the list shows it

    @property
    def request_wanted(self) -> SignalInstance: ...  # str: the rep asked marketing for what they searched

    @property
    def request_chosen(self) -> SignalInstance: ...  # str: a request picked in What's new

    def label(self, dimension: str, slug: str) -> str: ...

    def typed_query(self) -> str: ...

    def checked_filters(self) -> list[tuple[str, str]]: ...

    def add_result_note(self, html_text: str) -> None: ...

    def search_now(self) -> None: ...

    def search_for(self, text: str) -> None: ...  # the Library shown with `text` searched

    def show_in_library(self, asset_id: str) -> None: ...

    def open_asset(self, asset_id: str) -> None: ...

    def copy_file(self, asset_id: str) -> None: ...

    def present_asset(self, asset_id: str) -> None: ...

    def mark_asset(self, asset_id: str, kind: str) -> None: ...

    def on_dragged_out(self, asset_id: str) -> None: ...

    def drag_mime(self, asset_id: str) -> QMimeData | None: ...

    def fetch_files(self, missing: FilesNotOnThisLaptop, again: Callable[[], None]) -> None: ...

    def import_for_segment(self, segment: Segment) -> None: ...

    def count_whats_new(self) -> None: ...


class DownloadState(Protocol):
    asset_id: str
    size_bytes: int
    done: int

    def words(self) -> str: ...


class TeamFileFetcher(Protocol):
    @property
    def started(self) -> SignalInstance: ...  # DownloadState

    @property
    def progressed(self) -> SignalInstance: ...  # DownloadState

    @property
    def arrived(self) -> SignalInstance: ...  # asset id

    @property
    def failed(self) -> SignalInstance: ...  # asset id, message, offline

    @property
    def stopped(self) -> SignalInstance: ...  # asset id

    @property
    def pinned(self) -> SignalInstance: ...  # asset id, kept offline

    def downloading(self, asset_id: str) -> DownloadState | None: ...

    def fetch(self, asset_id: str, title: str, size_bytes: int, *, file_name: str = "") -> object: ...

    def fetch_missing(
        self, missing: FileNotOnThisLaptop, then: Callable[[], None] | None = None, key: str = ""
    ) -> object: ...

    def fetch_all(self, missing: Sequence[FileNotOnThisLaptop], then: Callable[[], None]) -> None: ...

    def cancel(self, asset_id: str) -> None: ...

    def set_pinned(
        self, asset_id: str, pinned: bool, *, title: str, size_bytes: int, file_name: str = ""
    ) -> None: ...
