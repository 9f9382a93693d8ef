"""A throwaway PostgreSQL cluster with TLS on, for the team tests that check certificates: a
private CA and a server certificate for "localhost" made with openssl, `initdb` and `pg_ctl`
in a temporary folder, on a free port of 127.0.0.1. Run as root, the cluster runs as the
`postgres` user (PostgreSQL refuses root).

Logins: `postgres` over TLS with no password (to set the team up); every other login over
TLS with its password (scram-sha-256); nothing without TLS."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SERVER_NAME = "localhost"  # the only name on the server's certificate
# Few slots, so a test can fill them all (superuser_reserved_connections keeps 3 of them).
MAX_CONNECTIONS = 12


class ClusterUnavailable(Exception):
    """What is missing on this computer to start a TLS cluster, in words."""


@dataclass
class TlsCluster:
    folder: Path
    port: int
    ca_file: Path  # the private CA that signed the server's certificate
    other_ca_file: Path  # a CA that signed nothing of this server's
    run_as: str | None

    def conninfo(self, *, host: str = SERVER_NAME, user: str = "postgres", **more: str) -> str:
        """Connects to 127.0.0.1 whatever `host` says; libpq checks the certificate against `host`."""
        params = {"host": host, "hostaddr": "127.0.0.1", "port": str(self.port), "user": user, **more}
        return " ".join(f"{k}={v}" for k, v in params.items())

    @property
    def admin_conninfo(self) -> str:
        return self.conninfo(sslmode="verify-full", sslrootcert=str(self.ca_file))

    def stop(self) -> None:
        _run(
            [*self._as_owner(), _binary("pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def _as_owner(self) -> list[str]:
        return ["runuser", "-u", self.run_as, "--"] if self.run_as else []


def _binary(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), ""
    )
    if not found:
        raise ClusterUnavailable(f"no {name} (PostgreSQL's server programs) on this computer")
    return found


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, **kwargs)  # type: ignore[call-overload]


def _openssl(*args: str, cwd: Path) -> None:
    done = _run(["openssl", *args], cwd=cwd)
    if done.returncode != 0:
        raise ClusterUnavailable(f"openssl {args[0]} failed: {done.stderr.strip()}")


def _make_ca(folder: Path, name: str) -> None:
    _openssl(
        "req", "-new", "-x509", "-days", "2", "-nodes", "-newkey", "rsa:2048", "-subj", f"/CN={name}",
        "-keyout", f"{name}.key", "-out", f"{name}.crt", cwd=folder,
    )  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start() -> TlsCluster:
    """A running cluster, or ClusterUnavailable saying why not."""
    if shutil.which("openssl") is None:
        raise ClusterUnavailable("no openssl on this computer to make certificates")
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ClusterUnavailable(
                "running as root and there is no postgres user to run a cluster"
            ) from exc
        run_as = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="collateral-tls-"))
    try:
        _make_ca(folder, "team-ca")
        _make_ca(folder, "other-ca")
        _openssl(
            "req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", f"/CN={SERVER_NAME}",
            "-keyout", "server.key", "-out", "server.csr", cwd=folder,
        )  # fmt: skip
        (folder / "san.ext").write_text(f"subjectAltName=DNS:{SERVER_NAME}\n")
        _openssl(
            "x509", "-req", "-in", "server.csr", "-CA", "team-ca.crt", "-CAkey", "team-ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt", cwd=folder,
        )  # fmt: skip
        data = folder / "data"
        if run_as:
            shutil.chown(folder, run_as)
            for name in ("server.key", "server.crt"):
                shutil.chown(folder / name, run_as)
        os.chmod(folder / "server.key", 0o600)
        owner = ["runuser", "-u", run_as, "--"] if run_as else []
        done = _run([*owner, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-N", "-E", "UTF8"])
        if done.returncode != 0:
            raise ClusterUnavailable(f"initdb failed: {(done.stderr or done.stdout).strip()[-500:]}")
        port = _free_port()
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{folder}'\n"
                f"ssl = on\nssl_cert_file = '{folder}/server.crt'\nssl_key_file = '{folder}/server.key'\n"
                f"max_connections = {MAX_CONNECTIONS}\nfsync = off\n"
            )
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all postgres 127.0.0.1/32 trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 reject\n"
        )
        done = _run([*owner, pg_ctl, "-D", str(data), "-l", str(folder / "server.log"), "-w", "start"])
        if done.returncode != 0:
            log = (
                (folder / "server.log").read_text(errors="replace")
                if (folder / "server.log").exists()
                else ""
            )
            raise ClusterUnavailable(f"the cluster did not start: {(done.stderr + log).strip()[-500:]}")
    except ClusterUnavailable:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return TlsCluster(folder, port, folder / "team-ca.crt", folder / "other-ca.crt", run_as)
