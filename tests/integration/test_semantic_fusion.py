"""The hybrid ranking on a real index and real embeddings (the `semantic` extra): what both
sides rank first stays first, a document only the meaning finds joins the results, and one
neither finds comes last. Skipped, saying so, when the extra is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from collateral_app.search import IndexDocument, IndexPage, SearchIndex, parse_query, semantic

pytestmark = pytest.mark.skipif(
    not semantic.available(), reason="the semantic extra is not installed (pip install -e '.[semantic]')"
)

DOCUMENTS = {
    # Both sides: the query's words, and about what the query asks.
    "both": (
        "Hospital readmissions checklist",
        "A checklist that lowers hospital readmissions: follow-up calls within two days of discharge.",
    ),
    # Lexical side only: the words, in a text about something else.
    "words": (
        "Checklist for the trade show booth",
        "Readmissions of visitors to the hospital booth at the trade show: a checklist for the stand.",
    ),
    # Dense side only: the same meaning, none of the words.
    "meaning": (
        "Fewer patients coming back after discharge",
        "How clinics keep discharged patients from returning within a month: calls and home visits.",
    ),
    # Neither.
    "neither": ("Quarterly pricing sheet", "List prices and volume discounts for the warehouse software."),
}
QUERY = "hospital readmissions checklist"


def _index(folder: Path) -> SearchIndex:
    index = SearchIndex(folder)
    index.upsert(
        (
            IndexDocument(
                asset_id=asset_id,
                revision=1,
                title=title,
                description="",
                tags_text="",
                file_name="",
                status="published",
                pages=[IndexPage(1, text)],
                facets={},
            )
            for asset_id, (title, text) in DOCUMENTS.items()
        ),
        fresh=True,
    )
    return index


def test_hybrid_ranking_keeps_the_agreed_first_adds_what_only_the_meaning_finds(tmp_path: Path) -> None:
    model = semantic.load_model()
    assert model is not None
    ids = list(DOCUMENTS)
    vectors = model.passages([f"{t}\n{x}" for t, x in DOCUMENTS.values()])
    query = model.query(QUERY)
    lexical = list(_index(tmp_path / "index").search(parse_query(QUERY), limit=10, suggest=False).hits)
    dense = [ids[i] for i in semantic.nearest(vectors, query, 10)]

    # The construction holds: each side sees what it was built to see.
    lexical_ids = [a for a, _ in lexical]
    assert lexical_ids[0] == "both" and "words" in lexical_ids
    assert "meaning" not in lexical_ids and "neither" not in lexical_ids
    assert dense[0] == "both" and dense.index("meaning") < dense.index("neither")

    fused = semantic.hybrid(lexical, query, vectors, ids)
    assert fused[0] == "both"
    assert set(fused[1:3]) == {"words", "meaning"}
    assert fused[3] == "neither"
    # Without the feedback step the rule is plain weighted RRF of the two sides.
    plain = semantic.hybrid(lexical, query, vectors, ids, feedback=0)
    assert plain == semantic.rrf(
        [(lexical, 1.0), ([(ids[i], s) for i, s in semantic.nearest_scored(vectors, query, 100)], 1.0)],
        k=semantic.HYBRID_K,
    )
