"""Screenshots of team files on demand from a real window: marketing's laptop (a copy of a demo
library) publishes to a team server made for the occasion on the local PostgreSQL; a rep's
empty laptop syncs and holds the text of every asset but none of the files.

    .venv/bin/collateral --library /tmp/team-demo demo
    xvfb-run -a -s "-screen 0 1400x900x24" \\
        .venv/bin/python scripts/team_files_screenshots.py /tmp/team-demo [OUT]

Writes to OUT (default docs/screenshots): team-file-not-here.png (results with the cloud badge,
the preview with the text and Download), team-file-downloading.png (progress in the preview and
the status bar), team-file-downloaded.png (the page rendered), team-file-pinned.png (kept
offline) and team-file-offline.png (the message while the server is unreachable)."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_kit import DEFAULT_OUT, drop_server, save, url, wait

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService
from collateral_app.storage.sync_models import SyncServerRow
from collateral_app.sync.connection import ServerAddress
from collateral_app.sync.schema import add_user
from tests import samples
from ui.app import build_window


class Unhurried(TeamService):
    """Downloads at a walking pace, so the progress can be photographed."""

    def download(self, asset_id: str, *, progress: Any = None, cancel: Any = None) -> Path | None:
        def slow(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            time.sleep(1.0)

        return super().download(asset_id, progress=slow, cancel=cancel)


def main(source: str, out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    dbname = f"collateral_shots_{uuid.uuid4().hex[:6]}"
    with tempfile.TemporaryDirectory() as tmp:
        try:
            TeamService.init_server(url(dbname))
            add_user(ServerAddress.parse(url(dbname)), f"{dbname}_mia", Role.MARKETER, password="pw")
            add_user(ServerAddress.parse(url(dbname)), f"{dbname}_ray", Role.REP, password="pw")
            mia_folder = Path(tmp) / "mia"
            shutil.copytree(source, mia_folder)
            mia = TeamService(AssetLibrary.open(mia_folder), chunk_size=1024 * 1024)
            mia.join(url(dbname, f"{dbname}_mia"), password="pw")
            big = samples.make_random_bytes(Path(tmp) / "Kessler product walkthrough.mp4", 6 * 1024 * 1024)
            Importer(mia.library).run([big])
            mia.sync_once()
            ray_library = AssetLibrary.open(Path(tmp) / "ray")
            SalesLoop(ray_library).switch_user("Ray Okafor", Role.REP)  # as asked on first start
            ray = Unhurried(ray_library, chunk_size=1024 * 1024)
            ray.join(url(dbname, f"{dbname}_ray"), password="pw")
            ray.sync_once()

            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            window = build_window(ray_library, settings, team=ray)
            window.shell.resize(1360, 820)
            window.shell.show()
            wait(window.library_screen.search_finished, 10_000)
            window.library_screen.search_box.setText("case study")
            wait(window.library_screen.search_finished, 10_000)
            pdfs = [
                r
                for r in window.library_screen.model.rows()
                if r.asset is not None and r.asset.media_type == "pdf"
            ]
            target = pdfs[0].hit.asset_id
            window.library_screen.results.setCurrentIndex(
                window.library_screen.model.index(window.library_screen.model.asset_ids().index(target))
            )
            wait(window.library_screen.preview.loaded, 10_000)
            save(window.shell, out, "team-file-not-here.png")

            film = next(a for a in ray_library.list_assets() if a.file_name.endswith(".mp4"))
            window.library_screen.open_asset = lambda _asset_id: None  # type: ignore[method-assign]  # no player here
            window.team_screens.files.fetch(film.id, film.title, film.size_bytes, file_name=film.file_name)
            window.library_screen.preview.download_button.click()  # the case study too, seen in the preview
            save(window.shell, out, "team-file-downloading.png", settle_ms=2_500)
            wait(window.team_screens.files.arrived, 20_000)
            wait(window.library_screen.preview.loaded, 10_000)
            save(window.shell, out, "team-file-downloaded.png", settle_ms=1_000)

            window.library_screen.preview.keep_offline.click()
            wait(window.team_screens.files.pinned, 10_000)
            wait(window.library_screen.preview.loaded, 10_000)
            save(window.shell, out, "team-file-pinned.png")

            with ray_library.sessions.begin() as s:  # the laptop leaves the network
                state = s.get(SyncServerRow, 1)
                assert state is not None
                params = dict(ServerAddress.parse(state.server).params)
                params["port"] = "9"
                state.server = ServerAddress(tuple(sorted(params.items()))).conninfo
            other = next(
                r.hit.asset_id
                for r in window.library_screen.model.rows()
                if r.on_server and r.hit.asset_id != target
            )
            window.library_screen.results.setCurrentIndex(
                window.library_screen.model.index(window.library_screen.model.asset_ids().index(other))
            )
            wait(window.library_screen.preview.loaded, 10_000)
            window.library_screen.copy_file(other)
            wait(window.team_screens.files.failed, 15_000)
            save(window.shell, out, "team-file-offline.png")
            window.team_screens.sync.shutdown()
            window.shell.close()
            app.processEvents()
        finally:
            drop_server(dbname)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT)
