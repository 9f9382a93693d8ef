"""Small worlds for the insight tests: a real library (SQLite, migrations, the services),
a clock the test moves, and one-line helpers to add assets, deals, uses, feedback,
requests and searches at chosen moments, so every expected figure is known by
construction.

Today is Wednesday 18 June 2025, 12:00 in Europe/Berlin (10:00 UTC, summer time); the
library's time zone is set to Berlin, so local midnights are 22:00 or 23:00 UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collateral_app.domain.sales import DealDraft, Outcome, RequestStatus, Segment, UsageKind, Verdict
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2025, 6, 18)
NOW = datetime(2025, 6, 18, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def local(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A Berlin wall-clock time as an aware datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def ago(days: int, hour: int = 12) -> datetime:
    return local(TODAY - timedelta(days=days), hour)


@dataclass
class World:
    library: AssetLibrary
    clock: Clock
    loop: SalesLoop
    insight: Insight

    @classmethod
    def make(cls, library: AssetLibrary, *, time_zone: str = "Europe/Berlin") -> World:
        clock = Clock(NOW)
        world = cls(library, clock, SalesLoop(library, clock=clock), Insight(library, clock=clock))
        world.insight.set_insight_settings(time_zone=time_zone)
        world.loop.switch_user("Dana Whitfield")
        return world

    def at(self, moment: datetime) -> World:
        self.clock.now = moment
        return self

    def as_user(self, name: str) -> World:
        self.loop.switch_user(name)
        return self

    # -- catalog ------------------------------------------------------------------------------
    def asset(
        self,
        title: str,
        *,
        type: str = "case-study",
        published_days_ago: int = 200,
        review_by: date | None = None,
        expires_on: date | None = None,
        status: str = "published",
        owner: str = "Lena Fischer",
        **terms: str,
    ) -> str:
        """A link asset (no file to import) published `published_days_ago` days ago, due for
        review a year after today unless said, tagged with `terms` (stage="decision")."""
        published = TODAY - timedelta(days=published_days_ago)
        changes = {
            "type": type,
            "owner": owner,
            "published_on": published.isoformat(),
            "review_by": (review_by or TODAY + timedelta(days=365)).isoformat(),
            "expires_on": expires_on.isoformat() if expires_on else "",
            "status": status,
            **terms,
        }
        slug = title.lower().replace(" ", "-")
        return self.library.add_link(f"https://example.com/{slug}", title, changes=changes).id

    # -- pipeline -----------------------------------------------------------------------------
    def prospect(self, name: str, industry: str | None = None, size: str | None = None) -> str:
        return self.loop.create_prospect(name, industry=industry, size=size).id

    def deal(
        self,
        name: str,
        prospect: str,
        *,
        outcome: Outcome = Outcome.OPEN,
        created_days_ago: int = 60,
        closed_days_ago: int | None = None,
        amount: str = "",
        currency: str = "USD",
        stage: str | None = None,
        owner: str = "Dana Whitfield",
    ) -> str:
        close = TODAY - timedelta(days=closed_days_ago) if closed_days_ago is not None else None
        return self.loop.create_deal(
            DealDraft(
                name=name,
                prospect_id=prospect,
                owner=owner,
                stage=stage,
                amount=amount,
                currency=currency if amount else "",
                created_on=TODAY - timedelta(days=created_days_ago),
                close_date=close,
                outcome=outcome,
            )
        ).id

    # -- facts ----------------------------------------------------------------------------------
    def use(
        self,
        asset: str,
        kind: UsageKind | str,
        at: datetime,
        *,
        deal: str | None = None,
        prospect: str | None = None,
    ) -> None:
        self.loop.record_usage(asset, kind, deal_id=deal, prospect_id=prospect, occurred_at=at)

    def feedback(
        self,
        asset: str,
        deal: str,
        verdict: Verdict,
        *,
        at: datetime,
        rating: int | None = None,
        comment: str = "",
    ) -> None:
        self.at(at).loop.record_feedback(asset, deal, verdict, rating=rating, comment=comment)
        self.at(NOW)

    def request(
        self,
        text: str,
        segment: Segment,
        *,
        at: datetime,
        steps: tuple[tuple[RequestStatus, datetime], ...] = (),
        asset: str | None = None,
        reason: str = "",
        by: str = "Dana Whitfield",
    ) -> str:
        self.as_user(by).at(at)
        request = self.loop.add_request(text, segment)
        self.as_user("Lena Fischer")
        for status, when in steps:
            self.at(when).loop.update_request(
                request.id,
                status,
                asset_id=asset if status is RequestStatus.DELIVERED else None,
                reason=reason if status is RequestStatus.DECLINED else "",
            )
        self.as_user("Dana Whitfield").at(NOW)
        return request.id

    def search(
        self,
        query: str,
        results: int,
        *,
        at: datetime,
        filters: dict[str, str] | None = None,
        opened: str = "",
    ) -> None:
        self.at(at)
        search_id = self.loop.log_search(query, filters or {}, results)
        if opened:
            self.loop.mark_search_opened(search_id, opened)
        self.at(NOW)
