"""The hand-off report on one week whose figures are known by construction (tests/handoff_world.py):
counts against the agreement, in-time shares, conversion by segment, SQL→won, drill-downs,
content and conversion; windows half-open in the library's time zone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from collateral_app.domain.insight import InsightFilters
from collateral_app.domain.leads import HandoffReport, LeadStage
from collateral_app.domain.sales import CrmFormat, UsageKind
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.salvage import salvage_library
from collateral_app.services.sales import lead_milestones
from collateral_app.services.sales.lead_import import LeadImportOptions
from collateral_app.services.sales.lead_milestones import needs_refresh
from tests.handoff_world import BERLIN, HandoffWorld, berlin, make_world


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


def test_an_industry_filter_narrows_the_leads_to_its_segment(world: HandoffWorld) -> None:
    filters = InsightFilters(industry="healthcare")
    params = world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9), filters=filters)

    narrowed = world.insight.handoff(params)

    assert (narrowed.handed_over, narrowed.qualified) == (25, 16)
    assert [r.name for r in narrowed.past_deadline] == [f"Person {n}" for n in (41, 43, 45, 49)]


def test_a_drill_down_carries_its_first_leads_and_the_rest_come_page_by_page(world: HandoffWorld) -> None:
    params = world.insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9))
    everything = [f"Person {n}" for n in (41, 42, 43, 44, 45, 48, 49, 50)]

    report = world.insight.handoff(params, drill_limit=3)

    assert [r.name for r in report.past_deadline] == everything[:3]
    assert (report.past_deadline_count, report.untouched_count, report.recycled_count) == (8, 1, 2)
    assert [r.name for r in world.insight.handoff_leads(params, "past_deadline")] == everything
    pages = [world.insight.handoff_leads(params, "past_deadline", offset=n, limit=3) for n in (0, 3, 6)]
    assert [r.name for page in pages for r in page] == everything
    assert [r.name for r in world.insight.handoff_leads(params, "recycled", limit=1)] == ["Person 46"]
    assert all(r.why for r in report.past_deadline)


def test_leads_come_from_the_import_and_the_app_with_the_report_columns_counted(world: HandoffWorld) -> None:
    with world.library.sessions() as s:
        missing = s.execute(
            text("SELECT count(*) FROM leads WHERE handed_over_at IS NOT NULL AND handoff_day IS NULL")
        ).scalar()

    assert missing == 0


def test_a_milestone_changed_outside_the_app_is_counted_again_before_the_report(world: HandoffWorld) -> None:
    # Another writer (a hand fix, an older version) moves L50's first touch to Monday 10:00.
    with world.library.sessions.begin() as s:
        s.execute(
            text("UPDATE leads SET touched_at = :at WHERE crm_id = 'L50'"),
            {"at": "2026-03-02 09:00:00.000000"},
        )
        assert needs_refresh(s, BERLIN)

    report = _week(world)

    assert (report.worked_in_time, report.untouched, report.untouched_count) == (48, 0, 0)
    [fifty] = [r for r in report.past_deadline if r.name == "Person 50"]
    assert fifty.why == "not qualified or rejected within 2 working days"  # touched, never decided


def test_another_time_zone_counts_every_lead_again_in_it(
    world: HandoffWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lead_milestones, "REBUILD_OVER", 10)  # as for many leads: indexes made again
    world.insight.set_insight_settings(time_zone="UTC")
    in_utc = _week(world)
    world.insight.set_insight_settings(time_zone="Europe/Berlin")
    in_berlin = _week(world)

    # L51 (Sunday 23:30 UTC) is in the UTC week; L52 (Sunday 22:30 UTC, 1 March) is not.
    assert in_utc.handed_over == 51
    assert in_berlin.handed_over == 50
    assert (in_berlin.worked_in_time, in_berlin.decided_in_time) == (47, 42)


def test_what_a_company_received_follows_its_usage_events(world: HandoffWorld) -> None:
    with world.library.sessions.begin() as s:
        # Two of the ROI calculator's shares taken back (an undone import, a hand fix).
        for n in (1, 2):
            s.execute(
                text(
                    "DELETE FROM usage_events WHERE asset_id = :asset AND prospect_id = "
                    "(SELECT prospect_id FROM leads WHERE crm_id = :lead)"
                ),
                {"asset": world.roi, "lead": f"L{n:02d}"},
            )

    roi = next(c for c in _week(world).content if c.title == "ROI calculator")

    assert (roi.reached, roi.reached_sqls, roi.not_reached, roi.not_reached_sqls) == (13, 8, 37, 24)


def test_an_event_written_by_another_laptop_moves_the_leads_milestones(world: HandoffWorld) -> None:
    # As the team sync stores a colleague's click: the event row alone, no milestone with it.
    lead = world.loop.get_lead("L50").lead
    actor = world.loop.actor()
    with world.library.sessions.begin() as s:
        s.execute(
            text(
                "INSERT INTO lead_events (id, lead_id, stage, at, dated, source, import_file, reason, "
                "user_id, device_id, recorded_at) VALUES ('e-50', :lead, 'worked', "
                "'2026-03-02 10:00:00.000000', 'app', 'app', '', '', :user, :device, "
                "'2026-03-02 10:00:00.000000')"
            ),
            {"lead": lead.id, "user": actor.user.id, "device": actor.device_id},
        )

    after = world.loop.get_lead("L50").lead
    report = _week(world)

    assert (after.stage, after.touched_at) == (LeadStage.WORKED, berlin(2, 11))
    assert (report.worked_in_time, report.untouched) == (48, 0)


def test_an_asset_shared_again_with_a_company_counts_once_from_its_first_share(world: HandoffWorld) -> None:
    company = world.loop.get_lead("L31").lead.prospect_id
    for day in (3, 4):  # after L31 was rejected: its first share still decides
        world.loop.record_usage(
            world.datasheet, UsageKind.SHARED, prospect_id=company, occurred_at=berlin(day, 9)
        )

    sheet = next(c for c in _week(world).content if c.title == "Datasheet")

    assert (sheet.reached, sheet.reached_sqls) == (3, 0)
    with world.library.sessions() as s:
        uses = s.execute(
            text("SELECT uses FROM prospect_assets WHERE prospect_id = :p AND asset_id = :a"),
            {"p": company, "a": world.datasheet},
        ).scalar()
    assert uses == 3


def test_a_salvaged_library_gives_the_same_hand_off(world: HandoffWorld, tmp_path: Path) -> None:
    before = _week(world)
    root = world.library.paths.root
    world.library.close()

    salvaged, salvage = salvage_library(root)
    try:
        insight = Insight(salvaged, clock=world.clock)
        after = insight.handoff(insight.parameters(since=date(2026, 3, 2), until=date(2026, 3, 9)))
    finally:
        salvaged.close()

    assert (after.handed_over, after.worked_in_time, after.qualified) == (50, 47, 32)
    assert [(c.title, c.reached, c.reached_sqls) for c in after.content] == [
        (c.title, c.reached, c.reached_sqls) for c in before.content
    ]
    assert after.sql_only == before.sql_only
    # What is derived is made again, not read: nothing of a sound library is called unreadable.
    assert [t.table for t in salvage.tables if t.unreadable_table or t.unreadable_stretches] == []


def test_many_new_leads_at_once_are_counted_as_the_few_are(
    world: HandoffWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As for a large export: the report's indexes and two triggers set aside, made again after.
    monkeypatch.setattr(lead_milestones, "REBUILD_OVER", 10)
    lines = ["Lead ID,Name,Company,Owner,Lead Source,Industry,MQL Date"]
    lines += [
        f"L{n},Person {n},Company 1,Lee Park,Webinar,Healthcare,2026-03-02 09:00" for n in range(60, 90)
    ]
    more = tmp_path / "more.csv"
    more.write_text("\n".join(lines) + "\n", encoding="utf-8")

    imported = world.loop.import_leads(more, LeadImportOptions(format=CrmFormat.CSV))
    report = _week(world)

    assert imported.applied and imported.events_added == 30
    assert (report.handed_over, report.untouched, report.untouched_count) == (80, 31, 31)
    roi = next(c for c in report.content if c.title == "ROI calculator")
    assert roi.reached == 45  # Company 1 had the ROI calculator before any of the 30 was decided
    with world.library.sessions() as s:
        kept = set(
            s.execute(text("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")).scalars()
        )
    assert {"ix_leads_report", "ix_leads_touch_time", "leads_reach_insert", "lead_events_milestones"} <= kept
