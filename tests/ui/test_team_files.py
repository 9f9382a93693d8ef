"""Team files on demand in the window, against a real PostgreSQL: a rep's laptop holds the text
of what marketing published but not its file. Opening, copying, presenting, exporting a kit or
downloading from the preview fetches it off the GUI thread with progress and Cancel in the
status bar, then does what was asked, logged once; a drag is refused and the file fetched; a
file can be kept on the laptop for offline use; offline, the rep is told it will be there when
online, and nothing is logged."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.team import TeamService
from collateral_app.storage.sales_models import UsageEventRow
from collateral_app.storage.sync_models import SyncFileRow, SyncServerRow
from collateral_app.sync.connection import ServerAddress
from tests import samples
from tests.sync.conftest import (
    SMALL_CHUNK,
    Laptop,
    TeamServer,
    laptop_factory,
    postgres,
    server_factory,
    team_server,
)
from ui.app import AppWindow
from ui.library import screen as library_screen_module
from ui.sales.models import KitEntry
from ui.sales.prepare import KitDestination

from .helpers import TIMEOUT_MS, FakeDrag, WindowFactory
from .sales_helpers import choose_deal, make_deal, wait_for_deals

SERVER_FIXTURES = (postgres, server_factory, team_server, laptop_factory)
MB = 1024 * 1024


@dataclass
class Team:
    mia: Laptop  # marketing: publishes
    ray: Laptop  # the rep whose window is tested
    pdf: str  # a case study (PDF, one chunk), on the server only for ray
    film: str  # a walkthrough video (3 MB: three chunks), on the server only for ray


@pytest.fixture
def team(team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path) -> Team:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    files = [
        samples.make_pdf(
            tmp_path / "Kessler case study.pdf",
            ["Kessler Logistics cut empty miles by a third.", "Dispatchers plan routes in minutes."],
            title="Kessler case study",
        ),
        samples.make_random_bytes(tmp_path / "Kessler walkthrough.mov", 3 * MB, seed=5),
    ]
    pdf, film = (o.asset_id or "" for o in Importer(mia.library).run(files))
    mia.sync()
    ray.sync()
    assert ray.library.file_state(pdf).on_server_only and ray.library.file_state(film).on_server_only
    return Team(mia, ray, pdf, film)


class Opened:
    """Stands in for the desktop: records what the window asked it to open."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:  # noqa: N802
        self.urls.append(url)
        return True


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Opened:
    opened = Opened()
    monkeypatch.setattr(library_screen_module, "QDesktopServices", opened)
    return opened


class Held(TeamService):
    """A team service whose downloads stop after their first chunk until `release` is set,
    so a test can look at the window (and press Cancel) while one is under way."""

    def __init__(self, library: AssetLibrary) -> None:
        super().__init__(library, chunk_size=SMALL_CHUNK)
        self.first_chunk = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def download(self, asset_id: str, *, progress: Any = None, cancel: Any = None) -> Path | None:
        self.threads.append(threading.current_thread())

        def held(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            self.first_chunk.set()
            assert self.release.wait(TIMEOUT_MS / 1000)

        return super().download(asset_id, progress=held, cancel=cancel)


@pytest.fixture
def window_for(
    open_window: WindowFactory, settings: QSettings
) -> Iterator[Callable[[Laptop, TeamService | None], AppWindow]]:
    held: list[Held] = []

    def make(laptop: Laptop, team: TeamService | None = None) -> AppWindow:
        if isinstance(team, Held):
            held.append(team)
        return open_window(laptop.library, settings, team=team or laptop.team)

    yield make
    for team in held:
        team.release.set()  # a download still held must not keep the window from closing


def _clipboard_urls() -> list[QUrl]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.urls() if mime is not None else []


def _events(library: AssetLibrary) -> list[tuple[str, str]]:
    with library.sessions() as s:
        return [(str(a), str(k)) for a, k in s.execute(select(UsageEventRow.asset_id, UsageEventRow.kind))]


def _offline(library: AssetLibrary) -> None:
    with library.sessions.begin() as s:
        state = s.get(SyncServerRow, 1)
        assert state is not None
        params = dict(ServerAddress.parse(state.server).params)
        params["port"] = "9"  # nothing listens there: the server is unreachable
        state.server = ServerAddress(tuple(sorted(params.items()))).conninfo


def test_copying_a_file_on_the_team_server_downloads_it_with_progress_then_copies_it_once(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow]
) -> None:
    held = Held(team.ray.library)
    window = window_for(team.ray, held)
    downloads = window.team_screens.downloads
    progressed: list[int] = []
    window.team_screens.files.progressed.connect(lambda d: progressed.append(d.done))

    window.library_screen.copy_file(team.film)
    window.library_screen.copy_file(team.film)  # impatient: a second click while it comes down

    assert downloads.isVisible() and downloads.cancel_button.isVisible()
    assert downloads.label.text() == "Downloading Kessler walkthrough.mov — 0 KB of 3.0 MB"
    qtbot.waitUntil(held.first_chunk.is_set, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "1.0 MB of 3.0 MB" in downloads.label.text(), timeout=TIMEOUT_MS)
    assert 0 < downloads.bar.value() < downloads.bar.maximum()
    assert _clipboard_urls() == []
    assert _events(team.ray.library) == []
    with (
        qtbot.waitSignal(window.team_screens.files.arrived, timeout=TIMEOUT_MS),
        qtbot.waitSignal(window.shell.context.usage_recorded, timeout=TIMEOUT_MS),
    ):
        held.release.set()

    assert threading.main_thread() not in held.threads
    assert progressed[0] == SMALL_CHUNK
    urls = _clipboard_urls()
    assert len(urls) == 1 and urls[0].isLocalFile()
    copied = Path(urls[0].toLocalFile())
    assert copied.name == "Kessler walkthrough.mov" and copied.stat().st_size == 3 * MB
    qtbot.waitUntil(lambda: not window.shell.runner._live, timeout=TIMEOUT_MS)
    assert _events(team.ray.library) == [(team.film, UsageKind.SHARED.value)]  # once, not twice
    assert not downloads.isVisible()


def test_opening_a_file_on_the_team_server_opens_it_once_it_has_arrived(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow], desktop: Opened
) -> None:
    window = window_for(team.ray)

    with qtbot.waitSignal(window.shell.context.usage_recorded, timeout=TIMEOUT_MS) as logged:
        window.library_screen.open_asset(team.pdf)
        assert desktop.urls == []  # not yet: it is coming down

    assert [Path(u.toLocalFile()).name for u in desktop.urls] == ["Kessler case study.pdf"]
    assert Path(desktop.urls[0].toLocalFile()).is_file()
    assert logged.args[0].kind is UsageKind.VIEWED
    assert team.ray.library.file_state(team.pdf).here


def test_cancel_stops_the_download_and_nothing_is_copied_or_logged(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow]
) -> None:
    held = Held(team.ray.library)
    window = window_for(team.ray, held)
    window.library_screen.copy_file(team.film)
    qtbot.waitUntil(held.first_chunk.is_set, timeout=TIMEOUT_MS)

    with qtbot.waitSignal(window.team_screens.files.stopped, timeout=TIMEOUT_MS):
        qtbot.mouseClick(window.team_screens.downloads.cancel_button, Qt.MouseButton.LeftButton)
        held.release.set()

    qtbot.waitUntil(lambda: not window.team_screens.downloads.isVisible(), timeout=TIMEOUT_MS)
    assert "Download stopped" in window.shell.statusBar().currentMessage()
    assert _clipboard_urls() == []
    assert team.ray.library.file_state(team.film).on_server_only
    assert list((team.ray.root / "team" / "downloads").glob("*.part")), "kept to resume from"
    qtbot.waitUntil(lambda: not window.shell.runner._live, timeout=TIMEOUT_MS)
    assert _events(team.ray.library) == []


def test_offline_the_rep_is_told_the_file_will_be_there_when_online_and_nothing_is_logged(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow], desktop: Opened
) -> None:
    _offline(team.ray.library)
    window = window_for(team.ray)

    with qtbot.waitSignal(window.team_screens.files.failed, timeout=TIMEOUT_MS) as failed:
        window.library_screen.open_asset(team.pdf)

    message, offline = failed.args[1:]
    assert offline
    assert message == (
        "“Kessler case study” is on the team server, which cannot be reached now; "
        "it will be available when you are online."
    )
    assert window.shell.notice.text() == message and window.shell.notice.isVisible()
    assert "stored file is missing" not in message and "collateral check" not in message
    assert desktop.urls == []
    qtbot.waitUntil(lambda: window.team_screens.sync.status.online is False, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.shell.runner._live, timeout=TIMEOUT_MS)
    assert _events(team.ray.library) == []
    assert not window.team_screens.downloads.isVisible()
    preview = window.library_screen.preview
    with qtbot.waitSignal(preview.loaded, timeout=TIMEOUT_MS):
        preview.show_asset(team.pdf, 1, [])
    with qtbot.waitSignal(window.team_screens.files.failed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(preview.download_button, Qt.MouseButton.LeftButton)
    assert preview.team_note.text() == (
        "The team server cannot be reached now; the file will be here when you are online."
    )
    assert preview.download_button.isVisible() and preview.download_button.isEnabled()
    assert "empty miles" in preview.text.toPlainText()  # the text is here all the same


def test_the_preview_shows_the_text_and_a_download_button_then_the_page_and_the_thumbnail(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow]
) -> None:
    window = window_for(team.ray)
    preview = window.library_screen.preview
    rows = {r.hit.asset_id: r for r in window.library_screen.model.rows()}
    assert rows[team.pdf].on_server and rows[team.pdf].thumbnail is None

    with qtbot.waitSignal(preview.loaded, timeout=TIMEOUT_MS):
        preview.show_asset(team.pdf, 1, [])

    assert preview.stack.currentWidget() is preview.text
    assert "empty miles" in preview.text.toPlainText()
    assert preview.team_bar.isVisible() and preview.team_note.text() == "The file is on the team server —"
    assert preview.download_button.isVisible()
    size = team.ray.library.file_state(team.pdf).size_bytes
    assert preview.download_button.text() == f"Download ({-(-size // 1024)} KB)"
    assert "on the team server, not downloaded" in preview.details.text()
    assert preview.open_button.isEnabled() and preview.present_button.isEnabled()

    with (
        qtbot.waitSignal(window.team_screens.files.arrived, timeout=TIMEOUT_MS),
        qtbot.waitSignal(preview.loaded, timeout=TIMEOUT_MS),
    ):
        qtbot.mouseClick(preview.download_button, Qt.MouseButton.LeftButton)

    assert preview.stack.currentWidget() is preview.page_scroll
    assert not preview.page_label.pixmap().isNull()
    assert preview.page_position.text() == "page 1 of 2"
    assert not preview.download_button.isVisible()
    assert not preview.team_note.isVisible() and preview.keep_offline.isVisible()
    assert "it may be removed to make room" in preview.keep_offline.toolTip()
    assert "downloaded from the team server" in preview.details.text()
    qtbot.waitUntil(
        lambda: not window.library_screen.model.rows()[_row(window, team.pdf)].on_server, timeout=TIMEOUT_MS
    )
    assert window.library_screen.model.rows()[_row(window, team.pdf)].thumbnail is not None
    assert team.ray.library.thumbnail_path(team.pdf) is not None
    assert [k for _a, k in _events(team.ray.library)] == [UsageKind.VIEWED.value]  # the preview, once


def _row(window: AppWindow, asset_id: str) -> int:
    return window.library_screen.model.asset_ids().index(asset_id)


def test_keep_on_this_laptop_pins_and_fetches_the_file_and_unticking_unpins_it(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow]
) -> None:
    window = window_for(team.ray)
    preview, files = window.library_screen.preview, window.team_screens.files
    with qtbot.waitSignal(preview.loaded, timeout=TIMEOUT_MS):
        preview.show_asset(team.pdf, 1, [])
    assert preview.keep_offline.text() == "Keep on this laptop for offline use"
    assert not preview.keep_offline.isChecked()

    with (
        qtbot.waitSignal(files.pinned, timeout=TIMEOUT_MS, check_params_cb=lambda a, keep: keep),
        qtbot.waitSignal(files.arrived, timeout=TIMEOUT_MS),
    ):
        qtbot.mouseClick(preview.keep_offline, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: "kept on this laptop for offline use" in preview.details.text(), timeout=TIMEOUT_MS
    )
    assert preview.keep_offline.isChecked()
    assert _pinned(team.ray.library, team.pdf) is True
    assert team.ray.library.file_state(team.pdf).here

    with qtbot.waitSignal(files.pinned, timeout=TIMEOUT_MS, check_params_cb=lambda a, keep: not keep):
        qtbot.mouseClick(preview.keep_offline, Qt.MouseButton.LeftButton)

    assert _pinned(team.ray.library, team.pdf) is False
    qtbot.waitUntil(lambda: not preview.keep_offline.isChecked(), timeout=TIMEOUT_MS)
    assert "may be removed to make room" in window.shell.statusBar().currentMessage()


def _pinned(library: AssetLibrary, asset_id: str) -> bool:
    sha = library.get_asset(asset_id).blob_sha256
    with library.sessions() as s:
        row = s.get(SyncFileRow, sha)
        assert row is not None
        return row.pinned


def test_a_drag_of_a_file_not_here_is_refused_fetches_it_and_asks_to_drag_again(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow], fake_drag: type[FakeDrag]
) -> None:
    window = window_for(team.ray)
    window.library_screen.results.setCurrentIndex(window.library_screen.model.index(_row(window, team.pdf)))

    with qtbot.waitSignal(window.team_screens.files.arrived, timeout=TIMEOUT_MS):
        window.library_screen.results.startDrag(Qt.DropAction.CopyAction)
        assert fake_drag.dragged == []  # refused: the drop target cannot wait for a download
        assert "Drag it again once it has arrived" in window.shell.notice.text()

    assert (
        window.shell.statusBar().currentMessage()
        == "“Kessler case study” is on this laptop now: drag it again."
    )
    qtbot.waitUntil(lambda: not window.shell.runner._live, timeout=TIMEOUT_MS)
    # The preview may log a view once the page is here; the refused drag shared nothing.
    assert [kind for _, kind in _events(team.ray.library) if kind != "viewed"] == []
    with qtbot.waitSignal(window.shell.context.usage_recorded, timeout=TIMEOUT_MS) as logged:
        window.library_screen.results.startDrag(Qt.DropAction.CopyAction)
    assert [Path(u.toLocalFile()).name for u in fake_drag.dragged[0].urls()] == ["Kessler case study.pdf"]
    assert logged.args[0].kind is UsageKind.SHARED


def test_presenting_a_pdf_on_the_team_server_fetches_it_then_presents_it(
    qtbot: QtBot, team: Team, window_for: Callable[..., AppWindow]
) -> None:
    window = window_for(team.ray)

    with qtbot.waitSignal(window.shell.context.usage_recorded, timeout=TIMEOUT_MS) as logged:
        window.library_screen.present_asset(team.pdf)
        assert window.library_screen._presenting is None  # not before the file is here

    assert logged.args[0].kind is UsageKind.PRESENTED
    presenting = window.library_screen._presenting
    assert presenting is not None
    qtbot.waitUntil(lambda: presenting.page_count == 2, timeout=TIMEOUT_MS)  # its pages render
    presenting.close()


def test_a_kit_with_a_file_on_the_team_server_is_exported_once_the_file_has_arrived(
    qtbot: QtBot,
    team: Team,
    window_for: Callable[..., AppWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deal = make_deal(team.ray.sales, "Routing pilot", "Acme Freight")
    window = window_for(team.ray)
    wait_for_deals(qtbot, window)
    prepare = window.sales_screens.prepare
    window.shell.show_section("prepare")
    with qtbot.waitSignal(prepare.recommended, timeout=TIMEOUT_MS):
        choose_deal(qtbot, prepare.deal_picker, deal.id)
    prepare.kit_model.add(KitEntry(team.pdf, "Kessler case study"))
    target = tmp_path / "out" / "Acme kit"
    monkeypatch.setattr(KitDestination, "ask", classmethod(lambda cls, *args: target))
    needed: list[object] = []
    prepare.files_needed.connect(lambda missing, _again: needed.append(missing))

    with qtbot.waitSignal(prepare.kit_exported, timeout=TIMEOUT_MS) as exported:
        qtbot.mouseClick(prepare.export_folder_button, Qt.MouseButton.LeftButton)

    assert [m.asset_ids for m in needed] == [(team.pdf,)]  # type: ignore[attr-defined]
    assert [p.name for p in target.iterdir()] == ["Kessler case study.pdf"]
    assert exported.args[0].events_logged == 1
    assert _events(team.ray.library) == [(team.pdf, UsageKind.SHARED.value)]
    assert len(team.ray.sales.list_kits(deal_id=deal.id)) == 1  # saved once, not once per attempt
