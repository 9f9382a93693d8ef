"""Search ranks by BM25F over each unit (page) of an asset, read from Whoosh's postings into
bitmaps and dicts. These tests hold that fast path to a plain reading of the same index
through Whoosh's public API, on a real index of generated documents with several segments
and replaced (deleted) versions: the same score for every term in every unit, the same units
for every phrase, the best-scoring assets on top, and the ranking rule: one score, no tier
of "all the words" above better-scoring documents."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import query as wq

from collateral_app.search import IndexDocument, IndexPage, SearchIndex, parse_query
from collateral_app.search import postings as fast
from collateral_app.search.analysis import analyze

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
        status="archived" if n % 17 == 0 else "published",
        facets={"industry": (rng.choice(("healthcare", "retail", "banking")),)},
        pages=[IndexPage(p + 1, words(rng.randint(20, 300))) for p in range(rng.randint(1, 4))],
        language="en",
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


def _reference_scores(index: SearchIndex, term: str) -> dict[int, float]:
    """BM25F of `term` in every live unit, read unit by unit through Whoosh's public API."""
    searcher = index._current_searcher()
    reader = searcher.reader()
    live = set(reader.all_doc_ids())
    combined: dict[int, float] = {}
    for field, weight in fast.FIELD_WEIGHTS.items():
        if (field, term) not in reader:
            continue
        average = searcher.avg_field_length(field) or 1.0
        matcher = reader.postings(field, term)
        while matcher.is_active():
            unit = matcher.id()
            if unit in live:
                length = reader.doc_field_length(unit, field, 0)
                x = weight * matcher.weight() / (1 - fast.B + fast.B * length / average)
                combined[unit] = combined.get(unit, 0.0) + x
            matcher.next()
    units = len(live)
    idf = math.log(1 + (units - len(combined) + 0.5) / (len(combined) + 0.5))
    return {u: idf * x * (fast.K1 + 1) / (x + fast.K1) for u, x in combined.items()}


def _stems() -> list[str]:
    return sorted({t for w in WORDS for t in analyze(w)})


def test_every_term_scores_every_unit_as_bm25f_defines_it(index: SearchIndex) -> None:
    view = index._current_view()
    for stem in _stems():
        assert view.text_term(stem).scores == pytest.approx(_reference_scores(index, stem))


def test_scores_read_step_by_step_equal_scores_read_block_by_block(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The block reader and the length column use Whoosh internals; without them the
    # view falls back to Whoosh's public matcher API and must give the same answers.
    block_by_block = fast.IndexView(index._current_searcher()).text_term("hospit").scores
    monkeypatch.setattr(fast, "W3LeafMatcher", type("Unknown", (), {}))
    monkeypatch.setattr(fast, "_segment_lengths", lambda leaf, field: None)
    step_by_step = fast.IndexView(index._current_searcher()).text_term("hospit").scores
    assert step_by_step == pytest.approx(block_by_block)


def test_replaced_versions_are_never_matched(index: SearchIndex) -> None:
    view = index._current_view()
    live = set(index._current_searcher().reader().all_doc_ids())
    assert set(fast.docnums(view.live)) == live
    assert set(view.text_term("hospit").scores) <= live
    assert view.assets == 240 == len(index.indexed_revisions())


def test_every_unit_belongs_to_the_asset_whose_head_follows_it(index: SearchIndex) -> None:
    view = index._current_view()
    searcher = index._current_searcher()
    for unit in sorted(searcher.reader().all_doc_ids()):
        head = view.heads[view.ordinal(unit)]
        assert searcher.stored_fields(unit)["asset_id"] == searcher.stored_fields(head)["asset_id"]


@pytest.mark.parametrize(
    ("words", "slop"),
    [
        (["total", "cost"], 1),
        (["access", "control", "secur"], 1),
        (["care", "care"], 1),
        (["fraud", "bank"], 2),
    ],
)
def test_a_phrase_matches_the_units_whooshs_phrase_query_matches(
    index: SearchIndex, words: list[str], slop: int
) -> None:
    view = index._current_view()
    searcher = index._current_searcher()
    expected = set(searcher.docs_for_query(wq.Or([wq.Phrase(f, words, slop=slop) for f in fast.TEXT_FIELDS])))
    found = fast.phrase(view, words, view.live, slop=slop)
    assert set(found.scores) == expected


def _best_assets(index: SearchIndex, stems: list[str], only: str | None = None) -> list[tuple[str, float]]:
    """Every asset's best unit by the sum of the words' BM25F scores, without any pruning."""
    searcher = index._current_searcher()
    archived = {
        searcher.stored_fields(d)["asset_id"] for d in searcher.docs_for_query(wq.Term("status", "archived"))
    }
    allowed = (
        {searcher.stored_fields(d)["asset_id"] for d in searcher.docs_for_query(wq.Term("industry", only))}
        if only
        else None
    )
    per_term = [_reference_scores(index, t) for t in stems]
    best: dict[str, float] = {}
    for unit in set().union(*per_term):
        asset_id = searcher.stored_fields(unit)["asset_id"]
        if asset_id in archived or (allowed is not None and asset_id not in allowed):
            continue
        score = sum(scores.get(unit, 0.0) for scores in per_term)
        best[asset_id] = max(best.get(asset_id, 0.0), score)
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


@pytest.mark.parametrize(
    ("text", "stems", "only"),
    [
        ("hospital", ["hospit"], None),
        ("fraud", ["fraud"], None),
        ("industry:retail holiday", ["holiday"], "retail"),
    ],
)
def test_the_top_hits_are_the_best_scoring_assets(
    index: SearchIndex, text: str, stems: list[str], only: str | None
) -> None:
    expected = _best_assets(index, stems, only)[:10]
    found = index.search(parse_query(text), limit=10)
    assert [a for a, _ in found.hits] == [a for a, _ in expected]
    assert [s for _, s in found.hits] == pytest.approx([s for _, s in expected], abs=1e-3)


def test_several_words_rank_by_one_score_with_the_proximity_lift(index: SearchIndex) -> None:
    # Without the proximity term the order is the plain sum; the lift only adds, so every
    # hit scores at least its plain sum and the totals count every asset with any word.
    plain = dict(_best_assets(index, ["fraud", "bank", "card"]))
    found = index.search(parse_query("fraud bank card"), limit=10)
    assert found.total == len(plain)
    for asset_id, score in found.hits:
        assert score >= plain[asset_id] - 1e-3
    scores = [s for _, s in found.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", ["hospital", "fraud bank zebra", "zebra unicorn", "industry:retail"])
def test_the_total_and_facets_do_not_depend_on_how_many_hits_are_asked_for(
    index: SearchIndex, text: str
) -> None:
    counted = index.search(parse_query(text), limit=0, with_facets=True)
    listed = index.search(parse_query(text), limit=10, with_facets=True)
    assert counted.hits == ()
    assert (counted.total, counted.facets) == (listed.total, listed.facets)


def test_a_document_matching_fewer_words_but_scoring_higher_ranks_first(tmp_path: Path) -> None:
    # The Cranfield case: "has a criterion been established for determining the axial
    # compressor choking line". One abstract holds many of the question's common words, the
    # answer holds the three rare ones, often. One score ranks the answer first.
    index = SearchIndex(tmp_path / "index")
    filler = " ".join(f"filler{i}" for i in range(40))
    docs = {
        "many-common-words": "it has been established that determining a criterion for the line has been "
        "established and determining it has been difficult; choking was mentioned once. " + filler,
        "the-answer": "compressor choking line: the choking line of an axial compressor, where the "
        "compressor chokes, follows from the choking mass flow of the compressor blades. " + filler,
    }
    for n in range(30):  # make the common words common, as they are in a real library
        docs[f"other-{n}"] = f"it has been established and determined that a criterion exists {n}. " + filler
    index.upsert(
        IndexDocument(
            k, 1, k.replace("-", " "), "", "", "", status="published", pages=[IndexPage(1, v)], language="en"
        )
        for k, v in docs.items()
    )
    found = index.search(
        parse_query("has a criterion been established for determining the axial compressor choking line"),
        limit=5,
    )
    ids = [a for a, _ in found.hits]
    assert ids[0] == "the-answer"
    assert ids.index("the-answer") < ids.index("many-common-words")
    assert found.where["many-common-words"].matched  # it still matches, below the answer


def test_the_units_holding_a_word_are_the_same_whether_or_not_its_scores_are_built(
    index: SearchIndex,
) -> None:
    # Replaced versions leave deleted units behind: neither answer may name them.
    view = index._current_view()
    for word in [*WORDS, "absent"]:
        term = analyze(word, "en")[0]
        kept = view.text_bits(term)  # before the scores: from the kept postings, or read
        assert kept == view.text_term(term).bits
        assert kept.bit_count() == len(view.text_term(term).scores)
        assert not kept & ~view.live
