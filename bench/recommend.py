"""`recommend` latency on a big library: 10k assets, 20k deals (5k prospects), 1M usage events
and ~20k feedback entries, generated with a fixed seed and inserted in bulk (raw executemany
into a migrated library, so the schema and indexes are the app's own). Then
`SalesLoop.recommend(deal_id=…)` for open deals and `recommend(segment=…)` for segments,
through the real service (a fresh session per call, as the app does).

    python -m bench.recommend [--rebuild] [--queries 60]

Built libraries are cached in bench/.work/recommend-lib (gitignored). The target (issue 4):
≤ 100 ms per recommendation. Reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from .stats import machine, ratio, summary, table, verdict

WORK = Path(__file__).resolve().parent / ".work"
LIBRARY = WORK / "recommend-lib"
MANIFEST = "bench-recommend.json"
DATA_VERSION = 1
SEED = 20_250_630
TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
TARGET_MS = 100.0
SIZES = {"assets": 10_000, "prospects": 5_000, "deals": 20_000, "events": 1_000_000, "users": 60}

INDUSTRIES = [
    "healthcare",
    "financial-services",
    "manufacturing",
    "retail",
    "public-sector",
    "technology",
    "education",
    "logistics",
]
SIZE_SLUGS = ["smb", "mid-market", "enterprise"]
STAGES = ["awareness", "consideration", "decision", "onboarding", "expansion"]
PERSONAS = [
    "cfo",
    "cio",
    "ciso",
    "operations",
    "clinical-leader",
    "procurement",
    "end-user",
    "executive-sponsor",
]
PRODUCTS = ["platform", "analytics", "security", "integrations", "services"]
TYPES = ["deck", "case-study", "one-pager", "datasheet", "battlecard", "whitepaper", "video", "calculator"]
CHUNK = 20_000


def _ts(moment: datetime) -> str:
    """How SQLAlchemy stores our UTCDateTime in SQLite (naive UTC, always microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _chunks(rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def build(log: Callable[[str], None] = print) -> dict[str, Any]:
    """Generate and insert the data set; returns its figures."""
    from collateral_app.services.library.asset_library import AssetLibrary

    started = time.perf_counter()
    if LIBRARY.exists():
        import shutil

        shutil.rmtree(LIBRARY)
    AssetLibrary.open(LIBRARY).close()  # migrated, taxonomy seeded
    rng = random.Random(SEED)
    conn = sqlite3.connect(LIBRARY / "library.db")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    created = _ts(NOW - timedelta(days=800))
    counts: dict[str, int] = {}
    with conn:
        user_ids = [_id(rng) for _ in range(SIZES["users"])]
        conn.executemany(
            "INSERT INTO users (id, name, role, revision, created_at, updated_at)"
            " VALUES (?, ?, 'rep', 1, ?, ?)",
            [(u, f"Rep {n}", created, created) for n, u in enumerate(user_ids)],
        )
        log("assets")
        assets: list[str] = []
        asset_rows: list[tuple[Any, ...]] = []
        term_rows: list[tuple[str, str, str]] = []
        for n in range(SIZES["assets"]):
            asset_id = _id(rng)
            assets.append(asset_id)
            published = TODAY - timedelta(days=rng.randint(1, 900))
            review_by = published + timedelta(days=180 + rng.choice([0, 0, 180, 360]))
            expires = TODAY + timedelta(days=rng.randint(-60, 400)) if rng.random() < 0.1 else None
            status = rng.choices(["published", "draft", "archived"], weights=[90, 5, 5])[0]
            asset_rows.append(
                (
                    asset_id,
                    f"Asset {n} {rng.choice(TYPES)}",
                    status,
                    rng.choice(TYPES),
                    published.isoformat(),
                    review_by.isoformat(),
                    expires.isoformat() if expires else None,
                    created,
                    created,
                )
            )
            if rng.random() < 0.7:
                for slug in rng.sample(INDUSTRIES, rng.choice([1, 1, 2])):
                    term_rows.append((asset_id, "industry", slug))
            if rng.random() < 0.5:
                term_rows.append((asset_id, "size", rng.choice(SIZE_SLUGS)))
            for slug in rng.sample(STAGES, rng.choice([1, 1, 2])):
                term_rows.append((asset_id, "stage", slug))
            if rng.random() < 0.6:
                for slug in rng.sample(PERSONAS, rng.choice([1, 2])):
                    term_rows.append((asset_id, "persona", slug))
            term_rows.append((asset_id, "product", rng.choice(PRODUCTS)))
        conn.executemany(
            "INSERT INTO assets (id, title, description, status, type, owner, language, file_name,"
            " media_type, size_bytes, page_count, text_status, text_reason, metadata_json,"
            " published_on, review_by, expires_on, source_path, revision, indexed_revision, deleted,"
            " created_at, updated_at)"
            " VALUES (?, ?, '', ?, ?, 'Marketing', 'en', '', 'link', 0, 0, 'none', '', '{}', ?, ?, ?, '',"
            " 1, 1, 0, ?, ?)",
            asset_rows,
        )
        conn.executemany("INSERT INTO asset_terms (asset_id, dimension, slug) VALUES (?, ?, ?)", term_rows)
        counts["assets"], counts["asset_terms"] = len(asset_rows), len(term_rows)

        log("prospects and deals")
        prospects = [
            (_id(rng), rng.choice(INDUSTRIES), rng.choice(SIZE_SLUGS)) for _ in range(SIZES["prospects"])
        ]
        conn.executemany(
            "INSERT INTO prospects (id, name, industry, size, region, revision, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, '', 1, ?, ?)",
            [(p, f"Prospect {n}", ind, size, created, created) for n, (p, ind, size) in enumerate(prospects)],
        )
        deals: list[tuple[str, str, date, date, str]] = []
        for _ in range(SIZES["deals"]):
            prospect_id = rng.choice(prospects)[0]
            opened = TODAY - timedelta(days=rng.randint(0, 730))
            outcome = rng.choices(["won", "lost", "open"], weights=[35, 30, 35])[0]
            if outcome == "open":
                close = TODAY + timedelta(days=rng.randint(1, 120))
            else:
                close = min(TODAY, opened + timedelta(days=rng.randint(14, 150)))
            deals.append((_id(rng), prospect_id, opened, close, outcome))
        conn.executemany(
            "INSERT INTO deals (id, prospect_id, name, owner, stage, crm_stage, amount_minor, currency,"
            " created_on, close_date, outcome, awaiting_feedback, crm_source, crm_id, revision, created_at,"
            " updated_at)"
            " VALUES (?, ?, ?, 'Rep', ?, '', ?, 'USD', ?, ?, ?, 0, 'bench', ?, 1, ?, ?)",
            [
                (
                    d,
                    p,
                    f"Deal {n}",
                    rng.choice(STAGES[:3]),
                    rng.randint(1_000, 200_000) * 100,
                    opened.isoformat(),
                    close.isoformat(),
                    outcome,
                    str(n),
                    created,
                    created,
                )
                for n, (d, p, opened, close, outcome) in enumerate(deals)
            ],
        )
        counts["prospects"], counts["deals"] = len(prospects), len(deals)

        log("usage events (1M)")
        # Zipf-like popularity: a few assets are used all the time, many almost never.
        weights = [1 / (rank + 1) ** 0.9 for rank in range(len(assets))]
        popular = rng.sample(assets, len(assets))
        device = _id(rng)
        total = 0
        events: list[tuple[Any, ...]] = []
        per_deal = SIZES["events"] * 7 // 10 // len(deals)
        for deal_id, prospect_id, opened, close, _outcome in deals:
            span = max(1, (close - opened).days)
            for asset_id in rng.choices(popular, weights=weights, k=per_deal):
                when = datetime.combine(opened, datetime.min.time(), UTC) + timedelta(
                    days=rng.randint(0, span), seconds=rng.randint(0, 86_399)
                )
                kind = rng.choices(["viewed", "shared", "presented"], weights=[40, 45, 15])[0]
                events.append(
                    (_id(rng), asset_id, kind, rng.choice(user_ids), device, _ts(when), prospect_id, deal_id)
                )
        while len(events) < SIZES["events"]:
            when = NOW - timedelta(days=rng.randint(0, 730), seconds=rng.randint(0, 86_399))
            asset_id = rng.choices(popular, weights=weights)[0]
            events.append((_id(rng), asset_id, "viewed", rng.choice(user_ids), device, _ts(when), None, None))
        for chunk in _chunks(events):
            conn.executemany(
                "INSERT INTO usage_events (id, asset_id, kind, user_id, device_id, occurred_at, prospect_id,"
                " deal_id, source, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', '2025-06-30 12:00:00.000000')",
                chunk,
            )
            total += len(chunk)
        counts["usage_events"] = total

        log("feedback")
        feedback: list[tuple[Any, ...]] = []
        for deal_id, _prospect, _opened, close, outcome in deals:
            if outcome == "open" or rng.random() < 0.25:
                continue
            for asset_id in rng.choices(popular[:2_000], weights=weights[:2_000], k=rng.randint(1, 3)):
                if outcome == "won":
                    verdict_ = rng.choices(
                        ["helped_win", "found_useful", "did_not_help"], weights=[60, 25, 15]
                    )[0]
                else:
                    verdict_ = rng.choices(["did_not_help", "found_useful"], weights=[70, 30])[0]
                at = datetime.combine(close, datetime.min.time(), UTC) + timedelta(days=rng.randint(0, 10))
                rating = rng.choice([None, 2, 3, 4, 4, 5, 5])
                feedback.append(
                    (_id(rng), asset_id, deal_id, verdict_, rating, rng.choice(user_ids), device, _ts(at))
                )
        conn.executemany(
            "INSERT INTO feedback (id, asset_id, deal_id, verdict, rating, comment, user_id, device_id,"
            " source, created_at) VALUES (?, ?, ?, ?, ?, '', ?, ?, 'app', ?)",
            feedback,
        )
        counts["feedback"] = len(feedback)
    conn.close()
    manifest = {"version": DATA_VERSION, "counts": counts, "seconds": round(time.perf_counter() - started, 1)}
    (LIBRARY / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def ensure(rebuild: bool, log: Callable[[str], None]) -> dict[str, Any]:
    path = LIBRARY / MANIFEST
    if not rebuild and path.exists():
        manifest = json.loads(path.read_text())
        if manifest.get("version") == DATA_VERSION:
            manifest["cached"] = True
            return manifest
    WORK.mkdir(parents=True, exist_ok=True)
    log("building the recommend benchmark library (cached afterwards)")
    manifest = build(log)
    manifest["cached"] = False
    return manifest


def run(*, rebuild: bool = False, queries: int = 60, log: Callable[[str], None] = print) -> dict[str, Any]:
    from collateral_app.domain.sales import Segment
    from collateral_app.services.library.asset_library import AssetLibrary
    from collateral_app.services.sales.loop import SalesLoop

    manifest = ensure(rebuild, log)
    rng = random.Random(SEED + 1)
    library = AssetLibrary.open(LIBRARY)
    try:
        loop = SalesLoop(library, clock=lambda: NOW)
        conn = sqlite3.connect(LIBRARY / "library.db")
        open_deals = [r[0] for r in conn.execute("SELECT id FROM deals WHERE outcome = 'open' ORDER BY id")]
        conn.close()
        deal_ids = rng.sample(open_deals, queries)
        started = time.perf_counter()  # the first call loads the catalog it then keeps
        loop.recommend(deal_id=deal_ids[0], limit=5)
        cold_ms = round((time.perf_counter() - started) * 1000, 1)
        segments = [
            Segment(
                industry=rng.choice(INDUSTRIES),
                size=rng.choice(SIZE_SLUGS),
                stage=rng.choice(STAGES),
                persona=rng.choice(PERSONAS),
            )
            for _ in range(queries)
        ]
        for deal_id in deal_ids[:5]:  # warm-up: page cache, statement cache
            loop.recommend(deal_id=deal_id)
        by_deal: list[float] = []
        by_segment: list[float] = []
        cpu_deal: list[float] = []
        cpu_segment: list[float] = []
        example = None
        for deal_id, segment in zip(deal_ids, segments, strict=True):
            started, cpu = time.perf_counter(), time.thread_time()
            result = loop.recommend(deal_id=deal_id, limit=5)
            by_deal.append((time.perf_counter() - started) * 1000)
            cpu_deal.append((time.thread_time() - cpu) * 1000)
            example = example or result
            started, cpu = time.perf_counter(), time.thread_time()
            loop.recommend(segment=segment, limit=5)
            by_segment.append((time.perf_counter() - started) * 1000)
            cpu_segment.append((time.thread_time() - cpu) * 1000)
        baseline = _baseline(deal_ids)
    finally:
        library.close()
    deal_summary, segment_summary = summary(by_deal), summary(by_segment)
    results = {
        "machine": machine(),
        "data": manifest,
        "deal": deal_summary,
        "segment": segment_summary,
        # CPU time of the calling thread (SQLite runs in it): what the call costs when the
        # machine is not shared; wall time above includes waiting for other processes.
        "deal_cpu": summary(cpu_deal),
        "segment_cpu": summary(cpu_segment),
        "load_end": round(os.getloadavg()[0], 2),
        "first_call_ms": cold_ms,
        "baseline": summary(baseline),
        "ratio_median": ratio(deal_summary["median_ms"], summary(baseline)["median_ms"]),
        "target_ms": TARGET_MS,
        "verdict": verdict(max(deal_summary["p95_ms"], segment_summary["p95_ms"]), TARGET_MS),
        "example": [
            {"title": r.title, "score": r.score, "reason": r.reason}
            for r in (example.items if example else ())
        ],
    }
    (WORK / "recommend.json").write_text(json.dumps(results, indent=2))
    return results


BASELINE_SQL = """
    SELECT e.asset_id, count(DISTINCT e.deal_id) AS won
    FROM usage_events e
    JOIN deals d ON d.id = e.deal_id
    JOIN prospects p ON p.id = d.prospect_id
    WHERE d.outcome = 'won' AND p.industry = ? AND p.size = ? AND e.kind IN ('shared', 'presented')
    GROUP BY e.asset_id ORDER BY won DESC LIMIT 5
"""


def _baseline(deal_ids: list[str]) -> list[float]:
    """One plain SQL aggregate per deal: the assets most used in won deals of its segment.
    The least any evidence-weighted recommendation must read."""
    conn = sqlite3.connect(LIBRARY / "library.db")
    try:
        segment_sql = (
            "SELECT p.industry, p.size FROM deals d JOIN prospects p ON p.id = d.prospect_id WHERE d.id = ?"
        )
        samples = []
        for deal_id in deal_ids[:5] + deal_ids:  # the first five warm the cache
            started = time.perf_counter()
            industry, size = conn.execute(segment_sql, (deal_id,)).fetchone()
            conn.execute(BASELINE_SQL, (industry, size)).fetchall()
            samples.append((time.perf_counter() - started) * 1000)
        return samples[5:]
    finally:
        conn.close()


def report(results: dict[str, Any]) -> str:
    counts = results["data"]["counts"]
    rows = [
        [
            name,
            results[key]["n"],
            results[key]["median_ms"],
            results[key]["p95_ms"],
            results[key]["max_ms"],
            f"≤ {results['target_ms']:.0f} ms",
            verdict(results[key]["p95_ms"], results["target_ms"]),
        ]
        for name, key in (
            ("recommend(deal_id=…), wall", "deal"),
            ("recommend(segment=…), wall", "segment"),
            ("recommend(deal_id=…), CPU", "deal_cpu"),
            ("recommend(segment=…), CPU", "segment_cpu"),
        )
    ]
    head = (
        f"{counts['assets']:,} assets, {counts['deals']:,} deals, {counts['usage_events']:,} usage events, "
        f"{counts['feedback']:,} feedback entries; load average {results['machine']['load']} at start, "
        f"{results['load_end']} at end ({results['machine']['cores']} cores)"
    )
    head += f"\nFirst call of a SalesLoop (loads the catalog it keeps): {results['first_call_ms']} ms"
    if "baseline" in results:
        head += (
            f"\nBaseline, same run: one SQL aggregate per deal (assets most used in won deals of its "
            f"segment), median {results['baseline']['median_ms']} ms / "
            f"p95 {results['baseline']['p95_ms']} ms; "
            f"recommend(deal_id=…) median is {results['ratio_median']}× that"
        )
    return head + "\n\n" + table(["call", "n", "median ms", "p95 ms", "max ms", "target", "verdict"], rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rebuild", action="store_true", help="generate the data set again")
    parser.add_argument("--queries", type=int, default=60, help="deals (and segments) to recommend for")
    args = parser.parse_args(argv)
    results = run(rebuild=args.rebuild, queries=args.queries, log=lambda m: print(m, flush=True))
    print(f"machine: {results['machine']}")
    print(report(results))
    for item in results["example"]:
        print(f"  {item['score']:>5}  {item['title']}: {item['reason']}")


if __name__ == "__main__":
    main()
