"""Grouping scored pages into assets: the best assets by their best page, however many
pages each asset has."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

from collateral_app.search.engine import _best_per_asset


def _grouped_by_walking_every_unit(
    heads: list[int], units: list[int], totals: list[float], wanted: int
) -> list[Any]:
    best: dict[int, tuple[float, int]] = {}
    for unit, score in zip(units, totals, strict=True):
        ordinal = next(i for i, head in enumerate(heads) if head >= unit)
        if ordinal not in best or score > best[ordinal][0]:
            best[ordinal] = (score, unit)
    order = sorted(best, key=lambda o: (-best[o][0], best[o][1]))[:wanted]
    return [(o, best[o][0], best[o][1]) for o in order]


def test_an_asset_with_many_good_pages_counts_once_and_leaves_room_for_others() -> None:
    # Asset 0 has pages 0-39 (head 40), all scoring above asset 1's one page (41, head 42).
    heads = [40, 42, 44]
    units = [*range(40), 41, 43]
    totals = [10.0 + u for u in range(40)] + [5.0, 1.0]
    view: Any = SimpleNamespace(heads=heads)
    assert _best_per_asset(view, units, totals, 2) == [(0, 49.0, 39), (1, 5.0, 41)]
    assert _best_per_asset(view, units, totals, 5) == [(0, 49.0, 39), (1, 5.0, 41), (2, 1.0, 43)]


def test_ties_go_to_the_earlier_page_and_the_asset_whose_best_page_comes_first() -> None:
    heads = [3, 7]
    units = [0, 1, 2, 4, 5]
    totals = [2.0, 3.0, 3.0, 3.0, 1.0]
    view: Any = SimpleNamespace(heads=heads)
    assert _best_per_asset(view, units, totals, 2) == [(0, 3.0, 1), (1, 3.0, 4)]


def test_grouping_matches_walking_every_page_on_random_libraries() -> None:
    rng = random.Random(7)
    for _ in range(200):
        heads, position = [], 0
        for _asset in range(rng.randint(1, 30)):
            position += rng.randint(0, 12)
            heads.append(position)
            position += 1
        units = sorted(rng.sample(range(position), rng.randint(1, position)))
        units = [u for u in units if u not in heads] or [heads[0]]
        totals = [float(rng.randint(0, 6)) for _ in units]  # few values: many ties
        wanted = rng.randint(1, 12)
        view: Any = SimpleNamespace(heads=heads)
        assert _best_per_asset(view, units, totals, wanted) == _grouped_by_walking_every_unit(
            heads, units, totals, wanted
        )
