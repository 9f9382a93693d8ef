"""SalesLoop: the sales feedback loop of one library, as one object for the UI and the CLI.

    loop = SalesLoop(library)                      # events stamped source=app
    loop.record_usage(asset_id, UsageKind.SHARED, deal_id=deal.id)
    loop.recommend(deal_id=deal.id)

Each concern lives in its own module (profiles, deals, crm_import, usage, feedback, requests,
search_log, recommend, kits) as a mixin over `SalesBase`; this class only puts them together.
Every method opens its own session and returns frozen records, never rows."""

from __future__ import annotations

from .content_requests import ContentRequestService
from .crm_import import CrmImportService
from .deals import DealService
from .feedback import FeedbackService
from .kits import KitService
from .profiles import ProfileService
from .recommend import RecommendService
from .search_log import SearchLogService
from .usage import UsageService


class SalesLoop(
    ProfileService,
    DealService,
    CrmImportService,
    UsageService,
    FeedbackService,
    ContentRequestService,
    SearchLogService,
    RecommendService,
    KitService,
):
    pass
