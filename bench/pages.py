"""Page accuracy and speed on real long manuals, beside SQLite FTS5 and tantivy (one row per
page), same pages, same queries, same run.

    python -m bench.pages                 # fetches r-doc-pdf and octave-doc with apt-get once
    python -m bench.pages --real DIR      # a folder holding their usr/share/...

Phrases of five words that occur once in all the manuals are taken from random pages; each
is searched quoted and unquoted; rank 1 must be the right manual at the right page. Every
page of the longest manual that holds such a phrase is searched too ("every page
findable"). Our times include the snippet of every hit shown (top 10), read from the hit's
page; FTS5's include its `snippet()`; tantivy's none."""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from collateral_app.domain.enums import PageKind
from collateral_app.domain.records import PageText
from collateral_app.search import IndexDocument, IndexPage, SearchIndex, page_snippet, parse_query

from . import realdata
from .stats import summary

SAMPLED = 100


def _phrases(manuals: dict[str, list[str]]) -> dict[tuple[str, ...], tuple[str, int]]:
    """Every run of five plain words (letters only, as a user would type them from the page)
    that occurs on exactly one page of all the manuals."""
    seen: dict[tuple[str, ...], tuple[str, int] | None] = {}
    for name, pages in manuals.items():
        for number, text in enumerate(pages, 1):
            run: list[str] = []
            where = (name, number)
            for token in text.split():
                if not (token.isascii() and token.isalpha()):
                    run = []
                    continue
                word = token
                run.append(word.lower())
                if len(run) >= 5:
                    key = tuple(run[-5:])
                    if key not in seen:
                        seen[key] = where
                    elif seen[key] != where:
                        seen[key] = None
    return {k: v for k, v in seen.items() if v is not None}


def _in_text(phrase: tuple[str, ...], text: str) -> bool:
    return re.search(r"\s+".join(re.escape(w) for w in phrase), text, re.IGNORECASE) is not None


def run(real: str | None = None, sampled: int = SAMPLED) -> dict[str, Any]:
    root = realdata.fetch(real)
    if root is None:
        return {"skipped": "the Debian manuals could not be fetched (apt-get download r-doc-pdf octave-doc)"}
    paths = realdata.manuals(root)
    manuals = {p.stem: realdata.pdf_pages(p) for p in paths}
    total_pages = sum(len(p) for p in manuals.values())
    unique = _phrases(manuals)
    # Each phrase must also read as it stands in the text (words only spaces or punctuation apart).
    by_page: dict[tuple[str, int], list[tuple[str, ...]]] = defaultdict(list)
    for phrase, where in unique.items():
        by_page[where].append(phrase)
    rng = random.Random(14)
    candidates = sorted(by_page)
    sample = rng.sample(candidates, min(sampled, len(candidates)))
    queries = []
    for where in sample:
        phrase = rng.choice(by_page[where])
        if _in_text(phrase, manuals[where[0]][where[1] - 1]):
            queries.append((phrase, where))
    longest = max(manuals, key=lambda m: len(manuals[m]))
    every = []
    for n in range(1, len(manuals[longest]) + 1):
        text = manuals[longest][n - 1]
        readable = [p for p in sorted(by_page.get((longest, n), ())) if _in_text(p, text)]
        if readable:
            every.append((readable[0], (longest, n)))
    result: dict[str, Any] = {
        "manuals": len(manuals),
        "pages": total_pages,
        "chars": sum(len(t) for p in manuals.values() for t in p),
        "longest": {"name": longest, "pages": len(manuals[longest]), "with_unique_phrase": len(every)},
        "queries": len(queries),
        "engines": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        engines = {"Collateral": _collateral(manuals, Path(tmp)), "SQLite FTS5": _fts5(manuals)}
        tantivy = _tantivy(manuals)
        if tantivy is not None:
            engines["tantivy"] = tantivy
        for name, (search, build_s) in engines.items():
            row: dict[str, Any] = {"build_s": round(build_s, 1)}
            for quoted in (True, False):
                right_doc = right_page = 0
                times: list[float] = []
                for phrase, where in queries:
                    text = " ".join(phrase)
                    started = time.perf_counter()
                    top = search(f'"{text}"' if quoted else text)
                    times.append((time.perf_counter() - started) * 1000)
                    if top and top[0][0] == where[0]:
                        right_doc += 1
                        right_page += top[0][1] == where[1]
                key = "quoted" if quoted else "words"
                row[key] = {"right_manual": right_doc, "right_page": right_page, **summary(times)}
            found = sum(
                1 for phrase, where in every if (search(f'"{" ".join(phrase)}"') or [None])[0] == where
            )
            row["every_page"] = found
            result["engines"][name] = row
    return result


def _collateral(manuals: dict[str, list[str]], folder: Path) -> tuple[Any, float]:
    index = SearchIndex(folder / "index")
    started = time.perf_counter()
    index.upsert(
        (
            IndexDocument(
                asset_id=name,
                revision=1,
                title=name,
                description="",
                tags_text="",
                file_name=name,
                status="published",
                pages=[IndexPage(n, t) for n, t in enumerate(pages, 1) if t.strip()],
            )
            for name, pages in manuals.items()
        ),
        fresh=True,
    )
    index.optimize()
    build = time.perf_counter() - started

    def search(text: str) -> list[tuple[str, int | None]]:
        found = index.search(parse_query(text), limit=10, suggest=False)
        top = []
        for asset_id, _ in found.hits:
            unit = found.where[asset_id]
            if unit.page is not None:  # the snippet, as the library makes it, from that page only
                page = PageText(unit.page, PageKind.PAGE, manuals[asset_id][unit.page - 1], "")
                page_snippet(page, found.terms, found.prefixes, start=unit.start, lang=unit.language)
            top.append((asset_id, unit.page))
        return top

    return search, build


def _fts5(manuals: dict[str, list[str]]) -> tuple[Any, float]:
    conn = sqlite3.connect(":memory:")
    started = time.perf_counter()
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5("
        "manual UNINDEXED, page UNINDEXED, body, tokenize='porter unicode61')"
    )
    conn.executemany(
        "INSERT INTO f VALUES (?, ?, ?)",
        [(name, n, t) for name, pages in manuals.items() for n, t in enumerate(pages, 1) if t.strip()],
    )
    build = time.perf_counter() - started

    def search(text: str) -> list[tuple[str, int | None]]:
        match = text if text.startswith('"') else " ".join(f'"{w}"' for w in text.split())
        rows = conn.execute(
            "SELECT manual, page, snippet(f, 2, '<b>', '</b>', '…', 12) FROM f WHERE f MATCH ? "
            "ORDER BY bm25(f) LIMIT 10",
            (match,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    return search, build


def _tantivy(manuals: dict[str, list[str]]) -> tuple[Any, float] | None:
    try:
        import tantivy
    except ImportError:
        return None
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("manual", stored=True, tokenizer_name="raw")
    builder.add_integer_field("page", stored=True)
    builder.add_text_field("body", tokenizer_name="en_stem")
    index = tantivy.Index(builder.build())
    started = time.perf_counter()
    writer = index.writer()
    for name, pages in manuals.items():
        for n, t in enumerate(pages, 1):
            if t.strip():
                writer.add_document(tantivy.Document(manual=name, page=n, body=t))
    writer.commit()
    index.reload()
    build = time.perf_counter() - started
    searcher = index.searcher()

    def search(text: str) -> list[tuple[str, int | None]]:
        query = index.parse_query(text, ["body"])
        hits = searcher.search(query, 10).hits
        return [(searcher.doc(a)["manual"][0], searcher.doc(a)["page"][0]) for _, a in hits]

    return search, build


def report(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"Page accuracy: skipped ({result['skipped']}).\n"
    n = result["queries"]
    longest = result["longest"]
    lines = [
        f"{result['manuals']} manuals, {result['pages']:,} pages, {result['chars']:,} characters; "
        f"{n} phrases "
        f"of five words from random pages; every page of {longest['name']} ({longest['pages']:,} pages, "
        f"{longest['with_unique_phrase']:,} with a phrase of their own).\n",
        "| engine | query | right manual | right page | median ms | p95 ms | every page findable | build s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in result["engines"].items():
        for key, label in (("quoted", '"phrase"'), ("words", "words")):
            r = row[key]
            every = f"{row['every_page']:,}/{longest['with_unique_phrase']:,}" if key == "quoted" else ""
            lines.append(
                f"| {name} | {label} | {r['right_manual']}/{n} | {r['right_page']}/{n} | {r['median_ms']} | "
                f"{r['p95_ms']} | {every} | {row['build_s'] if key == 'quoted' else ''} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--real", help="folder holding usr/share/... of r-doc-pdf and octave-doc")
    parser.add_argument("--phrases", type=int, default=SAMPLED)
    args = parser.parse_args(argv)
    print(report(run(args.real, args.phrases)))


if __name__ == "__main__":
    main()
