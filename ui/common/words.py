"""Deals and segments in the words a rep uses for them, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collateral_app.domain.sales import Deal, Outcome, Segment

from .record_table import Labels


def value_word(value: str) -> str:
    """A stored value (an asset's status, a deal's outcome, a coverage status, a role: the
    words are marked in collateral_app.i18n.VALUE_WORDS) in the user's words."""
    return QCoreApplication.translate("words", str(value).replace("_", " "))


def deal_title(deal: Deal) -> str:
    """A deal as a rep names it: its name, with the prospect when the name lacks it."""
    if deal.prospect_name.casefold() in deal.name.casefold():
        return deal.name
    return f"{deal.prospect_name} — {deal.name}"


def segment_text(segment: Segment, labels: Labels) -> str:
    parts = [
        labels(dimension, value)
        for dimension, value in (
            ("industry", segment.industry),
            ("size", segment.size),
            ("stage", segment.stage),
            ("persona", segment.persona),
            ("product", segment.product),
        )
        if value
    ]
    return " · ".join(parts)


CLOSED_STAGES = {Outcome.WON: "Closed Won", Outcome.LOST: "Closed Lost"}


def deal_stage(deal: Deal, labels: Labels) -> str:
    """Where a deal stands: Closed Won or Closed Lost once closed, else its stage (the
    library's word for it, or the CRM's)."""
    if deal.outcome in CLOSED_STAGES:
        return CLOSED_STAGES[deal.outcome]
    return labels("stage", deal.stage) if deal.stage else deal.crm_stage
