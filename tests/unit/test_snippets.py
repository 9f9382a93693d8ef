from __future__ import annotations

from collateral_app.domain.enums import PageKind
from collateral_app.domain.records import PageText
from collateral_app.search import best_snippet
from collateral_app.search.analysis import analyze


def _pages(*texts: str, kind: PageKind = PageKind.SLIDE) -> list[PageText]:
    return [PageText(n, kind, t) for n, t in enumerate(texts, 1)]


def test_snippet_comes_from_the_page_matching_most_terms() -> None:
    pages = _pages(
        "Our platform overview and company history.",
        "Hospitals reduced readmissions with analytics.",
        "Mercy Regional reduced readmissions by 18% and saw ROI in six months.",
    )
    snippet = best_snippet(pages, set(analyze("readmissions roi")))
    assert snippet.page == 3
    assert snippet.page_kind is PageKind.SLIDE
    assert "<b>readmissions</b>" in snippet.html
    assert "<b>ROI</b>" in snippet.html


def test_stemmed_terms_highlight_other_forms_of_the_word() -> None:
    snippet = best_snippet(_pages("We are onboarding new customers in a week."), set(analyze("onboard")))
    assert "<b>onboarding</b>" in snippet.html


def test_snippet_text_is_html_escaped() -> None:
    snippet = best_snippet(_pages("Fees <script> & ROI for CFOs"), set(analyze("roi")))
    assert "&lt;script&gt;" in snippet.html
    assert "&amp;" in snippet.html
    assert "<script>" not in snippet.html


def test_long_page_is_clipped_around_the_match() -> None:
    text = "filler words here " * 200 + "the readmissions figure " + "more filler " * 200
    snippet = best_snippet(_pages(text), set(analyze("readmissions")))
    assert "<b>readmissions</b>" in snippet.html
    assert len(snippet.html) < 400
    assert snippet.html.startswith("…") and snippet.html.endswith("…")


def test_prefix_highlights_words_starting_with_it() -> None:
    snippet = best_snippet(_pages("Healthcare leaders trust us."), set(), ("healthc",))
    assert "<b>Healthcare</b>" in snippet.html


def test_no_match_falls_back_to_the_description() -> None:
    snippet = best_snippet(_pages("Nothing relevant."), set(analyze("zebra")), fallback="A short summary.")
    assert snippet.page is None
    assert snippet.html == "A short summary."
