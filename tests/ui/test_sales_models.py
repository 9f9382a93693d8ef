"""The feedback loop's item models: each passes Qt's model tester with real records, and
shows what its screen relies on."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from collateral_app.domain.sales import (
    ContentRequest,
    Deal,
    ImportRow,
    Money,
    Outcome,
    Recommendation,
    RequestStatus,
    RowAction,
    Segment,
)
from ui.common.record_table import RecordRole
from ui.sales.models import (
    DealChoicesModel,
    DealFilter,
    DealSection,
    DealsModel,
    ImportPreviewModel,
    KitEntry,
    KitItemsModel,
    RecommendationsModel,
    RequestsModel,
)
from ui.sales.requests import RequestFilter

WHEN = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def label(dimension: str, slug: str) -> str:
    return slug.replace("-", " ").title()


def deal(n: int, outcome: Outcome = Outcome.OPEN, **changes: object) -> Deal:
    values: dict[str, object] = {
        "id": f"deal-{n}",
        "name": f"Deal {n}",
        "prospect_id": f"p-{n}",
        "prospect_name": f"Company {n}",
        "owner": "Dana",
        "stage": "decision",
        "crm_stage": "Contract Sent",
        "amount": Money(n * 100_000, "USD"),
        "created_on": date(2025, 1, n),
        "close_date": date(2025, 7, n),
        "outcome": outcome,
        "awaiting_feedback": False,
        "crm_source": "hubspot",
        "crm_id": str(9000 + n),
        "revision": 1,
        "created_at": WHEN,
        "updated_at": WHEN,
        "industry": "healthcare",
        "size": None,
    }
    values.update(changes)
    return Deal(**values)  # type: ignore[arg-type]


def request(n: int, status: RequestStatus = RequestStatus.OPEN) -> ContentRequest:
    return ContentRequest(
        id=f"r-{n}",
        text=f"Need {n}",
        segment=Segment(industry="retail", stage="decision"),
        deal_id=None,
        requester_id="u-1",
        requester_name="Dana",
        status=status,
        asset_id=None,
        decline_reason="Not this quarter" if status is RequestStatus.DECLINED else "",
        votes=n,
        created_at=WHEN,
        updated_at=WHEN,
    )


def recommendation(n: int) -> Recommendation:
    return Recommendation(
        asset_id=f"a-{n}",
        title=f"Asset {n}",
        type="case-study",
        score=90.0 - n,
        reason=f"used in {n} won deals",
        won_deals_used=n,
        lost_deals_used=0,
        helped_win=0,
        did_not_help=0,
        average_rating=None,
        ratings=0,
        raters=0,
        used_with_prospect=0,
        parts={"won_deals": 20.0, "freshness": 10.0},
    )


def test_the_deals_model_and_its_filter_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DealsModel(label)
    model.set_records(
        [deal(1), deal(2, Outcome.WON, awaiting_feedback=True), deal(3, Outcome.LOST, amount=None)]
    )
    qtmodeltester.check(model)
    proxy = DealFilter()
    proxy.setSourceModel(model)
    proxy.set_outcome(Outcome.WON)
    qtmodeltester.check(proxy)

    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Deal 2"
    assert "Waiting for feedback" in proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, DealsModel.AMOUNT).data() == ""
    assert model.index(0, DealsModel.SEGMENT).data() == "Healthcare"


def test_a_deals_row_that_cannot_be_shown_gives_nothing_instead_of_raising(
    qtmodeltester: ModelTester,
) -> None:
    model = DealsModel(lambda _d, _s: (_ for _ in ()).throw(RuntimeError("broken taxonomy")))
    model.set_records([deal(1)])

    assert model.index(0, DealsModel.SEGMENT).data() is None  # logged, not raised
    assert model.index(0, DealsModel.DEAL).data() == "Deal 1"
    assert model.index(5, 0).data() is None and model.index(0, 0).data(RecordRole.Id) == "deal-1"


def test_the_deal_choices_model_offers_no_deal_then_recent_mine_open_and_closed_deals(
    qtmodeltester: ModelTester,
) -> None:
    model = DealChoicesModel()
    model.set_deals(
        [deal(1, owner="Marco"), deal(4), deal(2, Outcome.WON), deal(3, Outcome.LOST, owner="Marco")],
        me="dana",
        recent=["deal-3", "gone"],
    )
    qtmodeltester.check(model)

    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "No deal",
        "Company 3 — Deal 3",
        "Company 4 — Deal 4",
        "Company 1 — Deal 1",
        "Company 2 — Deal 2",
    ]
    assert [model.index(r, 0).data(DealChoicesModel.SectionRole) for r in range(1, 5)] == [
        DealSection.RECENT,
        DealSection.MINE,
        DealSection.OPEN,
        DealSection.CLOSED,
    ]
    assert model.index(2, 0).data(DealChoicesModel.DetailRole) == "Decision · Dana · closes 2025-07-04"
    assert model.index(4, 0).data(DealChoicesModel.DetailRole) == "Closed Won · Dana · closed 2025-07-02"
    assert model.section_title(DealSection.OPEN) == "Other open deals"
    assert model.row_of(None) == 0 and model.row_of("deal-3") == 1 and model.row_of("gone") == -1
    assert model.deal_at(0) is None and model.deal_at(3) == deal(1, owner="Marco")


def test_the_requests_model_passes_the_model_tester_and_says_why_a_request_was_declined(
    qtmodeltester: ModelTester,
) -> None:
    model = RequestsModel(label)
    model.set_records([request(1), request(2, RequestStatus.IN_PROGRESS), request(3, RequestStatus.DECLINED)])
    qtmodeltester.check(model)

    assert model.index(1, RequestsModel.STATUS).data() == "In progress"
    assert model.index(2, RequestsModel.VOTES).data() == "3"
    assert model.index(0, RequestsModel.SEGMENT).data() == "Retail · Decision"
    assert "Declined: Not this quarter" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, RequestsModel.VOTES).data(RecordRole.Sort) == 3

    active = RequestFilter()
    active.setSourceModel(model)
    qtmodeltester.check(active)
    # Open and in progress by default; the declined one is not shown.
    assert [active.index(r, 0).data() for r in range(active.rowCount())] == ["Need 1", "Need 2"]
    active.mine_of = "someone else"
    active.refilter()
    assert active.rowCount() == 0


def test_the_recommendations_model_passes_the_model_tester_and_carries_the_reasons(
    qtmodeltester: ModelTester,
) -> None:
    model = RecommendationsModel(label)
    model.set_items([recommendation(1), recommendation(2)])
    qtmodeltester.check(model)

    assert model.index(0, 0).data(RecommendationsModel.ReasonRole) == "used in 1 won deals"
    assert "Score 89 of 100" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(RecordRole.Id) == "a-2"
    assert model.type_label(0) == "Case Study" and model.type_label(9) == ""


def test_the_kit_model_passes_the_model_tester_and_moves_rows_as_a_drag_does(
    qtmodeltester: ModelTester,
) -> None:
    model = KitItemsModel()
    for n in range(1, 5):
        assert model.add(KitEntry(f"a-{n}", f"Asset {n}"))
    assert not model.add(KitEntry("a-2", "Asset 2"))  # once per kit
    qtmodeltester.check(model)

    # What QListView calls on an internal move: the row goes before `child`.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert model.asset_ids() == ["a-2", "a-3", "a-1", "a-4"]
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert model.asset_ids() == ["a-4", "a-2", "a-3", "a-1"]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself
    assert model.index(0, 0).data() == "Asset 4"
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.supportedDropActions() == Qt.DropAction.MoveAction
    assert model.removeRows(0, 2) and model.asset_ids() == ["a-3", "a-1"]
    qtmodeltester.check(model)


def test_the_import_preview_model_passes_the_model_tester_and_explains_each_row(
    qtmodeltester: ModelTester,
) -> None:
    model = ImportPreviewModel()
    model.set_records(
        [
            ImportRow(2, RowAction.CREATED, "9001", "Acme rollout"),
            ImportRow(3, RowAction.UPDATED, "9002", "Northwind renewal", changes=("stage", "close_date")),
            ImportRow(4, RowAction.REJECTED, "9003", "Globex", reason="amount “TBD” is not a number"),
            ImportRow(5, RowAction.UNCHANGED, "9004", "Initech", notes=("read 03/04 as 3 April",)),
        ]
    )
    qtmodeltester.check(model)

    details = [model.index(r, ImportPreviewModel.DETAILS).data() for r in range(4)]
    assert details == [
        "",
        "changes stage, close date",
        "amount “TBD” is not a number",
        "read 03/04 as 3 April",
    ]
    assert [model.index(r, ImportPreviewModel.RESULT).data() for r in range(4)] == [
        "new",
        "updated",
        "rejected",
        "unchanged",
    ]
    assert model.index(0, 0).data(RecordRole.Id) is None


@pytest.mark.parametrize("role", [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.UserRole + 99])
def test_models_answer_roles_they_do_not_know_with_nothing(role: int) -> None:
    deals = DealsModel(label)
    deals.set_records([deal(1)])
    kit = KitItemsModel()
    kit.add(KitEntry("a-1", "Asset 1"))

    assert deals.index(0, 0).data(role) is None
    assert kit.index(0, 0).data(role) is None
