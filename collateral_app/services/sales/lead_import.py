"""Leads from CRM exports: HubSpot contact exports, Salesforce lead reports, or any CSV or
workbook with an explicit column mapping.

The file is read as the deals import reads it (any encoding and delimiter, title rows and
footers set aside, XLSX/XLS, headers in five languages). Each row becomes a lead (its company
matched to a prospect, or a new one) and the stage events its columns tell:
- a date column ("Became a Sales Qualified Lead Date", "Converted Date") gives an event dated
  as the CRM wrote it;
- a snapshot value without a date (Lifecycle Stage, Lead Status) gives an event dated at the
  import that first sees it, marked as such; a later snapshot adds only the stages not yet
  seen, so importing the same export twice adds nothing.
What the values mean is the hand-off agreement's (`report settings`). For Salesforce, a lead
is handed over when it is created (its Created Date), unless the file has an MQL date.
`Converted Opportunity ID` links the lead to its deal. The good rows of a file are written in
one transaction, or none; a dry run reports the same without writing."""

from __future__ import annotations

import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, DateTime, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import UserError
from collateral_app.domain.leads import (
    HandoffAgreement,
    HowDated,
    LeadImportReport,
    LeadStage,
    LeadValueReading,
)
from collateral_app.domain.sales import (
    ColumnReading,
    CrmFormat,
    CsvLayout,
    DateOrder,
    EventSource,
    ImportRow,
    RowAction,
)
from collateral_app.search.analysis import slugify
from collateral_app.services.common.clock import library_zone
from collateral_app.services.common.tabular import (
    IGNORE,
    Table,
    fold,
    header_key,
    infer_date_order,
    map_columns,
    numeric_date_parts,
    parse_bool,
    parse_date,
    parse_mapping,
    read_table,
    shorten,
)
from collateral_app.services.sales.base import SalesBase, taxonomy_slugs
from collateral_app.services.sales.crm_import import _industry, _size
from collateral_app.services.sales.lead_agreement import read_agreement
from collateral_app.services.sales.lead_milestones import (
    MILESTONE_COLUMNS,
    REPORT_COLUMNS,
    WorkClock,
    many_leads,
    milestones_after,
    report_clock,
    report_values,
    stamp_zone,
)
from collateral_app.services.sales.lead_vocabulary import (
    DATE_FIELDS,
    LEAD_ALIASES,
    LEAD_FIELDS,
    LEAD_REQUIRED,
    LEAD_SIGNATURES,
    LOCALISED_LEAD_HEADERS,
)
from collateral_app.storage.base import UTCDateTime
from collateral_app.storage.database import METADATA
from collateral_app.storage.sales_models import DealRow, ProspectRow

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (…) of a lookup
KNOWN_LEAD_HEADERS = frozenset(
    set(LEAD_ALIASES) | {h for names in LOCALISED_LEAD_HEADERS.values() for h in names}
)
# Lead fields kept on the row → what a user calls them, for "updated: owner, status".
CHANGE_LABELS = {
    "name": "name",
    "email": "e-mail",
    "company": "company",
    "prospect_id": "company",
    "owner": "owner",
    "source": "source",
    "industry": "industry",
    "size": "size",
    "region": "region",
    "crm_stage": "status",
    "created_on": "create date",
    "opportunity_id": "opportunity",
    "deal_id": "deal",
}
_TIME = re.compile(
    r"^(?P<day>.+?)[ T,]+(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LeadImportOptions:
    format: CrmFormat = CrmFormat.AUTO
    mapping: Mapping[str, str] = field(default_factory=dict)  # file header → field (or "ignore")
    date_order: DateOrder = DateOrder.AUTO
    source: str | None = None  # whose ids these are; the format's name unless said
    delimiter: str | None = None

    @staticmethod
    def mapping_from(pairs: Sequence[str]) -> dict[str, str]:
        """`--map "Ref=crm_id"` arguments → a mapping, checked."""
        return parse_mapping(pairs, [*LEAD_FIELDS, IGNORE])


@dataclass(slots=True)
class _Event:
    stage: LeadStage
    at: datetime | None  # None: dated at the import
    reason: str = ""


@dataclass(slots=True)
class _Lead:
    line: int
    crm_id: str
    values: dict[str, Any]  # stored field → value, for the fields the file has
    events: list[_Event]
    notes: list[str]


@dataclass(slots=True)
class _Read:
    layout: CsvLayout | None
    leads: list[_Lead]
    rejected: list[ImportRow]
    problems: list[str]
    notes: list[str]
    skipped: list[str]
    present: frozenset[str]
    values: dict[tuple[str, str], LeadValueReading] = field(default_factory=dict)
    # While reading: how many rows have each (column, folded value), and the first's text.
    seen_values: Counter[tuple[str, str]] = field(default_factory=Counter)
    first_values: dict[tuple[str, str], tuple[str, LeadStage | None]] = field(default_factory=dict)


def lead_header_score(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if header_key(cell) in KNOWN_LEAD_HEADERS)


def _detect(keys: Sequence[str], wanted: CrmFormat) -> CrmFormat:
    if wanted is not CrmFormat.AUTO:
        return wanted
    present = set(keys)
    scores = {fmt: len(present & signs) for fmt, signs in LEAD_SIGNATURES.items()}
    best = max(scores, key=lambda f: scores[f])
    if scores[best] >= 2 and all(scores[best] > s for f, s in scores.items() if f is not best):
        return best
    return CrmFormat.CSV


def _language(keys: Sequence[str]) -> str:
    present = set(keys)
    counts = {lang: len(present & set(names)) for lang, names in LOCALISED_LEAD_HEADERS.items()}
    english = len(present & set(LEAD_ALIASES))
    best = max(counts, key=lambda lang: counts[lang], default="")
    return best if best and counts[best] > english else ""


def parse_moment(text: str, order: DateOrder, tz: ZoneInfo) -> datetime:
    """A date or a date with a time, as exports write them ("2026-03-02 09:15",
    "03/02/2026 9:15 AM", "2026-03-02T09:15:00Z", "02.03.2026"); a time without a zone is
    the library's local time, a bare date its local midnight."""
    s = " ".join(text.split())
    if not s:
        raise ValueError("the date is empty")
    try:
        value = datetime.fromisoformat(s.replace(" UTC", "Z"))
    except ValueError:
        value = None
    if value is not None:
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        return value.astimezone(UTC)
    match = _TIME.match(s)
    if match is None:
        return datetime.combine(parse_date(s, order), time(0), tzinfo=tz).astimezone(UTC)
    day = parse_date(match.group("day"), order)
    hour, minute, second = int(match.group("h")), int(match.group("m")), int(match.group("s") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"“{s}” has an hour {hour} with {ampm.upper()}")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"“{s}” is not a time of day")
    zone_text = (match.group("zone") or "").upper()
    moment = datetime.combine(day, time(hour, minute, second))
    if zone_text in ("Z", "UTC", "GMT"):
        return moment.replace(tzinfo=UTC)
    if zone_text:
        return datetime.fromisoformat(f"{moment.isoformat()}{zone_text[:3]}:{zone_text[-2:]}").astimezone(UTC)
    return moment.replace(tzinfo=tz).astimezone(UTC)


class LeadImportService(SalesBase):
    def preview_leads(self, path: Path, options: LeadImportOptions | None = None) -> LeadImportReport:
        """What `import_leads` would create, update, leave, reject and add; writes nothing."""
        return self.import_leads(path, options, dry_run=True)

    def import_leads(
        self, path: Path, options: LeadImportOptions | None = None, *, dry_run: bool = False
    ) -> LeadImportReport:
        options = options or LeadImportOptions()
        path = Path(path)
        table = read_table(path, delimiter=options.delimiter, header_score=lead_header_score)
        actor = self.actor()
        now = self.now()
        with self.sessions() as s:
            agreement = read_agreement(s)
            read = _read_leads(s, table, options, agreement, library_zone(s))
        fmt = read.layout.format if read.layout is not None else options.format
        source = slugify(options.source or fmt.value)[:20] or "csv"
        stamp = {"user_id": actor.user.id, "device_id": actor.device_id, "source": self.source.value}
        if read.problems or dry_run:
            with self.sessions() as s:
                plan = _plan(s, read, source, now, path.name, stamp)
            return _report(path, read, plan, applied=False)
        try:
            with self.sessions.begin() as s:
                plan = _plan(s, read, source, now, path.name, stamp)
                _write(s, plan, now)
        except SQLAlchemyError as exc:
            log.exception("lead import of %s failed", path)
            raise UserError(
                f"Nothing was imported from {path.name}: the library refused it ({exc})."
            ) from exc
        log.info("lead import of %s: %d rows, %d events", path, len(plan.rows), len(plan.new_events))
        return _report(path, read, plan, applied=True)


# -- reading ---------------------------------------------------------------------------------
def _read_leads(
    s: Session, table: Table, options: LeadImportOptions, agreement: HandoffAgreement, tz: ZoneInfo
) -> _Read:
    keys = [header_key(h) for h in table.header]
    fmt = _detect(keys, options.format)
    aliases = dict(LEAD_ALIASES)
    for names in LOCALISED_LEAD_HEADERS.values():
        for header, name in names.items():
            aliases.setdefault(header, name)
    mapped = map_columns(table.header, aliases, options.mapping)
    columns, problems = mapped.columns, list(mapped.problems)
    for name in LEAD_REQUIRED:
        if name not in columns:
            known = sorted(h for h, f in LEAD_ALIASES.items() if f == name)[:6]
            problems.append(
                f"The file has no column for {LEAD_FIELDS[name]} (expected one of: {', '.join(known)}; "
                f"or say which with --map 'COLUMN={name}')."
            )
    notes: list[str] = []
    skipped: list[str] = []
    if table.sheet:
        others = [n for n in table.sheets if n != table.sheet]
        notes.append(
            f"Read the sheet “{table.sheet}”"
            + (f" (also in the workbook: {', '.join(others)})." if others else ".")
        )
    if table.above_header:
        skipped.append(
            f"{len(table.above_header)} title line(s) above the header (line {table.header_line}) "
            "were skipped: " + "; ".join(f"“{shorten(t, 50)}”" for t in table.above_header[:4])
        )
    if table.footer:
        skipped.append(
            f"The report's footer ({len(table.footer)} line(s)) was recognised and skipped: "
            + "; ".join(f"“{shorten(t, 50)}”" for t in table.footer)
        )
    readings: list[ColumnReading] = []
    orders: dict[str, DateOrder] = {}
    for name in DATE_FIELDS:
        index = columns.get(name)
        if index is None:
            continue
        values = [cells[index] for _, cells in table.rows if index < len(cells) and cells[index].strip()]
        order = options.date_order
        if order is DateOrder.AUTO:
            order = infer_date_order(values)
        if order is DateOrder.AUTO and fmt in (CrmFormat.HUBSPOT, CrmFormat.SALESFORCE):
            ambiguous = next((v for v in values if (p := numeric_date_parts(v)) and p[2] == "/"), None)
            if ambiguous is not None:
                order = DateOrder.MONTH_FIRST
                notes.append(
                    f"Dates like {ambiguous.strip()} in “{table.header[index]}” were read month-first (as US "
                    "exports write them); if they are day-first, import again with --date-order dmy."
                )
        orders[name] = order
        if values:
            how = {
                DateOrder.DAY_FIRST: "dates day first",
                DateOrder.MONTH_FIRST: "dates month first",
            }.get(order, "dates year first (ISO)" if values[0][:4].isdigit() else "dates")
            readings.append(
                ColumnReading(table.header[index], name, f"{how}, times in {tz.key}", values[0].strip())
            )
    if fmt is CrmFormat.SALESFORCE and "mql_on" not in columns and "created_on" in columns:
        notes.append("Salesforce leads are taken as handed over when created (their Created Date).")
    undated = [f for f in ("lifecycle", "status") if f in columns]
    if undated:
        notes.append(
            "Stages read from "
            + " and ".join(table.header[columns[f]] for f in undated)
            + " without a date of their own are dated at this import (and marked so); "
            "later imports add only the stages not seen before."
        )
    layout = CsvLayout(
        encoding=table.encoding or f"workbook ({table.workbook})",
        delimiter=table.delimiter,
        format=fmt,
        columns=mapped.names,
        ignored_columns=mapped.ignored,
        date_order=next(iter(orders.values()), options.date_order),
        language=_language(keys),
        sheet=table.sheet,
        header_line=table.header_line,
        readings=tuple(readings),
    )
    read = _Read(layout, [], [], problems, notes, skipped, frozenset(columns))
    if problems:
        read.rejected = [ImportRow(line, RowAction.REJECTED, reason=problems[0]) for line, _ in table.rows]
        return read
    memo = _Memo(taxonomy_slugs(s, Dimension.INDUSTRY), taxonomy_slugs(s, Dimension.SIZE), agreement)
    seen: dict[str, int] = {}
    width = len(table.header)
    for line, cells in table.rows:
        if line in table.line_problems:
            read.rejected.append(ImportRow(line, RowAction.REJECTED, reason=table.line_problems[line]))
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            read.rejected.append(
                ImportRow(
                    line,
                    RowAction.REJECTED,
                    reason=f"the row has {len(cells)} values but the header names {width} columns "
                    "(a stray delimiter or quote?)",
                )
            )
            continue

        clean = _Cells({name: " ".join(cells[i].split()) for name, i in columns.items() if i < len(cells)})
        cell = clean.__getitem__
        crm_id = cell("crm_id")
        try:
            lead = _parse_row(line, cell, columns, orders, fmt, agreement, tz, memo, read)
        except ValueError as exc:
            read.rejected.append(
                ImportRow(line, RowAction.REJECTED, crm_id=crm_id, title=_person(cell), reason=str(exc))
            )
            continue
        first = seen.get(lead.crm_id)
        if first is not None:
            read.rejected.append(
                ImportRow(
                    line,
                    RowAction.REJECTED,
                    crm_id=lead.crm_id,
                    title=lead.values.get("name", ""),
                    reason=f"CRM id {lead.crm_id} already appears on line {first}; only that row is imported",
                )
            )
            continue
        seen[lead.crm_id] = line
        read.leads.append(lead)
    read.values = {
        key: LeadValueReading(key[0], text, meaning, read.seen_values[key])
        for key, (text, meaning) in read.first_values.items()
    }
    return read


class _Cells(dict[str, str]):
    """A row's cells by field, whitespace made single; a field the file lacks reads as ""."""

    def __missing__(self, name: str) -> str:
        return ""


class _Memo:
    """What rows share, worked out once per distinct value: an export repeats its owners,
    stages, industries and, often, its dates."""

    def __init__(self, industries: Mapping[str, str], sizes: Mapping[str, str], agreement: HandoffAgreement):
        self.industries, self.sizes, self.agreement = industries, sizes, agreement
        self._industry: dict[str, str | None] = {}
        self._size: dict[str, str | None] = {}
        self._fold: dict[str, str] = {}
        self._stage: dict[tuple[str, str], LeadStage | None] = {}
        self._moments: dict[tuple[str, DateOrder], datetime | str] = {}

    def industry(self, text: str) -> str | None:
        if text not in self._industry:
            self._industry[text] = _industry(text, self.industries)
        return self._industry[text]

    def size(self, text: str) -> str | None:
        if text not in self._size:
            self._size[text] = _size(text, self.sizes)
        return self._size[text]

    def fold(self, text: str) -> str:
        found = self._fold.get(text)
        if found is None:
            found = self._fold[text] = fold(text)
        return found

    def stage_of(self, crm: str, folded: str) -> LeadStage | None:
        key = (crm, folded)
        if key not in self._stage:
            self._stage[key] = self.agreement.stage_of(crm, folded)
        return self._stage[key]

    def moment(self, text: str, order: DateOrder, tz: ZoneInfo) -> datetime:
        """`parse_moment`, its answer (or its refusal) kept for the next row with the same text."""
        key = (text, order)
        found = self._moments.get(key)
        if found is None:
            try:
                found = parse_moment(text, order, tz)
            except ValueError as exc:
                found = str(exc)
            if len(self._moments) < MEMO_MOMENTS:
                self._moments[key] = found
        if isinstance(found, str):
            raise ValueError(found)
        return found


MEMO_MOMENTS = 200_000


# Date columns that give an event of their stage, dated as the CRM wrote it.
DATED_STAGES = {
    "mql_on": LeadStage.MQL,
    "worked_on": LeadStage.WORKED,
    "sql_on": LeadStage.SQL,
    "rejected_on": LeadStage.REJECTED,
    "converted_on": LeadStage.SQL,
}


@lru_cache(maxsize=65_536)
def _local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def _person(cell: Callable[[str], str]) -> str:
    return cell("name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)


def _parse_row(
    line: int,
    cell: Callable[[str], str],
    columns: Mapping[str, int],
    orders: Mapping[str, DateOrder],
    fmt: CrmFormat,
    agreement: HandoffAgreement,
    tz: ZoneInfo,
    memo: _Memo,
    read: _Read,
) -> _Lead:
    crm_id = cell("crm_id")
    if not crm_id:
        raise ValueError("the CRM id is empty")
    notes: list[str] = []
    values: dict[str, Any] = {}
    if "name" in columns or "first_name" in columns or "last_name" in columns:
        values["name"] = _person(cell)[:300]
    for name in ("email", "company", "owner", "source", "region"):
        if name in columns:
            values[name] = cell(name)[: 300 if name in ("email", "company") else 200]
    if "opportunity_id" in columns:
        values["opportunity_id"] = cell("opportunity_id")[:200]
    if "industry" in columns:
        industry = cell("industry")
        values["industry"] = memo.industry(industry) if industry else None
        if industry and values["industry"] is None:
            notes.append(f"industry “{industry}” is not in the taxonomy; left empty")
    if "size" in columns:
        size = cell("size")
        values["size"] = memo.size(size) if size else None
        if size and values["size"] is None:
            notes.append(f"size “{size}” is not a known segment; left empty")
    moments: dict[str, datetime | None] = {}
    for name in DATE_FIELDS:
        text = cell(name)
        if not text:
            continue
        try:
            moments[name] = memo.moment(text, orders.get(name, DateOrder.AUTO), tz)
        except ValueError as exc:
            label = LEAD_FIELDS[name].removeprefix("the ")
            raise ValueError(f"{label}: {exc}") from exc
    if "created_on" in columns:
        created = moments.get("created_on")
        values["created_on"] = _local_date(created, tz) if created else None
    crm_key = fmt.value
    reason = cell("reason")
    events: list[_Event] = []
    stages: set[LeadStage] = set()
    for name, stage in DATED_STAGES.items():
        at = moments.get(name)
        if at is not None and stage not in stages:
            events.append(_Event(stage, at, reason if stage is LeadStage.REJECTED else ""))
            stages.add(stage)
    if fmt is CrmFormat.SALESFORCE and "mql_on" not in columns and moments.get("created_on"):
        events.append(_Event(LeadStage.MQL, moments["created_on"]))
        stages.add(LeadStage.MQL)
    shown: list[str] = []
    for name in ("lifecycle", "status"):
        value = cell(name)
        if not value:
            continue
        shown.append(value)
        folded = memo.fold(value)
        meaning = memo.stage_of(crm_key, folded)
        read.seen_values[(name, folded)] += 1
        read.first_values.setdefault((name, folded), (value, meaning))
        if meaning is not None and meaning not in stages:
            events.append(
                _Event(meaning, None, reason if meaning in (LeadStage.REJECTED, LeadStage.RECYCLED) else "")
            )
            stages.add(meaning)
    converted = "converted" in columns and cell("converted") and parse_bool(cell("converted"))
    if converted and LeadStage.SQL not in stages:
        events.append(_Event(LeadStage.SQL, None))
        stages.add(LeadStage.SQL)
    if stages & DECISIONS:
        # A decision implies the lead was worked: a snapshot's "worked" would only come after it.
        events = [e for e in events if not (e.stage is LeadStage.WORKED and e.at is None)]
    if shown or "lifecycle" in columns or "status" in columns:
        values["crm_stage"] = " / ".join(shown)[:200]
    return _Lead(line, crm_id, values, events, notes)


# -- planning and writing ----------------------------------------------------------------
@dataclass(slots=True)
class _Plan:
    rows: list[ImportRow] = field(default_factory=list)
    new_prospects: list[dict[str, Any]] = field(default_factory=list)
    new_leads: list[dict[str, Any]] = field(default_factory=list)
    lead_changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_events: list[dict[str, Any]] = field(default_factory=list)
    dated_at_import: int = 0
    linked: int = 0
    clock: WorkClock | None = None  # the zone the report's columns are counted in


DECISIONS = frozenset({LeadStage.SQL, LeadStage.REJECTED, LeadStage.RECYCLED})
DECISION_VALUES = tuple(d.value for d in DECISIONS)
WORKED = LeadStage.WORKED.value
CRM_DATED, IMPORT_DATED = HowDated.CRM.value, HowDated.IMPORT.value
IMPORTED = EventSource.IMPORT.value


# The lead columns an import writes (as LEAD_DEFAULTS names them).
LEAD_FIELDS_STORED = (
    "email",
    "company",
    "prospect_id",
    "owner",
    "source",
    "industry",
    "size",
    "region",
    "crm_stage",
    "created_on",
    "opportunity_id",
)
# What the team shares of a lead (its document in the lead kind of sync/catalog.py).
SHARED_FIELDS = frozenset({"name", "deal_id", *LEAD_FIELDS_STORED})
# What the plan reads of a lead already here, as stored (text, numbers, None).
_EXISTING = ("id", "crm_id", "name", "deal_id", *LEAD_FIELDS_STORED, *MILESTONE_COLUMNS, *REPORT_COLUMNS)


def _plan(
    s: Session, read: _Read, source: str, now: datetime, file_name: str, stamp: Mapping[str, str]
) -> _Plan:
    clock = report_clock(s)
    plan = _Plan(rows=list(read.rejected), clock=clock)
    if not read.leads:
        plan.rows.sort(key=lambda r: r.line)
        return plan
    conn = s.connection()
    # Leads already here, and their events, as the database holds them: compared with what
    # the file says in the same form, so only the leads that change are read as values.
    existing: dict[str, dict[str, Any]] = {}
    columns = ", ".join(_EXISTING)
    ids = [lead.crm_id for lead in read.leads]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for found in conn.exec_driver_sql(
            f"SELECT {columns} FROM leads WHERE crm_source = ? AND crm_id IN ({marks})", (source, *chunk)
        ).cursor.fetchall():
            here = dict(zip(_EXISTING, found, strict=True))
            existing[here["crm_id"] or ""] = here
    stages_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    known_ids = [here["id"] for here in existing.values()]
    for start in range(0, len(known_ids), CHUNK):
        chunk = known_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for lead_id, stage, at in conn.exec_driver_sql(
            f"SELECT lead_id, stage, at FROM lead_events WHERE lead_id IN ({marks})", tuple(chunk)
        ).cursor.fetchall():
            stages_of[lead_id][stage].add(at)
    prospects: dict[str, str] = {}
    folded: dict[str, str] = {}
    for prospect_id, name in s.execute(
        select(ProspectRow.id, ProspectRow.name).order_by(ProspectRow.created_at)
    ):
        key = folded.get(name)
        if key is None:
            key = folded[name] = fold(name)
        prospects.setdefault(key, prospect_id)
    opportunity_ids = sorted({str(lead.values.get("opportunity_id")) for lead in read.leads} - {"", "None"})
    deals: dict[str, str] = {}
    for start in range(0, len(opportunity_ids), CHUNK):
        chunk = opportunity_ids[start : start + CHUNK]
        for deal_id, crm_id in s.execute(select(DealRow.id, DealRow.crm_id).where(DealRow.crm_id.in_(chunk))):
            deals[crm_id or ""] = deal_id
    ids_made = _new_ids()
    file_label = file_name[:300]
    stored_now = _stored(now)
    for lead in read.leads:
        values = dict(lead.values)
        company = str(values.get("company") or "")
        if "company" in values:
            values["prospect_id"] = (
                _prospect(company, values, prospects, plan, folded, ids_made) if company else None
            )
        if "opportunity_id" in values:
            values["deal_id"] = deals.get(str(values["opportunity_id"])) if values["opportunity_id"] else None
        row = existing.get(lead.crm_id)
        lead_id = row["id"] if row is not None else next(ids_made)
        seen = stages_of[lead_id] if row is not None else defaultdict(set)
        milestones: dict[str, Any] | None = None if row is not None else {}
        added: list[str] = []
        for event in lead.events:
            stage = event.stage
            key = stage.value
            if event.at is None and (seen[key] or (key == WORKED and any(seen[d] for d in DECISION_VALUES))):
                continue
            at = event.at or now
            stored_at = _stored(at)
            if event.at is not None and stored_at in seen[key]:
                continue
            seen[key].add(stored_at)
            dated = CRM_DATED if event.at is not None else IMPORT_DATED
            plan.dated_at_import += dated == IMPORT_DATED
            plan.new_events.append(
                {
                    "id": next(ids_made),
                    "lead_id": lead_id,
                    "stage": key,
                    "at": stored_at,
                    "dated": dated,
                    "import_file": file_label,
                    "reason": event.reason,
                    "recorded_at": stored_now,
                    **stamp,
                    "source": IMPORTED,
                }
            )
            if milestones is None:  # a lead here: its milestones as values, from now on
                milestones = {name: _value(name, row[name]) for name in MILESTONE_COLUMNS} if row else {}
            milestones = milestones_after(milestones, stage, at)
            added.append(stage.label)
        linked = values.get("deal_id")
        plan.linked += bool(linked) and (row is None or row["deal_id"] != linked)
        title = str(values.get("name") or (row["name"] if row is not None else ""))
        if row is None:
            reached = milestones or {}
            plan.new_leads.append(
                {
                    "id": lead_id,
                    "crm_source": source,
                    "crm_id": lead.crm_id[:200],
                    **{name: None for name in MILESTONE_COLUMNS},
                    **values,
                    **reached,
                    **report_values(clock, reached),
                }
            )
            plan.rows.append(
                ImportRow(lead.line, RowAction.CREATED, lead.crm_id, title, notes=tuple(lead.notes))
            )
            continue
        changes = {k: v for k, v in values.items() if row[k] != v and row[k] != _stored(v)}
        if milestones is not None:
            moved = {k: v for k, v in milestones.items() if row[k] != v and row[k] != _stored(v)}
            if moved:
                changes.update(moved)
                report = report_values(clock, milestones)
                changes.update({k: v for k, v in report.items() if row[k] != v})
        if changes:
            plan.lead_changes[row["id"]] = changes
        labels = [CHANGE_LABELS[k] for k in changes if k in CHANGE_LABELS]
        labels += [f"stage {label}" for label in added]
        action = RowAction.UPDATED if labels else RowAction.UNCHANGED
        plan.rows.append(
            ImportRow(
                lead.line,
                action,
                lead.crm_id,
                title,
                changes=tuple(dict.fromkeys(labels)),
                notes=tuple(lead.notes),
            )
        )
    plan.rows.sort(key=lambda r: r.line)
    return plan


def _value(name: str, stored: Any) -> Any:
    """A milestone column's stored value as the value it means (aware UTC times)."""
    if stored is None or name == "stage":
        return stored
    return datetime.fromisoformat(str(stored)).replace(tzinfo=UTC)


def _new_ids(batch: int = 4096) -> Iterator[str]:
    """Random (version 4) UUIDs as text, as `new_id` makes them, from one read of the
    system's randomness per batch instead of one per id."""
    while True:
        raw = bytearray(os.urandom(16 * batch))
        for n in range(batch):
            raw[16 * n + 6] = raw[16 * n + 6] & 0x0F | 0x40
            raw[16 * n + 8] = raw[16 * n + 8] & 0x3F | 0x80
        text = raw.hex()
        for n in range(batch):
            h = text[32 * n : 32 * n + 32]
            yield f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _prospect(
    company: str,
    values: Mapping[str, Any],
    prospects: dict[str, str],
    plan: _Plan,
    folded: dict[str, str],
    ids: Iterator[str],
) -> str:
    key = folded.get(company)
    if key is None:
        key = folded[company] = fold(company)
    found = prospects.get(key)
    if found is not None:
        return found
    prospect_id = next(ids)
    plan.new_prospects.append(
        {
            "id": prospect_id,
            "name": company[:300],
            "industry": values.get("industry"),
            "size": values.get("size"),
            "region": str(values.get("region") or "")[:200],
            "crm_source": None,
            "crm_id": None,
        }
    )
    prospects[key] = prospect_id
    return prospect_id


# What a new lead holds where the file has no column (the table's own defaults).
LEAD_DEFAULTS: dict[str, Any] = {
    "name": "",
    "email": "",
    "company": "",
    "prospect_id": None,
    "owner": "",
    "source": "",
    "industry": None,
    "size": None,
    "region": "",
    "crm_stage": "",
    "created_on": None,
    "deal_id": None,
    "opportunity_id": "",
}


def _stored(value: Any) -> Any:
    """A value as its column stores it: UTC times as SQLAlchemy's SQLite text, days as ISO."""
    if isinstance(value, datetime):
        return _stored_time(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@lru_cache(maxsize=65_536)  # an import writes the same moments many times (its own above all)
def _stored_time(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _insert_many(s: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Many rows of the same columns in one executemany, straight to the driver: an import's
    tens of thousands of leads and events without building parameters row by row."""
    if not rows:
        return
    names = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    columns = METADATA.tables[table].c
    moments = [
        n for n, name in enumerate(names) if isinstance(columns[name].type, Date | DateTime | UTCDateTime)
    ]
    pick = itemgetter(*names)
    data: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(pick(row))
        for n in moments:
            values[n] = _stored(values[n])
        data.append(tuple(values))
    s.connection().exec_driver_sql(sql, data)


# While an import writes, SQLite keeps this much of the library in memory (KiB, negative):
# the leads' indexes take rows at random places, and reading each place again from the
# file would take most of the import's time.
IMPORT_CACHE_KIB = 131_072


def _write(s: Session, plan: _Plan, now: datetime) -> None:
    conn = s.connection()
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        _write_plan(s, plan, now)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


def _write_plan(s: Session, plan: _Plan, now: datetime) -> None:
    if plan.clock is not None:
        stamp_zone(s, plan.clock)
    conn = s.connection()
    # The events of new leads go in before their leads (which already hold the milestones the
    # events give), so the trigger keeping milestones finds no lead to read for any of them;
    # the leads they name are checked when the transaction commits.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    new = {lead["id"] for lead in plan.new_leads}
    stamps = {"revision": 1, "created_at": now, "updated_at": now}
    _insert_many(s, "prospects", [{**p, "company_unknown": False, **stamps} for p in plan.new_prospects])
    # In hand-off order: near each other in the report's index.
    leads = sorted(plan.new_leads, key=lambda v: v["handoff_day"] or 0)
    with many_leads(s, len(leads)):
        _insert_many(s, "lead_events", [e for e in plan.new_events if e["lead_id"] in new])
        _insert_many(s, "leads", [{**LEAD_DEFAULTS, **v, **stamps} for v in leads])
    # Leads that change the same columns, in one statement each.
    alike: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for lead_id, changes in plan.lead_changes.items():
        names = tuple(changes)
        alike[names].append((*map(_stored, changes.values()), _stored(now), lead_id))
    for names, rows in alike.items():
        assignments = ", ".join(f"{name} = ?" for name in names)
        # A new revision (to send to the team) only when what the team shares of it changed:
        # milestones follow from the events, which sync themselves.
        shared = any(name in SHARED_FIELDS for name in names)
        revision = ", revision = revision + 1" if shared else ""
        conn.exec_driver_sql(f"UPDATE leads SET {assignments}{revision}, updated_at = ? WHERE id = ?", rows)
    _insert_many(s, "lead_events", [e for e in plan.new_events if e["lead_id"] not in new])


def _report(path: Path, read: _Read, plan: _Plan, *, applied: bool) -> LeadImportReport:
    return LeadImportReport(
        path=str(path),
        layout=read.layout,
        rows=tuple(plan.rows),
        applied=applied,
        problems=tuple(read.problems),
        notes=tuple(read.notes),
        skipped=tuple(read.skipped),
        values=tuple(sorted(read.values.values(), key=lambda v: (v.column, v.stage is None, -v.rows))),
        events_added=len(plan.new_events),
        events_dated_at_import=plan.dated_at_import,
        prospects_created=len(plan.new_prospects),
        linked_to_deals=plan.linked,
        readings=read.layout.readings if read.layout is not None else (),
    )
