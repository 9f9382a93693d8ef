"""Makes the README's search screenshots from real windows on a fresh library.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/search_screenshots.py

Writes docs/screenshots/search-page.png (a quoted phrase from page 187 of a 240-page manual:
the hit names the page, the preview opens there) and search-languages.png (a Japanese word
inside a sentence of Debian's reference card, found and highlighted)."""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.samples

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from tests import samples
from ui.app import build_window

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "pump",
    "valve",
    "pressure",
    "seal",
    "motor",
    "bearing",
    "filter",
    "housing",
    "sensor",
    "cable",
    "torque",
    "inspection",
    "service",
    "interval",
    "lubricate",
    "replace",
    "check",
    "tighten",
    "gauge",
    "flow",
    "inlet",
    "outlet",
]


def _manual(folder: Path) -> Path:
    rng = random.Random(4)
    pages = [" ".join(rng.choice(WORDS) for _ in range(170)) for _ in range(240)]
    pages[2] = "Contents: cavitation noise at low inlet pressure, seal replacement, " + pages[2]
    pages[186] = (
        " ".join(rng.choice(WORDS) for _ in range(40))
        + ". Cavitation noise at low inlet pressure means the suction line is restricted: clean the"
        " strainer before replacing the impeller. " + " ".join(rng.choice(WORDS) for _ in range(60))
    )
    return samples.make_pdf(
        folder / "Pump field service manual.pdf", pages, title="Pump field service manual"
    )


def main() -> None:
    QApplication.instance() or QApplication(sys.argv[:1])
    DEFAULT_OUT.mkdir(parents=True, exist_ok=True)
    excerpts = json.loads((ROOT / "tests/data/languages/refcard-excerpts.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        library = AssetLibrary.open(Path(tmp) / "lib")
        files = [_manual(folder)]
        for lang in ("ja", "zh", "ko", "el", "de", "hi"):
            files.append(samples.make_text(folder / f"Debian reference card ({lang}).txt", excerpts[lang]))
        Importer(library).run(files)
        window = build_window(library, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        screen = window.library_screen
        window.shell.resize(1360, 820)
        window.shell.show()
        wait(screen.search_finished)
        for text, name in (
            ('"cavitation noise at low inlet pressure"', "search-page.png"),
            ("ファイル", "search-languages.png"),
        ):
            screen.search_box.setText(text)
            screen.search_now()
            wait(screen.search_finished)
            screen.results.setCurrentIndex(screen.model.index(0))
            wait(screen.preview.loaded)
            save(window.shell, DEFAULT_OUT, name)
        window.shell.close()
        library.close()


if __name__ == "__main__":
    main()
