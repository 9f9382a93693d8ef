"""One window per library: a second launch on a library a window has open hands its files and
search to that window over a real QLocalServer channel, and opens no window of its own."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import ImportStatus
from collateral_app.services.library.asset_library import AssetLibrary
from tests import samples
from ui import app
from ui.app import AppWindow, follow_launches
from ui.common import single_instance
from ui.common.single_instance import Handover, LaunchRequest, LibraryGuard, channel_name
from ui.shell.window import MainWindow

IMPORT_TIMEOUT_MS = 60_000  # worker processes read the file


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.fixture
def guarded(window: AppWindow, library: AssetLibrary) -> LibraryGuard:
    """The test's window, taking later launches on its library as the app's window does."""
    guard = LibraryGuard(library.paths.root)
    assert guard.claim(LaunchRequest()) is Handover.NOBODY
    assert guard.listening
    follow_launches(window, guard)
    yield guard
    guard.close()


def test_a_second_launch_on_the_library_hands_its_file_to_the_open_window_and_opens_none(
    qtbot: QtBot,
    window: AppWindow,
    guarded: LibraryGuard,
    library_folder: Path,
    tmp_path: Path,
    app_state: tuple[Path, list[str]],
) -> None:
    _config, boxes = app_state
    pdf = samples.make_pdf(tmp_path / "Fabrikam launch brief.pdf", ["Fabrikam opens twelve stores."])
    window.shell.showMinimized()
    windows_before = _main_windows()
    finished = window.library_screen.import_dialog.import_finished

    with qtbot.waitSignal(finished, timeout=IMPORT_TIMEOUT_MS) as imported:
        code = app.main(["--library", str(library_folder / ".." / "lib"), "--query", "Fabrikam", str(pdf)])
        assert code == 0
        assert boxes == []
        assert _main_windows() == windows_before  # no second window

    assert [(o.path, o.status) for o in imported.args[0]] == [(str(pdf), ImportStatus.IMPORTED)]
    assert not window.shell.windowState() & Qt.WindowState.WindowMinimized  # brought forward
    assert window.shell.current_section() == "library"
    assert window.library_screen.search_box.text() == "Fabrikam"


def test_a_launch_on_another_library_is_not_handed_over(guarded: LibraryGuard, tmp_path: Path) -> None:
    other = LibraryGuard(tmp_path / "another-lib")
    assert other.name != guarded.name
    assert other.hand_over(LaunchRequest(query="x")) is Handover.NOBODY


def test_a_closed_window_no_longer_takes_launches_so_a_restart_opens_its_own(
    window: AppWindow, guarded: LibraryGuard, library: AssetLibrary
) -> None:
    window.shell.close()
    assert not guarded.listening
    later = LibraryGuard(library.paths.root)
    assert later.hand_over(LaunchRequest()) is Handover.NOBODY


def test_the_channel_is_one_per_library_folder_and_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lib").mkdir()
    name = channel_name(tmp_path / "lib")
    assert channel_name(tmp_path / "lib" / ".." / "lib") == name
    assert channel_name(Path(os.path.relpath(tmp_path / "lib"))) == name
    assert channel_name(tmp_path / "other") != name
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "someone-else")
    assert channel_name(tmp_path / "lib") != name


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe goes with the process that made it")
def test_a_channel_left_by_an_app_that_crashed_does_not_stop_the_next_start(
    qapp: QApplication, tmp_path: Path
) -> None:
    guard = LibraryGuard(tmp_path / "lib")
    probe = QLocalServer()
    assert probe.listen(guard.name)
    path = probe.fullServerName()
    probe.close()
    # What a killed app leaves: the socket file, with nobody listening on it.
    left = socket.socket(socket.AF_UNIX)
    left.bind(path)
    left.close()
    assert Path(path).exists()

    assert guard.claim(LaunchRequest()) is Handover.NOBODY
    assert guard.listening
    assert LibraryGuard(tmp_path / "lib").hand_over(LaunchRequest()) is Handover.DELIVERED
    guard.close()


def test_a_channel_holder_that_does_not_answer_is_told_apart_from_none(
    qapp: QApplication, tmp_path: Path
) -> None:
    guard = LibraryGuard(tmp_path / "lib")
    mute = QLocalServer()
    assert mute.listen(guard.name)
    held: list[QLocalSocket] = []
    mute.newConnection.connect(lambda: held.append(mute.nextPendingConnection()))
    try:
        assert guard.hand_over(LaunchRequest(), timeout_ms=300) is Handover.NO_ANSWER
        assert held  # it was reached, and kept quiet
    finally:
        mute.close()


def test_requests_heard_before_the_window_follows_are_kept_for_it(qapp: QApplication, tmp_path: Path) -> None:
    guard = LibraryGuard(tmp_path / "lib")
    assert guard.listen()
    request = LaunchRequest((tmp_path / "a.pdf",), "pricing")
    assert LibraryGuard(tmp_path / "lib").hand_over(request) is Handover.DELIVERED
    followed: list[LaunchRequest] = []
    QApplication.processEvents()  # the request is taken after the answer
    guard.follow(followed.append)
    assert followed == [request]
    guard.close()


def test_a_request_the_window_cannot_read_is_refused_not_followed(qtbot: QtBot, tmp_path: Path) -> None:
    guard = LibraryGuard(tmp_path / "lib")
    assert guard.listen()
    followed: list[LaunchRequest] = []
    guard.follow(followed.append)
    sender = QLocalSocket()
    answer = bytearray()
    sender.readyRead.connect(lambda: answer.extend(bytes(sender.readAll().data())))
    sender.connected.connect(lambda: sender.write(b'{"files": "not a list"}\n'))
    sender.connectToServer(guard.name)
    qtbot.waitUntil(lambda: b"\n" in answer)
    assert bytes(answer) == single_instance.NOT_UNDERSTOOD
    assert followed == []
    guard.close()
