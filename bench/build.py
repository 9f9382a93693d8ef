"""Benchmark libraries: the generated corpus loaded into a real library (rows inserted
through the storage models, then indexed with `index_pending()` and `optimize()`), and the
same documents in a SQLite FTS5 database as the baseline.

Each build runs in a child process so its peak memory is its own. Built libraries are
cached under bench/.work/ by size; `--rebuild` builds again.

    python -m bench.build --sizes 1000,10000 [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import corpus

WORK = Path(__file__).resolve().parent / ".work"
INSERT_CHUNK = 2_000
MANIFEST = "bench-build.json"


def library_dir(size: int) -> Path:
    return WORK / f"lib-{size}"


def fts_path(size: int) -> Path:
    return WORK / f"fts-{size}.db"


def peak_rss_mb() -> float:
    """This process's own peak resident memory so far, in MB.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child started by a
    big parent (vfork + exec) would report the parent's size as its own."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _engine_schema_version() -> str:
    from collateral_app.search import engine

    return engine.SCHEMA_VERSION


def ensure(size: int, *, rebuild: bool = False, log: Callable[[str], None] = print) -> dict[str, Any]:
    """The build figures of the library of `size` documents, building it if needed."""
    manifest_path = library_dir(size) / MANIFEST
    if not rebuild and manifest_path.exists() and fts_path(size).exists():
        manifest = json.loads(manifest_path.read_text())
        if (
            manifest.get("corpus_version") == corpus.CORPUS_VERSION
            and manifest.get("schema_version") == _engine_schema_version()
            and "fts" in manifest
        ):
            manifest["cached"] = True
            return manifest
    WORK.mkdir(parents=True, exist_ok=True)
    log(f"building the {size:,}-document library (this takes a while; cached afterwards)")
    manifest = _child("whoosh", size, log)
    manifest["fts"] = _child("fts", size, log)
    manifest["cached"] = False
    manifest_path.write_text(json.dumps(manifest, indent=2))
    return manifest


def _child(what: str, size: int, log: Callable[[str], None]) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.build", "--child", what, "--sizes", str(size)]
    started = time.perf_counter()
    proc = subprocess.run(
        command, cwd=WORK.parent.parent, stdout=subprocess.PIPE, stderr=None, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {proc.returncode}")
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # The child's own figure, and the kernel's view of the finished child, must agree.
    children_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures["children_max_rss_mb"] = round(children_rss, 1)
    figures["wall_s"] = round(time.perf_counter() - started, 1)
    log(f"  {what} build of {size:,}: {figures['wall_s']} s, peak {figures['peak_rss_mb']} MB")
    return figures


# -- in the child ----------------------------------------------------------------------------


def _chunks(docs: Iterable[corpus.GeneratedDoc], n: int) -> Iterator[list[corpus.GeneratedDoc]]:
    chunk: list[corpus.GeneratedDoc] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _progress(label: str) -> Callable[[int, int], None]:
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] > 10 or done == total:
            last[0] = now
            print(f"    {label}: {done:,}/{total:,}", file=sys.stderr, flush=True)

    return report


def build_library(size: int) -> dict[str, Any]:
    from sqlalchemy import insert

    from collateral_app.services.library.asset_library import AssetLibrary
    from collateral_app.storage.models import AssetPage, AssetRow, AssetTag, AssetTerm

    root = library_dir(size)
    shutil.rmtree(root, ignore_errors=True)
    report = _progress("inserted")
    started = time.perf_counter()
    library = AssetLibrary.open(root)
    stamp = datetime(2024, 6, 1, tzinfo=UTC)
    text_bytes = 0
    pages_total = 0
    done = 0
    for chunk in _chunks(corpus.documents(size), INSERT_CHUNK):
        assets, pages, terms, tags = [], [], [], []
        for doc in chunk:
            text_bytes += doc.text_bytes
            pages_total += len(doc.pages)
            assets.append(
                {
                    "id": doc.asset_id,
                    "title": doc.title,
                    "description": doc.description,
                    "status": "published",
                    "type": doc.type,
                    "owner": "Marketing",
                    "language": "en",
                    "file_name": doc.file_name,
                    "media_type": "pdf",
                    "blob_sha256": None,
                    "size_bytes": doc.text_bytes,
                    "page_count": len(doc.pages),
                    "text_status": "ok",
                    "published_on": doc.published_on,
                    "review_by": doc.published_on + timedelta(days=180),
                    "revision": 1,
                    "indexed_revision": None,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            pages.extend(
                {"asset_id": doc.asset_id, "number": n, "kind": "page", "label": "", "text": text}
                for n, text in enumerate(doc.pages, 1)
            )
            terms.extend(
                {"asset_id": doc.asset_id, "dimension": dim, "slug": slug}
                for dim, slugs in doc.terms.items()
                for slug in slugs
            )
            tags.extend({"asset_id": doc.asset_id, "tag": tag} for tag in doc.tags)
        with library.sessions.begin() as s:
            s.execute(insert(AssetRow), assets)
            s.execute(insert(AssetPage), pages)
            s.execute(insert(AssetTerm), terms)
            if tags:
                s.execute(insert(AssetTag), tags)
        done += len(chunk)
        report(done, size)
    insert_s = time.perf_counter() - started
    insert_rss = peak_rss_mb()

    started = time.perf_counter()
    indexed = library.index_pending(progress=_progress("indexed"))
    index_s = time.perf_counter() - started
    segments = library.index.segment_count()
    started = time.perf_counter()
    library.index.optimize()
    optimize_s = time.perf_counter() - started
    doc_count = library.index.doc_count()
    library.close()
    return {
        "size": size,
        "corpus_version": corpus.CORPUS_VERSION,
        "schema_version": _engine_schema_version(),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": doc_count,
        "indexed": indexed,
        "pages": pages_total,
        "text_mb": round(text_bytes / 1e6, 1),
        "insert_s": round(insert_s, 1),
        "index_s": round(index_s, 1),
        "segments_before_optimize": segments,
        "optimize_s": round(optimize_s, 1),
        "insert_peak_rss_mb": round(insert_rss, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "index_mb": round(folder_mb(root / "index"), 1),
        "db_mb": round(folder_mb(root / "library.db"), 1),
    }


def build_fts(size: int) -> dict[str, Any]:
    from . import fts

    source = sqlite3.connect(library_dir(size) / "library.db")
    target_path = fts_path(size)
    target_path.unlink(missing_ok=True)
    started = time.perf_counter()
    target = fts.create(target_path)
    labels = {
        (d, s): label for d, s, label in source.execute("SELECT dimension, slug, label FROM taxonomy_values")
    }
    terms: dict[str, dict[str, list[str]]] = {}
    for asset_id, dim, slug in source.execute("SELECT asset_id, dimension, slug FROM asset_terms"):
        terms.setdefault(asset_id, {}).setdefault(dim, []).append(slug)
    tags: dict[str, list[str]] = {}
    for asset_id, tag in source.execute("SELECT asset_id, tag FROM asset_tags"):
        tags.setdefault(asset_id, []).append(tag)
    rows = source.execute(
        "SELECT id, title, description, type FROM assets WHERE deleted = 0 ORDER BY rowid"
    ).fetchall()
    report = _progress("fts rows")
    batch: list[fts.Doc] = []
    for n, (asset_id, title, description, doc_type) in enumerate(rows, 1):
        body = "\n".join(
            t
            for (t,) in source.execute(
                "SELECT text FROM asset_pages WHERE asset_id = ? ORDER BY number", (asset_id,)
            )
        )
        batch.append(
            fts.Doc(
                asset_id=asset_id,
                title=title,
                description=description,
                type=doc_type,
                terms=terms.get(asset_id, {}),
                tags=tags.get(asset_id, []),
                labels=labels,
                body=body,
            )
        )
        if len(batch) == INSERT_CHUNK:
            fts.insert(target, batch)
            batch = []
            report(n, len(rows))
    fts.insert(target, batch)
    fts.finish(target)
    target.close()
    source.close()
    return {
        "documents": len(rows),
        "build_s": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "fts_mb": round(folder_mb(target_path), 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated library sizes")
    parser.add_argument("--rebuild", action="store_true", help="build even if a cached library exists")
    parser.add_argument("--child", choices=("whoosh", "fts"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.child:
        os.environ.setdefault("PYTHONHASHSEED", "0")
        figures = build_library(sizes[0]) if args.child == "whoosh" else build_fts(sizes[0])
        print(json.dumps(figures), flush=True)
        return
    for size in sizes:
        print(json.dumps(ensure(size, rebuild=args.rebuild), indent=2))


if __name__ == "__main__":
    main()
