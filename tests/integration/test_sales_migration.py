"""Migration 0002 (the sales feedback loop) from the previous release's schema, with data in
it, and back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from collateral_app.storage.database import (
    METADATA,
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)

SALES_TABLES = {
    "users",
    "prospects",
    "deals",
    "usage_events",
    "feedback",
    "content_requests",
    "request_events",
    "request_votes",
    "search_log",
    "search_opens",
    "pitch_kits",
    "pitch_kit_items",
}


def _tables(database: Path) -> set[str]:
    conn = sqlite3.connect(database)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_a_library_of_the_previous_release_gains_the_sales_tables_and_keeps_its_assets(
    tmp_path: Path,
) -> None:
    database = tmp_path / "library.db"
    engine = make_engine(database)
    with _alembic_config(engine) as config:
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO assets (id, title, description, status, type, owner, language, file_name,"
            " media_type, size_bytes, page_count, text_status, text_reason, metadata_json, source_path,"
            " revision, deleted, created_at, updated_at) VALUES ('a1', 'Kept', '', 'published', 'deck', '',"
            " 'en', '', 'link', 0, 0, 'none', '', '{}', '', 1, 0, '2025-01-01 00:00:00.000000',"
            " '2025-01-01 00:00:00.000000')"
        )
    assert not SALES_TABLES & _tables(database)

    migrate(engine)

    assert current_revision(engine) == head_revision(engine)
    assert _tables(database) >= SALES_TABLES
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT title FROM assets").scalar() == "Kept"
        assert compare_metadata(MigrationContext.configure(conn), METADATA) == []
    engine.dispose()


def test_the_sales_migration_can_be_undone(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "library.db")
    migrate(engine)

    with _alembic_config(engine) as config:
        command.downgrade(config, "0001")

    assert current_revision(engine) == "0001"
    assert not SALES_TABLES & _tables(tmp_path / "library.db")
    assert "assets" in _tables(tmp_path / "library.db")
    engine.dispose()
