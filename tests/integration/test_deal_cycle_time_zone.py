"""A deal's cycle (from 90 days before it was opened until the end of its close day) is
counted in local days of the library's time zone, like the insight's windows: the same in
win influence, the won/lost prompt, the "Most winning" sort and the recommendations."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from collateral_app.domain.insight import InsightFilters
from collateral_app.domain.sales import Outcome, Segment, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import TODAY, World

OPENED = TODAY - timedelta(days=60)  # 19 April 2025
CLOSED = TODAY - timedelta(days=10)  # 8 June 2025, summer time
CYCLE_START = OPENED - timedelta(days=90)  # 19 January 2025, winter time


@pytest.mark.parametrize("time_zone", ["Europe/Berlin", "America/New_York"])
def test_the_cycle_starts_and_ends_at_local_midnights(library: AssetLibrary, time_zone: str) -> None:
    world = World.make(library, time_zone=time_zone)
    tz = ZoneInfo(time_zone)

    def at(day: object, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=tz)  # type: ignore[arg-type]

    prospect = world.prospect("Acme Health", industry="healthcare", size="mid-market")
    deal = world.deal(
        "Acme rollout",
        prospect,
        outcome=Outcome.WON,
        created_days_ago=60,
        closed_days_ago=10,
        amount="900",
    )
    moments = {
        "Before close midnight": at(CLOSED, 23, 59),  # counts: still the close day
        "After close midnight": at(CLOSED + timedelta(days=1), 0, 1),  # the day after
        "After cycle start": at(CYCLE_START, 0, 1),  # counts: the cycle's first day
        "Before cycle start": at(CYCLE_START - timedelta(days=1), 23, 59),  # the day before
    }
    ids = {title: world.asset(title, published_days_ago=400) for title in moments}
    for title, moment in moments.items():
        world.use(ids[title], UsageKind.SHARED, moment, deal=deal)
    counted = {"Before close midnight", "After cycle start"}

    influence = world.insight.influence(world.insight.parameters(days=90, filters=InsightFilters()))
    assert {a.title: a.assisted_won for a in influence.assets} == dict.fromkeys(counted, 1)

    prompt = world.loop.assets_used_for_deal(deal)
    assert {u.title for u in prompt} == counted

    # Most winning: won deals first, then uses in the last 90 days, then title.
    titles = {v: k for k, v in ids.items()}
    order = [titles[i] for i in world.loop.assets_by_wins(list(ids.values()))]
    assert order == [
        "Before close midnight",
        "After cycle start",
        "After close midnight",
        "Before cycle start",
    ]

    recommended = world.loop.recommend(segment=Segment(industry="healthcare"), limit=10)
    assert {r.title: r.won_deals_used for r in recommended.items} == {
        title: int(title in counted) for title in moments
    }
