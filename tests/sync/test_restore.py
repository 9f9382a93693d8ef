"""A server restored from an older backup gets back everything the laptops hold, without
duplicates; and the admin's `init-server --restored` makes every laptop send it all again."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from psycopg import sql

from collateral_app.domain.sales import DealDraft, Role, UsageKind
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.services.team import TeamService
from tests import samples
from tests.sync.conftest import Laptop, TeamServer, _admin


def _pg(tool: str, server: TeamServer, *args: str) -> None:
    params = dict(part.split("=", 1) for part in server.conninfo.split())
    subprocess.run(
        [
            tool,
            "-h",
            params.get("host", "127.0.0.1"),
            "-p",
            params.get("port", "5432"),
            "-U",
            params.get("user", "postgres"),
            *args,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_a_server_restored_from_an_older_backup_receives_everything_again(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (first,) = Importer(mia.library).run(
        [samples.make_pdf(tmp_path / "first.pdf", ["Clinic onboarding plan."])]
    )
    mia.sync()
    ray.sync()
    now = datetime.now(UTC)
    ray.sales.record_usage_batch([UsageRecord(first.asset_id, UsageKind.SHARED, now) for _ in range(10)])
    ray.sync()
    backup = tmp_path / "team.dump"
    _pg("pg_dump", team_server, "-Fc", "-f", str(backup), team_server.dbname)
    # the day goes on after the backup
    (second,) = Importer(mia.library).run(
        [samples.make_pdf(tmp_path / "second.pdf", ["Pricing for hospitals."])]
    )
    mia.library.edit_asset(first.asset_id, {"title": "Clinic onboarding plan v2"})
    mia.sync()
    ray.sync()
    ray.sales.record_usage_batch(
        [UsageRecord(second.asset_id or "", UsageKind.PRESENTED, now) for _ in range(20)]
    )
    prospect = ray.sales.create_prospect("Contoso Health")
    deal = ray.sales.create_deal(DealDraft(name="Contoso pilot", prospect_id=prospect.id))
    ray.sync()
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == 30
    # the server dies and is restored from the backup
    with _admin() as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (team_server.dbname,)
        )
        conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(team_server.dbname)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(team_server.dbname)))
    _pg("pg_restore", team_server, "-d", team_server.dbname, str(backup))
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == 10

    reports = [ray.sync(), mia.sync(), ray.sync()]

    assert reports[0].server_restored and reports[1].server_restored
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == 30
    assert team_server.scalar("SELECT count(DISTINCT id) FROM collateral.facts") == 30
    doc = team_server.scalar("SELECT doc FROM collateral.catalog WHERE key = %s", (first.asset_id,))
    assert doc["title"] == "Clinic onboarding plan v2"
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE key = %s", (deal.id,)) == 1
    assert ray.team.download(second.asset_id or "") is not None
    assert ray.library.get_asset(first.asset_id or "").title == "Clinic onboarding plan v2"
    assert mia.team.conflicts() == [] and ray.team.conflicts() == []


def test_a_new_epoch_from_the_admin_makes_laptops_send_all_again_without_duplicates(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    ray.sales.record_usage(asset.asset_id or "", UsageKind.SHARED)
    ray.sync()
    before = team_server.scalar("SELECT value FROM collateral.meta WHERE key = 'epoch'")

    result = TeamService.init_server(team_server.admin_url, restored=True)
    report = ray.sync()

    assert (
        result.new_epoch
        and team_server.scalar("SELECT value FROM collateral.meta WHERE key = 'epoch'") != before
    )
    assert report.server_restored and report.sent_facts == 1
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == 1
    assert ray.sync().server_restored is False
