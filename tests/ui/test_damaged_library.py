"""The app on a damaged library.db: instead of a crash, a dialog says what is wrong and what
to do; Repair salvages it and the window opens; damage found while the window is open is
shown with Restart and repair."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from collateral_app.domain.errors import DamagedLibrary
from collateral_app.services.library.asset_library import AssetLibrary
from tests.damaged_world import DAMAGE, SoundLibrary, build_library, copy_library
from ui import app
from ui.shell.damaged import DamagedLibraryDialog

from .helpers import TIMEOUT_MS, WindowFactory


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> SoundLibrary:
    where = tmp_path_factory.mktemp("sound")
    # Enough sales records that the file's middle holds them (flipped bytes in free space
    # would damage nothing SQLite could see).
    return build_library(where / "library", where / "sources", assets=12, uses_per_asset=200)


def damaged_copy(sound: SoundLibrary, tmp_path: Path, kind: str) -> Path:
    root = copy_library(sound, tmp_path / "library")
    DAMAGE[kind](root / "library.db")
    return root


def when_the_dialog_shows(act: Callable[[DamagedLibraryDialog], None]) -> list[DamagedLibraryDialog]:
    """Runs `act` on the damaged-library dialog once `main` has shown it (modal, so from
    inside its own event loop)."""
    seen: list[DamagedLibraryDialog] = []

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedLibraryDialog):
            QTimer.singleShot(10, find)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, find)
    return seen


def test_the_app_explains_a_damaged_library_and_quit_leaves_it(
    qtbot: QtBot, sound: SoundLibrary, tmp_path: Path, app_state: tuple[Path, list[str]]
) -> None:
    _config, crash_boxes = app_state
    root = damaged_copy(sound, tmp_path, "header")
    before = hashlib.sha256((root / "library.db").read_bytes()).hexdigest()
    shown: list[str] = []

    def read_and_quit(dialog: DamagedLibraryDialog) -> None:
        shown.append(dialog.heading.text() + "\n" + dialog.message.text())
        dialog.quit_button.click()

    seen = when_the_dialog_shows(read_and_quit)
    code = app.main(["--library", str(root)])

    assert code == 1 and len(seen) == 1
    assert crash_boxes == []
    assert "database file is damaged" in shown[0]
    assert str(root / "library.db") in shown[0] and "collateral check --repair" in shown[0]
    assert hashlib.sha256((root / "library.db").read_bytes()).hexdigest() == before


def test_repair_salvages_and_the_window_opens(
    qtbot: QtBot, sound: SoundLibrary, tmp_path: Path, app_state: tuple[Path, list[str]]
) -> None:
    _config, crash_boxes = app_state
    root = damaged_copy(sound, tmp_path, "truncated")
    summaries: list[str] = []

    def repair_then_open(dialog: DamagedLibraryDialog) -> None:
        def opened() -> None:
            summaries.append(dialog.summary.text())
            dialog.open_button.click()

        dialog.salvaged.connect(opened)
        dialog.repair_button.click()

    when_the_dialog_shows(repair_then_open)
    code = app.main(["--library", str(root), "--screenshot", str(tmp_path / "shot.png")])

    assert code == 0 and crash_boxes == []
    assert (tmp_path / "shot.png").stat().st_size > 0  # the window opened on the salvaged library
    assert "All 12 stored files were kept." in summaries[0]
    assert "back as drafts tagged “recovered”" in summaries[0]
    kept = [p for p in root.iterdir() if p.name.startswith("library.db.damaged-")]
    assert len(kept) == 1 and kept[0].name in summaries[0]
    with AssetLibrary.open(root, create=False) as library:
        assert set(library.blobs.all_hashes()) == sound.files
        assert len(library.list_assets()) == len(sound.asset_ids)


def test_damage_found_while_the_window_is_open_is_shown(
    qtbot: QtBot,
    sound: SoundLibrary,
    tmp_path: Path,
    open_window: WindowFactory,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = damaged_copy(sound, tmp_path, "flipped")
    library = AssetLibrary.open(root)  # the opening reads too little of the file to notice
    window = open_window(library, settings)

    qtbot.waitUntil(lambda: window.shell.damage_warning is not None, timeout=TIMEOUT_MS)

    warning = window.shell.damage_warning
    assert warning is not None and warning.isVisible()
    assert "database file is damaged" in warning.text()
    assert "collateral check --repair" in warning.informativeText()
    # Starting a second process is the system's part: recorded instead.
    restarts: list[bool] = []
    monkeypatch.setattr("ui.shell.window.restart_application", lambda: restarts.append(True) or True)
    warning.restart_button.click()
    qtbot.waitUntil(lambda: not window.shell.isVisible(), timeout=TIMEOUT_MS)
    assert restarts == [True]
    library.close()
    # Recorded: the next start goes straight to the repair.
    with pytest.raises(DamagedLibrary):
        AssetLibrary.open(root)
