"""The demo's sales history: a year of Northwind Cloud's pipeline so the feedback loop looks
alive on first start. About 40 prospects in every industry and size, ~150 deals (open, won,
lost) imported through the HubSpot path, a few thousand usage events weighted so some assets
win often and some are never used, feedback on most closed deals (a quarter left unanswered,
so the won/lost prompt has work), content requests in every status with realistic and late
answers, and a search log with the queries nothing answered.

Deterministic: a fixed seed, every date relative to `today`. Seeding twice adds nothing."""

from __future__ import annotations

import csv
import logging
import random
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.errors import UserError
from collateral_app.domain.records import Asset
from collateral_app.domain.sales import (
    CrmFormat,
    Deal,
    EventSource,
    Outcome,
    RequestStatus,
    Role,
    Segment,
    UsageKind,
    Verdict,
)
from collateral_app.services.sales.crm_import import CrmImportOptions
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.storage.models import Setting

if TYPE_CHECKING:
    from collateral_app.services.library.asset_library import AssetLibrary
    from collateral_app.services.sales.loop import SalesLoop

log = logging.getLogger(__name__)

SEEDED_KEY = "demo_sales_seeded"
DEMO_SOURCE = "demo"  # the CRM the demo's deals "come from"
SEED = 4_242
DEALS = 150

PEOPLE: tuple[tuple[str, Role], ...] = (
    ("Dana Whitfield", Role.REP),
    ("Marco Ruiz", Role.REP),
    ("Priya Nair", Role.REP),
    ("Tom Becker", Role.REP),
    ("Aiko Tanaka", Role.REP),
    ("Lena Fischer", Role.MARKETER),
    ("Sam Okafor", Role.MARKETER),
)
REPS = tuple(name for name, role in PEOPLE if role is Role.REP)
MARKETERS = tuple(name for name, role in PEOPLE if role is Role.MARKETER)

# (name, industry, size, region)
PROSPECTS: tuple[tuple[str, str, str, str], ...] = (
    ("Acme Health", "healthcare", "mid-market", "United States"),
    ("Mercy Valley Hospital", "healthcare", "mid-market", "United States"),
    ("St. Anselm Health System", "healthcare", "enterprise", "United States"),
    ("Riverbend Clinics", "healthcare", "smb", "Canada"),
    ("Klinikum Nordstadt", "healthcare", "enterprise", "Germany"),
    ("Harbor Point Credit Union", "financial-services", "mid-market", "United States"),
    ("Woodgrove Bank", "financial-services", "enterprise", "United Kingdom"),
    ("Pinecrest Capital", "financial-services", "mid-market", "United States"),
    ("Summit Mutual Insurance", "financial-services", "enterprise", "United States"),
    ("Alder Wealth Partners", "financial-services", "smb", "Ireland"),
    ("Fabrikam Components", "manufacturing", "mid-market", "Germany"),
    ("Ridgeway Plastics", "manufacturing", "smb", "United States"),
    ("Kestrel Aerostructures", "manufacturing", "enterprise", "United Kingdom"),
    ("Nordhafen Maschinenbau", "manufacturing", "mid-market", "Germany"),
    ("Bluewater Foods", "manufacturing", "mid-market", "Netherlands"),
    ("Contoso Retail", "retail", "mid-market", "United States"),
    ("Tailspin Toys", "retail", "smb", "United States"),
    ("Wide World Outfitters", "retail", "enterprise", "United States"),
    ("Corner Market Co-op", "retail", "smb", "Canada"),
    ("Lumen Home Stores", "retail", "mid-market", "France"),
    ("City of Ashbury", "public-sector", "mid-market", "United States"),
    ("Ostmark County", "public-sector", "enterprise", "Germany"),
    ("Port Authority of Bayside", "public-sector", "mid-market", "United States"),
    ("State Revenue Office", "public-sector", "enterprise", "Australia"),
    ("Greenfield Water District", "public-sector", "smb", "United States"),
    ("Northwind Traders", "technology", "mid-market", "United States"),
    ("Adatum Software", "technology", "smb", "United States"),
    ("Litware Systems", "technology", "enterprise", "United States"),
    ("Proseware Labs", "technology", "mid-market", "Sweden"),
    ("Trey Research", "technology", "smb", "United Kingdom"),
    ("Lakeshore University", "education", "enterprise", "United States"),
    ("Maplewood School District", "education", "mid-market", "United States"),
    ("Westbrook Community College", "education", "mid-market", "Canada"),
    ("Hochschule Rheintal", "education", "mid-market", "Germany"),
    ("Brightpath Academy", "education", "smb", "United States"),
    ("Tokai Freight", "logistics", "enterprise", "Japan"),
    ("Harbor Freight Systems", "logistics", "mid-market", "United States"),
    ("Müller Logistik", "logistics", "mid-market", "Germany"),
    ("Swiftlane Couriers", "logistics", "smb", "United Kingdom"),
    ("Polar Cold Chain", "logistics", "enterprise", "Norway"),
)
EURO_REGIONS = {"Germany", "Netherlands", "France", "Ireland"}
DEAL_KINDS = (
    ("Platform rollout", 60_000, 180_000),
    ("Analytics pilot", 12_000, 40_000),
    ("Security add-on", 18_000, 60_000),
    ("Integrations project", 15_000, 50_000),
    ("Renewal and expansion", 30_000, 120_000),
    ("Services engagement", 8_000, 30_000),
)
SIZE_FACTOR = {"smb": 0.35, "mid-market": 1.0, "enterprise": 2.6}
OPEN_STAGES = (
    "Appointment Scheduled",
    "Qualified To Buy",
    "Presentation Scheduled",
    "Decision maker bought-in",
    "Contract Sent",
)

# Title fragments of the catalog's assets reps reach for again and again (they win), and of
# those nobody uses (so "unused" has examples).
STAR_TITLES = (
    "Mercy Regional cuts 30-day readmissions",
    "Hospital ROI calculator",
    "Battlecard: Northwind Cloud vs. Contoso Suite",
    "Northwind Cloud platform overview (v2)",
    "Kessler Precision",
    "Security and compliance datasheet",
    "Tokiwa Logistics",
    "Harborview Credit Union",
    "Pricing and packaging FAQ",
)
NEVER_USED_TITLES = (
    "Administrator quickstart guide",
    "Quarterly business review (QBR) template",
    "Email template: retail holiday readiness outreach",
    "Analyst report",
    "OEE before and after Northwind (chart)",
)

# The Insight view's story on the demo: a manufacturing case study that wins. These deals
# closed in the last three months; the Kessler case study reached most of them and most of
# those were won, so its lift shows over enough deals; a few wait for their reps' feedback.
# (prospect, deal kind, amount, closed days ago, won, Kessler used, feedback given)
STORY_CASE_STUDY = "Kessler Precision"
STORY_DEALS: tuple[tuple[str, str, int, int, bool, bool, bool], ...] = (
    ("Fabrikam Components", "OEE program, plant 2", 96_000, 12, True, True, True),
    ("Nordhafen Maschinenbau", "Predictive maintenance rollout", 148_000, 19, True, True, True),
    ("Kestrel Aerostructures", "Line monitoring pilot", 64_000, 27, True, True, False),
    ("Bluewater Foods", "Packaging line analytics", 52_000, 33, True, True, True),
    ("Ridgeway Plastics", "Downtime dashboard", 18_500, 41, True, True, True),
    ("Fabrikam Components", "Quality analytics add-on", 38_000, 48, False, True, False),
    ("Nordhafen Maschinenbau", "Second site rollout", 112_000, 56, True, True, True),
    ("Kestrel Aerostructures", "Supplier portal integration", 44_000, 63, False, False, False),
    ("Bluewater Foods", "Cold-chain monitoring", 27_000, 71, False, False, True),
    ("Ridgeway Plastics", "Maintenance scheduling", 15_500, 78, True, False, False),
)
STORY_COMMENTS = (
    "Their plant manager read the OEE numbers out loud to the CFO.",
    "The downtime figures matched their own; that was the turning point.",
    "Sent it after the site visit; they asked for the reference call the same day.",
)

HELPED_COMMENTS = (
    "The CFO quoted the readmission numbers back to us in the final meeting.",
    "Turned the security review around in a week.",
    "Exactly the proof point procurement asked for.",
    "Their IT lead forwarded it to the whole committee.",
    "Answered the Contoso comparison before they raised it.",
    "The ROI model did the business case for us.",
)
NOT_HELPED_COMMENTS = (
    "Too generic for a hospital of this size.",
    "They wanted EU-specific numbers.",
    "Outdated screenshots; the prospect noticed.",
    "Procurement needed a public-sector version.",
)
USEFUL_COMMENTS = (
    "Good background reading for the technical team.",
    "Helped the champion explain us internally.",
    "Liked the format; asked for a German version.",
)

# (text, segment, status, requester index, days ago, [days to each next status], asset title, reason)
REQUESTS: tuple[tuple[str, Segment, RequestStatus, int, int, tuple[int, ...], str, str], ...] = (
    (
        "HIPAA security whitepaper for hospital CISOs",
        Segment(industry="healthcare", persona="ciso", stage="consideration"),
        RequestStatus.DELIVERED,
        0,
        210,
        (2, 5, 24),
        "HIPAA and the cloud",
        "",
    ),
    (
        "Mid-market retail case study with inventory numbers",
        Segment(industry="retail", size="mid-market", stage="consideration"),
        RequestStatus.DELIVERED,
        2,
        160,
        (1, 3, 16),
        "Brightline Outfitters",
        "",
    ),
    (
        "Security questionnaire answers we can paste into RFPs",
        Segment(persona="ciso", stage="decision", product="security"),
        RequestStatus.DELIVERED,
        1,
        120,
        (9, 4, 31),
        "Standard answers to security questionnaires",
        "",
    ),
    (
        "TCO comparison against Contoso Suite",
        Segment(stage="decision", persona="cfo"),
        RequestStatus.DELIVERED,
        3,
        95,
        (1, 2, 12),
        "Three-year TCO calculator",
        "",
    ),
    (
        "Two-minute demo video of the analytics module",
        Segment(stage="consideration", product="analytics"),
        RequestStatus.DELIVERED,
        4,
        70,
        (6, 10, 21),
        "Product demo video",
        "",
    ),
    (
        "Public sector pricing sheet for cooperative purchasing",
        Segment(industry="public-sector", stage="decision", persona="procurement"),
        RequestStatus.DECLINED,
        1,
        80,
        (3,),
        "",
        "Cooperative contract pricing is negotiated per agreement; see the procurement FAQ or ask deal desk.",
    ),
    (
        "Case study from a customer in Japan",
        Segment(industry="logistics", size="enterprise"),
        RequestStatus.DECLINED,
        4,
        45,
        (12,),
        "",
        "No Japanese customer has agreed to be named yet; Tokiwa's story covers APAC shipping.",
    ),
    (
        "German version of the hospital ROI calculator",
        Segment(industry="healthcare", size="enterprise", stage="decision", persona="cfo"),
        RequestStatus.IN_PROGRESS,
        0,
        40,
        (2, 6),
        "",
        "",
    ),
    (
        "Education case study with measurable retention outcomes for K-12",
        Segment(industry="education", size="mid-market", stage="consideration"),
        RequestStatus.IN_PROGRESS,
        2,
        33,
        (8, 5),
        "",
        "",
    ),
    (
        "Logistics battlecard against Contoso for enterprise shippers",
        Segment(industry="logistics", size="enterprise", stage="decision"),
        RequestStatus.IN_PROGRESS,
        3,
        26,
        (1, 2),
        "",
        "",
    ),
    (
        "One-pager on SSO and SCIM for IT leaders",
        Segment(persona="cio", stage="consideration", product="security"),
        RequestStatus.ACCEPTED,
        1,
        18,
        (4,),
        "",
        "",
    ),
    (
        "SMB retail ROI story with fewer than 10 stores",
        Segment(industry="retail", size="smb", stage="decision"),
        RequestStatus.ACCEPTED,
        4,
        12,
        (1,),
        "",
        "",
    ),
    (
        "Data processing agreement FAQ for EU customers",
        Segment(stage="decision", persona="procurement"),
        RequestStatus.OPEN,
        3,
        21,
        (),
        "",
        "",
    ),
    (
        "Manufacturing onboarding plan for the first 30 days",
        Segment(industry="manufacturing", stage="onboarding", persona="operations"),
        RequestStatus.OPEN,
        2,
        6,
        (),
        "",
        "",
    ),
    (
        "Pricing and procurement guide for school districts",
        Segment(industry="education", stage="decision", persona="procurement"),
        RequestStatus.OPEN,
        1,
        10,
        (),
        "",
        "",
    ),
    (
        "Board presentation template for K-12 superintendents",
        Segment(industry="education", size="mid-market", stage="decision"),
        RequestStatus.ACCEPTED,
        4,
        24,
        (3,),
        "",
        "",
    ),
    (
        "Financial services customer reference call list",
        Segment(industry="financial-services", size="enterprise", stage="decision"),
        RequestStatus.OPEN,
        0,
        2,
        (),
        "",
        "",
    ),
)
# (query, filters, results, times searched, times a result was opened, asset title opened)
SEARCHES: tuple[tuple[str, dict[str, str], int, int, int, str], ...] = (
    ("hipaa security whitepaper", {"industry": "healthcare"}, 0, 5, 0, ""),
    ("public sector pricing", {}, 0, 4, 0, ""),
    ("contoso logistics battlecard", {"type": "battlecard"}, 0, 3, 0, ""),
    ("german roi calculator", {"language": "de"}, 0, 2, 0, ""),
    ("soc 3 report", {}, 0, 2, 0, ""),
    ("k-12 retention case study", {"industry": "education"}, 0, 2, 0, ""),
    ("dpa eu customers", {}, 0, 1, 0, ""),
    ("school district pricing", {"industry": "education", "stage": "decision"}, 0, 3, 0, ""),
    ("k-12 procurement checklist", {"industry": "education", "stage": "decision"}, 0, 2, 0, ""),
    ("reference customers banking", {"industry": "financial-services"}, 3, 3, 0, ""),
    ("onboarding plan manufacturing", {}, 4, 2, 0, ""),
    ("readmissions", {}, 3, 9, 7, "Mercy Regional cuts 30-day readmissions"),
    ("roi calculator", {"type": "calculator"}, 3, 7, 6, "Hospital ROI calculator"),
    ("contoso", {}, 5, 8, 6, "Battlecard: Northwind Cloud vs. Contoso Suite"),
    ("security questionnaire", {}, 2, 5, 4, "Standard answers to security questionnaires"),
    ("oee", {"industry": "manufacturing"}, 4, 4, 3, "Kessler Precision"),
    ("pricing", {}, 4, 6, 5, "Pricing and packaging FAQ"),
    ("shipment visibility", {"industry": "logistics"}, 3, 3, 2, "Tokiwa Logistics"),
)


@dataclass
class _DemoDeal:
    crm_id: str
    name: str
    prospect: tuple[str, str, str, str]
    owner: str
    amount: int
    currency: str
    created: date
    close: date
    outcome: Outcome
    stage: str
    uses: list[tuple[Asset, UsageKind, datetime]] = field(default_factory=list)
    story: bool = False  # one of STORY_DEALS: its feedback is given as the story says


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def seed_sales_history(library: AssetLibrary, today: date) -> None:
    """Add the demo's sales history to a library holding the demo catalog (or any assets)."""
    from collateral_app.services.sales.loop import SalesLoop

    with library.sessions.begin() as s:
        if s.get(Setting, SEEDED_KEY) is not None:
            return
    usable = [a for a in library.list_assets() if a.status is AssetStatus.PUBLISHED]
    if not usable:
        log.warning("demo sales history skipped: the library has no published assets")
        return
    rng = random.Random(SEED)
    clock = _Clock(datetime.combine(today, time(12), UTC))
    loop = SalesLoop(library, source=EventSource.APP, clock=clock)
    previous = loop.whoami() if loop.profile_exists() else None
    users = {name: loop.switch_user(name, role).id for name, role in PEOPLE}

    deals = _plan_deals(rng, usable, today) + _story_deals(rng, usable, today)
    _import_deals(loop, deals)
    ids = {d.crm_id: d for d in loop.list_deals() if d.crm_source == DEMO_SOURCE and d.crm_id}
    _record_usage(loop, rng, deals, ids, users, usable, today)
    _give_feedback(loop, rng, deals, ids, clock, today)
    _content_requests(loop, rng, library, clock, today)
    _search_log(loop, rng, library, clock, today)
    _pitch_kit(loop, deals, ids, clock, today)
    _story_feedback(loop, rng, deals, ids, clock, today)
    _review_request(loop, library, clock, today)

    if previous is not None:
        loop.switch_user(previous.name, previous.role)
    else:
        loop.switch_user(REPS[0])
    with library.sessions.begin() as s:
        s.add(Setting(key=SEEDED_KEY, value=today.isoformat()))


def _weight(asset: Asset) -> float:
    if any(t in asset.title for t in NEVER_USED_TITLES):
        return 0.0
    if any(t in asset.title for t in STAR_TITLES):
        return 8.0
    return 1.0


def _fits(asset: Asset, industry: str, size: str) -> bool:
    industries = asset.taxonomy.get(Dimension.INDUSTRY, ())
    sizes = asset.taxonomy.get(Dimension.SIZE, ())
    return (not industries or industry in industries) and (not size or not sizes or size in sizes)


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)), UTC)


def _plan_deals(rng: random.Random, assets: Sequence[Asset], today: date) -> list[_DemoDeal]:
    deals: list[_DemoDeal] = []
    for n in range(DEALS):
        prospect = rng.choice(PROSPECTS)
        kind, low, high = rng.choice(DEAL_KINDS)
        created = today - timedelta(days=10 + int(355 * rng.random() ** 1.3))  # more recent than old
        close = created + timedelta(days=rng.randint(25, 110))
        amount = int(rng.randint(low, high) * SIZE_FACTOR[prospect[2]]) // 100 * 100
        deal = _DemoDeal(
            crm_id=str(41_000 + n),
            name=f"{prospect[0]} – {kind}",
            prospect=prospect,
            owner=rng.choice(REPS),
            amount=amount,
            currency="EUR" if prospect[3] in EURO_REGIONS else "USD",
            created=created,
            close=close,
            outcome=Outcome.OPEN,
            stage=rng.choice(OPEN_STAGES),
        )
        fitting = [a for a in assets if _fits(a, prospect[1], prospect[2]) and _weight(a) > 0]
        if len(fitting) < 4:  # a thin corner of the catalog: reps reach for what fits the industry
            fitting = [a for a in assets if _fits(a, prospect[1], "") and _weight(a) > 0] or [
                a for a in assets if _weight(a) > 0
            ]
        last = min(close, today)
        for asset in rng.choices(fitting, weights=[_weight(a) for a in fitting], k=rng.randint(2, 6)):
            when = _at(created + timedelta(days=rng.randint(0, max(0, (last - created).days))), rng)
            kind_used = UsageKind.PRESENTED if rng.random() < 0.3 else UsageKind.SHARED
            deal.uses.append((asset, kind_used, when))
        if close < today - timedelta(days=3):
            stars = len({a.id for a, _, _ in deal.uses if _weight(a) > 1})
            won = rng.random() < min(0.8, 0.25 + 0.18 * stars)
            deal.outcome = Outcome.WON if won else Outcome.LOST
            deal.stage = "Closed Won" if won else "Closed Lost"
        else:
            deal.close = today + timedelta(days=rng.randint(5, 90))
        deals.append(deal)
    return deals


def _story_deals(rng: random.Random, assets: Sequence[Asset], today: date) -> list[_DemoDeal]:
    """STORY_DEALS as demo deals: each used the Kessler case study (or not) during its cycle,
    alongside one or two other manufacturing assets."""
    prospects = {p[0]: p for p in PROSPECTS}
    kessler = _find(assets, STORY_CASE_STUDY)
    others = [
        a for a in assets if _fits(a, "manufacturing", "mid-market") and _weight(a) > 0 and a != kessler
    ]
    result: list[_DemoDeal] = []
    for n, (prospect, kind, amount, closed_ago, won, used, _) in enumerate(STORY_DEALS):
        close = today - timedelta(days=closed_ago)
        created = close - timedelta(days=rng.randint(40, 80))
        deal = _DemoDeal(
            crm_id=str(42_000 + n),
            name=f"{prospect} – {kind}",
            prospect=prospects[prospect],
            owner=REPS[n % len(REPS)],
            amount=amount,
            currency="EUR" if prospects[prospect][3] in EURO_REGIONS else "USD",
            created=created,
            close=close,
            outcome=Outcome.WON if won else Outcome.LOST,
            stage="Closed Won" if won else "Closed Lost",
            story=True,
        )
        chosen = ([kessler] if used and kessler is not None else []) + rng.sample(others, min(len(others), 2))
        for asset in chosen:
            when = _at(created + timedelta(days=rng.randint(5, max(5, (close - created).days - 3))), rng)
            deal.uses.append((asset, UsageKind.PRESENTED if asset is kessler else UsageKind.SHARED, when))
        result.append(deal)
    return result


def _story_feedback(
    loop: SalesLoop,
    rng: random.Random,
    deals: Sequence[_DemoDeal],
    ids: dict[str, Deal],
    clock: _Clock,
    today: date,
) -> None:
    """The story deals' reps say what helped; four deals are left without a word."""
    answered = {f"{p} – {k}" for p, k, _, _, _, _, given in STORY_DEALS if given}
    for n, d in enumerate(x for x in deals if x.story and x.name in answered):
        loop.switch_user(d.owner)
        clock.now = _at(min(today, d.close + timedelta(days=rng.randint(0, 3))), rng)
        for asset, _, _ in d.uses:
            star = STORY_CASE_STUDY in asset.title
            if d.outcome is Outcome.WON:
                verdict = Verdict.HELPED_WIN if star or rng.random() < 0.4 else Verdict.FOUND_USEFUL
            else:
                verdict = Verdict.DID_NOT_HELP
            comment = STORY_COMMENTS[n % len(STORY_COMMENTS)] if star and d.outcome is Outcome.WON else ""
            loop.record_feedback(
                asset.id, ids[d.crm_id].id, verdict, rating=5 if star else rng.randint(3, 4), comment=comment
            )


def _review_request(loop: SalesLoop, library: AssetLibrary, clock: _Clock, today: date) -> None:
    """Marketing asked Lena to review her stale diagram: it waits in her What's new."""
    from collateral_app.services.insight.service import Insight

    asset = next(
        (
            a
            for a in library.list_assets()
            if a.owner == "Lena Fischer" and a.review_by and a.review_by < today
        ),
        None,
    )
    if asset is None:
        return
    loop.switch_user(MARKETERS[1])
    clock.now = _at(today - timedelta(days=3), random.Random(SEED))
    Insight(library, clock=clock).ask_owner_to_review(
        asset.id, "Still the architecture we sell? Two deals asked about it."
    )


def _import_deals(loop: SalesLoop, deals: Sequence[_DemoDeal]) -> None:
    header = [
        "Record ID",
        "Deal Name",
        "Deal Stage",
        "Amount",
        "Currency",
        "Create Date",
        "Close Date",
        "Deal owner",
        "Associated Company",
        "Industry",
        "Company size",
        "Country/Region",
    ]
    with tempfile.TemporaryDirectory(prefix="collateral-demo-crm-") as folder:
        path = Path(folder) / "hubspot-deals.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for d in deals:
                name, industry, size, region = d.prospect
                writer.writerow(
                    [
                        d.crm_id,
                        d.name,
                        d.stage,
                        d.amount,
                        d.currency,
                        d.created.isoformat(),
                        d.close.isoformat(),
                        d.owner,
                        name,
                        industry,
                        size,
                        region,
                    ]
                )
        report = loop.import_deals(path, CrmImportOptions(format=CrmFormat.HUBSPOT, source=DEMO_SOURCE))
    if report.rejected or report.problems:
        raise UserError(f"The demo's deals did not import: {report.problems or report.rows}")


def _record_usage(
    loop: SalesLoop,
    rng: random.Random,
    deals: Sequence[_DemoDeal],
    ids: dict[str, Deal],
    users: dict[str, str],
    assets: Sequence[Asset],
    today: date,
) -> None:
    records: list[UsageRecord] = []
    for d in deals:
        deal = ids[d.crm_id]
        owner = users[d.owner]
        for asset, kind, when in d.uses:
            for _ in range(rng.randint(1, 2)):  # the rep previews before sending
                seen = when - timedelta(hours=rng.randint(1, 72))
                records.append(UsageRecord(asset.id, UsageKind.VIEWED, seen, user_id=owner))
            records.append(
                UsageRecord(
                    asset.id, kind, when, user_id=owner, prospect_id=deal.prospect_id, deal_id=deal.id
                )
            )
    weights = [_weight(a) for a in assets]
    reps = [users[name] for name in REPS] + [users[name] for name in MARKETERS]
    for _ in range(1_400):  # browsing without a prospect
        asset = rng.choices(assets, weights=weights)[0]
        when = _at(today - timedelta(days=rng.randint(0, 364)), rng)
        records.append(UsageRecord(asset.id, UsageKind.VIEWED, when, user_id=rng.choice(reps)))
    records.sort(key=lambda r: r.occurred_at)
    loop.record_usage_batch(records)


def _give_feedback(
    loop: SalesLoop,
    rng: random.Random,
    deals: Sequence[_DemoDeal],
    ids: dict[str, Deal],
    clock: _Clock,
    today: date,
) -> None:
    """Most closed deals get their reps' word; about a quarter stay unanswered (the recent
    ones among them are what the won/lost prompt shows)."""
    closed = sorted(
        (d for d in deals if d.outcome.is_closed and not d.story), key=lambda d: d.close, reverse=True
    )
    # The latest win and the two latest other closes still wait for their reps: the won/lost
    # prompt's content. Of the rest, about a quarter were never answered.
    latest_win = [d for d in closed if d.outcome is Outcome.WON][:1]
    waiting = {id(d) for d in latest_win + [d for d in closed if d not in latest_win][:2]}
    answered = [d for d in closed if id(d) not in waiting and rng.random() < 0.72]
    for owner in REPS:
        mine = [d for d in answered if d.owner == owner]
        if not mine:
            continue
        loop.switch_user(owner)
        for d in mine:
            deal_id = ids[d.crm_id].id
            at = _at(min(today, d.close + timedelta(days=rng.randint(0, 6))), rng)
            for asset in list({a.id: a for a, _, _ in d.uses}.values()):
                star = _weight(asset) > 1
                if d.outcome is Outcome.WON:
                    options = [Verdict.HELPED_WIN, Verdict.FOUND_USEFUL, Verdict.DID_NOT_HELP]
                    verdict = rng.choices(options, weights=[75, 20, 5] if star else [35, 35, 30])[0]
                else:
                    verdict = rng.choices([Verdict.DID_NOT_HELP, Verdict.FOUND_USEFUL], weights=[60, 40])[0]
                rating = None
                if rng.random() < 0.7:
                    rating = rng.choice([4, 5, 5]) if star else rng.randint(2, 5)
                    if verdict is Verdict.DID_NOT_HELP:
                        rating = min(rating, rng.choice([2, 3]))
                comments = {
                    Verdict.HELPED_WIN: HELPED_COMMENTS,
                    Verdict.DID_NOT_HELP: NOT_HELPED_COMMENTS,
                    Verdict.FOUND_USEFUL: USEFUL_COMMENTS,
                }[verdict]
                comment = rng.choice(comments) if rng.random() < 0.3 else ""
                clock.now = at
                loop.record_feedback(asset.id, deal_id, verdict, rating=rating, comment=comment)
                at += timedelta(minutes=rng.randint(1, 5))
    # One rep changed their mind: feedback is append-only, the correction is a new entry.
    won = [d for d in answered if d.outcome is Outcome.WON and d.owner == REPS[0] and d.uses]
    if won:
        d = won[0]
        loop.switch_user(d.owner)
        clock.now = _at(min(today, d.close + timedelta(days=8)), rng)
        loop.record_feedback(
            d.uses[0][0].id,
            ids[d.crm_id].id,
            Verdict.HELPED_WIN,
            rating=5,
            comment="Correction: their CFO told me afterwards this is what convinced the board.",
        )


def _find(assets: Sequence[Asset], fragment: str) -> Asset | None:
    return next((a for a in assets if fragment and fragment in a.title), None)


def _content_requests(
    loop: SalesLoop, rng: random.Random, library: AssetLibrary, clock: _Clock, today: date
) -> None:
    assets = library.list_assets()
    steps = {
        RequestStatus.ACCEPTED: (RequestStatus.ACCEPTED,),
        RequestStatus.IN_PROGRESS: (RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS),
        RequestStatus.DELIVERED: (RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED),
        RequestStatus.DECLINED: (RequestStatus.DECLINED,),
        RequestStatus.OPEN: (),
    }
    for text, segment, final, requester, days_ago, gaps, asset_title, reason in REQUESTS:
        loop.switch_user(REPS[requester])
        at = _at(today - timedelta(days=days_ago), rng)
        clock.now = at
        request = loop.add_request(text, segment)
        voters = [r for r in REPS if r != REPS[requester]]
        for voter in rng.sample(voters, rng.randint(0, len(voters))):
            loop.switch_user(voter)
            clock.now = at + timedelta(hours=rng.randint(2, 24 * max(1, days_ago // 2)))
            loop.vote(request.id)
        loop.switch_user(rng.choice(MARKETERS))
        for status, gap in zip(steps[final], gaps, strict=True):
            at += timedelta(days=gap, hours=rng.randint(0, 6))
            clock.now = min(at, datetime.combine(today, time(11), UTC))
            asset = _find(assets, asset_title) if status is RequestStatus.DELIVERED else None
            if status is RequestStatus.DELIVERED and asset is None:
                break
            loop.update_request(request.id, status, asset_id=asset.id if asset else None, reason=reason)


def _search_log(
    loop: SalesLoop, rng: random.Random, library: AssetLibrary, clock: _Clock, today: date
) -> None:
    assets = library.list_assets()
    for query, filters, results, times, opened, title in SEARCHES:
        asset = _find(assets, title)
        for n in range(times):
            loop.switch_user(rng.choice(REPS))
            clock.now = _at(today - timedelta(days=rng.randint(0, 85)), rng)
            search_id = loop.log_search(query, filters, results)
            if n < opened and asset is not None:
                clock.now += timedelta(seconds=rng.randint(3, 40))
                loop.mark_search_opened(search_id, asset.id)


def _pitch_kit(
    loop: SalesLoop, deals: Sequence[_DemoDeal], ids: dict[str, Deal], clock: _Clock, today: date
) -> None:
    open_deals = [d for d in deals if d.outcome is Outcome.OPEN and d.uses]
    if not open_deals:
        return
    d = max(open_deals, key=lambda x: x.amount)
    loop.switch_user(d.owner)
    clock.now = _at(today - timedelta(days=1), random.Random(SEED))
    assets = list({a.id: a for a, _, _ in d.uses}.values())[:4]
    loop.create_kit(f"{d.prospect[0]} — decision meeting", ids[d.crm_id].id, [a.id for a in assets])
