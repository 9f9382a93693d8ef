"""Help › Check for updates reads the admin's version file (a file:// URL, a path or a web
address), only when asked, and says whether a newer version is out and where to get it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from collateral_app import __version__
from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow
from ui.common import settings as options
from ui.shell.updates import UpdateDialog

from .helpers import TIMEOUT_MS, WindowFactory

DOWNLOADS = "https://intranet.example.com/collateral/"


def _check(qtbot: QtBot, window: AppWindow) -> tuple[UpdateDialog, str]:
    """Help › Check for updates, as the user chooses it; what the dialog then says."""
    window.shell.updates_action.trigger()
    dialog = window.shell.update_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS) as said:
        pass  # the file is read off the window's thread; the answer comes through the event loop
    return dialog, said.args[0]


def test_a_newer_version_in_a_file_url_is_said_with_its_link(
    qtbot: QtBot, window: AppWindow, settings: QSettings, tmp_path: Path
) -> None:
    published = tmp_path / "version.json"
    published.write_text(json.dumps({"version": "99.0", "url": DOWNLOADS}), encoding="utf-8")
    options.UPDATE_SOURCE.write(settings, published.as_uri())

    dialog, said = _check(qtbot, window)

    assert f'Version 99.0 is available: <a href="{DOWNLOADS}">{DOWNLOADS}</a>' in said
    assert dialog.answer.openExternalLinks()
    assert window.shell.updates_action in window.shell.menus["help"].actions()


def test_the_same_version_says_it_is_the_latest(
    qtbot: QtBot, window: AppWindow, settings: QSettings, tmp_path: Path
) -> None:
    published = tmp_path / "version.txt"
    published.write_text(f"{__version__}\n{DOWNLOADS}\n", encoding="utf-8")
    options.UPDATE_SOURCE.write(settings, published.as_uri())

    _dialog, said = _check(qtbot, window)

    assert said == f"You have the latest version ({__version__})."


@pytest.mark.parametrize(
    ("content", "said"), [(None, "No such file"), ("<html>Moved</html>", "is not a version number")]
)
def test_an_unreadable_version_file_says_why(
    qtbot: QtBot, window: AppWindow, settings: QSettings, tmp_path: Path, content: str | None, said: str
) -> None:
    published = tmp_path / "version.txt"
    if content is not None:
        published.write_text(content, encoding="utf-8")
    options.UPDATE_SOURCE.write(settings, published.as_uri())

    dialog, text = _check(qtbot, window)

    assert text.startswith("Could not check for updates.") and said in text
    assert dialog.check_button.isEnabled()  # the user may try again


@pytest.fixture
def version_server() -> Iterator[tuple[str, list[str]]]:
    """A web server publishing the version file; the paths asked for are recorded."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            body = json.dumps({"version": "99.1", "url": DOWNLOADS}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/collateral/version.json", asked
    server.shutdown()
    server.server_close()


def test_a_web_version_file_is_read_only_when_the_user_asks(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    version_server: tuple[str, list[str]],
) -> None:
    address, asked = version_server
    options.UPDATE_SOURCE.write(settings, address)
    window = open_window(library, settings)
    assert asked == []  # the window opened without a word to the network

    _dialog, said = _check(qtbot, window)

    assert asked == ["/collateral/version.json"]
    assert "Version 99.1 is available:" in said


def test_without_a_version_file_the_dialog_asks_for_one_and_remembers_it(
    qtbot: QtBot, window: AppWindow, settings: QSettings, tmp_path: Path
) -> None:
    window.shell.updates_action.trigger()
    dialog = window.shell.update_dialog
    assert dialog is not None and dialog.isVisible() and dialog.answer.text() == ""
    with qtbot.waitSignal(dialog.check_finished) as said:
        dialog.check_button.click()
    assert "Enter where the version file is" in said.args[0]

    published = tmp_path / "version.txt"
    published.write_text("99.2\n", encoding="utf-8")
    dialog.source.setText(str(published))
    with qtbot.waitSignal(dialog.check_finished, timeout=TIMEOUT_MS) as said:
        dialog.check_button.click()
    assert said.args[0] == "Version 99.2 is available; whoever supports Collateral knows where to get it."
    assert options.UPDATE_SOURCE.read(settings) == str(published)


def test_an_admin_names_the_version_file_for_every_user_of_the_computer(
    qapp: QApplication, app_state: tuple[Path, list[str]], tmp_path: Path
) -> None:
    """Qt's system-wide settings (/etc/xdg/Collateral/Collateral.conf on Linux) stand in for
    a setting the user has not made."""
    system = tmp_path / "system"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, str(system))
    (system / "Collateral").mkdir(parents=True)
    shared = "file:///srv/it/collateral-version.json"
    (system / "Collateral" / "Collateral.conf").write_text(f"[updates]\nversion_file={shared}\n")
    qapp.setOrganizationName("Collateral")
    qapp.setApplicationName("Collateral")

    assert options.UPDATE_SOURCE.read(QSettings()) == shared
    mine = QSettings()
    options.UPDATE_SOURCE.write(mine, "https://example.com/v.json")
    assert options.UPDATE_SOURCE.read(QSettings()) == "https://example.com/v.json"  # the user's own wins
