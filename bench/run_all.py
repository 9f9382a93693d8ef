"""Every benchmark, one after the other, then a table and a fresh bench/RESULTS.md.

python -m bench.run_all            # 1k and 10k documents (what `make bench` runs)
python -m bench.run_all --full     # adds 50k (building it takes a long time on 2 cores)
"""

from __future__ import annotations

import argparse
import json
import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    build,
    crm_import,
    import_speed,
    insight,
    languages,
    pages,
    rebuild,
    recommend,
    relevance,
    search,
    sync,
    ui_responsiveness,
)
from .stats import machine, table, verdict

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"

HEADER = """\
# Benchmark results

Rewritten by `python -m bench.run_all` (what `make bench` runs: 1k and 10k documents);
`python -m bench.run_all --full` adds 50k. Each benchmark also runs alone:

    python -m bench.relevance                     # nDCG@10, P@10, MAP beside FTS5, bm25s, tantivy
    python -m bench.pages                         # page of the hit in real long manuals
    python -m bench.languages                     # words of 35 languages found / made up
    python -m bench.search --sizes 1000,10000     # latency beside SQLite FTS5 and tantivy, same run
    python -m bench.import_speed                  # ~200 real PDF/DOCX/PPTX files
    python -m bench.rebuild --sizes 10000         # library.reindex() time and peak memory
    python -m bench.ui_responsiveness --size 10000 --files 500   # the desktop app, offscreen
    python -m bench.recommend                     # 10k assets, 20k deals, 1M usage events
    python -m bench.crm_import                    # a 50k-row HubSpot export
    python -m bench.insight                       # every report over 1M usage events
    python -m bench.sync                          # team sync against the local PostgreSQL
    python -m bench.build --sizes 1000 --rebuild  # (re)build a cached benchmark library

Every figure stands beside a baseline measured in the same run (SQLite FTS5 for search, an
empty Qt window for start-up, the search service alone for a keystroke, an idle event loop
for stalls, plain SQL aggregates, csv + executemany, COPY and raw chunk transfers), so a
loaded machine moves both and the ratio stays comparable.

Libraries are generated (`bench/corpus.py`, fixed seed: prose from ~190 sentence templates
over ~3,300 real words with Zipf-like weights, 5–9 KB per document in 3–12 pages),
inserted through the storage models, indexed with `index_pending()` + `optimize()` and
cached in `bench/.work/` (gitignored) by size; `--rebuild` builds them again.
The baseline is SQLite FTS5 (porter unicode61, bm25 weighted like our field boosts,
prefix indexes 2 and 3, filters as WHERE on a side table, `snippet()` for the top 10 only;
words AND-ed, questions OR-ed) on the same documents and the same 200 queries,
interleaved query by query in the same process. Latencies in milliseconds after a
warm-up pass; p95 is nearest-rank. Builds and rebuilds run in child processes; their
peak memory is the child's own high-water mark (VmHWM). Targets are reported, never
asserted.
The machine may be shared: `load` is the 1-minute load average when the run started.
"""


def _log(message: str) -> None:
    print(message, flush=True)


def write_results(results: dict[str, Any], out: Path = RESULTS) -> str:
    m = results["machine"]
    parts = [HEADER]
    parts.append(f"## Latest run: {m['date']}\n")
    parts.append(
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['ram']} RAM (`free -h`), Python {m['python']}, "
        f"Whoosh-Reloaded {m['whoosh']}, SQLite {m['sqlite']}, {m['os']}; load average at start {m['load']}"
        f"{', at end ' + str(results['load_end']) if 'load_end' in results else ''}. "
        f"Code measured: {m.get('code', '?')}.\n"
    )
    parts.append(
        "Time taken: "
        + ", ".join(f"{name} {secs} s" for name, secs in results["durations"].items())
        + f"; total {results['total_s']} s.\n"
    )
    for name, error in results.get("errors", {}).items():
        parts.append(f"**The {name} benchmark failed in this run:** `{error}`\n")
    if "relevance" in results:
        parts.append("### Ranking quality (`bench.relevance`)\n")
        parts.append(relevance.report(results["relevance"]["results"]) + "\n")
    if "pages" in results:
        parts.append("### The page of the hit in real long manuals (`bench.pages`)\n")
        parts.append(pages.report(results["pages"]) + "\n")
    if "languages" in results:
        parts.append("### Languages: words of Debian's reference card (`bench.languages`)\n")
        parts.append(languages.report(results["languages"]) + "\n")
    if "search" in results:
        parts.append("### Search (top 10 with snippets and page numbers)\n")
        parts.append(search.report(results["search"]) + "\n")
    if "import" in results:
        parts.append("### Import throughput (`import_paths([folder], recursive=True)`, indexing included)\n")
        parts.append(import_speed.report(results["import"]) + "\n")
    if "rebuild" in results:
        parts.append("### Index rebuild (`library.reindex()`, child process)\n")
        parts.append(rebuild.report(results["rebuild"]) + "\n")
    sections = (
        ("ui", "Desktop responsiveness (`bench.ui_responsiveness`, Qt offscreen)", ui_responsiveness),
        ("recommend", "Prepare for a call: recommendations (`bench.recommend`)", recommend),
        ("crm", "CRM import (`bench.crm_import`)", crm_import),
        ("insight", "Marketing insight reports (`bench.insight`)", insight),
        ("sync", "Team sync on loopback (`bench.sync`)", sync),
    )
    for key, title, module in sections:
        if key in results:
            parts.append(f"### {title}\n")
            parts.append(module.report(results[key]) + "\n")
    parts.append("### Targets (DESIGN.md)\n")
    parts.append(targets_table(results) + "\n")
    text = "\n".join(parts)
    out.write_text(text)
    return text


def targets_table(results: dict[str, Any]) -> str:
    rows: list[list[Any]] = []
    for r in results.get("relevance", {}).get("results", []):
        if not r["collection"].startswith("Cranfield"):
            continue
        engines = r["engines"]
        ours = engines.get("Collateral", {}).get("ndcg10")
        fts = engines.get("SQLite FTS5", {}).get("ndcg10")
        if ours is not None and fts:
            bound = max(0.37, round(1.05 * fts, 3))
            rows.append(
                ["Cranfield dev nDCG@10, lexical (≥ 1.05× FTS5)", f"≥ {bound}", ours, _at_least(ours, bound)]
            )
        hybrid = engines.get(relevance.HYBRID, {}).get("ndcg10")
        if hybrid is not None:
            rows.append(["Cranfield dev nDCG@10, hybrid", "≥ 0.40", hybrid, _at_least(hybrid, 0.40)])
    page_run = results.get("pages", {})
    if "engines" in page_run:
        ours = page_run["engines"]["Collateral"]["quoted"]
        share = ours["right_page"] / max(page_run["queries"], 1)
        rows.append(
            [
                "right manual and page at rank 1 (quoted phrases)",
                "≥ 95%",
                f"{share:.0%}",
                _at_least(share, 0.95),
            ]
        )
    lang_run = results.get("languages", {})
    if "engines" in lang_run:
        table_rows = lang_run["engines"]["Collateral"]["rows"].values()
        found = sum(r["found"] for r in table_rows) / max(sum(r["words"] for r in table_rows), 1)
        wrong = sum(r["wrong"] for r in table_rows) / max(sum(r["made_up"] for r in table_rows), 1)
        rows.append(["words of 35 languages found", "≥ 95%", f"{found:.1%}", _at_least(found, 0.95)])
        rows.append(["made-up words not found", "≥ 95%", f"{1 - wrong:.1%}", _at_least(1 - wrong, 0.95)])
    for r in results.get("search", {}).get("sizes", []):
        for name, t in r["targets"].items():
            rows.append(
                [
                    f"search {name.replace('_ms', '')}, {r['size']:,} docs",
                    f"≤ {t['target']} ms",
                    t["value"],
                    t["verdict"],
                ]
            )
        typing = r.get("typing")
        if typing:
            rows.append(
                [
                    f"keystroke p95, {r['size']:,} docs",
                    f"≤ {typing['target_p95_ms']} ms",
                    typing["whoosh"]["p95_ms"],
                    typing["verdict"],
                ]
            )
    for r in results.get("rebuild", {}).get("sizes", []):
        rows.append(
            [
                f"rebuild peak memory, {r['size']:,} docs"
                + (" (parallel=True; workers not included)" if r.get("parallel") else ""),
                f"< {rebuild.PEAK_TARGET_MB} MB",
                r["peak_rss_mb"],
                r["verdict"],
            ]
        )
    ui = results.get("ui")
    if ui:
        for what, limit, value, bound in (
            ("start-up to first results, 10,000 assets", "≤ 1.5 s", ui["startup_median_s"], 1.5),
            ("keystroke → result list median, 10,000 assets", "≤ 100 ms", ui["keystroke_median_ms"], 100),
            ("worst event-loop stall during an import", "≤ 50 ms", ui["stall_worst_ms"], 50),
        ):
            rows.append([what, limit, round(value, 2), verdict(value, bound)])
    rec = results.get("recommend")
    if rec:
        worst = max(rec["deal"]["p95_ms"], rec["segment"]["p95_ms"])
        rows.append(["recommend p95 (deal and segment), 1M usage events", "≤ 100 ms", worst, rec["verdict"]])
    crm = results.get("crm")
    if crm:
        first = crm["runs"][0]["seconds"]
        rows.append([f"CRM import of {crm['rows']:,} rows", "≤ 30 s", first, verdict(first, 30)])
    ins = results.get("insight")
    if ins:
        for days in (90, 365):
            runs = [r for r in ins["rows"] if r["days"] == days and r["report"] in insight.REPORTS]
            slowest = max(runs, key=lambda r: r["median_ms"])
            rows.append(
                [
                    f"slowest insight report, {days} days, 1M usage events ({slowest['report']})",
                    f"≤ {insight.REPORT_TARGET_MS:.0f} ms",
                    slowest["median_ms"],
                    verdict(slowest["median_ms"], insight.REPORT_TARGET_MS),
                ]
            )
            view = next(r for r in ins["rows"] if r["days"] == days and r["report"] == "report (whole view)")
            rows.append(
                [
                    f"whole Insight view, {days} days, 1M usage events",
                    f"≤ {insight.VIEW_TARGET_MS:,.0f} ms",
                    view["median_ms"],
                    verdict(view["median_ms"], insight.VIEW_TARGET_MS),
                ]
            )
    return table(["target", "limit", "measured", "verdict"], rows)


def _at_least(value: float, bound: float) -> str:
    return "pass" if value >= bound else "miss"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--full", action="store_true", help="include 50k documents")
    parser.add_argument("--sizes", help="search sizes instead of the default (comma-separated)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached libraries")
    parser.add_argument("--repeat", type=int, default=1, help="measured passes over the queries")
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated benches to skip: relevance,pages,languages,search,import,rebuild,ui,"
        "recommend,crm,insight,sync",
    )
    parser.add_argument(
        "--from-json", action="store_true", help="only rewrite RESULTS.md from bench/.work/results.json"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the results (RESULTS.md)")
    args = parser.parse_args(argv)
    if args.from_json:
        print(write_results(json.loads((build.WORK / "results.json").read_text()), args.out))
        return
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else [1_000, 10_000] + ([50_000] if args.full else [])
    )
    rebuild_sizes = [s for s in sizes if s >= 10_000] or sizes[-1:]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    results: dict[str, Any] = {"machine": machine(), "durations": {}, "errors": {}}
    _log(f"machine: {results['machine']}")
    build.WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    benches: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("relevance", lambda: relevance.run()),
        ("pages", lambda: pages.run()),
        ("languages", lambda: languages.run()),
        ("search", lambda: search.run(sizes, rebuild=args.rebuild, repeat=args.repeat, log=_log)),
        ("import", lambda: import_speed.run(log=_log)),
        ("rebuild", lambda: rebuild.run(rebuild_sizes, log=_log)),
        ("ui", lambda: ui_responsiveness.run(10_000, 500, log=_log)),
        ("recommend", lambda: recommend.run(log=_log)),
        ("crm", lambda: crm_import.run(log=_log)),
        ("insight", lambda: insight.run(log=_log)),
        ("sync", lambda: sync.run(_log)),
    ]
    for name, bench in benches:
        if name in skip:
            continue
        bench_started = time.perf_counter()
        try:
            results[name] = bench()
        except Exception as exc:  # one broken bench must not lose the others' figures
            traceback.print_exc()
            results["errors"][name] = f"{type(exc).__name__}: {exc}"
        results["durations"][name] = round(time.perf_counter() - bench_started, 1)
        (build.WORK / "results.json").write_text(json.dumps(results, indent=2))
    results["total_s"] = round(time.perf_counter() - started, 1)
    results["load_end"] = round(os.getloadavg()[0], 2)
    (build.WORK / "results.json").write_text(json.dumps(results, indent=2))
    text = write_results(results, args.out)
    print("\n" + text)
    print(f"(written to {args.out}; raw figures in {build.WORK / 'results.json'})")


if __name__ == "__main__":
    main()
