"""Records as JSON-ready data, for every `--json` of the command line and the reports."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Set
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from collateral_app.domain.sales import Money


def plain(value: Any, *, omit: Set[str] = frozenset()) -> Any:
    """`value` with records as dicts (fields named in `omit` left out at every depth), enums
    as their values, dates as ISO text, money as minor units, currency and decimal text."""
    if isinstance(value, Money):
        return {"minor": value.minor, "currency": value.currency, "value": str(value.value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name), omit=omit)
            for f in dataclasses.fields(value)
            if f.name not in omit
        }
    if isinstance(value, dict):
        return {str(plain(k)): plain(v, omit=omit) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [plain(v, omit=omit) for v in value]
    return value


def print_json(data: Any, out: TextIO) -> None:
    """One JSON document on one line."""
    out.write(json.dumps(plain(data), ensure_ascii=False) + "\n")
