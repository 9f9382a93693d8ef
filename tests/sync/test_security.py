"""Every forbidden action of each role is refused by the server itself: these tests talk SQL
to PostgreSQL as each person's login, with no app in between."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from collateral_app.domain.sales import Role
from tests.sync import docs
from tests.sync.conftest import TeamServer

ASSET = json.dumps(
    {"title": "Pricing deck", "deleted": False, "file": {"blob_sha256": None, "text_sha256": None}}
)


@pytest.fixture
def seeded(team_server: TeamServer) -> TeamServer:
    """ray and rita are reps, mia a marketer, ada an admin; each rep registered a profile, mia
    published an asset and ray a deal and a usage event."""
    for name, role in (("ray", Role.REP), ("rita", Role.REP), ("mia", Role.MARKETER), ("ada", Role.ADMIN)):
        team_server.add_user(name, role)
    p = team_server.prefix
    for name in ("ray", "rita"):
        with team_server.connect(f"{p}_{name}") as conn:
            conn.execute(
                "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('user', %s, %s)",
                (f"user-{name}", docs.profile(name)),
            )
    with team_server.connect(f"{p}_ray") as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('deal', 'deal-ray', %s)",
            (docs.deal("Ray"),),
        )
        conn.execute(
            "INSERT INTO collateral.facts (kind, id, doc, origin) "
            "VALUES ('usage_events', 'ev-1', %s, 'device-1')",
            (docs.fact("usage_events", "ev-1", "user-ray"),),
        )
    with team_server.connect(f"{p}_mia") as conn:
        conn.execute(
            "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('asset', 'asset-1', %s)", (ASSET,)
        )
    return team_server


REFUSED = "refused"  # an error from the server
NOTHING = "nothing"  # accepted as a statement, but row-level security left no row to change

FORBIDDEN: list[tuple[str, str, str, tuple[Any, ...], str]] = [
    (
        "ray",
        "publish an asset",
        "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('asset', 'a2', '{}')",
        (),
        REFUSED,
    ),
    ("ray", "change an asset", "UPDATE collateral.catalog SET doc = '{}' WHERE kind = 'asset'", (), NOTHING),
    (
        "ray",
        "add a taxonomy value",
        "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('taxonomy', 'industry/x', '{}')",
        (),
        REFUSED,
    ),
    (
        "rita",
        "change another rep's deal",
        "UPDATE collateral.catalog SET doc = '{}' WHERE key = 'deal-ray'",
        (),
        NOTHING,
    ),
    (
        "rita",
        "change another rep's profile",
        "UPDATE collateral.catalog SET doc = '{}' WHERE key = 'user-ray'",
        (),
        NOTHING,
    ),
    (
        "rita",
        "send a fact as another rep",
        "INSERT INTO collateral.facts (kind, id, doc, origin) VALUES ('feedback', 'f9', %s, 'device-2')",
        (docs.fact("feedback", "f9", "user-ray", "device-2"),),
        REFUSED,
    ),
    (
        "rita",
        "send a fact as a profile nobody registered",
        "INSERT INTO collateral.facts (kind, id, doc, origin) VALUES ('feedback', 'f8', %s, 'device-2')",
        (docs.fact("feedback", "f8", "ghost", "device-2"),),
        REFUSED,
    ),
    ("ray", "delete a fact", "DELETE FROM collateral.facts", (), REFUSED),
    ("ray", "change a fact", "UPDATE collateral.facts SET doc = '{}'", (), REFUSED),
    ("ray", "empty the facts", "TRUNCATE collateral.facts", (), REFUSED),
    ("ray", "delete a catalog row", "DELETE FROM collateral.catalog WHERE key = 'deal-ray'", (), REFUSED),
    ("ray", "move the clock", "UPDATE collateral.clock SET version = 0", (), REFUSED),
    ("ray", "change the epoch", "UPDATE collateral.meta SET value = 'x' WHERE key = 'epoch'", (), REFUSED),
    (
        "ray",
        "upload a file",
        "INSERT INTO collateral.files (sha256, size_bytes, chunk_size, chunk_count) "
        "VALUES (repeat('a', 64), 0, 1048576, 0)",
        (),
        REFUSED,
    ),
    (
        "ray",
        "upload a page text",
        "INSERT INTO collateral.asset_texts (sha256, pages) VALUES (repeat('b', 64), '[]')",
        (),
        REFUSED,
    ),
    ("ray", "create a table", "CREATE TABLE collateral.mine (x int)", (), REFUSED),
    ("ray", "create a login", "CREATE ROLE someone_else LOGIN", (), REFUSED),
    ("mia", "delete a catalog row", "DELETE FROM collateral.catalog WHERE key = 'asset-1'", (), REFUSED),
    ("mia", "delete a fact", "DELETE FROM collateral.facts", (), REFUSED),
    ("mia", "change a rep's fact", "UPDATE collateral.facts SET doc = '{}'", (), REFUSED),
    (
        "mia",
        "send a fact as a rep",
        "INSERT INTO collateral.facts (kind, id, doc, origin) VALUES ('feedback', 'f7', %s, 'device-3')",
        (docs.fact("feedback", "f7", "user-ray", "device-3"),),
        REFUSED,
    ),
    ("mia", "move the clock", "UPDATE collateral.clock SET version = 0", (), REFUSED),
    ("mia", "create a login", "CREATE ROLE someone_else LOGIN", (), REFUSED),
    (
        "mia",
        "publish an asset whose file is not on the server",
        "INSERT INTO collateral.catalog (kind, key, doc) VALUES ('asset', 'a3', %s)",
        (json.dumps({"title": "Deck", "file": {"blob_sha256": "c" * 64}}),),
        REFUSED,
    ),
    (
        "mia",
        "mark a file complete that is not",
        "INSERT INTO collateral.files (sha256, size_bytes, chunk_size, chunk_count, complete) "
        "VALUES (repeat('d', 64), 10, 1048576, 1, true)",
        (),
        REFUSED,
    ),
    ("ada", "delete a fact", "DELETE FROM collateral.facts", (), REFUSED),
    ("ada", "change a fact", "UPDATE collateral.facts SET doc = '{}'", (), REFUSED),
    ("ada", "delete a catalog row", "DELETE FROM collateral.catalog", (), REFUSED),
    ("ada", "move the clock", "UPDATE collateral.clock SET version = 0", (), REFUSED),
]


@pytest.mark.parametrize(
    ("who", "action", "statement", "params", "expected"),
    FORBIDDEN,
    ids=[f"{who} may not {action}" for who, action, *_ in FORBIDDEN],
)
def test_the_server_refuses_a_forbidden_action(
    seeded: TeamServer, who: str, action: str, statement: str, params: tuple[Any, ...], expected: str
) -> None:
    before = _snapshot(seeded)
    with seeded.connect(f"{seeded.prefix}_{who}") as conn:
        if expected == REFUSED:
            with pytest.raises(psycopg.Error) as caught:
                conn.execute(statement.encode(), params or None)
            assert isinstance(
                caught.value, psycopg.errors.InsufficientPrivilege | psycopg.errors.IntegrityError
            )
        else:
            assert conn.execute(statement.encode(), params or None).rowcount == 0
            conn.commit()
    assert _snapshot(seeded) == before


def test_the_server_stamps_who_sent_a_fact_and_when_whatever_the_sender_wrote(seeded: TeamServer) -> None:
    with seeded.connect(f"{seeded.prefix}_ray") as conn:
        conn.execute(
            "INSERT INTO collateral.facts (kind, id, doc, origin, pushed_by, txid) "
            "VALUES ('feedback', 'f1', %s, 'device-1', 'rita', '1')",
            (docs.fact("feedback", "f1", "user-ray"),),
        )
        conn.commit()
    sender, txid_is_recent = (
        seeded.connect()
        .execute("SELECT pushed_by, txid > '1'::xid8 FROM collateral.facts WHERE id = 'f1'")
        .fetchone()
    )
    assert sender == f"{seeded.prefix}_ray"
    assert txid_is_recent is True


def test_a_rep_may_change_their_own_deal_and_the_server_records_who(seeded: TeamServer) -> None:
    with seeded.connect(f"{seeded.prefix}_ray") as conn:
        updated = conn.execute(
            "UPDATE collateral.catalog SET doc = %s, created_by = 'rita' WHERE key = 'deal-ray'",
            (docs.deal("Acme"),),
        ).rowcount
        conn.commit()
    assert updated == 1
    row = (
        seeded.connect()
        .execute("SELECT created_by, updated_by, doc->>'name' FROM collateral.catalog WHERE key = 'deal-ray'")
        .fetchone()
    )
    assert row == (f"{seeded.prefix}_ray", f"{seeded.prefix}_ray", "Acme")


def _snapshot(server: TeamServer) -> tuple[Any, ...]:
    with server.connect() as conn:
        return (
            conn.execute(
                "SELECT kind, key, doc::text, version FROM collateral.catalog ORDER BY 1, 2"
            ).fetchall(),
            conn.execute("SELECT kind, id, doc::text FROM collateral.facts ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT version FROM collateral.clock").fetchall(),
            conn.execute("SELECT key, value FROM collateral.meta ORDER BY 1").fetchall(),
            conn.execute("SELECT sha256, complete FROM collateral.files ORDER BY 1").fetchall(),
            conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'someone_else'").fetchall(),
        )
