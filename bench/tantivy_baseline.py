"""The second baseline: the same documents in tantivy (Rust, BM25, en_stem), built in memory
from the FTS5 database of the same run, queried the way the FTS5 baseline is: words AND-ed,
questions OR-ed, "phrases", -exclusions, filters as terms of raw fields; top 10 ids, no
snippets (tantivy-py has no snippet generator for these fields)."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from collateral_app.search import parse_query

from .fts import FILTER_COLUMNS

try:
    import tantivy
except ImportError:  # optional: pip install tantivy
    tantivy = None


def available() -> bool:
    return tantivy is not None


def build(conn: sqlite3.Connection) -> tuple[Any, dict[str, Any]]:
    """An in-memory tantivy index of every document in the FTS5 database."""
    assert tantivy is not None
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("asset_id", stored=True, tokenizer_name="raw")
    for name in ("title", "description", "tags", "body"):
        builder.add_text_field(name, tokenizer_name="en_stem")
    for name in FILTER_COLUMNS:
        builder.add_text_field(name, tokenizer_name="raw")
    index = tantivy.Index(builder.build())
    started = time.perf_counter()
    writer = index.writer(heap_size=128_000_000)
    rows = conn.execute(
        "SELECT docs.asset_id, fts.title, fts.description, fts.tags, fts.body, "
        + ", ".join(f"docs.{c}" for c in FILTER_COLUMNS)
        + " FROM fts JOIN docs ON docs.rowid = fts.rowid"
    )
    count = 0
    for row in rows:
        doc = tantivy.Document(asset_id=row[0], title=row[1], description=row[2], tags=row[3], body=row[4])
        for name, value in zip(FILTER_COLUMNS, row[5:], strict=True):
            for v in (value or "").split():
                doc.add_text(name, v)
        writer.add_document(doc)
        count += 1
    writer.commit()
    index.reload()
    return index, {"build_s": round(time.perf_counter() - started, 1), "docs": count}


def translate(index: Any, text: str, *, any_word: bool = False) -> Any:
    parsed = parse_query(text)
    parts: list[str] = []
    words = [w.replace('"', "") for w in parsed.words]
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    if words:
        joined = " OR ".join(f'"{w}"' for w in words) if any_word else " AND ".join(f'"{w}"' for w in words)
        parts.append(f"({joined})")
    parts += ['"' + p.replace('"', "") + '"' for p in parsed.phrases]
    for name, values in parsed.filters.items():
        if name in FILTER_COLUMNS:
            parts.append("(" + " OR ".join(f'{name}:"{v}"' for v in values) + ")")
    query = " AND ".join(parts) if parts else "*"
    for w in parsed.excluded_words:
        if ":" not in w:
            query += f' -"{w}"'
    try:
        return index.parse_query(
            query, ["title", "description", "tags", "body"], field_boosts={"title": 4.0, "tags": 2.5}
        )
    except ValueError:
        return index.parse_query(" ".join(words) or "*", ["title", "body"])


def search(index: Any, query: Any, limit: int = 10) -> list[str]:
    searcher = index.searcher()
    return [searcher.doc(address)["asset_id"][0] for _, address in searcher.search(query, limit).hits]
