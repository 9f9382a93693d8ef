"""Search ranks with Whoosh's own BM25F scores, read from its postings into bitmaps and
dicts. These tests hold that fast path to Whoosh itself on a real index of generated
documents, several segments and replaced (deleted) versions included: the same scores
for every term, the same documents for every phrase, and the best-scoring documents on
top (Whoosh's own top-N collector prunes its matcher tree and can miss some of them)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import query as wq

from collateral_app.search import IndexDocument, SearchIndex, parse_query
from collateral_app.search import postings as fast
from collateral_app.search.analysis import analyze
from collateral_app.search.engine import SHORT_FIELDS

WORDS = [
    "hospital",
    "readmissions",
    "care",
    "coordination",
    "fraud",
    "bank",
    "card",
    "pricing",
    "discount",
    "onboarding",
    "checklist",
    "training",
    "downtime",
    "plant",
    "factory",
    "payback",
    "security",
    "audit",
    "encryption",
    "access",
    "control",
    "retail",
    "store",
    "holiday",
    "stockout",
    "logistics",
    "delivery",
    "cost",
    "total",
    "ownership",
]


def _document(rng: random.Random, n: int, revision: int = 1) -> IndexDocument:
    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    return IndexDocument(
        asset_id=f"asset-{n:04d}",
        revision=revision,
        title=words(rng.randint(2, 5)),
        description=words(8),
        tags_text=words(rng.randint(0, 3)),
        file_name=f"file {n}",
        body=words(rng.randint(20, 300)),
        status="archived" if n % 17 == 0 else "published",
        facets={"industry": (rng.choice(("healthcare", "retail", "banking")),)},
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    rng = random.Random(7)
    found = SearchIndex(Path(tmp_path_factory.mktemp("scoring")) / "index")
    for start in range(0, 240, 60):  # four commits: four segments
        found.upsert(_document(rng, n) for n in range(start, start + 60))
    found.upsert(_document(rng, n, revision=2) for n in range(0, 240, 9))  # replaced versions
    assert found.segment_count() > 1
    yield found
    found.close()


def _any_field_query(stems: list[str]) -> wq.Query:
    """A word in any field, as Whoosh scores it: its body match lifted by title and tags."""
    parts = [wq.AndMaybe(wq.Term("content", t), wq.Or([wq.Term(f, t) for f in SHORT_FIELDS])) for t in stems]
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _whoosh_scores(index: SearchIndex, query: wq.Query) -> dict[int, float]:
    searcher = index._current_searcher()
    return {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}


@pytest.mark.parametrize("field", ["content", *SHORT_FIELDS])
def test_every_term_scores_every_document_as_whoosh_does(index: SearchIndex, field: str) -> None:
    view = index._current_view()
    for stem in sorted({t for w in WORDS for t in analyze(w)}):
        assert view.term(field, stem).scores == pytest.approx(_whoosh_scores(index, wq.Term(field, stem)))


def test_a_word_in_any_field_scores_as_whoosh_does(index: SearchIndex) -> None:
    view = index._current_view()
    for word in ("readmissions", "pricing", "holiday"):
        stem = analyze(word)[0]
        expected = _whoosh_scores(index, _any_field_query([stem]))
        assert view.any_field(stem).scores == pytest.approx(expected)
        assert fast.docnums(view.any_field(stem).bits) == sorted(expected)


def test_scores_read_step_by_step_equal_scores_read_block_by_block(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The block reader and the length column use Whoosh internals; without them the
    # view falls back to Whoosh's public matcher API and must give the same answers.
    block_by_block = fast.IndexView(index._current_searcher()).term("content", "hospit").scores
    monkeypatch.setattr(fast, "W3LeafMatcher", type("Unknown", (), {}))
    monkeypatch.setattr(fast, "_segment_lengths", lambda leaf, field: None)
    step_by_step = fast.IndexView(index._current_searcher()).term("content", "hospit").scores
    assert step_by_step == block_by_block


def test_replaced_versions_are_never_matched(index: SearchIndex) -> None:
    view = index._current_view()
    live = set(index._current_searcher().reader().all_doc_ids())
    assert set(fast.docnums(view.live)) == live
    assert set(view.term("content", "hospit").scores) <= live


@pytest.mark.parametrize(
    ("field", "words", "slop"),
    [
        ("content", ["total", "cost"], 1),
        ("content", ["access", "control", "secur"], 1),
        ("content", ["care", "care"], 1),
        ("title", ["fraud", "bank"], 2),
    ],
)
def test_a_phrase_matches_the_documents_whooshs_phrase_query_matches(
    index: SearchIndex, field: str, words: list[str], slop: int
) -> None:
    view = index._current_view()
    expected = _whoosh_scores(index, wq.Phrase(field, words, slop=slop))
    found = fast.phrase(view, field, words, view.live, slop=slop)
    assert found.scores == pytest.approx(expected)


def _all_words_query(stems: list[str]) -> wq.Query:
    """What the all-words ranking means, as the Whoosh query that scores it."""
    clauses = [_any_field_query([t]) for t in stems]
    query: wq.Query = clauses[0] if len(clauses) == 1 else wq.And(clauses)
    if 2 <= len(stems) <= 4:
        query = wq.AndMaybe(query, wq.Phrase("title", stems, slop=2, boost=2.0))
    return query


@pytest.mark.parametrize(
    ("text", "reference", "only"),
    [
        ("hospital", _all_words_query(["hospit"]), None),
        ("care coordination", _all_words_query(["care", "coordin"]), None),
        ("fraud bank card", _all_words_query(["fraud", "bank", "card"]), None),
        ("industry:retail holiday", _all_words_query(["holidai"]), wq.Term("industry", "retail")),
        ('"total cost"', wq.Phrase("content", ["total", "cost"]), None),
    ],
)
def test_the_top_hits_are_the_best_scoring_documents(
    index: SearchIndex, text: str, reference: wq.Query, only: wq.Query | None
) -> None:
    searcher = index._current_searcher()
    archived = set(searcher.docs_for_query(wq.Term("status", "archived")))
    allowed = set(searcher.docs_for_query(only)) if only is not None else None
    scores = {
        d: s
        for d, s in _whoosh_scores(index, reference).items()
        if d not in archived and (allowed is None or d in allowed)
    }
    best = sorted(scores, key=lambda d: (-scores[d], d))[:10]

    found = index.search(parse_query(text), limit=10)

    assert found.total == len(scores)
    assert [asset_id for asset_id, _ in found.hits] == [searcher.stored_fields(d)["asset_id"] for d in best]
    assert [score for _, score in found.hits] == pytest.approx([scores[d] for d in best])


@pytest.mark.parametrize("text", ["hospital", "fraud bank zebra", "zebra unicorn", "industry:retail"])
def test_the_total_and_facets_do_not_depend_on_how_many_hits_are_asked_for(
    index: SearchIndex, text: str
) -> None:
    counted = index.search(parse_query(text), limit=0, with_facets=True)
    listed = index.search(parse_query(text), limit=10, with_facets=True)
    assert counted.hits == ()
    assert (counted.total, counted.facets) == (listed.total, listed.facets)
