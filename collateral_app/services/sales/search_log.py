"""The search log: every search with its filters and result count, and every result opened
from it. Queries that found nothing, or whose results nobody opened, are demand signals:
what reps look for and the library does not answer."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import Integer, and_, exists, func, select

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import DemandSignal
from collateral_app.search.query import FILTER_FIELDS, parse_query
from collateral_app.services.sales.base import RecordNotFound, SalesBase
from collateral_app.storage.base import new_id
from collateral_app.storage.sales_models import SearchLogRow, SearchOpenRow

MAX_QUERY = 1_000
Filters = Mapping[str, str | Sequence[str]]


def normalize_query(query: str) -> str:
    return " ".join(query.casefold().split())


class SearchLogService(SalesBase):
    def log_search(self, query: str, filters: Filters | None, result_count: int) -> str:
        """Record a search; returns its id, for `mark_search_opened`."""
        if result_count < 0:
            raise InvalidEdit("A result count cannot be negative.")
        actor = self.actor()
        clean = {k: (v if isinstance(v, str) else list(v)) for k, v in sorted((filters or {}).items()) if v}
        with self.sessions.begin() as s:
            row = SearchLogRow(
                id=new_id(),
                query=query.strip()[:MAX_QUERY],
                normalized_query=normalize_query(query)[:MAX_QUERY],
                filters_json=json.dumps(clean, ensure_ascii=False, sort_keys=True),
                result_count=result_count,
                user_id=actor.user.id,
                device_id=actor.device_id,
                searched_at=self.now(),
            )
            s.add(row)
            return row.id

    def every_word_matches(self, query: str, *, prefix: bool = False) -> int:
        """How many assets match every word of `query`. When none does, a search answers
        with assets matching only some of the words: partial matches, so the rep may still
        need to ask marketing. Counted by searching each word as a one-word "phrase", which
        a document must contain, with the query's filters and exclusions."""
        parsed = parse_query(query, prefix=prefix)
        typed = {index_field: name for name, index_field in FILTER_FIELDS.items()}
        parts = [f'{typed.get(f, f)}:"{v}"' for f, values in parsed.filters.items() for v in values]
        parts += [f'"{text}"' for text in (*parsed.words, *parsed.phrases)]
        for word in parsed.excluded_words:
            name, colon, value = word.partition(":")
            parts.append(f"-{typed.get(name, name)}:{value}" if colon else f"-{word}")
        parts += [f'-"{text}"' for text in parsed.excluded_phrases]
        if parsed.prefix:
            parts.append(parsed.prefix)  # last: still a word being typed
        return self.library.search(" ".join(parts), limit=0, prefix=parsed.prefix is not None).total

    def mark_search_opened(self, search_id: str, asset_id: str) -> None:
        """A result of that search was opened (previewed, shared, presented)."""
        asset = self.library.get_asset(asset_id)
        with self.sessions.begin() as s:
            if s.get(SearchLogRow, search_id) is None:
                raise RecordNotFound("search", search_id)
            s.add(SearchOpenRow(id=new_id(), search_id=search_id, asset_id=asset.id, opened_at=self.now()))

    def demand_signals(
        self, *, since: datetime | None = None, zero_results_only: bool = False, limit: int = 50
    ) -> list[DemandSignal]:
        """Queries that found nothing or got no click, most often first (one line per query,
        case and spacing ignored). Searches with an empty query are browsing, not demand."""
        opened = exists().where(SearchOpenRow.search_id == SearchLogRow.id)
        zero = func.sum((SearchLogRow.result_count == 0).cast(Integer))
        no_click = func.sum(and_(SearchLogRow.result_count > 0, ~opened).cast(Integer))
        query = (
            select(
                SearchLogRow.normalized_query,
                func.count(),
                zero,
                no_click,
                func.max(SearchLogRow.searched_at),
            )
            .where(SearchLogRow.normalized_query != "")
            .group_by(SearchLogRow.normalized_query)
            .having((zero > 0) if zero_results_only else (zero + no_click > 0))
            .order_by((zero + no_click).desc(), func.max(SearchLogRow.searched_at).desc())
            .limit(limit)
        )
        if since is not None:
            query = query.where(SearchLogRow.searched_at >= since)
        with self.sessions() as s:
            return [
                DemandSignal(text, int(n), int(z or 0), int(c or 0), last)
                for text, n, z, c, last in s.execute(query).all()
            ]

    def zero_result_queries(self, *, since: datetime | None = None, limit: int = 50) -> list[DemandSignal]:
        return self.demand_signals(since=since, zero_results_only=True, limit=limit)
