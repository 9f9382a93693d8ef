"""Team sync on loopback against the local PostgreSQL, each figure beside a baseline measured
in the same run on the same rows:

- push of 100k usage events (`sync_once` of a laptop whose only news is its events) beside a
  raw COPY and a raw executemany `INSERT … ON CONFLICT DO NOTHING` of the same (kind, id, doc);
- pull of 10k catalog rows (8k assets with a page of text each, 1k prospects, 1k deals) into a
  fresh laptop, indexing included, beside a raw fetch of the same documents written into a
  SQLite table with executemany;
- a 200 MB file up and down in 4 MB chunks, beside a raw INSERT and SELECT of the same
  chunks into a plain bytea table;
- 20 laptops syncing at once (separate processes, each with 1,000 events of its own): time
  per sync (p50, p95) and the server connections used, beside one laptop syncing alone;
- one page of the facts feed (5,000 facts) out of a window of 1M facts on the server, at the
  window's start and in its middle, beside a raw read of the same page in the order of the
  feed's index.

The server: COLLATERAL_BENCH_PG (a libpq conninfo without database; default
`host=127.0.0.1 port=5432 user=postgres`). A database `collateral_bench_<hex>` and roles named
after it are made and dropped.

    python -m bench.sync [--events 100000] [--rows 10000] [--file-mb 200] [--laptops 20]
                         [--feed-facts 1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from collateral_app.domain.sales import Role, UsageKind
from collateral_app.domain.team import SyncProgress
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.sales.usage import UsageRecord
from collateral_app.services.team import TeamService
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetPage, AssetRow, AssetTerm
from collateral_app.storage.sales_models import DealRow, ProspectRow
from collateral_app.sync import facts, files
from collateral_app.sync.connection import ServerAddress
from collateral_app.sync.schema import add_user
from tests.pg import url_for

from .build import WORK
from .stats import machine, percentile, ratio, table

SERVER = os.environ.get("COLLATERAL_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres")
MB = 1024 * 1024


def _url(dbname: str, user: str | None = None) -> str:
    return url_for(SERVER, dbname, user)


class Bench:
    def __init__(self, log: Callable[[str], None]) -> None:
        self.log = log
        self.dbname = f"collateral_bench_{uuid.uuid4().hex[:8]}"
        WORK.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix="sync-", dir=WORK))
        self.opened: list[AssetLibrary] = []

    def __enter__(self) -> Bench:
        TeamService.init_server(_url(self.dbname))
        with self.admin() as conn:
            # The hourly volumes a login may send are the admin's to set; the bench measures
            # speed, so it takes them out of the way (one push here is 100k facts).
            conn.execute(
                "UPDATE collateral.limits SET facts_per_hour = 100000000, "
                "fact_bytes_per_hour = 100000000000, catalog_writes_per_hour = 100000000"
            )
        return self

    def __exit__(self, *_exc: object) -> None:
        for library in self.opened:
            library.close()
        with psycopg.connect(_url("postgres"), autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (self.dbname,)
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(self.dbname)))
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (self.dbname + "\\_%",)
            ).fetchall():
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        shutil.rmtree(self.folder, ignore_errors=True)

    def laptop(self, name: str, role: Role) -> TeamService:
        login = f"{self.dbname}_{name}"
        add_user(ServerAddress.parse(_url(self.dbname)), login, role, password="pw")
        library = AssetLibrary.open(self.folder / name)
        self.opened.append(library)
        team = TeamService(library)
        team.join(_url(self.dbname, login), password="pw")
        return team

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(_url(self.dbname))


class Phases:
    """Seconds per sync phase, from the progress reports."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def __call__(self, p: SyncProgress) -> None:
        now = time.perf_counter() - self.started
        self.first.setdefault(p.phase.value, now)
        self.last[p.phase.value] = now

    def seconds(self) -> dict[str, float]:
        """Each phase from its first report to the first report of the next one."""
        order = sorted(self.first.items(), key=lambda kv: kv[1])
        ends = [t for _, t in order[1:]] + [max(self.last.values(), default=0.0)]
        return {name: round(end - start, 2) for (name, start), end in zip(order, ends, strict=True)}


@contextmanager
def timed() -> Iterator[list[float]]:
    box: list[float] = []
    started = time.perf_counter()
    yield box
    box.append(time.perf_counter() - started)


def bench_push(b: Bench, events: int) -> dict[str, Any]:
    b.log(f"sync bench: push of {events:,} events")
    marketer = b.laptop("pusher_mia", Role.MARKETER)
    link = marketer.library.add_link("https://example.com/calc", "ROI calculator")
    marketer.sync_once()
    rep = b.laptop("pusher_ray", Role.REP)
    rep.sync_once()
    loop = SalesLoop(rep.library)
    start = datetime.now(UTC) - timedelta(days=90)
    loop.record_usage_batch(
        [UsageRecord(link.id, UsageKind.SHARED, start + timedelta(seconds=77 * n)) for n in range(events)]
    )
    phases = Phases()
    with timed() as took:
        report = rep.sync_once(progress=phases)
    assert report.sent_facts == events
    table_ = next(t for t in facts.fact_tables() if t.name == "usage_events")
    with rep.library.sessions() as s:
        docs = [
            (str(r["id"]), facts.fact_doc(table_, dict(r))) for r in s.execute(table_.select()).mappings()
        ]
    with b.admin() as conn:
        conn.execute("CREATE TABLE bench_copy (kind text, id text, doc jsonb, PRIMARY KEY (kind, id))")
        conn.execute("CREATE TABLE bench_insert (kind text, id text, doc jsonb, PRIMARY KEY (kind, id))")
        conn.commit()
        with timed() as copy_took:
            with conn.cursor().copy("COPY bench_copy (kind, id, doc) FROM STDIN") as copy:
                for fact_id, doc in docs:
                    copy.write_row(("usage_events", fact_id, doc))
            conn.commit()
        with timed() as insert_took:
            conn.cursor().executemany(
                "INSERT INTO bench_insert (kind, id, doc) VALUES ('usage_events', %s, %s::jsonb) "
                "ON CONFLICT DO NOTHING",
                docs,
            )
            conn.commit()
    sync_s = took[0]
    return {
        "events": events,
        "sync_s": round(sync_s, 2),
        "send_s": phases.seconds().get("sending"),
        "events_per_s": round(events / sync_s),
        "copy_s": round(copy_took[0], 2),
        "executemany_s": round(insert_took[0], 2),
        "ratio_to_copy": ratio(sync_s, copy_took[0]),
        "ratio_to_executemany": ratio(sync_s, insert_took[0]),
    }


def _catalog_rows(library: AssetLibrary, assets: int, accounts: int, creator: str) -> None:
    """Rows straight into the marketer's library, as an import and a CRM import leave them."""
    now = datetime.now(UTC)
    words = ["renewal", "onboarding", "security", "pricing", "clinic", "retail", "analytics", "rollout"]
    with library.sessions.begin() as s:
        asset_rows, pages, terms = [], [], []
        for n in range(assets):
            asset_id = new_id()
            asset_rows.append(
                {
                    "id": asset_id,
                    "title": f"Asset {n} {words[n % len(words)]}",
                    "description": "",
                    "status": "published",
                    "type": "case-study",
                    "owner": creator,
                    "language": "en",
                    "file_name": "",
                    "media_type": "link",
                    "blob_sha256": None,
                    "size_bytes": 0,
                    "url": f"https://example.com/{n}",
                    "page_count": 1,
                    "text_status": "ok",
                    "text_reason": "",
                    "metadata_json": "{}",
                    "source_path": "",
                    "published_on": date.today(),
                    "revision": 1,
                    "deleted": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            text = " ".join(words[(n + k) % len(words)] for k in range(150))
            pages.append({"asset_id": asset_id, "number": 1, "kind": "page", "label": "", "text": text})
            terms.append({"asset_id": asset_id, "dimension": "industry", "slug": "healthcare"})
        s.execute(AssetRow.__table__.insert(), asset_rows)
        s.execute(AssetPage.__table__.insert(), pages)
        s.execute(AssetTerm.__table__.insert(), terms)
        prospects = [
            {
                "id": new_id(),
                "name": f"Account {n}",
                "industry": "healthcare",
                "size": None,
                "region": "",
                "revision": 1,
                "created_at": now,
                "updated_at": now,
            }
            for n in range(accounts)
        ]
        s.execute(ProspectRow.__table__.insert(), prospects)
        s.execute(
            DealRow.__table__.insert(),
            [
                {
                    "id": new_id(),
                    "prospect_id": p["id"],
                    "name": f"Deal {n}",
                    "owner": creator,
                    "crm_stage": "",
                    "currency": "USD",
                    "outcome": "open",
                    "awaiting_feedback": False,
                    "revision": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for n, p in enumerate(prospects)
            ],
        )


def bench_pull(b: Bench, rows: int) -> dict[str, Any]:
    assets, accounts = rows * 8 // 10, rows // 10
    b.log(f"sync bench: pull of {rows:,} catalog rows ({assets:,} assets, {accounts:,} prospects and deals)")
    marketer = b.laptop("puller_mia", Role.MARKETER)
    _catalog_rows(marketer.library, assets, accounts, "Mia")
    with timed() as push_took:
        pushed = marketer.sync_once()
    rep = b.laptop("puller_ray", Role.REP)
    phases = Phases()
    with timed() as took:
        report = rep.sync_once(progress=phases)
    assert rep.library.asset_count() >= assets
    with b.admin() as conn, timed() as raw_took:
        docs = conn.execute("SELECT kind, key, doc::text, version FROM collateral.catalog").fetchall()
        texts = conn.execute("SELECT sha256, pages::text FROM collateral.asset_texts").fetchall()
        raw = sqlite3.connect(b.folder / "raw-pull.db")
        raw.execute(
            "CREATE TABLE catalog (kind TEXT, key TEXT, doc TEXT, version INTEGER, PRIMARY KEY (kind, key))"
        )
        raw.execute("CREATE TABLE texts (sha TEXT PRIMARY KEY, pages TEXT)")
        raw.executemany("INSERT INTO catalog VALUES (?, ?, ?, ?)", docs)
        raw.executemany("INSERT INTO texts VALUES (?, ?)", texts)
        raw.commit()
        raw.close()
    pull_s = took[0]
    return {
        "rows": report.pulled_changes,
        "marketer_push_s": round(push_took[0], 2),
        "pushed_changes": pushed.pushed_changes,
        "sync_s": round(pull_s, 2),
        "apply_s": phases.seconds().get("pulling"),
        "index_s": phases.seconds().get("indexing"),
        "rows_per_s": round(report.pulled_changes / pull_s),
        "raw_fetch_and_insert_s": round(raw_took[0], 2),
        "ratio_to_raw": ratio(pull_s, raw_took[0]),
        "search_after_pull": rep.library.search("clinic rollout").total,
    }


def bench_file(b: Bench, megabytes: int) -> dict[str, Any]:
    b.log(f"sync bench: a {megabytes} MB file up and down")
    marketer = b.laptop("files_mia", Role.MARKETER)
    rep = b.laptop("files_ray", Role.REP)
    source = b.folder / "big.bin"
    with source.open("wb") as handle:
        block = os.urandom(MB)
        for n in range(megabytes):
            handle.write(hashlib.sha256(block + n.to_bytes(4, "big")).digest() * (MB // 32))
    stored = marketer.library.blobs.add_file(source)
    with marketer.engine.connect() as conn, timed() as up:
        sent = files.upload(conn, marketer.library.blobs, stored.sha256)
    with rep.engine.connect() as conn, timed() as down:
        fetched = files.download(conn, rep.library.blobs, rep.engine.partial_folder, stored.sha256)
    assert rep.library.blobs.verify(stored.sha256)
    with b.admin() as conn:
        conn.execute("CREATE TABLE bench_chunks (n int PRIMARY KEY, data bytea)")
        conn.execute("ALTER TABLE bench_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
        conn.commit()
        with timed() as raw_up, source.open("rb") as handle:
            n = 0
            while data := handle.read(files.DEFAULT_CHUNK):
                conn.execute("INSERT INTO bench_chunks VALUES (%s, %s)", (n, data))
                n += 1
            conn.commit()
        with timed() as raw_down, (b.folder / "raw-down.bin").open("wb") as out:
            for (data,) in conn.execute("SELECT data FROM bench_chunks ORDER BY n", binary=True):
                out.write(data)
    size_mb = stored.size_bytes / MB
    return {
        "mb": round(size_mb),
        "chunk_mb": files.DEFAULT_CHUNK // MB,
        "upload_s": round(up[0], 2),
        "upload_mb_s": round(size_mb / up[0], 1),
        "download_s": round(down[0], 2),
        "download_mb_s": round(size_mb / down[0], 1),
        "raw_upload_s": round(raw_up[0], 2),
        "raw_download_s": round(raw_down[0], 2),
        "upload_ratio": ratio(up[0], raw_up[0]),
        "download_ratio": ratio(down[0], raw_down[0]),
        "bytes": sent == fetched == stored.size_bytes,
    }


def _sync_one(root: str, start: Any, out: Any, ready: Any = None) -> None:
    library = AssetLibrary.open(Path(root))
    try:
        team = TeamService(library)
        if ready is not None:
            ready.put(root)  # started and loaded: the clock starts for all at once
        start.wait()
        began = time.perf_counter()
        phases = Phases()
        report = team.sync_once(progress=phases)
        out.put((time.perf_counter() - began, report.sent_facts, report.received_facts, phases.seconds()))
    finally:
        library.close()


def bench_many(b: Bench, laptops: int, events_each: int = 1_000) -> dict[str, Any]:
    b.log(f"sync bench: {laptops} laptops syncing at once, {events_each:,} events each")
    marketer = b.laptop("many_mia", Role.MARKETER)
    link = marketer.library.add_link("https://example.com/deck", "Pricing deck")
    marketer.sync_once()
    roots = []
    for n in range(laptops + 2):  # the crowd, and two that sync alone before and after it
        team = b.laptop(f"many_rep{n}", Role.REP)
        team.sync_once()
        loop = SalesLoop(team.library)
        prospect = loop.create_prospect(f"Account of rep {n}")
        now = datetime.now(UTC)
        loop.record_usage_batch(
            [
                UsageRecord(link.id, UsageKind.SHARED, now - timedelta(minutes=k), prospect_id=prospect.id)
                for k in range(events_each)
            ]
        )
        roots.append(str(team.library.paths.root))
    for library in b.opened:
        library.close()
    b.opened.clear()
    context = multiprocessing.get_context("spawn")

    def alone(root: str) -> tuple[float, int, int, dict[str, float]]:
        start, out = context.Event(), context.Queue()
        process = context.Process(target=_sync_one, args=(root, start, out))
        process.start()
        start.set()
        result: tuple[float, int, int, dict[str, float]] = out.get(timeout=600)
        process.join()
        return result

    before = alone(roots[-2])  # one laptop, nobody else's events on the server yet
    start, out, ready = context.Event(), context.Queue(), context.Queue()
    workers = [context.Process(target=_sync_one, args=(root, start, out, ready)) for root in roots[:-2]]
    for w in workers:
        w.start()
    for _ in workers:
        ready.get(timeout=600)
    peak = 0
    results: list[tuple[float, int, int, dict[str, float]]] = []
    with b.admin() as watcher:
        watcher.autocommit = True
        start.set()
        while len(results) < len(workers):
            (count,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (b.dbname,),
            ).fetchone() or (0,)
            peak = max(peak, int(count))
            while not out.empty():
                results.append(out.get())
            time.sleep(0.02)
    for w in workers:
        w.join()
    after = alone(roots[-1])  # one laptop receiving everything the crowd sent
    seconds = [r[0] for r in results]
    return {
        "laptops": len(workers),
        "events_each": events_each,
        "alone_first_s": round(before[0], 2),
        "alone_last_s": round(after[0], 2),
        "alone_last_received": after[2],
        "p50_s": round(statistics.median(seconds), 2),
        "p95_s": round(percentile(seconds, 95), 2),
        "max_s": round(max(seconds), 2),
        "received_mean": round(statistics.fmean(r[2] for r in results)),
        "phases_p95": {
            name: round(percentile([r[3].get(name, 0.0) for r in results], 95), 2)
            for name in sorted({n for r in results for n in r[3]})
        },
        "p95_to_alone_first": ratio(percentile(seconds, 95), before[0]),
        "peak_connections": peak,
        "events_on_server": _count(b, "SELECT count(*) FROM collateral.facts"),
    }


def bench_feed(b: Bench, count: int, page: int = 5_000) -> dict[str, Any]:
    """Pages of a feed window holding `count` facts, written by 20 laptops in transactions of
    5,000 each (real transaction ids, the server's own stamp)."""
    b.log(f"sync bench: feed pages out of a window of {count:,} facts")
    login = f"{b.dbname}_feed_ray"
    add_user(ServerAddress.parse(_url(b.dbname)), login, Role.REP, password="pw")
    with b.admin() as conn:
        for start in range(0, count, 5_000):
            conn.execute(
                "INSERT INTO collateral.facts (kind, id, doc, origin) "
                "SELECT 'usage_events', x.id, jsonb_build_object('id', x.id, 'asset_id', 'bench-asset', "
                "'kind', 'shared', 'occurred_at', '2026-12-01T10:00:00+00:00', 'prospect_id', NULL, "
                "'deal_id', NULL, 'source', 'app', 'import_key', NULL, "
                "'recorded_at', '2026-12-01T10:00:00+00:00', 'user_id', 'rep-' || (x.n %% 20), "
                "'device_id', 'laptop-' || (x.n %% 20)), 'laptop-' || (x.n %% 20) "
                "FROM (SELECT n, md5(n::text) AS id FROM generate_series(%s::int, %s::int) AS n) x",
                (start, min(start + 5_000, count) - 1),
            )
            conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE collateral.facts")
        (middle_txid, middle_kind, middle_id) = conn.execute(
            "SELECT txid::text::bigint, kind, id FROM collateral.facts ORDER BY txid, kind, id "
            "OFFSET %s LIMIT 1",
            (count // 2,),
        ).fetchone() or (0, "", "")
    with psycopg.connect(_url(b.dbname, login), password="pw", autocommit=True) as conn:
        facts.read_feed(conn, facts.FeedCursor(), origin="reader", limit=10)  # connection warmed
        with timed() as first_took:
            first, cursor = facts.read_feed(conn, facts.FeedCursor(), origin="reader", limit=page)
        assert len(first) == page and cursor.ceiling is not None
        middle_cursor = facts.FeedCursor(
            0, cursor.ceiling, (int(middle_txid), str(middle_kind), str(middle_id))
        )
        with timed() as middle_took:
            middle, _next = facts.read_feed(conn, middle_cursor, origin="reader", limit=page)
        assert len(middle) == page
        raw = (
            "SELECT kind, id, doc::text FROM collateral.facts "
            "WHERE (txid, kind, id) > (%s::text::xid8, %s, %s) ORDER BY txid, kind, id LIMIT %s"
        )
        with timed() as raw_first_took:
            raw_first = conn.execute(raw, ("0", "", "", page)).fetchall()
        with timed() as raw_middle_took:
            raw_middle = conn.execute(raw, (str(middle_txid), middle_kind, middle_id, page)).fetchall()
    assert [r[1] for r in raw_first] == [f.id for f in first]
    assert [r[1] for r in raw_middle] == [f.id for f in middle]
    return {
        "facts": count,
        "page": page,
        "first_page_s": round(first_took[0], 3),
        "middle_page_s": round(middle_took[0], 3),
        "raw_first_page_s": round(raw_first_took[0], 3),
        "raw_middle_page_s": round(raw_middle_took[0], 3),
        "first_ratio": ratio(first_took[0], raw_first_took[0]),
        "middle_ratio": ratio(middle_took[0], raw_middle_took[0]),
    }


def _count(b: Bench, query: str) -> int:
    with b.admin() as conn:
        row = conn.execute(query.encode()).fetchone()
    return int(row[0]) if row else 0


def run(
    log: Callable[[str], None] = print,
    *,
    events: int = 100_000,
    rows: int = 10_000,
    file_mb: int = 200,
    laptops: int = 20,
    feed_facts: int = 1_000_000,
) -> dict[str, Any]:
    started = time.perf_counter()
    results: dict[str, Any] = {"bench": "sync", "machine": machine()}
    # A server of its own for each, so none inherits another's rows.
    for name, bench in (
        ("push", lambda b: bench_push(b, events)),
        ("pull", lambda b: bench_pull(b, rows)),
        ("file", lambda b: bench_file(b, file_mb)),
        ("many", lambda b: bench_many(b, laptops)),
        ("feed", lambda b: bench_feed(b, feed_facts)),
    ):
        with Bench(log) as b:
            results[name] = bench(b)
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def report(results: dict[str, Any]) -> str:
    p, q, f, m = results["push"], results["pull"], results["file"], results["many"]
    feed = results["feed"]
    rows = [
        [
            f"push {p['events']:,} events (sync_once)",
            f"{p['sync_s']} s",
            f"{p['events_per_s']:,}/s",
            f"COPY {p['copy_s']} s; executemany {p['executemany_s']} s",
            f"{p['ratio_to_copy']}× COPY, {p['ratio_to_executemany']}× executemany",
        ],
        [
            f"pull {q['rows']:,} catalog rows (sync_once): "
            f"{q['apply_s']} s applying, {q['index_s']} s indexing",
            f"{q['sync_s']} s",
            f"{q['rows_per_s']:,}/s",
            f"fetch + SQLite executemany {q['raw_fetch_and_insert_s']} s",
            f"{q['ratio_to_raw']}×",
        ],
        [
            f"upload {f['mb']} MB ({f['chunk_mb']} MB chunks)",
            f"{f['upload_s']} s",
            f"{f['upload_mb_s']} MB/s",
            f"raw INSERT of the chunks {f['raw_upload_s']} s",
            f"{f['upload_ratio']}×",
        ],
        [
            f"download {f['mb']} MB",
            f"{f['download_s']} s",
            f"{f['download_mb_s']} MB/s",
            f"raw SELECT of the chunks {f['raw_download_s']} s",
            f"{f['download_ratio']}×",
        ],
        [
            f"{m['laptops']} laptops at once, {m['events_each']:,} events each to send",
            f"p50 {m['p50_s']} s, p95 {m['p95_s']} s",
            f"{m['peak_connections']} connections at most",
            f"one laptop alone: {m['alone_first_s']} s with nothing to receive, {m['alone_last_s']} s "
            f"receiving {m['alone_last_received']:,} (the crowd received {m['received_mean']:,} on average)",
            f"p95 {m['p95_to_alone_first']}× the first",
        ],
        [
            f"a feed page of {feed['page']:,} out of {feed['facts']:,} facts: first, middle",
            f"{feed['first_page_s']} s, {feed['middle_page_s']} s",
            "",
            f"raw read in index order {feed['raw_first_page_s']} s, {feed['raw_middle_page_s']} s",
            f"{feed['first_ratio']}×, {feed['middle_ratio']}×",
        ],
    ]
    note = (
        f"(the marketer's push of the {q['rows']:,} rows took {q['marketer_push_s']} s; "
        f"a search on the rep's laptop right after the pull found {q['search_after_pull']} assets)"
    )
    return table(["what", "time", "rate", "baseline (same run)", "ratio"], rows) + "\n\n" + note


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--file-mb", type=int, default=200)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--feed-facts", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    results = run(
        events=args.events,
        rows=args.rows,
        file_mb=args.file_mb,
        laptops=args.laptops,
        feed_facts=args.feed_facts,
    )
    (WORK / "sync-results.json").write_text(json.dumps(results, indent=2))
    print(report(results))


if __name__ == "__main__":
    main()
