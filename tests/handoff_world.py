"""One hand-off week whose every figure is known by construction, for the service's and the
command line's tests (and the Insight tab's).

The library's time zone is Berlin (UTC+1 in March 2026). The agreement is the default:
50 MQLs every Monday, worked within 2 working days, decided within 2 (by Wednesday 09:00).
On Monday 2 March 2026 at 09:00 marketing hands over 50 MQLs, L01 … L50:
- L01–L30: worked Monday 14:00, SQL Tuesday 10:00 (in time; 30 SQLs);
- L31–L40: worked Tuesday 11:00, rejected Tuesday 16:00, "no budget" (in time);
- L41–L45: worked Tuesday 09:00, never decided (worked in time, decided late);
- L46–L47: recycled in the app on Wednesday 08:00 (a touch and a decision, in time);
- L48–L49: worked Thursday 10:00 and SQL Friday 10:00 (both late; 2 more SQLs);
- L50: never touched.
Two more leads fall just outside the window [2 March, 9 March) in Berlin: L51 handed over
Monday 9 March 00:30 (Sunday 23:30 UTC) and L52 on Sunday 1 March 23:30 (22:30 UTC).
Sources: L01–L25 Webinar, L26–L50 Paid Search. Owners: L01–L20 Dana Reyes, the rest Lee Park.
Industries: odd leads healthcare, even manufacturing. Each lead has its own company.
Deals: L01 converted to a won deal, L02 to a lost one, L03 to an open one.
Content: the ROI calculator was shared with the companies of L01–L10 on Monday 12:00 (before
their SQL) and of L41–L45; the manufacturing case study was shared with L11 and L12 on
Wednesday, after their SQL, and never before a qualification; the datasheet reached 3 leads.
"Now" is Monday 9 March 2026, 13:00 UTC: every deadline of the week has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from collateral_app.domain.leads import LeadStage
from collateral_app.domain.sales import CrmFormat, UsageKind
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.lead_import import LeadImportOptions
from collateral_app.services.sales.loop import SalesLoop

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 9, 13, 0, tzinfo=UTC)


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class HandoffWorld:
    library: AssetLibrary
    clock: Clock
    loop: SalesLoop
    insight: Insight
    roi: str
    case_study: str
    datasheet: str


def _stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def leads_csv(path: Path) -> Path:
    lines = [
        "Lead ID,Name,Company,Owner,Lead Source,Industry,MQL Date,Worked Date,SQL Date,Rejected Date,"
        "Disqualification Reason,Converted Opportunity ID"
    ]
    for n in range(1, 53):
        mql = berlin(2, 9)
        worked = sql = rejected = None
        reason = ""
        if n <= 30:
            worked, sql = berlin(2, 14), berlin(3, 10)
        elif n <= 40:
            worked, rejected, reason = berlin(3, 11), berlin(3, 16), "no budget"
        elif n <= 45:
            worked = berlin(3, 9)
        elif n in (48, 49):
            worked, sql = berlin(5, 10), berlin(6, 10)
        elif n == 51:
            mql = berlin(9, 0, 30)
        elif n == 52:
            mql = datetime.combine(berlin(1, 23, 30).date(), time(23, 30), tzinfo=BERLIN)
        source = "Webinar" if n <= 25 else "Paid Search"
        owner = "Dana Reyes" if n <= 20 else "Lee Park"
        industry = "Healthcare" if n % 2 else "Manufacturing"
        opportunity = f"OPP-{n}" if n <= 3 else ""
        lines.append(
            f"L{n:02d},Person {n},Company {n},{owner},{source},{industry},{_stamp(mql)},{_stamp(worked)},"
            f"{_stamp(sql)},{_stamp(rejected)},{reason},{opportunity}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_world(library: AssetLibrary, folder: Path) -> HandoffWorld:
    clock = Clock(berlin(2, 8))
    loop = SalesLoop(library, clock=clock)
    insight = Insight(library, clock=clock)
    insight.set_insight_settings(time_zone="Europe/Berlin")
    deals = folder / "opportunities.csv"
    deals.write_text(
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\n"
        "OPP-1,Company 1 rollout,Company 1,Closed Won,12000,2026-03-06,Dana Reyes\n"
        "OPP-2,Company 2 pilot,Company 2,Closed Lost,5000,2026-03-06,Dana Reyes\n"
        "OPP-3,Company 3 expansion,Company 3,Proposal/Price Quote,8000,2026-04-30,Dana Reyes\n",
        encoding="utf-8",
    )
    loop.import_deals(deals)
    report = loop.import_leads(leads_csv(folder / "leads.csv"), LeadImportOptions(format=CrmFormat.CSV))
    assert report.rejected == 0 and report.applied, report.rows
    roi = library.add_link("https://example.com/roi", "ROI calculator", changes={"status": "published"}).id
    case = library.add_link(
        "https://example.com/case", "Manufacturing case study", changes={"status": "published"}
    ).id
    sheet = library.add_link("https://example.com/sheet", "Datasheet", changes={"status": "published"}).id

    def prospect(n: int) -> str:
        found = loop.get_lead(f"L{n:02d}").lead.prospect_id
        assert found is not None
        return found

    for n in [*range(1, 11), *range(41, 46)]:
        loop.record_usage(roi, UsageKind.SHARED, prospect_id=prospect(n), occurred_at=berlin(2, 12))
    for n in (11, 12):
        loop.record_usage(case, UsageKind.PRESENTED, prospect_id=prospect(n), occurred_at=berlin(4, 15))
    for n in (31, 32, 33):
        loop.record_usage(sheet, UsageKind.SHARED, prospect_id=prospect(n), occurred_at=berlin(2, 13))
    clock.now = berlin(4, 8)
    for n in (46, 47):
        loop.record_lead_stage(f"L{n}", LeadStage.RECYCLED, reason="not ready this year")
    clock.now = NOW
    return HandoffWorld(library, clock, loop, insight, roi, case, sheet)
