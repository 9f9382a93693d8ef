"""Valid team documents for tests that talk SQL to the server directly: each has what the
server's checks require of its kind, so a test changes only the field it is about."""

from __future__ import annotations

import json
from typing import Any

MOMENT = "2026-12-01T09:00:00+00:00"


def profile(name: str, role: str = "rep", **changes: Any) -> str:
    return json.dumps({"name": name, "role": role, "created_at": MOMENT, **changes})


def deal(name: str, prospect_id: str = "prospect-1", **changes: Any) -> str:
    doc = {
        "prospect_id": prospect_id,
        "name": name,
        "owner": "",
        "stage": None,
        "crm_stage": "",
        "amount_minor": None,
        "currency": "EUR",
        "created_on": None,
        "close_date": None,
        "outcome": "open",
        "crm_source": None,
        "crm_id": None,
        "related_accounts": "[]",
        "created_at": MOMENT,
    }
    return json.dumps({**doc, **changes})


def fact(kind: str, fact_id: str, user_id: str | None, device_id: str = "device-1", **changes: Any) -> str:
    """A fact of `kind` as a laptop sends it (user_id None leaves the field out)."""
    base: dict[str, Any] = {
        "usage_events": {
            "asset_id": "asset-1",
            "kind": "viewed",
            "occurred_at": MOMENT,
            "prospect_id": None,
            "deal_id": None,
            "source": "app",
            "import_key": None,
            "recorded_at": MOMENT,
        },
        "feedback": {
            "asset_id": "asset-1",
            "deal_id": "deal-1",
            "verdict": "helped_win",
            "rating": 4,
            "comment": "",
            "source": "app",
            "created_at": MOMENT,
        },
        "request_events": {
            "request_id": "request-1",
            "status": "open",
            "at": MOMENT,
            "asset_id": None,
            "reason": "",
        },
    }[kind]
    doc: dict[str, Any] = {"id": fact_id, **base, "device_id": device_id}
    if user_id is not None:
        doc["user_id"] = user_id
    doc.update(changes)
    return json.dumps({k: v for k, v in doc.items() if v is not ...})
