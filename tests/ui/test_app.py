"""`collateral-app` started from the command line, run in this process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui import app


def test_the_app_opens_a_library_on_a_query_saves_a_screenshot_and_exits(
    qtbot: QtBot, library_folder: Path, tmp_path: Path, app_state: tuple[Path, list[str]]
) -> None:
    config, crash_boxes = app_state
    shot = tmp_path / "shot.png"

    code = app.main(["--library", str(library_folder), "--query", "readmissions", "--screenshot", str(shot)])

    assert code == 0
    assert crash_boxes == []
    assert shot.stat().st_size > 0
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() > 600 and image.height() > 400
    # The library is remembered for next time, in the (redirected) user settings.
    remembered = QSettings(str(config / "Collateral" / "Collateral.conf"), QSettings.Format.IniFormat)
    assert remembered.value("library") == str(library_folder.resolve())
    # Logs go to the user's log folder, never into the library (which may be synced).
    assert (tmp_path / "logs" / "collateral.log").is_file()
    assert not (library_folder / "logs").exists()


def test_the_app_says_why_when_the_library_folder_is_a_file(qtbot: QtBot, tmp_path: Path, app_state) -> None:
    _config, crash_boxes = app_state
    not_a_folder = tmp_path / "library.txt"
    not_a_folder.write_text("not a library")

    code = app.main(["--library", str(not_a_folder)])

    assert code == 1
    assert len(crash_boxes) == 1 and "is a file, not a library folder" in crash_boxes[0]
