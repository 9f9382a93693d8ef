"""The laptop's side of the facts: which of its facts are still to be sent, counted from how
far they are sent (`sync_fact_progress`) instead of over every fact ever made.

Facts are appended, never changed or removed, so SQLite's rowid orders a table's facts by
arrival. Everything at or below a table's `sent_through` is on the server (marked in
`sync_fact_marks`: sent, received or refused) or is not this login's to send; only the rows
above it are looked at. The mark moves in the local transaction that marks the facts it
passes, so a kill between the server's commit and the laptop's leaves both behind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Table, func, literal_column, not_, select
from sqlalchemy.orm import Session

from collateral_app.storage.sync_models import SyncFactMark, SyncFactProgress


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
