from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from collateral_app.storage.database import METADATA, current_revision, head_revision, make_engine, migrate


def test_migrations_from_an_empty_database_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "library.db")
    migrate(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), METADATA)
    assert differences == []
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()


def test_migrating_a_current_database_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "library.db")
    migrate(engine)
    before = (tmp_path / "library.db").stat().st_mtime_ns
    migrate(engine)
    assert current_revision(engine) == head_revision(engine)
    assert (tmp_path / "library.db").stat().st_mtime_ns == before
    engine.dispose()


def test_database_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "library.db")
    migrate(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    raw = sqlite3.connect(tmp_path / "library.db")
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert {"assets", "asset_pages", "asset_terms", "asset_tags", "taxonomy_values", "blobs"} <= tables
