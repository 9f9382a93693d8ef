"""Profiles and devices, prospects and deals made in the app, and the won/lost flag."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from collateral_app.domain.errors import InvalidEdit
from collateral_app.domain.sales import DealDraft, Money, Outcome, ProspectDraft, Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def loop(library: AssetLibrary) -> SalesLoop:
    return SalesLoop(library, clock=lambda: NOW)


def test_a_new_library_has_no_profile_until_first_use_then_one_device_id_for_good(
    library: AssetLibrary,
) -> None:
    loop = SalesLoop(library)
    assert not loop.profile_exists()

    me = loop.whoami()
    device = loop.device_id()

    assert loop.profile_exists()
    assert me.role is Role.REP and me.name
    again = SalesLoop(library)
    assert (again.whoami(), again.device_id()) == (me, device)


def test_the_profile_can_be_renamed_given_a_role_and_switched(loop: SalesLoop) -> None:
    me = loop.set_profile(name="Dana Whitfield", role="marketer")
    assert (me.name, me.role) == ("Dana Whitfield", Role.MARKETER)
    assert loop.whoami() == me

    other = loop.switch_user("Marco Ruiz")
    assert (loop.whoami().name, loop.whoami().role) == ("Marco Ruiz", Role.REP)
    assert loop.switch_user("dana whitfield").id == me.id
    assert {u.name for u in loop.users()} == {"Dana Whitfield", "Marco Ruiz"}
    assert other.id != me.id
    with pytest.raises(InvalidEdit, match="role is one of rep, marketer, admin"):
        loop.set_profile(role="boss")


def test_a_prospect_is_made_with_taxonomy_slugs_from_labels_or_slugs(loop: SalesLoop) -> None:
    prospect = loop.create_prospect("Acme Health", industry="Healthcare", size="Mid-market", region="US")

    assert (prospect.industry, prospect.size, prospect.region) == ("healthcare", "mid-market", "US")
    edited = loop.edit_prospect(prospect.id, {"size": "enterprise", "region": "  United   States "})
    assert (edited.size, edited.region, edited.revision) == ("enterprise", "United States", 2)
    assert loop.get_prospect("acme health").id == prospect.id
    with pytest.raises(InvalidEdit, match="not a known industry"):
        loop.create_prospect("Globex", industry="aerospace")


def test_a_deal_made_in_the_app_keeps_its_amount_exact_in_minor_units(loop: SalesLoop) -> None:
    prospect = loop.create_prospect("Acme Health", industry="healthcare", size="mid-market")

    deal = loop.create_deal(
        DealDraft(name="Acme rollout", prospect_id=prospect.id, stage="Decision", amount="1.234,50 €")
    )

    assert deal.amount == Money(123_450, "EUR")
    assert str(deal.amount) == "1,234.50 EUR"
    assert (deal.stage, deal.outcome, deal.created_on, deal.owner) == (
        "decision",
        Outcome.OPEN,
        date(2025, 6, 30),
        loop.whoami().name,
    )
    assert (deal.industry, deal.size, deal.prospect_name) == ("healthcare", "mid-market", "Acme Health")
    conn = sqlite3.connect(loop.library.paths.database)
    assert conn.execute("SELECT amount_minor, typeof(amount_minor) FROM deals").fetchone() == (
        123450,
        "integer",
    )
    conn.close()


def test_editing_a_deal_changes_fields_typed_as_text_and_counts_a_revision(loop: SalesLoop) -> None:
    prospect = loop.create_prospect("Acme Health")
    other = loop.create_prospect("Globex")
    deal = loop.create_deal(DealDraft(name="Acme rollout", prospect_id=prospect.id, amount="$10,000"))

    edited = loop.edit_deal(
        deal.id[:8],
        {"amount": "12500.5", "close_date": "2025-09-30", "stage": "consideration", "prospect": "globex"},
    )

    assert edited.amount == Money(1_250_050, "USD")
    assert (edited.close_date, edited.stage, edited.prospect_id) == (
        date(2025, 9, 30),
        "consideration",
        other.id,
    )
    assert edited.revision == deal.revision + 1
    assert loop.edit_deal(deal.id, {"currency": "EUR"}).amount == Money(1_250_050, "EUR")
    with pytest.raises(InvalidEdit, match="Unknown field outcome"):
        loop.edit_deal(deal.id, {"outcome": "won"})
    with pytest.raises(InvalidEdit, match="is not a number"):
        loop.edit_deal(deal.id, {"amount": "lots"})


def test_winning_or_losing_a_deal_dates_it_and_asks_for_feedback_until_answered_or_dismissed(
    loop: SalesLoop,
) -> None:
    prospect = loop.create_prospect("Acme Health")
    won = loop.create_deal(DealDraft(name="Won one", prospect_id=prospect.id))
    lost = loop.create_deal(DealDraft(name="Lost one", prospect_id=prospect.id))
    loop.create_deal(DealDraft(name="Still open", prospect_id=prospect.id))

    loop.set_outcome(won.id, Outcome.WON)
    loop.set_outcome(lost.id, "lost", close_date=date(2025, 6, 1))

    assert {d.name for d in loop.deals_awaiting_feedback()} == {"Won one", "Lost one"}
    assert loop.get_deal(won.id).close_date == date(2025, 6, 30)
    assert loop.get_deal(lost.id).close_date == date(2025, 6, 1)
    loop.dismiss_feedback_prompt(lost.id)
    loop.set_outcome(won.id, Outcome.OPEN)
    assert loop.deals_awaiting_feedback() == []
    unchanged = loop.get_deal(lost.id)
    assert loop.set_outcome(lost.id, Outcome.LOST).revision == unchanged.revision


def test_deals_are_listed_open_first_by_expected_close_then_closed_latest_first(loop: SalesLoop) -> None:
    prospect = loop.create_prospect("Acme Health")
    for name, close, outcome in [
        ("open late", date(2025, 12, 1), Outcome.OPEN),
        ("open soon", date(2025, 7, 1), Outcome.OPEN),
        ("won early", date(2025, 1, 1), Outcome.WON),
        ("lost late", date(2025, 6, 1), Outcome.LOST),
    ]:
        loop.create_deal(DealDraft(name=name, prospect_id=prospect.id, close_date=close, outcome=outcome))

    assert [d.name for d in loop.list_deals()] == ["open soon", "open late", "lost late", "won early"]
    assert [d.name for d in loop.list_deals(outcome=Outcome.WON)] == ["won early"]


def test_an_unknown_deal_or_prospect_is_named_in_the_error(loop: SalesLoop) -> None:
    with pytest.raises(InvalidEdit, match="No deal “nope” in this library"):
        loop.get_deal("nope")
    with pytest.raises(InvalidEdit, match="No prospect “Nobody Inc”"):
        loop.get_prospect("Nobody Inc")


def test_a_deal_and_the_company_typed_with_it_are_saved_together_or_not_at_all(loop: SalesLoop) -> None:
    zenith = ProspectDraft("Zenith Care", industry="Healthcare", size="enterprise", region="Ohio")
    with pytest.raises(InvalidEdit):
        loop.create_deal(DealDraft(name="Pilot", prospect_id="", amount="twelve"), new_prospect=zenith)
    assert loop.list_prospects() == [] and loop.list_deals() == []

    deal = loop.create_deal(DealDraft(name="Pilot", prospect_id="", amount="12 500"), new_prospect=zenith)

    assert (deal.prospect_name, deal.industry, str(deal.amount.value)) == (
        "Zenith Care",
        "healthcare",
        "12500.00",
    )  # type: ignore[union-attr]
    assert [p.name for p in loop.list_prospects()] == ["Zenith Care"]


def test_editing_a_deal_with_a_new_company_and_an_outcome_is_one_change(loop: SalesLoop) -> None:
    acme = loop.create_prospect("Acme Health")
    deal = loop.create_deal(DealDraft(name="Rollout", prospect_id=acme.id, amount="1 000"))
    beta = ProspectDraft("Beta Health")

    with pytest.raises(InvalidEdit):
        loop.edit_deal(deal.id, {"amount": "lots"}, new_prospect=beta, outcome=Outcome.WON)
    unchanged = loop.get_deal(deal.id)
    assert (unchanged.prospect_name, unchanged.outcome, unchanged.revision) == (
        "Acme Health",
        Outcome.OPEN,
        deal.revision,
    )
    assert [p.name for p in loop.list_prospects()] == ["Acme Health"]

    won = loop.edit_deal(deal.id, {"amount": "2 000"}, new_prospect=beta, outcome=Outcome.WON)

    assert (won.prospect_name, won.outcome, won.awaiting_feedback, won.close_date) == (
        "Beta Health",
        Outcome.WON,
        True,
        NOW.date(),
    )
    assert loop.edit_deal(deal.id, {}, outcome=Outcome.WON).revision == won.revision  # nothing new
