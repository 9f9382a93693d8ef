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
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from collateral_app.domain.errors import InvalidEdit, UserError
from collateral_app.domain.sales import DateOrder, Money, currency_exponent

MAX_FILE_BYTES = 512 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 50

csv.field_size_limit(16 * 1024 * 1024)


# -- files ---------------------------------------------------------------------------------
HEADER_SEARCH_ROWS = 30  # a report's title rows above its header: Salesforce writes about six
HeaderScore = Callable[[Sequence[str]], int]  # how many cells of a row are headers the reader knows


@dataclass(frozen=True, slots=True)
class Table:
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (line where the record starts, its fields)
    header_line: int = 1  # the line (or sheet row) of the header
    above_header: tuple[str, ...] = ()  # title rows skipped above the header, as text
    footer: tuple[str, ...] = ()  # report footer lines recognised and skipped (copyright, totals...)
    line_problems: Mapping[int, str] = field(default_factory=dict)  # record's line → why it is unreadable
    sheet: str = ""  # for a workbook: the sheet read
    sheets: tuple[str, ...] = ()  # for a workbook: all its sheets
    workbook: str = ""  # "xlsx" or "xls" when the file is a workbook, not a CSV


@dataclass(frozen=True, slots=True)
class _Decoded:
    text: str
    encoding: str
    bad_lines: dict[int, str]  # physical line → why it does not decode like the rest


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with (see `decode_lines`)."""
    decoded = decode_lines(data)
    return decoded.text, decoded.encoding


def decode_lines(data: bytes) -> _Decoded:
    """Byte-order marks first, then UTF-16 without one (every other byte zero); otherwise the
    encoding of the file's majority, line by line: each line with non-ASCII bytes votes UTF-8
    (when it decodes as UTF-8) or Windows-1252 (what Excel writes on Western Windows). The lines
    that do not decode like the majority are kept (as Latin-1 would show them) and named, so
    one bad line spoils only its own row, never the whole file."""
    if data.startswith(codecs.BOM_UTF8):
        return _by_majority(data[len(codecs.BOM_UTF8) :], bom="utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _Decoded(data[2:].decode(encoding, errors="replace"), "utf-16", {})
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_zeros >= even_zeros else "utf-16-be"
        return _Decoded(data.decode(encoding, errors="replace"), encoding, {})
    return _by_majority(data, bom=None)


def _by_majority(data: bytes, bom: str | None) -> _Decoded:
    try:
        return _Decoded(data.decode("utf-8"), bom or "utf-8", {})
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines: set[int] = set()
    other_lines: set[int] = set()
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_lines.add(number)
        else:
            utf8_lines.add(number)
    # A byte-order mark says UTF-8 whatever the votes; a tie goes to UTF-8 too.
    if bom is not None or len(utf8_lines) >= len(other_lines):
        majority, minority, foreign = "utf-8", other_lines, "Windows-1252"
    else:
        majority = _legacy_encoding(b"\n".join(lines[n - 1] for n in sorted(other_lines)))
        minority, foreign = {n for n in utf8_lines if _multibyte(lines[n - 1])}, "UTF-8"
    texts: list[str] = []
    bad: dict[int, str] = {}
    for number, line in enumerate(lines, start=1):
        if number in minority:
            shown = line.decode("utf-8" if foreign == "UTF-8" else "cp1252", errors="replace").strip()
            bad[number] = (
                f"line {number} is not {_ENCODING_NAMES.get(majority, majority)} like the rest "
                f"of the file (it reads as {foreign}: “{shorten(shown, 60)}”); fix or re-export it"
            )
            texts.append(line.decode("latin-1"))
        else:
            texts.append(line.decode(majority, errors="replace"))
    return _Decoded("\n".join(texts), bom or majority, bad)


_ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "shift_jis": "Shift_JIS", "cp932": "Shift_JIS"}
# Encodings that need more than a Western code page: a Japanese, Chinese or Korean export.
_MULTIBYTE = (
    "shift_jis",
    "cp932",
    "euc_jp",
    "gb18030",
    "gb2312",
    "gbk",
    "big5",
    "euc_kr",
    "cp949",
    "iso2022_jp",
)


def _legacy_encoding(sample: bytes) -> str:
    """The encoding of a file's non-UTF-8 lines: an East Asian one when they read as one
    (Salesforce offers Shift_JIS), else Windows-1252 (Excel on Western Windows)."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample[:65536]).best()
    if best is not None and best.encoding in _MULTIBYTE:
        try:
            sample.decode(best.encoding)
            return "cp932" if best.encoding == "shift_jis" else best.encoding
        except UnicodeDecodeError:
            pass
    return "cp1252"


def _multibyte(line: bytes) -> bool:
    return any(byte >= 0xC2 for byte in line)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, fields) of each non-blank record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    records: list[tuple[int, int, list[str]]] = []
    start = 1
    for fields in reader:
        if any(f.strip() for f in fields):
            records.append((start, reader.line_num, fields))
        start = reader.line_num + 1
        if limit is not None and len(records) >= limit:
            break
    return records


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most of the first records into the same number of
    columns (quotes respected, so "1.234,50" inside quotes does not count), the wider on a
    tie. Lone cells above a report's header (a title) count for no delimiter."""
    best = ","
    best_key: tuple[float, int] = (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            records = _records(text, delimiter, SNIFF_RECORDS)
        except csv.Error:
            continue
        widths = Counter(len(r[2]) for r in records if len(r[2]) > 1)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        key = (count / len(records), width)
        if key > best_key:
            best, best_key = delimiter, key
    return best


WORKBOOK_KINDS = {"xlsx": "an Excel workbook (.xlsx)", "xls": "an Excel 97-2003 workbook (.xls)"}


def workbook_kind(data: bytes) -> str:
    """ "xlsx" or "xls" when the bytes are a workbook, else "" (a CSV or text file)."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return ""
        return "xlsx" if "xl/workbook.xml" in names else ""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    return ""


def read_table(path: Path, *, delimiter: str | None = None, header_score: HeaderScore | None = None) -> Table:
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
    return parse_table(data, delimiter=delimiter, header_score=header_score)


def parse_table(
    data: bytes, *, delimiter: str | None = None, header_score: HeaderScore | None = None
) -> Table:
    """A CSV or a workbook as a table: the header found (below any title rows when
    `header_score` recognises it), a report's footer set aside, unreadable lines named."""
    kind = workbook_kind(data)
    if kind:
        return _parse_workbook(data, kind, header_score)
    decoded = decode_lines(data)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        raise UserError("The file is empty.")
    chosen = delimiter or sniff_delimiter(text)
    try:
        records = _records(text, chosen)
    except csv.Error as exc:
        raise UserError(f"The file is not readable as CSV: {exc}.") from exc
    if not records:
        raise UserError("The file is empty.")
    at = _header_index([r[2] for r in records], header_score)
    header_line = records[at][0]
    if any(header_line <= bad <= records[at][1] for bad in decoded.bad_lines):
        raise UserError(
            f"The header (line {header_line}) does not decode like the rest of the file; "
            "re-export the file as UTF-8."
        )
    body = records[at + 1 :]
    kept, footer = _split_footer([r[2] for r in body])
    problems: dict[int, str] = {}
    for first, last, _fields in body[: len(kept)]:
        reasons = [decoded.bad_lines[n] for n in range(first, last + 1) if n in decoded.bad_lines]
        if reasons:
            problems[first] = "; ".join(reasons)
    return Table(
        encoding=decoded.encoding,
        delimiter=chosen,
        header=tuple(normalize_space(h) for h in records[at][2]),
        rows=tuple((first, tuple(fields)) for first, _last, fields in body[: len(kept)]),
        header_line=header_line,
        above_header=tuple(_row_text(r[2]) for r in records[:at]),
        footer=tuple(_row_text(f) for f in footer),
        line_problems=problems,
    )


def _parse_workbook(data: bytes, kind: str, header_score: HeaderScore | None) -> Table:
    """The sheet whose header the reader knows best (the first sheet when none is known),
    its header row found below any title rows, typed cells written plainly: dates as ISO
    dates, numbers with a decimal point and no grouping."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = tuple(workbook.sheet_names)
        grids: list[tuple[str, list[list[str]]]] = []
        for name in sheets:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            grids.append((name, [[workbook_cell(v) for v in row] for row in rows[:MAX_WORKBOOK_ROWS]]))
    except python_calamine.PasswordError as exc:
        raise UserError(
            "The workbook is password-protected; save it without a password and import again."
        ) from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise UserError(f"The file is {WORKBOOK_KINDS[kind]} that cannot be read ({exc}).") from exc
    except BaseException as exc:  # the Rust reader panics on some damaged files
        if type(exc).__name__ != "PanicException":
            raise
        raise UserError(f"The file is {WORKBOOK_KINDS[kind]} that is damaged and cannot be read.") from exc
    best: tuple[int, int, str, list[list[str]]] | None = None
    for position, (name, grid) in enumerate(grids):
        records = [row for row in grid if any(c.strip() for c in row)]
        if not records:
            continue
        at = _header_index(records, header_score)
        score = header_score(records[at]) if header_score else 0
        if best is None or score > best[0]:
            best = (score, position, name, grid)
    if best is None:
        raise UserError("The workbook is empty.")
    _score, _position, name, grid = best
    numbered = [(n, row) for n, row in enumerate(grid, start=1) if any(c.strip() for c in row)]
    at = _header_index([row for _, row in numbered], header_score)
    header_line, header = numbered[at]
    width = max((i + 1 for i, c in enumerate(header) if c.strip()), default=len(header))
    body = [
        (n, row[:width] if not any(c.strip() for c in row[width:]) else row) for n, row in numbered[at + 1 :]
    ]
    kept, footer = _split_footer([row for _, row in body])
    return Table(
        encoding="",
        delimiter="",
        header=tuple(normalize_space(h) for h in header[:width]),
        rows=tuple((n, tuple(row)) for n, row in body[: len(kept)]),
        header_line=header_line,
        above_header=tuple(_row_text(row) for _, row in numbered[:at]),
        footer=tuple(_row_text(f) for f in footer),
        sheet=name,
        sheets=sheets,
        workbook=kind,
    )


MAX_WORKBOOK_ROWS = 1_000_000


def workbook_cell(value: object) -> str:
    """A workbook cell as the text a CSV export would hold, but unambiguous: dates ISO,
    numbers with a point for decimals and no grouping (never "1.500" for 1.5)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _row_text(fields: Sequence[str]) -> str:
    return " | ".join(" ".join(f.split()) for f in fields if f.strip())


def _header_index(records: Sequence[Sequence[str]], header_score: HeaderScore | None) -> int:
    """Which of the first records is the header: the one the reader knows most columns of
    (at least two), else the first that is not a lone title above wider rows."""
    window = list(records[:HEADER_SEARCH_ROWS])
    if header_score is not None:
        scores = [header_score([normalize_space(c) for c in row]) for row in window]
        best = max(range(len(window)), key=lambda i: (scores[i], -i)) if window else 0
        if window and scores[best] >= 2:
            return best
    widths = [sum(1 for c in row if c.strip()) for row in window]
    widest = max(widths, default=0)
    for index, filled in enumerate(widths):
        if filled >= 2 and filled >= widest // 2:
            return index
    return 0


# Lines a CRM writes after the data: Salesforce's copyright, confidentiality and "Generated By"
# lines (and the organisation's name after them), and the totals row of a formatted report.
_FOOTER_LINES = re.compile(
    r"^(copyright\s*(\(c\)|©)|confidential information|generated by\s*:|grand totals?\b"
    r"|gesamtsumme|total général|total general|総計|合計)",
    re.IGNORECASE,
)
_TOTAL_WORDS = frozenset(
    {"total", "totals", "summe", "gesamt", "gesamtergebnis", "total général", "total general", "合計", "総計"}
)


def _split_footer(rows: Sequence[Sequence[str]]) -> tuple[list[Sequence[str]], list[Sequence[str]]]:
    """(data rows, footer rows): the footer is the run of rows at the end that are lone
    footer lines, a totals row, or a lone line below one of those (the organisation)."""
    end = len(rows)
    seen_footer = False
    index = end - 1
    while index >= 0:
        filled = [c.strip() for c in rows[index] if c.strip()]
        first = next((c.strip() for c in rows[index] if c.strip()), "")
        lone = len(filled) == 1
        if lone and _FOOTER_LINES.match(first):
            seen_footer = True
        elif first.casefold() in _TOTAL_WORDS and rows[index] and rows[index][0].strip() == first:
            seen_footer = True  # "Total" in the first column, sums (or nothing) beside it
        elif lone and index == end - 1 and _org_line_follows(rows, index):
            pass  # the organisation's name under "Generated By"
        else:
            break
        index -= 1
    if not seen_footer:
        return list(rows), []
    return list(rows[: index + 1]), list(rows[index + 1 :])


def _org_line_follows(rows: Sequence[Sequence[str]], index: int) -> bool:
    above = next((c.strip() for c in rows[index - 1] if c.strip()), "") if index else ""
    return bool(_FOOTER_LINES.match(above))


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


def parse_decimal(text: str, decimal: str | None = None) -> tuple[Decimal, str | None]:
    """ "1.234,50 €" → (Decimal("1234.50"), "EUR"); "$1,234.50" → (1234.50, "USD");
    "1234" → (1234, None). With `decimal` ("," or "."), as the file's locale writes them:
    "1.500" is 1500 with a decimal comma and 1.5 with a decimal point. Without it, the
    decimal separator is the last of "." and "," when both appear, and a lone one followed
    by exactly three digits groups thousands."""
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
        value = Decimal(_plain_number(s, original) if decimal is None else _localized(s, decimal, original))
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


def _localized(s: str, decimal: str, original: str) -> str:
    grouping = "," if decimal == "." else "."
    whole, sep, fraction = s.rpartition(decimal)
    if not sep:
        whole, fraction = s, ""
    if decimal in whole:
        raise ValueError(f"amount “{original}” has more than one decimal separator")
    if grouping in fraction:
        raise ValueError(f"amount “{original}” has its separators the other way round for this file")
    plain = _ungroup(whole, grouping, original) if grouping in whole else whole
    return (plain or "0") + ("." + fraction if fraction else "")


def separator_evidence(value: str) -> str | None:
    """The decimal separator a value proves ("1.234,50" → ",", "1,5" → ",", "1.500.000" → ","),
    None when it could be either ("1.500", "1500")."""
    t = value
    for symbol in CURRENCY_SYMBOLS:
        t = t.replace(symbol, " ")
    t = _CODE.sub(" ", t)
    if re.search(r"[^\d.,\s\u00a0\u202f'’()+\-]", t):
        return None  # not an amount ("ca. 20k"): it proves nothing
    s = _SPACES.sub("", t).strip("()+-")
    dot, comma = s.rfind("."), s.rfind(",")
    if dot >= 0 and comma >= 0:
        return "." if dot > comma else ","
    for separator, other in ((".", ","), (",", ".")):
        if s.count(separator) > 1:
            return other  # only grouping repeats
        if s.count(separator) == 1 and len(s.rpartition(separator)[2]) != 3:
            return separator
    return None


def infer_decimal_separator(values: Iterable[str]) -> tuple[str | None, str]:
    """The decimal separator of a column from the values that prove one, and an example;
    (None, "") when none does (or they disagree)."""
    found: dict[str, str] = {}
    for value in values:
        evidence = separator_evidence(value)
        if evidence is not None:
            found.setdefault(evidence, value.strip())
    if len(found) == 1:
        separator, example = next(iter(found.items()))
        return separator, example
    return None, ""


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


def parse_money(
    text: str, *, currency: str | None, default_currency: str, decimal: str | None = None
) -> Money:
    """An amount with its currency: the currency column wins over a symbol in the amount
    only when they agree; when they disagree the row is refused rather than guessed."""
    value, written = parse_decimal(text, decimal)
    if value < 0:
        raise ValueError(f"amount “{text.strip()}” is negative")
    if currency and written and currency != written:
        raise ValueError(f"amount “{text.strip()}” is in {written} but the currency column says {currency}")
    return to_money(value, currency or written or default_currency)


# -- dates -----------------------------------------------------------------------------------
# Month names (and their usual abbreviations) in English, German, French and Spanish, folded
# (lower case, no accents): "März" is "marz", "février" is "fevrier".
_MONTH_WORDS = (
    "jan january januar janner janvier janv enero ene",
    "feb february februar fevrier fevr fev febrero",
    "mar march marz maerz mrz mars marzo",
    "apr april avril avr abril abr",
    "may mai mayo",
    "jun june juni juin junio",
    "jul july juli juillet juil julio",
    "aug august aout agosto ago",
    "sep sept september septembre septiembre setiembre set",
    "oct october okt oktober octobre octubre",
    "nov november novembre noviembre",
    "dec december dez dezember decembre diciembre dic",
)
MONTHS = {name: number for number, words in enumerate(_MONTH_WORDS, start=1) for name in words.split()}
_MONTHS_ONLY_IN = {
    "de": "januar janner februar marz maerz mrz mai juni juli okt oktober dez dezember",
    "fr": "mai janvier janv fevrier fevr fev mars avril avr juin juillet juil aout septembre octobre "
    "novembre decembre",
    "es": "enero ene febrero marzo abril abr mayo junio julio agosto ago septiembre setiembre octubre "
    "noviembre diciembre dic",
}
MONTH_LANGUAGES = {language: frozenset(words.split()) for language, words in _MONTHS_ONLY_IN.items()}
_TIME = (
    r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?"
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\.?" + _TIME + "$")
_DAY_MONTH_NAME = re.compile(
    r"^(\d{1,2})(?:\.|er|º|°)?[\s\-./]+(?:de\s+)?([^\W\d_]{3,12})\.?[\s\-./,]+(?:de\s+)?(\d{4}|\d{2})"
    + _TIME
    + "$"
)
_MONTH_NAME_DAY = re.compile(r"^([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME + "$")
_JAPANESE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _TIME + "$")
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
    "15 Mar 2025", "Mar 15, 2025", month names in German, French and Spanish ("15. März 2026",
    "15 mars 2026", "15 de marzo de 2026"), Japanese "2026年3月15日". With AUTO, dotted dates
    are day-first (as in German), and a slashed date is read only when one of its numbers
    exceeds 12."""
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
    match = _JAPANESE.match(s)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    match = _DAY_MONTH_NAME.match(s)
    if match:
        named = MONTHS.get(fold(match.group(2)))
        if named is not None:
            return _make_date(_full_year(match.group(3)), named, int(match.group(1)), text)
    match = _MONTH_NAME_DAY.match(s)
    if match:
        named = MONTHS.get(fold(match.group(1)))
        if named is not None:
            return _make_date(int(match.group(3)), named, int(match.group(2)), text)
    raise ValueError(f"“{text.strip()}” is not a date (write it like 2025-03-15)")


def month_name_language(text: str) -> str:
    """ "de", "fr" or "es" when a date names its month in that language only ("15. März 2026"),
    else "" (English, numbers, or a name two languages share like "mai")."""
    for word in re.findall(r"[^\W\d_]+", text):
        folded = fold(word).rstrip(".")
        languages = [language for language, words in MONTH_LANGUAGES.items() if folded in words]
        if len(languages) == 1:
            return languages[0]
    return ""


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
