from __future__ import annotations

import errno
import hashlib
import stat
from pathlib import Path

import pytest

from collateral_app.blobs import BlobStore
from collateral_app.domain.errors import DiskFull, InvalidContentAddress, UserError


def test_file_is_stored_under_its_sha256_and_made_read_only(tmp_path: Path) -> None:
    source = tmp_path / "deck.pptx"
    source.write_bytes(b"slides" * 1000)
    store = BlobStore(tmp_path / "blobs")
    blob = store.add_file(source)
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    assert blob.sha256 == expected
    assert blob.path == tmp_path / "blobs" / expected[:2] / expected
    assert blob.path.read_bytes() == source.read_bytes()
    assert not blob.path.stat().st_mode & stat.S_IWUSR
    assert store.verify(expected)


def test_same_bytes_twice_are_one_blob(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"same")
    second.write_bytes(b"same")
    assert not store.add_file(first).already_present
    assert store.add_file(second).already_present
    assert list(store.all_hashes()) == [hashlib.sha256(b"same").hexdigest()]
    assert store.leftover_temp_files() == []


def test_damaged_blob_fails_verification(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "x.txt"
    source.write_bytes(b"original")
    blob = store.add_file(source)
    blob.path.chmod(0o644)
    blob.path.write_bytes(b"tampered")
    assert not store.verify(blob.sha256)


def test_full_disk_leaves_no_partial_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "big.pdf"
    source.write_bytes(b"x" * 3_000_000)
    real_fsync = __import__("os").fsync

    def disk_full(fd: int) -> None:  # the system edge: the kernel reports ENOSPC
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("collateral_app.blobs.os.fsync", disk_full)
    with pytest.raises(DiskFull, match="full"):
        store.add_file(source)
    monkeypatch.setattr("collateral_app.blobs.os.fsync", real_fsync)
    assert store.leftover_temp_files() == []
    assert list(store.all_hashes()) == []


OUTSIDE = "../../../secret.txt"


@pytest.mark.parametrize(
    "name", [OUTSIDE, "/etc/passwd", "AB" * 32, "ab" * 31, "ab" * 32 + "\n", "", "..", None]
)
def test_the_store_refuses_every_name_that_is_not_a_content_address(tmp_path: Path, name: object) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("keep me")
    store = BlobStore(tmp_path / "lib" / "blobs")
    (tmp_path / "lib" / "blobs" / "..").mkdir(parents=True, exist_ok=True)
    for use in (store.path_for, store.exists, store.remove, store.verify):
        with pytest.raises(InvalidContentAddress, match="not the fingerprint of a stored file"):
            use(name)  # type: ignore[arg-type]
    with pytest.raises(InvalidContentAddress):
        store.copy_out(name, tmp_path / "out")  # type: ignore[arg-type]
    assert secret.read_text() == "keep me"
    assert not (tmp_path / "out").exists()


def test_a_link_in_the_store_is_never_read_copied_out_or_its_target_changed(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0")
    secret.chmod(0o600)
    sha = hashlib.sha256(secret.read_bytes()).hexdigest()
    store = BlobStore(tmp_path / "blobs")
    (tmp_path / "blobs" / sha[:2]).mkdir(parents=True)
    link = tmp_path / "blobs" / sha[:2] / sha
    link.symlink_to(secret)
    assert not store.exists(sha)
    assert not store.verify(sha)
    assert list(store.all_hashes()) == []
    assert store.strays() == [link]
    with pytest.raises(UserError, match="missing"):
        store.copy_out(sha, tmp_path / "kit" / "file")
    assert not (tmp_path / "kit" / "file").exists()
    store.remove(sha)
    assert not link.is_symlink()
    assert secret.read_text() == "root:x:0:0"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_a_store_folder_that_is_a_link_is_not_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    source = tmp_path / "a.txt"
    source.write_bytes(b"hello")
    sha = hashlib.sha256(b"hello").hexdigest()
    (tmp_path / "blobs").mkdir()
    (tmp_path / "blobs" / sha[:2]).symlink_to(elsewhere, target_is_directory=True)
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(UserError, match="is a link"):
        store.add_file(source)
    assert list(elsewhere.iterdir()) == []
    assert store.leftover_temp_files() == []
