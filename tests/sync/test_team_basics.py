"""Two laptops and one server: the everyday path, end to end."""

from __future__ import annotations

from collections.abc import Callable

from collateral_app.domain.enums import Dimension
from collateral_app.domain.sales import Role, UsageKind
from collateral_app.domain.team import TlsMode
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from tests import samples
from tests.sync.conftest import Laptop, TeamServer


def test_marketing_assets_reach_a_rep_searchable_before_the_file_is_fetched(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path
) -> None:
    marketer = laptop_factory("mia")
    rep = laptop_factory("ray")
    marketer.team.join(team_server.add_user("mia", Role.MARKETER), password="pw", tls=TlsMode.DISABLE)
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw", tls=TlsMode.DISABLE)
    pdf = samples.make_pdf(
        tmp_path / "roi.pdf", ["Readmission costs fell by a third.", "Payback in nine months."]
    )
    (outcome,) = Importer(marketer.library).run([pdf])
    marketer.sync()

    report = rep.sync()

    assert report.pulled_changes >= 1
    hits = rep.library.search("readmission").hits
    assert [h.asset_id for h in hits] == [outcome.asset_id]
    assert not rep.team.file_available(outcome.asset_id)
    path = rep.team.download(outcome.asset_id)
    assert path is not None and path.read_bytes() == pdf.read_bytes()
    assert check_library(rep.library).consistent


def test_a_reps_usage_reaches_the_marketer(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path
) -> None:
    marketer = laptop_factory("mia")
    rep = laptop_factory("ray")
    marketer.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    (outcome,) = Importer(marketer.library).run([samples.make_text(tmp_path / "a.txt", "Battlecard text")])
    marketer.sync()
    rep.sync()
    event = rep.sales.record_usage(outcome.asset_id, UsageKind.SHARED)

    rep.sync()
    marketer.sync()

    uses = marketer.sales.usage_for_asset(outcome.asset_id)
    assert [u.id for u in uses] == [event.id]


def test_what_waits_counts_edits_not_the_taxonomy_every_library_starts_with(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    rep.sync()  # no marketer has published the taxonomy yet

    assert rep.team.status().waiting.local_only == 0
    rep.library.rename_taxonomy_value(Dimension.INDUSTRY, "retail", "Retail & e-commerce")
    assert rep.team.status().waiting.local_only == 1
