"""One engine per process, sessions per service call, schema by Alembic migrations."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # NORMAL in WAL mode loses at most the last commits on power loss, never consistency.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (see below); start one ourselves.
    conn.exec_driver_sql("BEGIN")


def make_engine(database: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{database}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def _alembic_config(engine: Engine) -> Iterator[Config]:
    with resources.as_file(resources.files("collateral_app.storage") / "migrations") as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        config.attributes["engine"] = engine
        yield config


def head_revision(engine: Engine) -> str | None:
    with _alembic_config(engine) as config:
        return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (no-op when current)."""
    if current_revision(engine) == head_revision(engine):
        return
    with _alembic_config(engine) as config:
        log.info("migrating library database %s", engine.url)
        command.upgrade(config, "head")


def integrity_problems(database: Path) -> list[str]:
    """SQLite's own integrity check; empty when the file is sound."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    problems += [f"row {r[1]} of {r[0]} points to a missing {r[2]}" for r in fk_rows]
    return problems
