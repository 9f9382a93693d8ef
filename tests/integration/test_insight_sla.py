"""Service levels between the teams: requests acknowledged and delivered within their
targets in working days (Monday to Friday, in the library's time zone), and feedback
coverage of the deals closed in the window."""

from __future__ import annotations

from datetime import date

import pytest

from collateral_app.domain.insight import ServiceLevelReport
from collateral_app.domain.sales import Outcome, RequestStatus, Segment, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import World, local

ACCEPTED, DELIVERED, DECLINED = RequestStatus.ACCEPTED, RequestStatus.DELIVERED, RequestStatus.DECLINED


@pytest.fixture
def world(library: AssetLibrary) -> World:
    w = World.make(library)
    answer = w.asset("Answer")
    any_segment = Segment(industry="retail")
    # Monday 09:00, accepted the same afternoon, delivered Friday of the next week 09:00.
    w.request(
        "Quick",
        any_segment,
        at=local(date(2025, 6, 2), 9),
        steps=((ACCEPTED, local(date(2025, 6, 2), 15)), (DELIVERED, local(date(2025, 6, 13), 9))),
        asset=answer,
    )
    # Thursday 15 May 10:00, accepted Monday 26 May 10:00: seven working days, late.
    w.request(
        "Late",
        any_segment,
        at=local(date(2025, 5, 15), 10),
        steps=((ACCEPTED, local(date(2025, 5, 26), 10)),),
    )
    w.request("Waiting, in time", any_segment, at=local(date(2025, 6, 13), 16))  # Friday afternoon
    w.request("Forgotten", any_segment, at=local(date(2025, 5, 1), 12))
    w.request(
        "Declined",
        any_segment,
        at=local(date(2025, 6, 10), 9),
        steps=((DECLINED, local(date(2025, 6, 10), 13)),),
        reason="Out of scope",
    )
    # Friday 16:00, accepted Monday 10:00: the weekend does not count.
    w.request(
        "Over the weekend",
        any_segment,
        at=local(date(2025, 6, 6), 16),
        steps=((ACCEPTED, local(date(2025, 6, 9), 10)),),
    )
    w.request(
        "Before the window",
        any_segment,
        at=local(date(2025, 2, 3), 9),
        steps=((DELIVERED, local(date(2025, 2, 4), 9)),),
        asset=answer,
    )
    return w


def _service(world: World) -> ServiceLevelReport:
    return world.insight.service_levels(world.insight.parameters(days=90))


def test_each_request_of_the_window_is_judged_against_its_targets_in_working_days(world: World) -> None:
    report = _service(world)

    timings = {t.text: t for t in report.requests}
    assert list(timings) == ["Forgotten", "Late", "Quick", "Over the weekend", "Declined", "Waiting, in time"]
    assert {t: (v.ack_days, v.ack_met) for t, v in timings.items()} == {
        "Forgotten": (34.0, False),
        "Late": (7.0, False),
        "Quick": (0.25, True),
        "Over the weekend": (0.75, True),
        "Declined": (0.17, True),
        "Waiting, in time": (2.83, None),
    }
    assert (timings["Quick"].deliver_days, timings["Quick"].deliver_met) == (9.0, True)
    assert timings["Late"].reason == (
        "acknowledged in 7.0 working days (target 5): late; not delivered after 24.1 working days (target 20)"
    )
    assert timings["Declined"].reason == "acknowledged in 0.2 working days (target 5); declined"
    assert timings["Waiting, in time"].reason == "not acknowledged after 2.8 working days (target 5)"


def test_the_service_level_figures_sum_the_requests(world: World) -> None:
    report = _service(world)

    assert (report.ack_met, report.ack_missed, report.ack_pending) == (3, 2, 1)
    assert report.ack_mean_days == 2.0  # (0.25 + 7 + 0.17 + 0.75) / 4 acknowledged
    assert report.ack_met_share == 0.6
    assert (report.delivered, report.deliver_met, report.deliver_missed, report.deliver_mean_days) == (
        1,
        1,
        2,
        9.0,
    )
    assert report.open_requests == 4  # Late and Over the weekend (accepted), Waiting and Forgotten (open)
    assert sum(p.requests for p in report.trend) == len(report.requests) == 6


def test_targets_are_library_settings(world: World) -> None:
    world.insight.set_insight_settings(
        ack_working_days=8, deliver_working_days=30, feedback_target_percent=70
    )

    report = _service(world)

    assert (report.targets.ack_working_days, report.targets.deliver_working_days) == (8, 30)
    assert report.targets.feedback_coverage == 0.7
    assert (report.ack_met, report.ack_missed) == (4, 1)
    assert world.insight.insight_settings().targets == report.targets


def test_feedback_coverage_is_the_share_of_deals_closed_in_the_window_with_a_rep_s_word(world: World) -> None:
    deck = world.asset("Deck")
    closed = []
    for n in range(5):
        outcome = Outcome.WON if n % 2 else Outcome.LOST
        closed.append(
            world.deal(f"Closed {n}", world.prospect(f"P{n}"), outcome=outcome, closed_days_ago=3 + n * 10)
        )
    for deal in closed[:4]:
        verdict = (
            Verdict.FOUND_USEFUL if world.loop.get_deal(deal).outcome is Outcome.LOST else Verdict.HELPED_WIN
        )
        world.feedback(deck, deal, verdict, at=local(date(2025, 6, 17)))
    world.deal(
        "Closed long ago",
        world.prospect("Old"),
        outcome=Outcome.WON,
        created_days_ago=300,
        closed_days_ago=200,
    )
    reopened = world.deal("Reopened", world.prospect("Re"), outcome=Outcome.WON, closed_days_ago=4)
    world.loop.set_outcome(reopened, Outcome.OPEN)

    report = _service(world)

    assert (report.closed_deals, report.with_feedback, report.feedback_coverage) == (5, 4, 0.8)
    assert [d.name for d in report.without_feedback] == ["Closed 4"]
    assert sum(p.closed_deals for p in report.trend) == 5
    assert sum(p.with_feedback for p in report.trend) == 4
