"""Makes the Insight view's screenshots from a real window on the demo library, as a marketer.

    .venv/bin/collateral --library /tmp/insight-demo demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/insight_screenshots.py /tmp/insight-demo

Writes docs/screenshots/insight-*.png: the whole window on each tab, the heatmap's red cell
drilled into, an asset's detail, and the Insight view in a dark palette."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from tests.ui.helpers import dark_palette
from ui.app import build_window


def main(library_path: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    DEFAULT_OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        library = AssetLibrary.open(Path(library_path))
        SalesLoop(library).switch_user("Lena Fischer", Role.MARKETER)
        window = build_window(library, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.shell.resize(1400, 900)
        window.shell.show()
        wait(window.library_screen.search_finished)
        view = window.insight_view
        window.shell.show_section("insight")
        wait(view.report_shown)
        report = view.report
        assert report is not None
        view.top_view.selectRow(0)
        wait(view.asset_shown)
        save(window.shell, DEFAULT_OUT, "insight-usage.png")
        view.tabs.setCurrentIndex(1)
        view.flag_view.selectRow(0)
        save(window.shell, DEFAULT_OUT, "insight-attention.png")
        view.tabs.setCurrentIndex(2)
        view.influence_view.selectRow(0)
        save(window.shell, DEFAULT_OUT, "insight-influence.png")
        view.tabs.setCurrentIndex(3)
        worst = report.coverage.worst(1)[0]
        rows = [r.slug for r in report.coverage.rows]
        columns = [c.slug for c in report.coverage.columns]
        view.heatmap.select(rows.index(worst.row), columns.index(worst.column))
        wait(view.cell_shown)
        save(window.shell, DEFAULT_OUT, "insight-coverage.png")
        view.tabs.setCurrentIndex(4)
        save(window.shell, DEFAULT_OUT, "insight-service.png")
        view.tabs.setCurrentIndex(5)
        view.zero_view.selectRow(0)
        save(window.shell, DEFAULT_OUT, "insight-demand.png")
        view.setPalette(dark_palette())
        view.tabs.setCurrentIndex(3)
        view.refresh()
        wait(view.report_shown)
        wait(view.cell_shown, 5_000)
        save(view, DEFAULT_OUT, "insight-dark.png")
        window.shell.close()
        library.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1])
