"""The one analysis used for indexing, querying and snippets, so they always agree.

Text becomes index terms in four steps, each the same for every script:
1. Unicode normalisation (NFKC) and case folding (so "ß" and "ss", "Ⅻ" and "xii" meet);
2. words: runs of letters and digits *with their combining marks* (a Hindi vowel sign or
   virama is part of its word, not a word break); Chinese, Japanese and Korean runs become
   overlapping pairs of characters (bigrams, as Lucene's CJK bigram filter makes them), with
   the single characters beside them so a one-character word is found too;
3. the Snowball stemmer of the text's language, where one exists;
4. accents folded after stemming, for Latin, Greek and Cyrillic ("résumé" → "resume",
   "καλημέρα" → "καλημερα"); marks of the scripts where they spell vowels (Devanagari,
   Tamil, Thai…) are kept.

Stop words are indexed (a quoted phrase needs them) and dropped from the ranked words of a
query (`stop_words`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from whoosh.analysis import Analyzer, Token
from whoosh.lang.stopwords import stoplists

# A language code (ISO 639-1, as the detector gives it) → its Snowball stemmer.
STEMMERS: dict[str, str] = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
DEFAULT_LANGUAGE = "en"

# English: Whoosh's (NLTK's) list, which has the question words (what, how, which, been)
# that a 34-word list lacks; measured on Cranfield it lifts nDCG@10 by a tenth.
STOP_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in stoplists.items()}

# Scripts written without spaces between words, split into bigrams.
_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana (NFKC makes most full width)
    (0x20000, 0x3134F),  # CJK extensions B–G
)
_CJK_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES)
_CJK_RUN = re.compile(f"[{_CJK_CLASS}]+")
_HAS_CJK = re.compile(f"[{_CJK_CLASS}]")


def _mark_class() -> str:
    """Every combining mark (Mn, Mc, Me) of the planes in use, as a regex class body."""
    spans: list[str] = []
    for block in (range(0x30000), range(0xE0100, 0xE01F0)):
        start: int | None = None
        for cp in [*block, -1]:
            is_mark = cp >= 0 and unicodedata.category(chr(cp))[0] == "M"
            if is_mark and start is None:
                start = cp
            elif not is_mark and start is not None:
                end = block[-1] if cp < 0 else cp - 1
                spans.append(f"{re.escape(chr(start))}-{re.escape(chr(end))}")
                start = None
    return "".join(spans)


@lru_cache(maxsize=1)
def word_pattern() -> re.Pattern[str]:
    """A word: letters and digits with their combining marks; a dot between two letters or
    digits stays inside it ("v2.1", "e.g"). One character class, so the scan runs in C at
    full speed; `normalize` has turned underscores into spaces."""
    char = f"[\\w{_mark_class()}]"
    return re.compile(f"{char}+(?:\\.{char}+)*")


# Letters whose accent is not a combining mark in Unicode.
_FOLD_EXTRA_MAP = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "ħ": "h",
    "ŧ": "t",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ð": "d",
}
_FOLD_EXTRA = str.maketrans(_FOLD_EXTRA_MAP)
_FOLDED_BLOCKS = ((0x00C0, 0x052F), (0x1E00, 0x1FFF))  # Latin, Greek, Cyrillic (+ extended)


def _foldable(ch: str) -> bool:
    cp = ord(ch)
    return any(a <= cp <= b for a, b in _FOLDED_BLOCKS)


def _fold_word(word: str) -> str:
    """`word` (already case-folded) without the accents of Latin, Greek and Cyrillic
    letters; other scripts' marks stay (they are part of the spelling)."""
    if word.isascii():
        return word
    out: list[str] = []
    for ch in word:
        if _foldable(ch):
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        elif unicodedata.combining(ch) and out and out[-1] and _foldable_base(out[-1][-1]):
            continue  # a separate accent on a folded letter
        else:
            out.append(ch)
    return "".join(out).translate(_FOLD_EXTRA)


fold = lru_cache(maxsize=200_000)(_fold_word)  # for words, which recur


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for first, last in _FOLDED_BLOCKS:
        for cp in range(first, last + 1):
            ch = chr(cp)
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            if base != ch:
                table[cp] = base
    for cp in range(0x0300, 0x0370):  # accents left apart from their letter
        table[cp] = ""
    table.update({ord(k): v for k, v in _FOLD_EXTRA_MAP.items()})
    return table


def fold_text(text: str) -> str:
    """Normalised text with accents folded as `fold` folds words, character by character in
    C (for finding where words are; a word's own fold is exact)."""
    return text if text.isascii() else text.translate(_fold_table())


def _foldable_base(ch: str) -> bool:
    return (ch.isascii() and ch.isalpha()) or _foldable(ch)


def normalize(text: str) -> str:
    """NFKC and case folding, underscores as spaces (a word break): the text every other
    step reads. Keeps the length of nearly all text (see `pieces`)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("_", " ")


@lru_cache(maxsize=64)
def _stemmer(lang: str) -> Stemmer.Stemmer | None:
    algorithm = STEMMERS.get(lang)
    if algorithm is None:
        return None
    stemmer = Stemmer.Stemmer(algorithm)
    stemmer.maxCacheSize = 100_000
    return stemmer


def has_stemmer(lang: str) -> bool:
    return lang in STEMMERS


@lru_cache(maxsize=400_000)
def word_term(word: str, lang: str) -> str:
    """The index term of one normalised, non-CJK word in `lang`."""
    stemmer = _stemmer(lang)
    stem = stemmer.stemWord(word) if stemmer is not None and not word.isdigit() else word
    return fold(stem)


@dataclass(frozen=True, slots=True)
class Piece:
    """A word as found in text: its index term, its position, and where it is."""

    term: str
    position: int
    start: int
    end: int
    surface: str  # the normalised word (a CJK run's pair or single character)
    cjk: bool = False
    companion: bool = False  # a CJK character beside the pairs of its run


def pieces(text: str, lang: str = DEFAULT_LANGUAGE) -> Iterator[Piece]:
    """The words of `text` with their terms and character offsets into `text`.

    Offsets refer to `text` as given as long as normalising it keeps its length, which it
    does for nearly all text; where it does not (ligatures, "ß" → "ss"), the words are
    found in the original text one by one, so offsets stay right."""
    normalized = normalize(text)
    same_length = len(normalized) == len(text)
    source = normalized if same_length else text
    position = 0
    for match in word_pattern().finditer(source):
        raw = match.group()
        word = raw if same_length else normalize(raw)
        start = match.start()
        if _HAS_CJK.search(word) is None:
            yield Piece(word_term(word, lang), position, start, match.end(), word)
            position += 1
            continue
        # Split the run into CJK parts (bigrams) and the rest (words).
        cursor = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > cursor:
                before = word[cursor : run.start()]
                yield Piece(word_term(before, lang), position, start + cursor, start + run.start(), before)
                position += 1
            chars = run.group()
            base = start + run.start()
            if len(chars) == 1:
                yield Piece(chars, position, base, base + 1, chars, True)
                position += 1
            else:
                for i in range(len(chars) - 1):
                    # The character and the pair starting there share a position, so a
                    # phrase of pairs reads them in order.
                    yield Piece(chars[i], position, base + i, base + i + 1, chars[i], True, True)
                    yield Piece(chars[i : i + 2], position, base + i, base + i + 2, chars[i : i + 2], True)
                    position += 1
                last = len(chars) - 1
                yield Piece(chars[last], position, base + last, base + last + 1, chars[last], True, True)
                position += 1
            cursor = run.end()
        if cursor < len(word):
            rest = word[cursor:]
            yield Piece(word_term(rest, lang), position, start + cursor, match.end(), rest)
            position += 1


def analyze(text: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The index terms of `text` in `lang`, in order (a CJK run as its pairs; the single
    characters indexed beside them, for one-character words, are left out)."""
    return [p.term for p in pieces(text, lang) if not p.companion]


@dataclass(frozen=True, slots=True)
class QueryWord:
    """A typed word as the index holds it: one term per library language it may be in
    (English "running" → "run", German "Häuser" → "hau"); a CJK word is the phrase of its
    bigrams."""

    typed: str
    alternatives: tuple[str, ...]  # for a plain word: its terms in the library's languages
    phrase: tuple[str, ...] = ()  # for a CJK word of 3+ characters: its bigrams in order

    @property
    def terms(self) -> tuple[str, ...]:
        return self.phrase or self.alternatives


def query_words(text: str, languages: Iterable[str]) -> list[QueryWord]:
    """The words of a query (or a phrase), each with its index terms in `languages`."""
    langs = tuple(dict.fromkeys([*languages, DEFAULT_LANGUAGE]))
    found: list[QueryWord] = []
    for match in word_pattern().finditer(normalize(text)):
        word = match.group()
        if _HAS_CJK.search(word) is None:
            found.append(QueryWord(word, _alternatives(word, langs)))
            continue
        cursor = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > cursor:
                part = word[cursor : run.start()]
                found.append(QueryWord(part, _alternatives(part, langs)))
            chars = run.group()
            if len(chars) <= 2:
                found.append(QueryWord(chars, (chars,)))
            else:
                found.append(QueryWord(chars, (), tuple(chars[i : i + 2] for i in range(len(chars) - 1))))
            cursor = run.end()
        if cursor < len(word):
            part = word[cursor:]
            found.append(QueryWord(part, _alternatives(part, langs)))
    return found


def _alternatives(word: str, langs: tuple[str, ...]) -> tuple[str, ...]:
    terms = [word_term(word, lang) for lang in langs]
    terms.append(fold(word))  # as written, for languages without a stemmer
    return tuple(dict.fromkeys(terms))


def is_stop_word(word: str, languages: Iterable[str]) -> bool:
    """Whether a normalised word is a stop word in any of `languages`."""
    return any(word in STOP_WORDS.get(lang, ()) for lang in languages)


def is_cjk(text: str) -> bool:
    return _HAS_CJK.search(text) is not None


_TERM_CACHES: dict[str, dict[str, str]] = {}
_TERM_CACHE_SIZE = 200_000


def index_terms(text: str, lang: str = DEFAULT_LANGUAGE) -> list[tuple[str, int]]:
    """(term, position) of every word of `text`, as `pieces` gives them, CJK characters beside
    their pairs included: the indexing path, which needs no offsets and runs on every word."""
    cache = _TERM_CACHES.get(lang)
    if cache is None or len(cache) > _TERM_CACHE_SIZE:
        cache = _TERM_CACHES[lang] = {}
    found: list[tuple[str, int]] = []
    append = found.append
    position = 0
    has_cjk = _HAS_CJK.search
    for word in word_pattern().findall(normalize(text)):
        if word.isascii() or has_cjk(word) is None:
            term = cache.get(word)
            if term is None:
                term = cache[word] = word_term(word, lang)
            append((term, position))
            position += 1
            continue
        last = -1
        for piece in pieces(word, lang):
            append((piece.term, position + piece.position))
            last = piece.position
        position += last + 1
    return found


class UnitAnalyzer(Analyzer):  # type: ignore[misc]
    """The analyzer Whoosh calls on a unit's text fields. The unit's language comes first,
    between two U+0001 characters (`tagged(text, lang)`), so the index writer, which only
    passes text, analyses every unit in its own language."""

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False, **kwargs: object
    ) -> Iterator[Token]:
        lang, text = untag(value)
        token = Token(positions=positions, chars=chars, removestops=False, **kwargs)
        if chars:  # offsets: the slower path
            for piece in pieces(text, lang):
                token.text, token.pos = piece.term, piece.position
                token.startchar, token.endchar = piece.start, piece.end
                token.stopped, token.boost = False, 1.0
                yield token
            return
        for term, position in index_terms(text, lang):
            token.text = term
            token.pos = position
            token.stopped = False
            token.boost = 1.0
            yield token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnitAnalyzer)

    def __hash__(self) -> int:
        return hash(UnitAnalyzer)


_TAG = "\u0001"


def tagged(text: str, lang: str) -> str:
    return f"{_TAG}{lang}{_TAG}{text}"


def untag(value: str) -> tuple[str, str]:
    if value.startswith(_TAG):
        end = value.find(_TAG, 1)
        if end > 0:
            return value[1:end] or DEFAULT_LANGUAGE, value[end + 1 :]
    return DEFAULT_LANGUAGE, value


_SLUG_STRIP = re.compile(r"[^\w]+", re.UNICODE)


def slugify(value: str) -> str:
    """`Case Study` → `case-study`: how taxonomy values and filters are written."""
    return _SLUG_STRIP.sub("-", value.strip().lower()).strip("-")


def vocabulary_words(text: str) -> set[str]:
    """The distinct whole words of `text` (normalised, folded) that "did you mean" may
    propose: letters only, 3–30 characters, no CJK (a CJK word has no spelling to correct)."""
    words: set[str] = set()
    for word in set(word_pattern().findall(normalize(text))):
        if (
            3 <= len(word) <= 30
            and "." not in word
            and not any(ch.isdigit() for ch in word)
            and not is_cjk(word)
        ):
            words.add(fold(word))
    return words


def highlight_marks(words: Iterable[str], languages: Iterable[str]) -> list[str]:
    """What to mark in running text for these typed words: for each, the start it shares with
    its stems ("holidays" → stem "holiday" → "holiday"), which marks every form of the word;
    a CJK word as typed. Longest first."""
    langs = tuple(dict.fromkeys([*languages, DEFAULT_LANGUAGE]))
    marks: set[str] = set()
    for word in words:
        for found in query_words(word, langs):
            if is_cjk(found.typed):
                marks.add(found.typed)
                continue
            if len(found.typed) < 3 or is_stop_word(found.typed, langs):
                continue  # "at" would mark the inside of "lubricate"
            typed = fold(found.typed)
            for stem in found.alternatives:
                shared = _shared_start(typed, stem)
                marks.add(shared if len(shared) >= 3 else stem)
    return sorted((m for m in marks if len(m) >= 3 or is_cjk(m)), key=len, reverse=True)


def _shared_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
