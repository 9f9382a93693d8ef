"""The baseline: the same documents in SQLite FTS5 (porter unicode61, bm25), queried the
way a careful developer would query it.

- Columns title, description, tags (taxonomy labels and free tags, as words), body; bm25
  weighted like our field boosts (title 4, description 1.5, tags 2.5, body 1).
- Plain words are AND-ed (FTS5's default); natural-language questions OR their words.
- "Phrases" are FTS5 phrases; the last word while typing is a prefix query ("word"*), served
  by FTS5 prefix indexes of 2 and 3 characters.
- Filters (type:, industry:, ...) are WHERE clauses on a column of a side table.
- Top 10 by rank first, then `snippet()` of the body for those 10 only.

Queries are read by the app's own `parse_query`, so both engines see the same words."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from collateral_app.search import parse_query

FILTER_COLUMNS = ("type", "stage", "persona", "industry", "size", "product", "tag")
BM25_WEIGHTS = "4.0, 1.5, 2.5, 1.0"


@dataclass(frozen=True, slots=True)
class Doc:
    asset_id: str
    title: str
    description: str
    type: str
    terms: Mapping[str, Sequence[str]]
    tags: Sequence[str]
    labels: Mapping[tuple[str, str], str]
    body: str


@dataclass(frozen=True, slots=True)
class Query:
    match: str | None  # FTS5 MATCH expression
    filters: dict[str, list[str]]


def create(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.executescript(
        f"""
        PRAGMA journal_mode=WAL;
        PRAGMA synchronous=NORMAL;
        CREATE TABLE docs(
            rowid INTEGER PRIMARY KEY, asset_id TEXT NOT NULL, title TEXT,
            type TEXT, stage TEXT, persona TEXT, industry TEXT, size TEXT, product TEXT, tag TEXT
        );
        CREATE VIRTUAL TABLE fts USING fts5(
            title, description, tags, body, tokenize='porter unicode61', prefix='2 3'
        );
        INSERT INTO fts(fts, rank) VALUES('rank', 'bm25({BM25_WEIGHTS})');
        """
    )
    return conn


def _padded(values: Sequence[str]) -> str:
    return " " + " ".join(values) + " " if values else ""


def insert(conn: sqlite3.Connection, docs: Sequence[Doc]) -> None:
    with conn:
        for doc in docs:
            words = [doc.labels.get((dim, slug), slug) for dim, slugs in doc.terms.items() for slug in slugs]
            if doc.type:
                words.append(doc.labels.get(("type", doc.type), doc.type))
            words.extend(doc.tags)
            cursor = conn.execute(
                "INSERT INTO docs(asset_id, title, type, stage, persona, industry, size, product, tag) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.asset_id,
                    doc.title,
                    _padded([doc.type] if doc.type else []),
                    *(
                        _padded(list(doc.terms.get(d, ())))
                        for d in ("stage", "persona", "industry", "size", "product")
                    ),
                    _padded([t.replace(" ", "-") for t in doc.tags]),
                ),
            )
            conn.execute(
                "INSERT INTO fts(rowid, title, description, tags, body) VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, doc.title, doc.description, " ".join(words), doc.body),
            )


def finish(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute("INSERT INTO fts(fts) VALUES('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA cache_size=-65536")  # 64 MB, like a desktop app would set
    return conn


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def translate(text: str, *, any_word: bool = False, prefix: bool = False) -> Query:
    """The FTS5 form of what the user typed. `any_word`: OR the words (questions)."""
    parsed = parse_query(text, prefix=prefix)
    words = [_quoted(w) for w in parsed.words]
    joined = " OR ".join(words) if any_word else " ".join(words)
    if any_word and len(words) > 1:
        joined = f"({joined})"
    parts = [joined] if joined else []
    parts += [_quoted(p) for p in parsed.phrases]
    if parsed.prefix:
        parts.append(_quoted(parsed.prefix) + "*")
    filters = {field: values for field, values in parsed.filters.items() if field in FILTER_COLUMNS}
    if "media" in parsed.filters or "status" in parsed.filters:
        raise ValueError(f"the baseline has no column for the filters of {text!r}")
    return Query(" AND ".join(parts) if parts else None, filters)


def search(conn: sqlite3.Connection, query: Query, limit: int = 10) -> list[tuple[str, str]]:
    """(asset id, snippet HTML) of the best `limit` documents."""
    where: list[str] = []
    params: list[object] = []
    for field, values in query.filters.items():
        where.append("(" + " OR ".join(f"instr(docs.{field}, ?) > 0" for _ in values) + ")")
        params.extend(f" {v} " for v in values)
    if query.match is None:
        sql = "SELECT docs.rowid FROM docs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rowids = [r for (r,) in conn.execute(sql + " ORDER BY docs.rowid LIMIT ?", (*params, limit))]
        return [(asset_id, "") for (asset_id,) in _asset_ids(conn, rowids)]
    if where:
        sql = (
            "SELECT fts.rowid FROM fts JOIN docs ON docs.rowid = fts.rowid "
            f"WHERE fts MATCH ? AND {' AND '.join(where)} ORDER BY fts.rank LIMIT ?"
        )
    else:
        sql = "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?"
    rowids = [r for (r,) in conn.execute(sql, (query.match, *params, limit))]
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    snippets = {
        rowid: (asset_id, snippet)
        for rowid, asset_id, snippet in conn.execute(
            "SELECT fts.rowid, docs.asset_id, snippet(fts, 3, '<b>', '</b>', '…', 24) "
            f"FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE fts MATCH ? AND fts.rowid IN ({marks})",
            (query.match, *rowids),
        )
    }
    return [snippets[r] for r in rowids if r in snippets]


def _asset_ids(conn: sqlite3.Connection, rowids: list[int]) -> list[tuple[str]]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    found = dict(
        conn.execute(f"SELECT rowid, asset_id FROM docs WHERE rowid IN ({marks})", rowids).fetchall()
    )
    return [(found[r],) for r in rowids]
