"""The analysis every index term, query word and highlight goes through."""

from __future__ import annotations

from collateral_app.domain.enums import PageKind
from collateral_app.domain.records import PageText
from collateral_app.search.analysis import (
    analyze,
    fold,
    highlight_marks,
    pieces,
    query_words,
    vocabulary_words,
)
from collateral_app.search.snippets import page_snippet


def test_case_folding_makes_sharp_s_and_ss_one_word() -> None:
    assert analyze("Straße", "de") == analyze("strasse", "de") == analyze("STRASSE", "de")


def test_compatibility_forms_are_normalised() -> None:
    assert analyze("ﬁle", "en") == analyze("file", "en")  # the fi ligature
    assert analyze("ＡＢＣ", "en") == analyze("abc", "en")  # full-width letters


def test_accents_fold_in_latin_greek_and_cyrillic() -> None:
    assert analyze("résumé", "fr") == analyze("resume", "fr")
    assert analyze("καλημέρα", "el") == analyze("καλημερα", "el")
    assert analyze("Łódź", "pl") == analyze("lodz", "pl")
    assert fold("ёлка") == "елка"


def test_combining_marks_stay_inside_their_word() -> None:
    # Devanagari vowel signs and virama are combining marks: one word, not fragments.
    assert [p.surface for p in pieces("हिन्दी फाइलें")] == ["हिन्दी", "फाइलें"]


def test_cjk_runs_become_overlapping_pairs_at_consecutive_positions() -> None:
    pairs = [(p.term, p.position) for p in pieces("再入院率") if not p.companion]
    assert pairs == [("再入", 0), ("入院", 1), ("院率", 2)]
    assert analyze("PDF形式", "ja") == ["pdf", "形式"]


def test_a_cjk_query_word_is_the_phrase_of_its_pairs() -> None:
    (word,) = query_words("再入院", ["ja"])
    assert word.phrase == ("再入", "入院")
    (short,) = query_words("病院", ["ja"])
    assert short.alternatives == ("病院",) and not short.phrase


def test_a_word_has_its_stem_in_each_library_language() -> None:
    (word,) = query_words("Wiederaufnahmen", ["de", "en"])
    assert analyze("Wiederaufnahme", "de")[0] in word.alternatives


def test_did_you_mean_offers_whole_words_only() -> None:
    words = vocabulary_words("हिन्दी फाइलें 病院 v2.1 abc123 readmissions")
    assert words == {"हिन्दी", "फाइलें", "readmissions"}


def test_highlights_mark_every_form_of_a_word_and_cjk_words_as_typed() -> None:
    assert "holiday" in highlight_marks(["holidays"], ["en"])
    assert highlight_marks(["病院"], ["ja"]) == ["病院"]


def test_a_snippet_marks_cjk_and_hindi_words_whole() -> None:
    page = PageText(1, PageKind.PAGE, "他のマシンにファイルをコピー。", "")
    terms = {t for w in query_words("ファイル", ["ja"]) for t in w.terms}
    assert "<b>ファイル</b>" in page_snippet(page, terms, lang="ja", phrases=["ファイル"]).html
    hindi = PageText(1, PageKind.PAGE, "अन्य मशीन पर फाइलें बनाएँ", "")
    terms = {t for w in query_words("फाइलें", ["hi"]) for t in w.terms}
    assert "<b>फाइलें</b>" in page_snippet(hindi, terms, lang="hi").html
