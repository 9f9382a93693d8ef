"""What waits to be sent is counted from how far the facts are sent, not over the whole
history: the count matches the facts without a mark through a push, a `kill -9` between
the server's commit and the laptop's, new facts and received ones; and counting it reads
only the rows above the mark (the statements' plans, and fewer SQLite steps than facts)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.sync import facts
from collateral_app.sync.engine import Acting
from tests import samples
from tests.sync.conftest import Laptop, TeamServer
from tests.sync.test_kill_during_sync import _kill_when, _start

pytestmark = pytest.mark.slow
FACT_TABLES = tuple(t.name for t in facts.fact_tables())


def unmarked(laptop: Laptop) -> int:
    """Facts held here without a mark, counted the long way round."""
    conn = sqlite3.connect(f"file:{laptop.root / 'library.db'}?mode=ro", uri=True, timeout=10)
    try:
        return sum(
            conn.execute(
                f"SELECT count(*) FROM {name} f WHERE NOT EXISTS "
                "(SELECT 1 FROM sync_fact_marks m WHERE m.kind = ? AND m.fact_id = f.id)",
                (name,),
            ).fetchone()[0]
            for name in FACT_TABLES
        )
    finally:
        conn.close()


@contextmanager
def watched(laptop: Laptop) -> Iterator[dict[str, Any]]:
    """The statements the laptop's engine runs meanwhile, and the SQLite steps they take."""
    seen: dict[str, Any] = {"statements": [], "steps": 0}

    def count(*_: Any) -> int:
        seen["steps"] += 100
        return 0

    def before(conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen["statements"].append((statement, parameters))
        conn.connection.dbapi_connection.set_progress_handler(count, 100)

    def after(conn: Any, *_: Any) -> None:
        conn.connection.dbapi_connection.set_progress_handler(None, 100)

    engine = laptop.library.engine
    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def plans(laptop: Laptop, statements: list[tuple[str, Any]]) -> list[str]:
    conn = sqlite3.connect(f"file:{laptop.root / 'library.db'}?mode=ro", uri=True, timeout=10)
    try:
        return [
            " / ".join(str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters))
            for statement, parameters in statements
            if statement.lstrip().upper().startswith("SELECT")
        ]
    finally:
        conn.close()


def test_what_waits_is_counted_right_through_a_push_a_kill_new_and_received_facts(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    start = datetime.now(UTC)
    total = 30_000
    ray.sales.record_usage_batch(
        [
            UsageRecord(asset.asset_id or "", UsageKind.VIEWED, start + timedelta(seconds=n))
            for n in range(total)
        ]
    )
    assert ray.team.status().waiting.facts == unmarked(ray) == total

    point = random.Random(31).randrange(5_000, total - 5_000)
    process = _start(ray.root, "sync", "--once")
    _kill_when(
        process,
        lambda: team_server.scalar("SELECT count(*) FROM collateral.facts") >= point,
        f"{point} facts on the server",
    )
    left = ray.team.status().waiting.facts
    on_server = team_server.scalar("SELECT count(*) FROM collateral.facts")
    assert left == unmarked(ray)
    assert total - on_server <= left <= total  # what the server lacks is counted, and no more

    ray.sales.record_usage_batch(
        [UsageRecord(asset.asset_id or "", UsageKind.SHARED, start + timedelta(hours=n)) for n in range(25)]
    )
    assert ray.team.status().waiting.facts == unmarked(ray) == left + 25

    mia.sales.record_usage_batch(
        [
            UsageRecord(asset.asset_id or "", UsageKind.PRESENTED, start + timedelta(minutes=n))
            for n in range(500)
        ]
    )
    mia.sync()
    report = ray.sync()
    assert report.received_facts == 500
    assert ray.team.status().waiting.facts == unmarked(ray) == 0
    assert team_server.scalar("SELECT count(*) FROM collateral.facts") == total + 25 + 500

    ray.sales.record_usage_batch(
        [UsageRecord(asset.asset_id or "", UsageKind.VIEWED, start + timedelta(days=n)) for n in range(7)]
    )
    assert ray.team.status().waiting.facts == unmarked(ray) == 7
    ray.sync()
    assert ray.team.status().waiting.facts == unmarked(ray) == 0


def test_counting_what_waits_reads_only_the_facts_above_the_mark(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    mia.sync()
    ray.sync()
    now = datetime.now(UTC)
    history = 20_000
    ray.sales.record_usage_batch(
        [
            UsageRecord(asset.asset_id or "", UsageKind.VIEWED, now - timedelta(minutes=n))
            for n in range(history)
        ]
    )
    mia.sales.record_usage_batch(
        [
            UsageRecord(asset.asset_id or "", UsageKind.SHARED, now - timedelta(minutes=n))
            for n in range(5_000)
        ]
    )
    mia.sync()
    ray.sync()  # sends its 20,000, receives mia's 5,000
    ray.sales.record_usage_batch([UsageRecord(asset.asset_id or "", UsageKind.SHARED, now) for _ in range(3)])
    state = ray.team.engine.state()
    assert state is not None
    who = Acting(state.login, Role(state.role), ray.sales.device_id())

    with watched(ray) as seen:
        waiting = ray.team.engine.waiting_facts(who)

    assert waiting == unmarked(ray) == 3
    fact_plans = [p for p in plans(ray, seen["statements"]) if any(name in p for name in FACT_TABLES)]
    assert fact_plans
    for plan in fact_plans:
        assert "SCAN usage_events" not in plan, plan
    assert any("SEARCH usage_events USING INTEGER PRIMARY KEY (rowid>?)" in p for p in fact_plans)
    assert seen["steps"] < history, f"{seen['steps']} SQLite steps to count 3 facts among {history + 5_003}"
