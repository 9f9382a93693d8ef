"""The user's language in the core, which never imports Qt: which language (the CLI's
`--lang`, else LC_ALL / LC_MESSAGES / LANG / LANGUAGE, else English; the app passes the one
it chose), the words of the exports in it, and dates, numbers and money in its conventions.

The words come from the same Qt Linguist sources the app's translations are built from
(`resources/translations/collateral_<lang>.ts`), so one file per language holds every
translation and one check (tests/unit/test_translations.py) covers them all. `translate`
has Qt's signature and name, which is how `pyside6-lupdate` finds the core's strings:

    translate("report", "Usage per asset")
    translate("report", "%n deals", "", n)
    QT_TRANSLATE_NOOP("report", "Usage")          # marked here, translated where shown

Formats (Babel): English keeps ISO dates (one reading in every English-speaking country)
and `12,500.00 EUR`; German and Japanese follow their locale (`07.12.2026`, `12.500,00 €`,
`2026/12/07`, `€12,500.00`)."""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from collateral_app.domain.sales import Money

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The languages the app speaks, each named in itself (as a language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "ja": "日本語"}
# Where the variables of the environment may name a language, strongest first (POSIX order).
LANGUAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

_current = SOURCE_LANGUAGE


def supported(name: str | None) -> str | None:
    """The language code we speak for a locale name ("de_DE.UTF-8" → "de", "ja" → "ja",
    "en_GB" → "en"), or None when we do not speak it ("C", "fr_FR", "")."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def language_of_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, or English: the first of LC_ALL, LC_MESSAGES,
    LANG that is set decides (as POSIX has it); LANGUAGE, a colon-separated list of
    preferences, is read after them."""
    env = os.environ if environ is None else environ
    for variable in LANGUAGE_VARIABLES[:3]:
        value = env.get(variable, "")
        if value:
            return supported(value) or _from_preferences(env) or SOURCE_LANGUAGE
    return _from_preferences(env) or SOURCE_LANGUAGE


def _from_preferences(env: Mapping[str, str]) -> str | None:
    for part in env.get("LANGUAGE", "").split(":"):
        if code := supported(part):
            return code
    return None


def use_language(code: str) -> str:
    """Speak this language from now on (exports, formats); an unknown code means English.
    Returns the code used."""
    global _current
    _current = supported(code) or SOURCE_LANGUAGE
    return _current


def current_language() -> str:
    return _current


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """Speak another language for a while (what a script reads stays English)."""
    before = _current
    try:
        yield use_language(code)
    finally:
        use_language(before)


# -- words -------------------------------------------------------------------------------------
Catalogue = dict[tuple[str, str, str], tuple[str, ...]]


def translation_source(language: str) -> str:
    """The file name of a language's Linguist source inside the package's resources."""
    return f"collateral_{language}.ts"


def _translations_folder() -> Traversable:
    return resources.files("collateral_app.resources") / "translations"


@cache
def catalogue(language: str) -> Catalogue:
    """(context, source, disambiguation) → the translation's forms (one, or one per plural
    form), finished translations only."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = _translations_folder() / translation_source(language)
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError):
        log.warning("no readable translations for %s; English is used", language, exc_info=True)
        return {}
    found: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = tuple(forms) if forms else (translation.text or "",)
    return found


def plural_form(language: str, n: int) -> int:
    """Which plural form `n` takes: German has singular and plural, Japanese one form."""
    if language == "ja":
        return 0
    return 0 if n == 1 else 1


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (itself when no translation is known), with `%n`
    replaced by `n` as Qt does."""
    language = _current
    forms = catalogue(language).get((context, text, disambiguation or ""))
    if forms:
        result = forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0]
        result = result or text
    else:
        result = text
    if n < 0:
        return result
    if language == SOURCE_LANGUAGE:  # the source's own plural: "%n deal(s)" → "1 deal", "2 deals"
        result = result.replace("(s)", "" if n == 1 else "s")
    return result.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` where it is defined; `translate` it where it
    is shown."""
    return text


# The stored values reports and screens show as they are (an asset's status, a deal's outcome,
# a coverage status, a role…), in the user's words: `value_word(asset.status)`.
VALUE_WORDS = (
    QT_TRANSLATE_NOOP("words", "draft"),
    QT_TRANSLATE_NOOP("words", "published"),
    QT_TRANSLATE_NOOP("words", "archived"),
    QT_TRANSLATE_NOOP("words", "open"),
    QT_TRANSLATE_NOOP("words", "won"),
    QT_TRANSLATE_NOOP("words", "lost"),
    QT_TRANSLATE_NOOP("words", "gap"),
    QT_TRANSLATE_NOOP("words", "thin"),
    QT_TRANSLATE_NOOP("words", "covered"),
    QT_TRANSLATE_NOOP("words", "excess"),
    QT_TRANSLATE_NOOP("words", "quiet"),
    QT_TRANSLATE_NOOP("words", "rep"),
    QT_TRANSLATE_NOOP("words", "marketer"),
    QT_TRANSLATE_NOOP("words", "admin"),
    QT_TRANSLATE_NOOP("words", "accepted"),
    QT_TRANSLATE_NOOP("words", "in progress"),
    QT_TRANSLATE_NOOP("words", "delivered"),
    QT_TRANSLATE_NOOP("words", "declined"),
    QT_TRANSLATE_NOOP("words", "viewed"),
    QT_TRANSLATE_NOOP("words", "shared"),
    QT_TRANSLATE_NOOP("words", "presented"),
    QT_TRANSLATE_NOOP("words", "unused"),
    QT_TRANSLATE_NOOP("words", "underused"),
    QT_TRANSLATE_NOOP("words", "stale"),
    QT_TRANSLATE_NOOP("words", "archive candidate"),
    QT_TRANSLATE_NOOP("words", "helped win"),
    QT_TRANSLATE_NOOP("words", "did not help"),
    QT_TRANSLATE_NOOP("words", "found useful"),
)


def value_word(value: str) -> str:
    """A stored value ("in_progress") in the user's words ("in progress", "in Arbeit")."""
    return translate("words", str(value).replace("_", " "))


# -- formats -----------------------------------------------------------------------------------
def number(value: float | int | Decimal, digits: int | None = None) -> str:
    """1,234.5 · 1.234,5 · 1,234.5; `digits` fixes the decimals."""
    if _current == SOURCE_LANGUAGE:
        return f"{value:,}" if digits is None else f"{value:,.{digits}f}"
    from babel.numbers import format_decimal

    if digits is None:
        return str(format_decimal(value, locale=_babel_locale()))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=_babel_locale()))


def percent(share: float) -> str:
    """42% · 42 % · 42%."""
    if _current == SOURCE_LANGUAGE:
        return f"{share:.0%}"
    from babel.numbers import format_percent

    return str(format_percent(share, locale=_babel_locale()))


def money(amount: Money) -> str:
    """12,500.00 EUR · 12.500,00 € · €12,500.00."""
    if _current == SOURCE_LANGUAGE:
        return str(amount)
    from babel.numbers import format_currency

    return str(format_currency(amount.value, amount.currency, locale=_babel_locale()))


def compact_money(amount: Money) -> str:
    """Rounded for charts and cards: 1.2M USD · 1,2 Mio. $ · $120万."""
    value, currency = amount.value, amount.currency
    if _current == SOURCE_LANGUAGE:
        plain = float(value)
        for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if abs(plain) >= limit:
                return f"{plain / limit:.1f}{suffix} {currency}".replace(".0" + suffix, suffix)
        return f"{plain:,.0f} {currency}"
    from babel.numbers import format_compact_currency

    return str(format_compact_currency(value, currency, locale=_babel_locale(), fraction_digits=1))


def day(value: date) -> str:
    """2026-12-07 · 07.12.2026 · 2026/12/07."""
    if _current == SOURCE_LANGUAGE:
        return value.isoformat()
    from babel.dates import format_date

    return str(format_date(value, "medium", locale=_babel_locale()))


def day_and_month(value: date) -> str:
    """A chart's week: 7 Dec · 7. Dez. · 12月7日."""
    if _current == SOURCE_LANGUAGE:
        return f"{value.day} {value:%b}"
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMd", value, locale=_babel_locale()))


def month_and_year(value: date) -> str:
    """A chart's month: Dec 2026 · Dez. 2026 · 2026年12月."""
    if _current == SOURCE_LANGUAGE:
        return f"{value:%b %Y}"
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMM", value, locale=_babel_locale()))


def moment(value: datetime) -> str:
    """An instant in UTC, to the minute: 2026-12-07 15:03 UTC · 07.12.2026, 15:03 UTC."""
    instant = value.astimezone(UTC) if value.tzinfo else value
    if _current == SOURCE_LANGUAGE:
        return instant.strftime("%Y-%m-%d %H:%M UTC")
    from babel.dates import format_date, format_time

    locale = _babel_locale()
    return (
        f"{format_date(instant, 'medium', locale=locale)} {format_time(instant, 'HH:mm', locale=locale)} UTC"
    )


def _babel_locale() -> str:
    return {"en": "en_US", "de": "de_DE", "ja": "ja_JP"}[_current]
