"""Recommendations for a deal or a segment: what fits, ranked by evidence from similar won
deals, ratings and freshness, with the reason in words. Numbers are exact by construction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import DealDraft, Outcome, Segment, UsageKind, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
TODAY = NOW.date()


def _asset(library: AssetLibrary, title: str, *, published_days_ago: int = 20, **terms: str) -> str:
    published = TODAY - timedelta(days=published_days_ago)
    changes = {
        "published_on": published.isoformat(),
        "review_by": (published + timedelta(days=180)).isoformat(),
        **terms,
    }
    return library.add_link(f"https://example.com/{title.replace(' ', '-')}", title, changes=changes).id


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AssetLibrary]:
    library = AssetLibrary.open(tmp_path_factory.mktemp("recommend") / "library")
    yield library
    library.close()


@pytest.fixture(scope="module")
def world(shared_library: AssetLibrary) -> dict[str, str]:
    """Four healthcare mid-market deals closed this year (three won, one lost), one
    enterprise and one retail deal, and assets that fit the segment or do not. The tests
    only read it, so it is built once."""
    library = shared_library
    loop = SalesLoop(library, clock=lambda: NOW)
    ids = {
        "roi": _asset(
            library, "Healthcare ROI one-pager", industry="healthcare", size="mid-market", stage="decision"
        ),
        "overview": _asset(library, "Platform overview deck", published_days_ago=100, stage="decision"),
        "battlecard": _asset(
            library, "Old healthcare battlecard", published_days_ago=400, industry="healthcare"
        ),
        "retail": _asset(library, "Retail case study", industry="retail"),
        "awareness": _asset(
            library, "Healthcare trends whitepaper", industry="healthcare", stage="awareness"
        ),
        "draft": _asset(library, "Draft pricing deck", industry="healthcare", status="draft"),
        "expired": _asset(library, "Last year's promo", expires_on=(TODAY - timedelta(days=1)).isoformat()),
    }
    prospects = {
        name: loop.create_prospect(name, industry=industry, size=size).id
        for name, industry, size in [
            ("Acme Health", "healthcare", "mid-market"),
            ("Zenith Care", "healthcare", "mid-market"),
            ("Crown Clinics", "healthcare", "mid-market"),
            ("Keystone Hospital", "healthcare", "mid-market"),
            ("Big Pharma", "healthcare", "enterprise"),
            ("Contoso Retail", "retail", "mid-market"),
        ]
    }
    closes = {
        "Acme Health": 10,
        "Zenith Care": 40,
        "Crown Clinics": 90,
        "Keystone Hospital": 30,
        "Big Pharma": 15,
    }
    for name, days_ago in closes.items():
        outcome = Outcome.LOST if name == "Keystone Hospital" else Outcome.WON
        deal = loop.create_deal(
            DealDraft(
                name=f"{name} deal",
                prospect_id=prospects[name],
                created_on=TODAY - timedelta(days=days_ago + 60),
                close_date=TODAY - timedelta(days=days_ago),
                outcome=outcome,
            )
        )
        ids[f"deal:{name}"] = deal.id
        ids[f"prospect:{name}"] = prospects[name]
    ids["open"] = loop.create_deal(
        DealDraft(name="Acme expansion", prospect_id=prospects["Acme Health"], stage="decision")
    ).id
    ids["prospect:Contoso Retail"] = prospects["Contoso Retail"]

    def before_close(name: str, days: int = 5) -> datetime:
        return NOW - timedelta(days=closes[name] + days)

    for name in ("Acme Health", "Zenith Care", "Crown Clinics", "Keystone Hospital"):
        loop.record_usage(
            ids["roi"], UsageKind.SHARED, prospect_id=prospects[name], occurred_at=before_close(name)
        )
    loop.record_usage(
        ids["roi"],
        UsageKind.PRESENTED,
        prospect_id=prospects["Acme Health"],
        occurred_at=before_close("Acme Health", 1),
    )
    loop.record_usage(
        ids["overview"],
        UsageKind.PRESENTED,
        prospect_id=prospects["Zenith Care"],
        occurred_at=before_close("Zenith Care"),
    )
    loop.record_usage(
        ids["overview"],
        UsageKind.VIEWED,
        prospect_id=prospects["Crown Clinics"],
        occurred_at=before_close("Crown Clinics"),
    )
    after_close = NOW - timedelta(days=closes["Crown Clinics"] - 1)
    loop.record_usage(
        ids["overview"], UsageKind.SHARED, prospect_id=prospects["Crown Clinics"], occurred_at=after_close
    )
    loop.record_usage(
        ids["battlecard"],
        UsageKind.SHARED,
        prospect_id=prospects["Big Pharma"],
        occurred_at=before_close("Big Pharma"),
    )
    loop.record_usage(ids["roi"], UsageKind.SHARED, deal_id=ids["open"], occurred_at=NOW - timedelta(days=2))

    loop.switch_user("Dana Whitfield")
    loop.record_feedback(ids["roi"], ids["deal:Acme Health"], Verdict.HELPED_WIN, rating=5)
    loop.record_feedback(ids["overview"], ids["deal:Keystone Hospital"], Verdict.DID_NOT_HELP, rating=2)
    loop.switch_user("Marco Ruiz")
    loop.record_feedback(ids["roi"], ids["deal:Zenith Care"], Verdict.HELPED_WIN, rating=4)
    return ids


@pytest.fixture
def loop(shared_library: AssetLibrary, world: dict[str, str]) -> SalesLoop:
    return SalesLoop(shared_library, clock=lambda: NOW)


def test_a_segment_gets_fitting_assets_ranked_by_won_deal_evidence_with_reasons(
    loop: SalesLoop, world: dict[str, str]
) -> None:
    result = loop.recommend(
        segment=Segment(industry="Healthcare", size="mid-market", stage="decision"), limit=10
    )

    assert result.segment == Segment(industry="healthcare", size="mid-market", stage="decision")
    assert result.similar_won_deals == 3  # won in the segment within a year
    assert [r.asset_id for r in result.items] == [world["roi"], world["overview"], world["battlecard"]]
    roi, overview, battlecard = result.items
    assert (roi.won_deals_used, roi.lost_deals_used, roi.helped_win, roi.ratings, roi.raters) == (
        3,
        1,
        2,
        2,
        2,
    )
    assert roi.average_rating == 4.5
    assert roi.reason == (
        "used in 3 won and 1 lost healthcare mid-market deals; marked “helped win” in 2 deals; "
        "rated 4.5 by 2 reps; reviewed 2 weeks ago"
    )
    assert (overview.won_deals_used, overview.did_not_help) == (1, 1)  # a view and a late share do not count
    assert overview.reason == (
        "used in 1 won healthcare mid-market deal; “did not help” in 1 deal; rated 2.0 by 1 rep; "
        "reviewed 3 months ago"
    )
    assert battlecard.won_deals_used == 0  # its win was an enterprise deal
    assert battlecard.reason.startswith("fits healthcare; no deal evidence yet; review overdue since ")
    assert roi.score > overview.score > battlecard.score
    assert set(roi.parts) >= {"fit", "won_deals", "helped_win", "rating", "freshness", "lost_deals"}


def test_assets_tagged_for_another_segment_drafts_and_expired_ones_are_left_out(
    loop: SalesLoop, world: dict[str, str]
) -> None:
    ids = {
        r.asset_id
        for r in loop.recommend(segment=Segment(industry="healthcare", stage="decision"), limit=50).items
    }

    assert world["retail"] not in ids
    assert world["awareness"] not in ids  # tagged for another stage
    assert world["draft"] not in ids and world["expired"] not in ids


def test_a_deal_brings_its_segment_and_says_what_its_prospect_already_got(
    loop: SalesLoop, world: dict[str, str]
) -> None:
    result = loop.recommend(deal_id=world["open"], limit=3)

    assert result.deal_id == world["open"]
    assert result.segment == Segment(industry="healthcare", size="mid-market", stage="decision")
    roi = result.items[0]
    assert roi.asset_id == world["roi"]
    assert roi.used_with_prospect == 3  # two before the won deal, one for this one
    assert "already shared with Acme Health 3 times" in roi.reason


def test_a_segment_of_one_dimension_counts_every_won_deal_of_that_industry(
    loop: SalesLoop, world: dict[str, str]
) -> None:
    result = loop.recommend(segment=Segment(industry="healthcare"), limit=10)

    battlecard = next(r for r in result.items if r.asset_id == world["battlecard"])
    assert battlecard.won_deals_used == 1
    assert battlecard.reason.startswith("used in 1 won healthcare deal;")


def test_a_shorter_evidence_window_forgets_older_deals(loop: SalesLoop, world: dict[str, str]) -> None:
    result = loop.recommend(
        segment=Segment(industry="healthcare", size="mid-market"), window=timedelta(days=60)
    )

    roi = next(r for r in result.items if r.asset_id == world["roi"])
    assert (roi.won_deals_used, roi.lost_deals_used) == (2, 1)  # Crown Clinics closed 90 days ago


def test_recommend_needs_a_deal_or_a_segment(loop: SalesLoop) -> None:
    with pytest.raises(InvalidEdit, match="Say which deal"):
        loop.recommend()
    with pytest.raises(InvalidEdit, match="not a known industry"):
        loop.recommend(segment=Segment(industry="aerospace"))


def test_a_library_without_evidence_still_recommends_by_fit_and_freshness(library: AssetLibrary) -> None:
    fresh = _asset(library, "Fresh deck", published_days_ago=3, industry="healthcare")
    older = _asset(library, "Older deck", published_days_ago=150, industry="healthcare")
    loop = SalesLoop(library, clock=lambda: NOW)

    result = loop.recommend(segment=Segment(industry="healthcare"))

    assert [r.asset_id for r in result.items] == [fresh, older]
    assert result.items[0].reason == "fits healthcare; no deal evidence yet; reviewed this week"
    assert result.similar_won_deals == 0
    assert date.fromisoformat("2025-06-27") == TODAY - timedelta(days=3)


def test_recommendations_follow_catalog_edits_made_between_calls(library: AssetLibrary) -> None:
    loop = SalesLoop(library, clock=lambda: NOW)
    deck = _asset(library, "Hospital deck", industry="healthcare")
    segment = Segment(industry="healthcare")
    assert [r.asset_id for r in loop.recommend(segment=segment).items] == [deck]

    library.edit_asset(deck, {"industry": "retail"})  # replaces its last term row
    assert loop.recommend(segment=segment).items == ()

    library.edit_asset(deck, {"industry": "healthcare"})
    newer = _asset(library, "Hospital one-pager", published_days_ago=2, industry="healthcare")
    assert [r.asset_id for r in loop.recommend(segment=segment).items] == [newer, deck]

    library.archive([newer])
    assert [r.asset_id for r in loop.recommend(segment=segment).items] == [deck]
