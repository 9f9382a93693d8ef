"""Screenshots of the deal picker and of the coverage heatmap with its legend and actions, from
a real window on a copy of a demo library (run under Xvfb with a window manager, so popups
open over the window as on a desktop).

    .venv/bin/collateral --library /tmp/demo demo
    xvfb-run -a -s "-screen 0 1400x900x24" \\
        sh -c "openbox & .venv/bin/python scripts/deal_picker_heatmap_screenshots.py /tmp/demo"

Writes OUT/deal-picker.png, heatmap-legend.png and heatmap-cell-menu.png (OUT defaults to
docs/screenshots). The library is copied first: the script picks deals, which the demo library
should not remember."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import build_window


def grab_screen(widget: QWidget, out: Path, name: str) -> None:
    """What the screen shows over `widget`'s window, popups included (a widget's own grab
    leaves out the windows over it)."""
    wait(None, 700)
    frame = widget.window().frameGeometry()
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(out / name))
    print("saved", out / name)


def main(source: str, out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        shutil.copytree(source, folder)
        library = AssetLibrary.open(folder)
        sales = SalesLoop(library)
        me = sales.switch_user("Dana Whitfield", Role.REP)
        mine = [d for d in sales.list_deals() if d.owner == me.name]
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = build_window(library, settings, sales=sales)
        window.shell.resize(1360, 820)
        window.shell.move(20, 20)
        window.shell.land_on_first_section()
        window.shell.show()
        wait(window.library_screen.search_finished)
        wait(window.shell.context.deals_loaded)
        for deal in mine[:2]:  # worked on lately: the recent ones
            window.shell.context.set_current_deal(deal.id)

        picker = window.sales_screens.deal_picker
        picker.setFocus()
        QTest.mouseClick(
            picker, Qt.MouseButton.LeftButton, pos=QPoint(picker.width() // 2, picker.height() // 2)
        )
        wait(None, 300)
        QTest.keyClicks(picker.popup.filter_box, "analytics")
        grab_screen(window.shell, out, "deal-picker.png")
        picker.hidePopup()

        # Insight as marketing sees it: the largest gap drilled into, one of its deals chosen.
        window.shell.context.switch_profile("Lena Fischer", "marketer")
        wait(window.shell.context.profile_changed)
        view = window.insight_view
        window.shell.show_section("insight")
        wait(view.report_shown)
        report = view.report
        assert report is not None
        view.tabs.setCurrentIndex(3)
        worst = report.coverage.worst(1)[0]
        rows = [r.slug for r in report.coverage.rows]
        columns = [c.slug for c in report.coverage.columns]
        view.heatmap.select(rows.index(worst.row), columns.index(worst.column))
        wait(view.cell_shown)
        groups = [view.cell_items.topLevelItem(n) for n in range(view.cell_items.topLevelItemCount())]
        deals = next(g for g in groups if g.text(0).startswith("Deals"))
        if deals.childCount():
            view.cell_items.setCurrentItem(deals.child(0))
        save(window.shell, out, "heatmap-legend.png")

        cell = view.heatmap.cell_rect(rows.index(worst.row), columns.index(worst.column))
        QTest.mouseMove(view.heatmap, cell.center())
        menu_event_at = view.heatmap.mapToGlobal(cell.center())
        view.heatmap.cell_menu_requested.emit(worst.row, worst.column, menu_event_at)
        grab_screen(window.shell, out, "heatmap-cell-menu.png")
        if view.cell_menu is not None:
            view.cell_menu.close()
        app.processEvents()
        window.shell.close()
        library.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT)
