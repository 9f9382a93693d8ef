"""Usage events (append-only, stamped with who and which device), usage history imports, and
feedback: what helped win, ratings and comments, and the won/lost prompt's content."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from collateral_app.domain.errors import AssetNotFound, InvalidEdit
from collateral_app.domain.sales import EventSource, FeedbackAnswer, Outcome, RowAction, UsageKind, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales import usage as usage_module
from collateral_app.services.sales.loop import SalesLoop

DATA = Path(__file__).resolve().parents[1] / "data" / "crm"
NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def loop(library: AssetLibrary, clock: Clock) -> SalesLoop:
    loop = SalesLoop(library, clock=clock)
    loop.import_deals(DATA / "hubspot-deals.csv")
    return loop


@pytest.fixture
def assets(library: AssetLibrary) -> dict[str, str]:
    titles = [
        "Healthcare ROI one-pager",
        "Platform security whitepaper",
        "Customer story: Zenith Care",
        "Pricing sheet",
    ]
    ids = {t: library.add_link(f"https://example.com/{n}", t).id for n, t in enumerate(titles)}
    library.add_link("https://example.com/pricing-2", "Pricing sheet")
    return ids


def _table(library: AssetLibrary, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(library.paths.database)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


# -- usage events ----------------------------------------------------------------------------
def test_a_share_for_a_deal_records_who_which_device_when_and_the_deals_prospect(
    loop: SalesLoop, assets: dict[str, str]
) -> None:
    deal = loop.get_deal("9001")

    event = loop.record_usage(assets["Healthcare ROI one-pager"], UsageKind.SHARED, deal_id="9001")

    assert (event.kind, event.deal_id, event.prospect_id) == (UsageKind.SHARED, deal.id, deal.prospect_id)
    assert (event.user_id, event.device_id) == (loop.whoami().id, loop.device_id())
    assert (event.occurred_at, event.source) == (NOW, EventSource.APP)
    assert loop.usage_for_asset(assets["Healthcare ROI one-pager"]) == [event]


def test_a_preview_is_recorded_as_a_view_and_the_cli_says_where_it_came_from(
    library: AssetLibrary, assets: dict[str, str]
) -> None:
    cli = SalesLoop(library, source=EventSource.CLI)

    event = cli.record_usage(assets["Pricing sheet"], "view")

    assert (event.kind, event.source, event.prospect_id) == (UsageKind.VIEWED, EventSource.CLI, None)
    assert not event.kind.customer_facing


def test_usage_of_an_unknown_asset_or_kind_or_a_mismatched_prospect_is_refused(
    loop: SalesLoop, assets: dict[str, str]
) -> None:
    with pytest.raises(AssetNotFound):
        loop.record_usage("no-such-asset", UsageKind.SHARED)
    with pytest.raises(InvalidEdit, match="viewed, shared or presented"):
        loop.record_usage(assets["Pricing sheet"], "downloaded")
    with pytest.raises(InvalidEdit, match="another prospect"):
        loop.record_usage(
            assets["Pricing sheet"], UsageKind.SHARED, deal_id="9001", prospect_id="Woodgrove Bank"
        )
    assert _table(loop.library, "usage_events") == []


def test_usage_events_can_only_be_added_never_edited_or_deleted() -> None:
    public = {name for name in dir(SalesLoop) if not name.startswith("_")}
    touching_events = {n for n in public if "usage" in n or "event" in n or "feedback" in n}
    assert not {n for n in touching_events if n.startswith(("edit", "update", "delete", "remove", "set"))}


# -- usage history import ------------------------------------------------------------------
def test_usage_history_matches_assets_by_title_and_reports_rows_it_cannot_match(
    loop: SalesLoop, assets: dict[str, str]
) -> None:
    report = loop.import_usage(DATA / "usage-history.csv")

    assert report.applied
    actions = [(r.line, r.action) for r in report.rows]
    assert actions == [
        (2, RowAction.CREATED),
        (3, RowAction.CREATED),
        (4, RowAction.CREATED),
        (5, RowAction.REJECTED),
        (6, RowAction.REJECTED),
        (7, RowAction.CREATED),
        (8, RowAction.UNCHANGED),
        (9, RowAction.REJECTED),
        (10, RowAction.REJECTED),
        (11, RowAction.REJECTED),
        (12, RowAction.REJECTED),
    ]
    reasons = {r.line: r.reason for r in report.rows if r.action is RowAction.REJECTED}
    assert reasons == {
        5: "no asset is titled “Unknown battlecard”",
        6: "2 assets are titled “Pricing sheet”; give the asset_id instead",
        9: "timestamp “24/05/2025” is not ISO 8601 (write it like 2025-03-15T14:30:00Z)",
        10: "kind “downloaded” is not viewed, shared or presented",
        11: "deal 9001 is with Acme Health, not “Northwind Insurance”",
        12: "no deal has the CRM id “9999” (import the CRM export first)",
    }
    assert report.rows[6].notes == ("the same event as line 2",)
    assert report.prospects_created == ("Globex Corporation",)
    whitepaper = loop.usage_for_asset(assets["Platform security whitepaper"])
    assert len(whitepaper) == 1
    acme = loop.get_deal("9001")
    assert (whitepaper[0].kind, whitepaper[0].deal_id, whitepaper[0].prospect_id) == (
        UsageKind.PRESENTED,
        acme.id,
        acme.prospect_id,
    )
    assert whitepaper[0].occurred_at == datetime(2025, 5, 20, 12, 0, tzinfo=UTC)
    assert (whitepaper[0].user_name, whitepaper[0].source) == ("Dana Whitfield", EventSource.IMPORT)
    assert {u.name for u in loop.users()} >= {"Dana Whitfield", "Marco Ruiz"}
    assert "Priya Nair" not in {u.name for u in loop.users()}  # her rows were all rejected


def test_importing_the_same_usage_history_twice_adds_nothing(loop: SalesLoop, assets: dict[str, str]) -> None:
    first = loop.import_usage(DATA / "usage-history.csv")
    events, users, prospects = (_table(loop.library, t) for t in ("usage_events", "users", "prospects"))

    second = loop.import_usage(DATA / "usage-history.csv")

    assert (first.created, second.created, second.unchanged) == (4, 0, 5)
    assert {r.notes for r in second.rows if r.action is RowAction.UNCHANGED} >= {("already imported",)}
    assert _table(loop.library, "usage_events") == events
    assert _table(loop.library, "users") == users
    assert _table(loop.library, "prospects") == prospects


def test_a_usage_dry_run_writes_nothing(loop: SalesLoop, assets: dict[str, str]) -> None:
    preview = loop.import_usage(DATA / "usage-history.csv", dry_run=True)

    assert (preview.applied, preview.created, preview.rejected) == (False, 4, 6)
    assert _table(loop.library, "usage_events") == []


def test_another_tools_headers_are_read_through_a_column_mapping(
    loop: SalesLoop, assets: dict[str, str]
) -> None:
    unmapped = loop.import_usage(DATA / "usage-other-tool.csv")
    assert unmapped.problems and unmapped.rejected == 2

    mapping = loop.usage_mapping_from(["Document=asset_title", "Activity=kind", "Occurred=timestamp"])
    report = loop.import_usage(DATA / "usage-other-tool.csv", mapping=mapping)

    assert report.layout is not None and report.layout.delimiter == ";"
    assert (report.created, report.rejected) == (2, 0)
    kinds = [e.kind for e in loop.usage_for_deal("9003")]
    assert kinds == [UsageKind.PRESENTED, UsageKind.SHARED]


def test_usage_rows_are_matched_by_asset_id_or_file_name_exactly(
    loop: SalesLoop, library: AssetLibrary, tmp_path: Path
) -> None:
    source = tmp_path / "in" / "Acme Case Study.txt"
    source.parent.mkdir()
    source.write_text("Readmissions fell 18 percent at Acme Health.", encoding="utf-8")
    [outcome] = Importer(library).run([source])
    assert outcome.asset_id is not None
    history = tmp_path / "history.csv"
    history.write_text(
        "asset_id,file_name,kind,timestamp\n"
        f"{outcome.asset_id},,shared,2025-06-01T10:00:00Z\n"
        ",acme case study.TXT,presented,2025-06-02T10:00:00Z\n"
        f"{outcome.asset_id[:8]},,shared,2025-06-03T10:00:00Z\n"
        ",Acme Case Study.pdf,shared,2025-06-04T10:00:00Z\n",
        encoding="utf-8",
    )

    report = loop.import_usage(history)

    assert [r.action for r in report.rows] == [
        RowAction.CREATED,
        RowAction.CREATED,
        RowAction.REJECTED,
        RowAction.REJECTED,
    ]
    assert report.rows[2].reason == f"no asset has the id “{outcome.asset_id[:8]}”"
    assert report.rows[3].reason == "no asset is named “Acme Case Study.pdf”"
    assert {e.user_id for e in loop.usage_for_asset(outcome.asset_id)} == {loop.whoami().id}


def test_a_usage_import_that_fails_to_write_leaves_nothing_behind(
    loop: SalesLoop, assets: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    from collateral_app.domain.errors import UserError

    write = usage_module._write_usage

    def write_then_fail(*args: object) -> None:
        write(*args)  # type: ignore[arg-type]
        raise IntegrityError("INSERT", {}, Exception("disk trouble"))

    monkeypatch.setattr(usage_module, "_write_usage", write_then_fail)
    loop.whoami()  # the profile is made on first use, before any import
    users = _table(loop.library, "users")
    with pytest.raises(UserError, match="Nothing was imported"):
        loop.import_usage(DATA / "usage-history.csv")
    assert _table(loop.library, "usage_events") == []
    assert _table(loop.library, "users") == users


# -- feedback ------------------------------------------------------------------------------
def test_the_won_deal_prompt_lists_assets_shared_or_presented_to_the_prospect_during_the_deal(
    loop: SalesLoop, assets: dict[str, str], clock: Clock
) -> None:
    roi, whitepaper, story, pricing = (assets[t] for t in list(assets))
    acme = loop.get_deal("9001")  # won on 2025-06-20
    before_close = datetime(2025, 6, 10, 9, 0, tzinfo=UTC)
    loop.record_usage(roi, UsageKind.SHARED, deal_id=acme.id, occurred_at=before_close)
    loop.record_usage(roi, UsageKind.PRESENTED, prospect_id=acme.prospect_id, occurred_at=before_close)
    loop.record_usage(whitepaper, UsageKind.SHARED, deal_id="9009", occurred_at=before_close)  # same prospect
    loop.record_usage(story, UsageKind.VIEWED, deal_id=acme.id, occurred_at=before_close)  # a view
    loop.record_usage(
        pricing, UsageKind.SHARED, deal_id=acme.id, occurred_at=datetime(2025, 6, 21, 9, tzinfo=UTC)
    )
    loop.record_usage(pricing, UsageKind.SHARED, deal_id="9002", occurred_at=before_close)  # another prospect
    long_before = datetime(2024, 9, 1, 9, 0, tzinfo=UTC)  # 163 days before the deal was opened
    loop.record_usage(story, UsageKind.SHARED, prospect_id=acme.prospect_id, occurred_at=long_before)

    prompt = loop.assets_used_for_deal("9001")

    assert [(a.asset_id, a.uses) for a in prompt] == [(roi, 2), (whitepaper, 1)]
    assert prompt[0].last_used_at == before_close
    assert prompt[0].verdict is None


def test_feedback_answers_the_prompt_and_is_counted_per_deal_by_each_reps_latest_word(
    loop: SalesLoop, assets: dict[str, str], clock: Clock
) -> None:
    roi = assets["Healthcare ROI one-pager"]
    assert {d.crm_id for d in loop.deals_awaiting_feedback()} == {"9001", "9010"}

    loop.record_feedback(roi, "9001", Verdict.DID_NOT_HELP, rating=2)
    clock.now += timedelta(minutes=5)
    loop.record_feedback(roi, "9001", Verdict.HELPED_WIN, rating=5, comment="The CFO quoted it back to us.")
    loop.record_feedback(roi, "9010", Verdict.HELPED_WIN, rating=4)
    clock.now += timedelta(minutes=5)
    loop.switch_user("Marco Ruiz")
    loop.record_feedback(roi, "9010", Verdict.FOUND_USEFUL, rating=3)
    loop.record_feedback(roi, "9002", "found_useful")  # an open deal can find it useful

    summary = loop.feedback_for_asset(roi)

    assert (summary.helped_win, summary.did_not_help, summary.found_useful) == (2, 0, 2)
    assert (summary.ratings, summary.average_rating) == (3, 4.0)  # 5, 4, 3: the first 2 was corrected
    assert len(summary.entries) == 5
    assert summary.entries[-1].rating == 2  # kept: feedback is append-only
    assert summary.entries[0].user_name == "Marco Ruiz"
    assert loop.deals_awaiting_feedback() == []
    assert [a.verdict for a in loop.assets_used_for_deal("9001")] == []


def test_the_prompt_shows_what_this_rep_already_said(loop: SalesLoop, assets: dict[str, str]) -> None:
    roi = assets["Healthcare ROI one-pager"]
    loop.record_usage(roi, UsageKind.SHARED, deal_id="9001", occurred_at=datetime(2025, 6, 1, tzinfo=UTC))
    loop.record_feedback(roi, "9001", Verdict.HELPED_WIN, rating=4)

    [line] = loop.assets_used_for_deal("9001")

    assert (line.verdict, line.rating) == (Verdict.HELPED_WIN, 4)
    loop.switch_user("Somebody Else")
    assert loop.assets_used_for_deal("9001")[0].verdict is None


def test_helped_win_is_only_for_won_deals_and_ratings_are_one_to_five(
    loop: SalesLoop, assets: dict[str, str]
) -> None:
    roi = assets["Healthcare ROI one-pager"]
    assert loop.get_deal("9004").outcome is Outcome.LOST
    with pytest.raises(InvalidEdit, match="is lost, not won"):
        loop.record_feedback(roi, "9004", Verdict.HELPED_WIN)
    with pytest.raises(InvalidEdit, match="from 1 to 5"):
        loop.record_feedback(roi, "9001", Verdict.HELPED_WIN, rating=6)
    assert _table(loop.library, "feedback") == []
    assert loop.feedback_for_asset(roi).average_rating is None


def test_a_prompts_answers_are_saved_together_or_not_at_all(loop: SalesLoop, assets: dict[str, str]) -> None:
    roi, whitepaper = assets["Healthcare ROI one-pager"], assets["Platform security whitepaper"]
    assert loop.get_deal("9004").outcome is Outcome.LOST
    assert loop.get_deal("9001").awaiting_feedback

    useful = FeedbackAnswer(roi, Verdict.FOUND_USEFUL, 4, "They kept it")
    with pytest.raises(InvalidEdit, match="is lost, not won"):
        loop.record_feedback_answers("9004", [useful, FeedbackAnswer(whitepaper, Verdict.HELPED_WIN)])
    with pytest.raises(AssetNotFound):
        loop.record_feedback_answers("9001", [useful, FeedbackAnswer("no-such-asset", Verdict.DID_NOT_HELP)])
    with pytest.raises(InvalidEdit, match="from 1 to 5"):
        loop.record_feedback_answers("9001", [useful, FeedbackAnswer(whitepaper, Verdict.HELPED_WIN, 9)])
    with pytest.raises(InvalidEdit, match="answered twice"):
        loop.record_feedback_answers("9001", [useful, FeedbackAnswer(roi, Verdict.HELPED_WIN)])

    assert _table(loop.library, "feedback") == []  # the valid first answer was not kept either
    assert loop.get_deal("9001").awaiting_feedback

    saved = loop.record_feedback_answers("9001", [useful, FeedbackAnswer(whitepaper, Verdict.HELPED_WIN)])

    assert [(f.asset_id, f.verdict, f.rating, f.comment) for f in saved] == [
        (roi, Verdict.FOUND_USEFUL, 4, "They kept it"),
        (whitepaper, Verdict.HELPED_WIN, None, ""),
    ]
    assert len(_table(loop.library, "feedback")) == 2
    assert not loop.get_deal("9001").awaiting_feedback
