"""How the lexical and the dense rankings are fused, chosen by k-fold cross-validation.

    python -m bench.relevance_fusion                 # Cranfield dev half, 5 folds × 4 shuffles
    python -m bench.relevance_fusion --folds 10

Every fusion rule and setting in the grid (reciprocal rank fusion with its k, weight and depth
per side; a convex combination of min-max or z-scored scores with its weight and depth) is
scored per question. For each fold the setting with the best mean nDCG@10 on the other folds
is applied to the fold's questions, so every question is scored by a setting chosen without
it: that cross-validated figure stands beside the in-sample figure of the single best
setting. The grid is small on purpose (a few dozen settings per rule) so that the choice
generalises rather than fits these 113 questions.

The lexical side is Collateral's own ranking (`collateral_app.search`), the dense side
`collateral_app.search.semantic` (multilingual-e5-small), with the question embedded as
"query: …" (as e5 is trained) or as "passage: …" (symmetric), and each abstract as
"passage: title + text" (the abstracts fit the model's 512 tokens: no chunking). Each rule
also runs with dense pseudo-relevance feedback: the question's vector moved toward the mean
vector of the first 3 or 5 fused results (weight 0.5 or 1), ranked and fused again. Embeddings
are cached in bench/.work/relevance/ by text."""

from __future__ import annotations

import argparse
import itertools
import math
import random
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .relevance import DEPTH, TOP, Collection, collateral_index, cranfield_dir, embed_cached, load_cranfield


def ndcg(got: Sequence[str], rel: Mapping[str, int]) -> float:
    dcg = sum((2 ** rel.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(got[:TOP]))
    ideal = sorted(rel.values(), reverse=True)[:TOP]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


@dataclass(frozen=True)
class Setting:
    rule: str  # "rrf", "minmax", "z"
    weight: float  # of the dense side (RRF: its rank weight; convex: 1 - alpha)
    k: int  # RRF's k (unused by the convex rules)
    depth_lexical: int
    depth_dense: int
    query_prefix: str  # "query" or "passage"
    feedback: int = 0  # dense feedback: the top fused results the question's vector moves toward
    feedback_weight: float = 0.0

    def feedback_label(self) -> str:
        return f", feedback {self.feedback}×{self.feedback_weight}" if self.feedback else ""

    def label(self) -> str:
        if self.rule == "rrf":
            return (
                f"RRF k={self.k}, dense weight {self.weight}, depth {self.depth_lexical}/"
                f"{self.depth_dense}, {self.query_prefix}:{self.feedback_label()}"
            )
        return (
            f"{self.rule} convex, dense weight {self.weight}, depth {self.depth_lexical}/"
            f"{self.depth_dense}, {self.query_prefix}:{self.feedback_label()}"
        )


Scored = list[tuple[str, float]]  # (id, score), best first


def fuse(setting: Setting, lexical: Scored, dense: Scored) -> list[str]:
    """The fused ranking under one setting (the same rules as collateral_app.search.semantic)."""
    from collateral_app.search import semantic

    lex = lexical[: setting.depth_lexical]
    den = dense[: setting.depth_dense]
    if setting.rule == "rrf":
        return semantic.rrf([(lex, 1.0 - setting.weight), (den, setting.weight)], k=setting.k)
    return semantic.convex(
        lex, den, dense_weight=setting.weight, normalise="minmax" if setting.rule == "minmax" else "z"
    )


def grid() -> list[Setting]:
    settings: list[Setting] = []
    for prefix, (m, beta) in itertools.product(
        ("query", "passage"), ((0, 0.0), (3, 0.5), (3, 1.0), (5, 0.5), (5, 1.0))
    ):
        for k, w, dl, dd in itertools.product(
            (10, 30, 60, 100), (0.3, 0.4, 0.5, 0.6), (20, 50, 100), (20, 50, 100)
        ):
            settings.append(Setting("rrf", w, k, dl, dd, prefix, m, beta))
        for rule, w, dl, dd in itertools.product(
            ("minmax", "z"), (0.3, 0.4, 0.5, 0.6, 0.7), (20, 50, 100), (20, 50, 100)
        ):
            settings.append(Setting(rule, w, 0, dl, dd, prefix, m, beta))
    return settings


def cross_validate(
    per_query: Mapping[Setting, Mapping[str, float]],
    qids: Sequence[str],
    folds: int,
    shuffles: int,
    among: Callable[[Setting], bool] = lambda s: True,
) -> tuple[float, dict[Setting, int]]:
    """Mean held-out nDCG@10 over `shuffles` random fold splits, and how often each setting
    was chosen."""
    candidates = [s for s in per_query if among(s)]
    chosen: dict[Setting, int] = {}
    total = 0.0
    for shuffle in range(shuffles):
        order = list(qids)
        random.Random(shuffle).shuffle(order)
        parts = [order[i::folds] for i in range(folds)]
        held_out_sum = 0.0
        for i, test in enumerate(parts):
            train = [q for j, p in enumerate(parts) if j != i for q in p]
            best = max(candidates, key=lambda s: (sum(per_query[s][q] for q in train), -grid_rank(s)))
            chosen[best] = chosen.get(best, 0) + 1
            held_out_sum += sum(per_query[best][q] for q in test)
        total += held_out_sum / len(qids)
    return total / shuffles, chosen


_GRID_ORDER: dict[Setting, int] = {}


def grid_rank(setting: Setting) -> int:
    return _GRID_ORDER.get(setting, 0)


@dataclass
class Dense:
    ids: list[str]
    docs: Any  # (n, 384)
    questions: dict[str, dict[str, Any]]  # prefix → qid → vector

    def ranking(self, vector: Any) -> Scored:
        import numpy as np

        sim = self.docs @ vector
        top = np.argpartition(-sim, DEPTH - 1)[:DEPTH]
        top = top[np.argsort(-sim[top])]
        return [(self.ids[i], float(sim[i])) for i in top]

    def moved_toward(self, vector: Any, found: Sequence[str], weight: float) -> Any:
        """The question's vector moved toward the mean of the documents found first (Rocchio)."""
        import numpy as np

        rows = [self.row[d] for d in found]
        moved = vector + weight * self.docs[rows].mean(axis=0)
        return moved / np.linalg.norm(moved)

    def __post_init__(self) -> None:
        self.row = {d: i for i, d in enumerate(self.ids)}


def dense_side(collection: Collection) -> Dense:
    ids = [d["id"] for d in collection.docs]
    docs = embed_cached(
        [(d.get("title", "") + "\n" + d.get("text", "")).strip() for d in collection.docs], "passage"
    )
    texts = [t for _, t in collection.queries]
    questions = {
        prefix: dict(zip([q for q, _ in collection.queries], embed_cached(texts, prefix), strict=True))
        for prefix in ("query", "passage")
    }
    return Dense(ids, docs, questions)


def lexical_run(collection: Collection) -> dict[str, Scored]:
    from collateral_app.search import parse_query

    with tempfile.TemporaryDirectory() as tmp:
        index, _ = collateral_index(collection, Path(tmp))
        return {
            qid: list(index.search(parse_query(text), limit=DEPTH, suggest=False).hits)
            for qid, text in collection.queries
        }


def evaluate(collection: Collection, folds: int, shuffles: int) -> dict[str, Any]:
    started = time.perf_counter()
    lexical = lexical_run(collection)
    side = dense_side(collection)
    dense = {p: {q: side.ranking(v) for q, v in vs.items()} for p, vs in side.questions.items()}
    qids = [q for q, _ in collection.queries]
    settings = grid()
    _GRID_ORDER.update({s: i for i, s in enumerate(settings)})
    per_query: dict[Setting, dict[str, float]] = {}
    for s in settings:
        per_query[s] = {}
        for q in qids:
            fused = fuse(s, lexical[q], dense[s.query_prefix][q])
            if s.feedback:
                moved = side.moved_toward(
                    side.questions[s.query_prefix][q], fused[: s.feedback], s.feedback_weight
                )
                fused = fuse(s, lexical[q], side.ranking(moved))
            per_query[s][q] = ndcg(fused, collection.qrels.get(q, {}))

    def mean(s: Setting) -> float:
        return sum(per_query[s].values()) / len(qids)

    out: dict[str, Any] = {
        "lexical": sum(ndcg([d for d, _ in lexical[q]], collection.qrels.get(q, {})) for q in qids)
        / len(qids),
        "dense": {
            p: sum(ndcg([d for d, _ in dense[p][q]], collection.qrels.get(q, {})) for q in qids) / len(qids)
            for p in dense
        },
        "rules": {},
    }
    for name, among in (
        ("RRF", lambda s: s.rule == "rrf" and not s.feedback),
        ("min-max convex", lambda s: s.rule == "minmax" and not s.feedback),
        ("z-score convex", lambda s: s.rule == "z" and not s.feedback),
        ("RRF + dense feedback", lambda s: s.rule == "rrf"),
        ("z-score convex + dense feedback", lambda s: s.rule == "z"),
        ("any rule, with or without feedback", lambda s: True),
    ):
        best = max((s for s in settings if among(s)), key=mean)
        cv, chosen = cross_validate(per_query, qids, folds, shuffles, among)
        out["rules"][name] = {
            "in_sample": mean(best),
            "best": best.label(),
            "cv": cv,
            "chosen": sorted(((n, s.label()) for s, n in chosen.items()), reverse=True)[:3],
        }
    reference = Setting("rrf", 0.5, 60, DEPTH, DEPTH, "query")
    out["plain RRF k=60, depth 100, query:"] = mean(reference) if reference in per_query else None
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cranfield", help="folder of the Cranfield dev half")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--shuffles", type=int, default=4)
    args = parser.parse_args(argv)
    folder = cranfield_dir(args.cranfield)
    if folder is None:
        raise SystemExit("Cranfield dev half not found (--cranfield DIR or $CRANFIELD_DIR)")
    result = evaluate(load_cranfield(folder), args.folds, args.shuffles)
    print(f"lexical (Collateral) nDCG@10 {result['lexical']:.3f}")
    for p, v in result["dense"].items():
        print(f"dense, question as {p}: nDCG@10 {v:.3f}")
    print(f"plain RRF (k=60, equal weights, depth 100): {result['plain RRF k=60, depth 100, query:']:.3f}")
    cv = f"{args.folds}-fold CV nDCG@10"
    print(f"\n| fusion rule | in-sample nDCG@10 | its setting | {cv} | settings chosen by the folds |")
    print("|---|---|---|---|---|")
    for name, r in result["rules"].items():
        chosen = "; ".join(f"{label} ({n}×)" for n, label in r["chosen"])
        print(f"| {name} | {r['in_sample']:.3f} | {r['best']} | {r['cv']:.3f} | {chosen} |")
    print(f"\n{result['seconds']} s")


if __name__ == "__main__":
    main()
