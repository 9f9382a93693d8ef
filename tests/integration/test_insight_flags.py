"""Unused, underused, stale and archive candidates, each with its reason in words, and the
one-click actions that answer them (set a review date, mark reviewed, ask the owner, archive)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import Flag, FlagReport
from collateral_app.domain.sales import UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import TODAY, World, ago

SHARED = UsageKind.SHARED


@pytest.fixture
def world(library: AssetLibrary) -> World:
    return World.make(library)


def _flags(world: World) -> FlagReport:
    return world.insight.flags(world.insight.parameters(days=90))


def _titles(items: tuple[object, ...]) -> list[str]:
    return sorted(i.title for i in items)  # type: ignore[attr-defined]


def test_unused_means_published_past_the_grace_period_and_no_customer_facing_use_in_the_window(
    world: World,
) -> None:
    world.asset("Fresh", published_days_ago=10)
    forgotten = world.asset("Forgotten", published_days_ago=200)
    world.use(forgotten, SHARED, ago(120))  # before the window
    world.use(forgotten, UsageKind.VIEWED, ago(3))  # a view is not a use with a prospect
    world.asset("Never", published_days_ago=100)
    used = world.asset("Used", published_days_ago=100)
    world.use(used, SHARED, ago(1))
    world.use(used, SHARED, ago(2))
    world.asset("Draft", published_days_ago=100, status="draft")

    flags = _flags(world)

    assert _titles(flags.unused) == ["Forgotten", "Never"]
    reasons = {f.title: f.reasons[Flag.UNUSED] for f in flags.unused}
    assert reasons["Forgotten"] == (
        "no customer-facing use in the last 90 days; last used 4 months ago; published 7 months ago"
    )
    assert reasons["Never"] == (
        "no customer-facing use in the last 90 days; never shared or presented; published 3 months ago"
    )
    assert flags.unused[0].title == "Never"  # never used first, then the longest-neglected


def test_a_new_asset_is_unused_only_once_its_grace_period_is_over(world: World) -> None:
    world.asset("New", published_days_ago=25)
    assert not _flags(world).unused
    world.insight.set_insight_settings(grace_days=20)
    assert _titles(_flags(world).unused) == ["New"]


def test_underused_is_below_the_floor_or_in_the_bottom_quintile_of_its_type(world: World) -> None:
    rare = world.asset("Rare", type="deck")
    world.use(rare, SHARED, ago(5))
    for title, uses in (("DS3", 3), ("DS4", 4), ("DS6", 6), ("DS8", 8), ("DS10", 10)):
        asset = world.asset(title, type="datasheet")
        for n in range(uses):
            world.use(asset, SHARED, ago(1 + n))
    for n in range(5):  # a type used alike: nobody is in its bottom fifth
        asset = world.asset(f"Same {n}", type="video")
        for day in range(3):
            world.use(asset, SHARED, ago(1 + day))

    flags = _flags(world)

    assert _titles(flags.underused) == ["DS3", "Rare"]
    reasons = {f.title: f.reasons[Flag.UNDERUSED] for f in flags.underused}
    assert reasons["Rare"] == "1 customer-facing use in the last 90 days, below the floor of 2"
    assert reasons["DS3"] == (
        "3 customer-facing uses in the last 90 days, among the least used fifth of datasheets (at most 3)"
    )
    world.insight.set_insight_settings(underused_floor=4)
    assert _titles(_flags(world).underused) == [
        "DS3",
        "Rare",
        "Same 0",
        "Same 1",
        "Same 2",
        "Same 3",
        "Same 4",
    ]


def test_stale_is_past_review_by_or_the_default_interval_or_expired(world: World) -> None:
    world.asset("Overdue", review_by=TODAY - timedelta(days=10))
    default = world.asset("Default", published_days_ago=200)
    world.library.edit_asset(default, {"review_by": ""})
    world.asset("Expired", expires_on=TODAY - timedelta(days=3))
    world.asset("Due today", review_by=TODAY)

    flags = _flags(world)

    reasons = {f.title: f.reasons[Flag.STALE] for f in flags.stale}
    assert reasons == {
        "Overdue": "review overdue since 8 Jun 2025",
        "Default": "review overdue since 29 May 2025 (180 days after publishing)",
        "Expired": "expired on 15 Jun 2025",
    }


def test_archive_candidates_are_the_stale_assets_that_are_also_unused(world: World) -> None:
    world.asset("Stale unused", review_by=TODAY - timedelta(days=10))
    stale_used = world.asset("Stale used", review_by=TODAY - timedelta(days=1))
    for day in (1, 2, 3):
        world.use(stale_used, SHARED, ago(day))
    world.asset("Fresh unused")

    flags = _flags(world)

    assert _titles(flags.stale) == ["Stale unused", "Stale used"]
    assert _titles(flags.unused) == ["Fresh unused", "Stale unused"]
    assert _titles(flags.archive_candidates) == ["Stale unused"]
    candidate = flags.archive_candidates[0]
    assert candidate.flags == (Flag.ARCHIVE_CANDIDATE, Flag.UNUSED, Flag.STALE)
    assert candidate.reason == (
        "stale and unused: a candidate for archiving; no customer-facing use in the last 90 days; "
        "never shared or presented; published 7 months ago; review overdue since 8 Jun 2025"
    )


def test_asking_the_owner_to_review_is_a_dated_request_the_owner_sees_until_the_date_moves(
    world: World,
) -> None:
    stale = world.asset("Stale", review_by=TODAY - timedelta(days=10), owner="Lena Fischer")

    request = world.insight.ask_owner_to_review(stale, "  Numbers  from 2023?  ")

    assert (request.owner, request.requested_by, request.note, request.pending) == (
        "Lena Fischer",
        "Dana Whitfield",
        "Numbers from 2023?",
        True,
    )
    assert _flags(world).archive_candidates[0].review_requested_at == request.requested_at
    assert world.insight.review_requests_for_me() == []  # Dana owns nothing
    world.as_user("lena fischer")
    [seen] = world.insight.review_requests_for_me(since=request.requested_at - timedelta(seconds=1))
    assert (seen.asset_title, seen.pending) == ("Stale", True)
    assert world.insight.review_requests_for_me(since=request.requested_at) == []

    world.insight.set_review_date(stale, TODAY + timedelta(days=90))

    assert world.insight.review_requests(stale)[0].pending is False
    flags = _flags(world)
    assert not flags.stale and not flags.archive_candidates


def test_marking_reviewed_sets_the_next_review_a_review_interval_ahead(world: World) -> None:
    stale = world.asset("Stale", review_by=TODAY - timedelta(days=10))

    assert world.insight.mark_reviewed(stale) == TODAY + timedelta(days=180)
    assert world.library.get_asset(stale).review_by == TODAY + timedelta(days=180)
    with pytest.raises(InvalidEdit, match="today or later"):
        world.insight.set_review_date(stale, TODAY - timedelta(days=1))


def test_archiving_the_candidates_removes_them_from_every_list(world: World) -> None:
    world.asset("Stale one", review_by=TODAY - timedelta(days=10))
    world.asset("Stale two", review_by=TODAY - timedelta(days=20))
    candidates = [f.asset_id for f in _flags(world).archive_candidates]

    world.insight.archive(candidates)

    flags = _flags(world)
    assert len(candidates) == 2
    assert not (flags.unused or flags.stale or flags.archive_candidates)


def test_asking_to_review_an_asset_without_an_owner_is_explained(world: World) -> None:
    orphan = world.asset("Orphan", owner="")
    with pytest.raises(InvalidEdit, match="has no owner to ask"):
        world.insight.ask_owner_to_review(orphan)
