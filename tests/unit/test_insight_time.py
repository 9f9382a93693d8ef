"""The insight's arithmetic of time: windows, trend buckets and working days."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.insight import Attribution
from collateral_app.services.common.clock import machine_time_zone, working_days
from collateral_app.services.insight.base import (
    age_words,
    buckets,
    make_window,
    parse_attribution,
    parse_dims,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def test_a_window_across_the_switch_to_summer_time_still_runs_midnight_to_midnight() -> None:
    window = make_window("Europe/Berlin", date(2025, 4, 2), days=7)

    assert (window.first_day, window.last_day) == (date(2025, 3, 27), date(2025, 4, 2))
    assert window.since == datetime(2025, 3, 26, 23, 0, tzinfo=UTC)  # winter time, UTC+1
    assert window.until == datetime(2025, 4, 2, 22, 0, tzinfo=UTC)  # summer time, UTC+2
    assert window.contains(window.since) and not window.contains(window.until)


def test_since_with_a_number_of_days_counts_forward_and_until_alone_counts_back() -> None:
    forward = make_window("UTC", date(2025, 6, 18), since=date(2025, 1, 1), days=31)
    back = make_window("UTC", date(2025, 6, 18), until=date(2025, 2, 1), days=31)

    assert (forward.first_day, forward.last_day) == (date(2025, 1, 1), date(2025, 1, 31))
    assert (back.first_day, back.last_day) == (date(2025, 1, 1), date(2025, 1, 31))


def test_short_windows_are_bucketed_by_week_and_long_ones_by_calendar_month() -> None:
    weeks = buckets(make_window("UTC", date(2025, 6, 18), days=30))
    months = buckets(make_window("UTC", date(2025, 6, 18), days=180))

    assert [(b.start, b.end) for b in weeks][:2] == [
        (date(2025, 5, 20), date(2025, 5, 27)),
        (date(2025, 5, 27), date(2025, 6, 3)),
    ]
    assert weeks[-1].end == date(2025, 6, 19)
    assert sum((b.end - b.start).days for b in weeks) == 30
    assert [b.label for b in months] == [
        "Dec 2024",
        "Jan 2025",
        "Feb 2025",
        "Mar 2025",
        "Apr 2025",
        "May 2025",
        "Jun 2025",
    ]
    assert months[0].start == date(2024, 12, 21) and months[1].start == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (_at(date(2025, 6, 2), 9), _at(date(2025, 6, 2), 15), 0.25),  # Monday, six hours
        (_at(date(2025, 6, 6), 16), _at(date(2025, 6, 9), 10), 0.75),  # Friday to Monday
        (_at(date(2025, 6, 7), 10), _at(date(2025, 6, 9), 9), 0.38),  # Saturday to Monday 09:00
        (_at(date(2025, 6, 7), 10), _at(date(2025, 6, 8), 20), 0.0),  # all weekend
        (_at(date(2025, 6, 2), 9), _at(date(2025, 6, 16), 9), 10.0),  # two weeks
        (_at(date(2025, 6, 3), 9), _at(date(2025, 6, 2), 9), 0.0),  # backwards
    ],
)
def test_working_days_count_monday_to_friday_time_in_local_hours(
    start: datetime, end: datetime, expected: float
) -> None:
    assert working_days(start, end, BERLIN) == expected


def test_working_days_skip_the_weekend_of_the_switch_to_summer_time() -> None:
    monday = date(2025, 3, 31)  # the clocks went forward on Sunday 30 March
    assert working_days(_at(monday, 0), _at(date(2025, 4, 1), 0), BERLIN) == 1.0
    # Across the switch (Friday 12:00 to Monday 12:00) the weekend is skipped whatever its length.
    assert working_days(_at(date(2025, 3, 28), 12), _at(monday, 12), BERLIN) == 1.0


def test_heatmap_dimensions_and_attribution_models_are_read_as_typed() -> None:
    assert parse_dims(["Industry", " size "]) == ("industry", "size")
    assert parse_attribution("First touch") is Attribution.FIRST
    assert parse_attribution("last-touch") is Attribution.LAST
    with pytest.raises(InvalidEdit, match="Attribution is one of full, even, first, last"):
        parse_attribution("linear")
    with pytest.raises(InvalidEdit, match="two different dimensions"):
        parse_dims(["stage"])


def test_ages_read_as_people_say_them() -> None:
    assert [age_words(d) for d in (0, 1, 5, 20, 75, 200, 800)] == [
        "today",
        "yesterday",
        "5 days ago",
        "2 weeks ago",
        "2 months ago",
        "7 months ago",
        "2 years ago",
    ]


def test_the_machine_time_zone_comes_from_tz_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert machine_time_zone() == "Asia/Kolkata"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert machine_time_zone() != "Not/AZone"


def test_time_zones_work_on_a_computer_without_a_zone_database(tmp_path: Path) -> None:
    """Windows has no IANA database: the tzdata package brings one, and the computer's zone
    is named by tzlocal (on Windows from the registry)."""
    script = (
        "from datetime import datetime\n"
        "from collateral_app.services.common.clock import machine_time_zone, zone\n"
        "print(machine_time_zone(), datetime(2026, 7, 1, tzinfo=zone('Europe/Berlin')).utcoffset())\n"
    )
    env = {**os.environ, "PYTHONTZPATH": str(tmp_path), "TZ": "America/Sao_Paulo"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["America/Sao_Paulo", "2:00:00"]


def _reference_working_days(start: datetime, end: datetime) -> float:
    """Minute by minute: the definition itself, slowly."""
    a, b = start.astimezone(BERLIN).replace(tzinfo=None), end.astimezone(BERLIN).replace(tzinfo=None)
    minutes, moment = 0, a
    while moment < b:
        step = min(b, moment + timedelta(minutes=1))
        if moment.weekday() < 5:
            minutes += round((step - moment).total_seconds() / 60)
        moment = step
    return round(minutes / 1440, 2)


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2025, 12, 31)),
    st.integers(min_value=0, max_value=60 * 24 * 20),
)
def test_working_days_agree_with_counting_every_minute(start: datetime, minutes: int) -> None:
    begin = start.replace(second=0, microsecond=0, tzinfo=BERLIN)
    end = begin + timedelta(minutes=minutes)
    assert working_days(begin, end, BERLIN) == pytest.approx(_reference_working_days(begin, end), abs=0.011)
