"""A laptop clock a year fast or slow changes no outcome: who wins a conflict, what merges,
which facts arrive. Order comes from the server (its clock row and transaction ids), never
from the time a laptop wrote on a row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from collateral_app.domain.enums import Dimension
from collateral_app.domain.sales import Role, UsageKind
from collateral_app.services.library.importer import Importer
from tests import samples
from tests.sync.conftest import Laptop, TeamServer

YEAR = timedelta(days=365)


def _shifted(offset: timedelta) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + offset


def _scenario(
    server: TeamServer,
    make_laptop: Callable[..., Laptop],
    folder: Path,
    tag: str,
    mia_offset: timedelta,
    max_offset: timedelta,
) -> dict[str, object]:
    mia = make_laptop(f"mia-{tag}", clock=_shifted(mia_offset))
    max_ = make_laptop(f"max-{tag}", clock=_shifted(max_offset))
    ray = make_laptop(f"ray-{tag}", clock=_shifted(max_offset))
    mia.team.join(server.add_user(f"mia_{tag}", Role.MARKETER), password="pw")
    max_.team.join(server.add_user(f"max_{tag}", Role.MARKETER), password="pw")
    ray.team.join(server.add_user(f"ray_{tag}", Role.REP), password="pw")
    (outcome,) = Importer(mia.library).run([samples.make_text(folder / f"{tag}.txt", "Renewal playbook")])
    asset_id = outcome.asset_id or ""
    for laptop in (mia, max_, ray):
        laptop.sync()
    max_.library.edit_asset(asset_id, {"title": "Max's title", "industry": "retail"})
    mia.library.edit_asset(asset_id, {"title": "Mia's title", "stage": "decision"})  # later, by any clock
    for n in range(5):
        ray.sales.record_usage(
            asset_id, UsageKind.SHARED, occurred_at=_shifted(max_offset)() - timedelta(hours=n)
        )
    for laptop in (max_, ray, mia, max_):  # max sends first
        laptop.sync()
    asset = mia.library.get_asset(asset_id)
    return {
        "title on the server": server.scalar(
            "SELECT doc->>'title' FROM collateral.catalog WHERE key = %s", (asset_id,)
        ),
        "title at mia": asset.title,
        "merged at mia": (asset.taxonomy[Dimension.INDUSTRY], asset.taxonomy[Dimension.STAGE]),
        "conflicts at mia": [(c.field, c.mine, c.theirs) for c in mia.team.conflicts()],
        "conflicts at max": [(c.field, c.mine, c.theirs) for c in max_.team.conflicts()],
        "events at mia": len(mia.sales.usage_for_asset(asset_id)),
        "waiting at ray": ray.team.status().waiting.total,
    }


def test_a_laptop_clock_a_year_off_either_way_changes_no_outcome(
    server_factory: Callable[[], TeamServer], laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    right = _scenario(server_factory(), laptop_factory, tmp_path, "a", timedelta(0), timedelta(0))
    fast_slow = _scenario(server_factory(), laptop_factory, tmp_path, "b", YEAR, -YEAR)
    slow_fast = _scenario(server_factory(), laptop_factory, tmp_path, "c", -YEAR, YEAR)

    assert right["title on the server"] == "Max's title"  # the first to reach the server wins
    assert right["conflicts at mia"] == [("title", "Mia's title", "Max's title")]
    assert right["merged at mia"] == (("retail",), ("decision",))
    assert right["events at mia"] == 5
    assert fast_slow == right
    assert slow_fast == right
