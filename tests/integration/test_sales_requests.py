"""Content requests (votes, dated status changes, "What's new") and the search log's demand
signals (zero-result and no-click queries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from collateral_app.domain.errors import AssetNotFound, InvalidEdit
from collateral_app.domain.sales import RequestStatus, Segment
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

DATA = Path(__file__).resolve().parents[1] / "data" / "crm"
START = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def loop(library: AssetLibrary, clock: Clock) -> SalesLoop:
    loop = SalesLoop(library, clock=clock)
    loop.set_profile(name="Dana Whitfield", role="rep")
    return loop


# -- content requests ----------------------------------------------------------------------
def test_a_request_from_a_deal_takes_the_deals_segment_and_starts_open(loop: SalesLoop) -> None:
    loop.import_deals(DATA / "hubspot-deals.csv")

    request = loop.add_request("HIPAA security whitepaper", Segment(persona="CISO"), deal_id="9002")

    assert request.segment == Segment(
        industry="financial-services", size="enterprise", stage="decision", persona="ciso"
    )
    assert (request.status, request.requester_name, request.votes) == (
        RequestStatus.OPEN,
        "Dana Whitfield",
        0,
    )
    assert [(e.status, e.at) for e in request.history] == [(RequestStatus.OPEN, START)]
    assert request.deal_id == loop.get_deal("9002").id


def test_other_reps_vote_once_each_and_never_for_their_own_request(loop: SalesLoop) -> None:
    request = loop.add_request("Public sector pricing", Segment(industry="public-sector"))
    with pytest.raises(InvalidEdit, match="You asked for this yourself"):
        loop.vote(request.id)

    loop.switch_user("Marco Ruiz")
    assert loop.vote(request.id).votes == 1
    with pytest.raises(InvalidEdit, match="already voted"):
        loop.vote(request.id)
    loop.switch_user("Priya Nair")
    assert loop.vote(request.id[:8]).votes == 2


def test_each_status_change_is_a_dated_event_so_response_times_can_be_measured(
    loop: SalesLoop, library: AssetLibrary, clock: Clock
) -> None:
    request = loop.add_request("Retail ROI calculator", Segment(industry="retail", stage="decision"))
    loop.switch_user("Lena Fischer", role="marketer")
    accepted_at = clock.advance(days=1, hours=2)
    loop.update_request(request.id, RequestStatus.ACCEPTED)
    clock.advance(days=3)
    loop.update_request(request.id, "in_progress")
    delivered_at = clock.advance(days=6)
    asset = library.add_link("https://example.com/retail-roi", "Retail ROI calculator")

    delivered = loop.update_request(request.id, RequestStatus.DELIVERED, asset_id=asset.id)

    assert (delivered.status, delivered.asset_id) == (RequestStatus.DELIVERED, asset.id)
    assert [(e.status, e.at, e.user_name) for e in delivered.history] == [
        (RequestStatus.OPEN, START, "Dana Whitfield"),
        (RequestStatus.ACCEPTED, accepted_at, "Lena Fischer"),
        (RequestStatus.IN_PROGRESS, accepted_at + timedelta(days=3), "Lena Fischer"),
        (RequestStatus.DELIVERED, delivered_at, "Lena Fischer"),
    ]
    assert delivered.history[1].at - delivered.history[0].at == timedelta(days=1, hours=2)
    assert delivered.history[-1].asset_id == asset.id


def test_delivering_needs_an_asset_declining_needs_a_reason_and_finished_requests_stay_finished(
    loop: SalesLoop, library: AssetLibrary
) -> None:
    request = loop.add_request("Logistics battlecard vs Globex")
    with pytest.raises(InvalidEdit, match="Say which asset"):
        loop.update_request(request.id, RequestStatus.DELIVERED)
    with pytest.raises(AssetNotFound):
        loop.update_request(request.id, RequestStatus.DELIVERED, asset_id="no-such-asset")
    with pytest.raises(InvalidEdit, match="Say why"):
        loop.update_request(request.id, RequestStatus.DECLINED)

    declined = loop.update_request(request.id, "declined", reason="Globex left the market in May.")

    assert (declined.status, declined.decline_reason) == (
        RequestStatus.DECLINED,
        "Globex left the market in May.",
    )
    with pytest.raises(InvalidEdit, match="declined cannot become accepted"):
        loop.update_request(request.id, RequestStatus.ACCEPTED)
    with pytest.raises(InvalidEdit, match="status is one of"):
        loop.update_request(request.id, "done")


def test_whats_new_shows_changes_others_made_to_my_requests_since_a_moment(
    loop: SalesLoop, clock: Clock
) -> None:
    mine = loop.add_request("HIPAA security whitepaper")
    loop.add_request("Another of mine, untouched")
    loop.switch_user("Marco Ruiz")
    theirs = loop.add_request("Marco's own request")
    seen = clock.advance(hours=1)
    loop.switch_user("Lena Fischer", role="marketer")
    clock.advance(hours=1)
    loop.update_request(mine.id, RequestStatus.ACCEPTED)
    loop.update_request(theirs.id, RequestStatus.ACCEPTED)
    clock.advance(hours=1)
    loop.update_request(mine.id, RequestStatus.DECLINED, reason="Legal will not sign off on HIPAA claims.")

    loop.switch_user("Dana Whitfield")
    updates = loop.request_updates_since(seen)

    assert [(u.request.id, u.event.status) for u in updates] == [
        (mine.id, RequestStatus.DECLINED),
        (mine.id, RequestStatus.ACCEPTED),
    ]
    assert updates[0].event.reason == "Legal will not sign off on HIPAA claims."
    assert updates[0].request.status is RequestStatus.DECLINED
    assert loop.request_updates_since(clock.now) == []


def test_requests_are_listed_open_first_most_voted_first(loop: SalesLoop) -> None:
    quiet = loop.add_request("Quiet request")
    popular = loop.add_request("Popular request")
    answered = loop.add_request("Answered request")
    for name in ("Marco Ruiz", "Priya Nair"):
        loop.switch_user(name)
        loop.vote(popular.id)
    loop.update_request(answered.id, RequestStatus.ACCEPTED)

    assert [r.text for r in loop.list_requests()] == ["Popular request", "Quiet request", "Answered request"]
    assert [r.id for r in loop.list_requests(status="accepted")] == [answered.id]
    loop.switch_user("Dana Whitfield")
    assert {r.id for r in loop.list_requests(mine=True)} == {quiet.id, popular.id, answered.id}


# -- search log ----------------------------------------------------------------------------
def test_zero_result_and_no_click_queries_are_demand_signals_and_opened_ones_are_not(
    loop: SalesLoop, library: AssetLibrary, clock: Clock
) -> None:
    asset = library.add_link("https://example.com/roi", "Healthcare ROI one-pager")
    loop.log_search("hipaa security whitepaper", {"industry": "healthcare"}, 0)
    clock.advance(minutes=5)
    loop.log_search("HIPAA  Security whitepaper", None, 0)
    loop.log_search("public sector pricing", {"industry": ["public-sector"]}, 3)
    opened = loop.log_search("healthcare roi", {}, 4)
    loop.mark_search_opened(opened, asset.id)
    loop.log_search("", {"type": "deck"}, 12)  # browsing by filters is not demand

    signals = loop.demand_signals()

    assert [(d.query, d.searches, d.zero_result, d.no_click) for d in signals] == [
        ("hipaa security whitepaper", 2, 2, 0),
        ("public sector pricing", 1, 0, 1),
    ]
    assert signals[0].last_searched_at == START + timedelta(minutes=5)
    assert [d.query for d in loop.zero_result_queries()] == ["hipaa security whitepaper"]
    assert loop.demand_signals(since=START + timedelta(minutes=1))[0].searches == 1


def test_opening_a_result_of_an_unknown_search_is_refused(loop: SalesLoop, library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/roi", "ROI")
    with pytest.raises(InvalidEdit, match="No search"):
        loop.mark_search_opened("no-such-search", asset.id)


def test_a_search_answered_only_by_partial_matches_is_told_apart(loop: SalesLoop) -> None:
    library = loop.library
    hipaa = library.add_link("https://example.com/hipaa", "HIPAA security whitepaper")
    library.add_link("https://example.com/soc2", "Security datasheet")
    library.edit_asset(hipaa.id, {"industry": "healthcare"})

    assert library.search("security zzqx", limit=10).total == 2  # some of the words: partial
    assert loop.every_word_matches("security zzqx") == 0
    assert loop.every_word_matches("hipaa security") == 1
    assert loop.every_word_matches("security") == 2
    assert loop.every_word_matches("security datash", prefix=True) == 1  # still being typed
    assert loop.every_word_matches("security zz", prefix=True) == 0
    assert loop.every_word_matches('industry:"healthcare" security') == 1
    assert loop.every_word_matches("security -industry:healthcare") == 1
    assert loop.every_word_matches('security -"hipaa security"') == 1
    assert loop.every_word_matches('"security whitepaper" hipaa') == 1
