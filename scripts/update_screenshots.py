"""The README's screenshot of Help › Check for updates, on a version file naming a newer
version (a file here; an intranet page or share in real life).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/update_screenshots.py DEMO_LIBRARY

Writes docs/screenshots/check-for-updates.png."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import build_window
from ui.common import settings as options


def main(library_path: str) -> None:
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        published = Path(tmp) / "it-share" / "collateral-version.json"
        published.parent.mkdir()
        published.write_text(
            json.dumps({"version": "0.2.0", "url": "https://intranet.example.com/collateral/"})
        )
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        options.UPDATE_SOURCE.write(settings, published.as_uri())
        library = AssetLibrary.open(Path(library_path))
        window = build_window(library, settings)
        window.shell.show()
        wait(window.library_screen.search_finished)
        window.shell.updates_action.trigger()
        dialog = window.shell.update_dialog
        assert dialog is not None
        wait(dialog.check_finished)
        save(dialog, DEFAULT_OUT, "check-for-updates.png")
        window.shell.close()
        library.close()


if __name__ == "__main__":
    main(sys.argv[1])
