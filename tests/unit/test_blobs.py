from __future__ import annotations

import errno
import hashlib
import stat
from pathlib import Path

import pytest

from collateral_app.blobs import BlobStore
from collateral_app.domain.errors import DiskFull


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
