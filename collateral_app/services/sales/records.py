"""Turning the sales loop's stored rows into the frozen records services hand out."""

from __future__ import annotations

import json

from collateral_app.domain.sales import (
    ContentRequest,
    Deal,
    EventSource,
    Feedback,
    Money,
    Outcome,
    Prospect,
    RequestEvent,
    RequestStatus,
    Role,
    Segment,
    UsageEvent,
    UsageKind,
    UserProfile,
    Verdict,
)
from collateral_app.storage.sales_models import (
    ContentRequestRow,
    DealRow,
    FeedbackRow,
    ProspectRow,
    RequestEventRow,
    UsageEventRow,
    UserRow,
)


def user_from_row(row: UserRow) -> UserProfile:
    return UserProfile(row.id, row.name, Role(row.role))


def prospect_from_row(row: ProspectRow) -> Prospect:
    return Prospect(
        id=row.id,
        name=row.name,
        industry=row.industry,
        size=row.size,
        region=row.region,
        crm_source=row.crm_source,
        crm_id=row.crm_id,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        company_unknown=bool(row.company_unknown),
    )


def deal_from_row(row: DealRow, prospect: ProspectRow) -> Deal:
    amount = Money(row.amount_minor, row.currency) if row.amount_minor is not None and row.currency else None
    return Deal(
        id=row.id,
        name=row.name,
        prospect_id=row.prospect_id,
        prospect_name=prospect.name,
        owner=row.owner,
        stage=row.stage,
        crm_stage=row.crm_stage,
        amount=amount,
        created_on=row.created_on,
        close_date=row.close_date,
        outcome=Outcome(row.outcome),
        awaiting_feedback=row.awaiting_feedback,
        crm_source=row.crm_source,
        crm_id=row.crm_id,
        revision=row.revision,
        created_at=row.created_at,
        updated_at=row.updated_at,
        industry=prospect.industry,
        size=prospect.size,
        related_accounts=_names(row.related_accounts),
    )


def _names(stored: str | None) -> tuple[str, ...]:
    try:
        names = json.loads(stored or "[]")
    except ValueError:
        return ()
    return tuple(str(n) for n in names) if isinstance(names, list) else ()


def usage_from_row(row: UsageEventRow, user_name: str) -> UsageEvent:
    return UsageEvent(
        id=row.id,
        asset_id=row.asset_id,
        kind=UsageKind(row.kind),
        user_id=row.user_id,
        user_name=user_name,
        device_id=row.device_id,
        occurred_at=row.occurred_at,
        prospect_id=row.prospect_id,
        deal_id=row.deal_id,
        source=EventSource(row.source),
    )


def feedback_from_row(row: FeedbackRow, user_name: str) -> Feedback:
    return Feedback(
        id=row.id,
        asset_id=row.asset_id,
        deal_id=row.deal_id,
        verdict=Verdict(row.verdict),
        rating=row.rating,
        comment=row.comment,
        user_id=row.user_id,
        user_name=user_name,
        device_id=row.device_id,
        created_at=row.created_at,
    )


def request_event_from_row(row: RequestEventRow, user_name: str) -> RequestEvent:
    return RequestEvent(
        id=row.id,
        request_id=row.request_id,
        status=RequestStatus(row.status),
        at=row.at,
        user_id=row.user_id,
        user_name=user_name,
        asset_id=row.asset_id,
        reason=row.reason,
    )


def request_from_row(
    row: ContentRequestRow,
    requester_name: str,
    votes: int,
    history: tuple[RequestEvent, ...] = (),
    voter_ids: tuple[str, ...] = (),
) -> ContentRequest:
    return ContentRequest(
        id=row.id,
        text=row.text,
        segment=Segment(
            industry=row.industry, size=row.size, stage=row.stage, persona=row.persona, product=row.product
        ),
        deal_id=row.deal_id,
        requester_id=row.requester_id,
        requester_name=requester_name,
        status=RequestStatus(row.status),
        asset_id=row.asset_id,
        decline_reason=row.decline_reason,
        votes=votes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        history=history,
        voter_ids=voter_ids,
    )
