from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, update

from collateral_app.domain.errors import UserError
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.backups import backup_library, restore_library
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from collateral_app.storage.models import AssetRow, Blob
from tests import samples


def _import_some(library: AssetLibrary, folder: Path, count: int = 3) -> list[str]:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        samples.make_text(folder / f"doc{n}.txt", f"Document {n} about onboarding and renewals.")
    return [o.asset_id or "" for o in Importer(library).run([folder])]


def test_fresh_import_is_consistent(library: AssetLibrary, tmp_path: Path) -> None:
    _import_some(library, tmp_path / "in")
    report = check_library(library)
    assert report.consistent
    assert report.assets_checked == 3 and report.blobs_checked == 3


def test_orphan_file_is_reported_then_removed_by_repair(library: AssetLibrary, tmp_path: Path) -> None:
    _import_some(library, tmp_path / "in")
    stray = tmp_path / "stray.bin"
    stray.write_bytes(b"left by a crash")
    blob = library.blobs.add_file(stray)  # stored, but the crash came before the database row
    report = check_library(library)
    assert not report.consistent
    assert [p.kind for p in report.problems] == ["orphan_file"]
    repaired = check_library(library, repair=True)
    assert repaired.consistent
    assert not blob.path.exists()
    assert check_library(library).problems == ()


def test_partly_copied_file_is_removed_by_repair(library: AssetLibrary, tmp_path: Path) -> None:
    (library.paths.blobs / ".incoming-abc").write_bytes(b"half")
    assert [p.kind for p in check_library(library).problems] == ["partial_file"]
    assert check_library(library, repair=True).consistent
    assert library.blobs.leftover_temp_files() == []


def test_asset_missing_from_index_is_reindexed_by_repair(library: AssetLibrary, tmp_path: Path) -> None:
    ids = _import_some(library, tmp_path / "in")
    library.index.delete([ids[0]])
    report = check_library(library)
    assert [(p.kind, p.subject) for p in report.problems] == [("index_stale", ids[0])]
    assert check_library(library, repair=True).consistent
    assert check_library(library).consistent
    assert ids[0] in {h.asset_id for h in library.search("document 0 onboarding", limit=5).hits}


def test_damaged_stored_file_is_reported_and_not_repaired_silently(
    library: AssetLibrary, tmp_path: Path
) -> None:
    ids = _import_some(library, tmp_path / "in", count=1)
    path = library.file_path(ids[0])
    assert path is not None
    path.chmod(0o644)
    path.write_bytes(b"bit rot")
    report = check_library(library, repair=True)
    assert not report.consistent
    assert [p.kind for p in report.problems] == ["damaged_file"]
    assert "backup" in report.problems[0].detail


def test_missing_stored_file_is_reported(library: AssetLibrary, tmp_path: Path) -> None:
    ids = _import_some(library, tmp_path / "in", count=1)
    path = library.file_path(ids[0])
    assert path is not None
    path.unlink()
    assert [p.kind for p in check_library(library).problems] == ["missing_file"]


def test_corrupt_index_is_recreated_and_rebuilt_from_the_database(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with AssetLibrary.open(root) as library:
        _import_some(library, tmp_path / "in")
    for item in (root / "index").iterdir():
        if item.name.endswith(".toc"):
            item.write_bytes(b"garbage")
    with AssetLibrary.open(root) as library:
        assert library.pending_index_count() == 3
        library.index_pending()
        assert library.search("onboarding").total == 3
        assert check_library(library).consistent


def test_backup_then_restore_gives_a_consistent_equal_library(library: AssetLibrary, tmp_path: Path) -> None:
    ids = _import_some(library, tmp_path / "in")
    library.edit_asset(ids[0], {"industry": "healthcare"})
    backup = backup_library(library, tmp_path / "backup")
    assert (backup / "library.db").is_file()
    restored, report = restore_library(backup, tmp_path / "restored")
    with restored:
        assert report.consistent
        assert {a.id for a in restored.list_assets()} == set(ids)
        assert restored.get_asset(ids[0]).taxonomy == library.get_asset(ids[0]).taxonomy
        assert restored.search("onboarding").total == 3
        conn = sqlite3.connect(restored.paths.database)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_backup_refuses_a_folder_that_is_not_empty(library: AssetLibrary, tmp_path: Path) -> None:
    target = tmp_path / "full"
    target.mkdir()
    (target / "something").write_text("x")
    with pytest.raises(UserError, match="not empty"):
        backup_library(library, target)


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    with pytest.raises(UserError, match="not a Collateral backup"):
        restore_library(tmp_path / "nothing", tmp_path / "out")


def _delete_as_a_tombstone(library: AssetLibrary, asset_id: str) -> str:
    """Mark the asset deleted as a tombstone from the team server does; returns its file's hash."""
    with library.sessions.begin() as s:
        s.execute(
            update(AssetRow)
            .where(AssetRow.id == asset_id)
            .values(deleted=True, revision=AssetRow.revision + 1)
        )
        sha = s.scalar(select(AssetRow.blob_sha256).where(AssetRow.id == asset_id))
    assert sha is not None
    return sha


@pytest.mark.timeout(60)
def test_indexing_takes_a_deleted_asset_out_of_the_index_and_ends(
    library: AssetLibrary, tmp_path: Path
) -> None:
    kept, gone = _import_some(library, tmp_path / "in", count=2)
    _delete_as_a_tombstone(library, gone)

    assert library.index_pending() == 1  # it looped for ever: the tombstone stayed "to index"

    assert library.pending_index_count() == 0
    assert set(library.index.indexed_revisions()) == {kept}
    assert [p.kind for p in check_library(library).problems] == ["orphan_file"]  # its file, for repair


@pytest.mark.timeout(60)
def test_repair_removes_the_file_of_a_deleted_asset_without_tripping_its_foreign_key(
    library: AssetLibrary, tmp_path: Path
) -> None:
    kept, gone = _import_some(library, tmp_path / "in", count=2)
    sha = _delete_as_a_tombstone(library, gone)
    assert library.blobs.exists(sha)
    library.index_pending()
    assert [(p.kind, p.subject) for p in check_library(library).problems] == [("orphan_file", sha)]

    repaired = check_library(library, repair=True)

    assert [(p.kind, p.repaired) for p in repaired.problems] == [("orphan_file", True)]
    assert not library.blobs.exists(sha)
    with library.sessions() as s:
        assert s.get(Blob, sha) is None
        assert s.scalar(select(AssetRow.blob_sha256).where(AssetRow.id == gone)) is None
    assert check_library(library).consistent
    assert library.get_asset(kept).blob_sha256 is not None
