"""Fixtures for team mode against a real PostgreSQL (127.0.0.1:5432 unless COLLATERAL_TEST_PG
says otherwise). Each test gets a database of its own (`collateral_test_<8 hex>`), and since
roles are cluster-wide, every role it makes starts with that name; both are dropped at
teardown, also when the test failed. Locally the tests skip when no server answers; with
COLLATERAL_REQUIRE_POSTGRES=1 (as `.ci/run` sets) a missing server fails them instead.

The local server has no TLS: the addresses made here choose `sslmode=disable` (tests/pg.py).
The TLS tests start a throwaway cluster with a certificate of its own (tests/pg_tls.py, once per
session); where that cannot start they skip locally and fail under COLLATERAL_REQUIRE_POSTGRES=1.

"Two laptops" are two library folders on this machine, each with its own TeamService."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from collateral_app.domain.sales import Role
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService
from collateral_app.sync.connection import ServerAddress
from collateral_app.sync.schema import add_user
from tests import pg_tls
from tests.pg import url_for

SERVER = os.environ.get("COLLATERAL_TEST_PG", "host=127.0.0.1 port=5432 user=postgres")
REQUIRED = os.environ.get("COLLATERAL_REQUIRE_POSTGRES") == "1"
SMALL_CHUNK = 1024 * 1024  # the smallest the protocol allows, so transfers have many chunks


def _admin(dbname: str = "postgres", *, autocommit: bool = True) -> psycopg.Connection[Any]:
    return psycopg.connect(f"{SERVER} dbname={dbname}", autocommit=autocommit, connect_timeout=5)


@pytest.fixture(scope="session")
def postgres() -> str:
    """The server's conninfo (without database), or a skip / failure when it is not there."""
    try:
        with _admin() as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        message = f"no PostgreSQL at {SERVER!r} ({str(exc).strip().splitlines()[0]})"
        if REQUIRED:
            pytest.fail(f"COLLATERAL_REQUIRE_POSTGRES=1 but {message}", pytrace=False)
        pytest.skip(f"team sync tests need a PostgreSQL server: {message}")
    return SERVER


@pytest.fixture(scope="session")
def tls_cluster() -> Iterator[pg_tls.TlsCluster]:
    """A PostgreSQL with TLS on and a certificate for "localhost" from a private CA."""
    try:
        cluster = pg_tls.start()
    except pg_tls.ClusterUnavailable as exc:
        if REQUIRED:
            pytest.fail(f"COLLATERAL_REQUIRE_POSTGRES=1 but no TLS cluster could start: {exc}", pytrace=False)
        pytest.skip(f"the TLS tests need a throwaway PostgreSQL cluster: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop()


def no_tls_choice(url: str) -> str:
    """The address as a person writes it, without a TLS mode (Collateral's default applies)."""
    params = psycopg.conninfo.conninfo_to_dict(url)
    params.pop("sslmode", None)
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


@dataclass
class TeamServer:
    conninfo: str
    dbname: str
    logins: list[str] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return self.dbname  # the default role prefix is the database's name

    @property
    def admin_url(self) -> str:
        return url_for(self.conninfo, self.dbname)

    def url_as(self, login: str) -> str:
        return url_for(self.conninfo, self.dbname, login)

    def add_user(self, name: str, role: Role) -> str:
        """A login `<prefix>_<name>` in `role`; returns its server address for `join`."""
        login = f"{self.prefix}_{name}"
        add_user(ServerAddress.parse(self.admin_url), login, role, password="pw")
        self.logins.append(login)
        return self.url_as(login)

    def connect(self, login: str | None = None, password: str | None = None) -> psycopg.Connection[Any]:
        """A raw connection as `login` (the server's superuser when None)."""
        return psycopg.connect(
            url_for(self.conninfo, self.dbname, login), connect_timeout=5, password=password
        )

    def scalar(self, query: str, params: tuple[Any, ...] = ()) -> Any:
        with self.connect() as conn:
            row = conn.execute(query.encode(), params).fetchone()
            return None if row is None else row[0]


def _drop(conninfo: str, dbname: str) -> None:
    with _admin() as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (dbname,),
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(dbname)))
        for (role,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname", (dbname + "\\_%",)
        ).fetchall():
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def server_factory(postgres: str) -> Iterator[Callable[[], TeamServer]]:
    made: list[str] = []

    def make() -> TeamServer:
        dbname = f"collateral_test_{uuid.uuid4().hex[:8]}"
        made.append(dbname)
        TeamService.init_server(url_for(postgres, dbname))
        return TeamServer(postgres, dbname)

    try:
        yield make
    finally:
        for dbname in made:
            _drop(postgres, dbname)


@pytest.fixture
def team_server(server_factory: Callable[[], TeamServer]) -> TeamServer:
    return server_factory()


@pytest.fixture
def tls_team(tls_cluster: pg_tls.TlsCluster) -> TeamServer:
    """A team on the TLS cluster; its addresses check the certificate against the team's CA.
    The cluster goes at the end of the session, so nothing is dropped here."""
    dbname = f"collateral_test_{uuid.uuid4().hex[:8]}"
    TeamService.init_server(url_for(tls_cluster.admin_conninfo, dbname))
    return TeamServer(tls_cluster.admin_conninfo, dbname)


@dataclass
class Laptop:
    name: str
    root: Path
    library: AssetLibrary
    team: TeamService
    sales: SalesLoop

    def sync(self) -> Any:
        return self.team.sync_once()


@pytest.fixture
def laptop_factory(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    opened: list[Laptop] = []

    def make(
        name: str, *, clock: Callable[[], datetime] | None = None, chunk_size: int = SMALL_CHUNK
    ) -> Laptop:
        root = tmp_path / name
        library = AssetLibrary.open(root)
        laptop = Laptop(
            name,
            root,
            library,
            TeamService(library, clock=clock, chunk_size=chunk_size),
            SalesLoop(library, clock=clock),
        )
        laptop.sales.switch_user(name.capitalize())
        opened.append(laptop)
        return laptop

    try:
        yield make
    finally:
        for laptop in opened:
            laptop.library.close()


def collateral(
    library: Path, *args: str, timeout: float = 300, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `collateral` command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "collateral_app.cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        input=stdin,
    )
