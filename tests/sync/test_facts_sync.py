"""Facts between laptops: sent again any number of times they stay one row each; a long
time offline loses nothing; an unreachable server is said in words and costs nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import ServerUnreachable
from collateral_app.domain.sales import DealDraft, Outcome, Role, UsageKind, Verdict
from collateral_app.domain.team import SyncPhase, SyncProgress
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.storage.sales_models import UsageEventRow
from collateral_app.storage.sync_models import SyncFactMark, SyncFactProgress, SyncServerRow
from collateral_app.sync import facts
from collateral_app.sync.connection import ServerAddress
from tests import samples
from tests.sync import docs
from tests.sync.conftest import Laptop, TeamServer


@pytest.fixture
def pair(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> tuple[Laptop, Laptop, list[str]]:
    """mia (marketer) published three assets; ray (rep) has them."""
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    paths = [samples.make_text(tmp_path / f"a{i}.txt", f"Case study {i} on renewals") for i in range(3)]
    ids = [o.asset_id for o in Importer(mia.library).run(paths) if o.asset_id]
    mia.sync()
    ray.sync()
    return mia, ray, ids


def test_a_batch_sent_again_and_again_is_one_row_per_fact(
    team_server: TeamServer, pair: tuple[Laptop, Laptop, list[str]]
) -> None:
    _mia, ray, _ids = pair
    ray.sync()  # the profile is on the server
    me, device = ray.sales.whoami().id, ray.sales.device_id()
    batch = [(f"ev-{n}", docs.fact("usage_events", f"ev-{n}", me, device)) for n in range(50)]
    with ray.team.engine.connect() as conn:
        inserted = [facts.send(conn, "usage_events", batch, device) for _ in range(5)]
        conn.commit()
    assert inserted == [50, 0, 0, 0, 0]
    assert team_server.scalar("SELECT count(*) FROM collateral.facts WHERE id LIKE 'ev-%%'") == 50


def test_facts_resent_after_their_marks_were_lost_are_not_duplicated(
    team_server: TeamServer, pair: tuple[Laptop, Laptop, list[str]]
) -> None:
    _mia, ray, ids = pair
    now = datetime.now(UTC)
    ray.sales.record_usage_batch([UsageRecord(ids[n % 3], UsageKind.SHARED, now) for n in range(120)])
    ray.sync()
    for _ in range(3):  # as if the laptop died each time between the server's commit and its own
        with ray.library.sessions.begin() as s:  # the marks and how far they reach: one transaction
            s.execute(delete(SyncFactMark))
            s.execute(delete(SyncFactProgress))
        assert ray.team.status().waiting.facts == 120
        ray.sync()

    assert team_server.scalar("SELECT count(*) FROM collateral.facts WHERE kind = 'usage_events'") == 120
    assert ray.team.status().waiting.facts == 0


def test_ninety_days_offline_with_ten_thousand_events_then_one_sync_loses_nothing(
    team_server: TeamServer, pair: tuple[Laptop, Laptop, list[str]], tmp_path: Path
) -> None:
    mia, ray, ids = pair
    online = _go_offline(ray)
    start = datetime.now(UTC)
    prospect = ray.sales.create_prospect("Northwind Clinics", industry="healthcare")
    deal = ray.sales.create_deal(DealDraft(name="Northwind expansion", prospect_id=prospect.id))
    records = [
        UsageRecord(
            ids[n % 3],
            (UsageKind.VIEWED, UsageKind.SHARED, UsageKind.PRESENTED)[n % 3],
            start + timedelta(minutes=13 * n),
            deal_id=deal.id if n % 5 == 0 else None,
            prospect_id=prospect.id if n % 5 == 0 else None,
        )
        for n in range(10_000)
    ]  # 13 minutes apart: 10,000 events span 90 days
    assert records[-1].occurred_at - records[0].occurred_at > timedelta(days=90)
    ray.sales.record_usage_batch(records)
    ray.sales.set_outcome(deal.id, Outcome.WON)
    ray.sales.record_feedback(ids[0], deal.id, Verdict.HELPED_WIN, rating=5)
    search_id = ray.sales.log_search("hipaa whitepaper", None, 0)
    with pytest.raises(ServerUnreachable):
        ray.sync()
    # meanwhile marketing keeps working
    mia.library.edit_asset(ids[1], {"title": "Renewals case study, 2nd edition"})
    (new,) = Importer(mia.library).run([samples.make_text(tmp_path / "new.txt", "A brand new battlecard")])
    mia.library.remove_taxonomy_value(Dimension.INDUSTRY, "education")
    mia.sync()

    online()
    report = ray.sync()
    mia.sync()

    assert report.sent_facts == 10_000 + 2  # usage, feedback, the search (and nothing twice)
    with ray.library.sessions() as s:
        local = set(s.scalars(select(UsageEventRow.id)))
    with mia.library.sessions() as s:
        received = set(s.scalars(select(UsageEventRow.id)))
        assert s.scalar(select(func.count()).select_from(UsageEventRow)) == 10_000
    assert received == local
    assert (
        team_server.scalar(
            "SELECT count(*) FROM collateral.facts WHERE kind = 'search_log' AND id = %s", (search_id,)
        )
        == 1
    )
    assert ray.library.get_asset(ids[1]).title == "Renewals case study, 2nd edition"
    assert new.asset_id in {a.id for a in ray.library.list_assets()}
    assert "education" not in {e.slug for e in ray.library.taxonomy()[Dimension.INDUSTRY]}
    assert mia.sales.get_deal(deal.id).name == "Northwind expansion"
    assert ray.team.conflicts() == []


def test_an_unreachable_server_is_said_in_words_and_nothing_waiting_is_lost(
    pair: tuple[Laptop, Laptop, list[str]],
) -> None:
    _mia, ray, ids = pair
    ray.sales.record_usage(ids[0], UsageKind.SHARED)
    online = _go_offline(ray)

    with pytest.raises(ServerUnreachable) as caught:
        ray.sync()

    assert str(caught.value).startswith(
        "The team server is unreachable — your work is saved and will be sent later."
    )
    status = ray.team.status()
    assert status.online is False and status.waiting.facts == 1
    assert status.last_error.startswith("The team server is unreachable")
    online()
    ray.sync()
    assert ray.team.status().waiting.facts == 0 and ray.team.status().online is True


def _go_offline(laptop: Laptop) -> Callable[[], None]:
    """Point the laptop at a port nothing listens on; the returned call brings it back."""
    with laptop.library.sessions.begin() as s:
        state = s.get(SyncServerRow, 1)
        assert state is not None
        real = state.server
        params = dict(ServerAddress.parse(real).params)
        params["port"] = "9"
        state.server = ServerAddress(tuple(sorted(params.items()))).conninfo

    def back() -> None:
        with laptop.library.sessions.begin() as s:
            state = s.get(SyncServerRow, 1)
            assert state is not None
            state.server = real

    return back


def test_facts_that_arrive_with_rows_pushed_during_the_sync_are_stored_in_the_same_sync(
    team_server: TeamServer, pair: tuple[Laptop, Laptop, list[str]], laptop_factory: Callable[..., Laptop]
) -> None:
    _mia, ray, ids = pair
    rita = laptop_factory("rita")
    rita.team.join(team_server.add_user("rita", Role.REP), password="pw")
    rita.sync()
    prospect = rita.sales.create_prospect("Tailspin Toys")
    event = rita.sales.record_usage(ids[0], UsageKind.SHARED, prospect_id=prospect.id)
    ray.sales.record_usage(ids[1], UsageKind.VIEWED)  # so ray's sync has facts to send
    done: list[object] = []

    def rita_syncs_meanwhile(progress: SyncProgress) -> None:
        # Once ray has pulled the catalog, rita sends her new prospect and the event about it.
        if progress.phase is SyncPhase.SENDING and not done:
            done.append(rita.sync())

    report = ray.team.sync_once(progress=rita_syncs_meanwhile)

    assert done, "rita's sync did not run during ray's"
    assert event.id in {u.id for u in ray.sales.usage_for_asset(ids[0])}
    assert report.received_facts >= 1
    assert ray.team.status().waiting.parked == 0
