"""Search features one by one, on a real library with real files and a real index."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from tests import samples

DOCS = {
    "readmissions": (
        "Mercy Regional case study",
        "Mercy Regional, a mid-size hospital, reduced readmissions by 18 percent with care coordination.",
        {"type": "case-study", "industry": "healthcare", "size": "mid-market", "stage": "decision"},
    ),
    "hipaa": (
        "HIPAA security whitepaper",
        "How the platform keeps patient data safe: encryption, audit logs and HIPAA controls.",
        {"type": "whitepaper", "industry": "healthcare", "persona": "ciso"},
    ),
    "fraud": (
        "Fraud detection datasheet",
        "Banks stop card fraud in real time. Readmissions are not a banking term.",  # a body mention
        {"type": "datasheet", "industry": "financial-services"},
    ),
    "onboarding": (
        "Customer onboarding checklist",
        "Onboard new customers: invite admins, connect integrations, schedule training.",
        {"type": "one-pager", "stage": "onboarding"},
    ),
    "pricing": (
        "Contoso battlecard",
        "Contoso Suite pricing looks lower, but total cost of ownership is higher. "
        "Security audits cost extra.",
        {"type": "battlecard", "stage": "decision"},
    ),
    "body-roi": (
        "Manufacturing overview",
        "Plants cut unplanned downtime. Return on investment: payback within a year for factories.",
        {"type": "deck", "industry": "manufacturing"},
    ),
}


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AssetLibrary, dict[str, str]]]:
    root = tmp_path_factory.mktemp("search")
    folder = root / "in"
    folder.mkdir()
    library = AssetLibrary.open(root / "lib")
    ids: dict[str, str] = {}
    for key, (title, body, taxonomy) in DOCS.items():
        path = samples.make_text(folder / f"{key}.txt", body)
        outcome = Importer(library).run([path])[0]
        assert outcome.asset_id
        ids[key] = outcome.asset_id
        library.edit_asset(outcome.asset_id, {"title": title, **taxonomy})
    yield library, ids
    library.close()


def _ids(library: AssetLibrary, query: str, **kwargs: object) -> list[str]:
    return [h.asset_id for h in library.search(query, **kwargs).hits]  # type: ignore[arg-type]


def test_stemming_matches_other_forms_of_a_word(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    assert _ids(library, "onboarding")[0] == ids["onboarding"]
    assert _ids(library, "onboards")[0] == ids["onboarding"]
    assert ids["readmissions"] in _ids(library, "readmission")


def test_a_title_match_outranks_a_body_mention(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    found = _ids(library, "fraud")
    assert found[0] == ids["fraud"]
    found = _ids(library, "hipaa")
    assert found[0] == ids["hipaa"]


def test_phrase_requires_the_words_together(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    assert _ids(library, '"reduced readmissions"') == [ids["readmissions"]]
    assert _ids(library, '"readmissions reduced"') == []


def test_exclusion_removes_matching_assets(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    assert set(_ids(library, "readmissions")) == {ids["readmissions"], ids["fraud"]}
    assert _ids(library, "readmissions -banks") == [ids["readmissions"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type:battlecard", ["pricing"]),
        ("industry:healthcare", ["readmissions", "hipaa"]),
        ("industry:healthcare security", ["hipaa"]),
        ("stage:decision size:mid-market", ["readmissions"]),
        ("persona:ciso", ["hipaa"]),
        ('type:"case study"', ["readmissions"]),
        ("stage:decision -type:battlecard", ["readmissions"]),
    ],
)
def test_field_filters_narrow_results(
    searchable: tuple[AssetLibrary, dict[str, str]], query: str, expected: list[str]
) -> None:
    library, ids = searchable
    assert set(_ids(library, query)) == {ids[k] for k in expected}


def test_prefix_completes_the_last_word_while_typing(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    assert _ids(library, "hip", prefix=True)[0] == ids["hipaa"]
    assert _ids(library, "contoso pric", prefix=True)[0] == ids["pricing"]
    hit = library.search("downt", prefix=True).hits[0]
    assert hit.asset_id == ids["body-roi"]
    assert "<b>downtime</b>" in hit.snippet


def test_typo_gets_a_did_you_mean(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, _ = searchable
    assert library.search("hipaa securty").suggestion == "hipaa security"
    assert library.search("readmisions").suggestion == "readmissions"
    assert library.search("readmissions").suggestion is None


def test_facets_count_matching_assets_per_value(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, _ = searchable
    facets = library.search("readmissions", facets=True).facets
    assert facets["industry"] == {"financial-services": 1, "healthcare": 1}
    assert facets["type"] == {"case-study": 1, "datasheet": 1}


def test_natural_language_question_ranks_the_best_answer_first(
    searchable: tuple[AssetLibrary, dict[str, str]],
) -> None:
    library, ids = searchable
    question = "what do we have on reducing readmissions for mid-size hospitals"
    assert _ids(library, question)[0] == ids["readmissions"]
    assert _ids(library, "how do we beat contoso on price")[0] == ids["pricing"]
    assert _ids(library, "payback for factories with downtime problems")[0] == ids["body-roi"]


def test_taxonomy_labels_are_searchable_words(searchable: tuple[AssetLibrary, dict[str, str]]) -> None:
    library, ids = searchable
    assert set(_ids(library, "healthcare")) >= {ids["readmissions"], ids["hipaa"]}
    assert _ids(library, "battlecard")[0] == ids["pricing"]


def test_malformed_query_is_searched_as_words_with_a_note(
    searchable: tuple[AssetLibrary, dict[str, str]],
) -> None:
    library, ids = searchable
    result = library.search('contoso "pricing')
    assert result.hits[0].asset_id == ids["pricing"]
    assert result.notes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)),
        max_size=80,
    )
    | st.lists(
        st.sampled_from(
            ['"', "-", ":", "type:", "AND", "(", ")", "*", "?", "~", "^", "roi", "\\", "industry:", " "]
        ),
        max_size=12,
    ).map("".join)
)
def test_no_query_string_crashes_search(searchable: tuple[AssetLibrary, dict[str, str]], text: str) -> None:
    library, _ = searchable
    for prefix in (False, True):
        result = library.search(text, prefix=prefix, facets=True)
        assert result.total >= len(result.hits)


def test_a_search_page_holds_what_a_window_shows_for_the_search(
    searchable: tuple[AssetLibrary, dict[str, str]],
) -> None:
    library, ids = searchable
    page = library.search_page("readmissions", limit=5)

    hit_ids = [h.asset_id for h in page.result.hits]
    assert hit_ids[0] == ids["readmissions"]
    assert set(page.assets) == set(hit_ids)
    assert page.assets[ids["readmissions"]].title == "Mercy Regional case study"
    assert set(page.files) == set(hit_ids) and all(f.here for f in page.files.values())
    assert "readmiss" in page.highlight_terms
    assert set(page.thumbnails) <= set(hit_ids)


def test_a_search_page_no_longer_wanted_stops_before_reading_the_assets(
    searchable: tuple[AssetLibrary, dict[str, str]],
) -> None:
    library, _ = searchable
    assert library.search_page("readmissions", should_stop=lambda: True) is None
