from __future__ import annotations

from datetime import date

import pytest

from collateral_app.domain.enums import AssetStatus, Dimension
from collateral_app.domain.errors import AssetNotFound, InvalidEdit
from collateral_app.services.library.asset_library import AssetFilter, AssetLibrary


def test_a_new_library_has_the_default_taxonomy(library: AssetLibrary) -> None:
    taxonomy = library.taxonomy()
    assert [e.slug for e in taxonomy[Dimension.STAGE]] == [
        "awareness",
        "consideration",
        "decision",
        "onboarding",
        "expansion",
    ]
    assert {e.slug for e in taxonomy[Dimension.SIZE]} == {"smb", "mid-market", "enterprise"}


def test_link_is_searchable_by_title_and_description(library: AssetLibrary) -> None:
    asset = library.add_link(
        "https://example.com/webinar", "Webinar: HIPAA in practice", description="Recorded security webinar"
    )
    assert asset.is_link and asset.type == "link"
    result = library.search("hipaa webinar")
    assert [h.asset_id for h in result.hits] == [asset.id]


def test_edit_sets_taxonomy_by_label_or_slug_and_bumps_revision(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "ROI story")
    edited = library.edit_asset(
        asset.id,
        {
            "industry": "Healthcare, financial services",
            "size": "mid-market",
            "tags": "ROI, Hospitals",
            "type": "Case study",
        },
    )
    assert edited.taxonomy[Dimension.INDUSTRY] == ("financial-services", "healthcare")
    assert edited.taxonomy[Dimension.SIZE] == ("mid-market",)
    assert edited.tags == ("hospitals", "roi")
    assert edited.type == "case-study"
    assert edited.revision == asset.revision + 1


def test_plus_and_minus_add_and_remove_list_values(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Deck", changes={"industry": "retail"})
    library.edit_asset(asset.id, {"industry": "+healthcare"})
    edited = library.edit_asset(asset.id, {"industry": "-retail", "tags": "+q3"})
    assert edited.taxonomy[Dimension.INDUSTRY] == ("healthcare",)
    assert edited.tags == ("q3",)


def test_unknown_taxonomy_value_is_refused_with_the_known_ones(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Deck")
    with pytest.raises(InvalidEdit, match="healthcare"):
        library.edit_asset(asset.id, {"industry": "aerospace"})
    library.add_taxonomy_value(Dimension.INDUSTRY, "Aerospace")
    assert library.edit_asset(asset.id, {"industry": "aerospace"}).taxonomy[Dimension.INDUSTRY] == (
        "aerospace",
    )


def test_unknown_field_and_bad_date_are_refused(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Deck")
    with pytest.raises(InvalidEdit, match="Unknown field"):
        library.edit_asset(asset.id, {"colour": "blue"})
    with pytest.raises(InvalidEdit, match="date"):
        library.edit_asset(asset.id, {"review_by": "next tuesday"})
    edited = library.edit_asset(asset.id, {"review_by": "2027-01-31", "expires_on": ""})
    assert edited.review_by == date(2027, 1, 31)
    assert edited.expires_on is None


def test_supersedes_links_a_version_family(library: AssetLibrary) -> None:
    old = library.add_link("https://example.com/v1", "Pitch deck 2025")
    new = library.add_link("https://example.com/v2", "Pitch deck 2026", changes={"supersedes": old.id})
    assert library.get_asset(new.id).supersedes_id == old.id
    assert library.get_asset(old.id).superseded_by_id == new.id
    with pytest.raises(InvalidEdit):
        library.edit_asset(new.id, {"supersedes": new.id})


def test_archived_assets_leave_search_unless_asked_for(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Battlecard against Contoso")
    library.archive([asset.id])
    assert library.get_asset(asset.id).status is AssetStatus.ARCHIVED
    assert library.search("contoso").total == 0
    assert library.search("contoso status:archived").total == 1
    library.restore_archived([asset.id])
    assert library.search("contoso").total == 1


def test_renaming_a_taxonomy_value_reindexes_its_assets(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Overview", changes={"industry": "retail"})
    library.rename_taxonomy_value(Dimension.INDUSTRY, "retail", "Retail and ecommerce")
    library.index_pending()
    assert [h.asset_id for h in library.search("ecommerce").hits] == [asset.id]


def test_list_filters_by_taxonomy_and_status(library: AssetLibrary) -> None:
    a = library.add_link("https://example.com/a", "A", changes={"industry": "retail", "stage": "decision"})
    library.add_link("https://example.com/b", "B", changes={"industry": "healthcare"})
    found = library.list_assets(AssetFilter(terms=((Dimension.INDUSTRY, "retail"),)))
    assert [x.id for x in found] == [a.id]
    assert library.list_assets(AssetFilter(status=AssetStatus.ARCHIVED)) == []


def test_unknown_asset_id_is_a_clear_error(library: AssetLibrary) -> None:
    with pytest.raises(AssetNotFound, match="No asset"):
        library.get_asset("does-not-exist")


def test_short_unique_id_prefix_finds_the_asset(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "A")
    assert library.get_asset(asset.id[:8]).id == asset.id
