"""The library's clock: its time zone (setting `insight.time_zone`, default the computer's),
local midnights in Python and in SQL, and working days. Reports, recommendations and the
sales loop all count days the same way through these."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from collateral_app.domain.errors import InvalidEdit
from collateral_app.storage.models import Setting

TIME_ZONE_KEY = "insight.time_zone"


def machine_time_zone() -> str:
    """The computer's IANA zone name ($TZ, else the system's setting read by tzlocal: the
    links and files of Linux and macOS, the registry of Windows), else UTC."""
    candidates: list[str] = []
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    with contextlib.suppress(LookupError, ValueError, OSError):  # none set, or one it cannot name
        candidates.append(tzlocal.get_localzone_name() or "")
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidEdit(
            f"“{name}” is not a time zone this computer knows; use a name like Europe/Berlin or UTC."
        ) from exc


def midnight(day: date, tz: ZoneInfo) -> datetime:
    """The instant (UTC) local `day` starts in `tz`."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def library_zone(s: Session) -> ZoneInfo:
    """The library's time zone (setting `insight.time_zone`, else the computer's)."""
    return zone(s.scalar(select(Setting.value).where(Setting.key == TIME_ZONE_KEY)) or machine_time_zone())


# Local midnights in SQL: the zone's offset at local midnight, from the first day it holds.
# Scanned a week at a time over these years (no zone changes its offset twice in a week);
# days before and after keep the first and last offset.
_OFFSET_YEARS = (1969, 2100)


@lru_cache(maxsize=32)
def midnight_offsets(tz: ZoneInfo) -> tuple[tuple[date, int], ...]:
    """(first local day, seconds to add to its local midnight to get UTC) for each run of days
    whose midnight has the same offset, in order: one run for UTC or a fixed-offset zone."""

    def seconds(day: date) -> int:
        return int((midnight(day, tz).replace(tzinfo=None) - datetime.combine(day, time(0))).total_seconds())

    day, last = date(_OFFSET_YEARS[0], 1, 1), date(_OFFSET_YEARS[1], 12, 31)
    runs = [(day, seconds(day))]
    week = timedelta(days=7)
    while day < last:
        nxt = min(last, day + week)
        if seconds(nxt) != runs[-1][1]:
            lo, hi = day, nxt  # the offset changes after lo, by hi: find the first day
            while (hi - lo).days > 1:
                mid = lo + timedelta(days=(hi - lo).days // 2)
                lo, hi = (mid, hi) if seconds(mid) == runs[-1][1] else (lo, mid)
            runs.append((hi, seconds(hi)))
        day = nxt
    return tuple(runs)


def local_midnight_sql(day: Any, tz: ZoneInfo, days: int = 0) -> Any:
    """SQL for the UTC instant (SQLite's text, which sorts with stored event times) at which
    the local day `days` after the date column `day` begins in `tz`. A zone with summer time
    picks the offset with a balanced CASE on the column (a few comparisons a row)."""
    shift = f"{days:+d} days"
    runs = midnight_offsets(tz)

    def modifier(seconds: int) -> Any:
        return literal_column(f"'{seconds:+d} seconds'")

    def pick(lo: int, hi: int) -> Any:
        if hi - lo == 1:
            return modifier(runs[lo][1])
        mid = (lo + hi) // 2
        # Local day `day + days` is in run `mid` or later when `day` is at least its first day − days.
        first = (runs[mid][0] - timedelta(days=days)).isoformat()
        return case((day >= literal_column(f"'{first}'"), pick(mid, hi)), else_=pick(lo, mid))

    if len(runs) == 1 and runs[0][1] == 0:
        return func.datetime(day, shift)
    return func.datetime(day, shift, pick(0, len(runs)))


def working_days(start: datetime, end: datetime, tz: ZoneInfo) -> float:
    """Monday-to-Friday time between two instants, in days of 24 hours of local wall-clock
    time: a request made Friday 16:00 and answered Monday 10:00 waited 0.75 working days."""
    if end <= start:
        return 0.0
    a = start.astimezone(tz).replace(tzinfo=None)
    b = end.astimezone(tz).replace(tzinfo=None)
    first, last = a.date(), b.date()
    if first == last:
        total = (b - a) if first.weekday() < 5 else timedelta()
        return round(total.total_seconds() / 86_400, 2)
    seconds = 0.0
    if first.weekday() < 5:  # the rest of the first day
        seconds += (datetime.combine(first + timedelta(days=1), time(0)) - a).total_seconds()
    if last.weekday() < 5:  # the start of the last day
        seconds += (b - datetime.combine(last, time(0))).total_seconds()
    between = (last - first).days - 1  # whole days in between
    weeks, rest = divmod(between, 7)
    start_day = (first.weekday() + 1) % 7
    whole = weeks * 5 + sum(1 for k in range(rest) if (start_day + k) % 7 < 5)
    return round((seconds + whole * 86_400) / 86_400, 2)


def add_working_days(start: datetime, days: int, tz: ZoneInfo) -> datetime:
    """The instant `days` working days after `start`, as `working_days` counts them: Monday
    09:00 plus 2 is Wednesday 09:00, Friday 16:00 plus 1 is Monday 16:00, and a start on a
    weekend counts from the Monday after it."""
    local = start.astimezone(tz).replace(tzinfo=None)
    while local.weekday() >= 5:
        local = datetime.combine(local.date() + timedelta(days=1), time(0))
    day = local.date()
    left = days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return datetime.combine(day, local.time(), tzinfo=tz).astimezone(UTC)
