"""The rules that fuse the lexical and the dense rankings (collateral_app.search.semantic).
They need neither the model nor NumPy."""

from __future__ import annotations

from collateral_app.search import semantic


def test_reciprocal_rank_fusion_puts_what_both_sides_found_first() -> None:
    lexical = [("a", 9.0), ("b", 5.0), ("c", 1.0)]
    dense = [("d", 0.9), ("c", 0.8), ("a", 0.7)]
    fused = semantic.rrf([(lexical, 1.0), (dense, 1.0)], k=60)
    # a: 1/61 + 1/63, c: 1/63 + 1/62; both beat the ones a single side found.
    assert fused[:2] == ["a", "c"]
    assert set(fused[2:]) == {"b", "d"}


def test_reciprocal_rank_fusion_weight_decides_between_single_side_hits() -> None:
    lexical = [("lex", 1.0)]
    dense = [("den", 1.0)]
    assert semantic.rrf([(lexical, 0.4), (dense, 0.6)], k=60) == ["den", "lex"]
    assert semantic.rrf([(lexical, 0.6), (dense, 0.4)], k=60) == ["lex", "den"]


def test_equal_weight_fusion_of_id_lists_is_plain_reciprocal_rank_fusion() -> None:
    assert semantic.fuse(["a", "b"], ["b", "c"]) == ["b", "a", "c"]


def test_convex_combination_uses_score_gaps_not_only_ranks() -> None:
    # The lexical side is sure of x (far ahead), unsure between y and z; the dense side
    # slightly prefers z. Ranks alone would tie x and z; the scores keep x first.
    lexical = [("x", 20.0), ("y", 2.0), ("z", 1.9)]
    dense = [("z", 0.82), ("x", 0.80), ("y", 0.70)]
    assert semantic.convex(lexical, dense, dense_weight=0.5, normalise="minmax") == ["x", "z", "y"]
    assert semantic.rrf([(lexical, 1.0), (dense, 1.0)], k=60)[0] in {"x", "z"}


def test_convex_combination_gives_a_missing_side_its_lowest_score() -> None:
    lexical = [("both", 3.0), ("lex-only", 2.0), ("weak", 1.0)]
    dense = [("den-only", 0.9), ("both", 0.8), ("weaker", 0.1)]
    for how in ("minmax", "z"):
        fused = semantic.convex(lexical, dense, dense_weight=0.5, normalise=how)
        assert fused[0] == "both"
        assert fused.index("weak") > fused.index("lex-only")


def test_dense_weight_zero_and_one_give_each_side_alone() -> None:
    lexical = [("a", 3.0), ("b", 2.0), ("c", 1.0)]
    dense = [("c", 0.9), ("b", 0.5), ("a", 0.1)]
    assert semantic.convex(lexical, dense, dense_weight=0.0) == ["a", "b", "c"]
    assert semantic.convex(lexical, dense, dense_weight=1.0) == ["c", "b", "a"]


def test_fusion_of_nothing_is_nothing() -> None:
    assert semantic.rrf([([], 1.0), ([], 1.0)]) == []
    assert semantic.convex([], [], dense_weight=0.5) == []
    assert semantic.convex([("a", 1.0)], [], dense_weight=0.5) == ["a"]
