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


def test_a_scan_read_by_ocr_reaches_a_rep_with_its_pages_marked_as_ocr(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path
) -> None:
    from sqlalchemy import delete

    from collateral_app.storage.models import AssetPage

    marketer = laptop_factory("mia")
    rep = laptop_factory("ray")
    marketer.team.join(team_server.add_user("mia", Role.MARKETER), password="pw", tls=TlsMode.DISABLE)
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw", tls=TlsMode.DISABLE)
    (outcome,) = Importer(marketer.library).run([samples.make_text(tmp_path / "scan.txt", "placeholder")])
    asset_id = outcome.asset_id or ""
    # The pages a scan gives: one read by OCR, one from a text layer (OCR itself is tested with
    # Tesseract elsewhere; here only what travels).
    with marketer.library.sessions.begin() as s:
        s.execute(delete(AssetPage).where(AssetPage.asset_id == asset_id))
        s.add(
            AssetPage(
                asset_id=asset_id, number=1, kind="page", label="", text="Discharge checklist", ocr=True
            )
        )
        s.add(
            AssetPage(asset_id=asset_id, number=2, kind="page", label="", text="Quarterly savings", ocr=False)
        )
    marketer.library.edit_asset(asset_id, {"title": "Northwind scan"})  # a new revision to push
    marketer.sync()

    rep.sync()

    assert [(p.number, p.ocr) for p in rep.library.pages(asset_id)] == [(1, True), (2, False)]
    assert rep.library.search("discharge checklist").hits[0].asset_id == asset_id
