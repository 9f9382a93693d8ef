"""Addresses of team servers, connecting to them, and their errors in words.

An address is a libpq URL or key=value string (`postgresql://alice@db.example.com/collateral`,
`postgresql+psycopg://…` is accepted too). The password is never stored with the address:
`join` writes it to a libpq password file in the library folder, readable only by its
owner, and every connection names that file (`passfile`)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collateral_app.domain.errors import (
    LoginRefused,
    NotAllowed,
    ServerNeedsSetup,
    ServerUnreachable,
    TeamError,
)
from collateral_app.domain.team import TlsMode
from collateral_app.private_files import write_private_text

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 8
# A statement that waits longer than this is a stuck server or a lock held by a crashed
# writer; the sync fails with "unreachable" and retries later instead of hanging the app.
STATEMENT_TIMEOUT_MS = 180_000
APPLICATION_NAME = "collateral"


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where the team server is and as whom to log in, without the password."""

    params: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, text: str, *, login: str | None = None, tls: TlsMode | None = None) -> ServerAddress:
        from psycopg import ProgrammingError, conninfo

        cleaned = text.strip()
        for dialect in ("postgresql+psycopg://", "postgres+psycopg://"):
            if cleaned.startswith(dialect):
                cleaned = "postgresql://" + cleaned[len(dialect) :]
        try:
            params = conninfo.conninfo_to_dict(cleaned)
        except ProgrammingError as exc:
            raise TeamError(
                f"“{text}” is not a server address; write it like postgresql://NAME@HOST/DATABASE."
            ) from exc
        params.pop("password", None)
        if login:
            params["user"] = login
        if tls is not None:
            params["sslmode"] = tls.value
        if not params.get("dbname"):
            raise TeamError(f"“{text}” names no database; end it with /DATABASE, e.g. /collateral.")
        return cls(tuple(sorted((k, str(v)) for k, v in params.items() if v is not None)))

    @classmethod
    def password_in(cls, text: str) -> str | None:
        from psycopg import ProgrammingError, conninfo

        cleaned = text.strip().replace("+psycopg://", "://", 1)
        try:
            value = conninfo.conninfo_to_dict(cleaned).get("password")
        except ProgrammingError:
            return None
        return str(value) if value else None

    def get(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)

    @property
    def login(self) -> str:
        return self.get("user") or os.environ.get("PGUSER", "") or _os_user()

    @property
    def dbname(self) -> str:
        return self.get("dbname")

    @property
    def host(self) -> str:
        return self.get("host", "localhost")

    @property
    def tls(self) -> TlsMode:
        try:
            return TlsMode(self.get("sslmode", TlsMode.PREFER.value))
        except ValueError:
            return TlsMode.PREFER

    @property
    def conninfo(self) -> str:
        from psycopg import conninfo

        return conninfo.make_conninfo(**dict(self.params))

    def with_database(self, dbname: str) -> ServerAddress:
        params = dict(self.params)
        params["dbname"] = dbname
        return ServerAddress(tuple(sorted(params.items())))

    def display(self) -> str:
        """The address as a person writes it: postgresql://alice@host:5432/collateral."""
        params = dict(self.params)
        user = params.pop("user", "")
        host = params.pop("host", "localhost")
        port = params.pop("port", "")
        dbname = params.pop("dbname", "")
        where = f"{host}:{port}" if port else host
        url = f"postgresql://{user + '@' if user else ''}{where}/{dbname}"
        if params:
            url += "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        return url


def _os_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def write_password(passfile: Path, address: ServerAddress, password: str) -> None:
    """libpq's password file format (host:port:database:user:password), readable by the user alone."""

    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(":", "\\:")

    line = ":".join(
        esc(v)
        for v in (address.host, address.get("port", "*") or "*", address.dbname, address.login, password)
    )
    write_private_text(passfile, line + "\n")


def connect(
    address: ServerAddress,
    *,
    passfile: Path | None = None,
    password: str | None = None,
    autocommit: bool = False,
    timeout_s: float = CONNECT_TIMEOUT_S,
) -> psycopg.Connection[Any]:
    import psycopg

    extra: dict[str, Any] = {
        "connect_timeout": max(1, int(timeout_s)),
        "application_name": APPLICATION_NAME,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
    }
    if password:
        extra["password"] = password
    elif passfile is not None and passfile.is_file():
        extra["passfile"] = str(passfile)
    try:
        return psycopg.connect(address.conninfo, autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        raise connect_error(exc, address) from exc


def connect_error(exc: psycopg.OperationalError, address: ServerAddress) -> TeamError:
    text = str(exc)
    log.info("cannot connect to %s: %s", address.display(), text)
    if "FATAL" in text or "authentication" in text or "password" in text:
        if "does not exist" in text and "database" in text:
            return ServerNeedsSetup(
                f"The server {address.host} has no database “{address.dbname}”; the team's admin "
                f"creates it with `collateral team init-server {address.display()}`."
            )
        if "too many connections for role" in text:
            return LoginRefused(
                f"The server {address.host} takes no connections from “{address.login}” now (the team's "
                "admin set its connection limit to 0, or it has all it may have); ask the team's admin."
            )
        if "permission denied for database" in text:
            return LoginRefused(
                f"“{address.login}” may not connect to “{address.dbname}”: it is not in its Collateral team. "
                f"The team's admin adds them with `collateral team add-user {address.login} --role rep`."
            )
        if "pg_hba.conf" in text:
            return LoginRefused(
                f"The server {address.host} does not accept the login “{address.login}” from this "
                "computer (pg_hba.conf); ask the team's admin."
            )
        return LoginRefused(
            f"The server {address.host} refused the login “{address.login}”: check the name and the "
            "password, or ask the team's admin to run `collateral team add-user`."
        )
    return ServerUnreachable(_first_line(text))


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line.removeprefix("connection failed: ")
    return ""


@contextmanager
def server_errors(address: ServerAddress, what: str) -> Iterator[None]:
    """Turn psycopg's errors during `what` into errors a person can act on."""
    import psycopg

    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        log.info("%s refused by %s: %s", what, address.display(), exc)
        raise NotAllowed(
            f"The team server does not allow “{address.login}” to {what} ({exc.diag.message_primary or exc})."
        ) from exc
    except psycopg.errors.UndefinedTable as exc:
        raise ServerNeedsSetup(
            f"The database “{address.dbname}” holds no Collateral team; the team's admin sets it up "
            f"with `collateral team init-server {address.display()}`."
        ) from exc
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        log.info("%s interrupted: %s", what, exc)
        raise ServerUnreachable(_first_line(str(exc))) from exc
