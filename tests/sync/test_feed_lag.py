"""A transaction left open in the team's database holds back the facts written after it: the
laptop says so (`team status`, the status) with how many and since when, and receives them
all once the transaction ends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from tests import samples
from tests.sync.conftest import Laptop, TeamServer, collateral


def test_facts_behind_a_transaction_left_open_are_shown_held_back_then_arrive(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    assert ray.team.status().held_back_facts == 0

    before = datetime.now(UTC).replace(microsecond=0)
    idle = team_server.connect()  # someone's session, left idle in a transaction that wrote
    try:
        idle.execute("SELECT pg_current_xact_id()")
        mia.sales.record_usage_batch(
            [UsageRecord(asset.asset_id or "", UsageKind.SHARED, datetime.now(UTC)) for _ in range(40)]
        )
        assert mia.sync().sent_facts == 40

        held = ray.sync()
        status = ray.team.status()
        shown = collateral(ray.root, "team", "status")
    finally:
        idle.rollback()
        idle.close()

    assert held.received_facts == 0
    assert status.held_back_facts == 40
    assert status.held_back_since is not None
    assert before <= status.held_back_since <= datetime.now(UTC)
    assert shown.returncode == 0, shown.stderr
    since = status.held_back_since.strftime("%Y-%m-%d %H:%M UTC")
    assert f"the server holds back 40 facts behind an open transaction since {since}" in shown.stdout

    arrived = ray.sync()
    assert arrived.received_facts == 40
    assert ray.team.status().held_back_facts == 0
    assert "holds back" not in collateral(ray.root, "team", "status").stdout
