"""Records and enums of the sales feedback loop: who did what with which asset for which
deal, what helped win, what reps asked for and what marketing answered. Frozen, plain,
no dependencies, so the UI, the CLI, tests and sync can all hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

# Digits after the decimal point per currency (ISO 4217); anything else has 2.
CURRENCY_EXPONENTS: dict[str, int] = {
    "JPY": 0,
    "KRW": 0,
    "ISK": 0,
    "CLP": 0,
    "VND": 0,
    "HUF": 2,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "JOD": 3,
    "TND": 3,
}


def currency_exponent(currency: str) -> int:
    return CURRENCY_EXPONENTS.get(currency.upper(), 2)


class Role(StrEnum):
    """What the UI puts first; the team server enforces what each may change."""

    REP = "rep"
    MARKETER = "marketer"
    ADMIN = "admin"


class Outcome(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"

    @property
    def is_closed(self) -> bool:
        return self is not Outcome.OPEN


class UsageKind(StrEnum):
    """A preview is a view, never a share; only shares and presentations reach a prospect."""

    VIEWED = "viewed"
    SHARED = "shared"
    PRESENTED = "presented"

    @property
    def customer_facing(self) -> bool:
        return self is not UsageKind.VIEWED


class EventSource(StrEnum):
    APP = "app"
    CLI = "cli"
    IMPORT = "import"


class Verdict(StrEnum):
    """What a rep says an asset did for a deal."""

    HELPED_WIN = "helped_win"
    DID_NOT_HELP = "did_not_help"
    FOUND_USEFUL = "found_useful"  # the prospect found it useful

    @property
    def label(self) -> str:
        return {
            Verdict.HELPED_WIN: "helped win",
            Verdict.DID_NOT_HELP: "did not help",
            Verdict.FOUND_USEFUL: "the prospect found it useful",
        }[self]


class RequestStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    DECLINED = "declined"

    @property
    def is_final(self) -> bool:
        return self in (RequestStatus.DELIVERED, RequestStatus.DECLINED)


# Which status may follow which; a finished request stays finished (a new request is asked).
REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.OPEN: frozenset(
        {RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED, RequestStatus.DECLINED}
    ),
    RequestStatus.ACCEPTED: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED, RequestStatus.DECLINED}
    ),
    RequestStatus.IN_PROGRESS: frozenset({RequestStatus.DELIVERED, RequestStatus.DECLINED}),
    RequestStatus.DELIVERED: frozenset(),
    RequestStatus.DECLINED: frozenset(),
}


class CrmFormat(StrEnum):
    AUTO = "auto"
    HUBSPOT = "hubspot"
    SALESFORCE = "salesforce"
    CSV = "csv"  # any other export, read through an explicit column mapping


class DateOrder(StrEnum):
    """How to read 03/04/2025: decided per column from the values unless said."""

    AUTO = "auto"
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


class RowAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


# -- people --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UserProfile:
    id: str
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Actor:
    """Who records an event, from which device: stamped on every fact."""

    user: UserProfile
    device_id: str


# -- accounts and deals -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Prospect:
    id: str
    name: str
    industry: str | None  # taxonomy slug
    size: str | None  # taxonomy slug
    region: str
    crm_source: str | None
    crm_id: str | None
    revision: int
    created_at: datetime
    updated_at: datetime
    company_unknown: bool = False  # made for a CRM deal whose file named no company: merge it


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What merging prospects into one did."""

    into_id: str
    deals_moved: int
    merged: tuple[str, ...]  # names of the prospects merged
    kept_for_history: tuple[str, ...] = ()  # merged prospects usage events still name


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units (cents), exact; `Decimal` only for display."""

    minor: int
    currency: str

    @property
    def value(self) -> Decimal:
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))

    def __str__(self) -> str:
        exponent = currency_exponent(self.currency)
        return f"{self.value:,.{exponent}f} {self.currency}"


@dataclass(frozen=True, slots=True)
class Deal:
    id: str
    name: str
    prospect_id: str
    prospect_name: str
    owner: str  # the rep, as the CRM names them
    stage: str | None  # a taxonomy stage slug (awareness … expansion), when known
    crm_stage: str  # the stage as the CRM wrote it ("Contract Sent")
    amount: Money | None
    created_on: date | None
    # Expected close while the deal is open, actual close once won or lost.
    close_date: date | None
    outcome: Outcome
    awaiting_feedback: bool
    crm_source: str | None
    crm_id: str | None
    revision: int
    created_at: datetime
    updated_at: datetime
    industry: str | None = None  # the prospect's, for segment reasoning
    size: str | None = None
    related_accounts: tuple[str, ...] = ()  # other companies the CRM associates with the deal


@dataclass(frozen=True, slots=True)
class ProspectDraft:
    """A company typed in the app (taxonomy values as slugs or labels)."""

    name: str
    industry: str | None = None
    size: str | None = None
    region: str = ""


@dataclass(frozen=True, slots=True)
class DealDraft:
    """What a user types to create a deal in the app."""

    name: str
    prospect_id: str
    owner: str = ""
    stage: str | None = None
    amount: str = ""  # as typed: "12 500", "1.234,50 €", "$1,234.50"
    currency: str = ""
    created_on: date | None = None
    close_date: date | None = None
    outcome: Outcome = Outcome.OPEN


# -- CRM import ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImportRow:
    """What the import does (or would do) with one row of the file."""

    line: int  # where the row starts in the file (the header is line 1)
    action: RowAction
    crm_id: str = ""
    title: str = ""  # the deal's name, or the asset's title
    reason: str = ""  # why a row is rejected, in words a user can act on
    changes: tuple[str, ...] = ()  # fields an update changes
    notes: tuple[str, ...] = ()  # what was read differently than written, not fatal


@dataclass(frozen=True, slots=True)
class ColumnReading:
    """How the values of one column were read where they could be read two ways, for the
    preview: "Amount: decimal comma (1.234,50 → 1234.50)"."""

    column: str  # the header in the file
    field: str
    reading: str  # in words
    example: str = ""  # a value of the file that shows it


@dataclass(frozen=True, slots=True)
class StageReading:
    """What a CRM stage name means to the library: won, lost or open, and how that is known."""

    stage: str  # as the file writes it
    outcome: Outcome
    how: str  # "known" (a standard stage name), "mapped" (the library's own mapping), "unknown"
    rows: int = 0


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """How a file was read: what a user needs to understand a preview."""

    encoding: str
    delimiter: str
    format: CrmFormat
    columns: dict[str, str]  # header in the file → field it fills
    ignored_columns: tuple[str, ...]
    date_order: DateOrder
    language: str = ""  # the language of its headers ("de", "fr", "es", "ja"; "" for English)
    sheet: str = ""  # a workbook's sheet that was read
    header_line: int = 1
    readings: tuple[ColumnReading, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """A preview (`applied` false) or the outcome of an import. Good rows are written in one
    transaction, so `applied` means every created/updated row is in the library."""

    path: str
    layout: CsvLayout | None
    rows: tuple[ImportRow, ...]
    applied: bool
    problems: tuple[str, ...] = ()  # about the whole file (e.g. a required column is missing)
    notes: tuple[str, ...] = ()  # how the file was read where it could be read two ways
    prospects_created: tuple[str, ...] = ()
    awaiting_feedback: tuple[str, ...] = ()  # deal ids newly won or lost by this import
    stages: tuple[StageReading, ...] = ()  # every stage name of the file and what it means
    skipped: tuple[str, ...] = ()  # lines set aside, not rows: title rows, a report's footer

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def created(self) -> int:
        return self.count(RowAction.CREATED)

    @property
    def updated(self) -> int:
        return self.count(RowAction.UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(RowAction.UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(RowAction.REJECTED)

    def summary(self) -> str:
        verb = "" if self.applied else "would be "
        return (
            f"{self.created} {verb}created, {self.updated} {verb}updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )


# -- usage and feedback ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UsageEvent:
    id: str
    asset_id: str
    kind: UsageKind
    user_id: str
    user_name: str
    device_id: str
    occurred_at: datetime
    prospect_id: str | None
    deal_id: str | None
    source: EventSource


@dataclass(frozen=True, slots=True)
class Feedback:
    id: str
    asset_id: str
    deal_id: str
    verdict: Verdict
    rating: int | None
    comment: str
    user_id: str
    user_name: str
    device_id: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FeedbackAnswer:
    """One line of a won/lost prompt's answer: what an asset did for the deal."""

    asset_id: str
    verdict: Verdict
    rating: int | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AssetFeedback:
    """Everything reps said about one asset, for everyone to see on it. Counts are of deals,
    by each rep's latest word on a deal (a correction replaces, it does not add)."""

    asset_id: str
    helped_win: int
    did_not_help: int
    found_useful: int
    ratings: int
    average_rating: float | None
    entries: tuple[Feedback, ...]  # newest first, corrections included


@dataclass(frozen=True, slots=True)
class UsedAsset:
    """An asset used with a deal's prospect: a line of the won/lost prompt."""

    asset_id: str
    title: str
    type: str
    uses: int  # shares and presentations with the prospect
    last_used_at: datetime
    verdict: Verdict | None  # what this user already said for this deal, if anything
    rating: int | None


# -- content requests ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Segment:
    """Taxonomy slugs; None means any."""

    industry: str | None = None
    size: str | None = None
    stage: str | None = None
    persona: str | None = None
    product: str | None = None

    def is_empty(self) -> bool:
        return not any((self.industry, self.size, self.stage, self.persona, self.product))


@dataclass(frozen=True, slots=True)
class RequestEvent:
    id: str
    request_id: str
    status: RequestStatus
    at: datetime
    user_id: str
    user_name: str
    asset_id: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ContentRequest:
    id: str
    text: str
    segment: Segment
    deal_id: str | None
    requester_id: str
    requester_name: str
    status: RequestStatus
    asset_id: str | None  # the asset that delivered it
    decline_reason: str
    votes: int
    created_at: datetime
    updated_at: datetime
    history: tuple[RequestEvent, ...] = ()  # oldest first
    voter_ids: tuple[str, ...] = ()  # the users who voted for it, sorted


@dataclass(frozen=True, slots=True)
class RequestUpdate:
    """A change on one of my requests made by someone else ("What's new")."""

    request: ContentRequest
    event: RequestEvent


# -- search log ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DemandSignal:
    """A query reps typed that found nothing or that nobody opened a result of."""

    query: str
    searches: int
    zero_result: int  # searches that found nothing
    no_click: int  # searches with results, none opened
    last_searched_at: datetime


# -- recommendations ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Recommendation:
    asset_id: str
    title: str
    type: str
    score: float  # 0–100
    reason: str  # in words: "used in 6 won healthcare mid-market deals; rated 4.5 by 3 reps"
    won_deals_used: int  # similar won deals where the asset reached the prospect before close
    lost_deals_used: int  # similar lost deals where it did
    helped_win: int  # similar won deals where a rep marked it "helped win"
    did_not_help: int  # similar closed deals where a rep said it did not help
    average_rating: float | None
    ratings: int
    raters: int
    used_with_prospect: int  # uses with this deal's prospect already (0 for a segment)
    parts: dict[str, float] = field(default_factory=dict)  # the score's parts, for "why?"


@dataclass(frozen=True, slots=True)
class Recommendations:
    segment: Segment  # what the assets were chosen for (from the deal, or as asked)
    deal_id: str | None
    items: tuple[Recommendation, ...]
    similar_won_deals: int  # the evidence base: won deals in the segment within the window
    took_ms: float


# -- pitch kits ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KitItem:
    position: int  # 1-based
    asset_id: str
    title: str
    file_name: str
    url: str | None


@dataclass(frozen=True, slots=True)
class PitchKit:
    id: str
    name: str
    deal_id: str
    items: tuple[KitItem, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class KitExport:
    kit_id: str
    path: str  # the folder or zip written
    files: tuple[str, ...]  # names inside it, in kit order
    links: tuple[str, ...]  # link assets listed in links.txt
    events_logged: int
