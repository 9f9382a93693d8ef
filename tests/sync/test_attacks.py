"""Team mode attacked as a rep and as a marketer would, with plain SQL and the login
`team add-user` gave them: each attack is refused by the server, and what an older server
let through (rows written before its checks existed) is set aside by every laptop with its
reason while the rest of the team's sync goes on both ways."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from collateral_app.domain.sales import DealDraft, Role
from collateral_app.services.library.importer import Importer
from collateral_app.storage.models import Blob
from collateral_app.storage.sales_models import DealRow, FeedbackRow
from collateral_app.sync import schema
from tests import samples
from tests.sync import docs
from tests.sync.conftest import Laptop, TeamServer, collateral

Refused = (psycopg.errors.IntegrityError, psycopg.errors.InsufficientPrivilege, psycopg.errors.DataError)


def _as(server: TeamServer, name: str) -> psycopg.Connection[Any]:
    return server.connect(f"{server.prefix}_{name}")


def _refused(server: TeamServer, name: str, statement: str, params: tuple[Any, ...] = ()) -> psycopg.Error:
    with _as(server, name) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute(statement.encode(), params or None)
        conn.commit()
    return caught.value


INSERT_ROW = "INSERT INTO collateral.catalog (kind, key, doc) VALUES (%s, %s, %s)"
INSERT_FACT = "INSERT INTO collateral.facts (kind, id, doc, origin) VALUES (%s, %s, %s, %s)"


@pytest.fixture
def team(team_server: TeamServer) -> TeamServer:
    """ray and rita are reps with a profile each, mia a marketer, ada the admin."""
    for name, role in (("ray", Role.REP), ("rita", Role.REP), ("mia", Role.MARKETER), ("ada", Role.ADMIN)):
        team_server.add_user(name, role)
    for name in ("ray", "rita"):
        with _as(team_server, name) as conn:
            conn.execute(INSERT_ROW, ("user", f"user-{name}", docs.profile(name.title())))
    with _as(team_server, "mia") as conn:
        conn.execute(INSERT_ROW, ("user", "user-mia", docs.profile("Mia", "marketer")))
    with _as(team_server, "rita") as conn:
        request = {
            "text": "A case study for banks",
            "requester_id": "user-rita",
            "status": "open",
            "decline_reason": "",
            "asset_id": None,
        }
        conn.execute(INSERT_ROW, ("content_request", "request-1", json.dumps(request)))
        conn.execute(
            INSERT_FACT,
            (
                "usage_events",
                "ev-rita",
                docs.fact("usage_events", "ev-rita", "user-rita", "dev-rita"),
                "dev-rita",
            ),
        )
    return team_server


# -- blocker 1: a file name outside the library -------------------------------------------------
@pytest.mark.parametrize("deleted", [False, True], ids=["live", "tombstone"])
def test_a_marketer_cannot_name_a_path_as_an_assets_file(team: TeamServer, deleted: bool) -> None:
    doc = {"title": "Deck", "deleted": deleted, "file": {"blob_sha256": "../../../../etc/secret.txt"}}
    error = _refused(team, "mia", INSERT_ROW, ("asset", "asset-evil", json.dumps(doc)))
    assert isinstance(error, psycopg.errors.CheckViolation)
    assert "content address" in str(error)
    doc["file"] = {"blob_sha256": None, "text_sha256": "../x"}
    assert isinstance(_refused(team, "mia", INSERT_ROW, ("asset", "asset-evil", json.dumps(doc))), Refused)


# -- blockers 3, 4 and major 5: malformed and forged rows and facts -------------------------------
ROW_ATTACKS = [
    ("ray", "a deal without its prospect", "deal", "deal-cb", json.dumps({"name": "cb"})),
    ("ray", "a deal that is not an object", "deal", "deal-x", json.dumps(["cb"])),
    ("ray", "a second profile with the admin role", "user", "user-ray2", docs.profile("Boss", "admin")),
    ("ray", "a profile named like the marketer", "user", "user-fake", docs.profile("mia")),
    ("ray", "a kind the server does not know", "invoice", "i1", json.dumps({"name": "x"})),
    (
        "ray",
        "a request answered by the rep",
        "content_request",
        "request-2",
        json.dumps({"text": "x", "requester_id": "user-ray", "status": "delivered", "decline_reason": ""}),
    ),
    (
        "ray",
        "a request in another rep's name",
        "content_request",
        "request-3",
        json.dumps({"text": "x", "requester_id": "user-rita", "status": "open", "decline_reason": ""}),
    ),
    ("mia", "a profile with the admin role", "user", "user-mia2", docs.profile("Mia 2", "admin")),
    (
        "mia",
        "a taxonomy value keyed apart from its slug",
        "taxonomy",
        "industry/a",
        json.dumps({"dimension": "industry", "slug": "b", "label": "B"}),
    ),
]


@pytest.mark.parametrize(
    ("who", "what", "kind", "key", "doc"), ROW_ATTACKS, ids=[f"{w}: {what}" for w, what, *_ in ROW_ATTACKS]
)
def test_the_server_refuses_a_malformed_or_forged_catalog_row(
    team: TeamServer, who: str, what: str, kind: str, key: str, doc: str
) -> None:
    assert isinstance(_refused(team, who, INSERT_ROW, (kind, key, doc)), Refused)
    assert team.scalar("SELECT count(*) FROM collateral.catalog WHERE key = %s", (key,)) == 0


def test_a_rep_cannot_change_their_profiles_role_or_answer_their_own_request(team: TeamServer) -> None:
    promote = "UPDATE collateral.catalog SET doc = %s WHERE key = 'user-ray'"
    assert isinstance(_refused(team, "ray", promote, (docs.profile("Ray", "marketer"),)), Refused)
    answer = (
        "UPDATE collateral.catalog SET doc = jsonb_set(doc, '{status}', '\"declined\"') "
        "WHERE key = 'request-1'"
    )
    assert isinstance(_refused(team, "rita", answer), Refused)
    assert team.scalar("SELECT doc->>'role' FROM collateral.catalog WHERE key = 'user-ray'") == "rep"
    with _as(team, "ada") as conn:  # the admin may
        conn.execute(promote, (docs.profile("Ray", "marketer"),))
    assert team.scalar("SELECT doc->>'role' FROM collateral.catalog WHERE key = 'user-ray'") == "marketer"


FACT_ATTACKS: list[tuple[str, str, str, str, str, str]] = [
    (
        "ray",
        "a fact without an id",
        "usage_events",
        "ev-a",
        json.dumps({"user_id": "user-ray", "device_id": "d1"}),
        "d1",
    ),
    (
        "ray",
        "a fact whose id is not its key",
        "usage_events",
        "ev-b",
        docs.fact("usage_events", "other", "user-ray", "d1"),
        "d1",
    ),
    (
        "ray",
        "a fact without a profile",
        "usage_events",
        "ev-c",
        docs.fact("usage_events", "ev-c", None, "d1"),
        "d1",
    ),
    (
        "ray",
        "a fact with a NULL profile",
        "usage_events",
        "ev-d",
        json.dumps({**json.loads(docs.fact("usage_events", "ev-d", "x", "d1")), "user_id": None}),
        "d1",
    ),
    (
        "ray",
        "a fact of another rep's profile",
        "usage_events",
        "ev-e",
        docs.fact("usage_events", "ev-e", "user-rita", "d1"),
        "d1",
    ),
    (
        "ray",
        "a rating of 99",
        "feedback",
        "fb-a",
        docs.fact("feedback", "fb-a", "user-ray", "d1", rating=99),
        "d1",
    ),
    (
        "ray",
        "an unknown verdict",
        "feedback",
        "fb-b",
        docs.fact("feedback", "fb-b", "user-ray", "d1", verdict="bribed"),
        "d1",
    ),
    (
        "ray",
        "another laptop's device id",
        "usage_events",
        "ev-f",
        docs.fact("usage_events", "ev-f", "user-ray", "dev-rita"),
        "d1",
    ),
    (
        "ray",
        "the victim's laptop as origin",
        "usage_events",
        "ev-g",
        docs.fact("usage_events", "ev-g", "user-ray", "dev-rita"),
        "dev-rita",
    ),
    (
        "ray",
        "no origin at all",
        "usage_events",
        "ev-h",
        docs.fact("usage_events", "ev-h", "user-ray", ""),
        "",
    ),
    (
        "ray",
        "a decline of another rep's request",
        "request_events",
        "re-a",
        docs.fact(
            "request_events", "re-a", "user-ray", "d1", request_id="request-1", status="declined", reason="no"
        ),
        "d1",
    ),
    (
        "ray",
        "an opening of another rep's request",
        "request_events",
        "re-b",
        docs.fact("request_events", "re-b", "user-ray", "d1", request_id="request-1"),
        "d1",
    ),
    (
        "ray",
        "a 20 MB fact",
        "usage_events",
        "ev-i",
        docs.fact("usage_events", "ev-i", "user-ray", "d1", import_key="x" * 20_000_000),
        "d1",
    ),
    (
        "mia",
        "a fact of a rep's profile",
        "usage_events",
        "ev-j",
        docs.fact("usage_events", "ev-j", "user-ray", "d2"),
        "d2",
    ),
]


@pytest.mark.parametrize(
    ("who", "what", "kind", "fact_id", "doc", "origin"),
    FACT_ATTACKS,
    ids=[f"{w}: {what}" for w, what, *_ in FACT_ATTACKS],
)
def test_the_server_refuses_a_malformed_or_forged_fact(
    team: TeamServer, who: str, what: str, kind: str, fact_id: str, doc: str, origin: str
) -> None:
    error = _refused(team, who, INSERT_FACT, (kind, fact_id, doc, origin))
    assert isinstance(error, (*Refused, psycopg.errors.ProgramLimitExceeded))
    assert team.scalar("SELECT count(*) FROM collateral.facts WHERE id = %s", (fact_id,)) == 0


def test_a_marketer_may_answer_a_request_and_a_rep_may_send_their_own_facts(team: TeamServer) -> None:
    """The checks refuse forgeries, not the team's ordinary work."""
    with _as(team, "mia") as conn:
        answer = docs.fact(
            "request_events",
            "re-ok",
            "user-mia",
            "dev-mia",
            request_id="request-1",
            status="declined",
            reason="no",
        )
        conn.execute(INSERT_FACT, ("request_events", "re-ok", answer, "dev-mia"))
    with _as(team, "ray") as conn:
        conn.execute(
            INSERT_FACT,
            ("feedback", "fb-ok", docs.fact("feedback", "fb-ok", "user-ray", "dev-ray"), "dev-ray"),
        )
    assert team.scalar("SELECT count(*) FROM collateral.facts WHERE id IN ('re-ok', 'fb-ok')") == 2


# -- major 6: limits ------------------------------------------------------------------------------
def test_one_statement_of_200000_facts_is_refused(team: TeamServer) -> None:
    statement = (
        "INSERT INTO collateral.facts (kind, id, doc, origin) "
        "SELECT 'usage_events', 'bulk-' || n, jsonb_set(%s::jsonb, '{id}', to_jsonb('bulk-' || n)), 'd1' "
        "FROM generate_series(1, 200000) AS n"
    )
    error = _refused(team, "ray", statement, (docs.fact("usage_events", "x", "user-ray", "d1"),))
    assert isinstance(error, psycopg.errors.ConfigurationLimitExceeded)
    assert "at a time" in str(error)
    assert team.scalar("SELECT count(*) FROM collateral.facts WHERE id LIKE 'bulk-%%'") == 0


def test_the_hourly_volume_of_one_login_is_limited_and_the_limit_is_the_admins_to_change(
    team: TeamServer,
) -> None:
    assert isinstance(_refused(team, "ray", "UPDATE collateral.limits SET facts_per_hour = 1000000"), Refused)
    with _as(team, "ada") as conn:
        conn.execute("UPDATE collateral.limits SET facts_per_hour = 3")
    with _as(team, "ray") as conn:
        for n in range(3):
            conn.execute(
                INSERT_FACT,
                ("usage_events", f"h{n}", docs.fact("usage_events", f"h{n}", "user-ray", "d1"), "d1"),
            )
        conn.commit()
        with pytest.raises(psycopg.errors.ConfigurationLimitExceeded, match="this hour"):
            conn.execute(
                INSERT_FACT, ("usage_events", "h3", docs.fact("usage_events", "h3", "user-ray", "d1"), "d1")
            )


def test_team_logins_make_no_temporary_tables_and_get_timeouts(team: TeamServer) -> None:
    assert isinstance(
        _refused(team, "ray", "CREATE TEMP TABLE mine (x int)"), psycopg.errors.InsufficientPrivilege
    )
    with _as(team, "ray") as conn:
        settings = {
            name: conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
            for name, _value in schema.ROLE_SETTINGS
        }
    assert settings == {
        "statement_timeout": "2min",
        "lock_timeout": "10s",
        "idle_in_transaction_session_timeout": "1min",
    }


def test_init_server_says_what_it_restricted_and_what_it_could_not(team: TeamServer) -> None:
    result = schema.init_server(schema.ServerAddress.parse(team.admin_url))
    assert any("only the team's logins connect" in r for r in result.restricted)
    # Other databases of the cluster let PUBLIC connect: named, with what to do.
    assert any("“postgres”" in line and "pg_hba.conf" in line for line in result.left_open)


# -- what an older server let through: every laptop sets it aside, the sync goes on ---------------
@pytest.fixture
def planted(
    server_factory: Callable[[], TeamServer], monkeypatch: pytest.MonkeyPatch
) -> Iterator[TeamServer]:
    """A server set up at schema version 1, where ray (a rep) and mia (a marketer) wrote what
    that version took, then upgraded: the bad rows are still on it."""
    with monkeypatch.context() as old:
        old.setattr(schema, "STEPS", schema.STEPS[:1])
        old.setattr(schema, "SCHEMA_VERSION", 1)
        server = server_factory()
        for name, role in (("ray", Role.REP), ("mia", Role.MARKETER), ("ada", Role.ADMIN)):
            server.add_user(name, role)
        with _as(server, "ray") as conn:
            conn.execute(INSERT_ROW, ("deal", "deal-cb", json.dumps({"name": "cb"})))
            conn.execute(INSERT_ROW, ("user", "user-old", json.dumps({"name": "Old"})))
            conn.execute(
                "INSERT INTO collateral.facts (kind, id, doc) VALUES ('usage_events', 'no-id', %s)",
                (json.dumps({"user_id": None}),),
            )
            for fact_id, changes in (("fb-99", {"rating": 99}), ("fb-bribed", {"verdict": "bribed"})):
                doc = docs.fact("feedback", fact_id, None, "d1", **changes)
                conn.execute(
                    "INSERT INTO collateral.facts (kind, id, doc) VALUES ('feedback', %s, %s)", (fact_id, doc)
                )
        with _as(server, "mia") as conn:
            evil = {
                "title": "Gone",
                "deleted": True,
                "file": {"blob_sha256": "../../../../outside/secret.txt"},
            }
            conn.execute(INSERT_ROW, ("asset", "asset-evil", json.dumps(evil)))
    schema.init_server(schema.ServerAddress.parse(server.admin_url))
    yield server


def test_bad_rows_from_before_the_servers_checks_are_set_aside_and_the_sync_goes_on_both_ways(
    planted: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    outside = tmp_path / "outside" / "secret.txt"
    outside.parent.mkdir()
    outside.write_text("keep me")
    mia, ray = laptop_factory("mia"), laptop_factory("ray")
    mia.team.join(planted.url_as(f"{planted.prefix}_mia"), password="pw")
    ray.team.join(planted.url_as(f"{planted.prefix}_ray"), password="pw")
    [imported] = Importer(mia.library).run([samples.make_text(tmp_path / "a.txt", "Pricing for banks")])
    first = mia.sync()
    prospect = ray.sales.create_prospect("Acme")
    ray.sales.create_deal(DealDraft(name="Acme renewal", prospect_id=prospect.id))
    up = ray.sync()
    down = mia.sync()

    assert (first.quarantined, up.quarantined) == (5, 5), [(q.kind, q.key) for q in ray.team.quarantined()]
    assert up.pushed_changes >= 1 and down.pulled_changes >= 1  # both ways
    with mia.library.sessions() as s:
        assert s.scalar(select(DealRow.id).where(DealRow.name == "Acme renewal")) is not None
        assert s.scalar(select(DealRow.id).where(DealRow.name == "cb")) is None
        assert s.scalar(select(Blob.sha256).where(Blob.sha256.like("%secret%"))) is None
        assert s.scalars(select(FeedbackRow.id)).all() == []
    held = {(q.kind, q.key): q.reason for q in ray.team.quarantined()}
    assert held[("deal", "deal-cb")] == "“prospect_id” is missing"
    assert "content address" in held[("asset", "asset-evil")]
    assert "rating" in held[("feedback", "fb-99")] and "verdict" in held[("feedback", "fb-bribed")]
    assert "id" in held[("usage_events", "no-id")]
    assert ray.team.status().waiting.quarantined == len(held)
    status = collateral(ray.root, "team", "status")
    assert "Set aside:" in status.stdout
    conflicts = collateral(ray.root, "team", "conflicts")
    assert "set aside  deal deal-cb “cb”" in conflicts.stdout
    check = collateral(ray.root, "check", "--repair")
    assert outside.read_text() == "keep me", check.stdout + check.stderr
    assert imported.asset_id is not None


def test_the_admin_drops_and_fixes_what_was_set_aside_and_every_laptop_lets_go(
    planted: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ada, ray = laptop_factory("ada"), laptop_factory("ray")
    ada.team.join(planted.url_as(f"{planted.prefix}_ada"), password="pw")
    ray.team.join(planted.url_as(f"{planted.prefix}_ray"), password="pw")
    ada.sync()
    ray.sync()
    denied = collateral(ray.root, "team", "quarantine", "drop", "deal", "deal-cb")
    assert denied.returncode == 1 and "admin" in denied.stderr
    dropped = collateral(ada.root, "team", "quarantine", "drop", "usage_events", "no-id", "--reason", "no id")
    assert dropped.returncode == 0, dropped.stderr
    fixed_doc = docs.deal("cb", prospect_id="prospect-cb")
    with _as(planted, "ada") as conn:
        conn.execute(INSERT_ROW, ("prospect", "prospect-cb", json.dumps({"name": "CB Corp", "region": ""})))
    fixed = collateral(ada.root, "team", "quarantine", "fix", "deal", "deal-cb", "--doc", fixed_doc)
    assert fixed.returncode == 0, fixed.stderr
    ray.sync()
    keys = {q.key for q in ray.team.quarantined()}
    assert "no-id" not in keys and "deal-cb" not in keys
    with ray.library.sessions() as s:
        assert s.get(DealRow, "deal-cb") is not None
    log = planted.scalar(
        "SELECT string_agg(action || ' ' || key || ' by ' || by_login, ', ' ORDER BY id) "
        "FROM collateral.admin_log"
    )
    assert log == f"drop no-id by {planted.prefix}_ada, fix deal-cb by {planted.prefix}_ada"


def test_a_login_the_admin_blocked_is_told_so_and_is_not_online(
    team: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(team.url_as(f"{team.prefix}_ray"), password="pw")
    with team.connect() as conn:
        conn.execute(f'ALTER ROLE "{team.prefix}_ray" CONNECTION LIMIT 0')
    check = ray.team.test_connection()
    assert check.ok is False and "connection limit" in check.message and "password" not in check.message
    with pytest.raises(Exception, match="connection limit"):
        ray.sync()
    assert ray.team.status().online is False
    assert "connection limit" in collateral(ray.root, "team", "status").stdout
