"""Turning stored rows into the frozen records services hand out."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import AssetStatus, Dimension, TextStatus
from collateral_app.domain.records import Asset
from collateral_app.storage.models import AssetRow, AssetTerm


def catalog_stamp(s: Session) -> tuple[Any, ...]:
    """Changes whenever the assets or their terms do, in one pass over `assets` and the last
    term row: any edit bumps an asset's revision (terms change only through edits), an
    import adds rows, a deletion (a tombstone) sets `deleted`. For caches of the catalog."""
    assets = s.execute(
        select(
            func.count(),
            func.total(AssetRow.revision),
            func.max(AssetRow.updated_at),
            func.total(AssetRow.deleted),
        )
    ).one()
    last_term: Any = func.max(literal_column("rowid"))
    return (*assets, s.scalar(select(last_term).select_from(AssetTerm)))


def asset_from_row(row: AssetRow, superseded_by: str | None = None) -> Asset:
    taxonomy: dict[Dimension, tuple[str, ...]] = {d: () for d in Dimension}
    for term in sorted(row.terms, key=lambda t: (t.dimension, t.slug)):
        dim = Dimension(term.dimension)
        taxonomy[dim] = (*taxonomy[dim], term.slug)
    if row.type:
        taxonomy[Dimension.TYPE] = (row.type,)
    return Asset(
        id=row.id,
        title=row.title,
        description=row.description,
        status=AssetStatus(row.status),
        type=row.type,
        taxonomy=taxonomy,
        tags=tuple(sorted(t.tag for t in row.tags)),
        owner=row.owner,
        language=row.language,
        file_name=row.file_name,
        media_type=row.media_type,
        blob_sha256=row.blob_sha256,
        size_bytes=row.size_bytes,
        url=row.url,
        page_count=row.page_count,
        text_status=TextStatus(row.text_status),
        text_reason=row.text_reason,
        metadata=json.loads(row.metadata_json or "{}"),
        published_on=row.published_on,
        review_by=row.review_by,
        expires_on=row.expires_on,
        supersedes_id=row.supersedes_id,
        superseded_by_id=superseded_by,
        source_path=row.source_path,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
