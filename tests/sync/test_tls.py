"""TLS between a laptop and the team server: checked by default (verify-full), plain text only
when chosen, each failure in words with the options, and libraries that joined with the old
`prefer` told how to fix it. Against a real cluster with TLS on (tests/pg_tls.py) and the local
server without it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from collateral_app.domain.errors import TeamError, TlsFailed
from collateral_app.domain.sales import Role
from collateral_app.domain.team import TlsMode
from collateral_app.storage.sync_models import SyncServerRow
from tests.pg_tls import SERVER_NAME, TlsCluster
from tests.sync.conftest import Laptop, TeamServer, collateral, no_tls_choice


def _plain(url: str) -> str:
    """The address a person is given: no TLS mode, no CA file."""
    params = psycopg.conninfo.conninfo_to_dict(no_tls_choice(url))
    params.pop("sslrootcert", None)
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


def _no_default_ca(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    if Path("~/.postgresql/root.crt").expanduser().exists():
        pytest.skip("this computer has a ~/.postgresql/root.crt of its own, which libpq would use")


def test_joining_checks_tls_by_default_and_a_server_without_it_says_so_with_the_options(
    team_server: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    url = _plain(team_server.add_user("ray", Role.REP))

    with pytest.raises(TlsFailed) as refused:
        ray.team.join(url, password="pw")

    message = str(refused.value)
    assert "does not offer TLS" in message and "--tls disable" in message and "in clear" in message
    assert ray.team.membership() is None
    joined = ray.team.join(url, password="pw", tls=TlsMode.DISABLE)
    assert joined.tls is TlsMode.DISABLE
    assert "TLS is off" in ray.team.status().tls_warning


def test_the_command_joins_a_server_without_tls_only_when_told_and_says_what_that_means(
    team_server: TeamServer, tmp_path: Path
) -> None:
    url = _plain(team_server.add_user("ray", Role.REP))

    refused = collateral(tmp_path / "ray", "team", "join", url, "--password-stdin", stdin="pw\n")
    joined = collateral(
        tmp_path / "ray", "team", "join", url, "--password-stdin", "--tls", "disable", stdin="pw\n"
    )

    assert refused.returncode == 1 and "does not offer TLS" in refused.stderr
    assert "--tls-ca FILE" not in refused.stderr  # a CA file cannot help a server without TLS
    assert joined.returncode == 0, joined.stderr
    assert "passwords and data travel in clear" in joined.stderr and "trust" in joined.stderr
    assert "TLS: off (disable)" in joined.stdout


def test_verify_full_with_the_teams_ca_joins_and_syncs_encrypted_with_the_ca_kept_in_the_library(
    tls_cluster: TlsCluster, tls_team: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    given = tmp_path / "from-the-admin.crt"
    given.write_bytes(tls_cluster.ca_file.read_bytes())
    mia = laptop_factory("mia")
    url = _plain(tls_team.add_user("mia", Role.MARKETER))

    joined = mia.team.join(url, password="pw", tls_ca=given)
    given.unlink()  # the download folder was cleaned: the library keeps its own copy
    mia.library.add_link("https://example.com/roi", title="ROI calculator")
    report = mia.sync()

    assert joined.tls is TlsMode.VERIFY_FULL and Path(joined.tls_ca) == mia.team.engine.ca_file
    assert report.pushed_changes >= 1
    with mia.team.engine.connect() as conn:
        (ssl,) = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() or (
            None,
        )
    assert ssl is True
    assert mia.team.status().tls_warning == ""
    status = collateral(mia.root, "team", "status").stdout
    assert "TLS:         verified (verify-full" in status and "Warning" not in status


def test_verify_full_without_the_ca_fails_saying_the_authority_is_unknown_and_the_options(
    tls_cluster: TlsCluster,
    tls_team: TeamServer,
    laptop_factory: Callable[..., Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _no_default_ca(monkeypatch)
    ray = laptop_factory("ray")
    url = _plain(tls_team.add_user("ray", Role.REP))

    with pytest.raises(TlsFailed) as no_ca:
        ray.team.join(url, password="pw")
    with pytest.raises(TlsFailed) as wrong_ca:
        ray.team.join(url, password="pw", tls_ca=tls_cluster.other_ca_file)

    assert "no certificate of the authority that signed it" in str(no_ca.value)
    assert "not signed by an authority this computer trusts" in str(wrong_ca.value)
    for refused in (no_ca, wrong_ca):
        assert "--tls-ca FILE" in str(refused.value) and "--tls disable" in str(refused.value)
    assert ray.team.membership() is None
    assert not ray.team.engine.ca_file.exists()


def test_verify_full_refuses_a_certificate_for_another_host_name(
    tls_cluster: TlsCluster, tls_team: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    url = _plain(tls_team.add_user("ray", Role.REP)).replace(f"host={SERVER_NAME}", "host=127.0.0.1")

    check = ray.team.test_connection(url, password="pw", tls_ca=tls_cluster.ca_file)

    assert not check.ok
    assert f"certificate is for “{SERVER_NAME}”, not for “127.0.0.1”" in check.message


def test_a_ca_file_that_is_no_certificate_is_refused_before_connecting(
    tls_team: TeamServer, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    ray = laptop_factory("ray")
    not_a_ca = tmp_path / "server.key"
    not_a_ca.write_text("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n")

    with pytest.raises(TeamError, match="holds no certificate"):
        ray.team.join(_plain(tls_team.add_user("ray", Role.REP)), password="pw", tls_ca=not_a_ca)
    with pytest.raises(TeamError, match="cannot be read"):
        ray.team.join(_plain(tls_team.url_as("x")), password="pw", tls_ca=tmp_path / "missing.crt")


def test_a_server_that_takes_logins_only_over_tls_says_so_to_a_laptop_joining_without(
    tls_team: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")

    with pytest.raises(TlsFailed, match="only over TLS"):
        ray.team.join(_plain(tls_team.add_user("ray", Role.REP)), password="pw", tls=TlsMode.DISABLE)


def test_a_library_that_joined_with_prefer_keeps_syncing_is_warned_and_joins_again_verified(
    tls_cluster: TlsCluster, tls_team: TeamServer, laptop_factory: Callable[..., Laptop]
) -> None:
    ray = laptop_factory("ray")
    url = _plain(tls_team.add_user("ray", Role.REP))
    ray.team.join(url, password="pw", tls_ca=tls_cluster.ca_file)
    with ray.library.sessions.begin() as s:  # as an older Collateral joined: libpq's default, no CA
        state = s.get(SyncServerRow, 1)
        assert state is not None
        state.server, state.tls = url, TlsMode.PREFER.value
    ray.team.engine.ca_file.unlink()

    ray.sync()
    warning = ray.team.status().tls_warning
    shown = collateral(ray.root, "team", "status")
    again = collateral(ray.root, "team", "join", url, "--tls-ca", str(tls_cluster.ca_file))

    assert "TLS is not verified" in warning and "--tls-ca FILE" in warning
    assert f"Warning:     {warning}" in shown.stdout
    assert again.returncode == 0, again.stderr  # the password stored at the first join still serves
    assert ray.team.membership().tls is TlsMode.VERIFY_FULL  # type: ignore[union-attr]
    assert ray.team.status().tls_warning == ""
    assert ray.sync().cancelled is False
    status = json.loads(collateral(ray.root, "team", "status", "--json").stdout)
    assert status["membership"]["tls"] == "verify-full" and status["tls_warning"] == ""
