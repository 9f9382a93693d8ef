"""Crafted rows and crafted backups: a name that is not a content address, a link in the file
store, a backup without its manifest or with a damaged file. Nothing outside the library is
ever read, copied in or deleted, and a refused backup changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from collateral_app.cli import main
from collateral_app.domain.errors import UserError
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.backups import MANIFEST, backup_library, restore_library
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from tests import samples


def _library_with_files(root: Path, sources: Path, count: int = 2) -> list[str]:
    sources.mkdir(exist_ok=True)
    for n in range(count):
        samples.make_text(sources / f"doc{n}.txt", f"Document {n} about onboarding and renewals.")
    with AssetLibrary.open(root) as library:
        return [o.asset_id or "" for o in Importer(library).run([sources])]


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text("not the library's")
    return secret


def _traversal_to(database: Path, secret: Path) -> str:
    """A `../` name that blobs/<its first two letters>/<itself> turns into `secret`."""
    return os.path.relpath(secret, database.parent)


def _craft_tombstone_row(database: Path, name: str) -> None:
    """What a crafted backup (or a hand edit) holds: a deleted asset and a `blobs` row naming
    a file by a relative path."""
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO blobs (sha256, size_bytes, created_at) VALUES (?, 1, '2026-01-01 00:00:00')", (name,)
        )
        asset = conn.execute("SELECT id FROM assets LIMIT 1").fetchone()[0]
        conn.execute("UPDATE assets SET deleted = 1, blob_sha256 = ? WHERE id = ?", (name, asset))
    conn.close()


def test_check_repair_never_deletes_a_file_a_crafted_row_names_outside_the_library(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    _library_with_files(root, tmp_path / "in")
    secret = _secret(tmp_path)
    name = _traversal_to(root / "library.db", secret)
    assert (root / "blobs" / name[:2] / name).resolve() == secret.resolve()  # the attack as it was
    _craft_tombstone_row(root / "library.db", name)

    with AssetLibrary.open(root) as library:
        report = check_library(library)
        assert not report.consistent
        crafted = [p for p in report.problems if p.kind == "invalid_file_name"]
        assert len(crafted) == 2 and all("not a fingerprint" in p.detail for p in crafted)
        repaired = check_library(library, repair=True)
        assert all(p.repaired for p in repaired.problems if p.kind == "invalid_file_name")
        assert secret.read_text() == "not the library's"
        assert check_library(library).consistent
    assert secret.read_text() == "not the library's"


def test_check_through_the_command_reports_the_crafted_row_and_keeps_the_file(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    _library_with_files(root, tmp_path / "in")
    secret = _secret(tmp_path)
    _craft_tombstone_row(root / "library.db", _traversal_to(root / "library.db", secret))
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(root), "check", "--repair", "--json"], stdout=out, stderr=err) == 0
    kinds = [p["kind"] for p in json.loads(out.getvalue())["problems"]]
    assert kinds.count("invalid_file_name") == 2
    assert secret.exists()


def _backup(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    _library_with_files(root, tmp_path / "in")
    with AssetLibrary.open(root) as library:
        return backup_library(library, tmp_path / "backup")


def _manifest_names_the_database_as_it_is(backup: Path) -> None:
    """The crafter rewrites the manifest too."""
    manifest = json.loads((backup / MANIFEST).read_text())
    manifest["database"]["sha256"] = hashlib.sha256((backup / "library.db").read_bytes()).hexdigest()
    (backup / MANIFEST).write_text(json.dumps(manifest))


def _only_blob(backup: Path) -> Path:
    return next(p for p in (backup / "blobs").rglob("*") if p.is_file())


def test_restore_refuses_a_backup_whose_database_names_a_file_outside(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    secret = _secret(tmp_path)
    _craft_tombstone_row(backup / "library.db", _traversal_to(backup / "library.db", secret))
    _manifest_names_the_database_as_it_is(backup)
    with pytest.raises(UserError, match=r"not fingerprints.*Nothing was copied") as refused:
        restore_library(backup, tmp_path / "restored")
    assert "../" in str(refused.value)
    assert not (tmp_path / "restored" / "library.db").exists()
    assert secret.read_text() == "not the library's"


def test_restore_copies_no_link_and_never_the_system_password_file(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    passwd = Path("/etc/passwd")
    target = passwd if passwd.is_file() else _secret(tmp_path)
    sha = hashlib.sha256(target.read_bytes()).hexdigest()
    (backup / "blobs" / sha[:2]).mkdir(exist_ok=True)
    (backup / "blobs" / sha[:2] / sha).symlink_to(target)
    with pytest.raises(UserError, match="holds a link"):
        restore_library(backup, tmp_path / "restored")
    restored = tmp_path / "restored"
    copies = [p for p in restored.rglob("*") if p.is_file() and p.read_bytes() == target.read_bytes()]
    assert copies == []
    assert not (restored / "library.db").exists()


def test_restore_refuses_a_folder_of_links_in_the_file_store(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (backup / "blobs" / "zz").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UserError, match="holds a link"):
        restore_library(backup, tmp_path / "restored")


def test_restore_refuses_a_backup_without_its_manifest_and_says_why(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    (backup / MANIFEST).unlink()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(tmp_path / "restored"), "restore", str(backup)], stdout=out, stderr=err)
    assert code == 1
    assert "manifest" in err.getvalue() and "Nothing was copied" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert not (tmp_path / "restored" / "library.db").exists()


def test_restore_checks_every_file_before_it_replaces_the_library(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    damaged = _only_blob(backup)
    damaged.chmod(0o644)
    damaged.write_bytes(b"changed after the backup")
    root = tmp_path / "lib"
    before = (root / "library.db").read_bytes()
    with pytest.raises(UserError, match="does not match its fingerprint"):
        restore_library(backup, root, replace=True)
    assert (root / "library.db").read_bytes() == before
    assert not list(root.glob("library.db.before-restore-*"))


def test_restore_refuses_a_database_that_is_not_the_one_the_manifest_names(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    conn = sqlite3.connect(backup / "library.db")
    with conn:
        conn.execute("UPDATE assets SET title = 'changed'")
    conn.close()
    with pytest.raises(UserError, match="not the one its manifest names"):
        restore_library(backup, tmp_path / "restored")


def test_restore_over_a_library_sets_its_database_aside_and_keeps_its_files(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    root = tmp_path / "lib"
    with AssetLibrary.open(root) as library:
        samples.make_text(tmp_path / "later.txt", "Imported after the backup about pricing.")
        later = Importer(library).run([tmp_path / "later.txt"])[0]
        later_sha = library.get_asset(later.asset_id or "").blob_sha256
    restored, report = restore_library(backup, root, replace=True)
    with restored:
        assert report.problems == () or {p.kind for p in report.problems} == {"orphan_file"}
        assert len(restored.list_assets()) == 2
        assert restored.search("onboarding").total == 2
        assert later_sha is not None and restored.blobs.exists(later_sha)
    aside = list(root.glob("library.db.before-restore-*"))
    assert len([p for p in aside if not p.name.endswith(("-wal", "-shm"))]) == 1


def test_a_backup_and_its_restore_round_trip_through_the_manifest(tmp_path: Path) -> None:
    backup = _backup(tmp_path)
    manifest = json.loads((backup / MANIFEST).read_text())
    assert manifest["format"] == 2 and len(manifest["blobs"]) == 2
    restored, report = restore_library(backup, tmp_path / "restored")
    with restored:
        assert report.consistent
    shutil.rmtree(tmp_path / "restored")
