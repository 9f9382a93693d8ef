"""Catalog rows as documents, and the three-way merge of edits made on two laptops.

A document is a flat JSON object: one entry per field a person edits as a unit (an asset's
title, its industries, its tags, its file with the text read from it), so two people who
change different fields of one row both keep their change, and two who change the same
field to different values get a conflict they can see. `updated_at` is not part of it: the
laptops' clocks decide nothing.

Each kind names its fields and what they refer to; adding a kind is one `Kind` here."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, and_, delete, func, insert, inspect, select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.storage.models import AssetPage, AssetRow, AssetTag, AssetTerm, Base, Blob, TaxonomyValue
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    DealRow,
    PitchKitItemRow,
    PitchKitRow,
    ProspectRow,
    UserRow,
)

Doc = dict[str, Any]
Pages = list[list[Any]]  # [[number, kind, label, text], ...]

TERM_DIMENSIONS = tuple(d for d in Dimension if d is not Dimension.TYPE)
FILE_FIELDS = (
    "file_name",
    "media_type",
    "blob_sha256",
    "size_bytes",
    "page_count",
    "text_status",
    "text_reason",
    "metadata_json",
)


def canonical(doc: object) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def encode_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode_value(model: type[Base], column: str, value: object) -> object:
    if value is None:
        return None
    column_type = inspect(model).columns[column].type
    if isinstance(column_type, Date):
        return date.fromisoformat(str(value))
    if column_type.__class__.__name__ == "UTCDateTime":
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return value


def pages_fingerprint(pages: Pages) -> str | None:
    return hashlib.sha256(canonical(pages).encode()).hexdigest() if pages else None


@dataclass
class WriteContext:
    """What writing pulled documents needs beyond the session: page texts fetched with them,
    and the ids already known locally per table (for parking rows whose references are not
    here yet, and for translating another laptop's copy of a CRM record to ours)."""

    session: Session
    texts: Mapping[str, Pages] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    known: dict[str, set[str]] = field(default_factory=dict)

    def local_id(self, kind: str, key: str) -> str:
        return self.aliases.get((kind, key), key)

    def exists(self, table: str, local_id: str) -> bool:
        if table not in self.known:
            model_table = Base.metadata.tables[table]
            id_column = next(iter(model_table.primary_key.columns))
            self.known[table] = set(self.session.scalars(select(id_column)))
        return local_id in self.known[table]

    def remember(self, table: str, local_id: str) -> None:
        if table in self.known:
            self.known[table].add(local_id)


@dataclass(frozen=True)
class Kind:
    name: str
    model: type[Any]
    label: str
    rep_may_write: bool
    columns: tuple[str, ...]  # fields that are plain columns of the model
    references: Mapping[str, str] = field(default_factory=dict)  # doc field → kind it names
    natural_key: tuple[str, ...] = ()  # columns whose equal values mean "the same record"
    title_field: str = "name"
    labels: Mapping[str, str] = field(default_factory=dict)

    # -- identity ------------------------------------------------------------------------
    def key_of(self, row: Any) -> str:
        return str(row.id)

    def find(self, s: Session, local_id: str, doc: Doc) -> Any | None:
        row = s.get(self.model, local_id)
        if row is None and self.natural_key and all(doc.get(c) is not None for c in self.natural_key):
            conditions = [getattr(self.model, c) == doc[c] for c in self.natural_key]
            row = s.scalar(select(self.model).where(*conditions))
        return row

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def title(self, doc: Doc) -> str:
        return str(doc.get(self.title_field) or "")[:120]

    def field_label(self, name: str) -> str:
        if name in self.labels:
            return self.labels[name]
        if name.startswith("terms."):
            return name.split(".", 1)[1].capitalize()
        return name.replace("_", " ").capitalize()

    # -- documents -----------------------------------------------------------------------
    def to_doc(self, s: Session, row: Any) -> Doc:
        return {c: encode_value(getattr(row, c)) for c in self.columns}

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        """Make the local row say what `doc` says (inserting it when `row` is None)."""
        values = {c: decode_value(self.model, c, self._translated(ctx, c, doc.get(c))) for c in self.columns}
        if row is None:
            row = self.model(id=local_id, **values)
            self._fill_new(row)
            ctx.session.add(row)
            ctx.remember(self.table, local_id)
        else:
            for column, value in values.items():
                setattr(row, column, value)
        return row

    def _translated(self, ctx: WriteContext, column: str, value: Any) -> Any:
        target = self.references.get(column)
        if target is None or value is None:
            return value
        if isinstance(value, list):
            return [ctx.local_id(target, v) for v in value]
        return ctx.local_id(target, value)

    def _fill_new(self, row: Any) -> None:
        now = datetime.now(UTC)
        if hasattr(row, "created_at") and row.created_at is None:
            row.created_at = now
        if hasattr(row, "updated_at"):
            row.updated_at = now

    def missing_references(self, ctx: WriteContext, doc: Doc) -> list[str]:
        missing = []
        for name, target in self.references.items():
            value = doc.get(name)
            values = value if isinstance(value, list) else [value]
            target_kind = KINDS[target]
            for item in values:
                if item is not None and not ctx.exists(target_kind.table, ctx.local_id(target, item)):
                    missing.append(f"{target} {item}")
        return missing


@dataclass(frozen=True)
class TaxonomyKind(Kind):
    """Keyed by dimension and slug, not by id: every laptop seeds the same defaults under ids
    of its own, and a value marketing adds on two laptops is one value."""

    def key_of(self, row: Any) -> str:
        return f"{row.dimension}/{row.slug}"

    def find(self, s: Session, local_id: str, doc: Doc) -> Any | None:
        return s.scalar(
            select(TaxonomyValue).where(
                TaxonomyValue.dimension == doc["dimension"], TaxonomyValue.slug == doc["slug"]
            )
        )

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        if row is None:
            local_id = new_local_id()
        return super().write(ctx, row, local_id, doc)


@dataclass(frozen=True)
class ProspectKind(Kind):
    """An account is the same record on every laptop that has it: by its CRM id when it has
    one, else by its name, the importer's own rule (CRM exports without account ids match
    accounts by name). Two reps' copies then share one local prospect, and what reached it
    from either counts for both."""

    def find(self, s: Session, local_id: str, doc: Doc) -> Any | None:
        row = s.get(ProspectRow, local_id)
        if row is not None:
            return row
        if doc.get("crm_source") and doc.get("crm_id"):
            match = and_(ProspectRow.crm_source == doc["crm_source"], ProspectRow.crm_id == doc["crm_id"])
        elif doc.get("name"):
            match = and_(
                ProspectRow.crm_id.is_(None), func.lower(ProspectRow.name) == str(doc["name"]).lower()
            )
        else:
            return None
        return s.scalar(select(ProspectRow).where(match).order_by(ProspectRow.created_at).limit(1))


@dataclass(frozen=True)
class AssetKind(Kind):
    def to_doc(self, s: Session, row: Any) -> Doc:
        doc = super().to_doc(s, row)
        doc["file"] = self._file(s, row)
        # Columns, not entities: `write` replaces these rows with bulk statements.
        terms: dict[str, list[str]] = {d.value: [] for d in TERM_DIMENSIONS}
        for dimension, slug in s.execute(
            select(AssetTerm.dimension, AssetTerm.slug).where(AssetTerm.asset_id == row.id)
        ):
            terms.setdefault(dimension, []).append(slug)
        for dimension, slugs in terms.items():
            doc[f"terms.{dimension}"] = sorted(slugs)
        doc["tags"] = sorted(s.scalars(select(AssetTag.tag).where(AssetTag.asset_id == row.id)))
        return doc

    def _file(self, s: Session, row: Any) -> Doc:
        file = {c: getattr(row, c) for c in FILE_FIELDS}
        file["text_sha256"] = pages_fingerprint(local_pages(s, row.id))
        return file

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        s = ctx.session
        file = doc.get("file") or {}
        sha = file.get("blob_sha256")
        if sha and s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size_bytes=int(file.get("size_bytes") or 0), created_at=datetime.now(UTC)))
            s.flush()
        old_text = pages_fingerprint(local_pages(s, row.id)) if row is not None else None
        row = super().write(ctx, row, local_id, doc)
        for column in FILE_FIELDS:
            setattr(row, column, file.get(column, getattr(row, column, None)))
        if row.size_bytes is None:
            row.size_bytes = 0
        s.flush()
        text_sha = file.get("text_sha256")
        if text_sha != old_text:
            s.execute(delete(AssetPage).where(AssetPage.asset_id == row.id))
            pages = ctx.texts.get(text_sha, []) if text_sha else []
            _insert(
                s,
                AssetPage,
                [
                    {"asset_id": row.id, "number": n, "kind": kind, "label": label, "text": text}
                    for n, kind, label, text in pages
                ],
            )
        s.execute(delete(AssetTerm).where(AssetTerm.asset_id == row.id))
        _insert(
            s,
            AssetTerm,
            [
                {"asset_id": row.id, "dimension": d.value, "slug": slug}
                for d in TERM_DIMENSIONS
                for slug in doc.get(f"terms.{d.value}") or []
            ],
        )
        s.execute(delete(AssetTag).where(AssetTag.asset_id == row.id))
        _insert(s, AssetTag, [{"asset_id": row.id, "tag": tag} for tag in doc.get("tags") or []])
        # Relationship collections loaded earlier in this session would hide the rows above.
        s.expire(row, ["pages", "terms", "tags"])
        return row

    def text_needed(self, doc: Doc) -> str | None:
        file = doc.get("file") or {}
        sha = file.get("text_sha256")
        return str(sha) if sha else None


@dataclass(frozen=True)
class KitKind(Kind):
    def to_doc(self, s: Session, row: Any) -> Doc:
        doc = super().to_doc(s, row)
        doc["items"] = list(
            s.scalars(
                select(PitchKitItemRow.asset_id)
                .where(PitchKitItemRow.kit_id == row.id)
                .order_by(PitchKitItemRow.position)
            )
        )
        return doc

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        row = super().write(ctx, row, local_id, doc)
        ctx.session.flush()
        ctx.session.execute(delete(PitchKitItemRow).where(PitchKitItemRow.kit_id == row.id))
        _insert(
            ctx.session,
            PitchKitItemRow,
            [
                {"kit_id": row.id, "position": n, "asset_id": ctx.local_id("asset", asset_id)}
                for n, asset_id in enumerate(doc.get("items") or [])
            ],
        )
        return row


def _insert(s: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        s.execute(insert(model), rows)


def new_local_id() -> str:
    from collateral_app.storage.models import new_id

    return new_id()


def local_pages(s: Session, asset_id: str) -> Pages:
    query = (
        select(AssetPage.number, AssetPage.kind, AssetPage.label, AssetPage.text)
        .where(AssetPage.asset_id == asset_id)
        .order_by(AssetPage.number)
    )
    return [list(r) for r in s.execute(query)]


# Order matters when a sync pushes: what others refer to goes first.
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        TaxonomyKind(
            "taxonomy",
            TaxonomyValue,
            "taxonomy value",
            rep_may_write=False,
            columns=("dimension", "slug", "label", "description", "position", "deleted"),
            title_field="label",
        ),
        Kind("user", UserRow, "profile", rep_may_write=True, columns=("name", "role", "created_at")),
        ProspectKind(
            "prospect",
            ProspectRow,
            "prospect",
            rep_may_write=True,
            columns=("name", "industry", "size", "region", "crm_source", "crm_id", "created_at"),
        ),
        Kind(
            "deal",
            DealRow,
            "deal",
            rep_may_write=True,
            columns=(
                "prospect_id",
                "name",
                "owner",
                "stage",
                "crm_stage",
                "amount_minor",
                "currency",
                "created_on",
                "close_date",
                "outcome",
                "crm_source",
                "crm_id",
                "created_at",
            ),
            references={"prospect_id": "prospect"},
            natural_key=("crm_source", "crm_id"),
            labels={"amount_minor": "Amount"},
        ),
        AssetKind(
            "asset",
            AssetRow,
            "asset",
            rep_may_write=False,
            columns=(
                "title",
                "description",
                "status",
                "type",
                "owner",
                "language",
                "url",
                "published_on",
                "review_by",
                "expires_on",
                "supersedes_id",
                "deleted",
                "created_at",
            ),
            references={"supersedes_id": "asset"},
            title_field="title",
            labels={"supersedes_id": "Supersedes", "url": "Link"},
        ),
        Kind(
            "content_request",
            ContentRequestRow,
            "content request",
            rep_may_write=True,
            columns=(
                "text",
                "stage",
                "persona",
                "industry",
                "size",
                "product",
                "deal_id",
                "requester_id",
                "status",
                "asset_id",
                "decline_reason",
                "created_at",
            ),
            references={"deal_id": "deal", "requester_id": "user", "asset_id": "asset"},
            title_field="text",
            labels={"asset_id": "Delivered asset", "deal_id": "Deal", "requester_id": "Requested by"},
        ),
        KitKind(
            "pitch_kit",
            PitchKitRow,
            "pitch kit",
            rep_may_write=True,
            columns=("name", "deal_id", "created_by", "deleted", "created_at"),
            references={"deal_id": "deal", "created_by": "user", "items": "asset"},
            labels={"items": "Assets"},
        ),
    )
}
KIND_OF_TABLE = {k.table: k for k in KINDS.values()}


@dataclass(frozen=True, slots=True)
class Merge:
    doc: Doc
    conflicts: tuple[str, ...]  # fields; "deleted" for an edit that met a delete


def merge(base: Doc | None, mine: Doc, theirs: Doc) -> Merge:
    """Field by field: a field only one side changed takes that side's value; a field both
    changed to the same value is agreed; one both changed differently is a conflict, with the
    server's value in effect. Without a base every difference is a conflict. An edit on one
    side and a delete on the other is a conflict of its own: the server's side is in effect
    and the other side's whole document is kept with the conflict."""
    if base is not None and bool(mine.get("deleted")) != bool(theirs.get("deleted")):
        keeping = theirs if mine.get("deleted") else mine
        if any(keeping.get(f) != base.get(f) for f in (set(keeping) | set(base)) - {"deleted"}):
            return Merge(dict(theirs), ("deleted",))
    merged: Doc = {}
    conflicts: list[str] = []
    for name in sorted(set(mine) | set(theirs) | set(base or {})):
        m, t = mine.get(name), theirs.get(name)
        if m == t or (base is not None and m == base.get(name)):
            merged[name] = t
        elif base is not None and t == base.get(name):
            merged[name] = m
        else:
            merged[name] = t
            conflicts.append(name)
    return Merge(merged, tuple(conflicts))


def describe(kind: Kind, name: str, value: object) -> str:
    """A field's value as the conflict screen shows it."""
    if name == "deleted":
        return "deleted" if value else "kept"
    if isinstance(value, dict):
        if "file_name" in value:
            return str(value.get("file_name") or "no file")
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "—"
    if value is None or value == "":
        return "—"
    if name == "amount_minor" and isinstance(value, int):
        return f"{value / 100:,.2f}"
    return str(value)


def kinds_in_push_order(names: Iterable[str] | None = None) -> Sequence[Kind]:
    wanted = set(names) if names is not None else set(KINDS)
    return [k for k in KINDS.values() if k.name in wanted]
