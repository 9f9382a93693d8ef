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
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
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
    WorkClock,
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
from collateral_app.storage.base import new_id
from collateral_app.storage.lead_models import LeadEventRow, LeadRow
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
    industries = taxonomy_slugs(s, Dimension.INDUSTRY)
    sizes = taxonomy_slugs(s, Dimension.SIZE)
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

        def cell(name: str, cells: Sequence[str] = cells) -> str:
            index = columns.get(name)
            return " ".join(cells[index].split()) if index is not None and index < len(cells) else ""

        crm_id = cell("crm_id")
        try:
            lead = _parse_row(line, cell, columns, orders, fmt, agreement, tz, industries, sizes, read)
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
    return read


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
    industries: Mapping[str, str],
    sizes: Mapping[str, str],
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
        values["industry"] = _industry(cell("industry"), industries) if cell("industry") else None
        if cell("industry") and values["industry"] is None:
            notes.append(f"industry “{cell('industry')}” is not in the taxonomy; left empty")
    if "size" in columns:
        values["size"] = _size(cell("size"), sizes) if cell("size") else None
        if cell("size") and values["size"] is None:
            notes.append(f"size “{cell('size')}” is not a known segment; left empty")
    moments: dict[str, datetime | None] = {}
    for name in DATE_FIELDS:
        if not cell(name):
            continue
        try:
            moments[name] = parse_moment(cell(name), orders.get(name, DateOrder.AUTO), tz)
        except ValueError as exc:
            label = LEAD_FIELDS[name].removeprefix("the ")
            raise ValueError(f"{label}: {exc}") from exc
    if "created_on" in columns:
        created = moments.get("created_on")
        values["created_on"] = created.astimezone(tz).date() if created else None
    crm_key = fmt.value
    reason = cell("reason")
    events: list[_Event] = []
    dated = {
        "mql_on": LeadStage.MQL,
        "worked_on": LeadStage.WORKED,
        "sql_on": LeadStage.SQL,
        "rejected_on": LeadStage.REJECTED,
        "converted_on": LeadStage.SQL,
    }
    for name, stage in dated.items():
        at = moments.get(name)
        if at is not None and not any(e.stage is stage for e in events):
            events.append(_Event(stage, at, reason if stage is LeadStage.REJECTED else ""))
    if fmt is CrmFormat.SALESFORCE and "mql_on" not in columns and moments.get("created_on"):
        events.append(_Event(LeadStage.MQL, moments["created_on"]))
    shown: list[str] = []
    for name in ("lifecycle", "status"):
        value = cell(name)
        if not value:
            continue
        shown.append(value)
        meaning = agreement.stage_of(crm_key, fold(value))
        key = (name, fold(value))
        known = read.values.get(key)
        read.values[key] = LeadValueReading(name, value, meaning, known.rows + 1 if known else 1)
        if meaning is not None and not any(e.stage is meaning for e in events):
            events.append(
                _Event(meaning, None, reason if meaning in (LeadStage.REJECTED, LeadStage.RECYCLED) else "")
            )
    converted = "converted" in columns and cell("converted") and parse_bool(cell("converted"))
    if converted and not any(e.stage is LeadStage.SQL for e in events):
        events.append(_Event(LeadStage.SQL, None))
    if any(e.stage in DECISIONS for e in events):
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


def _plan(
    s: Session, read: _Read, source: str, now: datetime, file_name: str, stamp: Mapping[str, str]
) -> _Plan:
    clock = report_clock(s)
    plan = _Plan(rows=list(read.rejected), clock=clock)
    if not read.leads:
        plan.rows.sort(key=lambda r: r.line)
        return plan
    existing: dict[str, LeadRow] = {}
    ids = [lead.crm_id for lead in read.leads]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for found in s.scalars(
            select(LeadRow).where(LeadRow.crm_source == source, LeadRow.crm_id.in_(chunk))
        ):
            existing[found.crm_id or ""] = found
    stages_of: dict[str, dict[str, set[datetime]]] = defaultdict(lambda: defaultdict(set))
    known_ids = [found.id for found in existing.values()]
    for start in range(0, len(known_ids), CHUNK):
        chunk = known_ids[start : start + CHUNK]
        for lead_id, stage, at in s.execute(
            select(LeadEventRow.lead_id, LeadEventRow.stage, LeadEventRow.at).where(
                LeadEventRow.lead_id.in_(chunk)
            )
        ):
            stages_of[lead_id][stage].add(at)
    prospects: dict[str, str] = {}
    for prospect_id, name in s.execute(
        select(ProspectRow.id, ProspectRow.name).order_by(ProspectRow.created_at)
    ):
        prospects.setdefault(fold(name), prospect_id)
    opportunity_ids = sorted({str(lead.values.get("opportunity_id")) for lead in read.leads} - {"", "None"})
    deals: dict[str, str] = {}
    for start in range(0, len(opportunity_ids), CHUNK):
        chunk = opportunity_ids[start : start + CHUNK]
        for deal_id, crm_id in s.execute(select(DealRow.id, DealRow.crm_id).where(DealRow.crm_id.in_(chunk))):
            deals[crm_id or ""] = deal_id
    for lead in read.leads:
        values = dict(lead.values)
        company = str(values.get("company") or "")
        if "company" in values:
            values["prospect_id"] = _prospect(company, values, prospects, plan) if company else None
        if "opportunity_id" in values:
            values["deal_id"] = deals.get(str(values["opportunity_id"])) if values["opportunity_id"] else None
        row = existing.get(lead.crm_id)
        lead_id = row.id if row is not None else new_id()
        seen = stages_of[lead_id] if row is not None else defaultdict(set)
        milestones = {name: getattr(row, name) for name in MILESTONE_COLUMNS} if row is not None else {}
        added: list[str] = []
        for event in lead.events:
            if event.at is None and seen[event.stage.value]:
                continue
            if event.at is None and event.stage is LeadStage.WORKED and any(seen[d.value] for d in DECISIONS):
                continue
            if event.at is not None and event.at in seen[event.stage.value]:
                continue
            at = event.at or now
            seen[event.stage.value].add(at)
            dated = HowDated.CRM if event.at is not None else HowDated.IMPORT
            plan.dated_at_import += dated is HowDated.IMPORT
            plan.new_events.append(
                {
                    "id": new_id(),
                    "lead_id": lead_id,
                    "stage": event.stage.value,
                    "at": at,
                    "dated": dated.value,
                    "import_file": file_name[:300],
                    "reason": event.reason,
                    "recorded_at": now,
                    **stamp,
                    "source": EventSource.IMPORT.value,
                }
            )
            milestones = milestones_after(milestones, event.stage, at)
            added.append(event.stage.label)
        plan.linked += bool(values.get("deal_id")) and (row is None or row.deal_id != values.get("deal_id"))
        title = str(values.get("name") or (row.name if row is not None else ""))
        if row is None:
            plan.new_leads.append(
                {
                    "id": lead_id,
                    "crm_source": source,
                    "crm_id": lead.crm_id[:200],
                    **{name: None for name in MILESTONE_COLUMNS},
                    **values,
                    **milestones,
                    **report_values(clock, milestones),
                }
            )
            plan.rows.append(
                ImportRow(lead.line, RowAction.CREATED, lead.crm_id, title, notes=tuple(lead.notes))
            )
            continue
        changes = {k: v for k, v in values.items() if getattr(row, k) != v}
        moved = {k: v for k, v in milestones.items() if getattr(row, k) != v}
        if moved:
            changes.update(moved)
            report = report_values(clock, milestones)
            changes.update({k: v for k, v in report.items() if getattr(row, k) != v})
        if changes:
            plan.lead_changes[row.id] = changes
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


def _prospect(company: str, values: Mapping[str, Any], prospects: dict[str, str], plan: _Plan) -> str:
    key = fold(company)
    found = prospects.get(key)
    if found is not None:
        return found
    prospect_id = new_id()
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
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _insert_many(s: Session, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Many rows of the same columns in one executemany, straight to the driver: an import's
    tens of thousands of leads and events without building parameters row by row."""
    if not rows:
        return
    names = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    s.connection().exec_driver_sql(sql, [tuple(_stored(row[n]) for n in names) for row in rows])


def _write(s: Session, plan: _Plan, now: datetime) -> None:
    if plan.clock is not None:
        stamp_zone(s, plan.clock)
    stamps = {"revision": 1, "created_at": now, "updated_at": now}
    _insert_many(s, "prospects", [{**p, "company_unknown": False, **stamps} for p in plan.new_prospects])
    _insert_many(s, "leads", [{**LEAD_DEFAULTS, **v, **stamps} for v in plan.new_leads])
    for lead_id, changes in plan.lead_changes.items():
        s.execute(
            update(LeadRow)
            .where(LeadRow.id == lead_id)
            .values(**changes, revision=LeadRow.revision + 1, updated_at=now)
        )
    _insert_many(s, "lead_events", plan.new_events)


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
