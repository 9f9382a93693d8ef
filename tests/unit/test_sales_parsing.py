"""Reading other tools' CSV files: encodings, delimiters, amounts and dates as spreadsheets in
any locale write them."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collateral_app.domain.sales import DateOrder, Money
from collateral_app.services.common.tabular import (
    decode_text,
    infer_date_order,
    parse_date,
    parse_decimal,
    parse_money,
    parse_table,
    parse_timestamp,
    sniff_delimiter,
    to_money,
)


# -- amounts ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value", "currency"),
    [
        ("1.234,50 €", "1234.50", "EUR"),
        ("$1,234.50", "1234.50", "USD"),
        ("1234", "1234", None),
        ("EUR 1.234.567,89", "1234567.89", "EUR"),
        ("CHF 1'234.50", "1234.50", "CHF"),
        ("12 345,67", "12345.67", None),
        ("12\u00a0345,67 €", "12345.67", "EUR"),
        ("£950", "950", "GBP"),
        ("48,000.00", "48000.00", None),
        ("12.500 €", "12500", "EUR"),
        ("1,5", "1.5", None),
        ("0.125", "0.125", None),
        ("12500.0", "12500.0", None),
        ("1.2E+05", "120000", None),
        ("$ 100 CAD", "100", "CAD"),
        ("(1,200.00)", "-1200.00", None),
    ],
)
def test_amounts_are_read_as_spreadsheets_in_any_locale_write_them(
    written: str, value: str, currency: str | None
) -> None:
    assert parse_decimal(written) == (Decimal(value), currency)


@pytest.mark.parametrize("written", ["TBD", "ca. 20k", "1.23.4", "12,34,567", "€ 100 USD", "", "--"])
def test_amounts_that_are_not_numbers_are_refused_with_the_text_quoted(written: str) -> None:
    with pytest.raises(ValueError, match=r"amount|empty"):
        parse_decimal(written)


def test_money_is_exact_minor_units_and_refuses_finer_amounts_than_the_currency_has() -> None:
    assert to_money(Decimal("1234.50"), "EUR") == Money(123450, "EUR")
    assert to_money(Decimal("1500"), "JPY") == Money(1500, "JPY")
    with pytest.raises(ValueError, match="more decimals than EUR"):
        to_money(Decimal("10.005"), "EUR")
    with pytest.raises(ValueError, match="more decimals than JPY"):
        to_money(Decimal("10.5"), "JPY")


def test_a_currency_column_that_contradicts_the_amounts_symbol_refuses_the_row() -> None:
    assert parse_money("1.234,50 €", currency="EUR", default_currency="USD") == Money(123450, "EUR")
    assert parse_money("1234.50", currency=None, default_currency="GBP") == Money(123450, "GBP")
    with pytest.raises(ValueError, match="in EUR but the currency column says USD"):
        parse_money("1.234,50 €", currency="USD", default_currency="USD")
    with pytest.raises(ValueError, match="negative"):
        parse_money("-5", currency=None, default_currency="USD")


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, int]:
    cents = draw(st.integers(min_value=0, max_value=10**12))
    whole, fraction = divmod(cents, 100)
    style = draw(st.sampled_from(["us", "eu", "swiss", "plain", "space"]))
    groups = f"{whole:,}"
    if style == "us":
        text = f"${groups}.{fraction:02d}"
    elif style == "eu":
        text = f"{groups.replace(',', '.')},{fraction:02d} €"
    elif style == "swiss":
        text = f"CHF {groups.replace(',', chr(39))}.{fraction:02d}"
    elif style == "space":
        text = f"{groups.replace(',', chr(0xA0))},{fraction:02d}"
    else:
        text = f"{whole}.{fraction:02d}"
    return text, cents


@given(written_amounts())
def test_any_amount_written_in_a_common_locale_reads_back_to_the_same_cents(case: tuple[str, int]) -> None:
    text, cents = case
    assert parse_money(text, currency=None, default_currency="EUR").minor == cents


@given(st.text(max_size=20))
def test_the_amount_parser_either_reads_a_number_or_says_why_never_anything_else(text: str) -> None:
    try:
        value, currency = parse_decimal(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert isinstance(value, Decimal)
        assert currency is None or len(currency) == 3


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "order", "expected"),
    [
        ("2025-03-15", DateOrder.AUTO, date(2025, 3, 15)),
        ("2025-03-15 14:03", DateOrder.AUTO, date(2025, 3, 15)),
        ("2025-03-15T14:03:00Z", DateOrder.AUTO, date(2025, 3, 15)),
        ("15.03.2025", DateOrder.AUTO, date(2025, 3, 15)),
        ("3/15/2025", DateOrder.AUTO, date(2025, 3, 15)),
        ("15/3/2025", DateOrder.AUTO, date(2025, 3, 15)),
        ("03/04/2025", DateOrder.MONTH_FIRST, date(2025, 3, 4)),
        ("03/04/2025", DateOrder.DAY_FIRST, date(2025, 4, 3)),
        ("3/15/25 10:00 AM", DateOrder.AUTO, date(2025, 3, 15)),
        ("15 Mar 2025", DateOrder.AUTO, date(2025, 3, 15)),
        ("15-Mar-2025", DateOrder.AUTO, date(2025, 3, 15)),
        ("March 15, 2025", DateOrder.AUTO, date(2025, 3, 15)),
    ],
)
def test_dates_in_iso_us_and_eu_forms_are_read(written: str, order: DateOrder, expected: date) -> None:
    assert parse_date(written, order) == expected


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("2025-02-30", "February 2025 has 28 days"),
        ("31.04.2025", "April 2025 has 30 days"),
        ("13/13/2025", "there is no month 13"),
        ("03/04/2025", "day-first or month-first"),
        ("1900-01-01", "implausible year"),
        ("next friday", "not a date"),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused_with_the_reason(written: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        parse_date(written)


def test_date_order_is_inferred_from_a_value_with_a_number_over_twelve() -> None:
    assert infer_date_order(["03/04/2025", "25/04/2025"]) is DateOrder.DAY_FIRST
    assert infer_date_order(["03/04/2025", "04/25/2025"]) is DateOrder.MONTH_FIRST
    assert infer_date_order(["03/04/2025", "04/05/2025"]) is DateOrder.AUTO


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2100, 12, 31)))
def test_any_date_written_iso_us_or_eu_reads_back_to_the_same_day(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert parse_date(f"{day.month}/{day.day}/{day.year}", DateOrder.MONTH_FIRST) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}", DateOrder.DAY_FIRST) == day
    assert parse_date(day.strftime("%d %b %Y")) == day


def test_timestamps_are_iso_8601_and_a_time_without_a_zone_is_utc() -> None:
    assert parse_timestamp("2025-03-15T14:30:00Z") == datetime(2025, 3, 15, 14, 30, tzinfo=UTC)
    assert parse_timestamp("2025-03-15T15:30:00+01:00") == datetime(2025, 3, 15, 14, 30, tzinfo=UTC)
    assert parse_timestamp("2025-03-15 14:30") == datetime(2025, 3, 15, 14, 30, tzinfo=UTC)
    assert parse_timestamp("2025-03-15") == datetime(2025, 3, 15, tzinfo=UTC)
    with pytest.raises(ValueError, match="not ISO 8601"):
        parse_timestamp("15/03/2025 14:30")


# -- encodings and delimiters ------------------------------------------------------------
def test_encodings_are_told_apart_by_bom_then_by_what_decodes() -> None:
    text = "Müller – 1.234,50 €"
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_text(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == (text, "utf-16")
    assert decode_text(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


def test_the_delimiter_is_the_one_that_keeps_every_record_the_same_width() -> None:
    assert sniff_delimiter('a;b;c\n"1,5";2;3\n4;"5,5";6\n') == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("a\tb\tc\n1,5\t2\t3\n") == "\t"
    assert sniff_delimiter("Name;Amount\nAcme;1.234,50 €\n") == ";"


def test_a_table_keeps_the_line_each_record_starts_on_across_quoted_line_breaks() -> None:
    table = parse_table(b'id,note\n1,"two\nlines"\n\n2,plain\n')
    assert table.header == ("id", "note")
    assert [line for line, _ in table.rows] == [2, 5]
    assert table.rows[0][1] == ("1", "two\nlines")
