"""The hand-off agreement as data: the hand-off day and count, the working days to first touch
and to a decision, the targets, and which CRM values mean MQL, worked, SQL, rejected and
recycled. Stored in one library setting (JSON), read by the import and by the report, and
changed only by a marketer or an admin."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.leads import WEEKDAYS, Deadlines, HandoffAgreement, LeadStage
from collateral_app.domain.sales import CrmFormat, Role
from collateral_app.services.common.clock import add_working_days
from collateral_app.services.common.tabular import fold
from collateral_app.services.sales.base import SalesBase
from collateral_app.services.sales.lead_vocabulary import DEFAULT_VALUES
from collateral_app.storage.models import Setting

log = logging.getLogger(__name__)

AGREEMENT_KEY = "handoff.agreement"
# Setting names (as `collateral report settings --set NAME=VALUE` writes them) → limits.
AGREEMENT_NUMBERS: dict[str, tuple[int, int]] = {
    "handoff_count": (1, 100_000),
    "touch_working_days": (0, 60),
    "decide_working_days": (0, 60),
    "in_time_target_percent": (1, 100),
    "conversion_target_percent": (1, 100),
    "content_min_leads": (1, 1_000),
}
AGREEMENT_NAMES = ("handoff_day", *AGREEMENT_NUMBERS)
CRMS = (CrmFormat.HUBSPOT.value, CrmFormat.SALESFORCE.value, CrmFormat.CSV.value)
VALUE_SEPARATOR = ";"


def default_agreement() -> HandoffAgreement:
    return HandoffAgreement(values={crm: dict(stages) for crm, stages in DEFAULT_VALUES.items()})


def read_agreement(s: Session) -> HandoffAgreement:
    row = s.get(Setting, AGREEMENT_KEY)
    agreement = default_agreement()
    if row is None or not row.value:
        return agreement
    try:
        stored = json.loads(row.value)
        values = {
            crm: {LeadStage(stage).value: tuple(fold(v) for v in found) for stage, found in stages.items()}
            for crm, stages in stored.get("values", {}).items()
        }
        return replace(
            agreement,
            handoff_weekday=int(stored.get("handoff_weekday", agreement.handoff_weekday)) % 7,
            handoff_count=int(stored.get("handoff_count", agreement.handoff_count)),
            touch_working_days=int(stored.get("touch_working_days", agreement.touch_working_days)),
            decide_working_days=int(stored.get("decide_working_days", agreement.decide_working_days)),
            in_time_target=float(stored.get("in_time_target", agreement.in_time_target)),
            conversion_target=float(stored.get("conversion_target", agreement.conversion_target)),
            content_min_leads=int(stored.get("content_min_leads", agreement.content_min_leads)),
            values={**agreement.values, **values},
        )
    except (ValueError, TypeError, AttributeError):
        log.warning("the stored hand-off agreement is unreadable; the default applies")
        return agreement


def agreement_settings(agreement: HandoffAgreement) -> dict[str, Any]:
    """The agreement as named settings, for `report settings` and the dialog."""
    found: dict[str, Any] = {
        "handoff_day": WEEKDAYS[agreement.handoff_weekday],
        "handoff_count": agreement.handoff_count,
        "touch_working_days": agreement.touch_working_days,
        "decide_working_days": agreement.decide_working_days,
        "in_time_target_percent": round(agreement.in_time_target * 100),
        "conversion_target_percent": round(agreement.conversion_target * 100),
        "content_min_leads": agreement.content_min_leads,
    }
    for crm in CRMS:
        for stage in LeadStage:
            found[f"{crm}.{stage.value}"] = VALUE_SEPARATOR.join(agreement.values.get(crm, {}).get(stage, ()))
    return found


def is_agreement_setting(name: str) -> bool:
    crm, _, stage = name.partition(".")
    return name in AGREEMENT_NAMES or (crm in CRMS and stage in {s.value for s in LeadStage})


def changed_agreement(agreement: HandoffAgreement, changes: Mapping[str, Any]) -> HandoffAgreement:
    """The agreement with `changes` (setting name → value as typed) made, each checked."""
    updates: dict[str, Any] = {}
    values = {crm: dict(stages) for crm, stages in agreement.values.items()}
    for name, raw in changes.items():
        text = str(raw).strip()
        if name == "handoff_day":
            day = fold(text)
            matches = [i for i, w in enumerate(WEEKDAYS) if w.startswith(day)] if len(day) >= 2 else []
            if len(matches) != 1:
                raise InvalidEdit(f"handoff_day is a weekday (monday … sunday), not “{text}”.")
            updates["handoff_weekday"] = matches[0]
            continue
        if name in AGREEMENT_NUMBERS:
            low, high = AGREEMENT_NUMBERS[name]
            try:
                number = int(text)
            except ValueError as exc:
                raise InvalidEdit(f"{name} is a whole number, not “{text}”.") from exc
            if not low <= number <= high:
                raise InvalidEdit(f"{name} is from {low} to {high}, not {number}.")
            if name.endswith("_percent"):
                updates[name.removesuffix("_percent")] = number / 100
            else:
                updates[name] = number
            continue
        crm, _, stage = name.partition(".")
        if crm in CRMS and stage in {s.value for s in LeadStage}:
            wanted = tuple(dict.fromkeys(fold(v) for v in text.split(VALUE_SEPARATOR) if v.strip()))
            for other, found in values.get(crm, {}).items():
                clash = set(found) & set(wanted)
                if other != stage and clash:
                    raise InvalidEdit(
                        f"“{sorted(clash)[0]}” already means {LeadStage(other).label} for {crm}; "
                        f"remove it from {crm}.{other} first."
                    )
            values.setdefault(crm, {})[stage] = wanted
            continue
        known = ", ".join([*AGREEMENT_NAMES, "CRM.STAGE (e.g. hubspot.mql)"])
        raise InvalidEdit(f"Unknown setting {name}. Hand-off settings: {known}.")
    return replace(agreement, values=values, **updates)


def write_agreement(s: Session, agreement: HandoffAgreement) -> None:
    stored = {
        "handoff_weekday": agreement.handoff_weekday,
        "handoff_count": agreement.handoff_count,
        "touch_working_days": agreement.touch_working_days,
        "decide_working_days": agreement.decide_working_days,
        "in_time_target": agreement.in_time_target,
        "conversion_target": agreement.conversion_target,
        "content_min_leads": agreement.content_min_leads,
        "values": {
            crm: {stage: list(v) for stage, v in stages.items()} for crm, stages in agreement.values.items()
        },
    }
    value = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    row = s.get(Setting, AGREEMENT_KEY)
    if row is None:
        s.add(Setting(key=AGREEMENT_KEY, value=value))
    else:
        row.value = value


def deadlines(agreement: HandoffAgreement, handed_over_at: datetime, tz: ZoneInfo) -> Deadlines:
    return Deadlines(
        touch_by=add_working_days(handed_over_at, agreement.touch_working_days, tz),
        decide_by=add_working_days(handed_over_at, agreement.decide_working_days, tz),
    )


class AgreementService(SalesBase):
    def handoff_agreement(self) -> HandoffAgreement:
        with self.sessions() as s:
            return read_agreement(s)

    def set_handoff_agreement(self, **changes: Any) -> HandoffAgreement:
        """Change the agreement (names as in `agreement_settings`); a marketer's or an
        admin's to change, never a rep's."""
        if self.actor().user.role is Role.REP:
            raise InvalidEdit(
                "Only a marketer or an admin can change the hand-off agreement "
                "(`collateral whoami --set-role marketer`)."
            )
        with self.sessions.begin() as s:
            agreement = changed_agreement(read_agreement(s), changes)
            write_agreement(s, agreement)
            return agreement
