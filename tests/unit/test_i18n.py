"""The core's language: chosen from the CLI or the environment, its words read from the
translation sources, its dates, numbers and money in the language's conventions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from collateral_app import i18n
from collateral_app.domain.sales import Money


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "de_AT.UTF-8", "LC_ALL": "ja_JP.UTF-8"}, "ja"),  # LC_ALL is stronger
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:ja:de"}, "ja"),  # the first preference we speak
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "de"),
    ],
)
def test_the_environment_names_the_language_or_it_is_english(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_of_environment(environ) == expected


def test_an_unknown_language_is_english() -> None:
    assert i18n.use_language("fr") == "en"
    assert i18n.use_language("de_DE") == "de"
    assert i18n.current_language() == "de"


def test_english_keeps_iso_dates_and_the_currency_code() -> None:
    i18n.use_language("en")
    assert i18n.day(date(2026, 12, 7)) == "2026-12-07"
    assert i18n.moment(datetime(2026, 12, 7, 15, 3, tzinfo=UTC)) == "2026-12-07 15:03 UTC"
    assert i18n.money(Money(1_250_000, "EUR")) == "12,500.00 EUR"
    assert i18n.compact_money(Money(123_456_789, "USD")) == "1.2M USD"
    assert i18n.percent(0.42) == "42%"
    assert i18n.number(1234.5, 1) == "1,234.5"


def test_german_formats_dates_numbers_and_money_as_germans_write_them() -> None:
    i18n.use_language("de")
    assert i18n.day(date(2026, 12, 7)) == "07.12.2026"
    assert i18n.moment(datetime(2026, 12, 7, 15, 3, tzinfo=UTC)) == "07.12.2026 15:03 UTC"
    assert i18n.money(Money(1_250_000, "EUR")).replace("\xa0", " ") == "12.500,00 €"
    assert i18n.compact_money(Money(123_456_789, "USD")).replace("\xa0", " ") == "1,2 Mio. $"
    assert i18n.percent(0.42).replace("\xa0", " ") == "42 %"
    assert i18n.number(1234.5, 1) == "1.234,5"


def test_japanese_formats_dates_numbers_and_money_as_japanese_write_them() -> None:
    i18n.use_language("ja")
    assert i18n.day(date(2026, 12, 7)) == "2026/12/07"
    assert i18n.money(Money(1_250_000, "JPY")) == "￥1,250,000"
    assert i18n.money(Money(1_250_000, "EUR")) == "€12,500.00"
    assert i18n.compact_money(Money(15_000_000, "JPY")) == "￥1500万"
    assert i18n.compact_money(Money(1_500_000_000, "JPY")) == "￥15億"
    assert i18n.number(1234.5, 1) == "1,234.5"


def _ts(folder: Path, language: str, body: str) -> None:
    (folder / f"collateral_{language}.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
        f"{body}</TS>",
        encoding="utf-8",
    )


def test_translate_reads_finished_translations_and_plural_forms_from_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ts(
        tmp_path,
        "de",
        "<context><name>report</name>"
        "<message><source>Usage</source><translation>Nutzung</translation></message>"
        '<message><source>Stale</source><translation type="unfinished">Veraltet</translation></message>'
        '<message numerus="yes"><source>%n deals</source><translation>'
        "<numerusform>%n Deal</numerusform><numerusform>%n Deals</numerusform></translation></message>"
        "</context>",
    )
    monkeypatch.setattr(i18n, "_translations_folder", lambda: tmp_path)
    i18n.catalogue.cache_clear()
    try:
        i18n.use_language("de")
        assert i18n.translate("report", "Usage") == "Nutzung"
        assert i18n.translate("report", "Stale") == "Stale"  # unfinished: not shown
        assert i18n.translate("other", "Usage") == "Usage"  # another context
        assert i18n.translate("report", "%n deals", None, 1) == "1 Deal"
        assert i18n.translate("report", "%n deals", None, 3) == "3 Deals"
        i18n.use_language("en")
        assert i18n.translate("report", "%n deals", None, 3) == "3 deals"
    finally:
        i18n.catalogue.cache_clear()


def test_a_missing_translation_file_leaves_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translations_folder", lambda: tmp_path)
    i18n.catalogue.cache_clear()
    try:
        i18n.use_language("ja")
        assert i18n.translate("report", "Usage") == "Usage"
    finally:
        i18n.catalogue.cache_clear()
