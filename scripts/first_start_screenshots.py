"""Screenshots of the first start and the help, in real windows framed by a window manager:

    xvfb-run -a -s "-screen 0 1440x900x24" sh -c 'openbox & sleep 1; \
        .venv/bin/python scripts/first_start_screenshots.py DEMO_LIBRARY'

Writes docs/screenshots/first-start.png (an empty library: the welcome panel, the profile
prompt beside the empty library's hint), tour.png (the tour's second step, on the demo
library) and user-guide.png (F1's guide beside the window). Grabs the screen, so the frames
the window manager draws are in them."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, wait

from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import build_window
from ui.sales.profile import ProfileDialog


def grab_screen(widgets: list[QWidget], name: str, settle_ms: int = 1200) -> None:
    """The part of the screen the widgets' frames cover, as the user sees it."""
    wait(None, settle_ms)
    area = QRect()
    for widget in widgets:
        area = area.united(widget.frameGeometry())
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    shot.save(str(DEFAULT_OUT / name))
    print("saved", DEFAULT_OUT / name)


def main(demo_path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    DEFAULT_OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        empty = AssetLibrary.open(Path(tmp) / "library")
        window = build_window(empty, settings)
        window.shell.resize(1360, 820)
        window.shell.move(20, 20)
        window.shell.show()
        wait(window.library_screen.search_finished)
        window.first_start.show_welcome()
        wait(None, 300)
        profile = ProfileDialog(first_start=True, parent=window.shell)
        window.first_start.place_clear_of_hint(profile)
        profile.show()
        grab_screen([window.shell, profile], "first-start.png")
        profile.close()
        window.shell.close()
        empty.close()

        demo = AssetLibrary.open(Path(demo_path))
        window = build_window(demo, settings)
        window.shell.resize(1360, 820)
        window.shell.move(20, 20)
        window.shell.show()
        wait(window.library_screen.search_finished)
        window.library_screen.search_box.setText("healthcare roi")
        window.library_screen.search_now()
        wait(window.library_screen.search_finished)
        window.library_screen.results.setCurrentIndex(window.library_screen.model.index(0))
        wait(window.library_screen.preview.loaded)
        tour = window.first_start.start_tour()
        tour.forward()
        grab_screen([window.shell], "tour.png")
        tour.skip()

        guide = window.shell.open_guide()
        guide.move(window.shell.frameGeometry().right() - guide.frameGeometry().width() - 40, 40)
        grab_screen([window.shell, guide], "user-guide.png")
        guide.close()
        window.shell.close()
        demo.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1])
