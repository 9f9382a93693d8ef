"""What queries need from one Whoosh searcher, kept in forms Python handles fast.

The index holds *units*: each page, slide or sheet of an asset (a long page in chunks) is
one Whoosh document, and the asset's last unit is its *head* (title, tags, description, the
facets and the words for "did you mean"). An asset's units are written together, head last,
so they are neighbours in document order, and an asset is known by the position of its head
among all heads (its *ordinal*).

For each term: the units that hold it as a bitmap (a Python int, where `&`, `|`, `~` and
`bit_count()` run in C), their assets as a bitmap of ordinals, and each unit's BM25F score in
a dict. Scores are BM25F as Robertson and Zaragoza define it: each field's term frequency
normalised by its length and weighted, summed over fields, then saturated once with k1
(not a sum of per-field BM25 scores, which counts a title word twice), with Lucene's idf."""

from __future__ import annotations

import itertools
import math
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

# Field weights and the BM25 constants, measured on Cranfield (README of bench/relevance.py):
# Lucene's and Robertson's usual k1 and b, title twice a body word.
FIELD_WEIGHTS: dict[str, float] = {"title": 2.0, "about": 1.5, "body": 1.0}
TEXT_FIELDS = tuple(FIELD_WEIGHTS)
K1 = 1.2
B = 0.75

COMPACT_POSTINGS = 10_000_000
HOT_POSTINGS = 600_000
CACHED_POSITIONS = 200_000
MEMO_ENTRIES = 512
FIELD_BITMAPS = 4_096

_GENERATIONS = itertools.count(1)
_BIT_POSITIONS = tuple(tuple(i for i in range(8) if byte >> i & 1) for byte in range(256))


def bitmap(documents: Iterable[int], size: int) -> int:
    """`documents` (numbers below `size`) as a bitmap."""
    digits = bytearray(b"0") * size
    for docnum in documents:
        digits[docnum] = 49  # "1"
    digits.reverse()
    return int(digits, 2) if size else 0


def docnums(bits: int) -> list[int]:
    """The members of a bitmap, in ascending order."""
    data = bits.to_bytes((bits.bit_length() + 7) >> 3, "little")
    positions = _BIT_POSITIONS
    return [i << 3 | j for i, byte in enumerate(data) if byte for j in positions[byte]]


@dataclass(frozen=True, slots=True)
class Matches:
    """Units matching a part of a query, what each scores for it, and their assets."""

    bits: int  # units
    scores: dict[int, float]  # unit → score; empty for parts that do not score
    assets: int  # asset ordinals


NO_MATCHES = Matches(0, {}, 0)


@dataclass(frozen=True, slots=True)
class _Postings:
    ids: array[int]
    scores: array[float] | None
    bits: int
    assets: int


_NOTHING = _Postings(array("i"), None, 0, 0)


def any_of(parts: Sequence[Matches]) -> Matches:
    """Units matching at least one part, scoring the best part they match (the
    alternatives of one word: its stems in several languages)."""
    parts = [p for p in parts if p.bits]
    if not parts:
        return NO_MATCHES
    if len(parts) == 1:
        return parts[0]
    bits = assets = 0
    scores: dict[int, float] = {}
    for part in parts:
        bits |= part.bits
        assets |= part.assets
        if not scores:
            scores = dict(part.scores)
            continue
        get = scores.get
        for unit, score in part.scores.items():
            before = get(unit)
            if before is None or score > before:
                scores[unit] = score
    return Matches(bits, scores, assets)


class IndexView:
    """One searcher's postings, read on demand and cached for as long as the searcher
    lives. Not thread-safe: the index uses it under its lock."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.generation = next(_GENERATIONS)  # tells one searcher's unit numbers from another's
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
        self.units = live.bit_count()
        self._lengths: dict[tuple[int, str], Sequence[int] | None] = {}
        self._averages = {f: searcher.avg_field_length(f) or 1.0 for f in TEXT_FIELDS if f in self.schema}
        self._compact: OrderedDict[tuple[str, str], _Postings] = OrderedDict()
        self._compact_size = 0
        self._hot: OrderedDict[tuple[str, str], Matches] = OrderedDict()
        self._hot_size = 0
        self._positions: OrderedDict[tuple[str, str], dict[int, tuple[int, ...]]] = OrderedDict()
        self._cached_positions = 0
        self._stored: dict[int, dict[str, Any]] = {}
        self._field_bits: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._memo: OrderedDict[tuple[object, ...], object] = OrderedDict()
        ids, _ = self._raw("head", "1", with_weights=False)
        self.heads: list[int] = list(ids)
        self.assets = len(self.heads)
        self.live_assets = (1 << self.assets) - 1

    # -- units and assets -----------------------------------------------------------------
    def ordinal(self, unit: int) -> int:
        """The asset a unit belongs to: the first head at or after it."""
        return bisect_left(self.heads, unit)

    def asset_bits(self, units: Iterable[int]) -> int:
        heads = self.heads
        return bitmap({bisect_left(heads, u) for u in units}, self.assets)

    def stored(self, unit: int) -> dict[str, Any]:
        found = self._stored.get(unit)
        if found is None:
            found = dict(self.searcher.stored_fields(unit))
            if len(self._stored) > 50_000:
                self._stored.clear()
            self._stored[unit] = found
        return found

    def asset_id(self, ordinal: int) -> str:
        return str(self.stored(self.heads[ordinal])["asset_id"])

    # -- terms --------------------------------------------------------------------------
    def text_term(self, term: str) -> Matches:
        """Units holding `term` in any text field, with their BM25F scores."""
        return self._cached(("*", term), lambda: self._read_text(term))

    def text_bits(self, term: str) -> int:
        """The units holding `term` in any text field, without building its scores when its
        postings are kept (the proximity lift and idf only ask which units hold a word)."""
        key = ("*", term)
        found = self._hot.get(key)
        if found is not None:
            return found.bits
        postings = self._compact.get(key)
        if postings is not None:
            return postings.bits
        return self.text_term(term).bits

    def term(self, field: str, value: str) -> Matches:
        """Units (and their assets) holding `value` in a keyword field, unscored."""
        return self._cached((field, value), lambda: self._read_keyword(field, value))

    def field_text_term(self, field: str, term: str) -> Matches:
        """Units holding `term` in one text field (for phrases); unscored, without assets."""
        key = (field, term)
        bits = self._field_bits.get(key)
        if bits is None:
            self.text_term(term)  # reads every field's postings once and keeps their bitmaps
            bits = self._field_bits.get(key)
        if bits is None:  # the term's postings were read long ago and dropped
            ids, _ = self._raw(field, term, with_weights=False)
            bits = self._keep_field_bits(key, bitmap(ids, self.size) if ids else 0)
        return Matches(bits, {}, 0) if bits else NO_MATCHES

    def _keep_field_bits(self, key: tuple[str, str], bits: int) -> int:
        self._field_bits[key] = bits
        self._field_bits.move_to_end(key)
        if len(self._field_bits) > FIELD_BITMAPS:
            self._field_bits.popitem(last=False)
        return bits

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
        found = Matches(postings.bits, scores, postings.assets)
        self._hot[key] = found
        self._hot_size += len(found.scores) + 1
        while self._hot_size > HOT_POSTINGS and len(self._hot) > 1:
            _, cooled = self._hot.popitem(last=False)
            self._hot_size -= len(cooled.scores) + 1
        return found

    def _raw(
        self, field: str, text: str, *, with_weights: bool, lengths: list[int] | None = None
    ) -> tuple[list[int], list[float]]:
        """Live units holding `text` in `field`, ascending, and (when asked for) the term's
        frequency in each; each unit's length of the field is added to `lengths` if given."""
        if field not in self.schema:
            return [], []
        try:
            btext = self.schema[field].to_bytes(text)
        except ValueError:
            return [], []
        ids: list[int] = []
        weights: list[float] = []
        for index, (leaf, offset) in enumerate(self._leaves):
            if (field, btext) not in leaf:
                continue
            leaf_ids, leaf_weights = _leaf_postings(leaf.postings(field, btext), with_weights)
            if self._deleted:
                deleted = self._deleted
                kept = [i for i, d in enumerate(leaf_ids) if d + offset not in deleted]
                if len(kept) != len(leaf_ids):
                    leaf_ids = [leaf_ids[i] for i in kept]
                    leaf_weights = [leaf_weights[i] for i in kept] if with_weights else leaf_weights
            if lengths is not None:
                column = self._length_column(index, leaf, field)
                if column is not None:
                    lengths.extend(map(column.__getitem__, leaf_ids))
                else:
                    lengths.extend(leaf.doc_field_length(d, field, 0) for d in leaf_ids)
            ids.extend(leaf_ids if not offset else [d + offset for d in leaf_ids])
            weights.extend(leaf_weights)
        return ids, weights

    def _read_keyword(self, field: str, value: str) -> _Postings:
        ids, _ = self._raw(field, value, with_weights=False)
        if not ids:
            return _NOTHING
        return _Postings(array("i", ids), None, bitmap(ids, self.size), self.asset_bits(ids))

    def _read_text(self, term: str) -> _Postings:
        combined: dict[int, float] = {}
        for field, weight in FIELD_WEIGHTS.items():
            lengths: list[int] = []
            ids, tfs = self._raw(field, term, with_weights=True, lengths=lengths)
            self._keep_field_bits((field, term), bitmap(ids, self.size) if ids else 0)
            if not ids:
                continue
            average = self._averages.get(field, 1.0)
            get = combined.get
            for unit, tf, length in zip(ids, tfs, lengths, strict=True):
                combined[unit] = get(unit, 0.0) + weight * tf / (1 - B + B * length / average)
        if not combined:
            return _NOTHING
        units = sorted(combined)
        df = len(units)
        idf = math.log(1 + (self.units - df + 0.5) / (df + 0.5))
        k1_plus_1 = K1 + 1
        scores = array("d", [idf * x * k1_plus_1 / (x + K1) for x in map(combined.__getitem__, units)])
        return _Postings(array("i", units), scores, bitmap(units, self.size), self.asset_bits(units))

    def _length_column(self, index: int, leaf: Any, field: str) -> Sequence[int] | None:
        key = (index, field)
        if key not in self._lengths:
            self._lengths[key] = _segment_lengths(leaf, field)
        return self._lengths[key]

    def known(self, term: str) -> bool:
        """Whether any text field holds `term`."""
        reader = self.searcher.reader()
        return any(f in self.schema and reader.doc_frequency(f, term) for f in TEXT_FIELDS)

    def expand_prefix(self, field: str, prefix: str) -> list[str]:
        key = ("expand", field, prefix)
        found = self.memo(key)
        if not isinstance(found, list):
            reader = self.searcher.reader()
            found = [_text(t) for t in reader.expand_prefix(field, prefix)] if field in self.schema else []
            self.remember(key, found)
        return found

    def most_frequent(self, field: str, prefix: str, number: int) -> list[str]:
        key = ("frequent", field, prefix, number)
        found = self.memo(key)
        if not isinstance(found, list):
            reader = self.searcher.reader()
            found = [_text(t) for _, t in reader.most_frequent_terms(field, number=number, prefix=prefix)]
            self.remember(key, found)
        return found

    def memo(self, key: tuple[object, ...]) -> object | None:
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
        """Every value of a keyword field, with the assets that have it."""
        key = ("facet", field)
        found = self.memo(key)
        if not isinstance(found, dict):
            values = (_text(t) for t in self.searcher.reader().lexicon(field)) if field in self.schema else ()
            found = {value: self.term(field, value).assets for value in values}
            self.remember(key, found)
        return found

    def languages(self) -> dict[str, int]:
        """Language → how many units are in it."""
        key = ("languages",)
        found = self.memo(key)
        if isinstance(found, dict):
            return found
        counted: dict[str, int] = {}
        if "lang" in self.schema:
            for term in self.searcher.reader().lexicon("lang"):
                value = _text(term)
                counted[value] = self.term("lang", value).bits.bit_count()
        self.remember(key, counted)
        return counted

    # -- positions ------------------------------------------------------------------------
    def positions(self, field: str, text: str, wanted: Sequence[int]) -> dict[int, tuple[int, ...]]:
        """Word positions of `text` in `field` for the units `wanted` (ascending)."""
        key = (field, text)
        known = self._positions.get(key)
        if known is None:
            known = {}
            self._positions[key] = known
        else:
            self._positions.move_to_end(key)
        missing = [d for d in wanted if d not in known]
        if missing and field in self.schema:
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
            for d in missing:
                known.setdefault(d, ())
            self._cached_positions += len(missing)
            while self._cached_positions > CACHED_POSITIONS and len(self._positions) > 1:
                _, dropped = self._positions.popitem(last=False)
                self._cached_positions -= len(dropped)
        return known


def _text(term: bytes | str) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


@dataclass(frozen=True, slots=True)
class _PhraseChecks:
    checked: int
    matched: int


def phrase(view: IndexView, terms: Sequence[str], scope: int, *, slop: int = 1) -> Matches:
    """Units in `scope` where `terms` appear in this order, each within `slop` words of the
    one before, in one text field; scoring the sum of the terms' BM25F scores. Only units
    holding every term are checked, each once per searcher."""
    if not terms:
        return NO_MATCHES
    scored: list[Matches] = []
    holding = scope
    for t in terms:
        part = view.text_term(t)
        holding &= part.bits
        if not holding:
            return NO_MATCHES
        scored.append(part)
    key = ("phrase", tuple(terms), slop)
    known = view.memo(key)
    checks = known if isinstance(known, _PhraseChecks) else _PhraseChecks(0, 0)
    unchecked = holding & ~checks.checked
    if unchecked:
        matched = 0
        for field in TEXT_FIELDS:
            in_field = unchecked & ~matched
            for t in dict.fromkeys(terms):
                in_field &= view.field_text_term(field, t).bits
            if not in_field:
                continue
            candidates = docnums(in_field)
            if slop == 1:
                found = _consecutive(view, field, terms, candidates)
            else:
                where = {t: view.positions(field, t, candidates) for t in dict.fromkeys(terms)}
                found = [d for d in candidates if in_order([where[t].get(d, ()) for t in terms], slop)]
            matched |= bitmap(found, view.size)
        checks = _PhraseChecks(checks.checked | unchecked, checks.matched | matched)
        view.remember(key, checks)
    bits = holding & checks.matched
    units = docnums(bits)
    totals = [0.0] * len(units)
    for part in scored:
        totals = list(map(float.__add__, totals, map(part.scores.__getitem__, units)))
    return Matches(bits, dict(zip(units, totals, strict=True)), view.asset_bits(units))


def _consecutive(view: IndexView, field: str, terms: Sequence[str], candidates: list[int]) -> list[int]:
    """The candidates where `terms` stand one right after the other. The rarest term is read
    first and every unit that cannot hold the phrase is dropped before the next, more
    common, term's positions are read."""
    order = sorted(range(len(terms)), key=lambda i: view.field_text_term(field, terms[i]).bits.bit_count())
    alive = candidates
    starts: dict[int, set[int]] | None = None
    for i in order:
        where = view.positions(field, terms[i], alive)
        kept: dict[int, set[int]] = {}
        for unit in alive:
            begins = {p - i for p in where.get(unit, ())}
            if starts is not None:
                begins &= starts[unit]
            if begins:
                kept[unit] = begins
        starts = kept
        alive = sorted(kept)
        if not alive:
            break
    return alive


def in_order(positions: Sequence[Sequence[int]], slop: int) -> bool:
    """Whether words at these positions follow one another, each 1..slop after the last."""
    if not positions or not positions[0]:
        return False
    spans = set(positions[0])
    for following in positions[1:]:
        if not spans:
            return False
        present = set(following)
        spans = {end + step for end in spans for step in range(1, slop + 1) if end + step in present}
    return bool(spans)


def pair_count(first: Sequence[int], second: Sequence[int], window: int) -> int:
    """How often the two words occur within `window` words of each other."""
    if not first or not second:
        return 0
    if len(first) * len(second) > 4096:
        first, second = first[:64], second[:64]
    return sum(1 for a in first for b in second if 0 < abs(b - a) <= window)


def _leaf_postings(matcher: Matcher, with_weights: bool) -> tuple[list[int], list[float]]:
    """Document numbers (and weights, when asked for) of one segment's posting list.
    Reads Whoosh's blocks whole where it can (several times faster than stepping through
    them); deleted documents are the caller's to drop."""
    if isinstance(matcher, FilterMatcher):
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
    """One segment's stored lengths of `field` for every document; None if this reader
    keeps them differently."""
    try:
        column = leaf._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
        if column is None:
            return [0] * leaf.doc_count_all()
        stored = column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None
    lengths = [byte_to_length(byte) for byte in stored]
    lengths.extend([0] * (leaf.doc_count_all() - len(lengths)))
    return lengths
