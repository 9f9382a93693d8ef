"""The one analyzer used for indexing, querying and snippets, so they always agree."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.analysis.tokenizers import default_pattern
from whoosh.support.charset import accent_map

# The words RegexTokenizer() finds (its default pattern), for reading text word by word.
WORD_PATTERN: re.Pattern[str] = default_pattern


class AccentFolder(Filter):  # type: ignore[misc]
    """Folds accents ("résumé" → "resume"), skipping the work for plain ASCII words,
    which are nearly all of them."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.text.isascii():
                token.text = token.text.translate(accent_map)
            yield token


@lru_cache(maxsize=1)
def text_analyzer() -> Analyzer:
    # Accent folding first, so "résumé" and "resume" meet before stemming.
    analyzer: Analyzer = (
        RegexTokenizer()
        | LowercaseFilter()
        | AccentFolder()
        | StopFilter(minsize=1)  # keeps the "2" of "SOC 2"
        | StemFilter(cachesize=100_000)
    )
    return analyzer


def analyze(text: str) -> list[str]:
    """The index terms of `text` (stemmed, folded, stop words removed)."""
    return [t.text for t in text_analyzer()(text)]


@lru_cache(maxsize=50_000)
def word_terms(word: str) -> tuple[str, ...]:
    """The index terms of one word as the tokenizer finds it (usually one, none for a
    stop word); cached, since the same words recur in every snippet."""
    return tuple(analyze(word))


_SLUG_STRIP = re.compile(r"[^\w]+", re.UNICODE)


def slugify(value: str) -> str:
    """`Case Study` → `case-study`: how taxonomy values and filters are written."""
    return _SLUG_STRIP.sub("-", value.strip().lower()).strip("-")


_WORD = re.compile(r"[^\W\d_][^\W_]*", re.UNICODE)


def vocabulary(text: str) -> str:
    """The distinct words of `text`, lower-cased and accent-folded, for "did you mean":
    indexing each word once per document costs a fraction of a spelling field."""
    words = {w.lower() for w in _WORD.findall(text) if 3 <= len(w) <= 30}
    return " ".join(w if w.isascii() else w.translate(accent_map) for w in words)
