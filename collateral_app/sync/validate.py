"""What a laptop checks in every row and fact it receives, before it stores anything: the
server refuses what it can, but a laptop never trusts it to (an older server, a superuser's
hand edit, a rule the server does not know). Each check is on one row alone and answers
with the reason in words, or None; a row with a reason is set aside in quarantine and the
rest of the sync goes on.

The rules come from the local tables themselves (a column that may not be NULL is required,
a date column needs a date) plus the few value sets the app knows (roles, verdicts,
statuses), so a new column is checked without a new rule here."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Table

from collateral_app.blobs import is_content_address
from collateral_app.domain.enums import Dimension
from collateral_app.domain.leads import HowDated, LeadStage
from collateral_app.domain.sales import EventSource, Outcome, RequestStatus, Role, UsageKind, Verdict

from .catalog import FILE_FIELDS, Kind, Pages, pages_fingerprint

MAX_KEY = 200  # sync_catalog_base.key
MAX_ID = 64  # sync_fact_marks.fact_id

# Columns whose values are one of a known set: (table, column) → allowed values.
CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("users", "role"): frozenset(r.value for r in Role),
    ("deals", "outcome"): frozenset(o.value for o in Outcome),
    ("content_requests", "status"): frozenset(s.value for s in RequestStatus),
    ("taxonomy_values", "dimension"): frozenset(d.value for d in Dimension),
    ("usage_events", "kind"): frozenset(k.value for k in UsageKind),
    ("usage_events", "source"): frozenset(s.value for s in EventSource),
    ("feedback", "verdict"): frozenset(v.value for v in Verdict),
    ("feedback", "source"): frozenset(s.value for s in EventSource),
    ("request_events", "status"): frozenset(s.value for s in RequestStatus),
    ("lead_events", "stage"): frozenset(s.value for s in LeadStage),
    ("lead_events", "dated"): frozenset(h.value for h in HowDated),
    ("lead_events", "source"): frozenset(s.value for s in EventSource),
}
# Whole-number columns with a range: (table, column) → (lowest, highest).
RANGES: dict[tuple[str, str], tuple[int, int]] = {("feedback", "rating"): (1, 5)}
# Filled on the laptop when a row is first written, so a document may leave them out.
FILLED_HERE = frozenset({"created_at", "updated_at"})


def check_catalog_row(kind: Kind, key: str, doc: Any) -> str | None:
    """Why this server row cannot be stored here, or None."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY:
        return f"its key is not a name of at most {MAX_KEY} characters"
    if not isinstance(doc, dict):
        return "it is not a JSON object"
    table: Table = kind.model.__table__
    problem = _check_columns(table, kind.columns, doc, required=not doc.get("deleted"))
    if problem:
        return problem
    for name in kind.references:
        value = doc.get(name)
        values = value if isinstance(value, list) else [value]
        if name in kind.columns or name == "items":
            if isinstance(value, list) and name in kind.columns:
                return f"“{name}” is a list, not one reference"
            if name == "items" and value is not None and not isinstance(value, list):
                return "“items” is not a list"
            if any(v is not None and (not isinstance(v, str) or not v or len(v) > MAX_KEY) for v in values):
                return f"“{name}” names no record"
    if kind.name == "taxonomy" and key != f"{doc.get('dimension')}/{doc.get('slug')}":
        return "its key is not its dimension and slug"
    if kind.name == "asset":
        return _check_asset(doc)
    return None


def _check_asset(doc: Mapping[str, Any]) -> str | None:
    file = doc.get("file")
    if file is None:
        file = {}
    if not isinstance(file, dict):
        return "its “file” is not a JSON object"
    for name in ("blob_sha256", "text_sha256"):
        value = file.get(name)
        if value is not None and not is_content_address(value):
            return f"its file's {name} “{str(value)[:80]}” is not a content address (64 hex digits)"
    table: Table = inspect_table("assets")
    problem = _check_columns(table, FILE_FIELDS, file, required=False, where="its file's ")
    if problem:
        return problem
    if isinstance(file.get("size_bytes"), int) and file["size_bytes"] < 0:
        return "its file's size is negative"
    pages = file.get("ocr_pages")
    if pages is not None and not (isinstance(pages, list) and all(_is_int(p) for p in pages)):
        return "its file's OCR pages are not page numbers"
    for name, value in doc.items():
        words = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if (name.startswith("terms.") or name == "tags") and value is not None and not words:
            return f"“{name}” is not a list of words"
    return None


def check_pages(text_sha256: str, pages: Any) -> bool:
    """The page texts fetched for an asset are the ones its fingerprint names."""
    if not isinstance(pages, list) or not all(
        isinstance(p, list) and len(p) == 4 and _is_int(p[0]) and all(isinstance(x, str) for x in p[1:])
        for p in pages
    ):
        return False
    typed: Pages = pages
    return pages_fingerprint(typed) == text_sha256


def check_fact(table: Table, fact_id: Any, doc: Any) -> str | None:
    """Why this fact cannot be stored here, or None."""
    if not isinstance(fact_id, str) or not fact_id or len(fact_id) > MAX_ID:
        return f"its id is not a name of at most {MAX_ID} characters"
    if not isinstance(doc, dict):
        return "it is not a JSON object"
    if doc.get("id") != fact_id:
        return "the id inside it is not the id it was sent under"
    columns = tuple(c.name for c in table.columns if c.name != "id")
    return _check_columns(table, columns, doc, required=True)


def _check_columns(
    table: Table, columns: tuple[str, ...], doc: Mapping[str, Any], *, required: bool, where: str = ""
) -> str | None:
    for name in columns:
        if name not in table.c:
            continue
        column = table.c[name]
        value = doc.get(name)
        if value is None:
            has_default = column.default is not None or column.server_default is not None
            if (
                required
                and not column.nullable
                and name not in FILLED_HERE
                and not (name not in doc and has_default)
            ):
                return f"{where}“{name}” is missing"
            continue
        problem = _check_value(column.type, value)
        if problem:
            return f"{where}“{name}” {problem}"
        allowed = CHOICES.get((table.name, name))
        if allowed is not None and value not in allowed:
            return f"{where}“{name}” is “{str(value)[:40]}”, not one of {', '.join(sorted(allowed))}"
        bounds = RANGES.get((table.name, name))
        if bounds is not None and not bounds[0] <= value <= bounds[1]:
            return f"{where}“{name}” is {value}, outside {bounds[0]}–{bounds[1]}"
    return None


def _check_value(column_type: Any, value: Any) -> str | None:
    if isinstance(column_type, Boolean):
        return None if isinstance(value, bool) else "is not true or false"
    if isinstance(column_type, Integer):
        return None if _is_int(value) else "is not a whole number"
    if isinstance(column_type, Date):
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return "is not a date"
        return None if isinstance(value, str) else "is not a date"
    if column_type.__class__.__name__ == "UTCDateTime":
        try:
            datetime.fromisoformat(str(value))
        except ValueError:
            return "is not a moment in time"
        return None if isinstance(value, str) else "is not a moment in time"
    if isinstance(column_type, String):
        return None if isinstance(value, str) else "is not text"
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def inspect_table(name: str) -> Table:
    from collateral_app.storage.database import METADATA

    return METADATA.tables[name]
