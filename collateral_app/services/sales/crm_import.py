"""Deals from CRM exports: HubSpot deal exports, Salesforce opportunity reports, or any CSV
with an explicit column mapping.

A file is read whatever its encoding and delimiter; each row becomes a deal (and its
prospect) or a rejection with its reason. The good rows of a file are written in one
transaction, or not at all; a dry run reports the same thing without writing. The CRM's id is
the key, so importing the same export again changes nothing, and a later export updates what
changed. A deal whose outcome becomes won or lost is flagged for the won/lost prompt."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import UserError
from collateral_app.domain.sales import (
    ColumnReading,
    CrmFormat,
    CsvLayout,
    DateOrder,
    ImportReport,
    ImportRow,
    Money,
    Outcome,
    RowAction,
    StageReading,
)
from collateral_app.search.analysis import slugify
from collateral_app.services.common.tabular import (
    IGNORE,
    Table,
    fold,
    header_key,
    infer_date_order,
    infer_decimal_separator,
    map_columns,
    month_name_language,
    numeric_date_parts,
    parse_bool,
    parse_currency_code,
    parse_date,
    parse_mapping,
    parse_money,
    read_table,
    shorten,
)
from collateral_app.services.sales.base import SalesBase, short_label, taxonomy_slugs
from collateral_app.services.sales.crm_vocabulary import (
    DECIMAL_BY_LANGUAGE,
    LANGUAGE_NAMES,
    LOCALISED_HEADERS,
    LOCALISED_SIGNATURES,
    STAGE_NAMES,
)
from collateral_app.services.sales.deals import RECENT_CLOSE, closes_now, default_currency
from collateral_app.storage.base import new_id
from collateral_app.storage.models import Setting
from collateral_app.storage.sales_models import DealRow, ProspectRow

log = logging.getLogger(__name__)

FIELDS: dict[str, str] = {
    "crm_id": "the deal's id in the CRM",
    "name": "the deal's name",
    "prospect": "the company (prospect) the deal is with",
    "account_id": "the company's id in the CRM",
    "stage": "the deal's stage",
    "amount": "the amount",
    "currency": "the amount's currency",
    "close_date": "the close date (expected while open)",
    "created_on": "the date the deal was created",
    "owner": "the rep who owns the deal",
    "industry": "the company's industry",
    "size": "the company's size (a segment or a number of employees)",
    "region": "the company's region or country",
    "outcome": "open, won or lost",
    "won": "whether the deal was won (true/false)",
    "closed": "whether the deal is closed (true/false)",
}
REQUIRED = ("crm_id", "name")  # without a company column, each deal gets a "company unknown" prospect
STAGE_OUTCOMES_KEY = "crm_stage_outcomes"  # setting: the library's own meaning of stage names
COMPANY_UNKNOWN = "company unknown"
ASSOCIATION_SEPARATOR = ";"  # HubSpot lists several associated companies (and their ids) this way

# Header (case-folded) → field. The common names first; each CRM's own names on top.
COMMON_ALIASES: dict[str, str] = {
    "id": "crm_id",
    "crm id": "crm_id",
    "deal id": "crm_id",
    "external id": "crm_id",
    "name": "name",
    "deal": "name",
    "deal name": "name",
    "title": "name",
    "opportunity": "name",
    "opportunity name": "name",
    "company": "prospect",
    "company name": "prospect",
    "account": "prospect",
    "account name": "prospect",
    "organization": "prospect",
    "organisation": "prospect",
    "prospect": "prospect",
    "customer": "prospect",
    "account id": "account_id",
    "company id": "account_id",
    "stage": "stage",
    "deal stage": "stage",
    "sales stage": "stage",
    "amount": "amount",
    "value": "amount",
    "deal value": "amount",
    "deal amount": "amount",
    "currency": "currency",
    "currency code": "currency",
    "deal currency code": "currency",
    "opportunity currency": "currency",
    "amount currency": "currency",
    "close date": "close_date",
    "closed date": "close_date",
    "expected close date": "close_date",
    "create date": "created_on",
    "created date": "created_on",
    "created": "created_on",
    "created on": "created_on",
    "date created": "created_on",
    "owner": "owner",
    "deal owner": "owner",
    "opportunity owner": "owner",
    "sales rep": "owner",
    "industry": "industry",
    "company industry": "industry",
    "account industry": "industry",
    "vertical": "industry",
    "size": "size",
    "company size": "size",
    "segment": "size",
    "employees": "size",
    "number of employees": "size",
    "region": "region",
    "country": "region",
    "country/region": "region",
    "billing country": "region",
    "territory": "region",
    "outcome": "outcome",
    "won": "won",
    "is won": "won",
    "is closed won": "won",
    "closed": "closed",
    "is closed": "closed",
}
FORMAT_ALIASES: dict[CrmFormat, dict[str, str]] = {
    CrmFormat.HUBSPOT: {
        "record id": "crm_id",
        "hs_object_id": "crm_id",
        "dealname": "name",
        "associated company": "prospect",
        "associated company (primary)": "prospect",
        "associated companies": "prospect",
        "associated company ids": "account_id",
        "associated company id": "account_id",
        "associated company ids (primary)": "account_id",
        "dealstage": "stage",
        "closedate": "close_date",
        "createdate": "created_on",
        "hubspot owner": "owner",
        "company industry": "industry",
    },
    CrmFormat.SALESFORCE: {
        "opportunity id": "crm_id",
        "opportunity id (18)": "crm_id",
        "account: account name": "prospect",
        "account: industry": "industry",
        "account: billing country": "region",
        "account: employees": "size",
        "owner name": "owner",
        "opportunity owner: full name": "owner",
    },
    CrmFormat.CSV: {},
}
SIGNATURES: dict[CrmFormat, frozenset[str]] = {
    CrmFormat.HUBSPOT: frozenset(
        {
            "record id",
            "deal name",
            "deal stage",
            "deal owner",
            "associated company",
            "pipeline",
            "create date",
        }
    ),
    CrmFormat.SALESFORCE: frozenset(
        {
            "opportunity name",
            "opportunity id",
            "opportunity owner",
            "account name",
            "fiscal period",
            "probability (%)",
            "created date",
        }
    ),
}

for _fmt, _signs in LOCALISED_SIGNATURES.items():
    SIGNATURES[_fmt] = SIGNATURES[_fmt] | _signs


def aliases_for(fmt: CrmFormat) -> dict[str, str]:
    """Every header name the reader knows for a format: common, the format's own, and its
    names in German, French, Spanish and Japanese."""
    found = dict(COMMON_ALIASES)
    for names in LOCALISED_HEADERS.get(fmt, {}).values():
        found.update(names)
    found.update(FORMAT_ALIASES[fmt])
    return found


KNOWN_HEADERS = frozenset(
    set(COMMON_ALIASES)
    | {h for names in FORMAT_ALIASES.values() for h in names}
    | {h for languages in LOCALISED_HEADERS.values() for names in languages.values() for h in names}
)


def header_score(cells: Sequence[str]) -> int:
    """How many cells of a row are headers of a CRM export: finds the header below a report's
    title rows."""
    return sum(1 for cell in cells if header_key(cell) in KNOWN_HEADERS)


def header_language(keys: Sequence[str], fmt: CrmFormat) -> str:
    """The language of a file's headers ("de", "fr", "es", "ja"), "" for English or unknown."""
    present = set(keys)
    counts = {
        language: len(present & set(names)) for language, names in LOCALISED_HEADERS.get(fmt, {}).items()
    }
    english = len(present & (set(COMMON_ALIASES) | set(FORMAT_ALIASES[fmt])))
    best = max(counts, key=lambda language: counts[language], default="")
    return best if best and counts[best] > english else ""


# Stage names of the common CRM pipelines (compacted: letters only) → funnel stage.
STAGE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iddecision", "consideration"),  # Salesforce "Id. Decision Makers"
    ("decisionmaker", "decision"),  # HubSpot "Decision maker bought-in"
    ("appointment", "awareness"),
    ("prospect", "awareness"),
    ("lead", "awareness"),
    ("discovery", "awareness"),
    ("qualif", "consideration"),
    ("needsanalysis", "consideration"),
    ("valueproposition", "consideration"),
    ("presentation", "consideration"),
    ("demo", "consideration"),
    ("perception", "consideration"),
    ("evaluat", "consideration"),
    ("proposal", "decision"),
    ("quote", "decision"),
    ("negotiat", "decision"),
    ("contract", "decision"),
    ("commit", "decision"),
    ("onboard", "onboarding"),
    ("implement", "onboarding"),
    ("renewal", "expansion"),
    ("upsell", "expansion"),
    ("expansion", "expansion"),
)
INDUSTRY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("health", "healthcare"),
    ("hospital", "healthcare"),
    ("medical", "healthcare"),
    ("pharma", "healthcare"),
    ("clinic", "healthcare"),
    ("biotech", "healthcare"),
    ("financ", "financial-services"),
    ("bank", "financial-services"),
    ("insur", "financial-services"),
    ("investment", "financial-services"),
    ("fintech", "financial-services"),
    ("manufactur", "manufacturing"),
    ("industrial", "manufacturing"),
    ("machinery", "manufacturing"),
    ("automotive", "manufacturing"),
    ("chemical", "manufacturing"),
    ("retail", "retail"),
    ("consumer", "retail"),
    ("ecommerce", "retail"),
    ("apparel", "retail"),
    ("wholesale", "retail"),
    ("government", "public-sector"),
    ("publicsector", "public-sector"),
    ("publicadministration", "public-sector"),
    ("defen", "public-sector"),
    ("educat", "education"),
    ("school", "education"),
    ("universit", "education"),
    ("elearning", "education"),
    ("logistic", "logistics"),
    ("transport", "logistics"),
    ("shipping", "logistics"),
    ("freight", "logistics"),
    ("supplychain", "logistics"),
    ("warehous", "logistics"),
    ("technolog", "technology"),
    ("software", "technology"),
    ("internet", "technology"),
    ("computer", "technology"),
    ("telecom", "technology"),
    ("itservices", "technology"),
)
SIZE_WORDS: dict[str, str] = {
    "smb": "smb",
    "small": "smb",
    "smallbusiness": "smb",
    "midmarket": "mid-market",
    "mid": "mid-market",
    "midsize": "mid-market",
    "medium": "mid-market",
    "enterprise": "enterprise",
    "large": "enterprise",
    "corporate": "enterprise",
}
# Stored column → what a user calls it, for "updated: amount, close date".
CHANGE_LABELS = {
    "name": "name",
    "prospect_id": "prospect",
    "owner": "owner",
    "crm_stage": "stage",
    "stage": "stage",
    "amount_minor": "amount",
    "currency": "currency",
    "created_on": "create date",
    "close_date": "close date",
    "outcome": "outcome",
    "related_accounts": "related accounts",
}
SIZE_BOUNDS: tuple[tuple[int, str], ...] = ((1000, "enterprise"), (100, "mid-market"), (0, "smb"))


@dataclass(frozen=True, slots=True)
class CrmImportOptions:
    format: CrmFormat = CrmFormat.AUTO
    mapping: Mapping[str, str] = field(default_factory=dict)  # file header → field (or "ignore")
    date_order: DateOrder = DateOrder.AUTO
    default_currency: str | None = None  # for amounts without one; the library's default otherwise
    source: str | None = None  # whose ids these are; the format's name unless said
    delimiter: str | None = None  # sniffed unless said
    # Stage name → outcome for this import, on top of (and remembered with) the library's own.
    stage_outcomes: Mapping[str, Outcome] = field(default_factory=dict)

    @staticmethod
    def mapping_from(pairs: Sequence[str]) -> dict[str, str]:
        """`--map "Opp Ref=crm_id"` arguments → a mapping, checked."""
        return parse_mapping(pairs, [*FIELDS, IGNORE])


@dataclass(slots=True)
class _Deal:
    line: int
    crm_id: str
    name: str
    prospect: str  # "" when the file names no company
    account_id: str | None
    related: list[str]  # the other associated companies
    owner: str | None
    crm_stage: str | None
    stage: str | None
    amount: Money | None
    created_on: date | None
    close_date: date | None
    outcome: Outcome | None
    industry: str | None
    size: str | None
    region: str | None
    notes: list[str]


@dataclass(slots=True)
class _Read:
    layout: CsvLayout | None
    deals: list[_Deal]
    rejected: list[ImportRow]
    problems: list[str]
    notes: list[str]
    present: frozenset[str]  # fields the file has a column for
    stages: dict[str, StageReading] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


class CrmImportService(SalesBase):
    def preview_deals(self, path: Path, options: CrmImportOptions | None = None) -> ImportReport:
        """What `import_deals` would create, update, leave and reject; writes nothing."""
        return self.import_deals(path, options, dry_run=True)

    def import_deals(
        self, path: Path, options: CrmImportOptions | None = None, *, dry_run: bool = False
    ) -> ImportReport:
        options = options or CrmImportOptions()
        table = read_table(Path(path), delimiter=options.delimiter, header_score=header_score)
        if options.stage_outcomes and not dry_run:
            self.remember_stage_outcomes(options.stage_outcomes)
        with self.sessions() as s:
            asked = {fold(k): Outcome(v) for k, v in options.stage_outcomes.items()}
            mapped = {**_stage_outcomes(s), **asked}
            read = _read_deals(s, table, options, default_currency(s), mapped)
        source = options.source or (
            read.layout.format.value if read.layout is not None else options.format.value
        )
        source = slugify(source)[:20] or "csv"
        if read.problems or dry_run:
            with self.sessions() as s:
                plan = _plan(s, read, source, self.now().date())
            return _report(path, read, plan, applied=False)
        try:
            with self.sessions.begin() as s:
                plan = _plan(s, read, source, self.now().date())
                _write(s, plan, self.now())
        except SQLAlchemyError as exc:
            log.exception("CRM import of %s failed", path)
            raise UserError(
                f"Nothing was imported from {Path(path).name}: the library refused it ({exc})."
            ) from exc
        log.info("CRM import of %s: %s", path, plan.summary())
        return _report(path, read, plan, applied=True)

    # -- what stage names mean ---------------------------------------------------------------
    def stage_outcomes(self) -> dict[str, Outcome]:
        """The library's own meaning of stage names (folded name → outcome), set once and used
        by every later import."""
        with self.sessions() as s:
            return _stage_outcomes(s)

    def remember_stage_outcomes(self, outcomes: Mapping[str, Outcome]) -> None:
        with self.sessions.begin() as s:
            row = s.get(Setting, STAGE_OUTCOMES_KEY)
            known = json.loads(row.value) if row is not None and row.value else {}
            known.update({fold(stage): Outcome(outcome).value for stage, outcome in outcomes.items()})
            value = json.dumps(known, ensure_ascii=False, sort_keys=True)
            if row is None:
                s.add(Setting(key=STAGE_OUTCOMES_KEY, value=value))
            else:
                row.value = value


def _stage_outcomes(s: Session) -> dict[str, Outcome]:
    row = s.get(Setting, STAGE_OUTCOMES_KEY)
    if row is None or not row.value:
        return {}
    try:
        return {stage: Outcome(value) for stage, value in json.loads(row.value).items()}
    except (ValueError, TypeError):
        log.warning("the remembered stage meanings are unreadable; ignored")
        return {}


# -- reading ---------------------------------------------------------------------------------
def _detect(keys: Sequence[str], wanted: CrmFormat) -> CrmFormat:
    if wanted is not CrmFormat.AUTO:
        return wanted
    present = set(keys)
    scores = {fmt: len(present & signs) for fmt, signs in SIGNATURES.items()}
    best = max(scores, key=lambda f: scores[f])
    others = [score for fmt, score in scores.items() if fmt is not best]
    if scores[best] >= 2 and all(scores[best] > o for o in others):
        return best
    return CrmFormat.CSV


def _read_deals(
    s: Session, table: Table, options: CrmImportOptions, currency: str, stage_map: Mapping[str, Outcome]
) -> _Read:
    keys = [header_key(h) for h in table.header]
    fmt = _detect(keys, options.format)
    aliases = aliases_for(fmt)
    mapped = map_columns(table.header, aliases, options.mapping)
    columns, names, ignored, problems = mapped.columns, mapped.names, mapped.ignored, list(mapped.problems)
    missing = [f for f in REQUIRED if f not in columns]
    for name in missing:
        english = {**COMMON_ALIASES, **FORMAT_ALIASES[fmt]}
        known = sorted(h for h, f in english.items() if f == name)[:6]
        problems.append(
            f"The file has no column for {FIELDS[name]} (expected one of: {', '.join(known)}; "
            f"or say which with --map 'COLUMN={name}')."
        )
    language = header_language(keys, fmt)
    notes: list[str] = []
    skipped: list[str] = []
    if table.sheet:
        others = [n for n in table.sheets if n != table.sheet]
        notes.append(
            f"Read the sheet “{table.sheet}”"
            + (f" (also in the workbook: {', '.join(others)})." if others else ".")
        )
    if table.above_header:
        skipped.append(
            f"{len(table.above_header)} title line(s) above the header (line {table.header_line}) "
            "were skipped: " + "; ".join(f"“{shorten(t, 50)}”" for t in table.above_header[:4])
        )
    if table.footer:
        skipped.append(
            f"The report's footer ({len(table.footer)} line(s)) was recognised and skipped: "
            + "; ".join(f"“{shorten(t, 50)}”" for t in table.footer)
        )
    readings: list[ColumnReading] = []
    orders = _date_orders(table, columns, fmt, notes, readings, options.date_order)
    decimal = _decimal(table, columns, language, readings)
    order = orders.get("close_date") or orders.get("created_on") or options.date_order
    if "prospect" not in columns and not missing:
        notes.append(
            "The file has no company column (HubSpot's default deals view): each new deal gets a prospect "
            f"of its own marked “{COMPANY_UNKNOWN}”; merge it into the real account later "
            "(Deals › Merge prospects, or `collateral prospects merge`)."
        )
    layout = CsvLayout(
        encoding=table.encoding or f"workbook ({table.workbook})",
        delimiter=table.delimiter,
        format=fmt,
        columns=names,
        ignored_columns=tuple(ignored),
        date_order=order,
        language=language,
        sheet=table.sheet,
        header_line=table.header_line,
        readings=tuple(readings),
    )
    read = _Read(layout, [], [], problems, notes, frozenset(columns), skipped=skipped)
    if missing or problems:
        reason = problems[0]
        read.rejected = [ImportRow(line, RowAction.REJECTED, reason=reason) for line, _ in table.rows]
        return read
    stages = taxonomy_slugs(s, Dimension.STAGE)
    industries = taxonomy_slugs(s, Dimension.INDUSTRY)
    sizes = taxonomy_slugs(s, Dimension.SIZE)
    seen: dict[str, int] = {}
    width = len(table.header)
    for line, cells in table.rows:
        if line in table.line_problems:
            read.rejected.append(ImportRow(line, RowAction.REJECTED, reason=table.line_problems[line]))
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            read.rejected.append(
                ImportRow(
                    line,
                    RowAction.REJECTED,
                    reason=f"the row has {len(cells)} values but the header names {width} columns "
                    "(a stray delimiter or quote?)",
                )
            )
            continue

        def cell(name: str, cells: Sequence[str] = cells) -> str:
            index = columns.get(name)
            return " ".join(cells[index].split()) if index is not None and index < len(cells) else ""

        crm_id = cell("crm_id")
        try:
            deal = _parse_row(
                line,
                cell,
                columns,
                orders,
                currency,
                options,
                stages,
                industries,
                sizes,
                decimal,
                stage_map,
                read,
            )
        except ValueError as exc:
            read.rejected.append(
                ImportRow(line, RowAction.REJECTED, crm_id=crm_id, title=cell("name"), reason=str(exc))
            )
            continue
        first = seen.get(deal.crm_id)
        if first is not None:
            read.rejected.append(
                ImportRow(
                    line,
                    RowAction.REJECTED,
                    crm_id=deal.crm_id,
                    title=deal.name,
                    reason=f"CRM id {deal.crm_id} already appears on line {first}; only that row is imported",
                )
            )
            continue
        seen[deal.crm_id] = line
        read.deals.append(deal)
    return read


def _date_orders(
    table: Table,
    columns: Mapping[str, int],
    fmt: CrmFormat,
    notes: list[str],
    readings: list[ColumnReading],
    asked: DateOrder,
) -> dict[str, DateOrder]:
    """Each date column's order, inferred from its own values (as asked when said), with
    what the preview shows: the order and any month names' language."""
    orders: dict[str, DateOrder] = {}
    for name in ("close_date", "created_on"):
        index = columns.get(name)
        if index is None:
            continue
        values = [cells[index] for _, cells in table.rows if index < len(cells) and cells[index].strip()]
        order = asked if asked is not DateOrder.AUTO else _date_order(values, fmt, notes)
        orders[name] = order
        header = table.header[index]
        named = next((v for v in values if month_name_language(v)), "")
        if named:
            language = LANGUAGE_NAMES[month_name_language(named)]
            readings.append(
                ColumnReading(header, name, f"dates with month names in {language}", named.strip())
            )
        elif table.workbook and values and all(_ISO_DAY.match(v) for v in values[:50]):
            readings.append(ColumnReading(header, name, "dates from the workbook's date cells", values[0]))
        elif order is not DateOrder.AUTO:
            example = next((v for v in values if numeric_date_parts(v)), values[0] if values else "")
            words = (
                "day first (day.month.year)"
                if order is DateOrder.DAY_FIRST
                else "month first (month/day/year)"
            )
            readings.append(ColumnReading(header, name, f"dates {words}", example.strip()))
        elif values:
            readings.append(ColumnReading(header, name, "dates year first (ISO)", values[0].strip()))
    return orders


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _decimal(
    table: Table, columns: Mapping[str, int], language: str, readings: list[ColumnReading]
) -> str | None:
    """The amount column's decimal separator: proved by its values when some do, else the
    one the file's language writes; shown in the preview either way."""
    index = columns.get("amount")
    if index is None:
        return None
    values = [cells[index] for _, cells in table.rows if index < len(cells) and cells[index].strip()]
    header = table.header[index]
    separator, example = infer_decimal_separator(values)
    how = "as its values show"
    if separator is None and table.workbook:
        separator, how = ".", "the workbook's number cells"
        example = next((v for v in values if "." in v), values[0] if values else "")
    if separator is None and (language or table.encoding):
        separator = DECIMAL_BY_LANGUAGE.get(language, ".")
        how = f"as {LANGUAGE_NAMES.get(language, 'English')} exports write amounts"
        example = next((v for v in values if "." in v or "," in v), "")
    if separator is None:
        return None
    grouping = "point" if separator == "," else "comma"
    words = "decimal comma" if separator == "," else "decimal point"
    reading = f"{words}, {grouping} groups thousands ({how})"
    readings.append(ColumnReading(header, "amount", reading, example.strip()))
    return separator


def _date_order(values: Sequence[str], fmt: CrmFormat, notes: list[str]) -> DateOrder:
    """Day- or month-first for a column, from values that tell (a number over 12); when none
    tells, month-first for HubSpot and Salesforce (US exports), with a note."""
    order = infer_date_order(values)
    if order is not DateOrder.AUTO:
        return order
    ambiguous = [v for v in values if (p := numeric_date_parts(v)) is not None and p[2] == "/"]
    if (
        ambiguous
        and fmt in (CrmFormat.HUBSPOT, CrmFormat.SALESFORCE)
        and not any(ambiguous[0] in n for n in notes)
    ):
        notes.append(
            f"Dates like {ambiguous[0].strip()} were read month-first (as US exports write them); "
            "if they are day-first, import again with --date-order dmy."
        )
        return DateOrder.MONTH_FIRST
    return DateOrder.AUTO


def _parse_row(
    line: int,
    cell: Callable[[str], str],
    columns: Mapping[str, int],
    orders: Mapping[str, DateOrder],
    currency: str,
    options: CrmImportOptions,
    stages: Mapping[str, str],
    industries: Mapping[str, str],
    sizes: Mapping[str, str],
    decimal: str | None,
    stage_map: Mapping[str, Outcome],
    read: _Read,
) -> _Deal:
    crm_id = cell("crm_id")
    if not crm_id:
        raise ValueError("the CRM id is empty")
    name = cell("name")
    if not name:
        raise ValueError("the deal has no name")
    notes: list[str] = []
    companies = [c.strip() for c in cell("prospect").split(ASSOCIATION_SEPARATOR) if c.strip()]
    if "prospect" in columns and not companies:
        raise ValueError("the deal has no company (prospect)")
    prospect, related = (companies[0], companies[1:]) if companies else ("", [])
    if related:
        notes.append(f"also associated with {', '.join(related)} (kept as related accounts)")
    account_ids = [a.strip() for a in cell("account_id").split(ASSOCIATION_SEPARATOR) if a.strip()]
    code: str | None = None
    if cell("currency"):
        code = parse_currency_code(cell("currency"))
    amount = None
    if cell("amount"):
        amount = parse_money(
            cell("amount"),
            currency=code,
            default_currency=options.default_currency or currency,
            decimal=decimal,
        )
    created_on = _date(cell, "created_on", orders.get("created_on", options.date_order))
    close_date = _date(cell, "close_date", orders.get("close_date", options.date_order))
    crm_stage = cell("stage")
    meaning = _stage_meaning(crm_stage, stage_map) if crm_stage else None
    if meaning is not None:
        known = read.stages.get(fold(crm_stage))
        rows = known.rows + 1 if known is not None else 1
        read.stages[fold(crm_stage)] = StageReading(crm_stage, meaning[0], meaning[1], rows)
    outcome = _outcome(cell, columns, crm_stage, meaning[0] if meaning else None)
    stage = _stage(crm_stage, stages) if "stage" in columns else None
    industry = None
    if cell("industry"):
        industry = _industry(cell("industry"), industries)
        if industry is None:
            notes.append(f"industry “{cell('industry')}” is not in the taxonomy; left as it was")
    size = None
    if cell("size"):
        size = _size(cell("size"), sizes)
        if size is None:
            notes.append(f"size “{cell('size')}” is not a known segment; left as it was")
    if created_on and close_date and close_date < created_on and outcome is not Outcome.OPEN:
        notes.append("the close date is before the create date")
    return _Deal(
        line=line,
        crm_id=crm_id,
        name=name,
        prospect=prospect,
        account_id=account_ids[0] if account_ids else None,
        related=related,
        owner=cell("owner") if "owner" in columns else None,
        crm_stage=crm_stage if "stage" in columns else None,
        stage=stage,
        amount=amount,
        created_on=created_on,
        close_date=close_date,
        outcome=outcome,
        industry=industry,
        size=size,
        region=cell("region") or None,
        notes=notes,
    )


def _date(cell: Callable[[str], str], name: str, order: DateOrder) -> date | None:
    value = cell(name)
    if not value:
        return None
    try:
        return parse_date(value, order)
    except ValueError as exc:
        label = "close date" if name == "close_date" else "create date"
        raise ValueError(f"{label} {exc}") from exc


def _compact(value: str) -> str:
    return re.sub(r"[^a-z]", "", fold(value))


def _stage_meaning(crm_stage: str, stage_map: Mapping[str, Outcome]) -> tuple[Outcome, str]:
    """What a stage name says of the deal's outcome, and how that is known: the library's own
    mapping first, then the standard stage names of HubSpot and Salesforce in five languages,
    then "won"/"lost" in an English name; anything else is open, and "unknown"."""
    folded = fold(crm_stage)
    if folded in stage_map:
        return stage_map[folded], "mapped"
    known = STAGE_NAMES.get(folded)
    if known is not None:
        return known[0], "known"
    text = _compact(crm_stage)
    if "closedwon" in text:
        return Outcome.WON, "known"
    if "closedlost" in text:
        return Outcome.LOST, "known"
    if any(pattern in text for pattern, _slug in STAGE_PATTERNS):
        return Outcome.OPEN, "known"
    return Outcome.OPEN, "unknown"


def _outcome(
    cell: Callable[[str], str], columns: Mapping[str, int], crm_stage: str, from_stage: Outcome | None
) -> Outcome | None:
    """Salesforce's Won/Closed flags when present, else an outcome column, else what the
    stage's name means ("Closed Won", "Geschlossen und gewonnen", a mapped stage)."""
    won = parse_bool(cell("won")) if "won" in columns else None
    closed = parse_bool(cell("closed")) if "closed" in columns else None
    if won:
        return Outcome.WON
    if closed is False:
        return Outcome.OPEN
    if closed and won is False:
        return Outcome.LOST
    if cell("outcome"):
        text = _compact(cell("outcome"))
        for word, outcome in (("won", Outcome.WON), ("lost", Outcome.LOST), ("open", Outcome.OPEN)):
            if word in text:
                return outcome
        raise ValueError(f"outcome “{cell('outcome')}” is not open, won or lost")
    if "stage" in columns:
        if from_stage is Outcome.OPEN and closed:
            return Outcome.LOST
        return from_stage or Outcome.OPEN
    return Outcome.LOST if closed else None


def _stage(crm_stage: str, stages: Mapping[str, str]) -> str | None:
    if not crm_stage:
        return None
    direct = stages.get(slugify(crm_stage))
    if direct is not None:
        return direct
    known = STAGE_NAMES.get(fold(crm_stage))
    if known is not None:
        return known[1] if known[1] in stages.values() else None
    text = _compact(crm_stage)
    for pattern, slug in STAGE_PATTERNS:
        if pattern in text and slug in stages.values():
            return slug
    return None


def _industry(value: str, industries: Mapping[str, str]) -> str | None:
    direct = industries.get(slugify(value))
    if direct is not None:
        return direct
    text = _compact(value)
    for pattern, slug in INDUSTRY_PATTERNS:
        if pattern in text and slug in industries.values():
            return slug
    return None


def _size(value: str, sizes: Mapping[str, str]) -> str | None:
    direct = sizes.get(slugify(value)) or sizes.get(slugify(short_label(value)))
    if direct is not None:
        return direct
    digits = re.findall(r"\d[\d.,' ]*", value)
    if digits:
        employees = int(re.sub(r"\D", "", digits[0]) or 0)
        for bound, slug in SIZE_BOUNDS:
            if employees >= bound and slug in sizes.values():
                return slug
        return None
    word = SIZE_WORDS.get(_compact(value))
    return word if word in sizes.values() else None


# -- planning and writing ----------------------------------------------------------------
@dataclass(slots=True)
class _Plan:
    rows: list[ImportRow] = field(default_factory=list)
    new_prospects: list[dict[str, Any]] = field(default_factory=list)
    prospect_changes: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → field → value
    new_deals: list[dict[str, Any]] = field(default_factory=list)
    deal_changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    awaiting: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = {a: sum(1 for r in self.rows if r.action is a) for a in RowAction}
        return ", ".join(f"{n} {a.value}" for a, n in counts.items())


@dataclass(slots=True)
class _ProspectState:
    id: str
    name: str
    industry: str | None
    size: str | None
    region: str
    crm_id: str | None
    new: bool


def _plan(s: Session, read: _Read, source: str, today: date) -> _Plan:
    plan = _Plan(rows=list(read.rejected))
    if not read.deals:
        plan.rows.sort(key=lambda r: r.line)
        return plan
    deals = {row.crm_id: row for row in s.scalars(select(DealRow).where(DealRow.crm_source == source))}
    by_account: dict[str, _ProspectState] = {}
    by_name: dict[str, _ProspectState] = {}
    for row in s.scalars(select(ProspectRow).order_by(ProspectRow.created_at, ProspectRow.id)):
        state = _ProspectState(row.id, row.name, row.industry, row.size, row.region, row.crm_id, new=False)
        if row.crm_source == source and row.crm_id:
            by_account[row.crm_id] = state
        by_name.setdefault(fold(row.name), state)
    recent = today - RECENT_CLOSE
    for deal in read.deals:
        existing = deals.get(deal.crm_id)
        if not deal.prospect and existing is not None:
            # No company in the file: the deal keeps the prospect it has (placeholder or merged).
            prospect_id, prospect_fields = existing.prospect_id, tuple[str, ...]()
        elif not deal.prospect:
            prospect_id, prospect_fields = _company_unknown(deal, plan), tuple[str, ...]()
        else:
            state, prospect_fields = _prospect_for(deal, by_account, by_name, plan, source)
            prospect_id = state.id
        if existing is None:
            outcome = deal.outcome or Outcome.OPEN
            awaiting = outcome.is_closed and deal.close_date is not None and deal.close_date >= recent
            values: dict[str, Any] = {
                "id": new_id(),
                "prospect_id": prospect_id,
                "related_accounts": json.dumps(deal.related, ensure_ascii=False),
                "name": deal.name[:500],
                "owner": (deal.owner or "")[:200],
                "stage": deal.stage,
                "crm_stage": (deal.crm_stage or "")[:200],
                "amount_minor": deal.amount.minor if deal.amount else None,
                "currency": deal.amount.currency if deal.amount else "",
                "created_on": deal.created_on,
                "close_date": deal.close_date,
                "outcome": outcome.value,
                "awaiting_feedback": awaiting,
                "crm_source": source,
                "crm_id": deal.crm_id,
            }
            plan.new_deals.append(values)
            if awaiting:
                plan.awaiting.append(values["id"])
            plan.rows.append(
                ImportRow(deal.line, RowAction.CREATED, deal.crm_id, deal.name, notes=tuple(deal.notes))
            )
            continue
        changes = _deal_changes(existing, deal, prospect_id, read.present)
        before, after = Outcome(existing.outcome), Outcome(changes.get("outcome", existing.outcome))
        if closes_now(before, after):
            changes["awaiting_feedback"] = True
            plan.awaiting.append(existing.id)
        elif not after.is_closed and existing.awaiting_feedback:
            changes["awaiting_feedback"] = False
        if changes:
            plan.deal_changes[existing.id] = changes
        changed = (
            tuple(dict.fromkeys(CHANGE_LABELS[k] for k in changes if k in CHANGE_LABELS)) + prospect_fields
        )
        action = RowAction.UPDATED if changed else RowAction.UNCHANGED
        plan.rows.append(
            ImportRow(deal.line, action, deal.crm_id, deal.name, changes=changed, notes=tuple(deal.notes))
        )
    plan.rows.sort(key=lambda r: r.line)
    return plan


def _company_unknown(deal: _Deal, plan: _Plan) -> str:
    """A prospect of its own for a deal whose file names no company, marked as such."""
    values = {
        "id": new_id(),
        "name": f"{deal.name} ({COMPANY_UNKNOWN})"[:300],
        "industry": deal.industry,
        "size": deal.size,
        "region": (deal.region or "")[:200],
        "crm_source": None,
        "crm_id": None,
        "company_unknown": True,
    }
    plan.new_prospects.append(values)
    return str(values["id"])


def _prospect_for(
    deal: _Deal,
    by_account: dict[str, _ProspectState],
    by_name: dict[str, _ProspectState],
    plan: _Plan,
    source: str,
) -> tuple[_ProspectState, tuple[str, ...]]:
    """The deal's prospect: by the CRM's account id when the file has one, else by name
    (a prospect typed in the app is adopted by the first import naming it)."""
    key = fold(deal.prospect)
    state = by_account.get(deal.account_id) if deal.account_id else None
    if state is None:
        named = by_name.get(key)
        if named is not None and (deal.account_id is None or named.crm_id in (None, deal.account_id)):
            state = named
    changed: dict[str, Any] = {}
    if state is None:
        state = _ProspectState(
            new_id(),
            deal.prospect[:300],
            deal.industry,
            deal.size,
            deal.region or "",
            deal.account_id,
            new=True,
        )
        plan.new_prospects.append(
            {
                "id": state.id,
                "name": state.name,
                "industry": state.industry,
                "size": state.size,
                "region": state.region[:200],
                "crm_source": source if deal.account_id else None,
                "crm_id": deal.account_id,
            }
        )
        if deal.account_id:
            by_account[deal.account_id] = state
        by_name.setdefault(key, state)
        return state, ()
    if deal.account_id and state.crm_id is None:
        changed.update(crm_source=source, crm_id=deal.account_id)
        state.crm_id = deal.account_id
        by_account[deal.account_id] = state
    for name in ("industry", "size", "region"):
        value = getattr(deal, name)
        if value is not None and value != getattr(state, name):
            changed[name] = value
            setattr(state, name, value)
    if changed:
        if state.new:
            target = next(p for p in plan.new_prospects if p["id"] == state.id)
            target.update(changed)
            return state, ()
        plan.prospect_changes.setdefault(state.id, {}).update(changed)
    return state, tuple(f"prospect {n}" for n in changed if n not in ("crm_source", "crm_id"))


def _deal_changes(row: DealRow, deal: _Deal, prospect_id: str, present: frozenset[str]) -> dict[str, Any]:
    wanted: dict[str, Any] = {"name": deal.name[:500], "prospect_id": prospect_id}
    if "prospect" in present:
        wanted["related_accounts"] = json.dumps(deal.related, ensure_ascii=False)
    if "owner" in present:
        wanted["owner"] = (deal.owner or "")[:200]
    if "stage" in present:
        wanted["crm_stage"] = (deal.crm_stage or "")[:200]
        if deal.stage is not None:
            wanted["stage"] = deal.stage
    if "amount" in present:
        wanted["amount_minor"] = deal.amount.minor if deal.amount else None
        wanted["currency"] = deal.amount.currency if deal.amount else ""
    if "created_on" in present:
        wanted["created_on"] = deal.created_on
    if "close_date" in present:
        wanted["close_date"] = deal.close_date
    if deal.outcome is not None:
        wanted["outcome"] = deal.outcome.value
    return {k: v for k, v in wanted.items() if getattr(row, k) != v}


def _write(s: Session, plan: _Plan, now: Any) -> None:
    if plan.new_prospects:
        s.execute(
            insert(ProspectRow),
            [{**p, "revision": 1, "created_at": now, "updated_at": now} for p in plan.new_prospects],
        )
    for prospect_id, changes in plan.prospect_changes.items():
        prospect = s.get(ProspectRow, prospect_id)
        assert prospect is not None
        for name, value in changes.items():
            setattr(prospect, name, value)
        prospect.revision += 1
        prospect.updated_at = now
    if plan.new_deals:
        s.execute(
            insert(DealRow),
            [{**d, "revision": 1, "created_at": now, "updated_at": now} for d in plan.new_deals],
        )
    for deal_id, changes in plan.deal_changes.items():
        deal = s.get(DealRow, deal_id)
        assert deal is not None
        for name, value in changes.items():
            setattr(deal, name, value)
        if set(changes) - {"awaiting_feedback"}:
            deal.revision += 1
            deal.updated_at = now


def _report(path: Path, read: _Read, plan: _Plan, *, applied: bool) -> ImportReport:
    return ImportReport(
        path=str(path),
        layout=read.layout,
        rows=tuple(plan.rows),
        applied=applied,
        problems=tuple(read.problems),
        notes=tuple(read.notes),
        prospects_created=tuple(p["name"] for p in plan.new_prospects),
        awaiting_feedback=tuple(plan.awaiting),
        stages=tuple(sorted(read.stages.values(), key=lambda r: (r.how != "unknown", r.stage))),
        skipped=tuple(read.skipped),
    )


def describe_fields() -> Iterable[tuple[str, str]]:
    """The fields a column can be mapped to, for the mapping dialog and `--help`."""
    return FIELDS.items()
