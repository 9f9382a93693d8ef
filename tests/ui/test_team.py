"""Team mode in the app, with pytest-qt and a real PostgreSQL: Team settings, background sync
off the GUI thread (timer and network coming back), the status-bar widget offline and
online, and the conflict screen."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.domain.team import TlsMode
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.team import TeamService
from collateral_app.storage.sync_models import SyncServerRow
from collateral_app.sync.connection import ServerAddress
from tests import samples
from tests.pg_tls import TlsCluster
from tests.sync.conftest import (
    SMALL_CHUNK,
    Laptop,
    TeamServer,
    laptop_factory,
    postgres,
    server_factory,
    team_server,
    tls_cluster,
    tls_team,
)
from ui.common.language import moment_text
from ui.team.screens import (
    ConflictsModel,
    ConflictsView,
    StatusWidget,
    TeamSettingsDialog,
    TeamSync,
    status_line,
)

from .helpers import TIMEOUT_MS, WindowFactory

# The real server's fixtures, shared with tests/sync.
SERVER_FIXTURES = (postgres, server_factory, team_server, laptop_factory, tls_cluster, tls_team)


@pytest.fixture
def synced(qtbot: QtBot) -> Iterator[Callable[..., TeamSync]]:
    made: list[TeamSync] = []

    def make(team: TeamService, every_ms: int = 3_600_000) -> TeamSync:
        sync = TeamSync(team, every_ms=every_ms)
        made.append(sync)
        with qtbot.waitSignal(sync.status_changed, timeout=TIMEOUT_MS):
            sync.start()
        return sync

    yield make
    for sync in made:
        sync.shutdown()


def _offline(library: AssetLibrary) -> None:
    with library.sessions.begin() as s:
        state = s.get(SyncServerRow, 1)
        assert state is not None
        params = dict(ServerAddress.parse(state.server).params)
        params["port"] = "9"
        state.server = ServerAddress(tuple(sorted(params.items()))).conninfo


def test_the_status_widget_says_offline_and_that_the_work_is_saved(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    synced: Callable[..., TeamSync],
    tmp_path: Path,
) -> None:
    mia = laptop_factory("mia")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    mia.sales.record_usage(asset.asset_id or "", UsageKind.SHARED)
    _offline(mia.library)
    sync = synced(mia.team)
    widget = StatusWidget(sync)
    qtbot.addWidget(widget)

    with qtbot.waitSignal(sync.sync_failed, timeout=TIMEOUT_MS) as failed:
        assert sync.sync_now()
    qtbot.waitUntil(lambda: widget.text().startswith("Offline"), timeout=TIMEOUT_MS)

    assert failed.args[0].startswith(
        "The team server is unreachable — your work is saved and will be sent later."
    )
    assert widget.text() == "Offline — your work is saved · 1 waiting"
    assert "unreachable" in widget.toolTip()


def test_background_sync_runs_on_its_timer_off_the_gui_thread(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    synced: Callable[..., TeamSync],
) -> None:
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    threads: list[threading.Thread] = []

    class Watched(TeamService):
        def sync_once(self, progress=None, cancel=None):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            return super().sync_once(progress, cancel)

    sync = synced(Watched(rep.library, chunk_size=SMALL_CHUNK), every_ms=150)

    with qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS):
        pass  # the timer's tick starts it

    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: sync.status.last_sync_at is not None, timeout=TIMEOUT_MS)
    assert status_line(sync.status).startswith("Online · synced just now")


def test_the_network_coming_back_starts_a_sync_at_once(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    synced: Callable[..., TeamSync],
) -> None:
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    sync = synced(rep.team)

    with qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS) as finished:
        sync.on_network_reachability_changed(True)

    assert finished.args[0].cancelled is False
    assert sync.sync_now() is False or sync.busy  # one sync at a time


def test_team_settings_test_connection_then_join(
    qtbot: QtBot, team_server: TeamServer, synced: Callable[..., TeamSync], empty_library: AssetLibrary
) -> None:
    url = team_server.add_user("ray", Role.REP)
    params = ServerAddress.parse(url)
    sync = synced(TeamService(empty_library))
    dialog = TeamSettingsDialog(sync)
    qtbot.addWidget(dialog)
    dialog.server.setText(f"postgresql://{params.host}:{params.get('port', '5432')}/{params.dbname}")
    dialog.login.setText(params.login)
    dialog.password.setText("pw")
    dialog.tls.setCurrentIndex(dialog.tls.findData(TlsMode.DISABLE.value))  # the local server has no TLS

    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith(("✔", "✖")), timeout=TIMEOUT_MS)
    assert dialog.test_result.text() == f"✔ Connected to {params.host} as {params.login} (rep)."
    with (
        qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS),
        qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS),
    ):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: sync.status.joined and sync.status.last_sync_at is not None, timeout=TIMEOUT_MS)
    assert sync.status.membership is not None and sync.status.membership.role is Role.REP


def test_team_settings_says_in_words_when_the_login_is_refused(
    qtbot: QtBot, team_server: TeamServer, synced: Callable[..., TeamSync], empty_library: AssetLibrary
) -> None:
    params = ServerAddress.parse(team_server.admin_url)
    sync = synced(TeamService(empty_library))
    dialog = TeamSettingsDialog(sync)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText(f"{params.host}:{params.get('port', '5432')}/{params.dbname}")
    dialog.login.setText(f"{team_server.prefix}_nobody")
    dialog.tls.setCurrentIndex(dialog.tls.findData(TlsMode.DISABLE.value))

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("✖"), timeout=TIMEOUT_MS)

    assert "refused the login" in dialog.test_result.text()
    assert dialog.isVisible() and dialog.join_button.isEnabled()
    assert not sync.status.joined


def test_team_settings_check_the_certificate_by_default_and_say_what_plain_text_means(
    qtbot: QtBot,
    tls_cluster: TlsCluster,
    tls_team: TeamServer,
    synced: Callable[..., TeamSync],
    empty_library: AssetLibrary,
) -> None:
    params = ServerAddress.parse(tls_team.add_user("ray", Role.REP))
    sync = synced(TeamService(empty_library))
    dialog = TeamSettingsDialog(sync)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tls_mode() is TlsMode.VERIFY_FULL and dialog.tls_note.isHidden()
    assert dialog.tls.findData(TlsMode.PREFER.value) == -1  # plain text never without a word
    dialog.tls.setCurrentIndex(dialog.tls.findData(TlsMode.DISABLE.value))
    assert dialog.tls_note.isVisible() and "travel in clear" in dialog.tls_note.text()
    assert not dialog.ca_file.isEnabled()
    dialog.tls.setCurrentIndex(dialog.tls.findData(TlsMode.VERIFY_FULL.value))

    dialog.server.setText(
        f"postgresql://{params.host}:{params.get('port')}/{params.dbname}?hostaddr=127.0.0.1"
    )
    dialog.login.setText(params.login)
    dialog.password.setText("pw")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith(("✔", "✖")), timeout=TIMEOUT_MS)
    no_ca = dialog.test_result.text()
    dialog.ca_file.setText(str(tls_cluster.ca_file))
    with (
        qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS),
        qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS),
    ):
        dialog.join_button.click()

    if not Path("~/.postgresql/root.crt").expanduser().exists():
        assert no_ca.startswith("✖") and "--tls-ca FILE" in no_ca
    membership = sync.status.membership
    assert membership is not None and membership.tls is TlsMode.VERIFY_FULL
    assert sync.status.tls_warning == ""


def test_the_conflict_screen_shows_both_values_and_keep_mine_sends_mine(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    synced: Callable[..., TeamSync],
    tmp_path: Path,
) -> None:
    mia, max_ = laptop_factory("mia"), laptop_factory("max")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    max_.team.join(team_server.add_user("max", Role.MARKETER), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "brief.txt", "Clinic brief")])
    asset_id = asset.asset_id or ""
    mia.sync()
    max_.sync()
    mia.library.edit_asset(asset_id, {"title": "Mia's title"})
    max_.library.edit_asset(asset_id, {"title": "Max's title"})
    mia.sync()
    sync = synced(max_.team)
    view = ConflictsView(sync)
    qtbot.addWidget(view)

    with qtbot.waitSignal(sync.conflicts_loaded, timeout=TIMEOUT_MS, check_params_cb=bool):
        sync.sync_now()

    model = view.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:3] == ["Asset: Max's title", "Title", "Max's title"]
    assert row[3] == f"Mia's title  (by {team_server.prefix}_mia)"
    with qtbot.waitSignal(sync.conflicts_loaded, timeout=TIMEOUT_MS, check_params_cb=lambda c: c == []):
        view.keep_mine.click()
    assert view.empty.isVisibleTo(view)
    with qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS):
        sync.sync_now()
    assert (
        team_server.scalar("SELECT doc->>'title' FROM collateral.catalog WHERE key = %s", (asset_id,))
        == "Max's title"
    )


def test_the_conflicts_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    from datetime import UTC, datetime

    from collateral_app.domain.team import Conflict

    model = ConflictsModel()
    model.set_conflicts(
        [
            Conflict(
                "c1", "asset", "a1", "ROI deck", "title", "Title", "Mine", "Theirs", "mia", datetime.now(UTC)
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Asset: ROI deck"


def test_the_window_gets_a_team_section_a_team_menu_and_the_status_widget(
    qtbot: QtBot, open_window: WindowFactory, library: AssetLibrary, settings, team_server: TeamServer
) -> None:
    team = TeamService(library)
    team.join(team_server.add_user("ray", Role.REP), password="pw")
    window = open_window(library, settings, team=team)
    screens = window.team_screens
    qtbot.waitUntil(lambda: screens.sync.status.joined, timeout=TIMEOUT_MS)

    assert "team" in window.shell.section_keys()
    assert [a.text() for a in window.shell.menus["&Team"].actions()] == ["Team settings…", "Sync now"]
    with qtbot.waitSignal(screens.sync.sync_finished, timeout=TIMEOUT_MS):
        screens.sync_action.trigger()
    qtbot.waitUntil(lambda: screens.status.text().startswith("Online"), timeout=TIMEOUT_MS)
    assert screens.status.isVisibleTo(window.shell)
    screens.sync.shutdown()


def test_the_status_widget_says_how_many_facts_the_server_holds_back_behind_an_open_transaction(
    qtbot: QtBot,
    team_server: TeamServer,
    laptop_factory: Callable[..., Laptop],
    synced: Callable[..., TeamSync],
    tmp_path: Path,
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    sync = synced(ray.team)
    widget = StatusWidget(sync)
    qtbot.addWidget(widget)
    idle = team_server.connect()  # a session left idle in a transaction that wrote
    try:
        idle.execute("SELECT pg_current_xact_id()")
        for _ in range(3):
            mia.sales.record_usage(asset.asset_id or "", UsageKind.SHARED)
        mia.sync()
        with qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS):
            assert sync.sync_now()
        qtbot.waitUntil(lambda: "holds back" in widget.text(), timeout=TIMEOUT_MS)
    finally:
        idle.rollback()
        idle.close()

    since = sync.status.held_back_since
    assert since is not None
    assert widget.text().endswith(
        f" · the server holds back 3 facts behind an open transaction since {moment_text(since)}"
    )
    with qtbot.waitSignal(sync.sync_finished, timeout=TIMEOUT_MS):
        assert sync.sync_now()
    qtbot.waitUntil(lambda: "holds back" not in widget.text(), timeout=TIMEOUT_MS)
