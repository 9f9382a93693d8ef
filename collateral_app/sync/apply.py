"""The laptop's side of the facts: which of its facts are still to be sent, and the team's
facts written into the library.

Received facts are written a page at a time (`FactWriter`): the rows they name looked up
with one query per table named, never by reading every id held here; the facts of each kind
inserted with their marks in one statement each. Facts naming a row not here yet (a prospect
that reached the server after this laptop's catalog pull) are parked in one statement, and
tried again in chunks when the catalog has been pulled.

What waits to be sent is counted from how far the facts are sent (`sync_fact_progress`),
not over every fact ever made.

Facts are appended, never changed or removed, so SQLite's rowid orders a table's facts by
arrival. Everything at or below a table's `sent_through` is on the server (marked in
`sync_fact_marks`: sent, received or refused) or is not this login's to send; only the rows
above it are looked at. The mark moves in the local transaction that marks the facts it
passes, so a kill between the server's commit and the laptop's leaves both behind."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Integer, Table, delete, func, literal_column, not_, or_, select, text, tuple_
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from collateral_app.storage.sync_models import SyncAlias, SyncFactMark, SyncFactProgress, SyncParked

from . import quarantine, validate
from .catalog import KIND_OF_TABLE, canonical
from .facts import FeedFact, decode_fact, fact_tables

LOOKUP_CHUNK = 5_000  # ids in one IN (a feed page's worth; SQLite takes up to 32,766)


def rowid_of(table: Table) -> Any:
    return literal_column(f"{table.name}.rowid", type_=Integer)


def unsent_facts(table: Table, foreign_profiles: set[str], after: int = 0) -> Any:
    """Facts of `table` above row `after` the server does not have, leaving out those of
    profiles other logins registered (not this login's to send)."""
    marked = select(SyncFactMark.fact_id).where(
        SyncFactMark.kind == table.name, SyncFactMark.fact_id == table.c.id
    )
    query = select(table).where(rowid_of(table) > after, not_(marked.exists()))
    if foreign_profiles and "user_id" in table.c:
        query = query.where(table.c.user_id.not_in(foreign_profiles))
    return query


def sent_through(s: Session, table: Table, login: str, role: str) -> int:
    """The row of `table` up to which every fact is sent for this login and role (0 when
    none is known, or the row there is no longer the fact that was)."""
    progress = s.get(SyncFactProgress, table.name)
    if progress is None or progress.login != login or progress.role != role:
        return 0
    found = s.scalar(select(table.c.id).where(rowid_of(table) == progress.sent_through))
    return int(progress.sent_through) if found == progress.fact_id else 0


def note_sent_through(s: Session, table: Table, login: str, role: str, row: int) -> None:
    """Every fact of `table` up to `row` is sent for this login and role (in the write
    transaction that marked the last of them)."""
    fact_id = s.scalar(select(table.c.id).where(rowid_of(table) == row))
    if fact_id is None:
        return
    progress = s.get(SyncFactProgress, table.name)
    if progress is None:
        s.add(SyncFactProgress(kind=table.name, login=login, role=role, sent_through=row, fact_id=fact_id))
        return
    if progress.login == login and progress.role == role and progress.sent_through >= row:
        return
    progress.login, progress.role = login, role
    progress.sent_through, progress.fact_id = row, str(fact_id)


def last_row(s: Session, table: Table) -> int:
    return int(s.scalar(select(func.max(rowid_of(table))).select_from(table)) or 0)


def received_above(s: Session, table: Table, login: str, role: str, before: int) -> None:
    """Facts received and marked in this write transaction were appended above row `before`:
    when nothing waited to be sent below them, the mark moves over them."""
    if sent_through(s, table, login, role) == before:
        top = last_row(s, table)
        if top > before:
            note_sent_through(s, table, login, role, top)


# -- received facts ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Reference:
    column: str  # of the fact
    table: str  # the table it names
    id_column: Column[Any]
    kind: str | None  # the catalog kind of that table (another laptop's copy may be aliased here)


@functools.cache
def references(table_name: str) -> tuple[Reference, ...]:
    table = next(t for t in fact_tables() if t.name == table_name)
    found = []
    for fk in sorted(table.foreign_keys, key=lambda k: k.parent.name):
        target = fk.column.table.name
        kind = KIND_OF_TABLE.get(target)
        found.append(Reference(fk.parent.name, target, fk.column, kind.name if kind else None))
    return tuple(found)


@functools.cache
def named_by_facts() -> frozenset[str]:
    """Fact tables that other facts name (a search's opens name the search): only their
    facts of a page are remembered while the page is written."""
    names = {t.name for t in fact_tables()}
    return frozenset(r.table for name in names for r in references(name) if r.table in names)


@dataclass
class Written:
    stored: list[FeedFact] = field(default_factory=list)
    waiting: list[tuple[FeedFact, list[str]]] = field(default_factory=list)  # and what they name
    unknown: list[FeedFact] = field(default_factory=list)  # kinds of a newer Collateral
    set_aside: list[tuple[FeedFact, str]] = field(default_factory=list)  # and why


@dataclass
class FactWriter:
    """Facts from the team written into one local transaction (the caller's), for the login
    and role the sync runs as."""

    session: Session
    tables: dict[str, Table]
    aliases: dict[tuple[str, str], str]
    quarantined: set[tuple[str, str]]  # facts set aside here before: a valid one lets go
    login: str
    role: str

    @classmethod
    def open(cls, s: Session, tables: dict[str, Table], login: str, role: str) -> FactWriter:
        # The facts of a page are written kind by kind; what they name is checked at commit
        # (those naming what is not here at all were parked instead).
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        aliases = {(a.kind, a.key): a.local_id for a in s.scalars(select(SyncAlias))}
        held = quarantine.held_keys(s, quarantine.RECEIVED_FACT)
        return cls(s, tables, aliases, held, login, role)

    def park(self, written: Written) -> None:
        """Keep the facts that wait (for a row, or for a newer Collateral) in one statement;
        a fact parked before is replaced only by a version at least as new."""
        reasons = [(f, m) for f, m in written.waiting] + [
            (f, [f"a newer Collateral (it does not know “{f.kind}”)"]) for f in written.unknown
        ]
        if not reasons:
            return
        rows = [
            {
                "source": "fact",
                "kind": fact.kind,
                "key": fact.id,
                "doc": canonical(fact.doc),
                "server_version": fact.txid,
                "created_by": fact.sent_by,
                "updated_by": fact.sent_by,
                "missing": ", ".join(missing[:5]),
            }
            for fact, missing in reasons
        ]
        statement = insert(SyncParked)
        statement = statement.on_conflict_do_update(
            index_elements=["source", "kind", "key"],
            set_={
                name: statement.excluded[name]
                for name in ("doc", "server_version", "created_by", "updated_by", "missing")
            },
            where=or_(
                SyncParked.server_version.is_(None),
                SyncParked.server_version <= statement.excluded.server_version,
            ),
        )
        self.session.execute(statement, rows)

    def retry_parked(self) -> Written:
        """Write the parked facts whose rows are here now, a chunk at a time; the others stay
        parked as they are. Returns what was written and what was set aside (no longer
        parked either)."""
        s = self.session
        done = Written()
        after: tuple[str, str] = ("", "")
        while True:
            chunk = s.execute(
                select(
                    SyncParked.kind,
                    SyncParked.key,
                    SyncParked.doc,
                    SyncParked.server_version,
                    SyncParked.created_by,
                )
                .where(SyncParked.source == "fact", tuple_(SyncParked.kind, SyncParked.key) > after)
                .order_by(SyncParked.kind, SyncParked.key)
                .limit(LOOKUP_CHUNK)
            ).all()
            if not chunk:
                return done
            after = (chunk[-1].kind, chunk[-1].key)
            page = [
                FeedFact(r.kind, r.key, json.loads(r.doc), int(r.server_version or 0), r.created_by)
                for r in chunk
                if r.kind in self.tables
            ]
            written = self.write(page)
            done.stored += written.stored
            done.set_aside += written.set_aside
            gone: dict[str, list[str]] = {}
            for fact in [*written.stored, *(f for f, _ in written.set_aside)]:
                gone.setdefault(fact.kind, []).append(fact.id)
            for kind, keys in gone.items():
                s.execute(
                    delete(SyncParked).where(
                        SyncParked.source == "fact", SyncParked.kind == kind, SyncParked.key.in_(keys)
                    )
                )

    def write(self, page: list[FeedFact]) -> Written:
        s = self.session
        out = Written()
        decoded: list[tuple[FeedFact, dict[str, Any]]] = []
        wanted: dict[str, tuple[Column[Any], set[str]]] = {}
        for fact in page:
            table = self.tables.get(fact.kind)
            if table is None:
                out.unknown.append(fact)
                continue
            reason = validate.check_fact(table, fact.id, fact.doc)
            if reason is not None:
                out.set_aside.append((fact, reason))
                continue
            if (fact.kind, fact.id) in self.quarantined:  # repaired by the admin
                quarantine.release(s, quarantine.RECEIVED_FACT, fact.kind, fact.id)
            values = decode_fact(table, fact.doc)
            for ref in references(fact.kind):
                value = values.get(ref.column)
                if value is None:
                    continue
                if ref.kind is not None:
                    value = values[ref.column] = self.aliases.get((ref.kind, value), value)
                wanted.setdefault(ref.table, (ref.id_column, set()))[1].add(value)
            decoded.append((fact, values))
        here = {name: self._held(column, ids) for name, (column, ids) in wanted.items()}
        rows: dict[str, list[dict[str, Any]]] = {}
        for fact, values in decoded:
            missing = [
                f"{ref.table} {fact.doc.get(ref.column)}"
                for ref in references(fact.kind)
                if values.get(ref.column) is not None and values[ref.column] not in here.get(ref.table, ())
            ]
            if missing:
                out.waiting.append((fact, missing))
                continue
            rows.setdefault(fact.kind, []).append(values)
            out.stored.append(fact)
            if fact.kind in named_by_facts():  # others later in the page may name it
                here.setdefault(fact.kind, set()).add(fact.id)
        for kind, kind_rows in rows.items():
            table = self.tables[kind]
            before = last_row(s, table)
            # A fact held here already (sent from here, or received before) is the only row
            # skipped: any other refusal of the database fails the page, set aside row by row.
            s.execute(insert(table).on_conflict_do_nothing(index_elements=["id"]), kind_rows)
            s.execute(
                insert(SyncFactMark).on_conflict_do_nothing(),
                [{"kind": kind, "fact_id": r["id"], "received": True} for r in kind_rows],
            )
            received_above(s, table, self.login, self.role, before)
        return out

    def _held(self, column: Column[Any], ids: set[str]) -> set[str]:
        """Which of `ids` the table of `column` holds (one query per chunk, so per page)."""
        wanted = sorted(ids)
        found: set[str] = set()
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            chunk = wanted[start : start + LOOKUP_CHUNK]
            found.update(str(i) for i in self.session.scalars(select(column).where(column.in_(chunk))))
        return found
