"""Prospects (accounts) and deals: created and edited in the app or imported from a CRM.
Winning or losing a deal flags it as awaiting feedback, which the won/lost prompt answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import Deal, DealDraft, MergeResult, Money, Outcome, Prospect, ProspectDraft
from collateral_app.services.common.tabular import fold, parse_currency_code, parse_date, parse_money
from collateral_app.services.sales.base import RecordNotFound, SalesBase, require_text
from collateral_app.services.sales.records import deal_from_row, prospect_from_row
from collateral_app.storage.base import new_id
from collateral_app.storage.models import Setting
from collateral_app.storage.sales_models import DealRow, ProspectRow, UsageEventRow

DEFAULT_CURRENCY_KEY = "default_currency"
FALLBACK_CURRENCY = "USD"
# A deal imported already closed asks for feedback only if it closed this recently; a first
# import of a year of history must not fill the prompt with deals nobody remembers.
RECENT_CLOSE = timedelta(days=30)
MIN_PREFIX = 6

PROSPECT_FIELDS = ("name", "industry", "size", "region")
DEAL_FIELDS = ("name", "owner", "stage", "amount", "currency", "created_on", "close_date", "prospect")


def parse_outcome(value: str | Outcome) -> Outcome:
    try:
        return Outcome(str(value).strip().lower())
    except ValueError as exc:
        raise InvalidEdit(f"An outcome is one of open, won, lost; not “{value}”.") from exc


def closes_now(before: Outcome, after: Outcome) -> bool:
    """Whether a change of outcome should ask the rep which assets helped."""
    return after.is_closed and after is not before


class DealService(SalesBase):
    # -- settings --------------------------------------------------------------------------
    def default_currency(self) -> str:
        """What an amount without a currency is in (USD unless marketing says otherwise)."""
        with self.sessions() as s:
            return default_currency(s)

    def set_default_currency(self, code: str) -> str:
        try:
            currency = parse_currency_code(code)
        except ValueError as exc:
            raise InvalidEdit(str(exc)) from exc
        with self.sessions.begin() as s:
            row = s.get(Setting, DEFAULT_CURRENCY_KEY)
            if row is None:
                s.add(Setting(key=DEFAULT_CURRENCY_KEY, value=currency))
            else:
                row.value = currency
        return currency

    # -- prospects -------------------------------------------------------------------------
    def create_prospect(
        self, name: str, *, industry: str | None = None, size: str | None = None, region: str = ""
    ) -> Prospect:
        with self.sessions.begin() as s:
            return prospect_from_row(self._add_prospect(s, ProspectDraft(name, industry, size, region)))

    def _add_prospect(self, s: Session, draft: ProspectDraft) -> ProspectRow:
        row = ProspectRow(
            id=new_id(),
            name=require_text(draft.name, "A prospect's name", limit=300),
            industry=self._slug(s, Dimension.INDUSTRY, draft.industry),
            size=self._slug(s, Dimension.SIZE, draft.size),
            region=" ".join(draft.region.split()),
            created_at=self.now(),
            updated_at=self.now(),
        )
        s.add(row)
        s.flush()
        return row

    def edit_prospect(self, ref: str, changes: Mapping[str, str]) -> Prospect:
        unknown = [f for f in changes if f not in PROSPECT_FIELDS]
        if unknown:
            raise InvalidEdit(f"Unknown field {', '.join(unknown)}. Fields: {', '.join(PROSPECT_FIELDS)}.")
        with self.sessions.begin() as s:
            row = find_prospect(s, ref)
            for name, value in changes.items():
                if name == "name":
                    row.name = require_text(value, "A prospect's name", limit=300)
                elif name == "industry":
                    row.industry = self._slug(s, Dimension.INDUSTRY, value)
                elif name == "size":
                    row.size = self._slug(s, Dimension.SIZE, value)
                else:
                    row.region = " ".join(value.split())
            row.revision += 1
            row.updated_at = self.now()
            return prospect_from_row(row)

    def get_prospect(self, ref: str) -> Prospect:
        with self.sessions() as s:
            return prospect_from_row(find_prospect(s, ref))

    def list_prospects(
        self, *, industry: str | None = None, size: str | None = None, company_unknown: bool | None = None
    ) -> list[Prospect]:
        """Prospects by name; a "company unknown" prospect left without deals (merged) is not
        listed. `company_unknown=True` lists only those still waiting to be merged."""
        has_deals = select(DealRow.id).where(DealRow.prospect_id == ProspectRow.id).exists()
        query = (
            select(ProspectRow)
            .where(or_(ProspectRow.company_unknown.is_(False), has_deals))
            .order_by(func.lower(ProspectRow.name), ProspectRow.id)
        )
        if company_unknown is not None:
            query = query.where(ProspectRow.company_unknown.is_(company_unknown))
        with self.sessions() as s:
            if industry:
                query = query.where(ProspectRow.industry == self._slug(s, Dimension.INDUSTRY, industry))
            if size:
                query = query.where(ProspectRow.size == self._slug(s, Dimension.SIZE, size))
            return [prospect_from_row(r) for r in s.scalars(query)]

    def merge_prospects(self, refs: Sequence[str], into: str) -> MergeResult:
        """Merges prospects into one (a CRM deal's "company unknown" prospect into the real
        account): their deals move to `into`, in one transaction. A merged prospect that usage
        events name stays, emptied, for that history (events are never edited); the others go."""
        with self.sessions.begin() as s:
            target = find_prospect(s, into)
            sources = [find_prospect(s, ref) for ref in dict.fromkeys(refs)]
            sources = [p for p in sources if p.id != target.id]
            if not sources:
                raise InvalidEdit("Name at least one other prospect to merge into this one.")
            moved = 0
            kept: list[str] = []
            for source in sources:
                for deal in s.scalars(select(DealRow).where(DealRow.prospect_id == source.id)):
                    deal.prospect_id = target.id
                    deal.revision += 1
                    moved += 1
                s.flush()
                referenced = s.scalar(
                    select(func.count())
                    .select_from(UsageEventRow)
                    .where(UsageEventRow.prospect_id == source.id)
                )
                if referenced or source.server_version is not None:
                    # Facts name it, or the team's copy does: kept, empty, out of the lists.
                    source.company_unknown = True
                    source.name = f"{source.name} → merged into {target.name}"[:300]
                    source.revision += 1
                    kept.append(source.name)
                else:
                    s.delete(source)
            for field_name in ("industry", "size"):
                if getattr(target, field_name) is None:
                    value = next((getattr(p, field_name) for p in sources if getattr(p, field_name)), None)
                    setattr(target, field_name, value)
            target.revision += 1
            return MergeResult(target.id, moved, tuple(p.name for p in sources), tuple(kept))

    # -- deals -----------------------------------------------------------------------------
    def create_deal(self, draft: DealDraft, *, new_prospect: ProspectDraft | None = None) -> Deal:
        """A deal typed in the app, for `draft.prospect_id` or for a company made with it
        (`new_prospect`): both or neither are saved."""
        today = self.now().date()
        owner = " ".join(draft.owner.split()) or self.actor().user.name
        with self.sessions.begin() as s:
            if new_prospect is not None:
                prospect = self._add_prospect(s, new_prospect)
            else:
                prospect = find_prospect(s, draft.prospect_id)
            row = DealRow(
                id=new_id(),
                prospect_id=prospect.id,
                name=require_text(draft.name, "A deal's name"),
                owner=owner,
                stage=self._slug(s, Dimension.STAGE, draft.stage),
                crm_stage="",
                created_on=draft.created_on or today,
                close_date=draft.close_date,
                outcome=draft.outcome.value,
                awaiting_feedback=draft.outcome.is_closed,
                created_at=self.now(),
                updated_at=self.now(),
            )
            self._set_amount(s, row, draft.amount, draft.currency or None)
            if draft.outcome.is_closed and row.close_date is None:
                row.close_date = today
            s.add(row)
            s.flush()
            return deal_from_row(row, prospect)

    def edit_deal(
        self,
        ref: str,
        changes: Mapping[str, str],
        *,
        new_prospect: ProspectDraft | None = None,
        outcome: Outcome | str | None = None,
    ) -> Deal:
        """Change fields given as text, as a user types them (`amount` "1.234,50 €",
        `close_date` 2025-06-30, `prospect` a name or id); optionally move the deal to a
        company made with it (`new_prospect`) and set its `outcome` as `set_outcome` does.
        All of it is saved, or none."""
        unknown = [f for f in changes if f not in DEAL_FIELDS]
        if unknown:
            raise InvalidEdit(f"Unknown field {', '.join(unknown)}. Fields: {', '.join(DEAL_FIELDS)}.")
        wanted = parse_outcome(outcome) if outcome is not None else None
        with self.sessions.begin() as s:
            row = find_deal(s, ref)
            if new_prospect is not None:
                row.prospect_id = self._add_prospect(s, new_prospect).id
            for name, value in changes.items():
                if name == "name":
                    row.name = require_text(value, "A deal's name")
                elif name == "owner":
                    row.owner = " ".join(value.split())
                elif name == "stage":
                    row.stage = self._slug(s, Dimension.STAGE, value)
                elif name in ("created_on", "close_date"):
                    setattr(row, name, _typed_date(name, value))
                elif name == "prospect":
                    row.prospect_id = find_prospect(s, value).id
            if "amount" in changes or "currency" in changes:
                amount = changes.get("amount")
                if amount is None:
                    amount = "" if row.amount_minor is None else _minor_text(row.amount_minor, row.currency)
                self._set_amount(s, row, amount, changes.get("currency") or row.currency or None)
            if changes or new_prospect is not None:
                row.revision += 1
                row.updated_at = self.now()
            if wanted is not None:
                self._apply_outcome(row, wanted, None)
            prospect = s.get(ProspectRow, row.prospect_id)
            assert prospect is not None
            return deal_from_row(row, prospect)

    def set_outcome(self, ref: str, outcome: Outcome | str, *, close_date: date | None = None) -> Deal:
        """Won or lost: dated (today unless said) and flagged for the won/lost prompt.
        Back to open: the prompt is withdrawn."""
        wanted = parse_outcome(outcome)
        with self.sessions.begin() as s:
            row = find_deal(s, ref)
            self._apply_outcome(row, wanted, close_date)
            prospect = s.get(ProspectRow, row.prospect_id)
            assert prospect is not None
            return deal_from_row(row, prospect)

    def _apply_outcome(self, row: DealRow, wanted: Outcome, close_date: date | None) -> None:
        before = Outcome(row.outcome)
        if before is not wanted or (close_date is not None and close_date != row.close_date):
            row.outcome = wanted.value
            if wanted.is_closed:
                row.close_date = (
                    close_date or (row.close_date if before is wanted else None) or (self.now().date())
                )
            elif close_date is not None:
                row.close_date = close_date
            if closes_now(before, wanted):
                row.awaiting_feedback = True
            elif not wanted.is_closed:
                row.awaiting_feedback = False
            row.revision += 1
            row.updated_at = self.now()

    def restore_outcome(self, before: Deal) -> Deal:
        """Put a deal's outcome back as `before` had it (its outcome, close date and whether
        the won/lost prompt waits): an undone "Mark won"."""
        with self.sessions.begin() as s:
            row = find_deal(s, before.id)
            row.outcome = before.outcome.value
            row.close_date = before.close_date
            row.awaiting_feedback = before.awaiting_feedback
            row.revision += 1
            row.updated_at = self.now()
            prospect = s.get(ProspectRow, row.prospect_id)
            assert prospect is not None
            return deal_from_row(row, prospect)

    def dismiss_feedback_prompt(self, ref: str) -> None:
        """The rep closed the won/lost prompt without answering: do not ask again."""
        with self.sessions.begin() as s:
            find_deal(s, ref).awaiting_feedback = False

    def get_deal(self, ref: str) -> Deal:
        with self.sessions() as s:
            row = find_deal(s, ref)
            prospect = s.get(ProspectRow, row.prospect_id)
            assert prospect is not None
            return deal_from_row(row, prospect)

    def list_deals(
        self,
        *,
        outcome: Outcome | None = None,
        prospect: str | None = None,
        owner: str | None = None,
        awaiting_feedback: bool | None = None,
        limit: int | None = None,
    ) -> list[Deal]:
        """Open deals first (soonest expected close first), then closed ones, latest first."""
        query = (
            select(DealRow, ProspectRow)
            .join(ProspectRow, ProspectRow.id == DealRow.prospect_id)
            .order_by(
                DealRow.outcome != Outcome.OPEN.value,
                case(
                    (DealRow.outcome == Outcome.OPEN.value, func.julianday(DealRow.close_date)),
                    else_=-func.julianday(DealRow.close_date),
                ),
                func.lower(DealRow.name),
                DealRow.id,
            )
        )
        if outcome is not None:
            query = query.where(DealRow.outcome == outcome.value)
        if owner:
            query = query.where(func.lower(DealRow.owner) == owner.strip().lower())
        if awaiting_feedback is not None:
            query = query.where(DealRow.awaiting_feedback.is_(awaiting_feedback))
        if limit:
            query = query.limit(limit)
        with self.sessions() as s:
            if prospect:
                query = query.where(DealRow.prospect_id == find_prospect(s, prospect).id)
            return [deal_from_row(d, p) for d, p in s.execute(query).all()]

    def deals_awaiting_feedback(self) -> list[Deal]:
        """Won or lost deals whose reps have not yet said which assets helped."""
        return self.list_deals(awaiting_feedback=True)

    def _set_amount(self, s: Session, row: DealRow, typed: str, currency: str | None) -> None:
        if not typed.strip():
            row.amount_minor = None
            row.currency = ""
            return
        try:
            code = parse_currency_code(currency) if currency else None
            money = parse_money(typed, currency=code, default_currency=default_currency(s))
        except ValueError as exc:
            raise InvalidEdit(str(exc)[0].upper() + str(exc)[1:] + ".") from exc
        row.amount_minor = money.minor
        row.currency = money.currency


def find_prospect(s: Session, ref: str) -> ProspectRow:
    """A prospect by id, unique id prefix, CRM id or exact name (any case)."""
    ref = ref.strip()
    row = s.get(ProspectRow, ref)
    if row is not None:
        return row
    candidates = s.scalars(
        select(ProspectRow).where(or_(ProspectRow.crm_id == ref, ProspectRow.id.startswith(ref))).limit(3)
    ).all()
    if len(ref) < MIN_PREFIX:
        candidates = [c for c in candidates if c.crm_id == ref]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        wanted = fold(ref)
        candidates = [
            r
            for r in s.scalars(select(ProspectRow).where(func.lower(ProspectRow.name) == ref.lower()))
            if fold(r.name) == wanted
        ] or [r for r in s.scalars(select(ProspectRow)) if fold(r.name) == wanted]
        if len(candidates) == 1:
            return candidates[0]
    if len(candidates) > 1:
        raise InvalidEdit(f"“{ref}” names {len(candidates)} prospects; use the id.")
    raise RecordNotFound("prospect", ref)


def find_deal(s: Session, ref: str) -> DealRow:
    """A deal by id, CRM id or unique id prefix."""
    ref = ref.strip()
    row = s.get(DealRow, ref)
    if row is not None:
        return row
    by_crm = s.scalars(select(DealRow).where(DealRow.crm_id == ref).limit(3)).all()
    if len(by_crm) == 1:
        return by_crm[0]
    if len(by_crm) > 1:
        raise InvalidEdit(f"CRM id “{ref}” is in {len(by_crm)} CRMs' deals; use the deal's id.")
    if len(ref) >= MIN_PREFIX:
        by_prefix = s.scalars(select(DealRow).where(DealRow.id.startswith(ref)).limit(2)).all()
        if len(by_prefix) == 1:
            return by_prefix[0]
    raise RecordNotFound("deal", ref)


def default_currency(s: Session) -> str:
    row = s.get(Setting, DEFAULT_CURRENCY_KEY)
    return row.value if row is not None else FALLBACK_CURRENCY


def _typed_date(name: str, value: str) -> date | None:
    if not value.strip():
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InvalidEdit(f"{name}: {exc}.") from exc


def _minor_text(minor: int, currency: str) -> str:
    return str(Money(minor, currency).value)
