"""Screenshots of Insight › Hand-off for the README, on the week the tests build
(tests/handoff_world.py). Run under Xvfb: `xvfb-run -a python scripts/handoff_screenshots.py`."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from collateral_app.services.library.asset_library import AssetLibrary  # noqa: E402
from tests.handoff_world import make_world  # noqa: E402
from ui.common.tasks import TaskRunner  # noqa: E402
from ui.insight.handoff import HandoffTab  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    library = AssetLibrary.open(folder / "lib")
    world = make_world(library, folder)
    runner = TaskRunner()
    tab = HandoffTab(world.insight, runner)
    tab.setWindowTitle("Insight › Hand-off")
    tab.resize(1200, 820)
    tab.show()
    tab.report_shown.connect(lambda _r: app.quit())
    tab.refresh(lambda: world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9)))
    app.exec()
    app.processEvents()
    out = ROOT / "docs" / "screenshots"
    tab.grab().save(str(out / "handoff.png"))
    tab.tables.setCurrentIndex(4)
    app.processEvents()
    tab.grab().save(str(out / "handoff-content.png"))
    runner.shutdown()
    library.close()


if __name__ == "__main__":
    main()
