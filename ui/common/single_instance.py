"""One window per library. A second `collateral-app` on a library that is already open hands
what it was asked for (files to import, a search) to the window that has the library, which
comes to the front, and ends without opening a second window on the same files.

The channel is a QLocalServer (a Unix socket; a named pipe on Windows) named from the user
and the library's folder, open to that user only. The open window answers each request with
one line, so the later launch knows it was heard. A lock file makes two launches at the same
moment take turns: Windows lets two processes listen on one pipe name."""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDir, QEventLoop, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from collateral_app.locking import LockHeld, acquire

log = logging.getLogger(__name__)

CLAIM_WAIT_S = 30.0  # another launch of the same library is handing over or starting to listen
ANSWER_TIMEOUT_MS = 15_000  # the open window may still be starting (opening a large library)
REQUEST_LIMIT_BYTES = 1_000_000  # a request is a few paths; more is not one of ours
HEARD = b"ok\n"
NOT_UNDERSTOOD = b"?\n"


@dataclass(frozen=True)
class LaunchRequest:
    """What a launch asked for, beyond opening the window."""

    files: tuple[Path, ...] = field(default=())
    query: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps({"files": [str(p) for p in self.files], "query": self.query}).encode() + b"\n"

    @classmethod
    def from_bytes(cls, line: bytes) -> LaunchRequest:
        data = json.loads(line.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a launch request")
        files, query = data.get("files", []), data.get("query", "")
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ValueError("files are not a list of paths")
        if not isinstance(query, str):
            raise ValueError("the search is not text")
        return cls(tuple(Path(f) for f in files), query)


class Handover(enum.Enum):
    DELIVERED = "delivered"  # a window has the library and took the request
    NOBODY = "nobody"  # no window has the library open
    NO_ANSWER = "no answer"  # something holds the channel but did not take the request


def channel_name(library_root: Path) -> str:
    """The same for every spelling of the folder (relative, `..`, a trailing slash; letter
    case on Windows), different for another user on the same computer."""
    folder = os.path.normcase(str(library_root.expanduser().resolve()))
    digest = hashlib.sha256(f"{getpass.getuser()}\0{folder}".encode()).hexdigest()
    return f"collateral-{digest[:32]}"


class LibraryGuard(QObject):
    """The channel of one library: `hand_over` from a later launch, `listen` in the window."""

    def __init__(self, library_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = channel_name(library_root)
        self._server: QLocalServer | None = None
        self._follower: Callable[[LaunchRequest], object] | None = None
        self._waiting: list[LaunchRequest] = []  # heard before the window was there to follow

    def claim(self, request: LaunchRequest, timeout_ms: int = ANSWER_TIMEOUT_MS) -> Handover:
        """At start: hand `request` to the window that has the library; when there is none
        (NOBODY), listen, so this launch is the one later launches hand over to."""
        lock_path = Path(QDir.tempPath()) / f"{self.name}.lock"
        try:
            lock = acquire(lock_path, wait_s=CLAIM_WAIT_S)
        except (LockHeld, OSError) as exc:
            log.warning("starting without waiting for another launch of this library: %s", exc)
            lock = None
        try:
            outcome = self.hand_over(request, timeout_ms)
            if outcome is Handover.NOBODY:
                self.listen()
            return outcome
        finally:
            if lock is not None:
                lock.release()

    # -- a later launch ---------------------------------------------------------------
    def hand_over(self, request: LaunchRequest, timeout_ms: int = ANSWER_TIMEOUT_MS) -> Handover:
        """Give `request` to the window that has the library, if one does. Waits in an
        event loop of its own, so the window may even be in this process."""
        socket = QLocalSocket()
        loop = QEventLoop()
        answer = bytearray()
        connected = False

        def on_connected() -> None:
            nonlocal connected
            connected = True
            allow_the_window_to_come_forward()
            socket.write(request.to_bytes())

        def on_ready_read() -> None:
            answer.extend(bytes(socket.readAll().data()))
            if b"\n" in answer:
                loop.quit()

        socket.connected.connect(on_connected)
        socket.readyRead.connect(on_ready_read)
        socket.errorOccurred.connect(lambda _error: loop.quit())
        socket.disconnected.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        socket.connectToServer(self.name)
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState and b"\n" not in answer:
            timer.start(timeout_ms)
            loop.exec()
        timer.stop()
        socket.abort()
        if answer.startswith(HEARD):
            return Handover.DELIVERED
        return Handover.NO_ANSWER if connected else Handover.NOBODY

    # -- the window that has the library ------------------------------------------------
    def listen(self) -> bool:
        """Take the channel for this process (`claim` asked first whether a window has it).
        False (logged) when the system gives no channel: the app then runs unguarded."""
        server = QLocalServer(self)
        # Open to this user only. On Unix Qt then makes the socket aside and moves it into
        # place, over a socket file an app that crashed left behind.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name):
            log.warning("no single-window guard for this library: %s", server.errorString())
            server.deleteLater()
            return False
        self._server = server
        return True

    def follow(self, follower: Callable[[LaunchRequest], object]) -> None:
        """From now on each request goes to `follower`, the ones heard already first."""
        self._follower = follower
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            follower(request)

    def close(self) -> None:
        """Stop answering: the window is closing (a restart must not hand over to it)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, received)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received.extend(bytes(socket.readAll().data()))
        if b"\n" not in received:
            if len(received) > REQUEST_LIMIT_BYTES:
                socket.abort()
            return
        line = bytes(received).split(b"\n", 1)[0]
        received.clear()
        try:
            request: LaunchRequest | None = LaunchRequest.from_bytes(line)
        except (ValueError, UnicodeDecodeError) as exc:
            log.warning("a launch sent a request this version does not understand: %s", exc)
            request = None
        # Answered first: what the window then does may ask the user something, and the
        # launch waiting for the answer must not wait for that.
        socket.write(HEARD if request is not None else NOT_UNDERSTOOD)
        socket.flush()
        socket.disconnectFromServer()
        if request is not None:
            QTimer.singleShot(0, self, lambda: self._take(request))

    def _take(self, request: LaunchRequest) -> None:
        if self._follower is None:
            self._waiting.append(request)
        else:
            self._follower(request)


def allow_the_window_to_come_forward() -> None:
    """Windows lets only the process the user is working in bring a window to the front:
    the launch the user just started lends that right to the window it hands over to."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
