"""One engine per process, sessions per service call, schema by Alembic migrations."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, MetaData, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from collateral_app.storage import (
    import_models,
    insight_models,
    lead_models,
    models,
    sales_models,
    sync_models,
)
from collateral_app.storage.base import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The one place that imports every table module, so the metadata holds the whole schema.
TABLE_MODULES = (models, sales_models, insight_models, sync_models, lead_models, import_models)
METADATA: MetaData = Base.metadata

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
    # pysqlite's own transaction handling is off (see below); start one ourselves. A write
    # transaction takes the write lock at once (IMMEDIATE), waiting up to the busy timeout for
    # another writer: begun as a reader, its first write would fail at once ("database is
    # locked", no waiting) whenever another connection had committed since its first read.
    immediate = conn.get_execution_options().get(WRITES, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(database: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{database}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


WRITES = "collateral_writes"  # execution option of the connections that write


class LibrarySessions(sessionmaker[Session]):
    """`sessions()` reads (a deferred transaction, many at once); `sessions.begin()` writes,
    in a transaction that holds the write lock from its start (BEGIN IMMEDIATE)."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._writes = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)

    def begin(self) -> AbstractContextManager[Session]:
        return self._writes.begin()


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return LibrarySessions(engine)


# Alembic (with Mako) takes a fifth of a second to import; opening a library whose schema
# is current needs neither: one query for the stored revision, a read of the migration
# files for the newest one.
_REVISION = re.compile(r"^revision(?:: *str)? *= *['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:: *[^=]+)? *= *(?:None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)


@contextmanager
def _alembic_config(engine: Engine) -> Iterator[Config]:
    from alembic.config import Config

    with resources.as_file(resources.files("collateral_app.storage") / "migrations") as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        config.attributes["engine"] = engine
        yield config


def head_revision(engine: Engine) -> str | None:
    """The newest migration: read from the migration files when they form one chain,
    else asked of Alembic."""
    quick = _head_from_files()
    if quick is not None:
        return quick
    from alembic.script import ScriptDirectory

    with _alembic_config(engine) as config:
        return ScriptDirectory.from_config(config).get_current_head()


def _head_from_files() -> str | None:
    """The one revision no other migration revises, or None when the files do not say
    it plainly (several heads, merges, an unusual header)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    versions = resources.files("collateral_app.storage") / "migrations" / "versions"
    for entry in versions.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision = _REVISION.findall(source)
        down = _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            revised.add(down[0])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stored = [row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(stored) <= 1:
        return stored[0] if stored else None
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:  # several heads: Alembic says what is wrong
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str | None = None) -> None:
    """Bring the schema to the newest migration, or to `revision` (no-op when there)."""
    if current_revision(engine) == (revision or head_revision(engine)):
        return
    from alembic import command

    with _alembic_config(engine) as config:
        log.info("migrating library database %s to %s", engine.url, revision or "head")
        command.upgrade(config, revision or "head")


def known_revisions(engine: Engine) -> set[str]:
    """Every migration this version of Collateral has."""
    from alembic.script import ScriptDirectory

    with _alembic_config(engine) as config:
        return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def foreign_key_problems(database: Path) -> list[str]:
    """Rows pointing to rows that are not there (the file itself is sound: see
    recovery.database_damage for SQLite's integrity check)."""
    conn = sqlite3.connect(database)
    try:
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return [f"row {r[1]} of {r[0]} points to a missing {r[2]}" for r in fk_rows]
