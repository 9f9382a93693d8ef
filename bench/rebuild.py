"""Index rebuild: `library.reindex()` (clear, mark everything, stream `index_pending()` in
batches, optimize) on a copy of a benchmark library's database, in a child process so its
peak memory (ru_maxrss) is the rebuild's own. Target: peak < 1 GB.

    python -m bench.rebuild --sizes 10000     # 50000 with --full in run_all
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from . import build
from .stats import machine, table

PEAK_TARGET_MB = 1024


def _copy_dir(size: int) -> Any:
    return build.WORK / f"rebuild-{size}"


def supports_parallel() -> bool:
    import inspect

    from collateral_app.services.library.asset_library import AssetLibrary

    return "parallel" in inspect.signature(AssetLibrary.reindex).parameters


def child(size: int, *, parallel: bool = False) -> dict[str, Any]:
    from collateral_app.services.library.asset_library import AssetLibrary

    root = _copy_dir(size)
    started = time.perf_counter()
    library = AssetLibrary.open(root, create=False)
    open_s = time.perf_counter() - started
    before = build.peak_rss_mb()
    started = time.perf_counter()
    if parallel:
        count = library.reindex(progress=build._progress("reindexed"), parallel=True)
    else:
        count = library.reindex(progress=build._progress("reindexed"))
    seconds = time.perf_counter() - started
    docs = library.index.doc_count()
    segments = library.index.segment_count()
    library.close()
    return {
        "size": size,
        "parallel": parallel,
        "reindexed": count,
        "documents": docs,
        "segments": segments,
        "open_s": round(open_s, 1),
        "seconds": round(seconds, 1),
        "rss_before_mb": round(before, 1),
        "peak_rss_mb": round(build.peak_rss_mb(), 1),
        # Analysis worker processes (parallel=True), largest one; not part of peak_rss_mb.
        "workers_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "index_mb": round(build.folder_mb(root / "index"), 1),
    }


def bench_size(size: int, *, parallel: bool = False, log: Callable[[str], None] = print) -> dict[str, Any]:
    info = build.ensure(size, log=log)
    root = _copy_dir(size)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    shutil.copy2(build.library_dir(size) / "library.db", root / "library.db")
    log(f"rebuilding the index of {size:,} documents{' (parallel=True)' if parallel else ''}")
    command = [sys.executable, "-m", "bench.rebuild", "--child", "--sizes", str(size)]
    if parallel:
        command.append("--parallel")
    started = time.perf_counter()
    proc = subprocess.run(
        command, cwd=build.WORK.parent.parent, stdout=subprocess.PIPE, text=True, check=False
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {proc.returncode}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(wall, 1)
    result["children_max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    result["text_mb"] = info["text_mb"]
    result["verdict"] = "pass" if result["peak_rss_mb"] < PEAK_TARGET_MB else "MISS"
    shutil.rmtree(root, ignore_errors=True)
    log(f"  reindex of {size:,}: {result['seconds']} s, peak {result['peak_rss_mb']} MB")
    return result


def run(sizes: list[int], *, parallel: bool = True, log: Callable[[str], None] = print) -> dict[str, Any]:
    """`reindex()` as the window runs it, then `reindex(parallel=True)` as the command
    line runs it (when the library has that option and `parallel`)."""
    started = time.perf_counter()
    results = []
    for size in sizes:
        results.append(bench_size(size, log=log))
        if parallel and supports_parallel():
            results.append(bench_size(size, parallel=True, log=log))
    return {"bench": "rebuild", "seconds": round(time.perf_counter() - started, 1), "sizes": results}


def report(result: dict[str, Any]) -> str:
    rows = [
        [
            f"{r['size']:,}",
            "parallel=True" if r.get("parallel") else "default",
            r["text_mb"],
            r["seconds"],
            round(r["size"] / r["seconds"], 1) if r["seconds"] else None,
            r["rss_before_mb"],
            r["peak_rss_mb"],
            r.get("workers_peak_rss_mb") or "—",
            f"< {PEAK_TARGET_MB}: {r['verdict']}",
            r["index_mb"],
            r["segments"],
        ]
        for r in result["sizes"]
    ]
    return table(
        [
            "docs",
            "reindex()",
            "text MB",
            "reindex s",
            "docs/s",
            "RSS before MB",
            "peak RSS MB",
            "largest worker MB",
            "target MB",
            "index MB",
            "segments",
        ],
        rows,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--parallel", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-parallel", action="store_true", help="only measure reindex() as the window runs it"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.child:
        print(json.dumps(child(sizes[0], parallel=args.parallel)), flush=True)
        return
    print(machine())
    result = run(sizes, parallel=not args.no_parallel)
    (build.WORK / "rebuild.json").write_text(json.dumps(result, indent=2))
    print(report(result))
    print(f"\n(rebuild bench took {result['seconds']} s)")


if __name__ == "__main__":
    main()
