"""Coverage gaps: supply (published, non-stale assets tagged for both values of a cell)
against demand (open and recently closed deals, zero-result searches, open requests), the
status and gap score of each cell, and the drill-down behind a cell."""

from __future__ import annotations

from datetime import timedelta

import pytest

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import CoverageReport, CoverageStatus
from collateral_app.domain.sales import Outcome, RequestStatus, Segment, UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import TODAY, World, ago


@pytest.fixture
def world(library: AssetLibrary) -> World:
    w = World.make(library)
    w.asset("HC decision", stage="decision", industry="healthcare")
    w.asset(
        "HC decision, stale", stage="decision", industry="healthcare", review_by=TODAY - timedelta(days=1)
    )
    w.asset("Generic decision", stage="decision")  # no industry: covers no industry cell
    for n in range(5):
        asset = w.asset(f"Retail consideration {n}", stage="consideration", industry="retail")
        w.use(asset, UsageKind.SHARED, ago(3))
    for n in range(3):
        w.asset(f"Retail decision {n}", stage="decision", industry="retail")

    school = w.prospect("Maple School District", industry="education", size="mid-market")
    college = w.prospect("Westbrook College", industry="education", size="enterprise")
    w.deal("Maple platform", school, stage="decision")
    w.deal("Westbrook renewal", college, stage="decision")
    w.deal("Maple pilot", school, stage="decision", outcome=Outcome.LOST, closed_days_ago=20)
    w.deal(
        "Maple 2023",
        school,
        stage="decision",
        outcome=Outcome.LOST,
        created_days_ago=300,
        closed_days_ago=200,
    )
    w.deal("Westbrook intro", college, stage="awareness")

    w.search("school district pricing", 0, at=ago(5), filters={"industry": "education", "stage": "decision"})
    w.search("School  district pricing", 0, at=ago(6), filters={"industry": "education", "stage": "decision"})
    w.search("education decision guide", 0, at=ago(7))  # both values named by the query's words
    w.search(
        "school district pricing", 0, at=ago(120), filters={"industry": "education", "stage": "decision"}
    )
    w.search("education pricing", 3, at=ago(8), filters={"stage": "decision"})  # found something
    w.search("education brochure", 0, at=ago(9))  # no stage: not in a stage cell

    wanted = Segment(industry="education", stage="decision")
    w.request("Procurement guide for school districts", wanted, at=ago(15))
    w.request("K-12 pricing sheet", wanted, at=ago(10), steps=((RequestStatus.IN_PROGRESS, ago(9)),))
    delivered_by = w.asset("Old answer", status="archived")
    w.request(
        "Old pricing sheet",
        wanted,
        at=ago(50),
        steps=((RequestStatus.DELIVERED, ago(40)),),
        asset=delivered_by,
    )
    return w


def _coverage(world: World, dims: tuple[str, str] = ("stage", "industry")) -> CoverageReport:
    return world.insight.coverage(world.insight.parameters(days=90, dims=dims))


def test_a_segment_with_deals_searches_and_requests_but_no_asset_is_a_gap(world: World) -> None:
    cell = _coverage(world).cell("decision", "education")

    assert (cell.supply, cell.deals, cell.searches, cell.requests, cell.demand) == (0, 3, 3, 2, 8)
    assert (cell.status, cell.score) == (CoverageStatus.GAP, 8.0)
    assert cell.reason == "3 open or recent deals, 3 zero-result searches, 2 open requests; no asset"


def test_supply_counts_published_fresh_assets_tagged_for_both_values(world: World) -> None:
    report = _coverage(world)

    healthcare = report.cell("decision", "healthcare")
    assert (healthcare.supply, healthcare.status, healthcare.score) == (1, CoverageStatus.THIN, 0.0)
    retail = report.cell("decision", "retail")
    assert (retail.supply, retail.status) == (3, CoverageStatus.COVERED)
    crowded = report.cell("consideration", "retail")
    assert (crowded.supply, crowded.uses, crowded.status) == (5, 5, CoverageStatus.EXCESS)
    assert report.cell("awareness", "logistics").status is CoverageStatus.QUIET
    assert [r.slug for r in report.rows][:3] == ["awareness", "consideration", "decision"]
    assert len(report.cells) == len(report.rows) * len(report.columns)
    assert report.worst(1)[0].column == "education"


def test_clicking_a_cell_shows_the_assets_deals_searches_and_requests_behind_it(world: World) -> None:
    params = world.insight.parameters(days=90)

    gap = world.insight.coverage_cell(params, "Decision", "Education")
    thin = world.insight.coverage_cell(params, "decision", "healthcare")

    assert (gap.row.label, gap.column.label) == ("Decision", "Education")
    assert gap.assets == () and gap.stale_assets == ()
    assert [(d.name, d.outcome) for d in gap.deals] == [
        ("Maple platform", Outcome.OPEN),
        ("Westbrook renewal", Outcome.OPEN),
        ("Maple pilot", Outcome.LOST),
    ]
    assert [(q.query, q.searches) for q in gap.searches] == [
        ("school district pricing", 2),
        ("education decision guide", 1),
    ]
    assert [(r.text, r.status) for r in gap.requests] == [
        ("Procurement guide for school districts", RequestStatus.OPEN),
        ("K-12 pricing sheet", RequestStatus.IN_PROGRESS),
    ]
    assert [a.title for a in thin.assets] == ["HC decision"]
    assert [(a.title, a.stale) for a in thin.stale_assets] == [("HC decision, stale", True)]


def test_dimensions_deals_do_not_carry_get_demand_from_requests_only(world: World) -> None:
    world.request("CISO one-pager", Segment(persona="ciso", product="security"), at=ago(2))

    report = _coverage(world, ("persona", "product"))

    cell = report.cell("ciso", "security")
    assert (cell.deals, cell.searches, cell.requests, cell.status) == (0, 0, 1, CoverageStatus.GAP)
    assert sum(c.deals for c in report.cells) == 0


def test_industry_by_size_counts_deals_without_a_stage(world: World) -> None:
    prospect = world.prospect("Ashbury Clinic", industry="healthcare", size="smb")
    world.deal("Ashbury", prospect, outcome=Outcome.WON, closed_days_ago=5)

    report = _coverage(world, ("industry", "size"))

    assert report.cell("healthcare", "smb").deals == 1
    assert report.cell("education", "mid-market").deals == 2  # Maple platform and pilot


def test_the_heatmap_needs_two_different_known_dimensions(world: World) -> None:
    with pytest.raises(InvalidEdit, match="two different dimensions"):
        world.insight.parameters(dims=("stage", "stage"))
    with pytest.raises(InvalidEdit, match="“region” is not a dimension of the heatmap"):
        world.insight.parameters(dims=("region", "stage"))
    with pytest.raises(InvalidEdit, match="not a known industry"):
        world.insight.coverage_cell(world.insight.parameters(), "decision", "mining")
