"""SalesLoop: the sales feedback loop of one library, as one object for the UI and the CLI.

    loop = SalesLoop(library)                      # events stamped source=app
    loop.record_usage(asset_id, UsageKind.SHARED, deal_id=deal.id)
    loop.recommend(deal_id=deal.id)

Each concern lives in its own module (profiles, deals, crm_import, usage, feedback, requests,
search_log, recommend, kits, leads, lead_import, lead_agreement) as a mixin over `SalesBase`;
this class only puts them together.
Every method opens its own session and returns frozen records, never rows."""

from __future__ import annotations

from collateral_app.services.sales.content_requests import ContentRequestService
from collateral_app.services.sales.crm_import import CrmImportService
from collateral_app.services.sales.deals import DealService
from collateral_app.services.sales.feedback import FeedbackService
from collateral_app.services.sales.kits import KitService
from collateral_app.services.sales.lead_agreement import AgreementService
from collateral_app.services.sales.lead_import import LeadImportService
from collateral_app.services.sales.leads import LeadService
from collateral_app.services.sales.profiles import ProfileService
from collateral_app.services.sales.recommend import RecommendService
from collateral_app.services.sales.search_log import SearchLogService
from collateral_app.services.sales.usage import UsageService


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
    LeadService,
    LeadImportService,
    AgreementService,
):
    pass
