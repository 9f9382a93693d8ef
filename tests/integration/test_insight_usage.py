"""Usage in the insight: customer-facing uses (shared + presented) per asset in a window,
views apart; half-open windows at local midnights in the library's time zone; filters;
by type, by segment and over time. Every expected figure is known by construction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import InsightFilters
from collateral_app.domain.sales import UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import TODAY, World, ago

SHARED, PRESENTED, VIEWED = UsageKind.SHARED, UsageKind.PRESENTED, UsageKind.VIEWED


@pytest.fixture
def world(library: AssetLibrary) -> World:
    return World.make(library)


def test_customer_facing_uses_are_shares_and_presentations_and_views_are_counted_apart(world: World) -> None:
    deck = world.asset("Deck", type="deck")
    sheet = world.asset("Sheet", type="datasheet")
    for kind, days in ((SHARED, 3), (SHARED, 10), (PRESENTED, 20), (VIEWED, 3), (VIEWED, 4), (VIEWED, 5)):
        world.use(deck, kind, ago(days))
    for days in (1, 2, 3, 4):
        world.use(sheet, VIEWED, ago(days))

    report = world.insight.usage(world.insight.parameters(days=90))

    by_id = {a.asset_id: a for a in report.assets}
    assert (by_id[deck].uses, by_id[deck].shares, by_id[deck].presentations, by_id[deck].views) == (
        3,
        2,
        1,
        3,
    )
    assert (by_id[sheet].uses, by_id[sheet].views) == (0, 4)
    assert (report.uses, report.views) == (3, 7)
    assert (report.published, report.published_used, report.used_share) == (2, 1, 0.5)
    assert [a.asset_id for a in report.top()] == [deck]
    assert report.bottom(1)[0].asset_id == sheet


def test_a_custom_window_is_half_open_between_local_midnights(world: World) -> None:
    deck = world.asset("Deck")
    # May in Berlin (summer time, UTC+2): [30 Apr 22:00 UTC, 31 May 22:00 UTC).
    for moment in (
        datetime(2025, 4, 30, 21, 59, 59, tzinfo=UTC),  # 23:59:59 on 30 April in Berlin: before
        datetime(2025, 4, 30, 22, 0, tzinfo=UTC),  # midnight, 1 May: in
        datetime(2025, 5, 31, 21, 59, 59, tzinfo=UTC),  # the last second of May: in
        datetime(2025, 5, 31, 22, 0, tzinfo=UTC),  # midnight, 1 June: out
    ):
        world.use(deck, SHARED, moment)

    params = world.insight.parameters(since=date(2025, 5, 1), until=date(2025, 6, 1))
    report = world.insight.usage(params)

    assert params.window.since == datetime(2025, 4, 30, 22, 0, tzinfo=UTC)
    assert params.window.until == datetime(2025, 5, 31, 22, 0, tzinfo=UTC)
    assert (params.window.first_day, params.window.last_day, params.window.days) == (
        date(2025, 5, 1),
        date(2025, 5, 31),
        31,
    )
    assert report.assets[0].uses == 2


def test_the_library_time_zone_decides_the_day_an_event_belongs_to(world: World) -> None:
    early = world.asset("Early")
    late = world.asset("Late")
    world.use(early, SHARED, datetime(2025, 4, 30, 22, 30, tzinfo=UTC))  # 1 May 00:30 in Berlin
    world.use(late, SHARED, datetime(2025, 5, 31, 23, 30, tzinfo=UTC))  # 1 June 01:30 in Berlin

    def may_uses() -> dict[str, int]:
        params = world.insight.parameters(since=date(2025, 5, 1), until=date(2025, 6, 1))
        return {a.title: a.uses for a in world.insight.usage(params).assets}

    assert may_uses() == {"Early": 1, "Late": 0}
    world.insight.set_insight_settings(time_zone="UTC")
    assert may_uses() == {"Early": 0, "Late": 1}


def test_the_last_n_days_end_with_today_and_start_n_minus_one_days_before(world: World) -> None:
    deck = world.asset("Deck")
    world.use(deck, SHARED, ago(29, hour=0))  # first minute of the window's first day
    world.use(deck, SHARED, ago(30, hour=23))  # last hour of the day before it

    params = world.insight.parameters(days=30)

    assert (params.window.first_day, params.window.last_day) == (TODAY - timedelta(days=29), TODAY)
    assert world.insight.usage(params).assets[0].uses == 1


def test_events_on_an_archived_asset_count_as_usage_but_it_is_not_published_nor_flagged(world: World) -> None:
    old = world.asset("Old deck", type="deck", review_by=TODAY - timedelta(days=100))
    world.use(old, SHARED, ago(5))
    world.use(old, PRESENTED, ago(6))
    world.library.archive([old])

    params = world.insight.parameters(days=90)
    usage = world.insight.usage(params)
    flags = world.insight.flags(params)

    assert [(a.title, a.status, a.uses) for a in usage.assets] == [("Old deck", "archived", 2)]
    assert (usage.uses, usage.published, usage.published_used) == (2, 0, 0)
    assert not (flags.unused or flags.underused or flags.stale or flags.archive_candidates)


def test_the_team_member_filter_counts_only_that_members_uses(world: World) -> None:
    deck = world.asset("Deck")
    world.use(deck, SHARED, ago(2))
    world.use(deck, SHARED, ago(3))
    world.as_user("Marco Ruiz").use(deck, PRESENTED, ago(4))

    mine = world.insight.usage(world.insight.parameters(days=90, filters=InsightFilters(member="marco ruiz")))

    assert mine.parameters.filters.member == "Marco Ruiz"
    assert (mine.assets[0].uses, mine.assets[0].presentations, mine.uses) == (1, 1, 1)
    assert sum(p.uses for p in mine.timeline) == 1


def test_product_and_segment_filters_keep_the_assets_tagged_with_each_value(world: World) -> None:
    both = world.asset("Both", product="analytics", industry="healthcare")
    world.asset("Analytics only", product="analytics")
    world.asset("Security", product="security", industry="healthcare")
    world.use(both, SHARED, ago(1))

    def titles(**filters: str) -> list[str]:
        params = world.insight.parameters(filters=InsightFilters(**filters))  # type: ignore[arg-type]
        return sorted(a.title for a in world.insight.usage(params).assets)

    assert titles(product="Analytics") == ["Analytics only", "Both"]
    assert titles(product="analytics", industry="Healthcare") == ["Both"]
    assert titles(industry="healthcare") == ["Both", "Security"]


def test_usage_by_type_by_segment_and_over_time_add_up_to_the_totals(world: World) -> None:
    a = world.asset("Case A", type="case-study", industry="healthcare", stage="decision")
    b = world.asset("Case B", type="case-study", industry="retail")
    c = world.asset("Deck C", type="deck", industry="healthcare")
    for asset, days in ((a, 1), (a, 40), (b, 2), (c, 80), (c, 81)):
        world.use(asset, SHARED, ago(days))
    world.use(b, VIEWED, ago(3))

    report = world.insight.usage(world.insight.parameters(days=90))

    types = {t.type: (t.assets, t.used, t.uses, t.views) for t in report.by_type}
    assert types == {"case-study": (2, 2, 3, 1), "deck": (1, 1, 2, 0)}
    segments = {(s.dimension, s.value): (s.assets, s.uses) for s in report.by_segment if s.assets}
    assert segments == {
        ("industry", "healthcare"): (2, 4),
        ("industry", "retail"): (1, 1),
        ("stage", "decision"): (1, 2),
    }
    assert len(report.timeline) == 13  # weeks of 90 days, the last one partial
    assert report.timeline[0].start == TODAY - timedelta(days=89)
    assert report.timeline[-1].end == TODAY + timedelta(days=1)
    assert sum(p.uses for p in report.timeline) == report.uses == 5
    assert sum(p.views for p in report.timeline) == report.views == 1


def test_a_year_long_window_is_bucketed_by_calendar_month(world: World) -> None:
    deck = world.asset("Deck")
    world.use(deck, SHARED, ago(200))

    report = world.insight.usage(world.insight.parameters(days=365))

    assert [p.label for p in report.timeline][:2] == ["Jun 2024", "Jul 2024"]
    assert report.timeline[0].start == TODAY - timedelta(days=364)
    assert report.timeline[1].start == date(2024, 7, 1)
    assert sum(p.uses for p in report.timeline) == 1


def test_unknown_filters_and_windows_are_explained(world: World) -> None:
    with pytest.raises(InvalidEdit, match="No team member named “Nobody”"):
        world.insight.parameters(filters=InsightFilters(member="Nobody"))
    with pytest.raises(InvalidEdit, match="not a known industry"):
        world.insight.parameters(filters=InsightFilters(industry="space mining"))
    with pytest.raises(InvalidEdit, match="start before it ends"):
        world.insight.parameters(since=date(2025, 6, 1), until=date(2025, 5, 1))
    with pytest.raises(InvalidEdit, match="1 to 3660 days"):
        world.insight.parameters(days=0)
    with pytest.raises(InvalidEdit, match="not a time zone"):
        world.insight.set_insight_settings(time_zone="Mars/Olympus")
