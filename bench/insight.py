"""The marketing insight on a big library: 10k assets, 50k deals (12k prospects), 1M usage
events, ~40k feedback entries, 3k content requests and 30k logged searches, generated with a
fixed seed and inserted in bulk (executemany into a migrated library, so the schema and the
indexes are the app's own). Then each report and the whole Insight computation through the
real service, for the 90- and 365-day windows, beside a baseline measured in the same run:
`SELECT count(*) FROM usage_events`, a plain scan of every event.

    python -m bench.insight [--rebuild] [--repeat 5]

The library is cached in bench/.work/insight-lib (gitignored). Targets (issue 5): each report
≤ 300 ms, the whole view ≤ 1.5 s. Reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from .stats import machine, table, verdict

WORK = Path(__file__).resolve().parent / ".work"
LIBRARY = WORK / "insight-lib"
MANIFEST = "bench-insight.json"
DATA_VERSION = 6  # 3-6: the insight indexes of migration 0003 grew (a rebuild migrates afresh)
SEED = 20_251_201
TODAY = date(2025, 6, 30)
NOW = datetime(2025, 6, 30, 15, 0, tzinfo=UTC)
REPORT_TARGET_MS = 300.0
VIEW_TARGET_MS = 1_500.0
SIZES = {
    "assets": 10_000,
    "prospects": 12_000,
    "deals": 50_000,
    "events": 1_000_000,
    "users": 80,
    "requests": 3_000,
    "searches": 30_000,
}
HISTORY_DAYS = 730

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
PERSONAS = ["cfo", "cio", "ciso", "operations", "clinical-leader", "procurement", "end-user"]
PRODUCTS = ["platform", "analytics", "security", "integrations", "services"]
TYPES = ["deck", "case-study", "one-pager", "datasheet", "battlecard", "whitepaper", "video", "calculator"]
WORDS = ["roi", "pricing", "security", "hipaa", "contoso", "migration", "sso", "gdpr", "soc", "api"]
CHUNK = 20_000


def _ts(moment: datetime) -> str:
    """How SQLAlchemy stores our UTCDateTime in SQLite (naive UTC, always microseconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _chunks(rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _moment(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC) + timedelta(
        seconds=rng.randint(6 * 3600, 20 * 3600)
    )


def build(log: Callable[[str], None] = print) -> dict[str, Any]:
    """Generate and insert the data set; returns its figures."""
    from collateral_app.services.library.asset_library import AssetLibrary

    started = time.perf_counter()
    if LIBRARY.exists():
        shutil.rmtree(LIBRARY)
    AssetLibrary.open(LIBRARY).close()  # migrated, taxonomy seeded
    rng = random.Random(SEED)
    conn = sqlite3.connect(LIBRARY / "library.db")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    created = _ts(NOW - timedelta(days=HISTORY_DAYS + 100))
    counts: dict[str, int] = {}
    with conn:
        users = [_id(rng) for _ in range(SIZES["users"])]
        conn.executemany(
            "INSERT INTO users (id, name, role, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
            [(u, f"Rep {n}", "rep" if n % 8 else "marketer", created, created) for n, u in enumerate(users)],
        )
        device = _id(rng)

        log("assets")
        assets: list[str] = []
        asset_rows: list[tuple[Any, ...]] = []
        terms: list[tuple[str, str, str]] = []
        for n in range(SIZES["assets"]):
            asset_id = _id(rng)
            assets.append(asset_id)
            published = TODAY - timedelta(days=rng.randint(1, 900))
            review_by = published + timedelta(days=180 + rng.choice([0, 0, 180, 360]))
            expires = TODAY + timedelta(days=rng.randint(-60, 400)) if rng.random() < 0.1 else None
            status = rng.choices(["published", "draft", "archived"], weights=[88, 5, 7])[0]
            type_ = rng.choice(TYPES)
            asset_rows.append(
                (
                    asset_id,
                    f"Asset {n} {type_}",
                    status,
                    type_,
                    f"Owner {n % 40}",
                    published.isoformat(),
                    review_by.isoformat() if rng.random() < 0.9 else None,
                    expires.isoformat() if expires else None,
                    created,
                    created,
                )
            )
            for slug in rng.sample(INDUSTRIES, rng.choice([1, 1, 2])):
                terms.append((asset_id, "industry", slug))
            if rng.random() < 0.6:
                terms.append((asset_id, "size", rng.choice(SIZE_SLUGS)))
            for slug in rng.sample(STAGES, rng.choice([1, 1, 2])):
                terms.append((asset_id, "stage", slug))
            if rng.random() < 0.6:
                for slug in rng.sample(PERSONAS, rng.choice([1, 2])):
                    terms.append((asset_id, "persona", slug))
            terms.append((asset_id, "product", rng.choice(PRODUCTS)))
        conn.executemany(
            "INSERT INTO assets (id, title, description, status, type, owner, language, file_name,"
            " media_type, size_bytes, page_count, text_status, text_reason, metadata_json,"
            " published_on, review_by, expires_on, source_path, revision, indexed_revision, deleted,"
            " created_at, updated_at)"
            " VALUES (?, ?, '', ?, ?, ?, 'en', '', 'link', 0, 0, 'none', '', '{}', ?, ?, ?, '',"
            " 1, 1, 0, ?, ?)",
            asset_rows,
        )
        conn.executemany("INSERT INTO asset_terms (asset_id, dimension, slug) VALUES (?, ?, ?)", terms)
        counts["assets"], counts["asset_terms"] = len(asset_rows), len(terms)

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
        deal_rows: list[tuple[Any, ...]] = []
        for n in range(SIZES["deals"]):
            prospect_id = rng.choice(prospects)[0]
            opened = TODAY - timedelta(days=rng.randint(0, HISTORY_DAYS))
            # Deals still inside their cycle are open; the others closed, won or lost.
            close = opened + timedelta(days=rng.randint(14, 150))
            if close >= TODAY:
                outcome, close = "open", TODAY + timedelta(days=rng.randint(1, 120))
            else:
                outcome = "won" if rng.random() < 0.52 else "lost"
            deals.append((_id(rng), prospect_id, opened, close, outcome))
            deal_rows.append(
                (
                    deals[-1][0],
                    prospect_id,
                    f"Deal {n}",
                    f"Rep {rng.randrange(SIZES['users'])}",
                    rng.choice(STAGES[:3]) if outcome == "open" else None,
                    rng.randint(1_000, 200_000) * 100,
                    rng.choice(["USD", "USD", "USD", "EUR"]),
                    opened.isoformat(),
                    close.isoformat(),
                    outcome,
                    str(n),
                    created,
                    created,
                )
            )
        conn.executemany(
            "INSERT INTO deals (id, prospect_id, name, owner, stage, crm_stage, amount_minor, currency,"
            " created_on, close_date, outcome, awaiting_feedback, crm_source, crm_id, revision, created_at,"
            " updated_at)"
            " VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, 0, 'bench', ?, 1, ?, ?)",
            deal_rows,
        )
        counts["prospects"], counts["deals"] = len(prospects), len(deals)

        log("usage events (1M)")
        # Zipf-like popularity: a few assets are used all the time, many almost never.
        weights = [1 / (rank + 1) ** 0.9 for rank in range(len(assets))]
        popular = rng.sample(assets, len(assets))
        events: list[tuple[Any, ...]] = []
        per_deal = SIZES["events"] * 6 // 10 // len(deals)
        for deal_id, prospect_id, opened, close, _outcome in deals:
            span = max(1, (min(close, TODAY) - opened).days)
            for asset_id in rng.choices(popular, weights=weights, k=per_deal):
                when = _moment(rng, opened + timedelta(days=rng.randint(0, span)))
                kind = rng.choices(["viewed", "shared", "presented"], weights=[40, 45, 15])[0]
                events.append(
                    (_id(rng), asset_id, kind, rng.choice(users), device, _ts(when), prospect_id, deal_id)
                )
        while len(events) < SIZES["events"]:
            when = _moment(rng, TODAY - timedelta(days=rng.randint(0, HISTORY_DAYS)))
            asset_id = rng.choices(popular, weights=weights)[0]
            events.append((_id(rng), asset_id, "viewed", rng.choice(users), device, _ts(when), None, None))
        for chunk in _chunks(events):
            conn.executemany(
                "INSERT INTO usage_events (id, asset_id, kind, user_id, device_id, occurred_at, prospect_id,"
                " deal_id, source, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', '2025-06-30 12:00:00.000000')",
                chunk,
            )
        counts["usage_events"] = len(events)
        del events

        log("feedback")
        feedback: list[tuple[Any, ...]] = []
        for deal_id, _prospect, _opened, close, outcome in deals:
            if outcome == "open" or rng.random() < 0.25:
                continue
            for asset_id in rng.choices(popular[:2_000], weights=weights[:2_000], k=rng.randint(1, 3)):
                if outcome == "won":
                    said = rng.choices(["helped_win", "found_useful", "did_not_help"], weights=[60, 25, 15])[
                        0
                    ]
                else:
                    said = rng.choices(["did_not_help", "found_useful"], weights=[70, 30])[0]
                at = _moment(rng, close + timedelta(days=rng.randint(0, 10)))
                rating = rng.choice([None, 2, 3, 4, 4, 5, 5])
                comment = rng.choice(["", "", "", "Great proof point.", "Too generic."])
                feedback.append(
                    (_id(rng), asset_id, deal_id, said, rating, comment, rng.choice(users), device, _ts(at))
                )
        conn.executemany(
            "INSERT INTO feedback (id, asset_id, deal_id, verdict, rating, comment, user_id, device_id,"
            " source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'app', ?)",
            feedback,
        )
        counts["feedback"] = len(feedback)

        log("content requests")
        requests: list[tuple[Any, ...]] = []
        request_events: list[tuple[Any, ...]] = []
        for n in range(SIZES["requests"]):
            request_id = _id(rng)
            at = _moment(rng, TODAY - timedelta(days=rng.randint(0, HISTORY_DAYS)))
            requester = rng.choice(users)
            status = "open"
            request_events.append((_id(rng), request_id, "open", _ts(at), requester, device, None))
            step = at
            for next_status in ("accepted", "in_progress", "delivered"):
                if rng.random() < 0.25:
                    break
                step += timedelta(days=rng.randint(0, 12), hours=rng.randint(0, 8))
                if step > NOW:
                    break
                status = next_status
                asset = rng.choice(assets) if next_status == "delivered" else None
                request_events.append((_id(rng), request_id, next_status, _ts(step), users[0], device, asset))
            requests.append(
                (
                    request_id,
                    f"Request {n}: {rng.choice(WORDS)} {rng.choice(TYPES)}",
                    rng.choice([*STAGES, None]),
                    rng.choice([*PERSONAS, None]),
                    rng.choice([*INDUSTRIES, None]),
                    rng.choice([*SIZE_SLUGS, None]),
                    rng.choice([*PRODUCTS, None]),
                    requester,
                    status,
                    _ts(at),
                    _ts(step),
                )
            )
        conn.executemany(
            "INSERT INTO content_requests (id, text, stage, persona, industry, size, product, requester_id,"
            " status, decline_reason, revision, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 1, ?, ?)",
            requests,
        )
        conn.executemany(
            "INSERT INTO request_events (id, request_id, status, at, user_id, device_id, asset_id, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            request_events,
        )
        counts["requests"], counts["request_events"] = len(requests), len(request_events)

        log("search log")
        searches: list[tuple[Any, ...]] = []
        opens: list[tuple[Any, ...]] = []
        for _ in range(SIZES["searches"]):
            search_id = _id(rng)
            words = " ".join(rng.sample(WORDS, rng.randint(1, 3)))
            industry = rng.choice([*INDUSTRIES, None, None])
            filters = json.dumps({"industry": industry} if industry else {})
            results = rng.choice([0, 0, 1, 3, 8, 20])
            at = _moment(rng, TODAY - timedelta(days=rng.randint(0, HISTORY_DAYS)))
            searches.append((search_id, words, words, filters, results, rng.choice(users), device, _ts(at)))
            if results and rng.random() < 0.6:
                opens.append((_id(rng), search_id, rng.choice(assets), _ts(at + timedelta(seconds=20))))
        conn.executemany(
            "INSERT INTO search_log (id, query, normalized_query, filters_json, result_count, user_id,"
            " device_id, searched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            searches,
        )
        conn.executemany(
            "INSERT INTO search_opens (id, search_id, asset_id, opened_at) VALUES (?, ?, ?, ?)", opens
        )
        counts["searches"] = len(searches)
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
    log("building the insight benchmark library (cached afterwards)")
    manifest = build(log)
    manifest["cached"] = False
    return manifest


REPORTS = ("usage", "flags", "influence", "coverage", "service_levels", "search_demand")


def _timed(work: Callable[[], object], repeat: int) -> dict[str, float]:
    samples: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        started, began = time.perf_counter(), time.thread_time()
        work()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - began) * 1000)
    return {
        "median_ms": round(statistics.median(samples), 1),
        "max_ms": round(max(samples), 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
    }


def run(*, rebuild: bool = False, repeat: int = 5, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Each report and the whole Insight computation, for the 90- and 365-day windows, and
    the baseline (a full count of the events) measured in the same process between them."""
    from sqlalchemy import text

    from collateral_app.domain.insight import InsightFilters
    from collateral_app.services.insight.service import Insight
    from collateral_app.services.library.asset_library import AssetLibrary

    manifest = ensure(rebuild, log)
    started = time.perf_counter()
    library = AssetLibrary.open(LIBRARY)  # migrates a cached library to the current schema
    try:
        insight = Insight(library, clock=lambda: NOW)
        insight.set_insight_settings(time_zone="UTC")

        def baseline() -> None:
            with library.sessions() as s:
                s.execute(text("SELECT count(*) FROM usage_events")).scalar()

        first_params = insight.parameters(days=90)
        cold = _timed(lambda: insight.report(first_params), 1)  # page cache and statement cache
        results: dict[str, Any] = {"machine": machine(), "data": manifest, "first_view_ms": cold["median_ms"]}
        rows: list[dict[str, Any]] = []
        for days in (90, 365):
            params = insight.parameters(days=days)
            for name in REPORTS:
                log(f"  {name}, {days} days")
                figures = _timed(lambda n=name, p=params: getattr(insight, n)(p), repeat)  # type: ignore[misc]
                base = _timed(baseline, repeat)
                rows.append({"report": name, "days": days, **figures, "baseline_ms": base["median_ms"]})
            log(f"  the whole view, {days} days")
            view = _timed(lambda p=params: insight.report(p), repeat)  # type: ignore[misc]
            base = _timed(baseline, repeat)
            parts = insight.report(params).timings_ms
            rows.append(
                {
                    "report": "report (whole view)",
                    "days": days,
                    **view,
                    "baseline_ms": base["median_ms"],
                    "parts": parts,
                }
            )
        for label, filters in (
            ("report, one team member", InsightFilters(member="Rep 7")),
            ("report, one industry", InsightFilters(industry="healthcare")),
        ):
            params = insight.parameters(days=90, filters=filters)
            log(f"  {label}")
            view = _timed(lambda p=params: insight.report(p), max(1, repeat // 2))  # type: ignore[misc]
            rows.append(
                {"report": label, "days": 90, **view, "baseline_ms": _timed(baseline, 3)["median_ms"]}
            )
        results["rows"] = rows
        results["load_end"] = round(os.getloadavg()[0], 2)
        results["seconds"] = round(time.perf_counter() - started, 1)
    finally:
        library.close()
    (WORK / "insight.json").write_text(json.dumps(results, indent=2))
    return results


def report(results: dict[str, Any]) -> str:
    counts = results["data"]["counts"]
    head = (
        f"{counts['assets']:,} assets, {counts['deals']:,} deals, {counts['usage_events']:,} usage events, "
        f"{counts['feedback']:,} feedback entries, {counts['requests']:,} requests, {counts['searches']:,} "
        f"searches; load average {results['machine']['load']} at start, {results['load_end']} at end "
        f"({results['machine']['cores']} cores). Baseline: `SELECT count(*) FROM usage_events` in the same "
        f"process, between the timings. First view after opening the library: {results['first_view_ms']} ms."
    )
    rows = []
    for r in results["rows"]:
        whole = r["report"].startswith("report")
        target = VIEW_TARGET_MS if whole else REPORT_TARGET_MS
        rows.append(
            [
                r["report"],
                r["days"],
                r["median_ms"],
                r["max_ms"],
                r["cpu_median_ms"],
                r["baseline_ms"],
                f"{r['median_ms'] / r['baseline_ms']:.1f}" if r["baseline_ms"] else "",
                f"≤ {target:,.0f} ms",
                verdict(r["median_ms"], target),
            ]
        )
    body = table(
        [
            "computation",
            "window (days)",
            "median ms",
            "max ms",
            "CPU ms",
            "baseline ms",
            "× baseline",
            "target",
            "verdict",
        ],
        rows,
    )
    parts = [
        f"- {r['days']} days: " + ", ".join(f"{k} {v} ms" for k, v in r["parts"].items())
        for r in results["rows"]
        if "parts" in r
    ]
    return head + "\n\n" + body + "\n\nParts of the whole view (one run):\n" + "\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rebuild", action="store_true", help="generate the data set again")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each report")
    args = parser.parse_args(argv)
    results = run(rebuild=args.rebuild, repeat=args.repeat, log=lambda m: print(m, flush=True))
    print(f"machine: {results['machine']}")
    print(report(results))


if __name__ == "__main__":
    main()
