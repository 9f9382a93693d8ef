"""Ranking quality on human judgments, beside SQLite FTS5, bm25s and tantivy in the same run.

    python -m bench.relevance                      # Cranfield dev half + the collateral set
    python -m bench.relevance --cranfield DIR      # where docs.jsonl/queries.tsv/qrels.tsv are

Cranfield 1400's dev half (the odd-numbered questions; the even ones are kept for an
independent check and never read here) is looked for in `--cranfield`, `$CRANFIELD_DIR`, or
`shared/eval/cranfield-dev` beside the checkout (or one folder up). Each engine gets the title and the text of
every abstract and the question as typed; 10 hits a question. nDCG@10 uses 2^gain − 1, P@10
and MAP count gain > 0 as relevant, averaged over all questions (no hit scores 0).

- Collateral: the product's index (`collateral_app.search`), each abstract one asset with
  one page, the question read by `parse_query` as the search box reads it.
- SQLite FTS5: porter unicode61, the words OR-ed, bm25 with title weight 3.
- bm25s (when installed): Lucene BM25, English stop words, Snowball stemmer.
- tantivy (when installed): en_stem, OR of the words, title boost 3.
- semantic (with `collateral[semantic]` installed): the dense ranking alone, the hybrid
  ranking (`collateral_app.search.semantic.hybrid`: RRF k=10 of ours and the dense ranking,
  then dense pseudo-relevance feedback from the first three; chosen by
  `python -m bench.relevance_fusion`, 5-fold cross-validation), and plain RRF (k=60) beside it.

The collateral set (`bench/judged.py`) is ranked by the same engines."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from collateral_app.search import IndexDocument, IndexPage, SearchIndex, parse_query

ROOT = Path(__file__).resolve().parent.parent
TOP = 10
DEPTH = 100  # hits kept for MAP
CACHE = ROOT / "bench" / ".work" / "relevance"
HYBRID = "Collateral + semantic (hybrid: RRF k=10 + dense feedback)"


@dataclass(frozen=True, slots=True)
class Collection:
    name: str
    docs: list[dict[str, Any]]  # {"id", "title", "text"} and "facets" where the set has them
    queries: list[tuple[str, str]]
    qrels: dict[str, dict[str, int]]


def cranfield_dir(given: str | None) -> Path | None:
    beside = [str(up / "shared/eval/cranfield-dev") for up in (ROOT.parent, ROOT.parent.parent)]
    for candidate in (given, os.environ.get("CRANFIELD_DIR"), *beside):
        if candidate and (Path(candidate) / "docs.jsonl").exists():
            return Path(candidate)
    return None


def load_cranfield(folder: Path) -> Collection:
    docs = [json.loads(line) for line in (folder / "docs.jsonl").open(encoding="utf-8")]
    queries = [
        tuple(line.rstrip("\n").split("\t", 1))
        for line in (folder / "queries.tsv").open(encoding="utf-8")
        if line.strip()
    ]
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in (folder / "qrels.tsv").open(encoding="utf-8"):
        if line.strip():
            q, d, g = line.split()
            qrels[q][d] = int(g)
    return Collection("Cranfield dev", docs, [(q, t) for q, t in queries], dict(qrels))


def scores(run: Mapping[str, Sequence[str]], collection: Collection) -> dict[str, float]:
    ndcg = p10 = ap = 0.0
    for qid, _ in collection.queries:
        got = list(run.get(qid, ()))
        rel = collection.qrels.get(qid, {})
        dcg = sum((2 ** rel.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(got[:TOP]))
        ideal = sorted(rel.values(), reverse=True)[:TOP]
        idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        ndcg += dcg / idcg if idcg else 0.0
        relevant = {d for d, g in rel.items() if g > 0}
        p10 += sum(1 for d in got[:TOP] if d in relevant) / TOP
        hits = 0
        total = 0.0
        for i, d in enumerate(got):
            if d in relevant:
                hits += 1
                total += hits / (i + 1)
        ap += total / len(relevant) if relevant else 0.0
    n = len(collection.queries) or 1
    return {"ndcg10": round(ndcg / n, 3), "p10": round(p10 / n, 3), "map": round(ap / n, 3)}


# -- engines ------------------------------------------------------------------------------------

Ranker = Callable[[str], list[str]]


def collateral_index(collection: Collection, folder: Path) -> tuple[SearchIndex, float]:
    """The product's index of the collection (each document one asset with one page), and
    the seconds it took to build."""
    index = SearchIndex(folder / "collateral")
    started = time.perf_counter()
    index.upsert(
        (
            IndexDocument(
                asset_id=d["id"],
                revision=1,
                title=d.get("title", ""),
                description="",
                tags_text="",
                file_name="",
                status="published",
                pages=[IndexPage(1, d.get("text", ""))] if d.get("text") else [],
                facets={k: tuple(v) for k, v in d.get("facets", {}).items()},
            )
            for d in collection.docs
        ),
        fresh=True,
    )
    index.optimize()
    return index, time.perf_counter() - started


def collateral(collection: Collection, folder: Path) -> tuple[Ranker, dict[str, Any]]:
    index, built = collateral_index(collection, folder)

    def rank(text: str) -> list[str]:
        found = index.search(parse_query(text), limit=DEPTH, suggest=False)
        return [asset_id for asset_id, _ in found.hits]

    return rank, {"build_s": round(built, 2)}


def fts5(collection: Collection, _folder: Path) -> tuple[Ranker, dict[str, Any]]:
    conn = sqlite3.connect(":memory:")
    started = time.perf_counter()
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61')")
    conn.executemany(
        "INSERT INTO f VALUES (?, ?, ?)",
        [(d["id"], d.get("title", ""), d.get("text", "")) for d in collection.docs],
    )
    built = time.perf_counter() - started

    def rank(text: str) -> list[str]:
        words = re.findall(r"\w+", text)
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = conn.execute(
            "SELECT id FROM f WHERE f MATCH ? ORDER BY bm25(f, 0, 3.0, 1.0) LIMIT ?", (match, DEPTH)
        ).fetchall()
        return [r[0] for r in rows]

    return rank, {"build_s": round(built, 2)}


def bm25s_engine(collection: Collection, _folder: Path) -> tuple[Ranker, dict[str, Any]] | None:
    try:
        import bm25s
        import Stemmer
    except ImportError:
        return None
    stemmer = Stemmer.Stemmer("english")
    started = time.perf_counter()
    corpus = [d.get("title", "") + "\n" + d.get("text", "") for d in collection.docs]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False
    )
    built = time.perf_counter() - started
    ids = [d["id"] for d in collection.docs]

    def rank(text: str) -> list[str]:
        tokens = bm25s.tokenize([text], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        found, _ = retriever.retrieve(tokens, k=min(DEPTH, len(ids)), show_progress=False)
        return [ids[i] for i in found[0]]

    return rank, {"build_s": round(built, 2)}


def tantivy_engine(collection: Collection, _folder: Path) -> tuple[Ranker, dict[str, Any]] | None:
    try:
        import tantivy
    except ImportError:
        return None
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name="en_stem")
    builder.add_text_field("body", tokenizer_name="en_stem")
    index = tantivy.Index(builder.build())
    started = time.perf_counter()
    writer = index.writer()
    for d in collection.docs:
        writer.add_document(tantivy.Document(id=d["id"], title=d.get("title", ""), body=d.get("text", "")))
    writer.commit()
    index.reload()
    built = time.perf_counter() - started
    searcher = index.searcher()

    def rank(text: str) -> list[str]:
        words = re.findall(r"\w+", text)
        if not words:
            return []
        query = index.parse_query(" OR ".join(words), ["title", "body"], field_boosts={"title": 3.0})
        return [searcher.doc(address)["id"][0] for _, address in searcher.search(query, DEPTH).hits]

    return rank, {"build_s": round(built, 2)}


def fuse(*rankings: Sequence[str], k: int = 60) -> list[str]:
    """Reciprocal rank fusion."""
    total: dict[str, float] = defaultdict(float)
    for ranking in rankings:
        for i, doc in enumerate(ranking[:DEPTH]):
            total[doc] += 1.0 / (k + i + 1)
    return sorted(total, key=lambda d: -total[d])


def evaluate(collection: Collection, *, semantic: bool = True) -> dict[str, Any]:
    results: dict[str, Any] = {
        "collection": collection.name,
        "queries": len(collection.queries),
        "engines": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runs: dict[str, dict[str, list[str]]] = {}
        for name, make in (
            ("Collateral", collateral),
            ("SQLite FTS5", fts5),
            ("bm25s", bm25s_engine),
            ("tantivy", tantivy_engine),
        ):
            made = make(collection, folder)
            if made is None:
                results["engines"][name] = {"missing": "not installed"}
                continue
            rank, info = made
            started = time.perf_counter()
            runs[name] = {qid: rank(text) for qid, text in collection.queries}
            info["ms_per_query"] = round(
                (time.perf_counter() - started) * 1000 / max(len(collection.queries), 1), 2
            )
            results["engines"][name] = {**scores(runs[name], collection), **info}
        if semantic:
            dense = _dense_run(collection)
            if dense is not None:
                from collateral_app.search import semantic as dense_model

                scored_run, (ids, vectors, questions), info = dense
                run = {q: [d for d, _ in hits] for q, hits in scored_run.items()}
                results["engines"]["semantic (dense)"] = {**scores(run, collection), **info}
                started = time.perf_counter()
                hybrid = {
                    q: dense_model.hybrid([(d, 0.0) for d in runs["Collateral"][q]], v, vectors, ids)
                    for (q, _), v in zip(collection.queries, questions, strict=True)
                }
                fusion_ms = (time.perf_counter() - started) * 1000 / max(len(collection.queries), 1)
                results["engines"][HYBRID] = {
                    **scores(hybrid, collection),
                    "ms_per_query": f"+{fusion_ms:.1f}",
                }
                plain = {q: fuse(runs["Collateral"][q], run[q]) for q, _ in collection.queries}
                results["engines"]["Collateral + semantic (plain RRF k=60)"] = scores(plain, collection)
                if "SQLite FTS5" in runs:
                    mixed = {q: fuse(runs["SQLite FTS5"][q], run[q]) for q, _ in collection.queries}
                    results["engines"]["FTS5 + semantic (plain RRF k=60)"] = scores(mixed, collection)
    return results


def embed_cached(texts: Sequence[str], kind: str) -> Any:
    """Vectors of texts embedded as "passage: …" or "query: …", cached in bench/.work/relevance/
    by model and text (1,400 abstracts take ~15 minutes on 2 shared cores)."""
    import hashlib

    import numpy as np

    from collateral_app.search import semantic

    model = semantic.load_model()
    if model is None:
        raise RuntimeError("the semantic extra is not installed")
    key = hashlib.sha256((kind + "\0" + model.name + "\0" + "\0".join(texts)).encode()).hexdigest()[:16]
    path = CACHE / f"{kind}-{key}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    vectors = model.queries(texts) if kind == "query" else model.passages(texts)
    np.save(path, vectors)
    return vectors


def _dense_run(
    collection: Collection,
) -> tuple[dict[str, list[tuple[str, float]]], Any, dict[str, Any]] | None:
    """The dense ranking (with similarities) of every question, the documents' vectors and
    the costs (embedding figures measured when not cached)."""
    from collateral_app.search import semantic

    if semantic.load_model() is None:
        return None
    started = time.perf_counter()
    texts = [(d.get("title", "") + "\n" + d.get("text", "")).strip() for d in collection.docs]
    vectors = embed_cached(texts, "passage")
    per_doc = (time.perf_counter() - started) * 1000 / max(len(texts), 1)
    ids = [d["id"] for d in collection.docs]
    started = time.perf_counter()
    questions = embed_cached([t for _, t in collection.queries], "query")
    run = {}
    for (qid, _), v in zip(collection.queries, questions, strict=True):
        run[qid] = [(ids[i], s) for i, s in semantic.nearest_scored(vectors, v, DEPTH)]
    per_query = (time.perf_counter() - started) * 1000 / max(len(collection.queries), 1)
    info = {"ms_per_doc": round(per_doc, 1), "ms_per_query": round(per_query, 1), "model": model_name()}
    return run, (ids, vectors, questions), info


def model_name() -> str:
    from collateral_app.search import semantic

    return semantic.MODEL_NAME


def report(results: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for result in results:
        lines.append(f"#### {result['collection']} ({result['queries']} questions)\n")
        lines.append("| engine | nDCG@10 | P@10 | MAP | ms a question | build s |")
        lines.append("|---|---|---|---|---|---|")
        for name, row in result["engines"].items():
            if "missing" in row:
                lines.append(f"| {name} | — | — | — | — | {row['missing']} |")
                continue
            lines.append(
                f"| {name} | {row['ndcg10']:.3f} | {row['p10']:.3f} | {row['map']:.3f} | "
                f"{row.get('ms_per_query', '')} | {row.get('build_s', '')} |"
            )
        lines.append("")
    return "\n".join(lines)


def run(cranfield: str | None = None, *, semantic: bool = True) -> dict[str, Any]:
    from . import judged

    collections: list[Collection] = []
    folder = cranfield_dir(cranfield)
    if folder is not None:
        collections.append(load_cranfield(folder))
    collections.append(judged.collection())
    results = [evaluate(c, semantic=semantic) for c in collections]
    return {"results": results, "cranfield": folder is not None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cranfield", help="folder of the Cranfield dev half")
    parser.add_argument("--no-semantic", action="store_true", help="leave the semantic ranking out")
    args = parser.parse_args(argv)
    result = run(args.cranfield, semantic=not args.no_semantic)
    if not result["cranfield"]:
        print("Cranfield dev half not found (--cranfield DIR or $CRANFIELD_DIR); the collateral set only.\n")
    print(report(result["results"]))


if __name__ == "__main__":
    main()
