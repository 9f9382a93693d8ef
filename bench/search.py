"""Search latency: `library.search(q, limit=10)` (top 10 with snippets and page numbers)
over 200 realistic queries, beside SQLite FTS5 on the same documents and queries, in the
same run, interleaved query by query. Then search-as-you-type: every prefix of a few
queries with `prefix=True`.

    python -m bench.search --sizes 1000,10000 [--rebuild] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from . import build, corpus, fts, tantivy_baseline
from .stats import machine, ratio, summary, table, verdict

TARGETS: dict[int, dict[str, float]] = {10_000: {"median_ms": 10, "p95_ms": 30}, 50_000: {"p95_ms": 100}}
KEYSTROKE_P95_MS = 100  # "result list updated within 100 ms of the last keystroke"


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def bench_size(
    size: int,
    *,
    rebuild: bool = False,
    repeat: int = 1,
    typing: bool = True,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    from collateral_app.services.library.asset_library import AssetLibrary

    build_info = build.ensure(size, rebuild=rebuild, log=log)
    log(f"searching the {size:,}-document library")
    started = time.perf_counter()
    library = AssetLibrary.open(build.library_dir(size), create=False)
    open_ms = _ms(started)
    started = time.perf_counter()
    library.search("pricing", limit=10)
    first_ms = _ms(started)
    conn = fts.connect(build.fts_path(size))
    tv_index, tv_build = (None, {})
    if tantivy_baseline.available():
        log(f"building the tantivy baseline of {size:,} documents")
        tv_index, tv_build = tantivy_baseline.build(conn)
    try:
        queries = corpus.queries()
        fts_queries = [fts.translate(q.text, any_word=q.kind == "question") for q in queries]
        tv_queries = [
            tantivy_baseline.translate(tv_index, q.text, any_word=q.kind == "question") if tv_index else None
            for q in queries
        ]
        cold: list[float] = []
        cold_fts: list[float] = []
        for q, fq in zip(queries, fts_queries, strict=True):  # warm-up: caches, searcher, pages
            started = time.perf_counter()
            library.search(q.text, limit=10)
            cold.append(_ms(started))
            started = time.perf_counter()
            fts.search(conn, fq)
            cold_fts.append(_ms(started))
        if tv_index is not None:
            for tq in tv_queries:
                tantivy_baseline.search(tv_index, tq)
        ours: list[float] = []
        theirs: list[float] = []
        tantivy_ms: list[float] = []
        by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
        per_query: list[dict[str, Any]] = []
        zero = {"whoosh": 0, "fts5": 0}
        for _ in range(repeat):
            for q, fq, tq in zip(queries, fts_queries, tv_queries, strict=True):
                started = time.perf_counter()
                result = library.search(q.text, limit=10)
                w = _ms(started)
                started = time.perf_counter()
                found = fts.search(conn, fq)
                f = _ms(started)
                if tv_index is not None:
                    started = time.perf_counter()
                    tantivy_baseline.search(tv_index, tq)
                    tantivy_ms.append(_ms(started))
                ours.append(w)
                theirs.append(f)
                by_kind[q.kind].append((w, f))
                if _ == 0:
                    zero["whoosh"] += not result.hits
                    zero["fts5"] += not found
                    per_query.append(
                        {
                            "query": q.text,
                            "kind": q.kind,
                            "whoosh_ms": round(w, 2),
                            "fts5_ms": round(f, 2),
                            "whoosh_total": result.total,
                            "fts5_hits": len(found),
                        }
                    )
        typing_result: dict[str, Any] = {}
        if typing:
            typing_result = _typing(library, conn)
    finally:
        conn.close()
        library.close()
    whoosh_s, fts_s = summary(ours), summary(theirs)
    tv_s = summary(tantivy_ms) if tantivy_ms else {}
    targets = TARGETS.get(size, {})
    return {
        "size": size,
        "build": build_info,
        "open_ms": round(open_ms, 1),
        "first_query_ms": round(first_ms, 1),
        "queries": len(corpus.queries()),
        "repeat": repeat,
        "whoosh": whoosh_s,
        "fts5": fts_s,
        "ratio_median": ratio(whoosh_s["median_ms"], fts_s["median_ms"]),
        "ratio_p95": ratio(whoosh_s["p95_ms"], fts_s["p95_ms"]),
        "tantivy": tv_s,
        "tantivy_build": tv_build,
        "ratio_tantivy_median": ratio(whoosh_s["median_ms"], tv_s["median_ms"]) if tv_s else None,
        "ratio_tantivy_p95": ratio(whoosh_s["p95_ms"], tv_s["p95_ms"]) if tv_s else None,
        # The warm-up pass: each query's first run, on caches only earlier queries filled.
        "first_run": {"whoosh": summary(cold), "fts5": summary(cold_fts)},
        "by_kind": {
            kind: {
                "n": len(pairs),
                "whoosh": summary([w for w, _ in pairs]),
                "fts5": summary([f for _, f in pairs]),
            }
            for kind, pairs in sorted(by_kind.items())
        },
        "zero_results": zero,
        "slowest": sorted(per_query, key=lambda r: -r["whoosh_ms"])[:8],
        "targets": {
            name: {"target": limit, "value": whoosh_s[name], "verdict": verdict(whoosh_s[name], limit)}
            for name, limit in targets.items()
        },
        "typing": typing_result,
    }


def _typing(library: Any, conn: Any) -> dict[str, Any]:
    strokes = [k for text in corpus.TYPING_QUERIES for k in corpus.keystrokes(text)]
    translated = [fts.translate(k, prefix=True) for k in strokes]
    for k, fq in zip(strokes, translated, strict=True):  # warm-up
        library.search(k, limit=10, prefix=True)
        fts.search(conn, fq)
    ours: list[float] = []
    theirs: list[float] = []
    per_stroke: list[tuple[str, float, float]] = []
    for k, fq in zip(strokes, translated, strict=True):
        started = time.perf_counter()
        library.search(k, limit=10, prefix=True)
        w = _ms(started)
        started = time.perf_counter()
        fts.search(conn, fq)
        f = _ms(started)
        ours.append(w)
        theirs.append(f)
        per_stroke.append((k, round(w, 2), round(f, 2)))
    whoosh_s, fts_s = summary(ours), summary(theirs)
    return {
        "keystrokes": len(strokes),
        "whoosh": whoosh_s,
        "fts5": fts_s,
        "ratio_median": ratio(whoosh_s["median_ms"], fts_s["median_ms"]),
        "ratio_p95": ratio(whoosh_s["p95_ms"], fts_s["p95_ms"]),
        "target_p95_ms": KEYSTROKE_P95_MS,
        "verdict": verdict(whoosh_s["p95_ms"], KEYSTROKE_P95_MS),
        "slowest": sorted(per_stroke, key=lambda r: -r[1])[:6],
    }


def run(
    sizes: list[int], *, rebuild: bool = False, repeat: int = 1, log: Callable[[str], None] = print
) -> dict[str, Any]:
    started = time.perf_counter()
    results = [bench_size(size, rebuild=rebuild, repeat=repeat, log=log) for size in sizes]
    return {"bench": "search", "seconds": round(time.perf_counter() - started, 1), "sizes": results}


def report(result: dict[str, Any]) -> str:
    rows = []
    for r in result["sizes"]:
        w, f = r["whoosh"], r["fts5"]
        rows.append(
            [
                f"{r['size']:,}",
                "top 10 + snippets",
                w["median_ms"],
                w["p95_ms"],
                f["median_ms"],
                f["p95_ms"],
                r["ratio_median"],
                r["ratio_p95"],
                _target_text(r),
            ]
        )
        first = r.get("first_run")
        if first:
            fw, ff = first["whoosh"], first["fts5"]
            rows.append(
                [
                    f"{r['size']:,}",
                    "same, first run of each query",
                    fw["median_ms"],
                    fw["p95_ms"],
                    ff["median_ms"],
                    ff["p95_ms"],
                    ratio(fw["median_ms"], ff["median_ms"]),
                    ratio(fw["p95_ms"], ff["p95_ms"]),
                    "—",
                ]
            )
        t = r.get("typing") or {}
        if t:
            rows.append(
                [
                    f"{r['size']:,}",
                    f"keystroke (prefix, {t['keystrokes']})",
                    t["whoosh"]["median_ms"],
                    t["whoosh"]["p95_ms"],
                    t["fts5"]["median_ms"],
                    t["fts5"]["p95_ms"],
                    t["ratio_median"],
                    t["ratio_p95"],
                    f"p95 ≤ {t['target_p95_ms']}: {t['verdict']}",
                ]
            )
    main = table(
        [
            "docs",
            "what",
            "Whoosh median",
            "Whoosh p95",
            "FTS5 median",
            "FTS5 p95",
            "ratio median",
            "ratio p95",
            "target",
        ],
        rows,
    )
    tv_rows = [
        [
            f"{r['size']:,}",
            r["whoosh"]["median_ms"],
            r["whoosh"]["p95_ms"],
            r["tantivy"]["median_ms"],
            r["tantivy"]["p95_ms"],
            r["ratio_tantivy_median"],
            r["ratio_tantivy_p95"],
            r["tantivy_build"].get("build_s", ""),
        ]
        for r in result["sizes"]
        if r.get("tantivy")
    ]
    tv_table = (
        table(
            [
                "docs",
                "ours median",
                "ours p95",
                "tantivy median",
                "tantivy p95",
                "ratio median",
                "ratio p95",
                "tantivy build s",
            ],
            tv_rows,
        )
        if tv_rows
        else "tantivy: not installed (pip install tantivy)"
    )
    kinds = []
    for r in result["sizes"]:
        for kind, k in r["by_kind"].items():
            kinds.append(
                [
                    f"{r['size']:,}",
                    kind,
                    k["n"],
                    k["whoosh"]["median_ms"],
                    k["whoosh"]["p95_ms"],
                    k["fts5"]["median_ms"],
                    k["fts5"]["p95_ms"],
                ]
            )
    by_kind = table(
        ["docs", "query kind", "n", "Whoosh median", "Whoosh p95", "FTS5 median", "FTS5 p95"], kinds
    )
    builds = []
    for r in result["sizes"]:
        b = r["build"]
        builds.append(
            [
                f"{r['size']:,}",
                b["text_mb"],
                b["pages"],
                b["insert_s"],
                b["index_s"],
                b["optimize_s"],
                b["peak_rss_mb"],
                b["index_mb"],
                b["fts"]["build_s"],
                b["fts"]["peak_rss_mb"],
                b["fts"]["fts_mb"],
                r["open_ms"],
                r["first_query_ms"],
                "cached" if b.get("cached") else "this run",
            ]
        )
    build_table = table(
        [
            "docs",
            "text MB",
            "pages",
            "insert s",
            "index_pending s",
            "optimize s",
            "Whoosh build peak MB",
            "index MB",
            "FTS5 build s",
            "FTS5 build peak MB",
            "FTS5 MB",
            "open ms",
            "first query ms",
            "built",
        ],
        builds,
    )
    slow = []
    for r in result["sizes"]:
        for s in r["slowest"][:5]:
            slow.append([f"{r['size']:,}", s["query"], s["kind"], s["whoosh_ms"], s["fts5_ms"]])
    slow_table = table(["docs", "slowest Whoosh queries", "kind", "Whoosh ms", "FTS5 ms"], slow)
    zero = "; ".join(
        f"{r['size']:,}: Whoosh {r['zero_results']['whoosh']}, FTS5 {r['zero_results']['fts5']}"
        for r in result["sizes"]
    )
    return "\n\n".join(
        [
            main,
            "Beside tantivy (same documents and queries, same run; tantivy without snippets):\n\n" + tv_table,
            by_kind,
            f"Queries with no result (of {result['sizes'][0]['queries']}): {zero}",
            slow_table,
            build_table,
        ]
    )


def _target_text(r: dict[str, Any]) -> str:
    parts = [f"{name.split('_')[0]} ≤ {t['target']}: {t['verdict']}" for name, t in r["targets"].items()]
    return ", ".join(parts) or "—"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000", help="comma-separated library sizes (1000,10000,50000)"
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached libraries")
    parser.add_argument("--repeat", type=int, default=1, help="measured passes over the queries")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(machine())
    result = run(sizes, rebuild=args.rebuild, repeat=args.repeat)
    build.WORK.mkdir(parents=True, exist_ok=True)
    (build.WORK / "search.json").write_text(json.dumps(result, indent=2))
    print(report(result))
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    print(f"(search bench took {result['seconds']} s; details in {build.WORK / 'search.json'})")


if __name__ == "__main__":
    main()
