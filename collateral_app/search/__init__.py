"""Full-text search behind a small interface of our own (Whoosh today).

Only this package imports Whoosh, so the engine can change without touching the rest."""

from .engine import IndexCorrupt, IndexDocument, IndexHits, IndexPage, SearchIndex, UnitHit, engine_version
from .query import FILTER_FIELDS, ParsedQuery, parse_query
from .snippets import Snippet, best_snippet, page_snippet

__all__ = [
    "FILTER_FIELDS",
    "IndexCorrupt",
    "IndexDocument",
    "IndexHits",
    "IndexPage",
    "ParsedQuery",
    "SearchIndex",
    "Snippet",
    "UnitHit",
    "best_snippet",
    "engine_version",
    "page_snippet",
    "parse_query",
]
