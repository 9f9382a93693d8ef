"""Addresses of team servers, connecting to them, and their errors in words.

An address is a libpq URL or key=value string (`postgresql://alice@db.example.com/collateral`,
`postgresql+psycopg://…` is accepted too). The password is never stored with the address:
`join` writes it to a libpq password file in the library folder, readable only by its
owner, and every connection names that file (`passfile`).

An address a person gives is checked with TLS (`verify-full`: encrypted, the certificate signed
by a known authority and naming the host) unless they say otherwise; plain text is only ever
their explicit choice (`sslmode=disable`)."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collateral_app.domain.errors import (
    LoginRefused,
    NotAllowed,
    ServerBusy,
    ServerNeedsSetup,
    ServerUnreachable,
    TeamError,
    TlsFailed,
)
from collateral_app.domain.team import DEFAULT_TLS, SYSTEM_CA, TlsMode
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
    def given(
        cls, text: str, *, login: str | None = None, tls: TlsMode | None = None, ca: str | Path | None = None
    ) -> ServerAddress:
        """An address a person typed (join, test, init-server, add-user --server): verified TLS
        unless the address or `tls` says otherwise. `ca` is the file of the authority that
        signed the server's certificate, or "system"."""
        address = cls.parse(text, login=login, tls=tls)
        mode = address.get("sslmode") or DEFAULT_TLS.value
        if mode not in {t.value for t in TlsMode} or mode == TlsMode.PREFER.value:
            raise TeamError(
                f"sslmode={mode} is not one Collateral offers: use verify-full (the default: encrypted, the "
                "server's certificate checked), require (encrypted, not checked) or disable (plain text, "
                "only on a network you trust)."
            )
        params = dict(address.params)
        params["sslmode"] = mode
        if ca is not None and str(ca).strip():
            params["sslrootcert"] = (
                SYSTEM_CA if str(ca).strip() == SYSTEM_CA else str(Path(ca).expanduser().absolute())
            )
        return cls(tuple(sorted(params.items())))

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
    def ca(self) -> str:
        """What the certificate is checked against, as given: a file, "system", or ""."""
        return self.get("sslrootcert")

    def without(self, key: str) -> ServerAddress:
        return ServerAddress(tuple((k, v) for k, v in self.params if k != key))

    def with_param(self, key: str, value: str) -> ServerAddress:
        params = dict(self.params)
        params[key] = value
        return ServerAddress(tuple(sorted(params.items())))

    @property
    def conninfo(self) -> str:
        from psycopg import conninfo

        return conninfo.make_conninfo(**dict(self.params))

    def with_database(self, dbname: str) -> ServerAddress:
        return self.with_param("dbname", dbname)

    def display(self) -> str:
        """The address as a person writes it: postgresql://alice@host:5432/collateral."""
        params = dict(self.params)
        params.pop("sslrootcert", None)  # a path on this laptop, not part of where the server is
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
    tls = tls_error(text, address)
    if tls is not None:
        return tls
    host, login = address.host, address.login
    if "sorry, too many clients already" in text or "remaining connection slots are reserved" in text:
        return ServerBusy(
            f"The team server {host} has all the connections it takes (max_connections) in use; your "
            "work is saved and sent at a later sync. If it lasts, the team's admin raises max_connections "
            "or puts PgBouncer in front (docs/team.md)."
        )
    if "too many connections for database" in text:
        return ServerBusy(
            f"The database “{address.dbname}” on {host} takes no more connections now (its connection "
            "limit, set by the team's admin, is reached or 0); your work is saved and sent at a later sync."
        )
    if "too many connections for role" in text:
        return LoginRefused(
            f"The server {host} takes no connections from “{login}” now: the team's admin set its "
            "connection limit to 0 (blocked), or it has all the connections it may have open; ask the "
            "team's admin."
        )
    if "password authentication failed" in text:
        return LoginRefused(
            f"The server {host} refused the login “{login}”: the password is wrong (or there is no such "
            "login). Join again with the password from your team's admin; if you changed it yourself, "
            "use the new one, or ask the admin for `collateral team reset-password`."
        )
    if "no password supplied" in text:
        return LoginRefused(
            f"The server {host} asks for a password for “{login}”, and this library has none stored: "
            "join again and type the password from your team's admin."
        )
    if re.search(r'role "[^"]*" does not exist', text):
        return LoginRefused(
            f"The server {host} refused the login “{login}”: it has no such login. Check the name, or "
            f"ask the team's admin to run `collateral team add-user {login} --role rep`."
        )
    if "the database system is" in text:  # starting up, shutting down, in recovery
        return ServerUnreachable(f"{host} is starting or stopping; the sync tries again later")
    if "FATAL" in text or "authentication" in text or "password" in text:
        if "does not exist" in text and "database" in text:
            return ServerNeedsSetup(
                f"The server {host} has no database “{address.dbname}”; the team's admin "
                f"creates it with `collateral team init-server {address.display()}`."
            )
        if "permission denied for database" in text:
            return LoginRefused(
                f"“{login}” may not connect to “{address.dbname}”: it is not in its Collateral team. "
                f"The team's admin adds them with `collateral team add-user {login} --role rep`."
            )
        if "pg_hba.conf" in text and "no encryption" in text:
            return TlsFailed(
                f"The server {host} accepts “{login}” only over TLS, and this library "
                "connects without it: join again without `--tls disable` (verify-full is the default)."
            )
        if "pg_hba.conf" in text:
            return LoginRefused(
                f"The server {host} does not accept the login “{login}” from this "
                "computer (pg_hba.conf); ask the team's admin."
            )
        return LoginRefused(
            f"The server {host} refused the login “{login}” ({_first_line(text)}); ask the team's admin."
        )
    return ServerUnreachable(_first_line(text))


_CA_OPTIONS = (
    "give the file of the certificate authority that signed the server's certificate with "
    "`--tls-ca FILE` (your team's admin has it; in the app: Team settings › CA certificate), "
    "`--tls-ca system` when a public authority signed it, or, only on a network you trust, "
    "`--tls disable` (passwords and data then travel in clear)"
)


def tls_error(text: str, address: ServerAddress) -> TlsFailed | None:
    """libpq's TLS failures in words, each with what the person can do."""
    host = address.host
    if "server does not support SSL" in text:
        return TlsFailed(
            f"The server {host} does not offer TLS (it has no certificate), so the connection cannot be "
            "encrypted and checked. The team's admin gives PostgreSQL a certificate (docs/team.md, "
            "“Give PostgreSQL a certificate”); until then, only on a network you trust, join with "
            "`--tls disable` (passwords and data then travel in clear)."
        )
    missing = re.search(r'root certificate file "([^"]*)" does not exist', text)
    if missing:
        return TlsFailed(
            f"The server {host}'s certificate cannot be checked: this computer has no certificate of the "
            f"authority that signed it (looked for {missing.group(1)}). To go on, {_CA_OPTIONS}."
        )
    unreadable = re.search(r'could not read root certificate file "([^"]*)"(: (.*))?', text)
    if unreadable:
        return TlsFailed(
            f"{unreadable.group(1)} is not a certificate authority's file libpq can read "
            f"({(unreadable.group(3) or 'unreadable').strip()}); ask your team's admin for the CA "
            "certificate (PEM, beginning with -----BEGIN CERTIFICATE-----)."
        )
    other_name = re.search(
        r'server certificate for "([^"]*)"(?: \(and \d+ other names?\))? does not match host name "([^"]*)"',
        text,
    )
    if other_name:
        return TlsFailed(
            f"The server's certificate is for “{other_name.group(1)}”, not for “{other_name.group(2)}”, "
            "the host in the address: write the address with the name on the certificate (e.g. "
            f"postgresql://{address.login}@{other_name.group(1)}/{address.dbname}), or ask your team's "
            "admin for a certificate that names this host. Someone else may be posing as the server."
        )
    if "certificate verify failed" in text:
        return TlsFailed(
            f"The server {host}'s certificate is not signed by an authority this computer trusts (a "
            "self-signed certificate, or a private CA not given here), so it cannot tell the server "
            f"from someone posing as it. To go on, {_CA_OPTIONS}."
        )
    if "SSL error" in text or "SSL SYSCALL" in text or ("could not load" in text and "certificate" in text):
        return TlsFailed(f"No encrypted connection to {host} could be made ({_first_line(text)}).")
    return None


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
