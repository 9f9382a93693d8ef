"""The window's language: installed with Qt's own translations, chosen in View › Language
and remembered, dates and money in the language's conventions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from collateral_app import i18n
from collateral_app.domain.sales import Money
from collateral_app.services.library.asset_library import AssetLibrary
from ui.common import language
from ui.common import settings as options
from ui.shell import dialogs

from .helpers import WindowFactory


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Lets a test switch the language; English again afterwards."""
    yield
    language.install_language(qapp, "en")


def test_german_installs_qts_own_translations_and_the_locale(qapp: QApplication, speaking: None) -> None:
    assert language.install_language(qapp, "de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() is QLocale.Language.German
    assert i18n.current_language() == "de"  # exports speak it too
    language.install_language(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_without_a_choice_the_systems_language_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert language.chosen_language("") == "ja"
    assert language.chosen_language("de") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert language.chosen_language("") == "en"


def test_dates_numbers_and_money_follow_the_language(qapp: QApplication, speaking: None) -> None:
    day, amount = date(2026, 12, 7), Money(1_250_000, "EUR")
    language.install_language(qapp, "en")
    assert (language.day_text(day), language.money_text(amount)) == ("2026-12-07", "12,500.00 EUR")
    language.install_language(qapp, "de")
    assert language.day_text(day) == "07.12.2026"
    assert language.money_text(amount).replace("\xa0", " ") == "12.500,00 €"
    assert language.number_text(1234.5, 1) == "1.234,5"
    language.install_language(qapp, "ja")
    assert language.day_text(day) == "2026/12/07"
    assert language.money_text(amount) == "€12,500.00"


def test_view_language_remembers_the_choice_and_offers_a_restart(
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.RestartQuestion, "ask", classmethod(lambda cls, parent, name: asked.append(name))
    )
    window = open_window(library, settings)
    actions = window.shell.language_actions
    assert [a.text() for a in actions.values()][1:] == ["English", "Deutsch", "日本語"]
    assert actions[""].isChecked()  # nothing chosen yet: the system's language

    actions["ja"].trigger()
    assert options.LANGUAGE.read(settings) == "ja"
    assert asked == ["日本語"]  # later, not now: the window stays
    assert window.shell.isVisible()

    actions["en"].trigger()  # the language shown already: nothing to restart for
    assert options.LANGUAGE.read(settings) == "en"
    assert asked == ["日本語"]


@pytest.mark.parametrize(
    ("code", "file_menu", "insight", "check"),
    [
        ("de", "&Datei", "Insight", "Bibliothek prüfen"),
        ("ja", "ファイル(&F)", "インサイト", "ライブラリを検査"),
    ],
)
def test_the_window_starts_in_german_and_japanese(
    qapp: QApplication,
    speaking: None,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    code: str,
    file_menu: str,
    insight: str,
    check: str,
) -> None:
    language.install_language(qapp, code)
    window = open_window(library, settings)
    menus = [a.text() for a in window.shell.menuBar().actions()]
    assert file_menu in menus
    assert window.shell.check_action.text() == check
    sections = [window.shell.navigation.item(n).text() for n in range(window.shell.navigation.count())]
    assert insight in sections
    window.shell.show_section("insight")
    header = window.insight_view.findChildren(QLabel)
    assert header  # Insight was built in the language too
