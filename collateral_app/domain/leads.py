"""Records of the lead hand-off: marketing's qualified leads, what sales did with them and
when, the agreement between the two teams, and the report that measures it. Frozen, plain,
no dependencies, so the UI, the CLI, tests and sync can all hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .sales import ColumnReading, CrmFormat, CsvLayout, ImportRow, RowAction

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class LeadStage(StrEnum):
    """The stages of the hand-off, whatever a CRM calls them (the agreement maps its values)."""

    MQL = "mql"  # marketing qualified it and handed it over
    WORKED = "worked"  # sales touched it (called, wrote, met)
    SQL = "sql"  # sales accepted and qualified it
    REJECTED = "rejected"  # sales turned it down, with a reason
    RECYCLED = "recycled"  # sent back to marketing to nurture

    @property
    def label(self) -> str:
        return {
            LeadStage.MQL: "MQL",
            LeadStage.WORKED: "worked",
            LeadStage.SQL: "SQL",
            LeadStage.REJECTED: "rejected",
            LeadStage.RECYCLED: "recycled",
        }[self]

    @property
    def touches(self) -> bool:
        """Whether reaching this stage means sales has touched the lead."""
        return self is not LeadStage.MQL


class HowDated(StrEnum):
    """How a stage event's time is known."""

    CRM = "crm"  # a date column of the export ("Became a Sales Qualified Lead Date")
    IMPORT = "import"  # a snapshot without dates: dated at the import that first saw it
    APP = "app"  # recorded in the app or the command line when it happened


# -- the agreement -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HandoffAgreement:
    """What marketing and sales agreed: "marketing hands over 50 leads every Monday, sales
    works each within 2 working days and qualifies or rejects it within 2 (by Wednesday)".
    `values` says which CRM values mean which stage, per CRM ("hubspot", "salesforce", "csv"):
    stage → the values, case-folded."""

    handoff_weekday: int = 0  # 0 Monday … 6 Sunday; a hand-off week starts on this day
    handoff_count: int = 50
    touch_working_days: int = 2
    decide_working_days: int = 2
    in_time_target: float = 0.95  # share of MQLs worked and decided within their deadlines
    conversion_target: float = 0.30  # MQL→SQL
    content_min_leads: int = 5  # a content comparison needs this many leads on each side
    values: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    @property
    def weekday_name(self) -> str:
        return WEEKDAYS[self.handoff_weekday].capitalize()

    @property
    def decide_by_weekday(self) -> str:
        """The weekday a lead handed over on the hand-off day is due to be decided."""
        day = self.handoff_weekday
        left = self.decide_working_days
        while day >= 5:  # a weekend hand-off counts from Monday
            day = (day + 1) % 7
        while left > 0:
            day = (day + 1) % 7
            if day < 5:
                left -= 1
        return WEEKDAYS[day].capitalize()

    def describe(self) -> str:
        return (
            f"Marketing hands over {self.handoff_count} MQLs every {self.weekday_name}; sales works each "
            f"within {self.touch_working_days} working days and qualifies or rejects it within "
            f"{self.decide_working_days} (a {self.weekday_name} MQL by {self.decide_by_weekday}). "
            f"Targets: {round(self.in_time_target * 100)}% in time, "
            f"{round(self.conversion_target * 100)}% MQL→SQL."
        )

    def stage_of(self, crm: str, value: str) -> LeadStage | None:
        """What a CRM value (already case-folded) means, by this agreement."""
        for stage, values in self.values.get(crm, {}).items():
            if value in values:
                return LeadStage(stage)
        return None


# -- leads ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Lead:
    id: str
    name: str  # the person
    email: str
    company: str  # as the CRM wrote it
    prospect_id: str | None
    owner: str  # the rep, as the CRM names them
    source: str  # where marketing found the lead ("Webinar", "Organic Search")
    industry: str | None  # taxonomy slug
    size: str | None
    region: str
    crm_source: str | None
    crm_id: str | None
    crm_stage: str  # the CRM's own words for where it stands ("Working - Contacted")
    stage: LeadStage | None  # the latest stage event's
    created_on: date | None
    handed_over_at: datetime | None  # the first MQL event
    touched_at: datetime | None  # the first event that is a touch (worked, SQL, rejected, recycled)
    qualified_at: datetime | None
    rejected_at: datetime | None
    recycled_at: datetime | None
    deal_id: str | None  # the deal it converted to
    opportunity_id: str  # the CRM's id of that deal, as the lead export names it
    revision: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class LeadEvent:
    """A stage a lead reached, when, and how that is known: append-only."""

    id: str
    lead_id: str
    stage: LeadStage
    at: datetime
    dated: HowDated
    origin: str  # "import", "app" or "cli"
    import_file: str  # the file an imported event came from
    reason: str  # why it was rejected or recycled
    user_name: str


@dataclass(frozen=True, slots=True)
class Deadlines:
    """A lead's deadlines under the agreement, from its hand-off."""

    touch_by: datetime
    decide_by: datetime


@dataclass(frozen=True, slots=True)
class LeadDetail:
    lead: Lead
    events: tuple[LeadEvent, ...]
    deadlines: Deadlines | None
    deal_name: str = ""
    deal_outcome: str = ""  # open, won, lost


@dataclass(frozen=True, slots=True)
class MyLead:
    """A lead handed to the current rep, with what is due next."""

    lead: Lead
    deadlines: Deadlines
    due: str  # "work", "decide" or "" when done
    late: bool


# -- the import -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LeadValueReading:
    """A CRM value of the file (lifecycle stage, lead status) and what the agreement says it
    means; `stage` None means it says nothing of the hand-off (e.g. "subscriber")."""

    column: str  # the field: "lifecycle" or "status"
    value: str  # as the file writes it
    stage: LeadStage | None
    rows: int


@dataclass(frozen=True, slots=True)
class LeadImportReport:
    """A preview (`applied` false) or the outcome of an import of leads. The good rows are
    written in one transaction, or none."""

    path: str
    layout: CsvLayout | None
    rows: tuple[ImportRow, ...]
    applied: bool
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    values: tuple[LeadValueReading, ...] = ()
    events_added: int = 0
    events_dated_at_import: int = 0
    prospects_created: int = 0
    linked_to_deals: int = 0
    readings: tuple[ColumnReading, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def rejected(self) -> int:
        return self.count(RowAction.REJECTED)

    @property
    def format(self) -> CrmFormat | None:
        return self.layout.format if self.layout is not None else None

    def summary(self) -> str:
        verb = "" if self.applied else "would be "
        counts = {a: self.count(a) for a in RowAction}
        return (
            f"{counts[RowAction.CREATED]} leads {verb}created, {counts[RowAction.UPDATED]} {verb}updated, "
            f"{counts[RowAction.UNCHANGED]} unchanged, {counts[RowAction.REJECTED]} rejected; "
            f"{self.events_added} stage events {verb}added"
            + (
                f" ({self.events_dated_at_import} dated at this import)"
                if self.events_dated_at_import
                else ""
            )
        )


# -- the report -----------------------------------------------------------------------------
def share(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


@dataclass(frozen=True, slots=True)
class HandoffWeek:
    """One hand-off week: [start, start + 7 days) in the library's time zone."""

    start: date
    handed_over: int
    agreed: int
    worked_in_time: int
    decided_in_time: int
    touch_pending: int  # not touched yet, before their deadline: left out of the share
    decide_pending: int
    qualified: int  # of this week's MQLs, SQL by now
    rejected: int
    recycled: int

    @property
    def worked_share(self) -> float | None:
        return share(self.worked_in_time, self.handed_over - self.touch_pending)

    @property
    def decided_share(self) -> float | None:
        return share(self.decided_in_time, self.handed_over - self.decide_pending)

    @property
    def conversion(self) -> float | None:
        return self.qualified / self.handed_over if self.handed_over else None


@dataclass(frozen=True, slots=True)
class ConversionRow:
    """MQL→SQL conversion of one segment (a source, an industry, a size, an owner)."""

    dimension: str  # "source", "industry", "size", "owner"
    value: str  # the slug or name ("" when the leads say nothing)
    label: str
    mqls: int
    sqls: int

    @property
    def rate(self) -> float | None:
        return self.sqls / self.mqls if self.mqls else None


@dataclass(frozen=True, slots=True)
class DealConversion:
    """SQL→won through the deals the SQLs converted to."""

    sqls: int
    with_deal: int
    won: int
    lost: int
    open: int

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


@dataclass(frozen=True, slots=True)
class LeadRef:
    """A lead in a drill-down, with why it is there."""

    id: str
    name: str
    company: str
    owner: str
    source: str
    handed_over_at: datetime
    stage: str
    deadline: datetime | None
    why: str


@dataclass(frozen=True, slots=True)
class ContentConversion:
    """How leads whose company received an asset before qualification converted, against
    those whose company did not. `ratio` is hidden (None) below the floor on either side."""

    asset_id: str
    title: str
    reached: int  # leads whose company got it before qualification
    reached_sqls: int
    not_reached: int
    not_reached_sqls: int
    ratio: float | None
    ratio_reason: str

    @property
    def rate_reached(self) -> float | None:
        return self.reached_sqls / self.reached if self.reached else None

    @property
    def rate_not_reached(self) -> float | None:
        return self.not_reached_sqls / self.not_reached if self.not_reached else None


@dataclass(frozen=True, slots=True)
class SqlOnlyAsset:
    """An asset shared with the companies of SQLs, never with those of MQLs still waiting."""

    asset_id: str
    title: str
    sql_leads: int


@dataclass(frozen=True, slots=True)
class HandoffReport:
    window_label: str
    first_day: date
    last_day: date
    time_zone: str
    agreement: HandoffAgreement
    agreement_text: str
    handed_over: int
    agreed: int  # the agreed count times the hand-off weeks of the window
    worked_in_time: int
    decided_in_time: int
    touch_pending: int
    decide_pending: int
    qualified: int
    rejected: int
    recycled: int
    untouched: int  # MQLs never touched
    median_touch_days: float | None  # working days from hand-off to the first touch
    median_sql_days: float | None  # working days from hand-off to SQL
    weeks: tuple[HandoffWeek, ...]
    by_source: tuple[ConversionRow, ...]
    by_industry: tuple[ConversionRow, ...]
    by_size: tuple[ConversionRow, ...]
    by_owner: tuple[ConversionRow, ...]
    deals: DealConversion
    # The drill-downs: the first leads of each (oldest hand-off first), and how many in all;
    # `Insight.handoff_leads` gives any of them.
    past_deadline: tuple[LeadRef, ...]
    untouched_leads: tuple[LeadRef, ...]
    recycled_leads: tuple[LeadRef, ...]
    content: tuple[ContentConversion, ...]
    sql_only: tuple[SqlOnlyAsset, ...]
    past_deadline_count: int
    untouched_count: int
    recycled_count: int

    @property
    def conversion(self) -> float | None:
        return self.qualified / self.handed_over if self.handed_over else None

    @property
    def worked_share(self) -> float | None:
        return share(self.worked_in_time, self.handed_over - self.touch_pending)

    @property
    def decided_share(self) -> float | None:
        return share(self.decided_in_time, self.handed_over - self.decide_pending)
