"""Setting up the team server and joining it: versioned schema, roles, "please update" for an
old app, errors in words, and the whole path through the real `collateral` command."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from collateral_app.domain.errors import AppTooOld, LoginRefused, ServerNeedsSetup
from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService
from collateral_app.sync.schema import SCHEMA_VERSION
from tests.sync.conftest import Laptop, TeamServer, collateral, url_for


def test_init_server_creates_the_schema_and_roles_and_running_it_again_changes_nothing(
    team_server: TeamServer,
) -> None:
    prefix = team_server.prefix
    roles = team_server.scalar(
        "SELECT array_agg(rolname ORDER BY rolname) FROM pg_roles WHERE rolname LIKE %s", (prefix + "\\_%",)
    )
    assert roles == [f"{prefix}_admin", f"{prefix}_marketer", f"{prefix}_rep"]
    meta = dict(team_server.connect().execute("SELECT key, value FROM collateral.meta").fetchall())
    assert meta["schema_version"] == str(SCHEMA_VERSION)

    again = TeamService.init_server(team_server.admin_url)

    assert (again.from_version, again.to_version, again.new_epoch) == (SCHEMA_VERSION, SCHEMA_VERSION, False)
    assert dict(team_server.connect().execute("SELECT key, value FROM collateral.meta").fetchall()) == meta


def test_an_app_older_than_the_server_is_refused_with_please_update_and_keeps_its_work(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    rep = laptop_factory("ray")
    rep.team.join(team_server.add_user("ray", Role.REP), password="pw")
    with team_server.connect() as conn:  # the server moved to a schema this app does not know
        conn.execute(
            "UPDATE collateral.meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    waiting = rep.team.status().waiting

    with pytest.raises(AppTooOld, match="please update Collateral"):
        rep.sync()

    assert rep.team.status().waiting == waiting
    assert "please update" in rep.team.status().last_error


def test_joining_a_database_without_a_team_says_the_admin_must_set_it_up(
    postgres: str, server_factory: Callable[[], TeamServer], laptop_factory: Callable[..., Laptop]
) -> None:
    server = server_factory()
    with server.connect() as conn:
        conn.execute("DROP SCHEMA collateral CASCADE")
    rep = laptop_factory("ray")

    with pytest.raises(ServerNeedsSetup, match="init-server"):
        rep.team.join(server.admin_url)


def test_a_login_outside_the_team_is_refused_in_words(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    outsider = f"{team_server.prefix}_outsider"
    with team_server.connect() as conn:  # a login of the server's, not added to the team
        conn.execute(f'CREATE ROLE "{outsider}" LOGIN'.encode())
    rep = laptop_factory("ray")
    check = rep.team.test_connection(team_server.url_as(outsider))
    assert check.ok is False and "is not in its Collateral team" in check.message

    with pytest.raises(LoginRefused, match="add-user"):
        rep.team.join(team_server.url_as(outsider))
    assert rep.team.membership() is None


def test_joining_names_a_new_profile_after_the_login_and_keeps_a_chosen_name(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path
) -> None:
    fresh = AssetLibrary.open(tmp_path / "fresh")  # nobody chose a profile on this laptop yet
    try:
        login_url = team_server.add_user("dana", Role.MARKETER)
        TeamService(fresh).join(login_url, password="pw")
        me = SalesLoop(fresh).whoami()
        assert (me.name, me.role) == (f"{team_server.prefix}_dana".title(), Role.MARKETER)
    finally:
        fresh.close()

    named = laptop_factory("ray")  # chose "Ray" on first start
    named.team.join(team_server.add_user("ray", Role.REP), password="pw")
    assert (named.sales.whoami().name, named.sales.whoami().role) == ("Ray", Role.REP)


def test_test_connection_says_who_is_connected_and_an_unreachable_server_in_words(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    rep = laptop_factory("ray")
    url = team_server.add_user("ray", Role.REP)

    good = rep.team.test_connection(url, password="pw")
    bad = rep.team.test_connection(url.replace("port=5432", "port=9"), password="pw")

    assert good.ok and good.role is Role.REP and good.server_version
    assert not bad.ok and bad.message.startswith("The team server is unreachable")


def test_the_whole_team_path_through_the_collateral_command(postgres: str, tmp_path, server_factory) -> None:
    server = server_factory()  # made and dropped by the fixture; set up again here by the command
    with server.connect() as conn:
        conn.execute("DROP SCHEMA collateral CASCADE")
    admin_url = url_for(postgres, server.dbname)
    marketer, rep = tmp_path / "mia", tmp_path / "ray"

    steps = [
        collateral(marketer, "team", "init-server", admin_url),
        collateral(
            marketer, "team", "add-user", f"{server.prefix}_mia", "--role", "marketer", "--server", admin_url
        ),
        collateral(
            marketer, "team", "add-user", f"{server.prefix}_ray", "--role", "rep", "--server", admin_url
        ),
        collateral(
            marketer,
            "team",
            "join",
            url_for(postgres, server.dbname, f"{server.prefix}_mia"),
            "--password-stdin",
            stdin="pw\n",
        ),
        collateral(
            rep, "team", "join", url_for(postgres, server.dbname, f"{server.prefix}_ray"), "--tls", "disable"
        ),
        collateral(marketer, "add-link", "https://example.com/roi", "--title", "ROI calculator"),
        collateral(marketer, "sync", "--once", "--json"),
        collateral(rep, "sync", "--once", "--json"),
    ]
    for step in steps:
        assert step.returncode == 0, step.stdout + step.stderr
    assert f"Team schema 0 → {SCHEMA_VERSION} applied." in steps[0].stdout
    assert "Their password:" in steps[1].stdout
    pulled = json.loads(steps[-1].stdout)
    assert pulled["pulled_changes"] >= 1 and pulled["cancelled"] is False
    found = json.loads(collateral(rep, "search", "roi calculator", "--json").stdout)
    assert [h["title"] for h in found["hits"]] == ["ROI calculator"]
    status = json.loads(collateral(rep, "team", "status", "--json").stdout)
    assert status["joined"] and status["online"] is True and status["membership"]["role"] == "rep"
    assert status["waiting"]["facts"] == 0


def test_sync_without_a_team_tells_how_to_join(tmp_path) -> None:
    result = collateral(tmp_path / "alone", "sync", "--once")
    assert result.returncode == 1
    assert "collateral team join URL" in result.stderr


def test_setting_up_a_server_from_the_command_line_opens_no_library(
    postgres: str, server_factory: Callable[[], TeamServer], tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from collateral_app.cli import main
    from collateral_app.paths import LIBRARY_ENV, default_library_root

    monkeypatch.delenv(LIBRARY_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = default_library_root()
    assert str(default).startswith(str(tmp_path))
    server = server_factory()
    admin_url = url_for(postgres, server.dbname)

    def run(*args: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(list(args), stdout=out, stderr=err), out.getvalue() + err.getvalue()

    set_up = run("team", "init-server", admin_url)
    added = run("team", "add-user", f"{server.prefix}_zoe", "--role", "rep", "--server", admin_url)
    no_role = run("team", "add-user", f"{server.prefix}_kim", "--server", admin_url)

    assert set_up[0] == 0 and "The team schema is current" in set_up[1]
    assert added[0] == 0 and "is a rep of the team" in added[1] and "Their password:" in added[1]
    assert no_role[0] == 2 and "--role rep" in no_role[1]
    assert server.scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", (f"{server.prefix}_zoe",)) == 1
    assert not default.exists() and not (tmp_path / "data").exists()
