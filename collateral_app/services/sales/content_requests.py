"""Content requests: what a rep needed and did not find, with its segment; votes from other
reps; marketing's answer (accepted, in progress, delivered with an asset, declined with a
reason). Every change is a dated row in `request_events`, so response times can be measured,
and the requester sees the changes in "What's new"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Subquery, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collateral_app.domain.enums import Dimension
from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import (
    REQUEST_TRANSITIONS,
    ContentRequest,
    RequestEvent,
    RequestStatus,
    RequestUpdate,
    Segment,
)
from collateral_app.services.sales.base import RecordNotFound, SalesBase, require_text
from collateral_app.services.sales.deals import MIN_PREFIX, find_deal
from collateral_app.services.sales.records import request_event_from_row, request_from_row
from collateral_app.storage.base import new_id
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    ProspectRow,
    RequestEventRow,
    RequestVoteRow,
    UserRow,
)

MAX_REQUEST_TEXT = 2_000
STATUS_ORDER = {status.value: n for n, status in enumerate(RequestStatus)}


def parse_status(value: str | RequestStatus) -> RequestStatus:
    try:
        return RequestStatus(str(value).strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError as exc:
        known = ", ".join(s.value for s in RequestStatus)
        raise InvalidEdit(f"A request's status is one of {known}; not “{value}”.") from exc


class ContentRequestService(SalesBase):
    def add_request(
        self, text: str, segment: Segment | None = None, *, deal_id: str | None = None
    ) -> ContentRequest:
        """Ask marketing for something. With a deal, the segment's blanks are filled from it
        (its prospect's industry and size, its stage)."""
        actor = self.actor()
        wanted = segment or Segment()
        body = require_text(text, "A request's text", limit=MAX_REQUEST_TEXT)
        with self.sessions.begin() as s:
            deal = find_deal(s, deal_id) if deal_id else None
            prospect = s.get(ProspectRow, deal.prospect_id) if deal is not None else None
            row = ContentRequestRow(
                id=new_id(),
                text=body,
                industry=self._slug(s, Dimension.INDUSTRY, wanted.industry)
                or (prospect.industry if prospect is not None else None),
                size=self._slug(s, Dimension.SIZE, wanted.size)
                or (prospect.size if prospect is not None else None),
                stage=self._slug(s, Dimension.STAGE, wanted.stage)
                or (deal.stage if deal is not None else None),
                persona=self._slug(s, Dimension.PERSONA, wanted.persona),
                product=self._slug(s, Dimension.PRODUCT, wanted.product),
                deal_id=deal.id if deal is not None else None,
                requester_id=actor.user.id,
                status=RequestStatus.OPEN.value,
                created_at=self.now(),
                updated_at=self.now(),
            )
            s.add(row)
            s.add(
                RequestEventRow(
                    id=new_id(),
                    request_id=row.id,
                    status=RequestStatus.OPEN.value,
                    at=self.now(),
                    user_id=actor.user.id,
                    device_id=actor.device_id,
                )
            )
            s.flush()
            return self._request(s, row)

    def vote(self, request_id: str) -> ContentRequest:
        """Another rep needs the same: one vote per person, not for one's own request."""
        actor = self.actor()
        try:
            with self.sessions.begin() as s:
                row = _find_request(s, request_id)
                if row.requester_id == actor.user.id:
                    raise InvalidEdit("You asked for this yourself; votes come from other reps.")
                s.add(
                    RequestVoteRow(
                        id=new_id(),
                        request_id=row.id,
                        user_id=actor.user.id,
                        device_id=actor.device_id,
                        created_at=self.now(),
                    )
                )
                s.flush()
                return self._request(s, row)
        except IntegrityError as exc:
            raise InvalidEdit("You have already voted for this request.") from exc

    def update_request(
        self,
        request_id: str,
        status: RequestStatus | str,
        *,
        asset_id: str | None = None,
        reason: str = "",
    ) -> ContentRequest:
        """Marketing's answer. Delivered needs the asset that answers it; declined needs a
        reason; a delivered or declined request stays so (ask again with a new request)."""
        wanted = parse_status(status)
        actor = self.actor()
        asset = self.library.get_asset(asset_id) if asset_id else None
        text = " ".join(reason.split())
        if wanted is RequestStatus.DELIVERED and asset is None:
            raise InvalidEdit("Say which asset delivers the request.")
        if wanted is RequestStatus.DECLINED and not text:
            raise InvalidEdit("Say why the request is declined; the rep will read it.")
        if asset is not None and wanted is not RequestStatus.DELIVERED:
            raise InvalidEdit("An asset is given only when the request is delivered.")
        with self.sessions.begin() as s:
            row = _find_request(s, request_id)
            current = RequestStatus(row.status)
            if wanted not in REQUEST_TRANSITIONS[current]:
                raise InvalidEdit(f"A request that is {_words(current)} cannot become {_words(wanted)}.")
            row.status = wanted.value
            row.asset_id = asset.id if asset is not None else row.asset_id
            row.decline_reason = text if wanted is RequestStatus.DECLINED else row.decline_reason
            row.revision += 1
            row.updated_at = self.now()
            s.add(
                RequestEventRow(
                    id=new_id(),
                    request_id=row.id,
                    status=wanted.value,
                    at=self.now(),
                    user_id=actor.user.id,
                    device_id=actor.device_id,
                    asset_id=asset.id if asset is not None else None,
                    reason=text,
                )
            )
            s.flush()
            return self._request(s, row)

    def get_request(self, request_id: str) -> ContentRequest:
        with self.sessions() as s:
            return self._request(s, _find_request(s, request_id))

    def list_requests(
        self,
        *,
        status: RequestStatus | str | None = None,
        mine: bool = False,
        deal_id: str | None = None,
        limit: int | None = None,
    ) -> list[ContentRequest]:
        """Open requests first, most voted first, oldest first; each with its history."""
        votes = _votes()
        order = case(STATUS_ORDER, value=ContentRequestRow.status, else_=len(STATUS_ORDER))
        query = (
            select(ContentRequestRow, UserRow.name, func.coalesce(votes.c.votes, 0))
            .join(UserRow, UserRow.id == ContentRequestRow.requester_id)
            .outerjoin(votes, votes.c.request_id == ContentRequestRow.id)
            .order_by(
                order,
                func.coalesce(votes.c.votes, 0).desc(),
                ContentRequestRow.created_at,
                ContentRequestRow.id,
            )
        )
        if status is not None:
            query = query.where(ContentRequestRow.status == parse_status(status).value)
        if mine:
            query = query.where(ContentRequestRow.requester_id == self.actor().user.id)
        if limit:
            query = query.limit(limit)
        with self.sessions() as s:
            if deal_id:
                query = query.where(ContentRequestRow.deal_id == find_deal(s, deal_id).id)
            rows = s.execute(query).all()
            ids = [row.id for row, _, _ in rows]
            histories, voters = _histories(s, ids), _voters(s, ids)
            return [
                request_from_row(row, name, int(n), histories.get(row.id, ()), voters.get(row.id, ()))
                for row, name, n in rows
            ]

    def request_updates_since(self, since: datetime) -> list[RequestUpdate]:
        """ "What's new" for the requester: changes others made to my requests after `since`,
        newest first."""
        me = self.actor().user.id
        with self.sessions() as s:
            rows = s.execute(
                select(RequestEventRow, UserRow.name)
                .join(UserRow, UserRow.id == RequestEventRow.user_id)
                .join(ContentRequestRow, ContentRequestRow.id == RequestEventRow.request_id)
                .where(
                    ContentRequestRow.requester_id == me,
                    RequestEventRow.user_id != me,
                    RequestEventRow.at > since,
                )
                .order_by(RequestEventRow.at.desc(), RequestEventRow.id)
            ).all()
            requests = {r.id: self._request(s, r) for r in _rows_by_id(s, {e.request_id for e, _ in rows})}
            return [
                RequestUpdate(requests[e.request_id], request_event_from_row(e, name)) for e, name in rows
            ]

    def _request(self, s: Session, row: ContentRequestRow) -> ContentRequest:
        requester = s.get(UserRow, row.requester_id)
        votes = s.scalar(
            select(func.count()).select_from(RequestVoteRow).where(RequestVoteRow.request_id == row.id)
        )
        history = _histories(s, [row.id]).get(row.id, ())
        voters = _voters(s, [row.id]).get(row.id, ())
        return request_from_row(row, requester.name if requester else "", int(votes or 0), history, voters)


def _votes() -> Subquery:
    return (
        select(RequestVoteRow.request_id, func.count().label("votes"))
        .group_by(RequestVoteRow.request_id)
        .subquery("votes")
    )


def _histories(s: Session, ids: Sequence[str]) -> dict[str, tuple[RequestEvent, ...]]:
    result: dict[str, list[RequestEvent]] = {}
    if not ids:
        return {}
    rows = s.execute(
        select(RequestEventRow, UserRow.name)
        .join(UserRow, UserRow.id == RequestEventRow.user_id)
        .where(RequestEventRow.request_id.in_(list(ids)))
        .order_by(RequestEventRow.at, RequestEventRow.id)
    ).all()
    for event, name in rows:
        result.setdefault(event.request_id, []).append(request_event_from_row(event, name))
    return {k: tuple(v) for k, v in result.items()}


def _voters(s: Session, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """request id → the users who voted for it."""
    if not ids:
        return {}
    found: dict[str, set[str]] = {}
    rows = s.execute(
        select(RequestVoteRow.request_id, RequestVoteRow.user_id).where(
            RequestVoteRow.request_id.in_(list(ids))
        )
    ).all()
    for request_id, user_id in rows:
        found.setdefault(request_id, set()).add(user_id)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _rows_by_id(s: Session, ids: set[str]) -> Sequence[ContentRequestRow]:
    if not ids:
        return []
    return s.scalars(select(ContentRequestRow).where(ContentRequestRow.id.in_(ids))).all()


def _find_request(s: Session, ref: str) -> ContentRequestRow:
    ref = ref.strip()
    row = s.get(ContentRequestRow, ref)
    if row is not None:
        return row
    if len(ref) >= MIN_PREFIX:
        found = s.scalars(
            select(ContentRequestRow).where(ContentRequestRow.id.startswith(ref)).limit(2)
        ).all()
        if len(found) == 1:
            return found[0]
    raise RecordNotFound("request", ref)


def _words(status: RequestStatus) -> str:
    return status.value.replace("_", " ")
