"""Writes and reads share the library from many threads (the window's tasks, sync, the
import). A write transaction holds the write lock from its start, so a write after a read
in it never fails because another writer committed in between; reads never hold it."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.storage.models import AssetRow


def _other_writer_may_start(library: AssetLibrary) -> bool:
    """Whether another connection can take the write lock right now (no waiting)."""
    other = sqlite3.connect(library.paths.root / "library.db", timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    else:
        other.execute("ROLLBACK")
        return True
    finally:
        other.close()


def test_a_write_transaction_holds_the_write_lock_from_its_first_read(library: AssetLibrary) -> None:
    with library.sessions.begin() as s:
        s.scalars(select(AssetRow.id)).all()
        assert not _other_writer_may_start(library)
    assert _other_writer_may_start(library)


def test_a_read_leaves_the_write_lock_to_others(library: AssetLibrary) -> None:
    with library.sessions() as s:
        s.scalars(select(AssetRow.id)).all()
        assert _other_writer_may_start(library)


def test_a_write_after_a_read_waits_for_another_writer_instead_of_failing(library: AssetLibrary) -> None:
    asset = library.add_link("https://example.com/a", "Before")
    read_done, other_done = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def other_writer() -> None:
        read_done.wait(10)
        try:
            library.edit_asset(asset.id, {"owner": "Lena Fischer"})  # waits for the lock
        except BaseException as exc:  # reported by the test
            failures.append(exc)
        other_done.set()

    thread = threading.Thread(target=other_writer)
    thread.start()
    with library.sessions.begin() as s:
        row = s.get(AssetRow, asset.id)
        assert row is not None
        read_done.set()
        assert not other_done.wait(0.3)  # the other writer is held while this one is open
        row.title = "After"
    thread.join(20)

    assert failures == []
    edited = library.get_asset(asset.id)
    assert (edited.title, edited.owner) == ("After", "Lena Fischer")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[AssetLibrary]:
    lib = AssetLibrary.open(tmp_path / "lib")
    yield lib
    lib.close()
