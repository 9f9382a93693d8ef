"""The translations stay whole: the sources (.ts) hold every string of the code, every one of
them is translated into German and Japanese (placeholders, accelerators and plural forms
kept), and the built files (.qm) the app loads are built from the sources as they are.

After changing a string in the code: `make ts`, translate what came in unfinished (Qt
Linguist: `.venv/bin/pyside6-linguist resources/translations/collateral_de.ts`), `make`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts import translations

PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^}]*)?\}|%n|%[0-9]")
# An accelerator: "&File", not "&&" (a literal ampersand) nor an HTML entity ("&amp;").
ACCELERATOR = re.compile(r"&(?!&|[a-z]+;|#[0-9]+;)\w")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_translation_source_holds_every_string_of_the_code(language: str, tmp_path: Path) -> None:
    committed = translations.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(fresh, language)
    before = {m.key for m in translations.messages(committed)}
    after = {m.key for m in translations.messages(fresh)}
    assert sorted(after - before) == [], "strings not in the translations yet: run `make ts`, translate them"
    assert sorted(before - after) == [], "strings no longer in the code: run `make ts`"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_built_translations_are_those_of_the_sources(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    translations.release(translations.ts_path(language), built)
    assert translations.qm_path(language).read_bytes() == built.read_bytes(), "run `make` to rebuild the .qm"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders_and_accelerator(language: str) -> None:
    found = translations.messages(translations.ts_path(language))
    assert found, "no strings at all"
    untranslated = [m.source for m in found if not m.finished]
    assert untranslated == [], f"{len(untranslated)} strings without a {language} translation"
    broken = []
    for m in found:
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append((m.source, form, "placeholders"))
            if bool(ACCELERATOR.search(m.source)) != bool(ACCELERATOR.search(form)):
                broken.append((m.source, form, "accelerator"))
    assert broken == []
