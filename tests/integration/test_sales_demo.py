"""The demo's sales history: seeded once for the module on the real demo catalog, then checked
for what makes the feedback loop look alive to a new user."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.sales import Outcome, RequestStatus
from collateral_app.services.common.taxonomy import DEFAULT_TAXONOMY
from collateral_app.services.demo import sales as demo_sales
from collateral_app.services.demo.library import seed_demo_library
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.maintenance import check_library
from collateral_app.services.sales.loop import SalesLoop


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AssetLibrary]:
    library = AssetLibrary.open(tmp_path_factory.mktemp("sales-demo") / "lib")
    seed_demo_library(library)
    try:
        yield library
    finally:
        library.close()


@pytest.fixture
def loop(demo: AssetLibrary) -> SalesLoop:
    return SalesLoop(demo)


def _scalar(library: AssetLibrary, sql: str) -> int:
    conn = sqlite3.connect(library.paths.database)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_prospects_cover_every_industry_and_size(loop: SalesLoop) -> None:
    prospects = loop.list_prospects()

    assert 35 <= len(prospects) <= 40
    assert {p.industry for p in prospects} == {slug for slug, _ in DEFAULT_TAXONOMY[Dimension.INDUSTRY]}
    assert {p.size for p in prospects} == {"smb", "mid-market", "enterprise"}


def test_a_year_of_deals_open_won_and_lost(loop: SalesLoop) -> None:
    deals = loop.list_deals()
    today = date.today()

    assert len(deals) == demo_sales.DEALS + len(demo_sales.STORY_DEALS)
    outcomes = {o: sum(1 for d in deals if d.outcome is o) for o in Outcome}
    assert all(n >= 25 for n in outcomes.values()), outcomes
    assert min(d.created_on for d in deals if d.created_on) >= today - timedelta(days=366)
    assert all(d.amount is not None and d.amount.minor > 0 for d in deals)
    assert {d.amount.currency for d in deals if d.amount} == {"USD", "EUR"}


def test_usage_is_a_few_thousand_events_where_some_assets_win_often_and_some_are_never_used(
    demo: AssetLibrary,
) -> None:
    events = _scalar(demo, "SELECT count(*) FROM usage_events")
    shared = _scalar(demo, "SELECT count(*) FROM usage_events WHERE kind IN ('shared', 'presented')")
    published = [a for a in demo.list_assets() if a.status is AssetStatus.PUBLISHED]
    never = [
        a
        for a in published
        if _scalar(demo, f"SELECT count(*) FROM usage_events WHERE asset_id = '{a.id}' AND kind != 'viewed'")
        == 0
    ]
    top = _scalar(
        demo,
        "SELECT max(n) FROM (SELECT count(DISTINCT deal_id) AS n FROM usage_events "
        "WHERE deal_id IS NOT NULL GROUP BY asset_id)",
    )

    assert 2_000 <= events <= 6_000
    assert shared >= 400
    assert len(never) >= 4  # "unused" has examples
    assert top >= 30  # and the stars were used in dozens of deals


def test_most_closed_deals_have_feedback_a_quarter_do_not_and_recent_ones_wait_for_it(
    demo: AssetLibrary, loop: SalesLoop
) -> None:
    closed = _scalar(demo, "SELECT count(*) FROM deals WHERE outcome != 'open'")
    answered = _scalar(demo, "SELECT count(DISTINCT deal_id) FROM feedback")
    awaiting = loop.deals_awaiting_feedback()

    assert 0.15 <= 1 - answered / closed <= 0.35
    assert any(d.outcome is Outcome.WON for d in awaiting)
    assert all(loop.assets_used_for_deal(d.id) for d in awaiting)
    rated = _scalar(demo, "SELECT count(*) FROM feedback WHERE rating IS NOT NULL")
    commented = _scalar(demo, "SELECT count(*) FROM feedback WHERE comment != ''")
    assert rated >= 100 and commented >= 30


def test_content_requests_in_every_status_with_dated_answers_some_late(loop: SalesLoop) -> None:
    requests = loop.list_requests()

    assert len(requests) == len(demo_sales.REQUESTS)
    assert {r.status for r in requests} == set(RequestStatus)
    delivered = [r for r in requests if r.status is RequestStatus.DELIVERED]
    assert all(r.asset_id for r in delivered)
    first_answers = [r.history[1].at - r.history[0].at for r in requests if len(r.history) > 1]
    assert any(t > timedelta(days=5) for t in first_answers)  # acknowledged late
    assert any(t < timedelta(days=2) for t in first_answers)
    assert sum(r.votes for r in requests) >= 10


def test_the_search_log_holds_queries_nothing_answered(loop: SalesLoop) -> None:
    zero = [d.query for d in loop.zero_result_queries()]

    assert zero[:2] == ["hipaa security whitepaper", "public sector pricing"]
    assert any(d.no_click for d in loop.demand_signals())


def test_a_recommendation_for_an_open_deal_has_evidence_behind_it(loop: SalesLoop) -> None:
    deal = next(d for d in loop.list_deals(outcome=Outcome.OPEN) if d.industry == "healthcare")

    result = loop.recommend(deal_id=deal.id)

    assert result.items
    assert any(r.won_deals_used or r.helped_win for r in result.items)


def test_seeding_again_adds_nothing_and_the_plan_is_the_same_each_time(demo: AssetLibrary) -> None:
    before = _scalar(demo, "SELECT count(*) FROM usage_events")

    demo_sales.seed_sales_history(demo, date.today())

    assert _scalar(demo, "SELECT count(*) FROM usage_events") == before
    assets = [a for a in demo.list_assets() if a.status is AssetStatus.PUBLISHED]
    first = demo_sales._plan_deals(random.Random(demo_sales.SEED), assets, date(2025, 6, 30))
    second = demo_sales._plan_deals(random.Random(demo_sales.SEED), assets, date(2025, 6, 30))
    assert [(d.crm_id, d.name, d.amount, d.outcome, d.close) for d in first] == [
        (d.crm_id, d.name, d.amount, d.outcome, d.close) for d in second
    ]


def test_the_demo_library_stays_consistent(demo: AssetLibrary) -> None:
    report = check_library(demo)
    assert report.consistent, report.problems


def test_the_insight_view_tells_a_story_on_the_demo(demo: AssetLibrary) -> None:
    """What the Monday meeting sees on the demo: a red cell with deals, searches and requests
    behind it, archive candidates, a winning case study with a visible lift, requests answered
    late, deals closed without feedback, and a review request waiting for its owner."""
    from collateral_app.domain.insight import CoverageStatus
    from collateral_app.services.insight.service import Insight

    insight = Insight(demo)
    report = insight.report(insight.parameters(days=90))

    worst = report.coverage.worst(1)[0]
    assert worst.status is CoverageStatus.GAP
    assert worst.deals and worst.searches and worst.requests
    assert len(report.flags.archive_candidates) >= 3
    case = next(a for a in report.influence.assets if demo_sales.STORY_CASE_STUDY in a.title)
    assert case.lift is not None and case.lift > 1.2 and case.closed_deals_used >= 5
    assert report.service.ack_missed >= 2
    assert report.service.without_feedback
    assert report.headline.feedback_coverage is not None and report.headline.feedback_coverage < 0.8
    lena = [a for a in demo.list_assets() if a.owner == "Lena Fischer"]
    assert any(r.pending for a in lena for r in insight.review_requests(a.id))
