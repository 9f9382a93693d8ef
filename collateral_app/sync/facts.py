"""Append-only facts: sent in batches that may be sent again, and read back as a feed.

Sending is `INSERT … ON CONFLICT DO NOTHING` keyed by (kind, id) with ids made on the
laptop, so a batch re-sent after a crash adds nothing. The laptop marks a fact sent only
after the server's commit.

The feed never reads `WHERE id > cursor` on a sequence: sequence numbers are taken at insert
and committed in another order, so a reader that passed number 7 while 6 was still
uncommitted never sees 6. Each fact instead carries its inserting transaction's id, and a
reader only reads below a watermark every transaction under which has finished, so none can
still appear below the cursor afterwards. The watermark is the lowest transaction still
running *in the team's database* (a transaction elsewhere in the cluster writes no fact), so
a session idle in another database stalls nothing; one idle here delays the feed until the
server's idle timeout ends it, and never makes it skip. The catalog is read the same way."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Table

from collateral_app.storage.database import METADATA

from .catalog import canonical, encode_value

if TYPE_CHECKING:
    import psycopg

# Every append-only table of the library; one more fact table is one more name here.
# Names a library version does not have (yet) are skipped.
FACT_TABLES = (
    "usage_events",
    "feedback",
    "request_events",
    "request_votes",
    "search_log",
    "search_opens",
    "review_requests",
    "lead_events",
)


def fact_tables() -> list[Table]:
    return [METADATA.tables[name] for name in FACT_TABLES if name in METADATA.tables]


def fact_doc(table: Table, row: Mapping[str, Any]) -> str:
    return canonical({c.name: encode_value(row[c.name]) for c in table.columns})


def decode_fact(table: Table, doc: Mapping[str, Any]) -> dict[str, Any]:
    """A fact's JSON as column values; columns the sender's version did not have are left
    to their defaults, fields this version does not know are dropped."""
    values: dict[str, Any] = {}
    for name, convert in _converters(table):
        if name in doc:
            value = doc[name]
            values[name] = None if value is None else convert(value)
    return values


_CONVERTERS: dict[str, list[tuple[str, Any]]] = {}


def _converters(table: Table) -> list[tuple[str, Any]]:
    """Per column, how its JSON value becomes a Python value (decided once per table)."""
    if table.name not in _CONVERTERS:
        found: list[tuple[str, Any]] = []
        for column in table.columns:
            if isinstance(column.type, Date):
                found.append((column.name, lambda v: date.fromisoformat(str(v))))
            elif column.type.__class__.__name__ == "UTCDateTime":
                found.append((column.name, _moment))
            else:
                found.append((column.name, lambda v: v))
        _CONVERTERS[table.name] = found
    return _CONVERTERS[table.name]


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def send(conn: psycopg.Connection[Any], kind: str, facts: Sequence[tuple[str, str]], origin: str) -> int:
    """Insert (id, JSON) facts of one kind; returns how many were new. The caller commits."""
    cur = conn.execute(
        "INSERT INTO collateral.facts (kind, id, doc, origin) "
        # %b: the arrays go in binary, so no document is escaped into array text on the way.
        "SELECT %s, x.id, x.doc::jsonb, %s FROM unnest(%b::text[], %b::text[]) AS x(id, doc) "
        "ON CONFLICT DO NOTHING",
        (kind, origin, [f[0] for f in facts], [f[1] for f in facts]),
    )
    return max(cur.rowcount, 0)


@dataclass(frozen=True, slots=True)
class FeedCursor:
    """Facts of transactions below `floor` are all read. While the window [floor, ceiling)
    is read in pages, `after` is the last (txid, kind, id) taken."""

    floor: int = 0
    ceiling: int | None = None
    after: tuple[int, str, str] | None = None


@dataclass(frozen=True, slots=True)
class FeedFact:
    kind: str
    id: str
    doc: dict[str, Any]
    txid: int
    sent_by: str = ""  # the login that sent it, as the server stamped it


def read_feed(
    conn: psycopg.Connection[Any], cursor: FeedCursor, *, origin: str, limit: int
) -> tuple[list[FeedFact], FeedCursor]:
    """One page of the team's facts after `cursor`, leaving out this laptop's own (`origin`)."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        ceiling = cursor.ceiling
        if ceiling is None:
            ceiling = watermark(conn)
        params: list[Any] = [str(cursor.floor), str(ceiling), origin]
        after_clause = ""
        if cursor.after is not None:
            after_clause = "AND (f.txid, f.kind, f.id) > (%s::xid8, %s, %s) "
            params += [str(cursor.after[0]), cursor.after[1], cursor.after[2]]
        # The order names the table's columns: a bare `txid` would be the output column (the
        # cast), which no index holds, and each page would sort the whole window.
        rows = conn.execute(
            "SELECT f.kind, f.id, f.doc::text, f.txid::text::bigint, f.pushed_by FROM collateral.facts f "
            "WHERE f.txid >= %s::xid8 AND f.txid < %s::xid8 AND f.origin <> %s "
            + after_clause
            + "ORDER BY f.txid, f.kind, f.id LIMIT %s",
            (*params, limit),
        ).fetchall()
    facts = [FeedFact(str(k), str(i), json.loads(d), int(t), str(p)) for k, i, d, t, p in rows]
    if len(facts) < limit:
        return facts, FeedCursor(floor=ceiling)
    last = facts[-1]
    return facts, FeedCursor(floor=cursor.floor, ceiling=ceiling, after=(last.txid, last.kind, last.id))


# The lowest transaction of this snapshot still running, leaving out those known to be in
# another database (pg_stat_activity, prepared transactions): a transaction that ended after
# the snapshot without being seen is kept, so the watermark is never too high. Transaction
# ids in pg_stat_activity are 32-bit; running ones are unique within that.
_WATERMARK = """
WITH snap AS (SELECT pg_current_snapshot() AS s),
elsewhere AS (
    SELECT backend_xid::text::bigint AS x FROM pg_stat_activity
     WHERE backend_xid IS NOT NULL
       AND datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database())
    UNION ALL
    SELECT transaction::text::bigint FROM pg_prepared_xacts WHERE database <> current_database()
)
SELECT least(
    pg_snapshot_xmax(s)::text::bigint,
    (SELECT min(x::text::bigint) FROM pg_snapshot_xip(s) AS x
      WHERE mod(x::text::bigint, 4294967296) NOT IN (SELECT e.x FROM elsewhere e))
) FROM snap
"""


def watermark(conn: psycopg.Connection[Any]) -> int:
    """Every transaction of the team's database below this id has finished (call it in the
    repeatable-read transaction that then reads below it)."""
    row = conn.execute(_WATERMARK).fetchone()
    assert row is not None
    return int(row[0])


@dataclass(frozen=True, slots=True)
class HeldBack:
    """Facts others committed that the feed cannot hand out yet: written after a transaction
    of the team's database that is still open (the watermark waits for it)."""

    facts: int = 0
    since: datetime | None = None  # the transaction is known to be open since then


def held_back(conn: psycopg.Connection[Any], *, origin: str) -> HeldBack:
    """What the feed holds back from this laptop (`origin`) right now. The open transaction's
    start is read where this login may see it; otherwise the first held-back fact's arrival
    (the transaction was open then already)."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        mark = watermark(conn)
        row = conn.execute(
            "SELECT count(*), min(f.received_at) FROM collateral.facts f "
            "WHERE f.txid >= %s::xid8 AND f.origin <> %s",
            (str(mark), origin),
        ).fetchone()
        count, first = (int(row[0]), row[1]) if row else (0, None)
        if not count:
            return HeldBack()
        opened = conn.execute(
            "SELECT least("
            "(SELECT min(xact_start) FROM pg_stat_activity WHERE backend_xid::text::bigint = %s "
            "AND datid = (SELECT oid FROM pg_database WHERE datname = current_database())), "
            "(SELECT min(prepared) FROM pg_prepared_xacts WHERE transaction::text::bigint = %s "
            "AND database = current_database()))",
            (mark % 4294967296, mark % 4294967296),
        ).fetchone()
    since = (opened[0] if opened else None) or first
    return HeldBack(count, since)


def server_has_fact(conn: psycopg.Connection[Any], kind: str, fact_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM collateral.facts WHERE kind = %s AND id = %s", (kind, fact_id)
    ).fetchone()
    return row is not None
