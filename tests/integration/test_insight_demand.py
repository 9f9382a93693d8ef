"""Search demand: the queries that found nothing and those whose results nobody opened, in
the window, with the segment they name and any open request already asking for them."""

from __future__ import annotations

import pytest

from collateral_app.domain.insight import DemandReport, InsightFilters
from collateral_app.domain.sales import Segment
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import World, ago


@pytest.fixture
def world(library: AssetLibrary) -> World:
    w = World.make(library)
    deck = w.asset("Pricing deck")
    for days in (1, 2, 3):
        w.search("HIPAA  whitepaper", 0, at=ago(days), filters={"industry": "healthcare"})
    w.search("hipaa whitepaper", 0, at=ago(200))  # before the window
    w.search("public sector pricing", 0, at=ago(4))
    w.search("pricing", 5, at=ago(5), opened=deck)
    w.search("pricing", 5, at=ago(6))
    w.search("roi calculator", 4, at=ago(7))
    w.search("roi calculator", 4, at=ago(8))
    w.search("", 12, at=ago(2))  # browsing, not demand
    w.as_user("Marco Ruiz").search("soc 3 report", 0, at=ago(3))
    w.request("A HIPAA whitepaper for hospital CISOs", Segment(industry="healthcare"), at=ago(1))
    return w


def _demand(world: World, **filters: str) -> DemandReport:
    params = world.insight.parameters(days=90, filters=InsightFilters(**filters))  # type: ignore[arg-type]
    return world.insight.search_demand(params)


def test_zero_result_and_no_click_queries_are_ranked_by_how_often_they_were_searched(world: World) -> None:
    report = _demand(world)

    assert [(q.query, q.searches, q.zero_result) for q in report.zero_result] == [
        ("hipaa whitepaper", 3, 3),
        ("soc 3 report", 1, 1),
        ("public sector pricing", 1, 1),
    ]
    assert [(q.query, q.searches, q.no_click) for q in report.no_click] == [
        ("roi calculator", 2, 2),
        ("pricing", 2, 1),
    ]


def test_each_query_says_which_segment_it_names_and_whether_someone_already_asked(world: World) -> None:
    queries = {q.query: q for q in _demand(world).zero_result}

    assert queries["hipaa whitepaper"].segment == Segment(industry="healthcare")
    assert queries["public sector pricing"].segment == Segment(industry="public-sector")
    assert queries["hipaa whitepaper"].request_id is not None
    assert queries["soc 3 report"].request_id is None


def test_demand_follows_the_team_member_and_segment_filters(world: World) -> None:
    assert [q.query for q in _demand(world, member="Marco Ruiz").zero_result] == ["soc 3 report"]
    assert [q.query for q in _demand(world, industry="healthcare").zero_result] == ["hipaa whitepaper"]
