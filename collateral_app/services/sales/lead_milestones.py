"""A lead's milestones, and the hand-off report's columns kept beside them on its row.

The milestones (the first MQL, touch, SQL, rejection and recycling, and the latest stage)
follow from the lead's events. The report's columns follow from the milestones, counted in
the library's time zone: the local day of the hand-off, the working seconds at the hand-off
and from it to the first touch, the first decision and SQL, and the moments of SQL and of
the first decision (UTC seconds). With them the report counts hundreds of thousands of leads
in SQL, with integer comparisons on one index.

They are written with the milestones (the import, the app's clicks, leads received from the
team). A milestone changed any other way clears them (a trigger of migration 0013); the
report fills cleared ones before it reads, and all of them again when the library's zone is
not the one they were counted in (setting `handoff.report_zone`)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from collateral_app.domain.leads import LeadStage
from collateral_app.services.common.clock import library_zone, zone
from collateral_app.storage.models import Setting

DAY = 86_400
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
EPOCH_WEEKDAY = 3  # 1 January 1970 was a Thursday
QUARTER_HOUR = 900  # every zone changes its offset on a quarter hour
ZONE_KEY = "handoff.report_zone"

_MILESTONES = {
    LeadStage.MQL: "handed_over_at",
    LeadStage.SQL: "qualified_at",
    LeadStage.REJECTED: "rejected_at",
    LeadStage.RECYCLED: "recycled_at",
}
MILESTONE_COLUMNS = (
    "stage",
    "stage_at",
    "handed_over_at",
    "touched_at",
    "qualified_at",
    "rejected_at",
    "recycled_at",
)
REPORT_COLUMNS = (
    "handoff_day",
    "handed_work",
    "touch_work",
    "decide_work",
    "sql_work",
    "qualified_epoch",
    "cutoff_epoch",
)


def milestones_after(current: Mapping[str, Any], stage: LeadStage, at: datetime) -> dict[str, Any]:
    """A lead's milestones (as `MILESTONE_COLUMNS`) once an event of `stage` at `at` is added:
    the first of each kind, the first touch, and the latest stage."""
    found = {name: current.get(name) for name in MILESTONE_COLUMNS}
    column = _MILESTONES.get(stage)
    first = found.get(column or "")
    if column is not None and (first is None or at < first):
        found[column] = at
    touched = found["touched_at"]
    if stage.touches and (touched is None or at < touched):
        found["touched_at"] = at
    latest = found["stage_at"]
    if latest is None or at >= latest:
        found["stage"], found["stage_at"] = stage.value, at
    return found


class WorkClock:
    """Working seconds since 1970 for any instant (UTC seconds since 1970), in a zone's
    wall-clock time: the difference of two readings is `working_days` × 86 400, without
    walking the calendar or making datetimes. Offsets are looked up per quarter hour."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self._offsets: dict[int, int] = {}

    def local(self, epoch: int) -> int:
        """Local wall-clock seconds since 1970 for a UTC instant."""
        slot = epoch // QUARTER_HOUR
        offset = self._offsets.get(slot)
        if offset is None:
            moment = datetime.fromtimestamp(slot * QUARTER_HOUR, UTC).astimezone(self.tz)
            delta = moment.utcoffset()
            offset = int(delta.total_seconds()) if delta is not None else 0
            self._offsets[slot] = offset
        return epoch + offset

    def seconds(self, epoch: int) -> int:
        days, rest = divmod(self.local(epoch), DAY)
        weeks, weekday = divmod(days + EPOCH_WEEKDAY, 7)
        base = (weeks * 5 + min(weekday, 5)) * DAY
        return base if weekday >= 5 else base + rest

    def local_day(self, epoch: int) -> int:
        """The local day's number (days since 1 January 1970)."""
        return self.local(epoch) // DAY


def epoch(moment: datetime | None) -> int | None:
    """Whole UTC seconds since 1970 (as SQLite's strftime('%s') reads a stored time)."""
    return None if moment is None else math.floor(moment.timestamp())


def report_columns(
    clock: WorkClock,
    handed: int | None,
    touched: int | None,
    qualified: int | None,
    rejected: int | None,
    recycled: int | None,
) -> tuple[int | None, ...]:
    """The report's columns (as `REPORT_COLUMNS`) from the milestones in UTC seconds."""
    if handed is None:
        return (None,) * len(REPORT_COLUMNS)
    work = clock.seconds
    at = work(handed)
    decisions = [t for t in (qualified, rejected, recycled) if t is not None]
    decided = min(decisions) if decisions else None
    return (
        clock.local_day(handed),
        at,
        work(touched) - at if touched is not None else None,
        work(decided) - at if decided is not None else None,
        work(qualified) - at if qualified is not None else None,
        qualified,
        qualified if qualified is not None else decided,
    )


def report_values(clock: WorkClock, milestones: Mapping[str, Any]) -> dict[str, int | None]:
    """The report's columns for a lead's milestones (aware datetimes)."""
    values = report_columns(
        clock,
        epoch(milestones.get("handed_over_at")),
        epoch(milestones.get("touched_at")),
        epoch(milestones.get("qualified_at")),
        epoch(milestones.get("rejected_at")),
        epoch(milestones.get("recycled_at")),
    )
    return dict(zip(REPORT_COLUMNS, values, strict=True))


def stamped_zone(s: Session) -> str | None:
    return s.scalar(select(Setting.value).where(Setting.key == ZONE_KEY))


def report_clock(s: Session) -> WorkClock:
    """The clock the stored columns are counted by: the stamped zone, else the library's."""
    name = stamped_zone(s)
    return WorkClock(zone(name) if name else library_zone(s))


def stamp_zone(s: Session, clock: WorkClock) -> None:
    """Name the zone the columns were counted in, when none is named yet (a write session)."""
    if stamped_zone(s) is None:
        s.merge(Setting(key=ZONE_KEY, value=clock.tz.key))


_STALE = "handed_over_at IS NOT NULL AND handoff_day IS NULL"


def needs_refresh(s: Session, tz: ZoneInfo) -> bool:
    """Whether some lead's report columns are missing, or all are counted in another zone,
    or some company's leads wait for what it received to be written beside them."""
    if s.execute(text("SELECT 1 FROM lead_reach_pending LIMIT 1")).first():
        return True
    if stamped_zone(s) != tz.key:
        return bool(s.execute(text("SELECT 1 FROM leads WHERE handed_over_at IS NOT NULL LIMIT 1")).first())
    return bool(s.execute(text(f"SELECT 1 FROM leads WHERE {_STALE} LIMIT 1")).first())


def refresh(s: Session, tz: ZoneInfo) -> None:
    """Everything the report reads brought up to date (a write session)."""
    refresh_report_columns(s, tz)
    write_reach(s)


def refresh_report_columns(s: Session, tz: ZoneInfo) -> int:
    """Count the report's columns of the leads that miss them, or of every lead when they
    were counted in another zone than `tz` (a write session); returns how many."""
    everything = stamped_zone(s) != tz.key
    where = "handed_over_at IS NOT NULL" if everything else _STALE
    seconds = ", ".join(
        f"CAST(strftime('%s', {c}) AS INTEGER)"
        for c in ("handed_over_at", "touched_at", "qualified_at", "rejected_at", "recycled_at")
    )
    conn = s.connection()
    rows = conn.exec_driver_sql(f"SELECT rowid, {seconds} FROM leads WHERE {where}").fetchall()
    clock = WorkClock(tz)
    updates = [(*report_columns(clock, *row[1:]), row[0]) for row in rows]
    assignments = ", ".join(f"{c} = ?" for c in REPORT_COLUMNS)
    # Many rows at once: the indexes on these columns are made again afterwards, in one
    # sorted pass each, instead of taking every row's change at a random place.
    saved = report_indexes(s) if len(updates) > REBUILD_OVER else []
    for name, _ in saved:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    if updates:
        conn.exec_driver_sql(f"UPDATE leads SET {assignments} WHERE rowid = ?", updates)
    for _, sql in saved:
        conn.exec_driver_sql(sql)
    s.merge(Setting(key=ZONE_KEY, value=tz.key))
    return len(updates)


REBUILD_OVER = 20_000


def report_indexes(s: Session) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the leads' indexes that hold a report column."""
    found = s.connection().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL"
    )
    return [(str(name), str(sql)) for name, sql in found if any(c in str(sql) for c in REPORT_COLUMNS)]


@contextmanager
def many_leads(s: Session, count: int) -> Iterator[None]:
    """Around writing `count` new leads and their events at once. When they are many (beside
    those already here), the report's indexes are set aside and made again after, in one pass
    each; so are the triggers that keep milestones from events (the new leads come with
    theirs) and that name the companies whose leads changed (named afterwards, at once)."""
    conn = s.connection()
    here = conn.exec_driver_sql("SELECT max(rowid) FROM leads").scalar() or 0
    if count <= REBUILD_OVER or count * 2 < here:
        yield
        return
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name IN ('leads_reach_insert', 'lead_events_milestones')"
    ).fetchall()
    saved = report_indexes(s)
    for name, _ in saved:
        conn.exec_driver_sql(f"DROP INDEX {name}")
    for name, _ in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for _, sql in saved:
        conn.exec_driver_sql(sql)
    for _, sql in triggers:
        conn.exec_driver_sql(str(sql))
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO lead_reach_pending (prospect_id) SELECT DISTINCT l.prospect_id "
        "FROM leads AS l WHERE l.rowid > ? "
        "AND EXISTS (SELECT 1 FROM prospect_assets AS pa WHERE pa.prospect_id = l.prospect_id)",
        (here,),
    )


# lead_reach's columns, and what each is of the lead (l) and of what its company received (pa).
_SECONDS = "CAST(strftime('%s', {0}) AS INTEGER)"
_REACH = {
    "asset_id": "pa.asset_id",
    "handed_epoch": _SECONDS.format("l.handed_over_at"),
    "lead_id": "l.id",
    "first_epoch": "pa.first_epoch",
    "last_epoch": "pa.last_epoch",
    "qualified_epoch": _SECONDS.format("l.qualified_at"),
    # SQL, else the first decision (as `report_columns` counts the cutoff)
    "cutoff_epoch": (
        f"coalesce({_SECONDS.format('l.qualified_at')}, CASE WHEN l.rejected_at IS NULL THEN "
        f"{_SECONDS.format('l.recycled_at')} WHEN l.recycled_at IS NULL OR l.rejected_at < l.recycled_at "
        f"THEN {_SECONDS.format('l.rejected_at')} ELSE {_SECONDS.format('l.recycled_at')} END)"
    ),
    "owner": "l.owner",
    "industry": "l.industry",
    "size": "l.size",
}
# Over this many companies at once, lead_reach is written whole, its index made afterwards.
REWRITE_OVER = 2_000


def write_reach(s: Session) -> int:
    """Write lead_reach again for the leads of the companies in lead_reach_pending (for all
    of them, when many are); returns how many companies."""
    conn = s.connection()
    pending = conn.exec_driver_sql("SELECT count(*) FROM lead_reach_pending").scalar() or 0
    if not pending:
        return 0
    select_rows = (
        f"SELECT {', '.join(_REACH.values())} FROM leads AS l "
        "JOIN prospect_assets AS pa ON pa.prospect_id = l.prospect_id WHERE l.handed_over_at IS NOT NULL"
    )
    insert = f"INSERT INTO lead_reach ({', '.join(_REACH)}) "
    if pending > REWRITE_OVER:
        # In the table's own order, one sorted pass, its second index made afterwards.
        conn.exec_driver_sql("DROP INDEX ix_lead_reach_lead")
        conn.exec_driver_sql("DELETE FROM lead_reach")
        conn.exec_driver_sql(insert + select_rows + " ORDER BY 1, 2, 3")
        conn.exec_driver_sql("CREATE INDEX ix_lead_reach_lead ON lead_reach (lead_id, asset_id)")
    else:
        these = "SELECT prospect_id FROM lead_reach_pending"
        conn.exec_driver_sql(
            f"DELETE FROM lead_reach WHERE lead_id IN (SELECT id FROM leads WHERE prospect_id IN ({these}))"
        )
        conn.exec_driver_sql(insert + select_rows + f" AND l.prospect_id IN ({these})")
    conn.exec_driver_sql("DELETE FROM lead_reach_pending")
    return int(pending)
