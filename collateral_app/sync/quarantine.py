"""Rows and facts set aside on this laptop: received from the team server but failing the
laptop's checks, or refused by the server when this laptop sent them. Each has its reason;
nothing is applied from here and nothing is dropped without a trace. A catalog row leaves
quarantine when a valid version of it arrives; anything leaves it when the team's admin
drops or fixes it on the server (`collateral team quarantine drop|fix`)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from collateral_app.domain.team import Quarantined
from collateral_app.storage.sync_models import SyncQuarantine

from .catalog import canonical

RECEIVED_CATALOG, RECEIVED_FACT, REFUSED = "catalog", "fact", "refused"
KEPT_BYTES = 64 * 1024  # of a huge document, what is kept to show


def set_aside(
    s: Session,
    source: str,
    kind: str,
    key: str,
    doc: Any,
    *,
    version: int | None,
    sent_by: str,
    reason: str,
    now: datetime,
) -> None:
    found = s.get(SyncQuarantine, (source, kind, str(key)[:200]))
    if found is None:
        found = SyncQuarantine(source=source, kind=kind, key=str(key)[:200], first_seen_at=now)
        s.add(found)
    text = doc if isinstance(doc, str) else canonical(doc)
    found.doc = text[:KEPT_BYTES]
    found.server_version = version
    found.sent_by = sent_by
    found.reason = reason
    found.last_seen_at = now


def release(s: Session, source: str, kind: str, key: str) -> None:
    s.execute(
        delete(SyncQuarantine).where(
            SyncQuarantine.source == source, SyncQuarantine.kind == kind, SyncQuarantine.key == key
        )
    )


def held_keys(s: Session, source: str) -> set[tuple[str, str]]:
    return set(
        s.execute(select(SyncQuarantine.kind, SyncQuarantine.key).where(SyncQuarantine.source == source))
    )


def count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(SyncQuarantine)) or 0)


def entries(s: Session) -> list[Quarantined]:
    rows = s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.first_seen_at, SyncQuarantine.key))
    return [
        Quarantined(
            source=r.source,
            kind=r.kind,
            key=r.key,
            title=_title(r.doc),
            reason=r.reason,
            sent_by=r.sent_by,
            first_seen_at=r.first_seen_at,
            last_seen_at=r.last_seen_at,
        )
        for r in rows
    ]


def _title(doc: str) -> str:
    try:
        value = json.loads(doc)
    except ValueError:
        return ""
    if not isinstance(value, dict):
        return ""
    for name in ("title", "name", "label", "text", "query"):
        if isinstance(value.get(name), str) and value[name].strip():
            return str(value[name]).strip()[:120]
    return ""
