from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from collateral_app.search import parse_query


def test_plain_words_are_kept_in_order() -> None:
    parsed = parse_query("healthcare roi deck")
    assert parsed.words == ["healthcare", "roi", "deck"]
    assert parsed.notes == []


def test_quoted_text_becomes_a_phrase() -> None:
    parsed = parse_query('"reduce readmissions" hospital')
    assert parsed.phrases == ["reduce readmissions"]
    assert parsed.words == ["hospital"]


def test_minus_excludes_words_and_phrases() -> None:
    parsed = parse_query('security -pricing -"contoso suite"')
    assert parsed.words == ["security"]
    assert parsed.excluded_words == ["pricing"]
    assert parsed.excluded_phrases == ["contoso suite"]


def test_known_filters_are_slugified_and_grouped() -> None:
    parsed = parse_query('type:"Case Study" industry:healthcare industry:retail size:Mid-Market roi')
    assert parsed.filters == {
        "type": ["case-study"],
        "industry": ["healthcare", "retail"],
        "size": ["mid-market"],
    }
    assert parsed.words == ["roi"]


def test_negated_filter_is_an_exclusion_on_the_field() -> None:
    parsed = parse_query("deck -industry:retail")
    assert parsed.excluded_words == ["industry:retail"]


def test_unknown_filter_is_searched_as_words_with_a_note() -> None:
    parsed = parse_query("colour:blue brochure")
    assert parsed.words == ["colour", "blue", "brochure"]
    assert parsed.filters == {}
    assert "not a filter" in parsed.notes[0]


def test_unclosed_quote_is_ignored_with_a_note() -> None:
    parsed = parse_query('"reduce readmissions')
    assert parsed.words == ["reduce", "readmissions"]
    assert parsed.phrases == []
    assert "unclosed quote" in parsed.notes[0]


def test_boolean_operators_are_dropped_with_a_note() -> None:
    parsed = parse_query("healthcare AND roi")
    assert parsed.words == ["healthcare", "roi"]
    assert any("AND" in n for n in parsed.notes)


def test_empty_filter_value_is_ignored_with_a_note() -> None:
    parsed = parse_query("type: deck")
    assert parsed.filters == {}
    assert parsed.words == ["deck"]
    assert "no value" in parsed.notes[0]


def test_prefix_mode_takes_the_unfinished_last_word() -> None:
    parsed = parse_query("healthcare ro", prefix=True)
    assert parsed.words == ["healthcare"]
    assert parsed.prefix == "ro"


def test_prefix_mode_leaves_a_finished_word_alone() -> None:
    parsed = parse_query("healthcare roi ", prefix=True)
    assert parsed.words == ["healthcare", "roi"]
    assert parsed.prefix is None


def test_prefix_mode_ignores_a_trailing_filter() -> None:
    parsed = parse_query("roi type:deck", prefix=True)
    assert parsed.prefix is None
    assert parsed.words == ["roi"]


def test_wildcards_and_brackets_are_plain_text() -> None:
    parsed = parse_query("(roi*) [deck]~ ^boost")
    assert parsed.words == ["roi", "deck", "boost"]


@given(st.text(max_size=200))
def test_any_text_parses_without_error(text: str) -> None:
    parsed = parse_query(text, prefix=True)
    assert isinstance(parsed.notes, list)


def test_a_single_letter_alone_is_not_yet_a_query() -> None:
    assert parse_query("h", prefix=True).is_empty
    assert parse_query("roi h", prefix=True).prefix == "h"
