"""A page of the facts feed or of the catalog pull is read through the table's index, however
large the window: the plans of the statements the laptop really sends, taken at a realistic
size (200k facts, 20k catalog rows) after ANALYZE, hold an index scan and no sort."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from collateral_app.domain.sales import Role
from collateral_app.sync import facts
from tests.sync.conftest import Laptop, TeamServer

FACTS = 200_000
CATALOG_ROWS = 20_000


def explain_into(conn: psycopg.Connection[Any], table: str, plans: list[dict[str, Any]]) -> None:
    """From now on every ordered SELECT of `table` on `conn` is explained first, as sent."""

    class Explaining(psycopg.Cursor[Any]):
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            text = str(query)
            if text.startswith("SELECT") and f"FROM {table}" in text and "ORDER BY" in text:
                super().execute("EXPLAIN (FORMAT JSON) " + text, params)
                row = self.fetchone()
                assert row is not None
                plans.append(row[0][0]["Plan"])
            return super().execute(query, params, **kwargs)

    conn.cursor_factory = Explaining


def nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def assert_read_by_index(plan: dict[str, Any], index: str) -> None:
    found = list(nodes(plan))
    kinds = [n["Node Type"] for n in found]
    assert any(
        n["Node Type"] in ("Index Scan", "Index Only Scan") and n.get("Index Name") == index for n in found
    ), kinds
    assert not any("Sort" in kind for kind in kinds), kinds


def _load_facts(server: TeamServer, count: int) -> None:
    """`count` usage events from 20 laptops in transactions of 10,000 (their own transaction
    ids, stamped by the server), then ANALYZE."""
    with server.connect() as conn:
        for start in range(0, count, 10_000):
            conn.execute(
                "INSERT INTO collateral.facts (kind, id, doc, origin) "
                "SELECT 'usage_events', x.id, jsonb_build_object('id', x.id, 'asset_id', 'asset-1', "
                "'kind', 'shared', 'occurred_at', '2026-12-01T10:00:00+00:00', 'prospect_id', NULL, "
                "'deal_id', NULL, 'source', 'app', 'import_key', NULL, "
                "'recorded_at', '2026-12-01T10:00:00+00:00', 'user_id', 'rep-' || (x.n %% 20), "
                "'device_id', 'laptop-' || (x.n %% 20)), 'laptop-' || (x.n %% 20) "
                "FROM (SELECT n, md5(n::text) AS id FROM generate_series(%s::int, %s::int) AS n) x",
                (start, min(start + 10_000, count) - 1),
            )
            conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE collateral.facts")


def test_a_feed_page_at_the_start_and_in_the_middle_of_a_large_window_is_an_index_scan(
    team_server: TeamServer,
) -> None:
    team_server.add_user("ray", Role.REP)
    _load_facts(team_server, FACTS)
    with team_server.connect() as conn:
        middle = conn.execute(
            "SELECT txid::text::bigint AS at, kind, id FROM collateral.facts "
            "ORDER BY facts.txid, kind, id OFFSET %s LIMIT 1",
            (FACTS // 2,),
        ).fetchone()
    assert middle is not None
    plans: list[dict[str, Any]] = []
    with team_server.connect(f"{team_server.prefix}_ray") as reader:
        reader.autocommit = True
        explain_into(reader, "collateral.facts", plans)
        first, cursor = facts.read_feed(reader, facts.FeedCursor(), origin="reader", limit=5_000)
        assert cursor.ceiling is not None
        halfway = facts.FeedCursor(0, cursor.ceiling, (int(middle[0]), str(middle[1]), str(middle[2])))
        later, _ = facts.read_feed(reader, halfway, origin="reader", limit=5_000)

    assert len(first) == len(later) == 5_000
    assert later[0].id != first[0].id
    assert len(plans) == 2
    for plan in plans:
        assert_read_by_index(plan, "facts_feed")


@pytest.fixture
def big_catalog(team_server: TeamServer) -> TeamServer:
    with team_server.connect() as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) "
            "SELECT 'prospect', 'prospect-' || n, jsonb_build_object('name', 'Account ' || n, "
            "'industry', NULL, 'size', NULL, 'region', '', 'created_at', '2026-12-01T10:00:00+00:00') "
            "FROM generate_series(1, %s) AS n",
            (CATALOG_ROWS,),
        )
        conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE collateral.catalog")
    return team_server


def test_a_catalog_page_of_a_large_catalog_is_an_index_scan(
    big_catalog: TeamServer, laptop_factory: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(big_catalog.add_user("ray", Role.REP), password="pw")
    engine = ray.team.engine
    plans: list[dict[str, Any]] = []
    connect = engine.connect

    def explaining_connect() -> psycopg.Connection[Any]:
        conn = connect()
        explain_into(conn, "collateral.catalog", plans)
        return conn

    monkeypatch.setattr(engine, "connect", explaining_connect)
    report = engine.sync_once(cancel=lambda: len(plans) >= 2)  # two pages are enough to look at

    assert report.cancelled and report.pulled_changes > 0
    assert len(plans) == 2
    for plan in plans:
        assert_read_by_index(plan, "catalog_feed")
