"""The one analyzer used for indexing, querying and snippets, so they always agree."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.support.charset import accent_map


@lru_cache(maxsize=1)
def text_analyzer() -> Analyzer:
    # Accent folding first, so "résumé" and "resume" meet before stemming.
    analyzer: Analyzer = (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter()
        | StemFilter(cachesize=100_000)
    )
    return analyzer


def analyze(text: str) -> list[str]:
    """The index terms of `text` (stemmed, folded, stop words removed)."""
    return [t.text for t in text_analyzer()(text)]


_SLUG_STRIP = re.compile(r"[^\w]+", re.UNICODE)


def slugify(value: str) -> str:
    """`Case Study` → `case-study`: how taxonomy values and filters are written."""
    return _SLUG_STRIP.sub("-", value.strip().lower()).strip("-")
