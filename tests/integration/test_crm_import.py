"""CRM imports from real-looking HubSpot and Salesforce exports, bad rows included: wrong
encodings, semicolons, UTF-16 with tabs, missing columns, duplicate ids, impossible dates and
amounts like "1.234,50 €"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from collateral_app.domain.errors import InvalidEdit, UserError
from collateral_app.domain.sales import CrmFormat, DateOrder, Money, Outcome, RowAction
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales import crm_import
from collateral_app.services.sales.crm_import import CrmImportOptions
from collateral_app.services.sales.loop import SalesLoop

DATA = Path(__file__).resolve().parents[1] / "data" / "crm"
TODAY = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def loop(library: AssetLibrary) -> Iterator[SalesLoop]:
    yield SalesLoop(library, clock=lambda: TODAY)


def _rows(library: AssetLibrary, table: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(library.paths.database)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


def test_hubspot_export_creates_the_good_rows_and_rejects_each_bad_row_with_its_line_and_reason(
    loop: SalesLoop,
) -> None:
    report = loop.import_deals(DATA / "hubspot-deals.csv")

    assert report.applied
    assert report.layout is not None
    assert (report.layout.format, report.layout.encoding, report.layout.delimiter) == (
        CrmFormat.HUBSPOT,
        "utf-8-sig",
        ",",
    )
    assert "Deal Description" in report.layout.ignored_columns
    assert [(r.line, r.action) for r in report.rows] == [
        (2, RowAction.CREATED),
        (3, RowAction.CREATED),  # its description spans lines 3 and 4
        (5, RowAction.CREATED),
        (6, RowAction.CREATED),
        (7, RowAction.REJECTED),
        (8, RowAction.REJECTED),
        (9, RowAction.REJECTED),
        (10, RowAction.REJECTED),
        (11, RowAction.REJECTED),
        (12, RowAction.CREATED),
        (13, RowAction.CREATED),
    ]
    reasons = {r.line: r.reason for r in report.rows if r.action is RowAction.REJECTED}
    assert reasons == {
        7: "amount “TBD” is not a number",
        8: "close date “2025-02-30” is not a real date: February 2025 has 28 days",
        9: "the deal has no name",
        10: "CRM id 9003 already appears on line 5; only that row is imported",
        11: "the deal has no company (prospect)",
    }
    assert report.prospects_created == (
        "Acme Health",
        "Northwind Insurance",
        "Contoso Retail",
        "Fabrikam Manufacturing",
        "Woodgrove Bank",
    )
    assert len(loop.list_deals()) == 6
    assert len(loop.list_prospects()) == 5


def test_hubspot_deals_get_their_amount_stage_outcome_and_prospect_segment(loop: SalesLoop) -> None:
    loop.import_deals(DATA / "hubspot-deals.csv")

    acme = loop.get_deal("9001")
    assert (acme.name, acme.prospect_name, acme.owner) == (
        "Acme Health – Platform rollout",
        "Acme Health",
        "Dana Whitfield",
    )
    assert acme.outcome is Outcome.WON
    assert acme.amount == Money(4_800_000, "USD")
    assert (acme.created_on, acme.close_date) == (date(2025, 2, 11), date(2025, 6, 20))
    assert (acme.industry, acme.size) == ("healthcare", "mid-market")
    renewal = loop.get_deal("9002")
    assert (renewal.stage, renewal.crm_stage, renewal.outcome) == ("decision", "Contract Sent", Outcome.OPEN)
    assert renewal.amount == Money(12_500_000, "USD")
    assert (renewal.industry, renewal.size) == ("financial-services", "enterprise")
    assert loop.get_deal("9003").stage == "awareness"
    assert loop.get_deal("9009").amount == Money(1_850_050, "USD")
    assert loop.get_deal("9010").amount == Money(6_000_000, "USD")
    prospect = loop.get_prospect("Acme Health")
    assert (prospect.region, prospect.crm_id) == ("United States", None)


def test_salesforce_export_in_cp1252_with_semicolons_reads_european_amounts_and_dates(
    loop: SalesLoop,
) -> None:
    report = loop.import_deals(DATA / "salesforce-opportunities-de.csv")

    assert report.layout is not None
    assert (report.layout.format, report.layout.encoding, report.layout.delimiter) == (
        CrmFormat.SALESFORCE,
        "cp1252",
        ";",
    )
    assert report.layout.date_order is DateOrder.DAY_FIRST
    assert (report.created, report.rejected) == (4, 4)
    reasons = {r.line: r.reason for r in report.rows if r.action is RowAction.REJECTED}
    assert reasons == {
        5: "close date “31.04.2025” is not a real date: April 2025 has 30 days",
        6: "amount “ca. 20k” is not a number",
        7: "CRM id 0065g00000AbCdE2 already appears on line 3; only that row is imported",
        8: "the deal has no company (prospect)",
    }
    won = loop.get_deal("0065g00000AbCdE1")
    assert (won.prospect_name, won.name) == ("Müller Logistik GmbH", "Müller – Flottenanalyse")
    assert (won.amount, won.outcome, won.close_date) == (
        Money(123_450, "EUR"),
        Outcome.WON,
        date(2025, 6, 12),
    )
    assert (won.industry, won.size) == ("logistics", "mid-market")
    lost = loop.get_deal("0065g00000AbCdE3")
    assert (lost.amount, lost.outcome, lost.size) == (Money(1_250_000, "EUR"), Outcome.LOST, "enterprise")
    assert lost.industry is None
    utilities = next(r for r in report.rows if r.crm_id == "0065g00000AbCdE3")
    assert utilities.notes == ("industry “Utilities” is not in the taxonomy; left as it was",)
    assert loop.get_deal("0065g00000AbCdE8").stage == "consideration"  # "Id. Decision Makers"
    assert loop.get_deal("0065g00000AbCdE2").stage == "decision"  # "Proposal/Price Quote"


def test_salesforce_report_saved_as_utf16_text_with_tabs_reads_us_amounts_and_dates(loop: SalesLoop) -> None:
    report = loop.import_deals(DATA / "salesforce-opportunities-utf16.txt")

    assert report.layout is not None
    assert (report.layout.encoding, report.layout.delimiter) == ("utf-16", "\t")
    assert report.layout.date_order is DateOrder.MONTH_FIRST
    assert [r.action for r in report.rows] == [
        RowAction.CREATED,
        RowAction.CREATED,
        RowAction.REJECTED,
        RowAction.CREATED,
    ]
    assert report.rows[2].reason == "close date “13/13/2025” is not a real date: there is no month 13"
    harbor = loop.get_deal("0065g00000XyZ001")
    assert (harbor.amount, harbor.created_on, harbor.outcome) == (
        Money(123_450, "USD"),
        date(2024, 12, 1),
        Outcome.WON,
    )
    assert loop.get_deal("0065g00000XyZ004").outcome is Outcome.LOST  # Won false, Closed true
    assert loop.get_deal("0065g00000XyZ002").outcome is Outcome.OPEN


def test_importing_the_same_export_twice_leaves_the_same_rows(loop: SalesLoop, library: AssetLibrary) -> None:
    first = loop.import_deals(DATA / "hubspot-deals.csv")
    deals, prospects = _rows(library, "deals"), _rows(library, "prospects")

    second = loop.import_deals(DATA / "hubspot-deals.csv")

    assert (first.created, second.created, second.updated, second.unchanged) == (6, 0, 0, 6)
    assert second.rejected == first.rejected == 5
    assert second.prospects_created == ()
    assert _rows(library, "deals") == deals
    assert _rows(library, "prospects") == prospects


def test_a_later_export_updates_what_changed_and_asks_for_feedback_on_the_newly_won_deal(
    loop: SalesLoop,
) -> None:
    loop.import_deals(DATA / "hubspot-deals.csv")
    loop.dismiss_feedback_prompt("9001")
    loop.dismiss_feedback_prompt("9010")
    before = loop.get_deal("9002")

    report = loop.import_deals(DATA / "hubspot-deals-later.csv")

    assert (report.created, report.updated, report.unchanged, report.rejected) == (1, 1, 5, 0)
    updated = next(r for r in report.rows if r.action is RowAction.UPDATED)
    assert updated.crm_id == "9002"
    assert updated.changes == ("stage", "amount", "close date", "outcome")
    after = loop.get_deal("9002")
    assert (after.outcome, after.amount, after.close_date) == (
        Outcome.WON,
        Money(13_000_000, "USD"),
        date(2025, 6, 28),
    )
    assert after.stage == "decision"  # "Closed Won" says nothing of the stage: the last one is kept
    assert after.revision == before.revision + 1
    assert report.awaiting_feedback == (after.id,)
    assert [d.crm_id for d in loop.deals_awaiting_feedback()] == ["9002"]


def test_deals_imported_already_closed_ask_for_feedback_only_when_they_closed_recently(
    loop: SalesLoop,
) -> None:
    loop.import_deals(DATA / "hubspot-deals.csv")

    awaiting = {d.crm_id for d in loop.deals_awaiting_feedback()}

    assert awaiting == {"9001", "9010"}  # won on 20 and 25 June; Fabrikam was lost in March


def test_a_dry_run_previews_creates_and_rejections_without_writing(
    loop: SalesLoop, library: AssetLibrary
) -> None:
    preview = loop.import_deals(DATA / "hubspot-deals.csv", dry_run=True)

    assert not preview.applied
    assert (preview.created, preview.rejected) == (6, 5)
    assert preview.summary() == "6 would be created, 0 would be updated, 0 unchanged, 5 rejected"
    assert _rows(library, "deals") == [] and _rows(library, "prospects") == []
    loop.import_deals(DATA / "hubspot-deals.csv")
    later = loop.preview_deals(DATA / "hubspot-deals-later.csv")
    assert (later.created, later.updated, later.unchanged) == (1, 1, 5)
    assert loop.get_deal("9002").outcome is Outcome.OPEN


def test_good_rows_are_written_all_or_nothing(
    loop: SalesLoop, library: AssetLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = crm_import._write

    def write_then_fail(*args: Any) -> None:
        write(*args)
        raise IntegrityError("INSERT", {}, Exception("disk trouble"))

    monkeypatch.setattr(crm_import, "_write", write_then_fail)

    with pytest.raises(UserError, match=r"Nothing was imported from hubspot-deals\.csv"):
        loop.import_deals(DATA / "hubspot-deals.csv")

    assert _rows(library, "deals") == [] and _rows(library, "prospects") == []


def test_a_file_without_a_required_column_rejects_every_row_and_says_which_column(loop: SalesLoop) -> None:
    report = loop.import_deals(DATA / "hubspot-without-record-id.csv")

    assert not report.applied
    assert report.problems == (
        "The file has no column for the deal's id in the CRM (expected one of: crm id, deal id, "
        "external id, hs_object_id, id, record id; or say which with --map 'COLUMN=crm_id').",
    )
    assert [r.line for r in report.rows] == [2, 3, 4]
    assert all(r.action is RowAction.REJECTED and r.reason == report.problems[0] for r in report.rows)
    assert loop.list_deals() == []


def test_any_other_export_is_read_through_an_explicit_column_mapping(loop: SalesLoop) -> None:
    unmapped = loop.import_deals(DATA / "pipedrive-deals.csv")
    # No id and no name: every row is refused (a missing company alone would not be).
    assert unmapped.rejected == 3 and len(unmapped.problems) == 2

    mapping = CrmImportOptions.mapping_from(
        [
            "Deal - ID=crm_id",
            "Deal - Title=name",
            "deal - organization=prospect",
            "Deal - Value=amount",
            "Deal - Currency=currency",
            "Deal - Status=outcome",
            "Deal - Won time=close_date",
            "Deal - Deal created=created_on",
            "Deal - Owner=owner",
        ]
    )
    report = loop.import_deals(
        DATA / "pipedrive-deals.csv", CrmImportOptions(mapping=mapping, source="pipedrive")
    )

    assert (report.created, report.rejected) == (3, 0)
    assert report.layout is not None and report.layout.format is CrmFormat.CSV
    initech = loop.get_deal("503")
    assert (initech.crm_source, initech.outcome, initech.amount) == (
        "pipedrive",
        Outcome.LOST,
        Money(350_000, "GBP"),
    )
    assert initech.close_date == date(2025, 4, 11)


def test_a_mapping_naming_an_unknown_field_or_a_missing_column_is_refused(loop: SalesLoop) -> None:
    with pytest.raises(InvalidEdit, match="“budget” is not a field"):
        CrmImportOptions.mapping_from(["Deal - Value=budget"])

    report = loop.import_deals(
        DATA / "hubspot-deals.csv", CrmImportOptions(mapping={"Opportunity Ref": "crm_id"})
    )
    assert report.problems[0].startswith("There is no column “opportunity ref” in the file")
    assert report.created == 0 and not report.applied


def test_a_prospect_typed_in_the_app_is_adopted_by_the_import_that_names_it(loop: SalesLoop) -> None:
    typed = loop.create_prospect("ACME Health", industry="healthcare")

    report = loop.import_deals(DATA / "hubspot-deals.csv")

    assert "Acme Health" not in report.prospects_created
    assert loop.get_deal("9001").prospect_id == typed.id
    adopted = loop.get_prospect(typed.id)
    assert (adopted.size, adopted.region) == ("mid-market", "United States")
    assert adopted.revision == typed.revision + 1


def test_an_export_reopening_a_deal_withdraws_its_feedback_prompt(loop: SalesLoop, tmp_path: Path) -> None:
    loop.import_deals(DATA / "hubspot-deals.csv")
    reopened = tmp_path / "reopened.csv"
    reopened.write_text(
        "Record ID,Deal Name,Deal Stage,Close Date,Associated Company\n"
        "9001,Acme Health – Platform rollout,Contract Sent,2025-07-20,Acme Health\n",
        encoding="utf-8",
    )

    report = loop.import_deals(reopened)

    assert report.rows[0].changes == ("stage", "close date", "outcome")
    deal = loop.get_deal("9001")
    assert (deal.outcome, deal.awaiting_feedback, deal.stage) == (Outcome.OPEN, False, "decision")
    assert deal.amount == Money(4_800_000, "USD")  # no Amount column: left as it was


def test_slashed_dates_that_never_say_their_order_are_read_month_first_with_a_note(
    loop: SalesLoop, tmp_path: Path
) -> None:
    export = tmp_path / "ambiguous.csv"
    export.write_text(
        "Record ID,Deal Name,Deal Stage,Close Date,Associated Company\n"
        "1,First,Closed Won,03/04/2025,Acme Health\n"
        "2,Second,Closed Lost,05/06/2025,Acme Health\n",
        encoding="utf-8",
    )

    report = loop.import_deals(export)

    assert report.notes == (
        "Dates like 03/04/2025 were read month-first (as US exports write them); "
        "if they are day-first, import again with --date-order dmy.",
    )
    assert loop.get_deal("1").close_date == date(2025, 3, 4)
    loop.import_deals(export, CrmImportOptions(date_order=DateOrder.DAY_FIRST))
    assert loop.get_deal("1").close_date == date(2025, 4, 3)


def test_a_row_with_more_values_than_the_header_is_rejected_as_a_stray_delimiter(
    loop: SalesLoop, tmp_path: Path
) -> None:
    export = tmp_path / "stray.csv"
    export.write_text(
        "Record ID,Deal Name,Amount,Associated Company\n1,Fine,100,Acme\n2,Broken,1,234.50,Globex\n",
        encoding="utf-8",
    )

    report = loop.import_deals(export)

    assert report.rows[1].reason == (
        "the row has 5 values but the header names 4 columns (a stray delimiter or quote?)"
    )
    assert report.created == 1


def test_an_empty_or_missing_file_is_a_user_error(loop: SalesLoop, tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UserError, match="empty"):
        loop.import_deals(tmp_path / "empty.csv")
    with pytest.raises(UserError, match="no file"):
        loop.import_deals(tmp_path / "missing.csv")
