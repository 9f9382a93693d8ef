"""The faster query paths of win influence give the figures of the definitions: without the
index it names (a library migrated before the index existed), and with two words of a rep
recorded at the same instant (the later id is the latest word, as `latest_feedback` ranks)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from collateral_app.domain.insight import Attribution, InfluenceReport, InsightFilters
from collateral_app.domain.sales import Outcome, UsageKind, Verdict
from collateral_app.services.common.evidence import latest_feedback
from collateral_app.services.insight.influence import REACHED_INDEX
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.storage.sales_models import FeedbackRow
from tests.insight_world import World, ago

WON, LOST = Outcome.WON, Outcome.LOST


@pytest.fixture
def world(library: AssetLibrary) -> World:
    return World.make(library)


def _influence(world: World, attribution: Attribution) -> InfluenceReport:
    params = world.insight.parameters(days=90, attribution=attribution, filters=InsightFilters())
    return world.insight.influence(params)


def test_influence_is_the_same_without_the_reached_index(world: World) -> None:
    first, second, third = (world.asset(t) for t in ("First", "Second", "Third"))
    for n in range(6):
        deal = world.deal(
            f"Deal {n}",
            world.prospect(f"Prospect {n}"),
            outcome=WON if n % 2 else LOST,
            closed_days_ago=5 + n,
            amount=f"{100 * (n + 1)}",
        )
        world.use(first, UsageKind.SHARED, ago(40 + n), deal=deal)
        world.use(second, UsageKind.PRESENTED, ago(30), deal=deal)
        world.use(third, UsageKind.VIEWED, ago(20), deal=deal)  # a view is no touch
        if n == 3:
            world.use(third, UsageKind.SHARED, ago(20), deal=deal)
    with_index = {model: _influence(world, model) for model in Attribution}
    with world.library.engine.begin() as conn:
        conn.execute(text(f"DROP INDEX {REACHED_INDEX}"))
    for model in Attribution:
        assert _influence(world, model) == with_index[model], model
    assert {a.title for a in with_index[Attribution.EVEN].assets} == {"First", "Second", "Third"}


@pytest.mark.parametrize("helped_id_is_later", [True, False])
def test_a_reps_words_at_the_same_instant_rank_by_id(world: World, helped_id_is_later: bool) -> None:
    deck = world.asset("Deck")
    won = world.deal("Echo", world.prospect("Echo"), outcome=WON, closed_days_ago=5, amount="100")
    world.use(deck, UsageKind.SHARED, ago(20), deal=won)  # assisted: listed whatever was said
    world.at(ago(4))
    said = world.loop.record_feedback(deck, won, Verdict.DID_NOT_HELP, rating=3)  # replaced below
    world.at(ago(0))
    ids = ("00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-000000000001")
    helped_id, useful_id = ids if helped_id_is_later else ids[::-1]
    with world.library.sessions.begin() as s:
        for row_id, verdict, rating in (
            (helped_id, Verdict.HELPED_WIN, 5),
            (useful_id, Verdict.FOUND_USEFUL, 2),
        ):
            s.add(
                FeedbackRow(
                    id=row_id,
                    asset_id=deck,
                    deal_id=won,
                    verdict=verdict.value,
                    rating=rating,
                    comment="",
                    user_id=said.user_id,
                    device_id=said.device_id,
                    created_at=ago(3),  # the same instant, later than the first word
                )
            )
    with world.library.sessions() as s:
        ranked = latest_feedback(FeedbackRow.deal_id == won)
        [latest] = s.execute(select(ranked.c.verdict).where(ranked.c.rn == 1)).scalars().all()
    assert latest == (Verdict.HELPED_WIN if helped_id_is_later else Verdict.FOUND_USEFUL).value

    [row] = _influence(world, Attribution.EVEN).assets
    assert (row.declared_won, row.won_deals) == ((1, 1) if helped_id_is_later else (0, 1))
    assert (row.average_rating, row.ratings) == ((5.0 if helped_id_is_later else 2.0), 1)
