"""The catalog between laptops: concurrent edits, merges, conflicts, deletes, an empty-looking
server, and the search index following what was pulled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from collateral_app.domain.enums import Dimension
from collateral_app.domain.sales import DealDraft, RequestStatus, Role, Segment, UsageKind
from collateral_app.domain.team import ConflictChoice
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from tests import samples
from tests.sync.conftest import Laptop, TeamServer


def _marketers(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> tuple[Laptop, Laptop, str]:
    """mia and max, both marketers, both holding one asset mia published."""
    mia, max_ = laptop_factory("mia"), laptop_factory("max")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    max_.team.join(team_server.add_user("max", Role.MARKETER), password="pw")
    (outcome,) = Importer(mia.library).run(
        [samples.make_text(tmp_path / "brief.txt", "Onboarding brief for clinics.")]
    )
    assert outcome.asset_id is not None
    mia.sync()
    max_.sync()
    return mia, max_, outcome.asset_id


def test_the_same_field_changed_on_two_laptops_has_one_winner_and_a_visible_conflict(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, max_, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    mia.library.edit_asset(asset_id, {"title": "Clinic onboarding brief"})
    max_.library.edit_asset(asset_id, {"title": "Onboarding for clinics"})
    mia.sync()

    report = max_.sync()

    assert report.new_conflicts == 1
    (conflict,) = max_.team.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Onboarding for clinics",
        "Clinic onboarding brief",
    )
    assert conflict.theirs_by == f"{team_server.prefix}_mia"
    assert (
        max_.library.get_asset(asset_id).title == "Clinic onboarding brief"
    )  # the winner, until max decides
    assert _server_doc(team_server, asset_id)["title"] == "Clinic onboarding brief"
    assert max_.team.status().conflicts == 1


def test_keeping_mine_in_a_conflict_sends_it_and_it_reaches_the_other_laptop(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, max_, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    mia.library.edit_asset(asset_id, {"title": "Mia's title"})
    max_.library.edit_asset(asset_id, {"title": "Max's title"})
    mia.sync()
    max_.sync()
    (conflict,) = max_.team.conflicts()

    max_.team.resolve(conflict.id, ConflictChoice.KEEP_MINE)
    max_.sync()
    mia.sync()

    assert mia.library.get_asset(asset_id).title == "Max's title"
    assert _server_doc(team_server, asset_id)["title"] == "Max's title"
    assert max_.team.conflicts() == [] and mia.team.conflicts() == []


def test_different_fields_changed_on_two_laptops_are_both_kept(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, max_, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    mia.library.edit_asset(asset_id, {"industry": "healthcare", "tags": "+q4"})
    max_.library.edit_asset(asset_id, {"title": "Clinic onboarding", "stage": "onboarding"})
    mia.sync()
    report = max_.sync()
    mia.sync()

    assert report.new_conflicts == 0 and report.merged == 1
    for laptop in (mia, max_):
        asset = laptop.library.get_asset(asset_id)
        assert asset.title == "Clinic onboarding"
        assert asset.taxonomy[Dimension.INDUSTRY] == ("healthcare",)
        assert asset.taxonomy[Dimension.STAGE] == ("onboarding",)
        assert asset.tags == ("q4",)
        assert laptop.team.conflicts() == []


def test_an_edit_that_meets_a_delete_is_a_conflict_and_keeping_mine_restores_it(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, max_, _asset = _marketers(team_server, laptop_factory, tmp_path)
    mia.library.add_taxonomy_value(Dimension.INDUSTRY, "Fintech")
    mia.sync()
    max_.sync()
    mia.library.remove_taxonomy_value(Dimension.INDUSTRY, "fintech")
    max_.library.rename_taxonomy_value(Dimension.INDUSTRY, "fintech", "Financial technology")
    mia.sync()

    max_.sync()

    (conflict,) = max_.team.conflicts()
    assert conflict.field == "deleted" and conflict.theirs == "deleted" and conflict.mine == "changed here"
    assert "fintech" not in _slugs(max_, Dimension.INDUSTRY)  # the delete is in effect until max decides
    max_.team.resolve(conflict.id, ConflictChoice.KEEP_MINE)
    max_.sync()
    mia.sync()
    labels = {e.slug: e.label for e in mia.library.taxonomy()[Dimension.INDUSTRY]}
    assert labels.get("fintech") == "Financial technology"


def test_deletes_reach_a_laptop_that_was_offline_meanwhile(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    url = team_server.add_user("ray", Role.REP)
    mia = laptop_factory("mia")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    (outcome,) = Importer(mia.library).run([samples.make_text(tmp_path / "deck.txt", "Retail pricing deck")])
    mia.sync()
    office, travel = laptop_factory("ray-office"), laptop_factory("ray-travel")
    for laptop in (office, travel):
        laptop.team.join(url, password="pw")
        laptop.sync()
    prospect = office.sales.create_prospect("Acme Retail")
    deal = office.sales.create_deal(DealDraft(name="Acme renewal", prospect_id=prospect.id))
    kit = office.sales.create_kit("Acme kit", deal.id, [outcome.asset_id])
    office.sync()
    travel.sync()
    assert [k.id for k in travel.sales.list_kits()] == [kit.id]
    # travel goes offline; meanwhile the kit is deleted and marketing retires a value
    office.sales.delete_kit(kit.id)
    office.sync()
    mia.library.remove_taxonomy_value(Dimension.INDUSTRY, "retail")
    mia.sync()

    travel.sync()

    assert travel.sales.list_kits() == []
    assert "retail" not in _slugs(travel, Dimension.INDUSTRY)
    assert travel.team.conflicts() == []


def test_an_empty_looking_server_never_wipes_a_laptop_and_gets_everything_back(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia = laptop_factory("mia")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    paths = [samples.make_text(tmp_path / f"n{i}.txt", f"Field note {i} about renewals") for i in range(3)]
    ids = sorted(o.asset_id for o in Importer(mia.library).run(paths) if o.asset_id)
    mia.sync()
    rep.sync()
    with team_server.connect() as conn:  # someone empties the server
        conn.execute(
            "TRUNCATE collateral.catalog, collateral.facts, collateral.asset_texts, collateral.files CASCADE"
        )

    rep.sync()
    assert sorted(a.id for a in rep.library.list_assets()) == ids
    report = mia.sync()
    rep.sync()

    assert report.server_restored is True
    assert team_server.scalar("SELECT count(*) FROM collateral.catalog WHERE kind = 'asset'") == 3
    assert sorted(a.id for a in rep.library.list_assets()) == ids
    assert rep.team.download(ids[0]) is not None


def test_pulled_changes_are_searchable_at_once_and_old_words_are_gone(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, _max, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    rep.sync()
    mia.library.edit_asset(asset_id, {"title": "Zephyr rollout kit"})
    mia.sync()

    rep.sync()

    assert [h.asset_id for h in rep.library.search("zephyr").hits] == [asset_id]
    assert rep.library.pending_index_count() == 0
    assert check_library(rep.library, verify_files=False).consistent


def test_a_reps_own_edit_of_an_asset_stays_on_the_laptop_and_merges_with_marketing(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, _max, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    rep.sync()
    rep.library.edit_asset(asset_id, {"tags": "+my-favourite"})
    mia.library.edit_asset(asset_id, {"title": "Clinic onboarding"})
    mia.sync()

    rep.sync()

    asset = rep.library.get_asset(asset_id)
    assert (asset.title, asset.tags) == ("Clinic onboarding", ("my-favourite",))
    assert rep.team.status().waiting.local_only == 1
    assert _server_doc(team_server, asset_id)["tags"] == []


def test_a_request_answered_by_marketing_reaches_the_rep_who_asked(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, _max, _asset = _marketers(team_server, laptop_factory, tmp_path)
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    request = rep.sales.add_request("HIPAA security whitepaper", Segment(industry="healthcare"))
    rep.sync()
    mia.sync()
    mia.sales.update_request(request.id, RequestStatus.ACCEPTED)
    mia.sync()

    rep.sync()

    assert rep.sales.get_request(request.id).status is RequestStatus.ACCEPTED
    events = team_server.scalar("SELECT count(*) FROM collateral.facts WHERE kind = 'request_events'")
    assert events == 2  # opened by the rep, accepted by marketing


def _server_doc(server: TeamServer, key: str) -> dict[str, object]:
    doc = server.scalar("SELECT doc FROM collateral.catalog WHERE key = %s", (key,))
    assert isinstance(doc, dict)
    return doc


def _slugs(laptop: Laptop, dimension: Dimension) -> set[str]:
    return {e.slug for e in laptop.library.taxonomy()[dimension]}


def test_the_same_crm_export_imported_by_two_reps_stays_one_deal_each_and_their_usage_meets(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    _mia, _max, asset_id = _marketers(team_server, laptop_factory, tmp_path)
    export = Path(__file__).resolve().parent.parent / "data" / "crm" / "hubspot-deals.csv"
    ray, rita = laptop_factory("ray"), laptop_factory("rita")
    for laptop, name in ((ray, "ray"), (rita, "rita")):
        laptop.team.join(team_server.add_user(name, Role.REP), password="pw")
        laptop.sales.import_deals(export)
        laptop.sync()
    ray.sync()
    deals_each = len(ray.sales.list_deals())
    ritas_deal = next(d for d in rita.sales.list_deals() if d.crm_id == "9001")
    rita.sales.record_usage(asset_id, UsageKind.PRESENTED, deal_id=ritas_deal.id)

    rita.sync()
    ray.sync()

    assert len(ray.sales.list_deals()) == deals_each == len(rita.sales.list_deals())
    rays_deal = next(d for d in ray.sales.list_deals() if d.crm_id == "9001")
    assert rays_deal.id != ritas_deal.id
    assert [u.kind for u in ray.sales.usage_for_deal(rays_deal.id)] == [UsageKind.PRESENTED]
    assert len(ray.sales.list_prospects()) == len(rita.sales.list_prospects()), (
        [(p.name, p.id[:6]) for p in ray.sales.list_prospects()],
        [(p.name, p.id[:6]) for p in rita.sales.list_prospects()],
    )
    assert ray.team.status().waiting.parked == 0
