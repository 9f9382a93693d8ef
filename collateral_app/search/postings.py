"""What queries need from one Whoosh searcher, kept in forms Python handles fast.

For each term: the documents that hold it as a bitmap (a Python int, where `&`, `|`, `~`
and `bit_count()` run in C over tens of thousands of documents in microseconds) and each
document's BM25F score in a dict. Whoosh's matchers score document by document through a
tree of Python objects, and counting totals or facets walks every posting again; here a
term is read once per searcher (until the next commit) and every later query is set algebra
and dict lookups.

Scores are Whoosh's own: `whoosh.scoring.bm25` with the searcher's idf and average field
length and each document's stored field length, which is exactly what its BM25F scorer
computes, so rankings are the ones Whoosh would give."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

# Postings kept across queries (a 50k library's most common words hold 40k documents
# each): compact, 12 bytes a posting (8 when a word's document list is shared) plus a
# bitmap, at most about 120 MB; hot, as dicts, about 85 bytes a posting, about 50 MB.
COMPACT_POSTINGS = 10_000_000
HOT_POSTINGS = 600_000
CACHED_POSITIONS = 200_000
MEMO_ENTRIES = 512

_BIT_POSITIONS = tuple(tuple(i for i in range(8) if byte >> i & 1) for byte in range(256))


def bitmap(documents: Iterable[int], size: int) -> int:
    """`documents` (numbers below `size`) as a bitmap."""
    # As a string of binary digits that int() reads in C: one byte store per document,
    # three times faster than setting bits one by one.
    digits = bytearray(b"0") * size
    for docnum in documents:
        digits[docnum] = 49  # "1"
    digits.reverse()
    return int(digits, 2) if size else 0


def docnums(bits: int) -> list[int]:
    """The documents of a bitmap, in ascending order."""
    data = bits.to_bytes((bits.bit_length() + 7) >> 3, "little")
    positions = _BIT_POSITIONS
    return [i << 3 | j for i, byte in enumerate(data) if byte for j in positions[byte]]


@dataclass(frozen=True, slots=True)
class Matches:
    """Documents matching a part of a query, and what each scores for it."""

    bits: int
    scores: dict[int, float]  # empty for parts that do not score (filters)


NO_MATCHES = Matches(0, {})


@dataclass(frozen=True, slots=True)
class _Postings:
    ids: array[int]  # documents, ascending
    scores: array[float] | None  # BM25F score of each; None for fields that do not score
    bits: int


_NOTHING = _Postings(array("i"), None, 0)


@dataclass(frozen=True, slots=True)
class _PhraseChecks:
    checked: int  # documents whose word positions were looked at
    matched: int  # those where the phrase is


def all_of(parts: Sequence[Matches]) -> Matches:
    """Documents matching every part, scoring their sum (Whoosh's And)."""
    if len(parts) == 1:
        return parts[0]
    bits = parts[0].bits
    for part in parts[1:]:
        bits &= part.bits
    found = docnums(bits)
    totals = [0.0] * len(found)
    for part in parts:
        totals = list(map(float.__add__, totals, map(part.scores.__getitem__, found)))
    return Matches(bits, dict(zip(found, totals, strict=True)))


def any_of(parts: Sequence[Matches]) -> Matches:
    """Documents matching at least one part, scoring the sum of those they match (Or)."""
    if len(parts) == 1:
        return parts[0]
    bits = 0
    scores: dict[int, float] = {}
    for part in parts:
        bits |= part.bits
        if not scores:
            scores = dict(part.scores)
            continue
        get = scores.get
        for docnum, score in part.scores.items():
            before = get(docnum)
            scores[docnum] = score if before is None else before + score
    return Matches(bits, scores)


class IndexView:
    """One searcher's postings, read on demand and cached for as long as the searcher
    lives. Not thread-safe: the index uses it under its lock."""

    def __init__(self, searcher: Searcher) -> None:
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F):
            raise TypeError("scores are computed the way BM25F computes them")
        self._b, self._k1 = weighting.B, weighting.K1
        self.searcher = searcher
        self.schema = searcher.schema
        self._leaves = list(searcher.reader().leaf_readers())
        self.size = int(searcher.doc_count_all())
        live = 0
        for leaf, offset in self._leaves:
            if leaf.has_deletions():
                live |= bitmap((d + offset for d in leaf.all_doc_ids()), self.size)
            else:
                live |= ((1 << leaf.doc_count_all()) - 1) << offset
        self.live = live
        self._deleted = frozenset(docnums(((1 << self.size) - 1) & ~live))
        self._lengths: dict[tuple[int, str], Sequence[int] | None] = {}
        # Two tiers: every term read stays as compact arrays (12 bytes a document); the
        # ones in use also as dicts, which queries look documents up in.
        self._compact: OrderedDict[tuple[str, str], _Postings] = OrderedDict()
        self._compact_size = 0
        self._hot: OrderedDict[tuple[str, str], Matches] = OrderedDict()
        self._hot_size = 0
        self._positions: OrderedDict[tuple[str, str], dict[int, tuple[int, ...]]] = OrderedDict()
        self._cached_positions = 0
        self._asset_ids: dict[int, str] = {}
        self._memo: OrderedDict[tuple[object, ...], object] = OrderedDict()

    # -- terms --------------------------------------------------------------------------
    def term(self, field: str, text: str) -> Matches:
        """Documents holding `text` in `field`, with their BM25F scores when the field
        is scorable."""
        return self._cached((field, text), lambda: self._read(field, text))

    def any_field(self, term: str) -> Matches:
        """A word anywhere: every word is in `content`; its title and tag matches lift it.
        (Whoosh: AndMaybe(content, Or(title, tags)).)"""
        return self._cached(("*", term), lambda: self._any_field(term))

    def _any_field(self, term: str) -> _Postings:
        content = self.term("content", term)
        lift = any_of([m for m in (self.term("title", term), self.term("tags", term)) if m.bits])
        scores = content.scores
        if lift.bits:
            scores = dict(scores)
            for docnum, extra in lift.scores.items():
                before = scores.get(docnum)
                if before is not None:
                    scores[docnum] = before + extra
        # The same documents in the same order as `content`: share its array when it is kept.
        kept = self._compact.get(("content", term))
        ids = kept.ids if kept is not None else array("i", scores)
        return _Postings(ids, array("d", scores.values()), content.bits)

    def _cached(self, key: tuple[str, str], read: Callable[[], _Postings]) -> Matches:
        found = self._hot.get(key)
        if found is not None:
            self._hot.move_to_end(key)
            return found
        postings = self._compact.get(key)
        if postings is None:
            postings = read()
            self._compact[key] = postings
            self._compact_size += len(postings.ids) + 1
            while self._compact_size > COMPACT_POSTINGS and len(self._compact) > 1:
                _, dropped = self._compact.popitem(last=False)
                self._compact_size -= len(dropped.ids) + 1
        else:
            self._compact.move_to_end(key)
        if not postings.ids:
            return NO_MATCHES
        scores = {} if postings.scores is None else dict(zip(postings.ids, postings.scores, strict=True))
        found = Matches(postings.bits, scores)
        self._keep_hot(key, found)
        return found

    def _keep_hot(self, key: tuple[str, str], found: Matches) -> None:
        self._hot[key] = found
        self._hot_size += len(found.scores) + 1
        while self._hot_size > HOT_POSTINGS and len(self._hot) > 1:
            _, dropped = self._hot.popitem(last=False)
            self._hot_size -= len(dropped.scores) + 1

    def _read(self, field: str, text: str) -> _Postings:
        if field not in self.schema:
            return _NOTHING
        field_type = self.schema[field]
        try:
            btext = field_type.to_bytes(text)
        except ValueError:
            return _NOTHING
        ids = array("i")
        weights = array("d")
        lengths = array("i")
        for index, (leaf, offset) in enumerate(self._leaves):
            if (field, btext) not in leaf:
                continue
            leaf_ids, leaf_weights = _leaf_postings(leaf.postings(field, btext), field_type.scorable)
            if self._deleted:  # the segment's own list still holds replaced versions
                kept = [i for i, d in enumerate(leaf_ids) if d + offset not in self._deleted]
                leaf_ids = [leaf_ids[i] for i in kept]
                leaf_weights = [leaf_weights[i] for i in kept] if leaf_weights else leaf_weights
            if field_type.scorable:
                column = self._length_column(index, leaf, field)
                if column is not None:
                    lengths.extend(map(column.__getitem__, leaf_ids))
                else:
                    lengths.extend(leaf.doc_field_length(d, field, 1) for d in leaf_ids)
            ids.extend(leaf_ids if offset == 0 else [d + offset for d in leaf_ids])
            weights.extend(leaf_weights)
        if not ids:
            return _NOTHING
        if not field_type.scorable:
            return _Postings(ids, None, bitmap(ids, self.size))
        # whoosh.scoring.bm25, written out over arrays (same operations, same order).
        idf = self.searcher.idf(field, btext)
        average = self.searcher.avg_field_length(field) or 1
        b, k1 = self._b, self._k1
        k1_plus_1, one_minus_b = k1 + 1, 1 - b
        scores = array(
            "d",
            [
                idf * ((tf * k1_plus_1) / (tf + k1 * (one_minus_b + b * fl / average)))
                for tf, fl in zip(weights, lengths, strict=True)
            ],
        )
        return _Postings(ids, scores, bitmap(ids, self.size))

    def _length_column(self, index: int, leaf: Any, field: str) -> Sequence[int] | None:
        """Every document's length of `field` in one segment, read in one go; None when
        this Whoosh keeps lengths some other way (then they are asked for one by one)."""
        key = (index, field)
        if key not in self._lengths:
            self._lengths[key] = _segment_lengths(leaf, field)
        return self._lengths[key]

    def expand_prefix(self, field: str, prefix: str) -> list[str]:
        """The terms of `field` that start with `prefix`."""
        key = ("expand", field, prefix)
        found = self.memo(key)
        if not isinstance(found, list):
            reader = self.searcher.reader()
            found = [_text(t) for t in reader.expand_prefix(field, prefix)] if field in self.schema else []
            self.remember(key, found)
        return found

    def most_frequent(self, field: str, prefix: str, number: int) -> list[str]:
        """The `number` most frequent terms of `field` that start with `prefix`."""
        key = ("frequent", field, prefix, number)
        found = self.memo(key)
        if not isinstance(found, list):
            reader = self.searcher.reader()
            found = [_text(t) for _, t in reader.most_frequent_terms(field, number=number, prefix=prefix)]
            self.remember(key, found)
        return found

    def memo(self, key: tuple[object, ...]) -> object | None:
        """A small cache for answers derived from postings (a prefix's expansions, the
        documents where a phrase was checked)."""
        found = self._memo.get(key)
        if found is not None:
            self._memo.move_to_end(key)
        return found

    def remember(self, key: tuple[object, ...], value: object) -> None:
        self._memo[key] = value
        self._memo.move_to_end(key)
        if len(self._memo) > MEMO_ENTRIES:
            self._memo.popitem(last=False)

    def facet_values(self, field: str) -> dict[str, int]:
        """Every value of a keyword field, with the documents that have it."""
        key = ("facet", field)
        found = self.memo(key)
        if not isinstance(found, dict):
            values = (_text(t) for t in self.searcher.reader().lexicon(field))
            found = {value: self.term(field, value).bits for value in values}
            self.remember(key, found)
        return found

    # -- positions ------------------------------------------------------------------------
    def positions(self, field: str, text: str, wanted: Sequence[int]) -> dict[int, tuple[int, ...]]:
        """Word positions of `text` in `field` for the documents `wanted` (ascending)."""
        key = (field, text)
        known = self._positions.get(key)
        if known is None:
            known = {}
            self._positions[key] = known
        else:
            self._positions.move_to_end(key)
        missing = [d for d in wanted if d not in known]
        if missing:
            btext = self.schema[field].to_bytes(text)
            for leaf, offset in self._leaves:
                end = offset + leaf.doc_count_all()
                inside = [d - offset for d in missing if offset <= d < end]
                if not inside or (field, btext) not in leaf:
                    continue
                matcher = leaf.postings(field, btext)
                for docnum in inside:
                    if not matcher.is_active():
                        break
                    matcher.skip_to(docnum)
                    if matcher.is_active() and matcher.id() == docnum:
                        known[docnum + offset] = tuple(matcher.value_as("positions"))
            self._cached_positions += len(missing)
            while self._cached_positions > CACHED_POSITIONS and len(self._positions) > 1:
                _, dropped = self._positions.popitem(last=False)
                self._cached_positions -= len(dropped)
        return known

    # -- stored fields --------------------------------------------------------------------
    def asset_id(self, docnum: int) -> str:
        found = self._asset_ids.get(docnum)
        if found is None:
            found = str(self.searcher.stored_fields(docnum)["asset_id"])
            self._asset_ids[docnum] = found
        return found


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def phrase(
    view: IndexView, field: str, terms: Sequence[str], scope: int, *, slop: int = 1, boost: float = 1.0
) -> Matches:
    """Documents in `scope` where `terms` appear in this order, each within `slop` words
    of the one before, scoring the sum of the terms' scores times `boost` (Whoosh's
    Phrase). Only documents holding every term are checked, each once per searcher."""
    parts = [view.term(field, t) for t in terms]
    bits = scope
    for part in parts:
        bits &= part.bits
    if not bits:
        return NO_MATCHES
    key = ("phrase", field, tuple(terms), slop)
    known = view.memo(key)
    checks = known if isinstance(known, _PhraseChecks) else _PhraseChecks(0, 0)
    unchecked = bits & ~checks.checked
    if unchecked:
        candidates = docnums(unchecked)
        where = {t: view.positions(field, t, candidates) for t in dict.fromkeys(terms)}
        in_order = [d for d in candidates if _in_order([where[t].get(d, ()) for t in terms], slop)]
        checks = _PhraseChecks(checks.checked | unchecked, checks.matched | bitmap(in_order, view.size))
        view.remember(key, checks)
    bits &= checks.matched
    found = docnums(bits)
    totals = [0.0] * len(found)
    for part in parts:
        totals = list(map(float.__add__, totals, map(part.scores.__getitem__, found)))
    if boost != 1.0:
        totals = [t * boost for t in totals]
    return Matches(bits, dict(zip(found, totals, strict=True)))


def _in_order(positions: Sequence[Sequence[int]], slop: int) -> bool:
    # Spans as (first word, last word); each next word must come 1..slop words after the
    # span's last word, as Whoosh's SpanNear2(ordered=True, mindist=1) requires.
    spans = {(p, p) for p in positions[0]}
    for following in positions[1:]:
        if not spans:
            return False
        present = set(following)
        spans = {
            (start, end + step)
            for start, end in spans
            for step in range(1, slop + 1)
            if end + step in present
        }
    return bool(spans)


def _leaf_postings(matcher: Matcher, with_weights: bool) -> tuple[Sequence[int], Sequence[float]]:
    """Document numbers (and weights, when asked for) of one segment's posting list.
    Reads Whoosh's blocks whole where it can (several times faster than stepping through
    them); deleted documents are the caller's to drop."""
    if isinstance(matcher, FilterMatcher):  # Whoosh's filter of deleted documents
        matcher = matcher.child
    ids: list[int] = []
    weights: list[float] = []
    if type(matcher) is W3LeafMatcher and hasattr(matcher, "_read_weights"):
        while True:
            matcher._read_ids()
            ids.extend(matcher._ids)
            if with_weights:
                matcher._read_weights()
                weights.extend(matcher._weights)
            if matcher._lastblock:
                return ids, weights
            matcher._goto(matcher._nextoffset)
    while matcher.is_active():
        ids.append(matcher.id())
        if with_weights:
            weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _segment_lengths(leaf: Any, field: str) -> Sequence[int] | None:
    """One segment's stored lengths of `field` for every document, as Whoosh's
    `doc_field_length` would give them one at a time; None if this reader keeps them
    differently."""
    try:
        column = leaf._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
        if column is None:
            return [1] * leaf.doc_count_all()  # no lengths stored: Whoosh's default
        stored = column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None
    lengths = [byte_to_length(byte) for byte in stored]
    lengths.extend([1] * (leaf.doc_count_all() - len(lengths)))
    return lengths
