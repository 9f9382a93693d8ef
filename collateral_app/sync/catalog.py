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
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, and_, delete, func, insert, inspect, select
from sqlalchemy.orm import Session

from collateral_app.blobs import is_content_address
from collateral_app.domain.enums import Dimension
from collateral_app.storage.base import Base
from collateral_app.storage.database import METADATA
from collateral_app.storage.lead_models import LeadRow
from collateral_app.storage.models import AssetPage, AssetRow, AssetTag, AssetTerm, Blob, TaxonomyValue
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    DealRow,
    PitchKitItemRow,
    PitchKitRow,
    ProspectRow,
    UserRow,
)

log = logging.getLogger(__name__)

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
    """One local transaction applying server documents: the page texts fetched with them,
    the ids known locally per table (to park rows whose references are not here yet, and to
    translate another laptop's copy of a CRM record to ours), rows already looked up, and the
    child rows (pages, terms, tags, kit items) written in bulk by `flush` at the end."""

    session: Session
    texts: Mapping[str, Pages] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    known: dict[str, set[str]] = field(default_factory=dict)
    rows: dict[tuple[type[Any], str], Any] = field(default_factory=dict)
    natural: dict[tuple[str, tuple[Any, ...]], Any] = field(default_factory=dict)
    children: dict[type[Any], dict[str, list[dict[str, Any]]]] = field(default_factory=dict)

    def local_id(self, kind: str, key: str) -> str:
        return self.aliases.get((kind, key), key)

    def exists(self, table: str, local_id: str) -> bool:
        return local_id in self._known(table)

    def remember(self, table: str, local_id: str) -> None:
        """A row written in this transaction (perhaps not flushed yet) exists from now on."""
        self._known(table).add(local_id)

    def _known(self, table: str) -> set[str]:
        if table not in self.known:
            model_table = METADATA.tables[table]
            id_column = next(iter(model_table.primary_key.columns))
            self.known[table] = set(self.session.scalars(select(id_column)))
        return self.known[table]

    def preload(self, model: type[Any], ids: Iterable[str]) -> None:
        """Look up many rows in one query; ids not found are remembered as absent."""
        wanted = [i for i in set(ids) if (model, i) not in self.rows]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = {r.id: r for r in self.session.scalars(select(model).where(model.id.in_(chunk)))}
            for i in chunk:
                self.rows[(model, i)] = found.get(i)

    def get(self, model: type[Any], local_id: str) -> Any | None:
        if (model, local_id) not in self.rows:
            self.rows[(model, local_id)] = self.session.get(model, local_id)
        return self.rows[(model, local_id)]

    def added(self, model: type[Any], row: Any) -> None:
        self.session.add(row)
        self.rows[(model, row.id)] = row

    def replace_children(
        self, model: type[Any], parent: str, parent_id: str, rows: list[dict[str, Any]], *, existed: bool
    ) -> None:
        if existed and parent_id not in self.children.get(model, {}):
            self.session.execute(delete(model).where(getattr(model, parent) == parent_id))
        self.children.setdefault(model, {})[parent_id] = rows

    def flush(self) -> None:
        self.session.flush()
        for model, by_parent in self.children.items():
            rows = [r for group in by_parent.values() for r in group]
            if rows:
                self.session.execute(insert(model), rows)
        self.children.clear()


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

    def find(self, ctx: WriteContext, local_id: str, doc: Doc) -> Any | None:
        row = ctx.get(self.model, local_id)
        if row is None and self.natural_key and all(doc.get(c) is not None for c in self.natural_key):
            natural = tuple(doc[c] for c in self.natural_key)
            row = ctx.natural.get((self.name, natural))
            if row is None:
                conditions = [getattr(self.model, c) == doc[c] for c in self.natural_key]
                row = ctx.session.scalar(select(self.model).where(*conditions))
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

    def to_docs(
        self, s: Session, rows: Sequence[Any], pages_out: dict[str, Pages] | None = None
    ) -> list[Doc]:
        """Documents of many rows (kinds with child rows read them in one query each)."""
        return [self.to_doc(s, row) for row in rows]

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        """Make the local row say what `doc` says (inserting it when `row` is None)."""
        values = {c: decode_value(self.model, c, self._translated(ctx, c, doc.get(c))) for c in self.columns}
        if row is None:
            row = self.model(id=local_id, **values)
            self._fill_new(row)
            ctx.added(self.model, row)
            ctx.remember(self.table, local_id)
            if self.natural_key and all(values.get(c) is not None for c in self.natural_key):
                ctx.natural[(self.name, tuple(values[c] for c in self.natural_key))] = row
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

    def find(self, ctx: WriteContext, local_id: str, doc: Doc) -> Any | None:
        key = (self.name, (doc["dimension"], doc["slug"]))
        if key not in ctx.natural:
            ctx.natural[key] = ctx.session.scalar(
                select(TaxonomyValue).where(
                    TaxonomyValue.dimension == doc["dimension"], TaxonomyValue.slug == doc["slug"]
                )
            )
        return ctx.natural[key]

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        if row is None:
            local_id = new_local_id()
        written = super().write(ctx, row, local_id, doc)
        ctx.natural[(self.name, (doc["dimension"], doc["slug"]))] = written
        return written


@dataclass(frozen=True)
class ProspectKind(Kind):
    """An account is the same record on every laptop that has it: by its CRM id when it has
    one, else by its name, the importer's own rule (CRM exports without account ids match
    accounts by name). Two reps' copies then share one local prospect, and what reached it
    from either counts for both."""

    def find(self, ctx: WriteContext, local_id: str, doc: Doc) -> Any | None:
        row = ctx.get(ProspectRow, local_id)
        if row is not None:
            return row
        natural = (self.name, (doc.get("crm_source"), doc.get("crm_id"), str(doc.get("name") or "").lower()))
        if natural in ctx.natural:
            return ctx.natural[natural]
        if doc.get("crm_source") and doc.get("crm_id"):
            match = and_(ProspectRow.crm_source == doc["crm_source"], ProspectRow.crm_id == doc["crm_id"])
        elif doc.get("name"):
            match = and_(
                ProspectRow.crm_id.is_(None), func.lower(ProspectRow.name) == str(doc["name"]).lower()
            )
        else:
            return None
        return ctx.session.scalar(select(ProspectRow).where(match).order_by(ProspectRow.created_at).limit(1))

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        written = super().write(ctx, row, local_id, doc)
        natural = (doc.get("crm_source"), doc.get("crm_id"), str(doc.get("name") or "").lower())
        ctx.natural[(self.name, natural)] = written
        return written


@dataclass(frozen=True)
class AssetKind(Kind):
    def to_doc(self, s: Session, row: Any) -> Doc:
        return self.to_docs(s, [row])[0]

    def to_docs(
        self, s: Session, rows: Sequence[Any], pages_out: dict[str, Pages] | None = None
    ) -> list[Doc]:
        # Columns, not entities: `write` replaces these rows with bulk statements.
        ids = [r.id for r in rows]
        terms: dict[str, dict[str, list[str]]] = {i: {d.value: [] for d in TERM_DIMENSIONS} for i in ids}
        tags: dict[str, list[str]] = {i: [] for i in ids}
        pages: dict[str, Pages] = {i: [] for i in ids}
        # Which pages were read by OCR travels beside the texts, not in them: the page lists
        # (and their fingerprints) stay as every version of the app reads them.
        ocr_pages: dict[str, list[int]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for asset_id, dimension, slug in s.execute(
                select(AssetTerm.asset_id, AssetTerm.dimension, AssetTerm.slug).where(
                    AssetTerm.asset_id.in_(chunk)
                )
            ):
                terms[asset_id].setdefault(dimension, []).append(slug)
            for asset_id, tag in s.execute(
                select(AssetTag.asset_id, AssetTag.tag).where(AssetTag.asset_id.in_(chunk))
            ):
                tags[asset_id].append(tag)
            for asset_id, number, kind, label, text, ocr in s.execute(
                select(
                    AssetPage.asset_id,
                    AssetPage.number,
                    AssetPage.kind,
                    AssetPage.label,
                    AssetPage.text,
                    AssetPage.ocr,
                )
                .where(AssetPage.asset_id.in_(chunk))
                .order_by(AssetPage.asset_id, AssetPage.number)
            ):
                pages[asset_id].append([number, kind, label, text])
                if ocr:
                    ocr_pages[asset_id].append(number)
        docs = []
        for row in rows:
            doc = super().to_doc(s, row)
            file = {c: getattr(row, c) for c in FILE_FIELDS}
            file["text_sha256"] = pages_fingerprint(pages[row.id])
            if ocr_pages[row.id]:
                file["ocr_pages"] = ocr_pages[row.id]
            if pages_out is not None and file["text_sha256"]:
                pages_out[file["text_sha256"]] = pages[row.id]
            doc["file"] = file
            for dimension, slugs in terms[row.id].items():
                doc[f"terms.{dimension}"] = sorted(slugs)
            doc["tags"] = sorted(tags[row.id])
            docs.append(doc)
        return docs

    def write(self, ctx: WriteContext, row: Any | None, local_id: str, doc: Doc) -> Any:
        s = ctx.session
        file = doc.get("file") or {}
        sha = file.get("blob_sha256")
        for name in ("blob_sha256", "text_sha256"):
            # A file's name in the library's store: never anything but a content address.
            if file.get(name) is not None and not is_content_address(file.get(name)):
                raise ValueError(f"asset {local_id}: {name} is not a content address")
        if sha and ctx.get(Blob, sha) is None:
            blob = Blob(sha256=sha, size_bytes=int(file.get("size_bytes") or 0), created_at=datetime.now(UTC))
            s.add(blob)
            s.flush()  # before the asset that names it: no relationship orders the two
            ctx.rows[(Blob, sha)] = blob
        existed = row is not None
        old_text = pages_fingerprint(local_pages(s, row.id)) if row is not None else None
        row = super().write(ctx, row, local_id, doc)
        for column in FILE_FIELDS:
            setattr(row, column, file.get(column, getattr(row, column, None)))
        if row.size_bytes is None:
            row.size_bytes = 0
        text_sha = file.get("text_sha256")
        if text_sha != old_text and (text_sha is None or text_sha in ctx.texts):
            pages = ctx.texts.get(text_sha, []) if text_sha else []
            ocr = set(file.get("ocr_pages") or [])
            ctx.replace_children(
                AssetPage,
                "asset_id",
                row.id,
                [
                    {
                        "asset_id": row.id,
                        "number": n,
                        "kind": k,
                        "label": label,
                        "text": text,
                        "ocr": n in ocr,
                    }
                    for n, k, label, text in pages
                ],
                existed=existed,
            )
        elif text_sha != old_text:
            log.warning("the text of asset %s did not come with it; its pages stay as they were", row.id)
        terms = [
            {"asset_id": row.id, "dimension": d.value, "slug": slug}
            for d in TERM_DIMENSIONS
            for slug in doc.get(f"terms.{d.value}") or []
        ]
        ctx.replace_children(AssetTerm, "asset_id", row.id, terms, existed=existed)
        tags = [{"asset_id": row.id, "tag": tag} for tag in doc.get("tags") or []]
        ctx.replace_children(AssetTag, "asset_id", row.id, tags, existed=existed)
        if existed:
            # Relationship collections loaded earlier in this session would hide the new rows.
            s.expire(row, ["pages", "terms", "tags"])
        return row


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
        existed = row is not None
        row = super().write(ctx, row, local_id, doc)
        items = [
            {"kit_id": row.id, "position": n, "asset_id": ctx.local_id("asset", asset_id)}
            for n, asset_id in enumerate(doc.get("items") or [])
        ]
        ctx.replace_children(PitchKitItemRow, "kit_id", row.id, items, existed=existed)
        return row


def new_local_id() -> str:
    from collateral_app.storage.base import new_id

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
            columns=(
                "name",
                "industry",
                "size",
                "region",
                "crm_source",
                "crm_id",
                "company_unknown",
                "created_at",
            ),
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
                "related_accounts",
                "created_at",
            ),
            references={"prospect_id": "prospect"},
            natural_key=("crm_source", "crm_id"),
            labels={"amount_minor": "Amount"},
        ),
        # A lead as marketing's CRM has it. Its stage events are facts (lead_events), and its
        # milestones are kept from them on each laptop, so they are not part of the document.
        Kind(
            "lead",
            LeadRow,
            "lead",
            rep_may_write=False,
            columns=(
                "name",
                "email",
                "company",
                "prospect_id",
                "owner",
                "source",
                "industry",
                "size",
                "region",
                "crm_source",
                "crm_id",
                "crm_stage",
                "created_on",
                "deal_id",
                "opportunity_id",
                "created_at",
            ),
            references={"prospect_id": "prospect", "deal_id": "deal"},
            natural_key=("crm_source", "crm_id"),
            labels={"crm_stage": "Status", "opportunity_id": "Opportunity", "deal_id": "Deal"},
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
