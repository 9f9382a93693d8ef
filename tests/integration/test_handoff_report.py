"""The hand-off report on one week whose figures are known by construction (tests/handoff_world.py):
counts against the agreement, in-time shares, conversion by segment, SQL→won, drill-downs,
content and conversion; windows half-open in the library's time zone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from collateral_app.domain.insight import InsightFilters
from collateral_app.domain.leads import HandoffReport
from collateral_app.services.library.asset_library import AssetLibrary
from tests.handoff_world import HandoffWorld, make_world


@pytest.fixture
def world(library: AssetLibrary, tmp_path: Path) -> HandoffWorld:
    return make_world(library, tmp_path)


def _week(world: HandoffWorld) -> HandoffReport:
    params = world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9))
    return world.insight.handoff(params)


def test_the_week_counts_what_was_handed_over_worked_and_decided_against_the_agreement(
    world: HandoffWorld,
) -> None:
    report = _week(world)

    assert (report.handed_over, report.agreed) == (50, 50)  # L51 and L52 fall outside in Berlin
    assert (report.worked_in_time, report.decided_in_time) == (47, 42)
    assert (report.touch_pending, report.decide_pending) == (0, 0)
    assert (report.qualified, report.rejected, report.recycled, report.untouched) == (32, 10, 2, 1)
    assert report.conversion == 32 / 50
    assert report.worked_share == 47 / 50
    assert report.decided_share == 42 / 50
    [week] = report.weeks
    assert (week.start, week.handed_over, week.agreed, week.worked_in_time, week.decided_in_time) == (
        date(2026, 3, 2),
        50,
        50,
        47,
        42,
    )
    assert "50 MQLs every Monday" in report.agreement_text
    assert "by Wednesday" in report.agreement_text


def test_median_times_are_in_working_days(world: HandoffWorld) -> None:
    report = _week(world)

    # First touches (49 touched): 30 at 5 h, 10 at 26 h, 5 at 24 h, 2 at 47 h, 2 at 73 h → median 5 h.
    assert report.median_touch_days == round(5 / 24, 2)
    # SQLs: 30 after 25 h, 2 after 97 h → median 25 h.
    assert report.median_sql_days == round(25 / 24, 2)


def test_conversion_by_source_owner_and_industry(world: HandoffWorld) -> None:
    report = _week(world)

    assert [(r.label, r.mqls, r.sqls) for r in report.by_source] == [
        ("Paid Search", 25, 7),
        ("Webinar", 25, 25),
    ]
    assert [(r.label, r.mqls, r.sqls) for r in report.by_owner] == [
        ("Lee Park", 30, 12),
        ("Dana Reyes", 20, 20),
    ]
    assert {(r.value, r.mqls, r.sqls) for r in report.by_industry} == {
        ("healthcare", 25, 16),
        ("manufacturing", 25, 16),
    }


def test_sqls_are_followed_to_their_deals(world: HandoffWorld) -> None:
    deals = _week(world).deals

    assert (deals.sqls, deals.with_deal, deals.won, deals.lost, deals.open) == (32, 3, 1, 1, 1)
    assert deals.win_rate == 0.5


def test_drill_downs_name_the_late_untouched_and_recycled_leads_with_their_owners(
    world: HandoffWorld,
) -> None:
    report = _week(world)

    assert [r.name for r in report.past_deadline] == [f"Person {n}" for n in (41, 42, 43, 44, 45, 48, 49, 50)]
    [untouched] = report.untouched_leads
    assert (untouched.name, untouched.owner, untouched.source) == ("Person 50", "Lee Park", "Paid Search")
    assert untouched.deadline is not None and untouched.deadline.isoformat() == "2026-03-04T08:00:00+00:00"
    assert [(r.name, r.owner) for r in report.recycled_leads] == [
        ("Person 46", "Lee Park"),
        ("Person 47", "Lee Park"),
    ]
    assert "after 3.04 working days" in next(r.why for r in report.past_deadline if r.name == "Person 48")


def test_content_received_before_qualification_against_leads_without_it(world: HandoffWorld) -> None:
    report = _week(world)
    by_title = {c.title: c for c in report.content}

    roi = by_title["ROI calculator"]
    assert (roi.reached, roi.reached_sqls, roi.not_reached, roi.not_reached_sqls) == (15, 10, 35, 22)
    assert roi.ratio == round((10 / 15) / (22 / 35), 2)
    sheet = by_title["Datasheet"]
    assert (sheet.reached, sheet.ratio) == (3, None)
    assert "fewer than 5 leads" in sheet.ratio_reason
    assert "Manufacturing case study" not in by_title  # it never reached a lead before qualification
    assert [(a.title, a.sql_leads) for a in report.sql_only] == [("Manufacturing case study", 2)]


def test_a_member_filter_narrows_the_leads_to_their_owner(world: HandoffWorld) -> None:
    world.loop.switch_user("Dana Reyes")
    filters = InsightFilters(member="Dana Reyes")
    params = world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9), filters=filters)

    narrowed = world.insight.handoff(params)

    assert (narrowed.handed_over, narrowed.qualified) == (20, 20)


def test_the_window_is_half_open_in_the_library_time_zone(world: HandoffWorld) -> None:
    next_week = world.insight.handoff(
        world.insight.parameters(since=date(2026, 3, 9), until=date(2026, 3, 16))
    )
    before = world.insight.handoff(world.insight.parameters(since=date(2026, 2, 23), until=date(2026, 3, 2)))

    assert next_week.handed_over == 1  # L51, Monday 00:30 in Berlin (still Sunday in UTC)
    assert before.handed_over == 1  # L52, Sunday 23:30 in Berlin
