"""Makes the README's screenshots from real windows on a demo library.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/readme_screenshots.py DEMO_LIBRARY

Writes docs/screenshots/*.png: the main window with results and preview, the import
summary (an import of a folder holding a damaged file), the bulk editor and the
library check."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.samples

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.services.library.asset_library import AssetLibrary
from tests import samples
from ui.app import build_window
from ui.library.editor import AssetEditorDialog


def main(library_path: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    DEFAULT_OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        library = AssetLibrary.open(Path(library_path))
        window = build_window(library, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.shell.resize(1360, 820)
        window.shell.show()
        wait(window.library_screen.search_finished)
        window.library_screen.search_box.setText("readmissions roi")
        window.library_screen.search_now()
        wait(window.library_screen.search_finished)
        window.library_screen.results.setCurrentIndex(window.library_screen.model.index(0))
        wait(window.library_screen.preview.loaded)
        save(window.shell, DEFAULT_OUT, "main-window.png")

        ids = window.library_screen.model.asset_ids()[:4]
        editor = AssetEditorDialog(list(library.assets_by_id(ids).values()), library.taxonomy(), window)
        editor.tags.setText("q4-campaign")
        editor.show()
        save(editor, DEFAULT_OUT, "bulk-editor.png")
        editor.close()

        folder = Path(tmp) / "new collateral"
        folder.mkdir()

        samples.make_pdf(folder / "Retail loyalty case study.pdf", ["Loyalty members spend 30% more."])
        samples.make_pptx(
            folder / "Q4 launch deck.pptx", [("Launch", "What is new in Q4", "Open with the demo.")]
        )
        samples.make_truncated_pdf(folder / "Pricing sheet (damaged).pdf")
        samples.make_zip_bomb_docx(folder / "Not really a document.docx")
        (folder / "Empty notes.txt").write_bytes(b"")
        window.library_screen.import_paths([folder])
        wait(window.library_screen.import_dialog.import_finished, 120_000)
        save(window.library_screen.import_dialog, DEFAULT_OUT, "import-summary.png")
        window.library_screen.import_dialog.close()

        window.shell.check_library()
        dialogs = [w for w in app.topLevelWidgets() if w.windowTitle() == "Check library" and w.isVisible()]
        wait(None, 3000)
        if dialogs:
            save(dialogs[0], DEFAULT_OUT, "check-library.png")
            dialogs[0].close()
        window.shell.close()
        library.close()


if __name__ == "__main__":
    main(sys.argv[1])
