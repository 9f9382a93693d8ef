"""What the screenshot scripts share: waiting on the event loop, saving a widget, and the
local PostgreSQL the team scripts make their server on."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from psycopg import sql
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from tests.pg import url_for

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SERVER = os.environ.get("COLLATERAL_TEST_PG", "host=127.0.0.1 port=5432 user=postgres")


def wait(signal: object | None = None, ms: int = 30_000) -> None:
    """Run the event loop until `signal` fires or `ms` pass."""
    loop = QEventLoop()
    if signal is not None:
        signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str, settle_ms: int = 600) -> None:
    """Let the widget finish painting, then save it as out/name."""
    wait(None, settle_ms)
    widget.grab().save(str(out / name))
    print("saved", out / name)


def url(dbname: str, user: str | None = None) -> str:
    """A connection string to `dbname` on the local server, as `user` when given."""
    return url_for(SERVER, dbname, user)


def drop_server(dbname: str) -> None:
    """Drop a team server made for the screenshots: its database and its roles."""
    with psycopg.connect(url("postgres"), autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (dbname,))
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(dbname)))
        for (role,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (dbname + "\\_%",)
        ).fetchall():
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
