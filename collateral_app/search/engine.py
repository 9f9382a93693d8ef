"""The Whoosh index: a cache of the library database, opened with self-healing."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from collateral_app.collector import collection_paused
from collateral_app.domain.errors import LibraryBusy

from .analysis import analyze, text_analyzer, vocabulary
from .postings import NO_MATCHES, IndexView, Matches, all_of, any_of, docnums, phrase
from .query import ParsedQuery

log = logging.getLogger(__name__)

INDEX_NAME = "assets"
SCHEMA_VERSION = "6"
SHORT_FIELDS = ("title", "tags")
FACET_FIELDS = ("type", "stage", "persona", "industry", "size", "product", "tag", "media")
PREFIX_EXPANSIONS = 12
PARTIAL_CANDIDATES = 200
WRITER_TIMEOUT_S = 30.0


def engine_version() -> tuple[str, str]:
    """The engine behind the index and its version, for an About box or a bug report."""
    import whoosh

    return "Whoosh", whoosh.versionstring()


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
        self._lock = threading.RLock()  # the searcher and its caches
        self._write_lock = threading.Lock()  # one writer at a time; searches go on meanwhile
        self.was_recreated = False
        self._searcher: Searcher | None = None
        self._view: IndexView | None = None
        self._index = self._open_or_create()

    # -- opening -----------------------------------------------------------------------
    def _open_or_create(self) -> FileIndex:
        self.folder.mkdir(parents=True, exist_ok=True)
        marker = self.folder / "schema-version"
        try:
            if whoosh_index.exists_in(str(self.folder), INDEX_NAME):
                if marker.exists() and marker.read_text().strip() == SCHEMA_VERSION:
                    ix = whoosh_index.open_dir(str(self.folder), indexname=INDEX_NAME)
                    searcher = ix.searcher()  # proves the index readable, then serves searches
                    try:
                        searcher.doc_count()
                    except Exception:
                        searcher.close()
                        raise
                    self._searcher = searcher
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
        with self._write_lock, self._lock:
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
            self._view = None

    def _current_searcher(self) -> Searcher:
        if self._searcher is None:
            self._searcher = self._index.searcher()
        elif not self._searcher.up_to_date():
            # Another process (or our own writer) committed. A new searcher rather than
            # refresh(): whoosh-reloaded's refresh keeps the replaced segments too, which
            # lists an edited asset twice.
            self._searcher.close()
            self._searcher = self._index.searcher()
            self._view = None
        return self._searcher

    def _current_view(self) -> IndexView:
        searcher = self._current_searcher()
        if self._view is None or self._view.searcher is not searcher:
            self._view = IndexView(searcher)
        return self._view

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
        with self._write_lock, collection_paused(), self._writer(procs) as writer:
            add = writer.add_document if fresh else writer.update_document
            for doc in documents:
                add(**_fields(doc))
                count += 1
        return count

    def delete(self, asset_ids: Iterable[str]) -> None:
        with self._write_lock, self._writer() as writer:
            for asset_id in asset_ids:
                writer.delete_by_term("asset_id", asset_id)

    def optimize(self) -> None:
        """Merge all segments: after bulk imports many small segments slow every query."""
        with self._write_lock, collection_paused():
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
            view = self._current_view()
            words = [(w, analyze(w)) for w in parsed.words]
            terms = {t for _, ts in words for t in ts}
            prefixes = tuple(p for p in [parsed.prefix] if p)
            wanted = offset + limit

            clauses = [_word(view, ts) for _, ts in words if ts]
            if parsed.prefix:
                clauses.append(_prefix_clause(view, parsed.prefix))
            masked = 0 if "status" in parsed.filters else view.term("status", "archived").bits
            # Several values of one filter widen it (OR); different filters narrow (AND).
            by_filter = {
                name: _bits_or(view.term(name, v).bits for v in values)
                for name, values in parsed.filters.items()
            }
            allowed = view.live & ~masked
            for docs in by_filter.values():
                allowed &= docs
            # Phrases are checked word by word only where they could change the answer.
            reach = view.live & ~masked
            if clauses:
                reach &= _bits_or(c.bits for c in clauses)
            excluded = _excluded(view, parsed, reach)
            reach &= ~excluded
            required = _required(view, parsed, reach)

            parts = required + clauses
            all_words = (_bits_and(p.bits for p in parts) if parts else view.live) & ~excluded
            stems = [t for _, ts in words for t in ts]
            lifts: list[Matches] = []
            if wanted and parts and 2 <= len(stems) <= 4:
                # The words together in the title lift a document. Proximity in the body was
                # measured at half the time of a multi-word query for no gain on the judged set.
                lifts.append(phrase(view, "title", stems, all_words & allowed, slop=2, boost=2.0))
            ranked = _best(all_words & allowed, parts, wanted, lifts=lifts) if wanted else []
            matching = all_words
            if len(clauses) >= 2 and (all_words & allowed).bit_count() < max(wanted, 1):
                some_words = _bits_and(r.bits for r in required) & reach if required else reach
                if wanted:
                    ranked = _partial_matches(ranked, some_words & allowed, required, clauses, wanted)
                matching = some_words
            total = (matching & allowed).bit_count()
            hits = tuple((view.asset_id(d), score) for d, score in ranked[offset:wanted])

            if parsed.prefix:
                terms |= set(analyze(parsed.prefix))
            for phrase_text in parsed.phrases:
                terms |= set(analyze(phrase_text))
            corrections: dict[str, str] = {}
            if suggest:  # cheap: only words the index has never seen are looked at
                typed = [w for w, _ in words]
                if parsed.prefix and total == 0:
                    typed.append(parsed.prefix)  # an unfinished word that matches nothing may be a typo
                corrections = self._corrections(view.searcher, typed)
            facets = _facet_counts(view, matching & view.live & ~masked, by_filter) if with_facets else {}
            return IndexHits(total, hits, frozenset(terms), prefixes, corrections, facets)

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


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _bits_or(parts: Iterable[int]) -> int:
    bits = 0
    for part in parts:
        bits |= part
    return bits


def _bits_and(parts: Iterable[int]) -> int:
    bits = -1
    for part in parts:
        bits &= part
    return bits


def _word(view: IndexView, word_terms: list[str]) -> Matches:
    """A typed word: every term it analyses to, in any field."""
    return all_of([view.any_field(t) for t in word_terms])


def _prefix_clause(view: IndexView, prefix: str) -> Matches:
    """The word being typed: as typed, as the start of title and tag words, and as its
    few most frequent completions in the body (a raw prefix over the body expands to
    thousands of terms)."""
    key = ("prefix clause", prefix)
    found = view.memo(key)
    if isinstance(found, Matches):
        return found
    options: list[Matches] = []
    folded = analyze(prefix)
    if folded:
        options.append(_word(view, folded))
    raw = prefix.lower()
    if len(raw) >= 2:
        for field_name in SHORT_FIELDS:
            options.extend(view.term(field_name, t) for t in view.expand_prefix(field_name, raw))
        options.extend(view.term("content", t) for t in view.most_frequent("content", raw, PREFIX_EXPANSIONS))
    options = [o for o in options if o.bits]
    found = any_of(options) if options else NO_MATCHES
    view.remember(key, found)
    return found


def _required(view: IndexView, parsed: ParsedQuery, reach: int) -> list[Matches]:
    """The quoted phrases, each of which a document must contain."""
    required: list[Matches] = []
    for phrase_text in parsed.phrases:
        phrase_terms = analyze(phrase_text)
        if len(phrase_terms) == 1:
            required.append(_word(view, phrase_terms))
        elif phrase_terms:
            required.append(phrase(view, "content", phrase_terms, reach))
    return required


def _excluded(view: IndexView, parsed: ParsedQuery, reach: int) -> int:
    """Documents the query's -words, -"phrases" and -field:values rule out."""
    excluded = 0
    for word in parsed.excluded_words:
        if ":" in word:
            field_name, value = word.split(":", 1)
            excluded |= view.term(field_name, value).bits
            continue
        word_terms = analyze(word)
        if word_terms:
            excluded |= _bits_and(view.term("content", t).bits for t in word_terms)
    for phrase_text in parsed.excluded_phrases:
        phrase_terms = analyze(phrase_text)
        if phrase_terms:
            excluded |= phrase(view, "content", phrase_terms, reach & ~excluded).bits
    return excluded


def _best(
    bits: int, parts: list[Matches], wanted: int, *, lifts: Sequence[Matches] = ()
) -> list[tuple[int, float]]:
    """The `wanted` best documents of `bits`, each scoring the sum of `parts` plus any
    `lifts` it matches; ties go to the earlier document, as in Whoosh."""
    found = docnums(bits)
    if not parts:
        return [(d, 1.0) for d in found[:wanted]]  # everything, in index order
    totals = [0.0] * len(found)
    for part in parts:
        totals = list(map(float.__add__, totals, map(part.scores.__getitem__, found)))
    for lift in lifts:
        if lift.bits:
            totals = list(map(float.__add__, totals, map(lift.scores.get, found, repeat(0.0))))
    return _top(found, totals, wanted)


def _top(found: list[int], totals: list[float], wanted: int) -> list[tuple[int, float]]:
    if wanted <= 0:
        return []
    if len(found) > wanted:
        # The score of the wanted-th best document, found by a sort in C; then only the
        # few documents at or above it are ordered.
        threshold = sorted(totals, reverse=True)[wanted - 1]
        pairs = [(d, s) for d, s in zip(found, totals, strict=True) if s >= threshold]
    else:
        pairs = list(zip(found, totals, strict=True))
    pairs.sort(key=lambda pair: (-pair[1], pair[0]))
    return pairs[:wanted]


def _partial_matches(
    ranked: list[tuple[int, float]],
    candidates: int,
    required: list[Matches],
    clauses: list[Matches],
    wanted: int,
) -> list[tuple[int, float]]:
    """After the all-words hits, the best of the rest: of the best few hundred by score,
    those matching more words first."""
    found = docnums(candidates)
    totals = [0.0] * len(found)
    for part in required:
        totals = list(map(float.__add__, totals, map(part.scores.__getitem__, found)))
    for clause in clauses:
        if clause.bits:
            totals = list(map(float.__add__, totals, map(clause.scores.get, found, repeat(0.0))))
    pool = _top(found, totals, max(wanted * 4, PARTIAL_CANDIDATES))
    seen = {d for d, _ in ranked}
    rest = [(d, s) for d, s in pool if d not in seen]
    if not rest:
        return ranked
    coverage = {d: sum(1 for c in clauses if d in c.scores) for d, _ in rest}
    rest.sort(key=lambda pair: (-coverage[pair[0]], -pair[1]))
    return ranked + rest


def _facet_counts(view: IndexView, base: int, by_filter: dict[str, int]) -> dict[str, dict[str, int]]:
    """Per facet value, how many matching documents have it. A facet's own values are
    counted without its own filter, so ticking one industry still offers the others to
    widen the results."""
    everything = base
    for docs in by_filter.values():
        everything &= docs
    counts: dict[str, dict[str, int]] = {}
    for facet in FACET_FIELDS:
        pool = everything
        if facet in by_filter:
            pool = base
            for other, docs in by_filter.items():
                if other != facet:
                    pool &= docs
        values = view.facet_values(facet)
        facet_counts = {value: (docs & pool).bit_count() for value, docs in values.items()}
        counts[facet] = {v: n for v, n in sorted(facet_counts.items()) if n}
    return counts


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
