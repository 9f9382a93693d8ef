"""Facts received from the team are written a page at a time without reading what the
laptop already holds: the rows they name are looked up with one query per table named,
never by fetching every id (watched with a listener on the laptop's engine and the plans of
the statements it ran)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from collateral_app.domain.sales import DealDraft, Role, UsageKind
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.services.team import TeamService
from collateral_app.storage.sales_models import SearchOpenRow, UsageEventRow
from collateral_app.sync import facts
from tests import samples
from tests.sync import docs
from tests.sync.conftest import Laptop, TeamServer

pytestmark = pytest.mark.slow
FACT_TABLES = tuple(t.name for t in facts.fact_tables())
EVERY_ID = re.compile(r"^\s*SELECT\s+(\w+)\.id\s+FROM\s+(\w+)\s*$", re.IGNORECASE)


@contextmanager
def statements(laptop: Laptop) -> Iterator[list[tuple[str, Any]]]:
    """Every statement the laptop's engine runs meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        seen.append((statement, None if many else parameters))

    engine = laptop.library.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def read_plans(laptop: Laptop, seen: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    """(statement, its plan) of each SELECT."""
    conn = sqlite3.connect(f"file:{laptop.root / 'library.db'}?mode=ro", uri=True, timeout=10)
    try:
        return [
            (
                statement,
                " / ".join(
                    str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters or ())
                ),
            )
            for statement, parameters in seen
            if statement.lstrip().upper().startswith("SELECT")
        ]
    finally:
        conn.close()


def test_a_page_of_facts_into_a_laptop_holding_many_never_fetches_every_id(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    prospect = mia.sales.create_prospect("Northwind Clinics", industry="healthcare")
    deal = mia.sales.create_deal(DealDraft(name="Northwind expansion", prospect_id=prospect.id))
    mia.sync()
    ray.sync()
    now = datetime.now(UTC)
    held = 30_000
    ray.sales.record_usage_batch(
        [UsageRecord(asset.asset_id or "", UsageKind.VIEWED, now - timedelta(minutes=n)) for n in range(held)]
    )
    for n in range(50):
        ray.sales.log_search(f"battlecard {n}", None, 1)
    ray.sync()  # all of ray's facts are on the server now
    mia.sales.record_usage_batch(
        [
            UsageRecord(
                asset.asset_id or "",
                UsageKind.SHARED,
                now - timedelta(seconds=n),
                prospect_id=prospect.id,
                deal_id=deal.id,
            )
            for n in range(1_000)
        ]
    )
    search = mia.sales.log_search("battlecard", None, 1)
    mia.sales.mark_search_opened(search, asset.asset_id or "")
    mia.sync()

    with statements(ray) as seen:
        report = ray.sync()

    assert report.received_facts == 1_002  # the events, the search and its open
    with ray.library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(UsageEventRow)) == held + 1_000
        assert s.scalar(select(func.count()).select_from(SearchOpenRow)) == 1
    plans = read_plans(ray, seen)
    every_id = [statement for statement, _plan in plans if EVERY_ID.match(statement)]
    assert not every_id, every_id
    for statement, plan in plans:
        for name in FACT_TABLES:
            assert not plan.startswith(f"SCAN {name}") and f"/ SCAN {name}" not in plan, (statement, plan)
    lookups = [statement for statement, _plan in plans if re.search(r"\.id IN \(", statement)]
    assert lookups, "the rows the facts name were looked up by id"


def on_parked(seen: list[tuple[str, Any]]) -> list[str]:
    """The statements on the facts and rows parked here."""
    return [statement for statement, _ in seen if "sync_parked" in statement]


def _send_naming_a_later_prospect(
    server: TeamServer, mia: Laptop, asset_id: str, first: int, count: int
) -> None:
    """Facts of mia's on the server naming a prospect that is not there yet (it reaches the
    server after the other laptops' catalog pull, as in a crowd)."""
    me, device = mia.sales.whoami().id, mia.sales.device_id()
    batch = [
        (
            f"ev-{n}",
            docs.fact("usage_events", f"ev-{n}", me, device, asset_id=asset_id, prospect_id="prospect-later"),
        )
        for n in range(first, first + count)
    ]
    with server.connect(f"{server.prefix}_mia") as conn:
        facts.send(conn, "usage_events", batch, device)
        conn.commit()


def test_facts_waiting_for_their_prospect_are_parked_and_stored_in_bulk_when_it_arrives(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (asset,) = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard")])
    asset_id = asset.asset_id or ""
    mia.sync()
    ray.sync()

    _send_naming_a_later_prospect(team_server, mia, asset_id, 0, 200)
    with statements(ray) as few:
        first = ray.sync()
    _send_naming_a_later_prospect(team_server, mia, asset_id, 200, 2_000)
    with statements(ray) as many:
        second = ray.sync()

    assert first.received_facts == second.received_facts == 0
    assert ray.team.status().waiting.parked == 2_200
    with ray.library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(UsageEventRow)) == 0
    # Ten times the facts, a handful more statements (the first 200 are tried again).
    assert len(many) - len(few) < 15, (len(few), len(many))

    # The server is restored from a backup: the laptop reads the whole feed again, and the
    # facts parked here arrive once more.
    TeamService.init_server(team_server.admin_url, restored=True)
    with statements(ray) as again:
        restored = ray.sync()
    assert restored.server_restored and restored.received_facts == 0
    assert ray.team.status().waiting.parked == 2_200
    for seen in (few, many, again):
        assert len(on_parked(seen)) <= 20, on_parked(seen)[:25]

    with team_server.connect(f"{team_server.prefix}_mia") as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('prospect', 'prospect-later', %s)",
            (json.dumps({"name": "Later Corp", "region": ""}),),
        )
        conn.commit()
    with statements(ray) as arrived:
        third = ray.sync()

    assert third.received_facts == 2_200
    assert ray.team.status().waiting.parked == 0
    with ray.library.sessions() as s:
        ids = list(s.scalars(select(UsageEventRow.id).where(UsageEventRow.prospect_id == "prospect-later")))
    assert sorted(ids) == sorted(f"ev-{n}" for n in range(2_200))
    assert len(on_parked(arrived)) <= 20, on_parked(arrived)[:25]
    assert ray.sync().received_facts == 0  # nothing twice
