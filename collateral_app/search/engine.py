"""The Whoosh index: a cache of the library database, opened with self-healing."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from collateral_app.domain.errors import LibraryBusy

from .analysis import analyze, text_analyzer, vocabulary
from .query import ParsedQuery

log = logging.getLogger(__name__)

INDEX_NAME = "assets"
SCHEMA_VERSION = "6"
SHORT_FIELDS = ("title", "tags")
FACET_FIELDS = ("type", "stage", "persona", "industry", "size", "product", "tag", "media")
PREFIX_EXPANSIONS = 12
PARTIAL_CANDIDATES = 200
WRITER_TIMEOUT_S = 30.0


class _Or(wq.Or):  # type: ignore[misc]
    """Or as a tree of union matchers. Whoosh otherwise preloads every match into
    arrays on indexes under 5,000 documents, which costs more than the query."""

    matcher_type = wq.Or.DEFAULT_MATCHER


class IndexCorrupt(Exception):
    """The index on disk could not be opened; it has been set aside and recreated."""


def _schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        asset_id=ID(stored=True, unique=True),
        revision=STORED(),
        # Every word of an asset is matched in `content` (one posting list a word keeps
        # queries fast); title and tags are indexed again only to lift the documents
        # where a word appears there.
        content=TEXT(analyzer=analyzer),
        title=TEXT(analyzer=analyzer, field_boost=4.0),
        tags=TEXT(analyzer=analyzer, field_boost=2.5),
        # Distinct words, for "did you mean". Scorable only because Whoosh checks the disk
        # for a lengths column on every posting of a field without one.
        words=KEYWORD(scorable=True),
        status=ID(),
        **{name: KEYWORD(commas=True, lowercase=True, scorable=False) for name in FACET_FIELDS},
    )


@dataclass(frozen=True, slots=True)
class IndexDocument:
    asset_id: str
    revision: int
    title: str
    description: str
    tags_text: str  # taxonomy labels and free tags, as words
    file_name: str
    body: str
    status: str
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet field → slugs


@dataclass(frozen=True, slots=True)
class _Matching:
    all: set[int]  # documents matching the query and every filter
    without: dict[str, set[int]]  # filter field → matching all but that filter


@dataclass(frozen=True, slots=True)
class IndexHits:
    total: int
    hits: tuple[tuple[str, float], ...]  # (asset_id, score), best first
    terms: frozenset[str]  # index terms the query looked for, for snippets
    prefixes: tuple[str, ...]
    suggestion_words: dict[str, str]  # typed word → correction
    facets: dict[str, dict[str, int]]


class SearchIndex:
    """One index folder, one long-lived searcher refreshed after commits."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.RLock()
        self.was_recreated = False
        self._index = self._open_or_create()
        self._searcher: Searcher | None = None
        self._facet_cache: dict[str, dict[str, frozenset[int]]] | None = None

    # -- opening -----------------------------------------------------------------------
    def _open_or_create(self) -> FileIndex:
        self.folder.mkdir(parents=True, exist_ok=True)
        marker = self.folder / "schema-version"
        try:
            if whoosh_index.exists_in(str(self.folder), INDEX_NAME):
                if marker.exists() and marker.read_text().strip() == SCHEMA_VERSION:
                    ix = whoosh_index.open_dir(str(self.folder), indexname=INDEX_NAME)
                    with ix.searcher() as s:
                        s.doc_count()
                    return ix
                log.info("search index schema changed; rebuilding it")
            elif any(self.folder.iterdir()):
                log.warning("search index folder %s holds no readable index", self.folder)
        except Exception:
            log.exception("search index at %s is unreadable; setting it aside", self.folder)
        return self._recreate()

    def _recreate(self) -> FileIndex:
        if self.folder.exists() and any(self.folder.iterdir()):
            aside = self.folder.with_name(f"{self.folder.name}.broken-{int(time.time())}")
            shutil.move(str(self.folder), aside)
            shutil.rmtree(aside, ignore_errors=True)
            self.was_recreated = True
        self.folder.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(self.folder), _schema(), indexname=INDEX_NAME)
        (self.folder / "schema-version").write_text(SCHEMA_VERSION)
        return ix

    def clear(self) -> None:
        with self._lock:
            self._close_searcher()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True)
            self._index = whoosh_index.create_in(str(self.folder), _schema(), indexname=INDEX_NAME)
            (self.folder / "schema-version").write_text(SCHEMA_VERSION)

    def close(self) -> None:
        with self._lock:
            self._close_searcher()

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
            self._facet_cache = None

    def _current_searcher(self) -> Searcher:
        if self._searcher is None:
            self._searcher = self._index.searcher()
        elif not self._searcher.up_to_date():
            # Another process (or our own writer) committed. A new searcher rather than
            # refresh(): whoosh-reloaded's refresh keeps the replaced segments too, which
            # lists an edited asset twice.
            self._searcher.close()
            self._searcher = self._index.searcher()
            self._facet_cache = None
        return self._searcher

    # -- writing -----------------------------------------------------------------------
    @contextmanager
    def _writer(self, procs: int = 1) -> Iterator[IndexWriter]:
        options: dict[str, Any] = {"timeout": WRITER_TIMEOUT_S, "delay": 0.05, "limitmb": 128}
        if procs > 1:
            # Worker processes each build a segment; kept as they are (no merge here).
            options.update(procs=procs, multisegment=True)
        try:
            writer = self._index.writer(**options)
        except LockError as exc:
            raise LibraryBusy(
                "Another Collateral window or command is updating the search index; try again "
                "when it has finished."
            ) from exc
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def upsert(self, documents: Iterable[IndexDocument], *, fresh: bool = False, procs: int = 1) -> int:
        """Add or replace documents in one commit; returns how many. `fresh` says the
        index holds none of them (a rebuild), which skips looking for old versions;
        `procs` > 1 analyses in that many processes (bulk work from the command line)."""
        count = 0
        with self._lock, self._writer(procs) as writer:
            add = writer.add_document if fresh else writer.update_document
            for doc in documents:
                add(**_fields(doc))
                count += 1
        return count

    def delete(self, asset_ids: Iterable[str]) -> None:
        with self._lock, self._writer() as writer:
            for asset_id in asset_ids:
                writer.delete_by_term("asset_id", asset_id)

    def optimize(self) -> None:
        """Merge all segments: after bulk imports many small segments slow every query."""
        with self._lock:
            self._index.optimize()

    def segment_count(self) -> int:
        return len(self._index._segments())

    def indexed_revisions(self) -> dict[str, int]:
        """asset id → revision held, for the consistency check."""
        with self._lock:
            searcher = self._current_searcher()
            return {
                fields["asset_id"]: int(fields.get("revision", 0))
                for _, fields in searcher.reader().iter_docs()
            }

    def doc_count(self) -> int:
        with self._lock:
            return int(self._current_searcher().doc_count())

    # -- searching ---------------------------------------------------------------------
    def search(
        self,
        parsed: ParsedQuery,
        *,
        limit: int = 10,
        offset: int = 0,
        with_facets: bool = False,
        suggest: bool = True,
    ) -> IndexHits:
        """Documents matching every word rank first (by BM25 with field boosts and
        proximity); when they do not fill the page, documents matching only some words
        follow, those matching more words first. A long question never returns nothing."""
        with self._lock:
            searcher = self._current_searcher()
            words = [(w, analyze(w)) for w in parsed.words]
            terms = {t for _, ts in words for t in ts}
            prefixes = tuple(p for p in [parsed.prefix] if p)
            clauses, required = self._clauses(searcher, parsed, words)
            filter_query = _filter_query(parsed.filters)
            mask: wq.Query | None = None if "status" in parsed.filters else wq.Term("status", "archived")
            wanted = offset + limit

            all_words = _apply_exclusions(self._all_words_query(clauses, required, words), parsed)
            results = searcher.search(all_words, limit=wanted, filter=filter_query, mask=mask, terms=False)
            ranked = [(hit.docnum, str(hit["asset_id"]), float(hit.score or 0.0)) for hit in results]
            matching_query = all_words
            if len(clauses) >= 2 and len(ranked) < wanted:
                some_words = _apply_exclusions(_with_required(_Or(clauses), required), parsed)
                ranked = self._partial_matches(
                    searcher, ranked, some_words, clauses, wanted, filter_query, mask
                )
                matching_query = some_words
            matching: _Matching | None = None
            if with_facets or len(ranked) >= wanted:
                matching = self._matching(searcher, matching_query, parsed.filters, mask)
            total = len(matching.all) if matching is not None else len(ranked)
            hits = tuple((asset_id, score) for _, asset_id, score in ranked[offset:wanted])

            if parsed.prefix:
                terms |= set(analyze(parsed.prefix))
            for phrase in parsed.phrases:
                terms |= set(analyze(phrase))
            corrections: dict[str, str] = {}
            if suggest:  # cheap: only words the index has never seen are looked at
                typed = [w for w, _ in words]
                if parsed.prefix and total == 0:
                    typed.append(parsed.prefix)  # an unfinished word that matches nothing may be a typo
                corrections = self._corrections(searcher, typed)
            facets = self._facet_counts(searcher, matching) if with_facets and matching is not None else {}
            return IndexHits(total, hits, frozenset(terms), prefixes, corrections, facets)

    def _clauses(
        self, searcher: Searcher, parsed: ParsedQuery, words: list[tuple[str, list[str]]]
    ) -> tuple[list[wq.Query], list[wq.Query]]:
        """One clause a word (any field), and the phrases that must match."""
        clauses = [_any_field(word_terms) for _, word_terms in words if word_terms]
        if parsed.prefix:
            clauses.append(self._prefix_query(searcher, parsed.prefix))
        required: list[wq.Query] = []
        for phrase in parsed.phrases:
            phrase_terms = analyze(phrase)
            if len(phrase_terms) == 1:
                required.append(_any_field(phrase_terms))
            elif phrase_terms:
                required.append(wq.Phrase("content", phrase_terms))
        return clauses, required

    def _all_words_query(
        self, clauses: list[wq.Query], required: list[wq.Query], words: list[tuple[str, list[str]]]
    ) -> wq.Query:
        parts = required + clauses
        if not parts:
            return wq.Every()
        query: wq.Query = parts[0] if len(parts) == 1 else wq.And(parts)
        stems = [t for _, ts in words for t in ts]
        if 2 <= len(stems) <= 4:
            # The words together in the title lift a document. Proximity in the body was
            # measured at half the time of a multi-word query for no gain on the judged set.
            query = wq.AndMaybe(query, wq.Phrase("title", stems, slop=2, boost=2.0))
        return query

    def _partial_matches(
        self,
        searcher: Searcher,
        ranked: list[tuple[int, str, float]],
        some_words: wq.Query,
        clauses: list[wq.Query],
        wanted: int,
        filter_query: wq.Query | None,
        mask: wq.Query | None,
    ) -> list[tuple[int, str, float]]:
        """After the all-words hits, the best of the rest: more words matched first."""
        seen = {docnum for docnum, _, _ in ranked}
        pool = max(wanted * 4, PARTIAL_CANDIDATES)
        candidates = [
            (hit.docnum, str(hit["asset_id"]), float(hit.score or 0.0))
            for hit in searcher.search(some_words, limit=pool, filter=filter_query, mask=mask, terms=False)
            if hit.docnum not in seen
        ]
        if not candidates:
            return ranked
        wanted_docs = {docnum for docnum, _, _ in candidates}
        coverage = dict.fromkeys(wanted_docs, 0)
        for clause in clauses:
            for docnum in searcher.docs_for_query(clause):
                if docnum in wanted_docs:
                    coverage[docnum] += 1
        candidates.sort(key=lambda c: (-coverage[c[0]], -c[2]))
        return ranked + candidates

    def _matching(
        self,
        searcher: Searcher,
        query: wq.Query,
        filters: dict[str, list[str]],
        mask: wq.Query | None,
    ) -> _Matching:
        base = set(searcher.docs_for_query(query))
        if mask is not None:
            base -= set(searcher.docs_for_query(mask))
        by_filter = {
            name: set(searcher.docs_for_query(_Or([wq.Term(name, v) for v in values])))
            for name, values in filters.items()
        }
        everything = set(base)
        for docs in by_filter.values():
            everything &= docs
        # A facet's own values are counted without its own filter, so ticking one
        # industry still offers the others to widen the results.
        without: dict[str, set[int]] = {}
        for name in by_filter:
            others = set(base)
            for other, docs in by_filter.items():
                if other != name:
                    others &= docs
            without[name] = others
        return _Matching(everything, without)

    def _prefix_query(self, searcher: Searcher, prefix: str) -> wq.Query:
        reader = searcher.reader()
        folded = analyze(prefix)
        options: list[wq.Query] = []
        if folded:
            options.append(_any_field(folded))
        raw = prefix.lower()
        if len(raw) >= 2:
            options.extend(wq.Prefix(f, raw) for f in SHORT_FIELDS)
            # The body only by its few most frequent completions: a raw prefix over
            # the body expands to thousands of terms.
            frequent = reader.most_frequent_terms("content", number=PREFIX_EXPANSIONS, prefix=raw)
            options.extend(wq.Term("content", _text(t)) for _, t in frequent)
        if not options:
            return wq.NullQuery
        return _Or(options)

    def _corrections(self, searcher: Searcher, words: list[str]) -> dict[str, str]:
        reader = searcher.reader()
        corrections: dict[str, str] = {}
        for word in words:
            lowered = word.lower()
            if not lowered.isalpha() or len(lowered) < 4:
                continue
            known = any(reader.doc_frequency("content", t) for t in analyze(lowered))
            if known:
                continue
            suggestions = searcher.corrector("words").suggest(lowered, limit=1, maxdist=1, prefix=1)
            if suggestions:
                corrections[word] = suggestions[0]
        return corrections

    def _facet_counts(self, searcher: Searcher, matching: _Matching) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for facet, values in self._facet_postings(searcher).items():
            pool = matching.without.get(facet, matching.all)
            facet_counts = {value: len(docs & pool) for value, docs in values.items()}
            counts[facet] = {v: n for v, n in sorted(facet_counts.items()) if n}
        return counts

    def _facet_postings(self, searcher: Searcher) -> dict[str, dict[str, frozenset[int]]]:
        if self._facet_cache is None:
            reader = searcher.reader()
            cache: dict[str, dict[str, frozenset[int]]] = {}
            for facet in FACET_FIELDS:
                values: dict[str, frozenset[int]] = {}
                for term in reader.lexicon(facet):
                    value = _text(term)
                    values[value] = frozenset(reader.postings(facet, value).all_ids())
                cache[facet] = values
            self._facet_cache = cache
        return self._facet_cache


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _with_required(query: wq.Query, required: list[wq.Query]) -> wq.Query:
    return wq.And([*required, query]) if required else query


def _any_field(word_terms: list[str]) -> wq.Query:
    per_term = [
        wq.AndMaybe(wq.Term("content", t), _Or([wq.Term(f, t) for f in SHORT_FIELDS])) for t in word_terms
    ]
    return per_term[0] if len(per_term) == 1 else wq.And(per_term)


def _filter_query(filters: dict[str, list[str]]) -> wq.Query | None:
    if not filters:
        return None
    parts: list[wq.Query] = []
    for field_name, values in filters.items():
        # Several values of one filter widen it (OR); different filters narrow (AND).
        parts.append(_Or([wq.Term(field_name, v) for v in values]))
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _apply_exclusions(main: wq.Query, parsed: ParsedQuery) -> wq.Query:
    excluded: list[wq.Query] = []
    for word in parsed.excluded_words:
        if ":" in word:
            field_name, value = word.split(":", 1)
            excluded.append(wq.Term(field_name, value))
            continue
        word_terms = analyze(word)
        if word_terms:
            excluded.append(_any_field(word_terms))
    for phrase in parsed.excluded_phrases:
        phrase_terms = analyze(phrase)
        if phrase_terms:
            excluded.append(wq.Phrase("content", phrase_terms))
    if not excluded:
        return main
    return wq.AndNot(main, _Or(excluded))


def _fields(doc: IndexDocument) -> dict[str, Any]:
    values: dict[str, Any] = {
        "asset_id": doc.asset_id,
        "revision": doc.revision,
        "title": doc.title,
        "tags": doc.tags_text,
        "content": "\n".join((doc.title, doc.tags_text, doc.description, doc.file_name, doc.body)),
        "words": vocabulary(" ".join((doc.title, doc.description, doc.tags_text, doc.body))),
        "status": doc.status,
    }
    for facet in FACET_FIELDS:
        slugs = doc.facets.get(facet, ())
        if slugs:
            values[facet] = ",".join(slugs)
    return values
