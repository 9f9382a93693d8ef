"""The Whoosh index: a cache of the library database, opened with self-healing.

Each page, slide or sheet of an asset is a unit of its own (a long page in chunks), so a hit
names the page where the words are and a snippet reads that page only; results, totals and
facets count assets. Ranking is one BM25F score over title, tags and description, and body,
plus a proximity term for query words that stand close together: no hard "all words first"
tier (measured on Cranfield, the tier cost 22% of nDCG@10 on natural-language questions)."""

from __future__ import annotations

import heapq
import logging
import shutil
import threading
import time
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import FileIndex, LockError
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from collateral_app.collector import collection_paused
from collateral_app.domain.errors import LibraryBusy

from .analysis import (
    DEFAULT_LANGUAGE,
    QueryWord,
    UnitAnalyzer,
    analyze,
    fold,
    has_stemmer,
    is_cjk,
    is_stop_word,
    normalize,
    query_words,
    tagged,
    vocabulary_words,
    word_term,
)
from .languages import asset_language, page_language
from .postings import (
    K1,
    NO_MATCHES,
    IndexView,
    Matches,
    any_of,
    docnums,
    pair_count,
    phrase,
)
from .query import ParsedQuery

log = logging.getLogger(__name__)

INDEX_NAME = "units"
SCHEMA_VERSION = "8"
SHORT_FIELDS = ("title", "about")
FACET_FIELDS = ("type", "stage", "persona", "industry", "size", "product", "tag", "media", "review")
PREFIX_EXPANSIONS = 12
LOCATED_HITS = 100  # hits whose page is looked up with the search
WRITER_TIMEOUT_S = 30.0
# A page longer than this is indexed in chunks (each its own unit, with a little overlap so
# a phrase across a cut is still found); the whole page is always indexed.
CHUNK_CHARS = 6_000
CHUNK_OVERLAP = 160
# Ranking: each word's best units are the candidates (all of them when there are few);
# the proximity term looks at the best few of those.
CANDIDATES_PER_WORD = 2_000
PROXIMITY_UNITS = 30
PROXIMITY_WEIGHT = 0.3
PROXIMITY_WINDOW = 8
# A language whose units are at least this share of the library has its stop words dropped
# from ranked queries.
STOP_LANGUAGE_SHARE = 0.1


def engine_version() -> tuple[str, str]:
    """The engine behind the index and its version, for an About box or a bug report."""
    import whoosh

    return "Whoosh", whoosh.versionstring()


class IndexCorrupt(Exception):
    """The index on disk could not be opened; it has been set aside and recreated."""


def _schema() -> Schema:
    analyzer = UnitAnalyzer()
    return Schema(
        asset_id=ID(stored=True),
        head=ID(),  # "1" on the asset's last unit, which holds the asset-wide fields
        page=STORED(),
        start=STORED(),
        revision=STORED(),
        lang=ID(stored=True),
        title=TEXT(analyzer=analyzer),
        about=TEXT(analyzer=analyzer),  # tags, taxonomy labels, description, file name
        body=TEXT(analyzer=analyzer),
        # Distinct words, for "did you mean". Scorable only because Whoosh checks the disk
        # for a lengths column on every posting of a field without one.
        words=KEYWORD(scorable=True),
        status=ID(),
        **{name: KEYWORD(commas=True, lowercase=True, scorable=False) for name in FACET_FIELDS},
    )


@dataclass(frozen=True, slots=True)
class IndexPage:
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class IndexDocument:
    asset_id: str
    revision: int
    title: str
    description: str
    tags_text: str  # taxonomy labels and free tags, as words
    file_name: str
    body: str = ""  # text without pages (indexed as page 1)
    status: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet field → slugs
    # The pages, in order; may be a generator reading them as they are indexed.
    pages: Iterable[IndexPage] = ()
    language: str | None = None  # detected from the text when not given


@dataclass(frozen=True, slots=True)
class UnitHit:
    """Where an asset matched best: the page (None: title, tags or description only) and
    the offset of the matching chunk in that page's text."""

    page: int | None
    start: int
    language: str
    matched: tuple[str, ...]  # the query words the asset holds, as typed


@dataclass(frozen=True, slots=True)
class IndexHits:
    total: int
    hits: tuple[tuple[str, float], ...]  # (asset_id, score), best first
    terms: frozenset[str]  # index terms the query looked for, for snippets
    prefixes: tuple[str, ...]
    suggestion_words: dict[str, str]  # typed word → correction
    facets: dict[str, dict[str, int]]
    where: dict[str, UnitHit] = field(default_factory=dict)  # asset id → its best unit (the hits)
    # Every hit's best unit, for `SearchIndex.locate` when the caller orders hits itself.
    units: dict[str, int] = field(default_factory=dict)
    generation: int = 0
    phrases: tuple[str, ...] = ()  # marked whole in snippets: quoted phrases, CJK and compound words


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
                log.info(
                    "search index folder %s holds an older or unreadable index; rebuilding it", self.folder
                )
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
            # A new searcher rather than refresh(): whoosh-reloaded's refresh keeps the
            # replaced segments too, which lists an edited asset twice.
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
    def _writer(self) -> Iterator[IndexWriter]:
        options: dict[str, Any] = {"timeout": WRITER_TIMEOUT_S, "delay": 0.05, "limitmb": 128}
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
        index holds none of them (a rebuild), which skips looking for old versions.
        An asset's units are written one after the other, its head last (one writer:
        Whoosh's multi-process writer would split an asset across segments; `procs` is
        accepted and ignored)."""
        del procs
        count = 0
        with self._write_lock, collection_paused(), self._writer() as writer:
            for doc in documents:
                if not fresh:
                    writer.delete_by_term("asset_id", doc.asset_id)
                for unit in _units(doc):
                    writer.add_document(**unit)
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
            view = self._current_view()
            held: dict[str, int] = {}
            for unit in view.heads:
                stored = view.stored(unit)
                held[str(stored["asset_id"])] = int(stored.get("revision") or 0)
            return held

    def doc_count(self) -> int:
        """How many assets the index holds."""
        with self._lock:
            return self._current_view().assets

    def unit_count(self) -> int:
        """How many units (pages, chunks and heads) the index holds."""
        with self._lock:
            return self._current_view().units

    def languages(self) -> dict[str, int]:
        """Language → units in it."""
        with self._lock:
            return dict(self._current_view().languages())

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
        """Assets by their best unit's score: BM25F of the query's words plus a proximity
        term for words that stand close together. Quoted phrases and filters must hold;
        -exclusions rule assets out."""
        with self._lock:
            view = self._current_view()
            langs = _library_languages(view)
            stops = _stop_languages(view)
            wanted = offset + limit

            typed, compounds = _typed_words(parsed.words, langs)
            # The parts of a word like "no-shows" are never stop words; the proximity term lifts
            # the pages where they stand together.
            parts_of = {id(w) for w in typed if w.typed in compounds}
            ranked_words = [
                w for w in typed if id(w) in parts_of or not is_stop_word(w.typed, stops)
            ] or typed
            clauses = [_word_clause(view, w) for w in ranked_words]
            if parsed.prefix:
                clauses.append(_prefix_clause(view, parsed.prefix, langs))
            masked = 0 if "status" in parsed.filters else view.term("status", "archived").assets
            by_filter = {
                name: _bits_or(view.term(name, v).assets for v in values)
                for name, values in parsed.filters.items()
            }
            allowed = view.live_assets & ~masked
            for assets in by_filter.values():
                allowed &= assets
            excluded = _excluded(view, parsed, langs)
            allowed &= ~excluded
            required = [_phrase_clause(view, p, langs) for p in parsed.phrases]
            for part in required:
                allowed &= part.assets

            if clauses:
                matching = _bits_or(c.assets for c in clauses)
            elif required:
                matching = _bits_and(r.assets for r in required)
            else:
                matching = view.live_assets
            matching &= ~excluded
            total = (matching & allowed).bit_count()

            if not wanted or not total:
                best: list[tuple[int, float, int]] = []
            elif clauses or required:
                best = _rank(view, clauses, required, ranked_words, allowed, wanted)
            else:
                best = [(a, 1.0, view.heads[a]) for a in docnums(allowed)[:wanted]]

            hits: list[tuple[str, float]] = []
            units: dict[str, int] = {}
            for ordinal, score, unit in best[offset:wanted]:
                asset_id = view.asset_id(ordinal)
                hits.append((asset_id, round(score, 4)))
                units[asset_id] = unit
            shown = hits[: min(limit, LOCATED_HITS)]
            where = {a: _unit_hit(view, units[a], ranked_words, clauses) for a, _ in shown}

            terms = {t for w in typed for t in w.terms}
            for phrase_text in parsed.phrases:
                terms |= {t for w in query_words(phrase_text, langs) for t in w.terms}
            prefixes = tuple(p for p in [parsed.prefix] if p)
            if parsed.prefix:
                terms |= {t for w in query_words(parsed.prefix, langs) for t in w.terms}
            corrections: dict[str, str] = {}
            if suggest:
                words_typed = [w for w in parsed.words]
                if parsed.prefix and total == 0:
                    words_typed.append(parsed.prefix)
                corrections = self._corrections(view, words_typed, langs)
            facets = (
                _facet_counts(view, matching & view.live_assets & ~masked & ~excluded, by_filter)
                if with_facets
                else {}
            )
            return IndexHits(
                total,
                tuple(hits),
                frozenset(terms),
                prefixes,
                corrections,
                facets,
                where,
                units,
                view.generation,
                phrases=(
                    *parsed.phrases,
                    *(w for w in parsed.words if len(query_words(w, langs)) > 1 and not is_cjk(w)),
                    *(w.typed for w in typed if is_cjk(w.typed) and len(w.typed) > 1),
                ),
            )

    def locate(self, found: IndexHits, asset_ids: Iterable[str]) -> dict[str, UnitHit]:
        """Where each of these hits matched best (its page), when the caller ordered the hits
        itself; empty when the index changed since the search."""
        with self._lock:
            view = self._current_view()
            if view.generation != found.generation:
                return {}
            return {a: _unit_hit(view, found.units[a], [], []) for a in asset_ids if a in found.units}

    def _corrections(self, view: IndexView, words: list[str], langs: Sequence[str]) -> dict[str, str]:
        corrections: dict[str, str] = {}
        for word in words:
            lowered = normalize(word)
            if len(lowered) < 4 or is_cjk(lowered) or not all(ch.isalpha() or _is_mark(ch) for ch in lowered):
                continue
            if any(view.known(t) for w in query_words(lowered, langs) for t in w.terms):
                continue
            suggestions = view.searcher.corrector("words").suggest(
                fold(lowered), limit=3, maxdist=1, prefix=1
            )
            # Only whole words the library holds, never a piece of one.
            suggestions = [s for s in suggestions if len(s) >= 3 and s != fold(lowered)]
            if suggestions:
                corrections[word] = suggestions[0]
        return corrections


def _unit_hit(view: IndexView, unit: int, words: Sequence[QueryWord], clauses: Sequence[Matches]) -> UnitHit:
    stored = view.stored(unit)
    ordinal = view.ordinal(unit)
    page = stored.get("page")
    return UnitHit(
        page=int(page) if page is not None else None,
        start=int(stored.get("start") or 0),
        language=str(stored.get("lang") or DEFAULT_LANGUAGE),
        matched=tuple(w.typed for w, c in zip(words, clauses, strict=False) if c.assets >> ordinal & 1),
    )


def _is_mark(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch)[0] == "M"


# -- writing units ---------------------------------------------------------------------------


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """A page's text as (offset, chunk): whole when short, else in pieces cut at a space,
    each starting a little before the previous one ended."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut if cut > 0 else end
        yield start, text[start:end]
        if end >= len(text):
            return
        back = text.find(" ", max(start + 1, end - CHUNK_OVERLAP), end)
        start = back + 1 if back > 0 else end


def _units(doc: IndexDocument) -> Iterator[dict[str, Any]]:
    pages: Iterable[IndexPage] = doc.pages
    if doc.body:
        pages = chain([IndexPage(1, doc.body)], pages)
    about = "\n".join(p for p in (doc.tags_text, doc.description, doc.file_name) if p)
    lang = doc.language
    iterator = iter(pages)
    if lang is None:
        # The first pages tell the asset's language; they are indexed as read.
        sample: list[IndexPage] = []
        size = 0
        for page in iterator:
            sample.append(page)
            size += len(page.text)
            if size >= 3_000:
                break
        lang = asset_language([doc.title, doc.description, *(p.text for p in sample)])
        iterator = chain(sample, iterator)
    title = tagged(doc.title, lang)
    about_text = tagged(about, lang)  # the head's: tags, description and file name
    page_about = tagged(doc.tags_text, lang)  # each page's: the tags (short, and they lift a page)
    words = vocabulary_words(f"{doc.title}\n{about}")
    for page in iterator:
        if not page.text.strip():
            continue
        page_lang = page_language(page.text, lang)
        words |= vocabulary_words(page.text)
        for start, chunk in _chunks(page.text):
            yield {
                "asset_id": doc.asset_id,
                "page": page.number,
                "start": start,
                "lang": page_lang,
                "title": title,
                "about": page_about,
                "body": tagged(chunk, page_lang),
            }
    head: dict[str, Any] = {
        "asset_id": doc.asset_id,
        "head": "1",
        "revision": doc.revision,
        "lang": lang,
        "title": title,
        "about": about_text,
        "words": " ".join(sorted(words)),
        "status": doc.status,
    }
    for facet in FACET_FIELDS:
        slugs = doc.facets.get(facet, ())
        if slugs:
            head[facet] = ",".join(slugs)
    yield head


# -- searching -------------------------------------------------------------------------------


def _typed_words(words: Sequence[str], langs: Sequence[str]) -> tuple[list[QueryWord], set[str]]:
    """The query's words, and the parts of typed words that are several words ("no-shows",
    "e-mail")."""
    found: list[QueryWord] = []
    compounds: set[str] = set()
    for typed in words:
        parts = query_words(typed, langs)
        if len(parts) > 1 and not any(p.phrase or is_cjk(p.typed) for p in parts):
            compounds.update(p.typed for p in parts)
        found.extend(parts)
    return found, compounds


def _library_languages(view: IndexView) -> list[str]:
    found = view.languages()
    return sorted(found, key=lambda lang: -found[lang]) or [DEFAULT_LANGUAGE]


def _stop_languages(view: IndexView) -> list[str]:
    found = view.languages()
    units = sum(found.values())
    if not units:
        return [DEFAULT_LANGUAGE]
    return [lang for lang, n in found.items() if n >= STOP_LANGUAGE_SHARE * units] or [DEFAULT_LANGUAGE]


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


def _word_clause(view: IndexView, word: QueryWord) -> Matches:
    """A typed word: in each unit, its term in that unit's language (the stem the unit was
    indexed with; as written where the language has no stemmer); a CJK word as the phrase
    of its character pairs."""
    if word.phrase:
        return phrase(view, word.phrase, view.live)
    key = ("word", word.typed)
    found = view.memo(key)
    if isinstance(found, Matches):
        return found
    langs = view.languages()
    # term → the units whose language gives the word that term
    scope: dict[str, int] = {}
    plain = fold(word.typed)
    for lang in langs:
        term = word_term(word.typed, lang) if has_stemmer(lang) else plain
        scope[term] = scope.get(term, 0) | view.term("lang", lang).bits
    if not langs:
        scope = {t: view.live for t in word.alternatives}
    found = any_of([_within(view, view.text_term(t), bits) for t, bits in scope.items()])
    view.remember(key, found)
    return found


def _within(view: IndexView, part: Matches, units: int) -> Matches:
    """`part` in `units` only."""
    if not part.bits & ~units:
        return part
    bits = part.bits & units
    if not bits:
        return NO_MATCHES
    kept = docnums(bits)
    scores = part.scores
    return Matches(bits, {u: scores[u] for u in kept}, view.asset_bits(kept))


def _prefix_clause(view: IndexView, prefix: str, langs: Sequence[str]) -> Matches:
    """The word being typed: as typed, as the start of title and tag words, and as its few
    most frequent completions in the body (a raw prefix over the body expands to thousands
    of terms)."""
    key = ("prefix clause", prefix)
    found = view.memo(key)
    if isinstance(found, Matches):
        return found
    options: list[Matches] = [_word_clause(view, w) for w in query_words(prefix, langs)]
    raw = fold(normalize(prefix))
    if len(raw) >= 2 and not is_cjk(raw):
        for field_name in SHORT_FIELDS:
            options.extend(view.text_term(t) for t in view.expand_prefix(field_name, raw))
        options.extend(view.text_term(t) for t in view.most_frequent("body", raw, PREFIX_EXPANSIONS))
    found = any_of(options)
    view.remember(key, found)
    return found


def _phrase_clause(view: IndexView, text: str, langs: Sequence[str]) -> Matches:
    """A quoted phrase, stop words included, in any of the library's languages."""
    key = ("phrase clause", text)
    found = view.memo(key)
    if isinstance(found, Matches):
        return found
    # Each language's analysis of the phrase, for the units in that language.
    sequences: dict[tuple[str, ...], int] = {}
    for lang in view.languages() or [DEFAULT_LANGUAGE]:
        terms = tuple(analyze(text, lang if has_stemmer(lang) else "none"))
        units = view.term("lang", lang).bits if view.languages() else view.live
        sequences[terms] = sequences.get(terms, 0) | units
    options = []
    for terms, units in sequences.items():
        if len(terms) == 1:
            options.append(_within(view, view.text_term(terms[0]), units))
        elif terms:
            options.append(phrase(view, terms, units))
    found = any_of(options) if options else NO_MATCHES
    view.remember(key, found)
    return found


def _excluded(view: IndexView, parsed: ParsedQuery, langs: Sequence[str]) -> int:
    """Assets the query's -words, -"phrases" and -field:values rule out."""
    excluded = 0
    for word in parsed.excluded_words:
        if ":" in word:
            field_name, value = word.split(":", 1)
            excluded |= view.term(field_name, value).assets
            continue
        words = query_words(word, langs)
        if words:
            excluded |= _bits_and(_word_clause(view, w).assets for w in words)
    for phrase_text in parsed.excluded_phrases:
        excluded |= _phrase_clause(view, phrase_text, langs).assets
    return excluded


def _rank(
    view: IndexView,
    clauses: list[Matches],
    required: list[Matches],
    words: list[QueryWord],
    allowed: int,
    wanted: int,
    lifts: Sequence[Matches] = (),
) -> list[tuple[int, float, int]]:
    """The `wanted` best assets as (ordinal, score, best unit)."""
    parts = [*clauses, *required, *lifts]
    heads = view.heads
    best: list[tuple[int, float, int]] = []
    for pruned in (True, False):
        units = sorted(_candidates(view, clauses, required, pruned))
        if allowed != view.live_assets:
            units = [u for u in units if allowed >> bisect_left(heads, u) & 1]
        # Each part's scores side by side, summed unit by unit in the parts' order (one pass
        # of C-level sums instead of a new list per part).
        columns = [list(map(part.scores.get, units, repeat(0.0))) for part in parts]
        totals = list(map(sum, zip(*columns, strict=True))) if columns else [0.0] * len(units)
        scored = dict(zip(units, totals, strict=True))
        if len(clauses) > 1:
            _add_proximity(view, scored, words)
        best = _best_per_asset(view, units, [scored[u] for u in units], wanted)
        if len(best) >= wanted or not pruned or not _was_pruned(clauses):
            return best
    return best


def _best_per_asset(
    view: IndexView, units: list[int], totals: list[float], wanted: int
) -> list[tuple[int, float, int]]:
    """The `wanted` best assets by their best unit, best first (ties: the lower unit first).
    Units are read best first, only as many as it takes to meet `wanted` assets: an asset's
    first unit met is its best, so the many units of assets beyond the page are never
    grouped."""
    if wanted <= 0 or not units:
        return []
    heads = view.heads
    keyed = list(zip(totals, map(int.__neg__, units), strict=True))
    take = min(len(keyed), wanted * 4)
    while True:
        best: list[tuple[int, float, int]] = []
        seen: set[int] = set()
        for score, negative in heapq.nlargest(take, keyed):
            unit = -negative
            ordinal = bisect_left(heads, unit)
            if ordinal in seen:
                continue
            seen.add(ordinal)
            best.append((ordinal, score, unit))
            if len(best) == wanted:
                return best
        if take >= len(keyed):
            return best
        take = min(len(keyed), take * 4)


def _was_pruned(clauses: list[Matches]) -> bool:
    return any(len(c.scores) > CANDIDATES_PER_WORD for c in clauses)


def _candidates(view: IndexView, clauses: list[Matches], required: list[Matches], pruned: bool) -> set[int]:
    """The units worth scoring: every unit of a required phrase (their number is small),
    else each word's best units."""
    if required:
        units = set(docnums(_bits_and(r.bits for r in required)))
        if clauses and len(units) > CANDIDATES_PER_WORD * 4:
            best = set().union(*(_best_units(view, c, pruned) for c in clauses))
            return units & best or units
        return units
    return set().union(*(_best_units(view, c, pruned) for c in clauses))


def _best_units(view: IndexView, clause: Matches, pruned: bool) -> Iterable[int]:
    if not pruned or len(clause.scores) <= CANDIDATES_PER_WORD:
        return clause.scores.keys()
    key = ("best units", id(clause.scores))
    known = view.memo(key)
    if isinstance(known, tuple) and known[0] is clause.scores:
        return list(known[1])
    found = heapq.nlargest(CANDIDATES_PER_WORD, clause.scores, key=clause.scores.__getitem__)
    view.remember(key, (clause.scores, found))
    return found


def _add_proximity(view: IndexView, scored: dict[int, float], words: list[QueryWord]) -> None:
    """Lift units where consecutive query words stand within a few words of each other: a
    BM25-saturated count of the pairs, weighted by the pair's idf, for the best units."""
    plain = [w for w in words if not w.phrase]
    pairs = list(pairwise(plain))
    if not pairs or not scored:
        return
    top = sorted(heapq.nlargest(PROXIMITY_UNITS, scored, key=scored.__getitem__))
    where: dict[str, dict[int, tuple[int, ...]]] = {}
    for word in plain:
        for term in word.alternatives:
            if term not in where:
                bits = view.text_bits(term)
                holding = [u for u in top if bits >> u & 1]
                where[term] = view.positions("body", term, holding) if holding else {}
    idf = {id(w): _idf(view, w) for w in plain}
    for unit in top:
        bonus = 0.0
        for first, second in pairs:
            a = _positions_of(where, first, unit)
            b = _positions_of(where, second, unit)
            count = pair_count(a, b, PROXIMITY_WINDOW)
            if not count:
                continue
            x = float(count)  # saturates like a term's frequency
            weight = (idf[id(first)] + idf[id(second)]) / 2
            bonus += weight * x * (K1 + 1) / (x + K1)
        scored[unit] += PROXIMITY_WEIGHT * bonus


def _positions_of(where: dict[str, dict[int, tuple[int, ...]]], word: QueryWord, unit: int) -> list[int]:
    found: list[int] = []
    for term in word.alternatives:
        found.extend(where.get(term, {}).get(unit, ()))
    return sorted(set(found))


def _idf(view: IndexView, word: QueryWord) -> float:
    import math

    df = max((view.text_bits(t).bit_count() for t in word.alternatives), default=0)
    return math.log(1 + (view.units - df + 0.5) / (df + 0.5))


def _facet_counts(view: IndexView, base: int, by_filter: dict[str, int]) -> dict[str, dict[str, int]]:
    """Per facet value, how many matching assets have it. A facet's own values are counted
    without its own filter, so ticking one industry still offers the others to widen the
    results."""
    everything = base
    for assets in by_filter.values():
        everything &= assets
    counts: dict[str, dict[str, int]] = {}
    for facet in FACET_FIELDS:
        pool = everything
        if facet in by_filter:
            pool = base
            for other, assets in by_filter.items():
                if other != facet:
                    pool &= assets
        values = view.facet_values(facet)
        facet_counts = {value: (assets & pool).bit_count() for value, assets in values.items()}
        counts[facet] = {v: n for v, n in sorted(facet_counts.items()) if n}
    return counts
