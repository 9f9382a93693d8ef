"""Usage events: an asset viewed, shared or presented, by whom, from which device, for which
prospect or deal. Append-only: there is no way here to change or remove one; a mistake is
corrected by a new event. History from another tool is imported idempotently: each row has a
stable key, so importing the same file again adds nothing."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from collateral_app.domain.enums import HandOverAction
from collateral_app.domain.errors import InvalidEdit, UserError
from collateral_app.domain.sales import (
    CrmFormat,
    CsvLayout,
    DateOrder,
    EventSource,
    ImportReport,
    ImportRow,
    RowAction,
    UsageEvent,
    UsageKind,
)
from collateral_app.services.common.evidence import order_by_use
from collateral_app.services.common.tabular import (
    IGNORE,
    Table,
    fold,
    map_columns,
    parse_mapping,
    parse_timestamp,
    read_table,
)
from collateral_app.services.sales.base import SalesBase
from collateral_app.services.sales.deals import find_deal, find_prospect
from collateral_app.services.sales.records import usage_from_row
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetRow
from collateral_app.storage.sales_models import DealRow, ProspectRow, UsageEventRow, UserRow

log = logging.getLogger(__name__)

USAGE_FIELDS: dict[str, str] = {
    "asset_id": "the asset's id in this library",
    "asset_title": "the asset's title (exact, any case)",
    "file_name": "the asset's file name (exact, any case)",
    "user": "who used it (a name; a new profile is made for an unknown one)",
    "kind": "viewed, shared or presented",
    "timestamp": "when, ISO 8601 (2025-03-15T14:30:00Z)",
    "prospect": "the prospect's name",
    "deal_id": "the deal's CRM id",
}
USAGE_ALIASES: dict[str, str] = {
    "asset_id": "asset_id",
    "asset id": "asset_id",
    "asset": "asset_id",
    "asset_title": "asset_title",
    "asset title": "asset_title",
    "title": "asset_title",
    "file_name": "file_name",
    "file name": "file_name",
    "filename": "file_name",
    "file": "file_name",
    "user": "user",
    "user name": "user",
    "rep": "user",
    "who": "user",
    "kind": "kind",
    "action": "kind",
    "event": "kind",
    "timestamp": "timestamp",
    "time": "timestamp",
    "when": "timestamp",
    "occurred_at": "timestamp",
    "date": "timestamp",
    "prospect": "prospect",
    "account": "prospect",
    "company": "prospect",
    "deal_id": "deal_id",
    "deal id": "deal_id",
    "deal": "deal_id",
    "crm id": "deal_id",
}
KIND_WORDS: dict[str, UsageKind] = {
    "viewed": UsageKind.VIEWED,
    "view": UsageKind.VIEWED,
    "opened": UsageKind.VIEWED,
    "open": UsageKind.VIEWED,
    "preview": UsageKind.VIEWED,
    "previewed": UsageKind.VIEWED,
    "shared": UsageKind.SHARED,
    "share": UsageKind.SHARED,
    "sent": UsageKind.SHARED,
    "send": UsageKind.SHARED,
    "emailed": UsageKind.SHARED,
    "presented": UsageKind.PRESENTED,
    "present": UsageKind.PRESENTED,
    "presentation": UsageKind.PRESENTED,
    "shown": UsageKind.PRESENTED,
}
KEY_CHUNK = 500


# What each way of handing an asset over means for the feedback loop: opening it is a view;
# dragging, copying the file or the link puts it in front of a prospect. Showing the file in
# its folder is neither (the rep may still do anything with it).
HAND_OVER_KINDS: dict[HandOverAction, UsageKind | None] = {
    HandOverAction.OPEN: UsageKind.VIEWED,
    HandOverAction.SHOW_IN_FOLDER: None,
    HandOverAction.COPY_FILE: UsageKind.SHARED,
    HandOverAction.DRAG_OUT: UsageKind.SHARED,
    HandOverAction.COPY_LINK: UsageKind.SHARED,
}


def usage_kind_for(action: HandOverAction) -> UsageKind | None:
    """The event `AssetLibrary.hand_over(action)` should be logged as, if any."""
    return HAND_OVER_KINDS.get(action)


def parse_kind(value: str | UsageKind) -> UsageKind:
    kind = KIND_WORDS.get(str(value).strip().casefold())
    if kind is None:
        raise InvalidEdit(f"A usage is viewed, shared or presented; not “{value}”.")
    return kind


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """One event to write in a batch (the demo, a sync pull, an import)."""

    asset_id: str
    kind: UsageKind
    occurred_at: datetime
    user_id: str | None = None  # the current profile when None
    prospect_id: str | None = None
    deal_id: str | None = None


class UsageService(SalesBase):
    def assets_by_use(self, asset_ids: Sequence[str]) -> list[str]:
        """`asset_ids` in the library's "Most used" order (see `order_by_use`)."""
        with self.sessions() as s:
            return order_by_use(s, asset_ids, self.now())

    def record_usage(
        self,
        asset_id: str,
        kind: UsageKind | str,
        *,
        deal_id: str | None = None,
        prospect_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> UsageEvent:
        """Log one use. With a deal, the event is also the deal's prospect's; a preview is
        `viewed`, never `shared`."""
        wanted = parse_kind(kind)
        actor = self.actor()
        asset = self.library.get_asset(asset_id)
        with self.sessions.begin() as s:
            deal, prospect = self._deal_and_prospect(s, deal_id, prospect_id)
            row = UsageEventRow(
                id=new_id(),
                asset_id=asset.id,
                kind=wanted.value,
                user_id=actor.user.id,
                device_id=actor.device_id,
                occurred_at=_aware(occurred_at) if occurred_at else self.now(),
                prospect_id=prospect,
                deal_id=deal,
                source=self.source.value,
                recorded_at=self.now(),
            )
            s.add(row)
            s.flush()
            event = usage_from_row(row, actor.user.name)
        log.info("usage %s of %s (deal %s)", wanted.value, asset.id, deal)
        return event

    def record_usage_batch(self, records: Sequence[UsageRecord]) -> int:
        """Many events in one transaction; ids, prospects and deals are trusted to exist
        (the caller made or read them), so nothing is looked up per event."""
        actor = self.actor()
        now = self.now()
        rows = [
            {
                "id": new_id(),
                "asset_id": r.asset_id,
                "kind": r.kind.value,
                "user_id": r.user_id or actor.user.id,
                "device_id": actor.device_id,
                "occurred_at": _aware(r.occurred_at),
                "prospect_id": r.prospect_id,
                "deal_id": r.deal_id,
                "source": self.source.value,
                "import_key": None,
                "recorded_at": now,
            }
            for r in records
        ]
        if rows:
            with self.sessions.begin() as s:
                s.execute(insert(UsageEventRow), rows)
        return len(rows)

    def usage_for_asset(
        self, asset_id: str, *, since: datetime | None = None, limit: int = 200
    ) -> list[UsageEvent]:
        """An asset's events, newest first."""
        asset = self.library.get_asset(asset_id)
        query = (
            select(UsageEventRow, UserRow.name)
            .join(UserRow, UserRow.id == UsageEventRow.user_id)
            .where(UsageEventRow.asset_id == asset.id)
            .order_by(UsageEventRow.occurred_at.desc(), UsageEventRow.id)
            .limit(limit)
        )
        if since is not None:
            query = query.where(UsageEventRow.occurred_at >= since)
        with self.sessions() as s:
            return [usage_from_row(row, name) for row, name in s.execute(query).all()]

    def usage_for_deal(self, deal_id: str) -> list[UsageEvent]:
        """What reached the deal's prospect (with this deal or any other), oldest first."""
        with self.sessions() as s:
            deal = find_deal(s, deal_id)
            query = (
                select(UsageEventRow, UserRow.name)
                .join(UserRow, UserRow.id == UsageEventRow.user_id)
                .where(UsageEventRow.prospect_id == deal.prospect_id)
                .order_by(UsageEventRow.occurred_at, UsageEventRow.id)
            )
            return [usage_from_row(row, name) for row, name in s.execute(query).all()]

    def _deal_and_prospect(
        self, s: Session, deal_ref: str | None, prospect_ref: str | None
    ) -> tuple[str | None, str | None]:
        deal = find_deal(s, deal_ref) if deal_ref else None
        prospect = find_prospect(s, prospect_ref) if prospect_ref else None
        if deal is not None and prospect is not None and prospect.id != deal.prospect_id:
            raise InvalidEdit(f"Deal “{deal.name}” is with another prospect than “{prospect.name}”.")
        prospect_id = deal.prospect_id if deal is not None else prospect.id if prospect is not None else None
        return (deal.id if deal is not None else None), prospect_id

    # -- importing history -----------------------------------------------------------------
    def import_usage(
        self, path: Path, *, mapping: Mapping[str, str] | None = None, dry_run: bool = False
    ) -> ImportReport:
        """Usage history from another tool. Rows whose asset cannot be told exactly (by id,
        title or file name) are reported, never guessed; each row's key makes a second import
        of the same file add nothing."""
        table = read_table(Path(path))
        actor = self.actor()
        with self.sessions() as s:
            read = _read_usage(s, table, mapping or {})
        if read.problems or dry_run:
            with self.sessions() as s:
                plan = _plan_usage(s, read, actor.user.id)
            return _usage_report(path, read, plan, applied=False)
        try:
            with self.sessions.begin() as s:
                plan = _plan_usage(s, read, actor.user.id)
                _write_usage(s, plan, actor.device_id, self.now())
        except SQLAlchemyError as exc:
            log.exception("usage import of %s failed", path)
            raise UserError(
                f"Nothing was imported from {Path(path).name}: the library refused it ({exc})."
            ) from exc
        return _usage_report(path, read, plan, applied=True)

    @staticmethod
    def usage_mapping_from(pairs: Sequence[str]) -> dict[str, str]:
        return parse_mapping(pairs, [*USAGE_FIELDS, IGNORE])


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise InvalidEdit("A time without a zone is ambiguous.")
    return moment


@dataclass(slots=True)
class _Use:
    line: int
    asset_id: str
    title: str
    kind: UsageKind
    occurred_at: datetime
    user: str
    prospect: str
    deal_id: str | None  # ours
    deal_crm_id: str
    prospect_id: str | None  # when known from the deal or an existing prospect
    key: str


@dataclass(slots=True)
class _UsageRead:
    layout: CsvLayout
    uses: list[_Use]
    rejected: list[ImportRow]
    problems: list[str]


def _read_usage(s: Session, table: Table, explicit: Mapping[str, str]) -> _UsageRead:
    mapped = map_columns(table.header, USAGE_ALIASES, explicit)
    columns, names, ignored, problems = mapped.columns, mapped.names, mapped.ignored, list(mapped.problems)
    if not {"asset_id", "asset_title", "file_name"} & set(columns):
        problems.append("The file has no column naming the asset (asset_id, asset_title or file_name).")
    for name in ("kind", "timestamp"):
        if name not in columns:
            problems.append(f"The file has no column for {USAGE_FIELDS[name]} (call it {name} or use --map).")
    layout = CsvLayout(table.encoding, table.delimiter, CrmFormat.CSV, names, tuple(ignored), DateOrder.AUTO)
    read = _UsageRead(layout, [], [], problems)
    if problems:
        read.rejected = [ImportRow(line, RowAction.REJECTED, reason=problems[0]) for line, _ in table.rows]
        return read
    assets = _AssetNames(s)
    deals: dict[str, list[tuple[str, str, str]]] = {}
    for deal_id, crm_id, prospect_id, prospect_name in s.execute(
        select(DealRow.id, DealRow.crm_id, DealRow.prospect_id, ProspectRow.name)
        .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
        .where(DealRow.crm_id.is_not(None))
    ):
        deals.setdefault(crm_id or "", []).append((deal_id, prospect_id, prospect_name))
    prospects: dict[str, str] = {}
    for prospect_id, name in s.execute(
        select(ProspectRow.id, ProspectRow.name).order_by(ProspectRow.created_at)
    ):
        prospects.setdefault(fold(name), prospect_id)
    for line, cells in table.rows:
        if line in table.line_problems:
            read.rejected.append(ImportRow(line, RowAction.REJECTED, reason=table.line_problems[line]))
            continue

        def cell(name: str, cells: Sequence[str] = cells) -> str:
            index = columns.get(name)
            return " ".join(cells[index].split()) if index is not None and index < len(cells) else ""

        try:
            read.uses.append(_parse_use(line, cell, assets, deals, prospects))
        except ValueError as exc:
            title = cell("asset_title") or cell("file_name") or cell("asset_id")
            read.rejected.append(ImportRow(line, RowAction.REJECTED, title=title, reason=str(exc)))
    return read


class _AssetNames:
    """Live assets by id, title and file name, compared without case or accents."""

    def __init__(self, s: Session) -> None:
        self.ids: dict[str, str] = {}
        self.titles: dict[str, list[str]] = {}
        self.files: dict[str, list[str]] = {}
        rows = s.execute(
            select(AssetRow.id, AssetRow.title, AssetRow.file_name).where(AssetRow.deleted.is_(False))
        )
        for asset_id, title, file_name in rows:
            self.ids[asset_id] = title
            self.titles.setdefault(fold(title), []).append(asset_id)
            if file_name:
                self.files.setdefault(fold(file_name), []).append(asset_id)

    def find(self, cell: Callable[[str], str]) -> str:
        if cell("asset_id"):
            if cell("asset_id") in self.ids:
                return cell("asset_id")
            raise ValueError(f"no asset has the id “{cell('asset_id')}”")
        for name, index, what in (("asset_title", self.titles, "titled"), ("file_name", self.files, "named")):
            value = cell(name)
            if not value:
                continue
            found = index.get(fold(value), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise ValueError(f"{len(found)} assets are {what} “{value}”; give the asset_id instead")
            raise ValueError(f"no asset is {what} “{value}”")
        raise ValueError("the row names no asset")


def _parse_use(
    line: int,
    cell: Callable[[str], str],
    assets: _AssetNames,
    deals: Mapping[str, list[tuple[str, str, str]]],
    prospects: Mapping[str, str],
) -> _Use:
    asset_id = assets.find(cell)
    kind = KIND_WORDS.get(cell("kind").casefold())
    if kind is None:
        raise ValueError(f"kind “{cell('kind')}” is not viewed, shared or presented")
    occurred_at = parse_timestamp(cell("timestamp"))
    prospect = cell("prospect")
    deal_id: str | None = None
    prospect_id = prospects.get(fold(prospect)) if prospect else None
    crm_id = cell("deal_id")
    if crm_id:
        matches = deals.get(crm_id, [])
        if not matches:
            raise ValueError(f"no deal has the CRM id “{crm_id}” (import the CRM export first)")
        if len(matches) > 1:
            raise ValueError(f"CRM id “{crm_id}” is in more than one CRM's deals")
        deal_id, deal_prospect, deal_prospect_name = matches[0]
        if prospect and fold(prospect) != fold(deal_prospect_name):
            raise ValueError(f"deal {crm_id} is with {deal_prospect_name}, not “{prospect}”")
        prospect, prospect_id = deal_prospect_name, deal_prospect
    key_parts = [asset_id, fold(cell("user")), kind.value, occurred_at.isoformat(), fold(prospect), crm_id]
    key = hashlib.sha256("\x1f".join(key_parts).encode("utf-8")).hexdigest()
    return _Use(
        line=line,
        asset_id=asset_id,
        title=assets.ids[asset_id],
        kind=kind,
        occurred_at=occurred_at,
        user=cell("user"),
        prospect=prospect,
        deal_id=deal_id,
        deal_crm_id=crm_id,
        prospect_id=prospect_id,
        key=key,
    )


@dataclass(slots=True)
class _UsagePlan:
    rows: list[ImportRow] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    new_users: dict[str, dict[str, Any]] = field(default_factory=dict)  # folded name → row
    new_prospects: dict[str, dict[str, Any]] = field(default_factory=dict)


def _plan_usage(s: Session, read: _UsageRead, current_user: str) -> _UsagePlan:
    plan = _UsagePlan(rows=list(read.rejected))
    known: set[str] = set()
    keys = [u.key for u in read.uses]
    for start in range(0, len(keys), KEY_CHUNK):
        chunk = keys[start : start + KEY_CHUNK]
        known.update(s.scalars(select(UsageEventRow.import_key).where(UsageEventRow.import_key.in_(chunk))))
    users: dict[str, str] = {}
    for user_id, name in s.execute(select(UserRow.id, UserRow.name).order_by(UserRow.created_at)):
        users.setdefault(fold(name), user_id)
    first_line: dict[str, int] = {}
    for use in read.uses:
        if use.key in known:
            plan.rows.append(
                ImportRow(use.line, RowAction.UNCHANGED, title=use.title, notes=("already imported",))
            )
            continue
        if use.key in first_line:
            note = f"the same event as line {first_line[use.key]}"
            plan.rows.append(ImportRow(use.line, RowAction.UNCHANGED, title=use.title, notes=(note,)))
            continue
        first_line[use.key] = use.line
        user_id = current_user
        if use.user:
            user_id = users.get(fold(use.user)) or _new(
                plan.new_users, fold(use.user), {"name": use.user[:200], "role": "rep"}
            )
        prospect_id = use.prospect_id
        if use.prospect and prospect_id is None:
            prospect_id = _new(
                plan.new_prospects, fold(use.prospect), {"name": use.prospect[:300], "region": ""}
            )
        plan.events.append(
            {
                "id": new_id(),
                "asset_id": use.asset_id,
                "kind": use.kind.value,
                "user_id": user_id,
                "occurred_at": use.occurred_at,
                "prospect_id": prospect_id,
                "deal_id": use.deal_id,
                "source": EventSource.IMPORT.value,
                "import_key": use.key,
            }
        )
        plan.rows.append(ImportRow(use.line, RowAction.CREATED, crm_id=use.deal_crm_id, title=use.title))
    plan.rows.sort(key=lambda r: r.line)
    return plan


def _new(pending: dict[str, dict[str, Any]], key: str, values: dict[str, Any]) -> str:
    if key not in pending:
        pending[key] = {"id": new_id(), **values}
    return str(pending[key]["id"])


def _write_usage(s: Session, plan: _UsagePlan, device_id: str, now: datetime) -> None:
    stamps = {"created_at": now, "updated_at": now, "revision": 1}
    if plan.new_users:
        s.execute(insert(UserRow), [{**u, **stamps} for u in plan.new_users.values()])
    if plan.new_prospects:
        s.execute(insert(ProspectRow), [{**p, **stamps} for p in plan.new_prospects.values()])
    if plan.events:
        s.execute(
            insert(UsageEventRow), [{**e, "device_id": device_id, "recorded_at": now} for e in plan.events]
        )


def _usage_report(path: Path, read: _UsageRead, plan: _UsagePlan, *, applied: bool) -> ImportReport:
    return ImportReport(
        path=str(path),
        layout=read.layout,
        rows=tuple(plan.rows),
        applied=applied,
        problems=tuple(read.problems),
        prospects_created=tuple(p["name"] for p in plan.new_prospects.values()),
    )
