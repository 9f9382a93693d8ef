"""The window's language: the system's (when we speak it) or the one chosen in View ›
Language, with Qt's own translations (standard buttons, file dialogs) beside ours, and dates,
numbers and money in that language's conventions (QLocale). The core speaks the same
language for what it writes (reports, CSV), so an export reads like the window.

    code = install_language(app, options.LANGUAGE.read(settings))   # before any window
    day_text(asset.published_on)                                     # 07.12.2026 in German"""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from collateral_app import i18n
from collateral_app.domain.sales import Money

from .dates import qdate

LANGUAGES = i18n.LANGUAGES
# The translators installed now, kept referenced (Qt does not own them) and replaceable.
_installed: list[QTranslator] = []
_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "KRW": "₩"}


def system_language() -> str:
    """The first language of the system's preferences that we speak, else English."""
    for name in QLocale.system().uiLanguages():
        if code := i18n.supported(name):
            return code
    return i18n.supported(QLocale.system().name()) or i18n.SOURCE_LANGUAGE


def chosen_language(saved: str) -> str:
    """The saved choice when it is one we speak ("" means: follow the system)."""
    return i18n.supported(saved) or system_language()


def translations_folder() -> Path:
    return Path(str(resources.files("collateral_app.resources").joinpath("translations")))


def install_language(app: QCoreApplication, saved: str = "") -> str:
    """Install the translators of the chosen language (ours and Qt's `qtbase`), make its
    locale the default one, and let the core speak it. Returns the language's code."""
    global _locale
    code = chosen_language(saved)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != i18n.SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{code}", qt_folder),
            (f"collateral_{code}", str(translations_folder())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    _locale = _qlocale(code)
    QLocale.setDefault(_locale)
    i18n.use_language(code)
    return code


def current_language() -> str:
    return i18n.current_language()


def _qlocale(code: str) -> QLocale:
    """The system's own locale when it is of this language (de_AT keeps its conventions),
    else the language's main country."""
    system = QLocale.system()
    if i18n.supported(system.name()) == code:
        return system
    return QLocale(
        {"de": "de_DE", "ja": "ja_JP"}.get(code, "en_US"),
    )


# -- formats -------------------------------------------------------------------------------------
def day_text(value: date | None) -> str:
    """A day: 2026-12-07 in English (one reading everywhere), 07.12.2026, 2026/12/07."""
    if value is None:
        return ""
    if current_language() == i18n.SOURCE_LANGUAGE:
        return value.isoformat()
    pattern = _locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return _locale.toString(qdate(value), pattern)


def moment_text(value: datetime) -> str:
    """An instant in local time, to the minute: 2026-12-07 15:03 · 07.12.2026 15:03."""
    local = value.astimezone()
    return f"{day_text(local.date())} {local.strftime('%H:%M')}"


def number_text(value: float, digits: int = 0) -> str:
    """1,234 · 1.234 · 1,234 (with `digits` decimals)."""
    return _locale.toString(float(value), "f", digits)


def money_text(amount: Money | None) -> str:
    """12,500.00 EUR in English; 12.500,00 € and €12,500.00 in German and Japanese."""
    if amount is None:
        return ""
    if current_language() == i18n.SOURCE_LANGUAGE:
        return str(amount)
    symbol = CURRENCY_SYMBOLS.get(amount.currency, amount.currency)
    decimals = max(0, -int(amount.value.as_tuple().exponent))
    return _locale.toCurrencyString(float(amount.value), symbol, decimals)
