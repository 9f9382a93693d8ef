"""Leads from the exports people make: a HubSpot contacts export (with its "Became a … Date"
history), a Salesforce lead report (title rows, footer, month-first dates), a German HubSpot
export in cp1252 with semicolons, and a workbook; each row a lead or a rejection with its
reason, stages as events dated by the CRM or at the import, and nothing added twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from collateral_app.domain.leads import HowDated, LeadStage
from collateral_app.domain.sales import CrmFormat, RowAction
from collateral_app.services.insight.service import Insight
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.lead_import import LeadImportOptions
from collateral_app.services.sales.loop import SalesLoop

DATA = Path(__file__).resolve().parents[1] / "data" / "leads"
NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # Monday 09:00 in Berlin


@pytest.fixture
def loop(library: AssetLibrary) -> Iterator[SalesLoop]:
    Insight(library, clock=lambda: NOW).set_insight_settings(time_zone="Europe/Berlin")
    yield SalesLoop(library, clock=lambda: NOW)


def test_hubspot_contacts_export_makes_leads_and_rejects_each_bad_row_with_its_reason(
    loop: SalesLoop,
) -> None:
    report = loop.import_leads(DATA / "hubspot-contacts.csv")

    assert report.applied
    assert report.format is CrmFormat.HUBSPOT
    assert [(r.line, r.action, r.crm_id) for r in report.rows] == [
        (2, RowAction.CREATED, "101"),
        (3, RowAction.CREATED, "102"),
        (4, RowAction.CREATED, "103"),
        (5, RowAction.CREATED, "104"),
        (6, RowAction.CREATED, "105"),
        (7, RowAction.REJECTED, ""),
        (8, RowAction.REJECTED, "107"),
        (9, RowAction.REJECTED, "101"),
    ]
    reasons = {r.line: r.reason for r in report.rows if r.reason}
    assert reasons[7] == "the CRM id is empty"
    assert "“not a date” is not a date" in reasons[8]
    assert "already appears on line 2" in reasons[9]
    assert {(v.value, v.stage) for v in report.values} >= {
        ("Sales Qualified Lead", LeadStage.SQL),
        ("marketingqualifiedlead", LeadStage.MQL),
        ("subscriber", None),
        ("Unqualified", LeadStage.REJECTED),
    }

    ana = loop.get_lead("101")
    assert ana.lead.name == "Ana Ruiz"
    assert ana.lead.company == "Northwind Health"
    assert ana.lead.industry == "healthcare"
    assert ana.lead.owner == "Dana Reyes"
    assert ana.lead.stage is LeadStage.SQL
    # Berlin is UTC+1 in March: 09:00 local is 08:00 UTC.
    assert ana.lead.handed_over_at == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert ana.lead.qualified_at == datetime(2026, 3, 3, 14, 30, tzinfo=UTC)
    assert [(e.stage, e.dated) for e in ana.events] == [
        (LeadStage.MQL, HowDated.CRM),
        (LeadStage.SQL, HowDated.CRM),
    ]
    # The snapshot's "Unqualified" has no date of its own: dated at this import, and marked so.
    dev = loop.get_lead("104")
    assert [(e.stage, e.at, e.dated, e.import_file) for e in dev.events][-1] == (
        LeadStage.REJECTED,
        NOW,
        HowDated.IMPORT,
        "hubspot-contacts.csv",
    )
    # A subscriber is a lead, never handed over.
    assert loop.get_lead("105").lead.handed_over_at is None


def test_importing_the_same_export_again_adds_no_lead_and_no_event(loop: SalesLoop) -> None:
    first = loop.import_leads(DATA / "hubspot-contacts.csv")
    again = loop.import_leads(DATA / "hubspot-contacts.csv")

    assert first.events_added == 7
    assert again.events_added == 0
    assert again.count(RowAction.UNCHANGED) == 5
    assert again.count(RowAction.CREATED) == 0


def test_a_later_snapshot_adds_only_the_stages_it_shows_for_the_first_time(
    loop: SalesLoop, tmp_path: Path
) -> None:
    loop.import_leads(DATA / "hubspot-contacts.csv")
    later = tmp_path / "later.csv"
    later.write_text(
        "Record ID,First Name,Last Name,Lifecycle Stage,Lead Status,Contact owner\n"
        "102,Ben,Okafor,salesqualifiedlead,In Progress,Dana Reyes\n"
        "103,Chloé,Martin,marketingqualifiedlead,Bad Timing,Lee Park\n",
        encoding="utf-8",
    )
    moved = SalesLoop(loop.library, clock=lambda: datetime(2026, 3, 10, 12, 0, tzinfo=UTC))

    report = moved.import_leads(later)

    assert [(r.crm_id, r.action, r.changes) for r in report.rows] == [
        ("102", RowAction.UPDATED, ("status", "stage SQL")),
        ("103", RowAction.UPDATED, ("status", "stage recycled")),
    ]
    ben = moved.get_lead("102")
    assert [(e.stage, e.dated) for e in ben.events] == [
        (LeadStage.MQL, HowDated.CRM),
        (LeadStage.WORKED, HowDated.IMPORT),
        (LeadStage.SQL, HowDated.IMPORT),
    ]
    assert ben.lead.qualified_at == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert ben.lead.stage is LeadStage.SQL


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(loop: SalesLoop) -> None:
    preview = loop.preview_leads(DATA / "hubspot-contacts.csv")

    assert not preview.applied
    assert preview.count(RowAction.CREATED) == 5
    assert preview.events_added == 7
    assert loop.list_leads() == []


def test_salesforce_lead_report_skips_its_title_and_footer_and_links_the_converted_deal(
    loop: SalesLoop, tmp_path: Path
) -> None:
    deals = tmp_path / "opportunities.csv"
    deals.write_text(
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\n"
        "006000000000001,Contoso rollout,Contoso Clinics,Closed Won,12000,2026-03-20,Dana Reyes\n",
        encoding="utf-8",
    )
    loop.import_deals(deals)

    report = loop.import_leads(DATA / "salesforce-leads.csv")

    assert report.format is CrmFormat.SALESFORCE
    assert report.rejected == 0
    assert len(report.skipped) == 2  # the title lines and the footer, each said
    assert any("month-first" in n for n in report.notes)
    assert report.linked_to_deals == 1
    hana = loop.get_lead("00Q000000000001")
    assert hana.deal_name == "Contoso rollout"
    assert hana.deal_outcome == "won"
    # Created 2 March (local midnight in Berlin), converted 4 March: both dated by the CRM.
    assert [(e.stage, e.at, e.dated) for e in hana.events] == [
        (LeadStage.MQL, datetime(2026, 3, 1, 23, 0, tzinfo=UTC), HowDated.CRM),
        (LeadStage.SQL, datetime(2026, 3, 3, 23, 0, tzinfo=UTC), HowDated.CRM),
    ]
    assert hana.lead.prospect_id is not None
    assert loop.get_lead("00Q000000000003").lead.stage is LeadStage.REJECTED


def test_german_hubspot_export_in_cp1252_with_semicolons_is_read_with_its_headers(loop: SalesLoop) -> None:
    report = loop.import_leads(DATA / "hubspot-contacts-de.csv")

    assert report.layout is not None
    assert (
        report.layout.format,
        report.layout.encoding,
        report.layout.delimiter,
        report.layout.language,
    ) == (
        CrmFormat.HUBSPOT,
        "cp1252",
        ";",
        "de",
    )
    lead = loop.get_lead("201").lead
    assert (lead.name, lead.company, lead.owner) == ("Jürgen Groß", "Müller Maschinenbau GmbH", "Dana Reyes")
    assert lead.handed_over_at == NOW  # no MQL date in the file: dated at the import


def test_a_workbook_of_leads_is_read_from_its_cells(loop: SalesLoop, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Leads"
    sheet.append(
        [
            "Record ID",
            "First Name",
            "Last Name",
            "Company Name",
            "Lifecycle Stage",
            "Contact owner",
            "Became a Marketing Qualified Lead Date",
        ]
    )
    sheet.append(
        [301, "Lia", "Sousa", "Proseware", "marketingqualifiedlead", "Lee Park", datetime(2026, 3, 2, 9, 30)]
    )
    path = tmp_path / "contacts.xlsx"
    book.save(path)

    report = loop.import_leads(path)

    assert report.rejected == 0, report.rows
    lead = loop.get_lead("301").lead
    assert lead.handed_over_at == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def test_a_file_without_an_id_column_is_refused_whole_with_what_to_do(
    loop: SalesLoop, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Who,Company\nAna,Northwind\n", encoding="utf-8")

    report = loop.import_leads(path)

    assert not report.applied
    assert "--map 'COLUMN=crm_id'" in report.problems[0]
    assert report.rows[0].action is RowAction.REJECTED
    mapped = loop.import_leads(
        path, LeadImportOptions(mapping=LeadImportOptions.mapping_from(["Who=crm_id"]))
    )
    assert mapped.applied
    assert mapped.count(RowAction.CREATED) == 1


def test_an_import_writes_its_leads_ready_for_the_report(loop: SalesLoop) -> None:
    report = loop.import_leads(DATA / "hubspot-contacts.csv")

    with loop.library.sessions() as s:
        leads = s.execute(text("SELECT id, handed_over_at, handoff_day, touch_work FROM leads")).all()
        events = s.execute(text("SELECT id FROM lead_events")).scalars().all()
        missing = s.execute(
            text("SELECT count(*) FROM lead_events WHERE lead_id NOT IN (SELECT id FROM leads)")
        )

    assert report.applied and leads and len(events) == report.events_added
    # Ids as the rest of the library makes them: random UUIDs, version 4.
    assert {uuid.UUID(i).version for i in [*(r.id for r in leads), *events]} == {4}
    assert len({r.id for r in leads} | set(events)) == len(leads) + len(events)
    # Each handed-over lead holds its report columns, so the first report counts nothing.
    assert all(r.handoff_day is not None for r in leads if r.handed_over_at is not None)
    assert missing.scalar() == 0
