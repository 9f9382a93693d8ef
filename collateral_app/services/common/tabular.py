"""Reading the CSV files other tools export: whatever their encoding and delimiter, with
amounts and dates written the way a spreadsheet in any locale writes them.

Every parser raises `ValueError` with a sentence a user can act on; the importers turn it
into the reason a row is rejected."""

from __future__ import annotations

import calendar
import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from collateral_app.domain.errors import InvalidEdit, UserError
from collateral_app.domain.sales import DateOrder, Money, currency_exponent

MAX_FILE_BYTES = 512 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 50

csv.field_size_limit(16 * 1024 * 1024)


# -- files ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Table:
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line where the record starts, its fields)


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with. Byte-order marks first, then
    UTF-16 without one (every other byte zero), then UTF-8, then Windows-1252 (what Excel
    writes on Western Windows), and Latin-1 as the one decoding that never fails."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return data[2:].decode(encoding, errors="replace"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_zeros >= even_zeros else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    records: list[tuple[int, list[str]]] = []
    start = 1
    for fields in reader:
        if any(f.strip() for f in fields):
            records.append((start, fields))
        start = reader.line_num + 1
        if limit is not None and len(records) >= limit:
            break
    return records


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns while keeping the first
    records the same width (quotes respected, so "1.234,50" inside quotes does not count)."""
    best = ","
    best_key: tuple[float, int] = (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = _records(text, delimiter, SNIFF_RECORDS)
        except csv.Error:
            continue
        if not records:
            continue
        width = len(records[0][1])
        if width < 2:
            continue
        rest = records[1:] or records
        consistent = sum(1 for _, r in rest if len(r) == width) / len(rest)
        key = (consistent, width)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_table(path: Path, *, delimiter: str | None = None) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(f"{path.name} is {size // 1_000_000} MB; split it into files under 512 MB.")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} is a folder; give a CSV file.") from exc
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}.") from exc
    return parse_table(data, delimiter=delimiter)


def parse_table(data: bytes, *, delimiter: str | None = None) -> Table:
    text, encoding = decode_text(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise UserError("The file is empty.")
    chosen = delimiter or sniff_delimiter(text)
    try:
        records = _records(text, chosen)
    except csv.Error as exc:
        raise UserError(f"The file is not readable as CSV: {exc}.") from exc
    if not records:
        raise UserError("The file is empty.")
    header = tuple(normalize_space(h) for h in records[0][1])
    rows = tuple((line, tuple(fields)) for line, fields in records[1:])
    return Table(encoding=encoding, delimiter=chosen, header=header, rows=rows)


def normalize_space(value: str) -> str:
    return " ".join(value.replace("\ufeff", "").split())


def header_key(value: str) -> str:
    """How headers are compared: case-folded, spaces collapsed, quotes and BOMs gone."""
    return normalize_space(value).strip("\"'").casefold()


# -- amounts ---------------------------------------------------------------------------------
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "CA$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "zł": "PLN",
    "Fr.": "CHF",
}
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’`]+")
_NUMBER = re.compile(r"^[0-9.,]+$")
_SCIENTIFIC = re.compile(r"^[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+$")
MAX_MINOR = 10**15  # a thousand trillion cents: anything larger is a typo


def parse_decimal(text: str) -> tuple[Decimal, str | None]:
    """ "1.234,50 €" → (Decimal("1234.50"), "EUR"); "$1,234.50" → (1234.50, "USD");
    "1234" → (1234, None). The decimal separator is the last of "." and "," when both
    appear; a lone one followed by exactly three digits groups thousands."""
    original = text
    s = text.strip()
    if not s:
        raise ValueError("the amount is empty")
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    currency: str | None = None
    bare_dollar = False
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in s:
            currency, bare_dollar = code, symbol == "$"
            s = s.replace(symbol, " ")
            break
    codes = set(_CODE.findall(s))
    if len(codes) > 1:
        raise ValueError(f"amount “{original}” names two currencies")
    if codes:
        code = codes.pop()
        # "$ 100 CAD" is Canadian dollars; "€ 100 USD" is a contradiction.
        if currency is not None and currency != code and not bare_dollar:
            raise ValueError(f"amount “{original}” names two currencies")
        currency = code
        s = s.replace(code, " ")
    s = _SPACES.sub("", s)
    if s.startswith("-") or s.endswith("-"):
        negative, s = True, s.strip("-")
    if s.startswith("+"):
        s = s[1:]
    if _SCIENTIFIC.match(s):
        value = Decimal(s)
    else:
        if not s or not _NUMBER.match(s) or not any(ch.isdigit() for ch in s):
            raise ValueError(f"amount “{original}” is not a number")
        value = Decimal(_plain_number(s, original))
    return (-value if negative else value), currency


def _plain_number(s: str, original: str) -> str:
    dot, comma = s.rfind("."), s.rfind(",")
    if dot >= 0 and comma >= 0:
        decimal_sep = "." if dot > comma else ","
        thousands = "," if decimal_sep == "." else "."
        whole, _, fraction = s.rpartition(decimal_sep)
        if decimal_sep in whole:
            raise ValueError(f"amount “{original}” has more than one decimal separator")
        return _ungroup(whole, thousands, original) + "." + fraction
    separator = "." if dot >= 0 else "," if comma >= 0 else ""
    if not separator:
        return s
    if s.count(separator) > 1:
        return _ungroup(s, separator, original)
    whole, _, fraction = s.partition(separator)
    if len(fraction) == 3 and whole not in ("", "0"):
        return _ungroup(s, separator, original)
    return (whole or "0") + "." + fraction


def _ungroup(s: str, separator: str, original: str) -> str:
    groups = s.split(separator)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise ValueError(f"amount “{original}” has its digits grouped oddly")
    return "".join(groups)


def to_money(value: Decimal, currency: str) -> Money:
    """Exact minor units; an amount finer than the currency's smallest unit is refused
    rather than rounded, so a deal's amount never changes silently."""
    exponent = currency_exponent(currency)
    try:
        scaled = value.scaleb(exponent)
        minor = int(scaled)
    except (InvalidOperation, OverflowError) as exc:
        raise ValueError(f"amount {value} is not a usable number") from exc
    if scaled != minor:
        raise ValueError(f"amount {value} has more decimals than {currency} allows ({exponent})")
    if abs(minor) >= MAX_MINOR:
        raise ValueError(f"amount {value} {currency} is implausibly large")
    return Money(minor, currency)


def parse_currency_code(text: str) -> str:
    code = text.strip().upper()
    if code in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[code]
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"currency “{text.strip()}” is not a three-letter code like EUR or USD")
    return code


def parse_money(text: str, *, currency: str | None, default_currency: str) -> Money:
    """An amount with its currency: the currency column wins over a symbol in the amount
    only when they agree; when they disagree the row is refused rather than guessed."""
    value, written = parse_decimal(text)
    if value < 0:
        raise ValueError(f"amount “{text.strip()}” is negative")
    if currency and written and currency != written:
        raise ValueError(f"amount “{text.strip()}” is in {written} but the currency column says {currency}")
    return to_money(value, currency or written or default_currency)


# -- dates -----------------------------------------------------------------------------------
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME = (
    r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?"
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\.?" + _TIME + "$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-./]+([A-Za-z]{3,9})\.?[\s\-./,]+(\d{4}|\d{2})" + _TIME + "$")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME + "$")
MIN_YEAR, MAX_YEAR = 1970, 2100


def numeric_date_parts(text: str) -> tuple[int, int, str] | None:
    """The first two numbers and the separator of a d/m/y or m/d/y date, else None."""
    match = _NUMERIC.match(text.strip())
    if match is None:
        return None
    return int(match.group(1)), int(match.group(3)), match.group(2)


def infer_date_order(values: Iterable[str]) -> DateOrder:
    """Day-first when some value's first number exceeds 12, month-first when its second
    does; AUTO when the values never tell (or contradict each other)."""
    day_first = month_first = False
    for value in values:
        parts = numeric_date_parts(value)
        if parts is None:
            continue
        first, second, _ = parts
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    if day_first != month_first:
        return DateOrder.DAY_FIRST if day_first else DateOrder.MONTH_FIRST
    return DateOrder.AUTO


def parse_date(text: str, order: DateOrder = DateOrder.AUTO) -> date:
    """ISO (2025-03-15, with or without a time), d.m.y, d/m/y or m/d/y as `order` says,
    "15 Mar 2025", "Mar 15, 2025". With AUTO, dotted dates are day-first (as in German),
    and a slashed date is read only when one of its numbers exceeds 12."""
    s = " ".join(text.split())
    if not s:
        raise ValueError("the date is empty")
    match = _ISO.match(s)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    match = _NUMERIC.match(s)
    if match:
        first, separator, second = int(match.group(1)), match.group(2), int(match.group(3))
        year = _full_year(match.group(4))
        if order is DateOrder.AUTO:
            if separator == "." or first > 12 >= second:
                order = DateOrder.DAY_FIRST
            elif second > 12 >= first:
                order = DateOrder.MONTH_FIRST
            elif first == second:
                order = DateOrder.DAY_FIRST  # the same either way
            else:
                raise ValueError(f"“{text.strip()}” could be day-first or month-first; say which")
        day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
        return _make_date(year, month, day, text)
    match = _DAY_MONTH_NAME.match(s)
    if match:
        named = MONTHS.get(match.group(2).casefold())
        if named is not None:
            return _make_date(_full_year(match.group(3)), named, int(match.group(1)), text)
    match = _MONTH_NAME_DAY.match(s)
    if match:
        named = MONTHS.get(match.group(1).casefold())
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(2)), text)
    raise ValueError(f"“{text.strip()}” is not a date (write it like 2025-03-15)")


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make_date(year: int, month: int, day: int, original: str) -> date:
    shown = original.strip()
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"“{shown}” has an implausible year {year}")
    if not 1 <= month <= 12:
        raise ValueError(f"“{shown}” is not a real date: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(f"“{shown}” is not a real date: {calendar.month_name[month]} {year} has {days} days")
    return date(year, month, day)


def parse_timestamp(text: str) -> datetime:
    """ISO 8601, aware; a time without a zone is taken as UTC, a bare date as its midnight."""
    s = text.strip()
    if not s:
        raise ValueError("the timestamp is empty")
    try:
        value = datetime.fromisoformat(s.replace(" UTC", "Z"))
    except ValueError as exc:
        raise ValueError(f"timestamp “{s}” is not ISO 8601 (write it like 2025-03-15T14:30:00Z)") from exc
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"timestamp “{s}” has an implausible year {value.year}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_bool(text: str) -> bool | None:
    value = text.strip().casefold()
    if value in ("1", "true", "yes", "y", "wahr", "ja", "x"):
        return True
    if value in ("0", "false", "no", "n", "falsch", "nein", ""):
        return False if value else None
    raise ValueError(f"“{text.strip()}” is neither true nor false")


def fold(value: str) -> str:
    """Case- and accent-insensitive comparison key for names."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


IGNORE = "ignore"  # a mapping's target for a column nothing should read


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column of a file feeds which field."""

    columns: dict[str, int]  # field → column index
    names: dict[str, str]  # the file's header → field
    ignored: tuple[str, ...]  # headers no field reads
    problems: tuple[str, ...]  # mappings asked for that name a column the file lacks


def map_columns(header: Sequence[str], aliases: Mapping[str, str], explicit: Mapping[str, str]) -> ColumnMap:
    """Fields for the columns of `header`: what the user mapped (`explicit`, header → field
    or IGNORE) first, then the known names (`aliases`, header_key → field), each field read
    from its first column only."""
    keys = [header_key(h) for h in header]
    asked = {header_key(k): v for k, v in explicit.items()}
    problems = tuple(
        f"There is no column “{column}” in the file (its columns: {', '.join(header)})."
        for column in asked
        if column not in keys
    )
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    ignored: list[str] = []
    for index, key in enumerate(keys):
        target = asked.get(key)
        if target is None:
            target = aliases.get(key)
            if target in asked.values():  # the user put another column there
                target = None
        if target is None or target == IGNORE or target in columns:
            ignored.append(header[index])
            continue
        columns[target] = index
        names[header[index]] = target
    return ColumnMap(columns, names, tuple(ignored), problems)


def parse_mapping(pairs: Sequence[str], known_fields: Sequence[str]) -> dict[str, str]:
    """`["Opp Ref=crm_id", ...]` → {"opp ref": "crm_id"}; a field must be one we know."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise InvalidEdit(f"“{pair}” is not COLUMN=FIELD (e.g. --map 'Opp Ref=crm_id').")
        field = field.strip().lower().replace("-", "_")
        if field not in known_fields:
            raise InvalidEdit(f"“{field}” is not a field; fields are: {', '.join(known_fields)}.")
        mapping[header_key(column)] = field
    return mapping
