"""Every language the library holds, on real text: excerpts of Debian's reference card in
13 languages (tests/data/languages). Each excerpt is one asset; its language is detected;
its words are found by searching them as a user types them (inside sentences, for the
languages written without spaces), and words made up from the same letters are not."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from collateral_app.search import IndexDocument, IndexPage, SearchIndex, parse_query
from collateral_app.search.analysis import is_cjk, normalize, word_pattern

DATA = Path(__file__).resolve().parent.parent / "data" / "languages" / "refcard-excerpts.json"
EXCERPTS: dict[str, str] = json.loads(DATA.read_text(encoding="utf-8"))
CJK = ("ja", "zh", "ko")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    found = SearchIndex(tmp_path_factory.mktemp("languages") / "index")
    found.upsert(
        IndexDocument(
            asset_id=lang,
            revision=1,
            title="Debian",
            description="",
            tags_text="",
            file_name="refcard",
            status="published",
            # Cut where the card's lines are: several pages, as a PDF gives them.
            pages=[IndexPage(n + 1, part) for n, part in enumerate(_pages(text))],
        )
        for lang, text in EXCERPTS.items()
    )
    yield found
    found.close()


def _pages(text: str) -> list[str]:
    lines = text.split("\n")
    third = max(1, len(lines) // 3)
    return ["\n".join(lines[i : i + third]) for i in range(0, len(lines), third)]


def _words(lang: str) -> list[str]:
    """Words of the excerpt as a user would type them: whole words of 4+ letters that no other
    card holds; for CJK,
    every 2- and 3-character piece of a run (a word inside a sentence)."""
    text = normalize(EXCERPTS[lang])
    if lang in CJK:
        found: set[str] = set()
        for run in re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3,}", text):
            found.update(run[i : i + size] for size in (2, 3) for i in range(len(run) - size + 1))
        return sorted(found)
    words = {w for w in word_pattern().findall(text) if len(w) >= 4 and not any(c.isdigit() for c in w)}
    # Words this card alone holds (the cards share English command names).
    others = " ".join(normalize(t) for other, t in EXCERPTS.items() if other != lang)
    return sorted(w for w in words if w not in others)


def _made_up(lang: str, rng: random.Random) -> list[str]:
    """Words of the same letters that the excerpt does not hold: real words shuffled."""
    text = normalize(EXCERPTS[lang])
    made: set[str] = set()
    for word in _words(lang):
        letters = list(word)
        for _ in range(5):
            rng.shuffle(letters)
            candidate = "".join(letters) + ("" if lang in CJK else letters[0])
            if candidate not in text and candidate != word:
                made.add(candidate)
                break
    return sorted(made)


def _finds(index: SearchIndex, word: str, lang: str) -> bool:
    found = index.search(parse_query(word), limit=3, suggest=False)
    return lang in [a for a, _ in found.hits]


@pytest.mark.parametrize("lang", sorted(EXCERPTS))
def test_every_language_is_detected(index: SearchIndex, lang: str) -> None:
    languages = index.languages()
    assert lang in languages, f"{lang} not among {sorted(languages)}"


@pytest.mark.parametrize("lang", sorted(EXCERPTS))
def test_words_of_real_text_find_their_document(index: SearchIndex, lang: str) -> None:
    words = _words(lang)
    assert len(words) >= 10
    missed = [w for w in words if not _finds(index, w, lang)]
    assert not missed, f"{len(missed)}/{len(words)} not found: {missed[:10]}"


@pytest.mark.parametrize("lang", sorted(EXCERPTS))
def test_made_up_words_are_not_found(index: SearchIndex, lang: str) -> None:
    made = _made_up(lang, random.Random(lang))
    assert len(made) >= 5
    wrongly = [w for w in made if _finds(index, w, lang)]
    assert len(wrongly) <= 0.05 * len(made), f"{len(wrongly)}/{len(made)} made-up words found: {wrongly[:10]}"


def test_a_cjk_word_inside_a_sentence_is_found_and_highlighted(index: SearchIndex) -> None:
    # "ファイル" (file) sits inside 他のマシンにファイルをコピー: one run of kana and kanji.
    found = index.search(parse_query("ファイル"), limit=3)
    assert found.hits[0][0] == "ja"
    assert is_cjk("ファイル")


def test_greek_typed_without_accents_finds_the_accented_word(index: SearchIndex) -> None:
    assert "Υπερκερασμός" in EXCERPTS["el"]
    assert _finds(index, "υπερκερασμος", "el")
    assert _finds(index, "ΥΠΕΡΚΕΡΑΣΜΟΣ", "el")


def test_other_forms_of_a_word_are_found_by_the_language_stemmer(index: SearchIndex) -> None:
    assert "Paketnamen" in EXCERPTS["de"]
    assert _finds(index, "Paketname", "de")  # German Snowball: Paketname = Paketnamen
    assert "пакетов" in EXCERPTS["ru"]
    assert _finds(index, "пакеты", "ru")  # Russian Snowball
    assert "paquets" in EXCERPTS["fr"]
    assert _finds(index, "paquet", "fr")


def test_a_hindi_word_keeps_its_vowel_signs(index: SearchIndex) -> None:
    assert "फाइलें" in EXCERPTS["hi"]
    assert _finds(index, "फाइलें", "hi")
    # The consonants alone are not a word of the card: no match from shredded fragments.
    assert not _finds(index, "फइल", "hi")
