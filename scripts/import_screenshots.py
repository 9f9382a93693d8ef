"""Screenshots of a folder import that protects the library: the pre-flight of a package
documentation folder (large, mostly not collateral), the summary of a mixed folder imported as
drafts (skipped files with their reasons, bad files needing attention), the cards with their
badges and the "Review" filter, and File › Recent imports after an undo.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/import_screenshots.py [OUT] [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import ImportBatches
from collateral_app.services.library.preflight import survey
from tests import import_folders
from ui.app import build_window
from ui.library.import_dialog import UndoImportConfirmation
from ui.library.import_preflight import PreflightChoice, PreflightDialog, Surveys


def main(out: Path, big_folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        library = AssetLibrary.open(Path(tmp) / "library")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = build_window(library, settings)
        window.shell.resize(1360, 820)
        window.shell.show()
        wait(None, 1500)

        # The pre-flight of a big folder that is not collateral.
        preflight = PreflightDialog(Surveys(survey([big_folder]), survey([big_folder], skip_packaging=False)))
        preflight.show()
        save(preflight, out, "import-preflight.png")
        preflight.close()

        # A mixed folder imported as drafts: the summary.
        folder = import_folders.make_mixed_folder(Path(tmp))
        PreflightDialog.ask = classmethod(  # type: ignore[method-assign]
            lambda cls, parent, surveys: PreflightChoice(as_draft=True, skip_packaging=True)
        )
        screen = window.library_screen
        screen.import_paths([folder])
        wait(screen.import_dialog.import_finished, 60_000)
        screen.import_dialog.resize(900, 520)
        save(screen.import_dialog, out, "import-summary-drafts.png")
        screen.import_dialog.close()

        # The Library: badges on the cards and the Review filter.
        wait(None, 1500)
        screen.results.setCurrentIndex(screen.model.index(0))
        wait(None, 1500)
        save(window.shell, out, "import-drafts-in-library.png")

        # The confirmation of an undo, saying how many assets go.
        batch = ImportBatches(library).recent()[0]
        box, _verb = UndoImportConfirmation.build(window.shell, ImportBatches(library).plan_undo(batch.id))
        box.show()
        save(box, out, "import-undo-confirmation.png")
        box.close()

        # Recent imports, after the import was undone.
        ImportBatches(library).undo_import(batch.id)
        screen.show_recent_imports()
        wait(None, 1500)
        assert screen.recent_imports is not None
        save(screen.recent_imports, out, "recent-imports.png")
        window.shell.close()
        library.close()
    app.quit()


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT,
        Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/usr/share/doc"),
    )
