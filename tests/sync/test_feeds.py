"""Concurrent commits never make a reader skip a row: not the facts feed, not the catalog
pull (both behind a transaction-id watermark of the team's database). The first test keeps
the trap in view: a reader that follows a sequence with `WHERE id > cursor` does skip one."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable

import psycopg

from collateral_app.domain.sales import Role
from collateral_app.sync import facts
from tests.sync import docs
from tests.sync.conftest import Laptop, TeamServer


def test_a_sequence_cursor_skips_a_row_whose_commit_lands_after_a_later_one(team_server: TeamServer) -> None:
    with team_server.connect() as setup:
        setup.execute("CREATE TABLE naive_feed (id bigserial PRIMARY KEY, payload text)")
        setup.commit()
    first, second, reader = team_server.connect(), team_server.connect(), team_server.connect()
    reader.autocommit = True
    try:
        first.execute("INSERT INTO naive_feed (payload) VALUES ('first')")  # takes id 1, not committed
        second.execute("INSERT INTO naive_feed (payload) VALUES ('second')")  # takes id 2
        second.commit()
        seen = [r[0] for r in reader.execute("SELECT id FROM naive_feed WHERE id > 0 ORDER BY id")]
        cursor = max(seen)
        first.commit()
        seen += [
            r[0] for r in reader.execute("SELECT id FROM naive_feed WHERE id > %s ORDER BY id", (cursor,))
        ]
        everything = {r[0] for r in reader.execute("SELECT id FROM naive_feed")}
    finally:
        for conn in (first, second, reader):
            conn.close()
    assert everything == {1, 2}
    assert seen == [2], "the naive reader was expected to miss row 1"


def test_the_transaction_feed_waits_for_the_earlier_commit_instead_of_skipping_it(
    team_server: TeamServer,
) -> None:
    team_server.add_user("ray", Role.REP)
    login = f"{team_server.prefix}_ray"
    first, second, reader = team_server.connect(login), team_server.connect(login), team_server.connect(login)
    try:
        first.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('user', 'u1', %s)",
            (docs.profile("Ray"),),
        )
        first.commit()
        facts.send(
            first, "usage_events", [("ev-first", docs.fact("usage_events", "ev-first", "u1", "a"))], "a"
        )
        facts.send(
            second, "usage_events", [("ev-second", docs.fact("usage_events", "ev-second", "u1", "b"))], "b"
        )
        second.commit()
        page, cursor = facts.read_feed(reader, facts.FeedCursor(), origin="reader", limit=100)
        seen = [f.id for f in page]
        first.commit()
        page, cursor = facts.read_feed(reader, cursor, origin="reader", limit=100)
        seen += [f.id for f in page]
    finally:
        for conn in (first, second, reader):
            conn.close()
    assert seen == ["ev-first", "ev-second"]


def test_many_writers_committing_out_of_order_never_make_the_feed_skip_or_repeat(
    team_server: TeamServer,
) -> None:
    team_server.add_user("ray", Role.REP)
    login = f"{team_server.prefix}_ray"
    with team_server.connect(login) as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('user', 'u1', %s)",
            (docs.profile("Ray"),),
        )
    written: list[str] = []
    lock = threading.Lock()
    writers_done = threading.Event()
    rng = random.Random(20261201)
    delays = [[rng.uniform(0, 0.01) for _ in range(40)] for _ in range(4)]

    def writer(n: int) -> None:
        with team_server.connect(login) as conn:
            for b, delay in enumerate(delays[n]):
                ids = [f"w{n}-{b}-{i}" for i in range(3)]
                facts.send(
                    conn,
                    "usage_events",
                    [(i, docs.fact("usage_events", i, "u1", f"w{n}")) for i in ids],
                    f"w{n}",
                )
                time.sleep(delay)  # allowed: holds the transaction open so commits land out of order
                conn.commit()
                with lock:
                    written.extend(ids)

    read: list[str] = []

    def reader() -> None:
        cursor = facts.FeedCursor()
        with team_server.connect(login) as conn:
            while True:
                finished = writers_done.is_set()
                page, cursor = facts.read_feed(conn, cursor, origin="reader", limit=7)
                read.extend(f.id for f in page)
                if finished and cursor.ceiling is None and not page:
                    return

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    writers_done.set()
    watcher.join(timeout=120)
    assert not watcher.is_alive()
    assert len(written) == 4 * 40 * 3
    assert Counter(read) == Counter(written)


def test_a_catalog_pull_during_concurrent_commits_misses_nothing_and_no_writer_waits(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    team_server.add_user("mia", Role.MARKETER)
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    rep.sync()
    login = f"{team_server.prefix}_mia"
    slow, fast = team_server.connect(login), team_server.connect(login)
    slugs = [f"vertical-{uuid.uuid4().hex[:6]}" for _ in range(2)]
    try:
        slow.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('taxonomy', %s, %s)", _value(slugs[0])
        )
        started = time.monotonic()
        fast.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('taxonomy', %s, %s)", _value(slugs[1])
        )
        fast.commit()  # never waits for the open transaction: no lock is shared
        waited = time.monotonic() - started
        rep.sync()  # the later commit sits above the open transaction: nothing to apply yet
        during = _industries(rep)
        slow.commit()
        rep.sync()
    finally:
        slow.close()
        fast.close()
    assert waited < 2
    assert not set(slugs) & during
    assert set(slugs) <= _industries(rep)


def _value(slug: str) -> tuple[str, str]:
    doc = {
        "dimension": "industry",
        "slug": slug,
        "label": slug.title(),
        "description": "",
        "position": 50,
        "deleted": False,
    }
    return f"industry/{slug}", json.dumps(doc)


def _industries(laptop: Laptop) -> set[str]:
    from collateral_app.domain.enums import Dimension

    return {e.slug for e in laptop.library.taxonomy()[Dimension.INDUSTRY]}


def test_a_transaction_left_open_in_another_database_does_not_stall_the_feed(
    team_server: TeamServer, postgres: str
) -> None:
    team_server.add_user("ray", Role.REP)
    login = f"{team_server.prefix}_ray"
    with team_server.connect(login) as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('user', 'u1', %s)",
            (docs.profile("Ray"),),
        )
    idle = psycopg.connect(f"{postgres} dbname=postgres", connect_timeout=5)
    try:
        idle.execute("SELECT pg_current_xact_id()")  # holds a transaction id, idle, elsewhere
        with team_server.connect(login) as conn:
            facts.send(
                conn, "usage_events", [("ev-late", docs.fact("usage_events", "ev-late", "u1", "a"))], "a"
            )
        with team_server.connect(login) as reader:
            reader.autocommit = True
            page, _cursor = facts.read_feed(reader, facts.FeedCursor(), origin="reader", limit=100)
    finally:
        idle.close()
    assert [f.id for f in page] == ["ev-late"]
