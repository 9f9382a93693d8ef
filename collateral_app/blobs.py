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
from typing import TypeGuard

from collateral_app.domain.errors import DiskFull, InvalidContentAddress, UserError

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
TEMP_PREFIX = ".incoming-"
_CONTENT_ADDRESS = re.compile(r"[0-9a-f]{64}")


def is_content_address(value: object) -> TypeGuard[str]:
    """A SHA-256 in lower-case hex and nothing else: the only name a blob may have."""
    return isinstance(value, str) and _CONTENT_ADDRESS.fullmatch(value) is not None


def require_content_address(value: object) -> str:
    """`value` itself when it is a content address; else InvalidContentAddress, so a name
    read from a row or a backup can never become a path outside the store."""
    if not is_content_address(value):
        raise InvalidContentAddress(value)
    return value


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
    """Every method taking a hash refuses anything but a content address (InvalidContentAddress),
    and a stored blob is a regular file in a real folder of the store: a symbolic link in the
    store is never read through, copied out or changed (only the link itself may be removed)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        sha256 = require_content_address(sha256)
        return self.root / sha256[:2] / sha256

    def _stored(self, sha256: str) -> Path | None:
        """The blob's path when it is a regular file in a real folder (no link on the way)."""
        path = self.path_for(sha256)
        try:
            if stat.S_ISLNK(os.lstat(path.parent).st_mode):
                return None
            mode = os.lstat(path).st_mode
        except OSError:
            return None
        return path if stat.S_ISREG(mode) else None

    def exists(self, sha256: str) -> bool:
        return self._stored(sha256) is not None

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
            if self._stored(sha) is not None:
                temp.unlink()
                return StoredBlob(sha, size, final, already_present=True)
            _real_folder(final.parent)
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
        path = self._stored(sha256)
        if path is None:
            return False
        try:
            actual, _ = hash_file(path)
        except OSError:
            return False
        return actual == sha256

    def remove(self, sha256: str) -> None:
        """Delete the blob; a link in its place is removed itself, its target never touched."""
        path = self.path_for(sha256)
        if self._stored(sha256) is not None:
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()
        elif path.is_symlink() and not path.parent.is_symlink():
            path.unlink()

    def all_hashes(self) -> Iterator[str]:
        """The blobs stored: regular files named by their content address in their folder."""
        for folder, names in self._folders():
            for name in names:
                if is_content_address(name) and name[:2] == folder.name and self._stored(name) is not None:
                    yield name

    def strays(self) -> list[Path]:
        """What is in the store but is no blob: links, folders and files with other names (a
        crafted backup, a hand edit). None is ever read or followed."""
        found: list[Path] = []
        if not self.root.is_dir() or self.root.is_symlink():
            return found
        for item in sorted(self.root.iterdir()):
            if item.name.startswith(TEMP_PREFIX) and not item.is_symlink():
                continue  # a partly copied blob: see leftover_temp_files
            if item.is_symlink() or not item.is_dir() or len(item.name) != 2:
                found.append(item)
        for folder, names in self._folders():
            for name in names:
                if not (
                    is_content_address(name) and name[:2] == folder.name and self._stored(name) is not None
                ):
                    found.append(folder / name)
        return found

    def _folders(self) -> Iterator[tuple[Path, list[str]]]:
        if not self.root.is_dir() or self.root.is_symlink():
            return
        for folder in sorted(self.root.iterdir()):
            if len(folder.name) == 2 and not folder.is_symlink() and folder.is_dir():
                yield folder, sorted(os.listdir(folder))

    def leftover_temp_files(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob(TEMP_PREFIX + "*"))

    def copy_out(self, sha256: str, destination: Path) -> None:
        source = self._stored(sha256)
        if source is None:
            raise UserError(f"The stored file {sha256[:12]}… is missing; run `collateral check`.")
        destination.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as src, destination.open("wb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)


def _real_folder(folder: Path) -> None:
    """Make a blob folder; one that is a link (never made by the store) is refused."""
    folder.mkdir(exist_ok=True)
    if folder.is_symlink():
        raise UserError(f"{folder} is a link, not a folder of the file store; run `collateral check`.")


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
