"""Content-addressed file store: blobs/ab/abcdef… named by SHA-256, written once.

A blob is written to a temporary file in the store, fsynced and renamed into place, so a
crash leaves at worst a temporary file or an orphan blob, never a half-written one."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from collateral_app.domain.errors import DiskFull, UserError

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
TEMP_PREFIX = ".incoming-"
_CONTENT_ADDRESS = re.compile(r"[0-9a-f]{64}")


def is_content_address(value: object) -> bool:
    """A SHA-256 in lower-case hex and nothing else: the only name a blob may have."""
    return isinstance(value, str) and _CONTENT_ADDRESS.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size_bytes: int
    path: Path
    already_present: bool


def hash_file(path: Path, should_stop: Callable[[], bool] | None = None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if should_stop is not None and should_stop():
                raise InterruptedError("stopped while hashing")
    return digest.hexdigest(), size


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def add_file(self, source: Path) -> StoredBlob:
        """Copy `source` in, hashing while copying, so the stored bytes are the hashed ones
        even if the source changes underneath us."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        digest = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file():
                temp.unlink()
                return StoredBlob(sha, size, final, already_present=True)
            final.parent.mkdir(exist_ok=True)
            os.chmod(temp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(temp, final)
            _fsync_dir(final.parent)
            return StoredBlob(sha, size, final, already_present=False)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(str(self.root)) from exc
            raise
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def verify(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        try:
            actual, _ = hash_file(path)
        except OSError:
            return False
        return actual == sha256

    def remove(self, sha256: str) -> None:
        path = self.path_for(sha256)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()

    def all_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for item in sorted(folder.iterdir()):
                    if item.is_file():
                        yield item.name

    def leftover_temp_files(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(TEMP_PREFIX + "*"))

    def copy_out(self, sha256: str, destination: Path) -> None:
        source = self.path_for(sha256)
        if not source.is_file():
            raise UserError(f"The stored file {sha256[:12]}… is missing; run `collateral check`.")
        destination.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as src, destination.open("wb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
