"""The library's "Most used" and "Most winning" sorts: evidence from the sales loop over the
last 90 days, applied to a search's matches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from collateral_app.domain.enums import SearchSort
from collateral_app.domain.sales import DealDraft, Outcome, UsageKind, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

NOW = datetime.now(UTC)


@pytest.fixture
def loop(library: AssetLibrary) -> SalesLoop:
    return SalesLoop(library)


@pytest.fixture
def assets(library: AssetLibrary) -> dict[str, str]:
    names = ["Alpha deck", "Bravo case study", "Charlie one-pager", "Delta datasheet", "Echo video"]
    return {n.split()[0]: library.add_link(f"https://example.com/{i}", n).id for i, n in enumerate(names)}


def _deal(loop: SalesLoop, name: str, *, created: date, closed: date | None, outcome: Outcome) -> str:
    prospect = loop.create_prospect(f"{name} Inc")
    deal = loop.create_deal(DealDraft(name=name, prospect_id=prospect.id, created_on=created))
    if outcome is not Outcome.OPEN:
        loop.set_outcome(deal.id, outcome, close_date=closed)
    return deal.id


def _browse(library: AssetLibrary, sort: SearchSort) -> list[str]:
    return [h.asset_id for h in library.search("", limit=20, sort=sort).hits]


def test_most_used_puts_the_assets_shared_and_presented_most_in_the_last_90_days_first(
    library: AssetLibrary, loop: SalesLoop, assets: dict[str, str]
) -> None:
    def use(name: str, kind: UsageKind, times: int, days_ago: int = 1) -> None:
        for _ in range(times):
            loop.record_usage(assets[name], kind, occurred_at=NOW - timedelta(days=days_ago))

    use("Alpha", UsageKind.SHARED, 1)
    use("Bravo", UsageKind.PRESENTED, 3)
    use("Charlie", UsageKind.VIEWED, 5)  # a view never counts as a use
    use("Charlie", UsageKind.SHARED, 4, days_ago=100)  # older than the window
    use("Delta", UsageKind.SHARED, 2)

    expected = [assets[n] for n in ("Bravo", "Delta", "Alpha", "Charlie", "Echo")]
    assert _browse(library, SearchSort.MOST_USED) == expected
    assert loop.assets_by_use(list(assets.values())) == expected


def test_most_used_orders_only_what_the_search_matched(
    library: AssetLibrary, loop: SalesLoop, assets: dict[str, str]
) -> None:
    loop.record_usage(assets["Echo"], UsageKind.SHARED)
    loop.record_usage(assets["Delta"], UsageKind.SHARED)
    loop.record_usage(assets["Delta"], UsageKind.SHARED)

    hits = library.search("deck OR video", limit=20, sort=SearchSort.MOST_USED).hits

    assert [h.asset_id for h in hits] == [assets["Echo"], assets["Alpha"]]


def test_most_winning_counts_each_recent_won_deal_once_whether_assisted_or_declared(
    library: AssetLibrary, loop: SalesLoop, assets: dict[str, str]
) -> None:
    today = NOW.date()
    won_1 = _deal(loop, "Won one", created=today - timedelta(days=20), closed=today, outcome=Outcome.WON)
    won_2 = _deal(loop, "Won two", created=today - timedelta(days=20), closed=today, outcome=Outcome.WON)
    lost = _deal(loop, "Lost", created=today - timedelta(days=20), closed=today, outcome=Outcome.LOST)
    old = _deal(
        loop,
        "Won long ago",
        created=today - timedelta(days=230),
        closed=today - timedelta(days=200),
        outcome=Outcome.WON,
    )

    def share(name: str, deal_id: str, days_ago: int = 5) -> None:
        loop.record_usage(
            assets[name], UsageKind.SHARED, deal_id=deal_id, occurred_at=NOW - timedelta(days=days_ago)
        )

    share("Alpha", won_1)
    loop.record_feedback(assets["Alpha"], won_1, Verdict.HELPED_WIN)  # the same deal: still one win
    share("Bravo", won_1)
    share("Bravo", won_2)
    for _ in range(4):
        share("Charlie", lost)  # used a lot, won nothing
    share("Delta", old, days_ago=210)  # won, but outside the window

    expected = [assets[n] for n in ("Bravo", "Alpha", "Charlie", "Delta", "Echo")]
    assert _browse(library, SearchSort.MOST_WINNING) == expected
    assert loop.assets_by_wins(list(assets.values())) == expected


def test_a_declared_helped_win_counts_without_a_logged_share(
    library: AssetLibrary, loop: SalesLoop, assets: dict[str, str]
) -> None:
    today = NOW.date()
    won = _deal(loop, "Won", created=today - timedelta(days=10), closed=today, outcome=Outcome.WON)

    loop.record_feedback(assets["Echo"], won, Verdict.HELPED_WIN)

    assert _browse(library, SearchSort.MOST_WINNING)[0] == assets["Echo"]
