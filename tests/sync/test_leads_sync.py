"""Leads through the team server: marketing imports them, each rep's laptop receives the leads
they own (the CRM owner is their profile's name) with those leads' stage events and nothing
else, a rep's "worked" reaches marketing, a malformed lead or event is set aside without
stopping the sync, and the server refuses a rep's event on someone else's lead or in someone
else's name. Against the real local PostgreSQL (tests/sync/conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from collateral_app.domain.leads import LeadStage
from collateral_app.domain.sales import CrmFormat, Role
from collateral_app.services.sales.lead_import import LeadImportOptions
from collateral_app.storage.lead_models import LeadEventRow, LeadRow
from tests.sync.conftest import Laptop, TeamServer

LEADS = (
    "Lead ID,Name,Company,Owner,Lead Source,Industry,MQL Date\n"
    "L1,Person 1,Acme,Ray,Webinar,Healthcare,2026-03-02 09:00\n"
    "L2,Person 2,Globex,Rita,Webinar,Healthcare,2026-03-02 09:00\n"
    "L3,Person 3,Initech,RAY,Paid Search,Manufacturing,2026-03-02 09:30\n"
)


def _team(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> tuple[Laptop, Laptop]:
    """mia (marketing) imported three leads, two of them ray's, one rita's, and synced; then
    ray (a rep) joined and synced twice: the first sync says who he is, the second brings
    what that lets him read."""
    team_server.add_user("rita", Role.REP)
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(team_server.add_user("mia", Role.MARKETER), password="pw")
    leads = tmp_path / "leads.csv"
    leads.write_text(LEADS, encoding="utf-8")
    imported = mia.sales.import_leads(leads, LeadImportOptions(format=CrmFormat.CSV))
    assert imported.applied and imported.rejected == 0
    mia.sync()
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    ray.sync()
    ray.sync()
    return mia, ray


def _crm_ids(laptop: Laptop) -> list[str]:
    with laptop.library.sessions() as s:
        return sorted(str(i) for i in s.scalars(select(LeadRow.crm_id)))


def _as(team: TeamServer, name: str) -> psycopg.Connection[Any]:
    return team.connect(f"{team.prefix}_{name}", password="pw")


def test_a_rep_receives_only_their_own_leads_and_their_worked_reaches_marketing(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = _team(team_server, laptop_factory, tmp_path)

    assert _crm_ids(ray) == ["L1", "L3"]  # not rita's L2; the owner's name in any case
    with ray.library.sessions() as s:
        stages = sorted(s.scalars(select(LeadEventRow.stage)))
    assert stages == ["mql", "mql"]  # the events of his leads only
    first = ray.sales.get_lead("L1").lead
    assert first.handed_over_at is not None and first.stage is LeadStage.MQL  # milestones from events

    ray.sales.record_lead_stage("L1", LeadStage.WORKED)
    sent = ray.sync()
    mia.sync()

    assert sent.pushed_changes == 0  # the lead itself is marketing's: only the event went
    seen = mia.sales.get_lead("L1")
    assert seen.lead.stage is LeadStage.WORKED and seen.lead.touched_at is not None
    assert [(e.stage, e.user_name) for e in seen.events][-1] == (LeadStage.WORKED, "Ray")
    report = mia.sales.list_leads(stage=LeadStage.WORKED)
    assert [lead.crm_id for lead in report] == ["L1"]
    with _as(team_server, "rita") as conn:
        keys = conn.execute("SELECT doc->>'crm_id' FROM collateral.catalog WHERE kind = 'lead'").fetchall()
        events = conn.execute("SELECT count(*) FROM collateral.facts WHERE kind = 'lead_events'").fetchone()
    assert keys == [] and events == (0,)  # rita registered no profile named Rita: nothing is hers yet


def test_a_lead_given_to_another_rep_reaches_them_with_its_history(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = _team(team_server, laptop_factory, tmp_path)
    moved = tmp_path / "moved.csv"
    moved.write_text(LEADS.replace("Globex,Rita", "Globex,Ray"), encoding="utf-8")

    mia.sales.import_leads(moved, LeadImportOptions(format=CrmFormat.CSV))
    mia.sync()
    ray.sync()

    assert _crm_ids(ray) == ["L1", "L2", "L3"]
    assert ray.sales.get_lead("L2").lead.handed_over_at is not None  # its earlier MQL event came too


def test_a_malformed_lead_or_lead_event_is_set_aside_and_the_sync_goes_on(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, ray = _team(team_server, laptop_factory, tmp_path)
    l1 = ray.sales.get_lead("L1").lead.id
    profile = team_server.scalar(
        "SELECT key FROM collateral.catalog WHERE kind = 'user' AND created_by = %s",
        (f"{team_server.prefix}_mia",),
    )
    with team_server.connect() as conn:  # a superuser's hand edit, past the server's own checks
        conn.execute("SET session_replication_role = replica")
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc, created_by, updated_by) "
            "VALUES ('lead', 'lead-bad', %s, 'someone', 'someone')",
            (json.dumps({"name": "Broken", "owner": "Ray", "email": 42}),),
        )
        bad_event = {
            "id": "ev-bad",
            "lead_id": l1,
            "stage": "worked",
            "at": "2026-03-03 at nine",  # a date first, as the server checks; no moment in time
            "dated": "app",
            "source": "app",
            "import_file": "",
            "reason": "",
            "user_id": profile,
            "device_id": "device-x",
            "recorded_at": "2026-03-03T09:00:00+00:00",
        }
        conn.execute(
            "INSERT INTO collateral.facts (kind, id, doc, origin) "
            "VALUES ('lead_events', 'ev-bad', %s, 'device-x')",
            (json.dumps(bad_event),),
        )
    more = tmp_path / "more.csv"
    more.write_text(
        LEADS.splitlines()[0] + "\nL4,Person 4,Umbrella,Ray,Webinar,Healthcare,2026-03-03 09:00\n"
    )
    mia.sales.import_leads(more, LeadImportOptions(format=CrmFormat.CSV))
    mia.sync()

    report = ray.sync()

    held = {(q.kind, q.key): q.reason for q in ray.team.quarantined()}
    assert report.quarantined == 2
    assert "email" in held[("lead", "lead-bad")]
    assert "moment in time" in held[("lead_events", "ev-bad")]
    assert _crm_ids(ray) == ["L1", "L3", "L4"]  # what came with them is here
    assert ray.sales.get_lead("L4").lead.handed_over_at is not None


def test_the_server_refuses_a_reps_event_on_another_reps_lead_or_in_another_name(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    mia, _ = _team(team_server, laptop_factory, tmp_path)
    rita_profile = "user-rita"
    with _as(team_server, "rita") as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('user', %s, %s)",
            (
                rita_profile,
                json.dumps({"name": "Rita", "role": "rep", "created_at": "2026-03-01T09:00:00+00:00"}),
            ),
        )
    with mia.library.sessions() as s:
        ids = {crm: lead_id for crm, lead_id in s.execute(select(LeadRow.crm_id, LeadRow.id))}
    ray_profile = team_server.scalar(
        "SELECT key FROM collateral.catalog WHERE kind = 'user' AND created_by = %s",
        (f"{team_server.prefix}_ray",),
    )

    def event(fact_id: str, lead: str, user: str) -> str:
        return json.dumps(
            {
                "id": fact_id,
                "lead_id": ids[lead],
                "stage": "worked",
                "at": "2026-03-03T09:00:00+00:00",
                "dated": "app",
                "source": "app",
                "import_file": "",
                "reason": "",
                "user_id": user,
                "device_id": "device-ray-2",
                "recorded_at": "2026-03-03T09:00:00+00:00",
            }
        )

    attempts = {
        "on rita's lead": ("ev-1", event("ev-1", "L2", ray_profile)),
        "in rita's name": ("ev-2", event("ev-2", "L1", rita_profile)),
    }
    for what, (fact_id, doc) in attempts.items():
        with _as(team_server, "ray") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO collateral.facts (kind, id, doc, origin) VALUES ('lead_events', %s, %s, "
                "'device-ray-2')",
                (fact_id, doc),
            )
            pytest.fail(f"the server took ray's event {what}")
    with _as(team_server, "ray") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('lead', 'lead-ray', %s)",
            (json.dumps({"name": "Mine now", "owner": "Ray"}),),
        )
    with _as(team_server, "ray") as conn:
        changed = conn.execute(
            "UPDATE collateral.catalog SET doc = jsonb_set(doc, '{owner}', '\"Ray\"') WHERE kind = 'lead'"
        ).rowcount
    assert changed == 0  # row-level security: no lead is a rep's to change
    with _as(team_server, "rita") as conn:
        mine = conn.execute("SELECT doc->>'crm_id' FROM collateral.catalog WHERE kind = 'lead'").fetchall()
    assert mine == [("L2",)]  # once rita's profile is there, her lead is hers to read
