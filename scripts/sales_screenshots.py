"""Screenshots of the feedback loop's screens, from real windows on a copy of a demo library.

    .venv/bin/collateral --library /tmp/fb-demo demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/sales_screenshots.py /tmp/fb-demo [OUT]

Writes OUT/deals.png, prepare-call.png, requests.png, won-deal-prompt.png and
present-mode.png (OUT defaults to docs/screenshots). The library is copied first: the
script marks a deal won, which the demo library should not keep."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.domain.sales import Outcome, Role, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from ui.app import build_window


def main(source: str, out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        shutil.copytree(source, folder)
        library = AssetLibrary.open(folder)
        sales = SalesLoop(library)
        me = sales.switch_user("Dana Whitfield", Role.REP)
        deals = [d for d in sales.list_deals(outcome=Outcome.OPEN) if d.owner == me.name]
        # The deal with the most to recommend makes the most telling picture.
        deal = max(deals, key=lambda d: len(sales.recommend(deal_id=d.id, limit=10).items))
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("current_deal", deal.id)
        window = build_window(library, settings, sales=sales)
        window.shell.resize(1360, 820)
        window.shell.land_on_first_section()
        window.shell.show()
        wait(window.library_screen.search_finished)
        wait(window.shell.context.deals_loaded)

        window.shell.show_section("deals")
        window.sales_screens.deals.select_deal(deal.id)
        save(window.shell, out, "deals.png")

        screens = window.sales_screens
        window.shell.show_section("prepare")
        wait(screens.prepare.recommended)
        for row in range(min(3, screens.prepare.model.rowCount())):
            screens.prepare.list.setCurrentIndex(screens.prepare.model.index(row))
            screens.prepare.add_current_to_kit()
        screens.prepare.list.setCurrentIndex(screens.prepare.model.index(0))
        save(window.shell, out, "prepare-call.png")

        # Requests as marketing sees them: triage buttons beside the selected request.
        window.shell.context.switch_profile("Sam Okafor", "marketer")
        wait(window.shell.context.profile_changed)
        requests = screens.requests
        wait(requests.model.modelReset, 3000)
        requests.status_filter.setCurrentIndex(1)  # all requests
        requests.table.selectRow(0)
        save(window.shell, out, "requests.png")
        window.shell.context.switch_profile(me.name, "rep")
        wait(window.shell.context.profile_changed)

        # A won deal whose prospect saw three assets: the prompt across the top.
        top = [r.asset_id for r in sales.recommend(deal_id=deal.id, limit=3).items]
        for asset_id in top:
            sales.record_usage(asset_id, UsageKind.SHARED, deal_id=deal.id)
        window.shell.show_section("library")
        screens.deals.select_deal(deal.id)
        window.shell.context.set_outcome(deal.id, Outcome.WON)
        wait(screens.prompt.shown)
        save(window.shell, out, "won-deal-prompt.png")

        pdf = next(
            (h for h in library.search("case study", limit=20).hits if h.file_name.endswith(".pdf")), None
        )
        if pdf is not None:
            window.library_screen.present_asset(pdf.asset_id)
            presenting = window.library_screen._presenting
            if presenting is not None:
                wait(presenting.page_shown)
                save(presenting, out, "present-mode.png")
                presenting.close()
        window.shell.close()
        library.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT)
