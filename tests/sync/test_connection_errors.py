"""Why a laptop cannot reach the team, told apart: a login the admin blocked, a database at its
connection limit, a server with every slot taken, a wrong or missing password, no such login,
a server that does not answer. Each against a real server, each not "online" afterwards; and
the admin's password reset for a rep who changed their own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import psycopg
import pytest
from psycopg import sql

from collateral_app.domain.errors import LoginRefused, ServerBusy, ServerUnreachable, TeamError
from collateral_app.domain.sales import Role
from collateral_app.storage.sync_models import SyncServerRow
from collateral_app.sync.connection import ServerAddress
from tests.pg_tls import TlsCluster
from tests.sync.conftest import Laptop, TeamServer, collateral


def _not_online(laptop: Laptop) -> None:
    assert laptop.team.status().online is False
    assert "offline" in collateral(laptop.root, "team", "status").stdout


def test_a_blocked_login_is_not_told_its_password_is_wrong(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    with team_server.connect() as conn:
        conn.execute(f'ALTER ROLE "{team_server.prefix}_ray" CONNECTION LIMIT 0'.encode())

    with pytest.raises(LoginRefused) as refused:
        ray.sync()

    assert "connection limit to 0" in str(refused.value) and "password" not in str(refused.value)
    _not_online(ray)


def test_a_database_at_its_connection_limit_is_busy_not_a_refused_login(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    with team_server.connect() as conn:
        conn.execute(
            sql.SQL("ALTER DATABASE {} CONNECTION LIMIT 0").format(sql.Identifier(team_server.dbname))
        )
        conn.commit()

    with pytest.raises(ServerBusy, match=f"“{team_server.dbname}” .* takes no more connections"):
        ray.sync()

    _not_online(ray)


@pytest.fixture
def full_server(tls_cluster: TlsCluster) -> Iterator[Callable[[], None]]:
    """Takes every connection slot of the TLS cluster (as its superuser, who may use the
    reserved ones too) when called; gives them back at the end."""
    with ExitStack() as held:

        def fill() -> None:
            conns: list[psycopg.Connection[Any]] = []
            while True:
                try:
                    conns.append(
                        held.enter_context(psycopg.connect(tls_cluster.admin_conninfo + " dbname=postgres"))
                    )
                except psycopg.OperationalError as exc:
                    assert "too many clients" in str(exc)
                    break
                assert len(conns) < 100, "the cluster takes more connections than it should"

        yield fill


def test_a_server_with_every_connection_in_use_is_busy_and_the_work_waits(
    tls_cluster: TlsCluster,
    tls_team: TeamServer,
    laptop_factory: Callable[..., Laptop],
    full_server: Callable[[], None],
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(tls_team.add_user("ray", Role.REP), password="pw")
    ray.sales.record_usage(ray.library.add_link("https://example.com/a", title="A").id, "shared")
    full_server()

    with pytest.raises(ServerBusy) as busy:
        ray.sync()

    assert "all the connections it takes (max_connections)" in str(busy.value)
    assert "password" not in str(busy.value)
    _not_online(ray)
    assert ray.team.status().waiting.facts == 1


def test_a_wrong_or_missing_password_and_an_unknown_login_are_each_said_so(
    tls_team: TeamServer, laptop_factory: Callable[..., Laptop], team_server: TeamServer
) -> None:
    ray = laptop_factory("ray")
    url = tls_team.add_user("ray", Role.REP)

    wrong = ray.team.test_connection(url, password="not-it")
    missing = ray.team.test_connection(url)
    unknown = ray.team.test_connection(team_server.url_as(f"{team_server.prefix}_nobody"))

    assert not wrong.ok and "the password is wrong" in wrong.message
    assert not missing.ok and "has none stored" in missing.message
    assert not unknown.ok and "has no such login" in unknown.message
    assert "unreachable" not in wrong.message + missing.message + unknown.message


def test_a_server_that_does_not_answer_is_unreachable_and_the_laptop_offline(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    ray.team.join(team_server.add_user("ray", Role.REP), password="pw")
    with ray.library.sessions.begin() as s:
        state = s.get(SyncServerRow, 1)
        assert state is not None
        state.server = ServerAddress.parse(state.server).with_param("port", "9").conninfo

    with pytest.raises(ServerUnreachable, match="unreachable — your work is saved") as gone:
        ray.sync()

    assert not isinstance(gone.value, ServerBusy)
    _not_online(ray)


def test_a_rep_who_changed_their_own_password_is_given_a_new_one_by_the_admin(
    tls_team: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ada, ray = laptop_factory("ada"), laptop_factory("ray")
    ada.team.join(tls_team.add_user("ada", Role.ADMIN), password="pw")
    ray_url = tls_team.add_user("ray", Role.REP)
    ray.team.join(ray_url, password="pw")
    login = f"{tls_team.prefix}_ray"
    with tls_team.connect(login, password="pw") as conn:  # PostgreSQL lets every login do this
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD 'mine-now'").format(sql.Identifier(login)))
        conn.commit()
    with pytest.raises(LoginRefused, match="the password is wrong"):
        ray.sync()

    made = ada.team.reset_password(login)
    by_command = collateral(ada.root, "team", "reset-password", login, "--password-stdin", stdin="chosen\n")

    assert made and made != "mine-now"
    assert by_command.returncode == 0, by_command.stderr
    assert "the old one no longer logs in" in by_command.stdout
    assert not ray.team.test_connection(ray_url, password=made).ok
    ray.team.join(ray_url, password="chosen")
    assert ray.sync().cancelled is False
    with pytest.raises(TeamError, match="is not a login of this team"):
        ada.team.reset_password("postgres")
    refused = collateral(ray.root, "team", "reset-password", f"{tls_team.prefix}_ada")
    assert refused.returncode == 1 and "may not change the password" in refused.stderr
