"""Screenshots of team mode from real windows: two laptops (copies of a demo library) and a
team server made for the occasion on the local PostgreSQL, dropped at the end.

    .venv/bin/collateral --library /tmp/team-demo demo
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/team_screenshots.py /tmp/team-demo [OUT]

Writes OUT/team-section.png (the Team section with a conflict and the status bar),
team-settings.png (Team settings after Test connection) and team-offline.png (the status
bar while the server is unreachable). OUT defaults to docs/screenshots. The server is
COLLATERAL_TEST_PG (default host=127.0.0.1 port=5432 user=postgres), a superuser."""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, drop_server, save, url, wait

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService
from collateral_app.storage.sync_models import SyncServerRow
from collateral_app.sync.connection import ServerAddress
from collateral_app.sync.schema import add_user
from ui.app import build_window
from ui.team.screens import TeamSettingsDialog


def main(source: str, out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    dbname = f"collateral_shots_{uuid.uuid4().hex[:6]}"
    with tempfile.TemporaryDirectory() as tmp:
        try:
            TeamService.init_server(url(dbname))
            for name, role in (("mia", Role.MARKETER), ("max", Role.MARKETER)):
                add_user(ServerAddress.parse(url(dbname)), f"{dbname}_{name}", role, password="pw")
            mia_folder, max_folder = Path(tmp) / "mia", Path(tmp) / "max"
            shutil.copytree(source, mia_folder)
            mia = TeamService(AssetLibrary.open(mia_folder))
            mia.join(url(dbname, f"{dbname}_mia"), password="pw")
            mia.sync_once()
            max_library = AssetLibrary.open(max_folder)
            SalesLoop(max_library).switch_user("Max Becker", Role.MARKETER)  # as asked on first start
            max_ = TeamService(max_library)
            max_.join(url(dbname, f"{dbname}_max"), password="pw")
            max_.sync_once()
            asset = max_library.list_assets()[0]
            mia.library.edit_asset(asset.id, {"title": asset.title + " (2025 edition)"})
            max_library.edit_asset(asset.id, {"title": asset.title + " — updated", "tags": "+q4"})
            mia.sync_once()

            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            window = build_window(max_library, settings, team=max_)
            screens = window.team_screens
            window.shell.resize(1360, 820)
            window.shell.show()
            window.shell.show_section("team")
            wait(screens.sync.status_changed, 10_000)
            if screens.sync.sync_now():
                wait(screens.sync.sync_finished)
            wait(screens.sync.conflicts_loaded, 5_000)
            save(window.shell, out, "team-section.png")

            dialog = TeamSettingsDialog(screens.sync, window)
            dialog.password.setText("pw")
            dialog.show()
            dialog.test_connection()
            wait(None, 3_000)
            save(dialog, out, "team-settings.png")
            dialog.close()

            with max_library.sessions.begin() as s:  # the laptop leaves the network
                state = s.get(SyncServerRow, 1)
                assert state is not None
                params = dict(ServerAddress.parse(state.server).params)
                params["port"] = "9"
                state.server = ServerAddress(tuple(sorted(params.items()))).conninfo
            screens.sync.sync_now()
            wait(screens.sync.sync_failed, 15_000)
            wait(None, 1_000)
            bar = window.shell.statusBar()
            save(bar, out, "team-offline.png")
            screens.sync.shutdown()
            window.shell.close()
            app.processEvents()
        finally:
            drop_server(dbname)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT)
