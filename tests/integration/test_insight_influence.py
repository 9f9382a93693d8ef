"""Win influence: declared ("helped win") and assisted (used with the prospect during the
deal) won deals, the influenced amount under each attribution model, the lift with its
deal count, and what happens to a deal that is re-opened."""

from __future__ import annotations

from datetime import timedelta

import pytest

from collateral_app.domain.insight import AssetInfluence, Attribution, InfluenceReport, InsightFilters
from collateral_app.domain.sales import Money, Outcome, UsageKind, Verdict
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.storage.models import AssetRow
from tests.insight_world import TODAY, World, ago

SHARED, PRESENTED = UsageKind.SHARED, UsageKind.PRESENTED
WON, LOST = Outcome.WON, Outcome.LOST


@pytest.fixture
def world(library: AssetLibrary) -> World:
    return World.make(library)


def _influence(world: World, attribution: Attribution = Attribution.EVEN, **filters: str) -> InfluenceReport:
    params = world.insight.parameters(
        days=90,
        attribution=attribution,
        filters=InsightFilters(**filters),  # type: ignore[arg-type]
    )
    return world.insight.influence(params)


def _by_title(report: InfluenceReport) -> dict[str, AssetInfluence]:
    return {a.title: a for a in report.assets}


def _usd(value: int) -> Money:
    return Money(value * 100, "USD")


def test_each_attribution_model_shares_a_won_deal_as_defined(world: World) -> None:
    first, middle, last, marked = (world.asset(t) for t in ("First", "Middle", "Last", "Marked"))
    won = world.deal("Acme rollout", world.prospect("Acme"), outcome=WON, closed_days_ago=10, amount="900")
    world.use(first, SHARED, ago(50), deal=won)
    world.use(middle, PRESENTED, ago(30), deal=won)
    world.use(last, SHARED, ago(20), deal=won)
    world.use(last, UsageKind.VIEWED, ago(12), deal=won)  # a view is not a touch
    world.feedback(marked, won, Verdict.HELPED_WIN, at=ago(9))

    expected = {
        Attribution.FULL: {"First": 900, "Middle": 900, "Last": 900, "Marked": 900},
        Attribution.EVEN: {"First": 225, "Middle": 225, "Last": 225, "Marked": 225},
        Attribution.FIRST: {"First": 900},
        Attribution.LAST: {"Last": 900},
    }
    for model, credits in expected.items():
        report = _influence(world, model)
        got = {a.title: a.influenced for a in report.assets if a.influenced}
        assert got == {t: (_usd(v),) for t, v in credits.items()}, model
        assert report.influenced_total == (_usd(900),)  # each deal once, whatever the model
    marks = _by_title(_influence(world))
    assert (marks["Marked"].declared_won, marks["Marked"].assisted_won, marks["Marked"].won_deals) == (
        1,
        0,
        1,
    )
    assert (marks["First"].declared_won, marks["First"].assisted_won, marks["First"].won_deals) == (0, 1, 1)


def test_a_deal_won_on_declared_marks_alone_is_split_evenly_under_every_touch_model(world: World) -> None:
    one, two = world.asset("One"), world.asset("Two")
    won = world.deal(
        "Bravo", world.prospect("Bravo GmbH"), outcome=WON, closed_days_ago=5, amount="1200", currency="EUR"
    )
    world.feedback(one, won, Verdict.HELPED_WIN, at=ago(4))
    world.feedback(two, won, Verdict.HELPED_WIN, at=ago(4))

    for model in (Attribution.EVEN, Attribution.FIRST, Attribution.LAST):
        credits = {a.title: a.influenced for a in _influence(world, model).assets}
        assert credits == {"One": (Money(60_000, "EUR"),), "Two": (Money(60_000, "EUR"),)}, model


def test_only_the_latest_word_of_each_rep_declares_an_asset(world: World) -> None:
    deck = world.asset("Deck")
    won = world.deal("Charlie", world.prospect("Charlie"), outcome=WON, closed_days_ago=5, amount="100")
    world.feedback(deck, won, Verdict.HELPED_WIN, at=ago(4, hour=9))
    world.feedback(deck, won, Verdict.FOUND_USEFUL, at=ago(4, hour=10))  # the rep corrected it

    assert _influence(world).assets == ()


def test_usage_counts_for_a_deal_only_inside_its_cycle(world: World) -> None:
    deck = world.asset("Deck")
    prospect = world.prospect("Delta")
    won = world.deal("Delta", prospect, outcome=WON, created_days_ago=100, closed_days_ago=10, amount="100")
    world.use(deck, SHARED, ago(195), prospect=prospect)  # more than 90 days before the deal was created
    world.use(deck, SHARED, ago(5), prospect=prospect)  # after the close day
    assert _influence(world).assets == ()

    world.use(deck, SHARED, ago(185), prospect=prospect)  # no deal given: the prospect's use counts
    [row] = _influence(world).assets
    assert (row.title, row.assisted_won, row.influenced) == ("Deck", 1, (_usd(100),))
    assert won


def test_lift_is_the_win_rate_of_the_deals_an_asset_reached_over_the_overall_rate(world: World) -> None:
    winner, generic, loser = world.asset("Winner"), world.asset("Generic"), world.asset("Loser")
    for n in range(10):
        outcome = WON if n < 6 else LOST
        deal = world.deal(
            f"Deal {n}",
            world.prospect(f"Prospect {n}"),
            outcome=outcome,
            closed_days_ago=5 + n,
            amount="1000",
        )
        world.use(generic, SHARED, ago(30), deal=deal)
        if n < 5:
            world.use(winner, PRESENTED, ago(25), deal=deal)
        if n >= 6:
            world.use(loser, SHARED, ago(25), deal=deal)

    report = _influence(world)
    rows = _by_title(report)

    assert (report.closed_deals, report.won_deals, report.win_rate) == (10, 6, 0.6)
    assert (rows["Winner"].closed_deals_used, rows["Winner"].won_deals_used, rows["Winner"].lift) == (
        5,
        5,
        1.67,
    )
    assert rows["Winner"].lift_reason == "won 5 of 5 closed deals it reached (100%) against 60% overall: 1.7×"
    assert (rows["Generic"].closed_deals_used, rows["Generic"].lift) == (10, 1.0)
    assert (rows["Loser"].closed_deals_used, rows["Loser"].won_deals_used, rows["Loser"].lift) == (4, 0, None)
    assert rows["Loser"].lift_reason == "used in 4 closed deals; a lift needs at least 5"
    assert rows["Winner"].influenced == (_usd(2_500),)  # five deals, each split with Generic
    assert report.influenced_deals == 6 and report.influenced_total == (_usd(6_000),)


def test_a_reopened_deal_counts_again_only_when_it_closes_again(world: World) -> None:
    deck = world.asset("Deck")
    deal = world.deal("Echo", world.prospect("Echo"), outcome=WON, closed_days_ago=10, amount="500")
    world.use(deck, SHARED, ago(20), deal=deal)
    world.feedback(deck, deal, Verdict.HELPED_WIN, at=ago(9))
    assert _influence(world).won_deals == 1

    world.loop.set_outcome(deal, Outcome.OPEN)
    reopened = _influence(world)
    assert (reopened.closed_deals, reopened.won_deals, reopened.assets) == (0, 0, ())
    service = world.insight.service_levels(world.insight.parameters(days=90))
    assert service.closed_deals == 0

    world.loop.set_outcome(deal, Outcome.WON, close_date=TODAY - timedelta(days=2))
    [row] = _influence(world).assets
    assert (row.declared_won, row.assisted_won, row.influenced) == (1, 1, (_usd(500),))


def test_deals_closed_outside_the_window_or_of_another_rep_are_left_out(world: World) -> None:
    deck = world.asset("Deck")
    old = world.deal(
        "Old", world.prospect("Old"), outcome=WON, created_days_ago=200, closed_days_ago=95, amount="100"
    )
    world.use(deck, SHARED, ago(120), deal=old)
    marco = world.deal(
        "Marco's", world.prospect("Foxtrot"), outcome=WON, closed_days_ago=3, amount="700", owner="Marco Ruiz"
    )
    world.use(deck, SHARED, ago(10), deal=marco)
    world.as_user("Marco Ruiz")

    assert [(a.title, a.won_deals) for a in _influence(world).assets] == [("Deck", 1)]
    assert _influence(world, member="Dana Whitfield").won_deals == 0
    assert _influence(world, member="Marco Ruiz").influenced_total == (_usd(700),)


def test_amounts_stay_in_their_currency(world: World) -> None:
    deck = world.asset("Deck")
    for name, amount, currency in (("US", "100", "USD"), ("EU", "80", "EUR"), ("JP", "9000", "JPY")):
        deal = world.deal(
            name, world.prospect(name), outcome=WON, closed_days_ago=3, amount=amount, currency=currency
        )
        world.use(deck, SHARED, ago(10), deal=deal)

    [row] = _influence(world).assets

    assert row.influenced == (Money(8_000, "EUR"), Money(9_000, "JPY"), Money(10_000, "USD"))


def test_ratings_and_comments_given_in_the_window_come_with_the_asset(world: World) -> None:
    deck = world.asset("Deck")
    won = world.deal("Golf", world.prospect("Golf"), outcome=WON, closed_days_ago=3, amount="100")
    world.use(deck, SHARED, ago(10), deal=won)
    world.feedback(deck, won, Verdict.HELPED_WIN, at=ago(2), rating=4, comment="CFO loved it")
    world.as_user("Marco Ruiz").feedback(
        deck, won, Verdict.FOUND_USEFUL, at=ago(1), rating=2, comment="Too long"
    )

    [row] = _influence(world).assets

    assert (row.ratings, row.average_rating, row.comments) == (2, 3.0, ("Too long", "CFO loved it"))


def _fresh_influence(world: World, attribution: Attribution, **filters: str) -> InfluenceReport:
    """The same report from a new Insight, which has kept nothing from earlier reports."""
    fresh = Insight(world.library, clock=world.clock)
    params = fresh.parameters(days=90, attribution=attribution, filters=InsightFilters(**filters))  # type: ignore[arg-type]
    return fresh.influence(params)


def test_a_use_logged_after_a_report_changes_the_next_one(world: World) -> None:
    deck, brief = world.asset("Deck"), world.asset("Brief")
    won = world.deal("Hotel", world.prospect("Hotel"), outcome=WON, closed_days_ago=10, amount="900")
    world.use(deck, SHARED, ago(20), deal=won)
    assert {a.title: a.influenced for a in _influence(world, Attribution.LAST).assets} == {
        "Deck": (_usd(900),)
    }
    assert {a.title: a.influenced for a in _influence(world).assets} == {"Deck": (_usd(900),)}

    world.use(brief, SHARED, ago(15), deal=won)  # logged now, back-dated into the cycle

    assert {a.title: a.influenced for a in _influence(world, Attribution.LAST).assets} == {
        "Brief": (_usd(900),),
        "Deck": (),
    }
    assert {a.title: a.influenced for a in _influence(world).assets} == {
        "Brief": (_usd(450),),
        "Deck": (_usd(450),),
    }


def test_kept_touches_give_what_a_first_report_gives_through_changes_and_filters(world: World) -> None:
    platform = world.asset("Platform deck", product="platform")
    other = world.asset("Security brief", product="security")
    late = world.asset("Late one-pager")
    india = world.prospect("India")
    won = world.deal("India", india, outcome=WON, created_days_ago=40, closed_days_ago=8, amount="600")
    lost = world.deal("Juliet", world.prospect("Juliet"), outcome=LOST, closed_days_ago=4, amount="300")
    world.use(platform, SHARED, ago(30), deal=won)
    world.use(other, PRESENTED, ago(12), deal=won)
    world.use(other, SHARED, ago(6), deal=lost)

    def same_as_fresh(**filters: str) -> None:
        for model in Attribution:
            assert _influence(world, model, **filters) == _fresh_influence(world, model, **filters), model

    same_as_fresh()
    same_as_fresh(product="platform")
    world.use(late, SHARED, ago(9), deal=won)
    world.loop.set_outcome(won, Outcome.WON, close_date=TODAY - timedelta(days=3))  # a longer cycle
    world.use(late, SHARED, ago(5), deal=won)
    same_as_fresh()
    same_as_fresh(product="security")
    same_as_fresh()
    with world.library.sessions.begin() as s:  # the team's tombstone for an asset
        s.get(AssetRow, other).deleted = True  # type: ignore[union-attr]
    same_as_fresh()
    assert "Security brief" not in {a.title for a in _influence(world).assets}


def test_a_rating_given_after_a_report_shows_in_the_next_one(world: World) -> None:
    deck = world.asset("Deck")
    won = world.deal("Kilo", world.prospect("Kilo"), outcome=WON, closed_days_ago=3, amount="100")
    world.use(deck, SHARED, ago(10), deal=won)
    world.feedback(deck, won, Verdict.HELPED_WIN, at=ago(2), rating=4, comment="Clear")
    [before] = _influence(world).assets
    assert (before.ratings, before.average_rating, before.comments) == (1, 4.0, ("Clear",))

    world.as_user("Marco Ruiz").feedback(deck, won, Verdict.FOUND_USEFUL, at=ago(1), rating=2, comment="Long")

    [after] = _influence(world, Attribution.FULL).assets
    assert (after.ratings, after.average_rating, after.comments) == (2, 3.0, ("Long", "Clear"))


def test_a_helped_win_mark_given_after_a_report_counts_in_the_next_one(world: World) -> None:
    deck, brief = world.asset("Deck"), world.asset("Brief")
    won = world.deal("Lima", world.prospect("Lima"), outcome=WON, closed_days_ago=6, amount="800")
    world.use(deck, SHARED, ago(12), deal=won)
    assert [(a.title, a.declared_won) for a in _influence(world).assets] == [("Deck", 0)]

    world.feedback(brief, won, Verdict.HELPED_WIN, at=ago(1))

    rows = {a.title: (a.declared_won, a.won_deals, a.influenced) for a in _influence(world).assets}
    assert rows == {"Brief": (1, 1, (_usd(400),)), "Deck": (0, 1, (_usd(400),))}
