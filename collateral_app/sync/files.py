"""Files between laptops and the server: content-addressed, in chunks of 1–4 MB, resumable
both ways, verified by SHA-256 at every step.

Upload: the server's `files` row says how the file is chunked; each chunk is its own
transaction (the server checks the chunk's fingerprint), so an interrupted upload resumes
with the chunks the server does not hold. The file is marked complete only when the whole
local file hashed to its name and the server counted every byte; an asset may name it only
then.

Download: chunks are appended to a partial file outside the blob store and fsynced; a resumed
download first re-checks the chunks it has against the server's fingerprints. Only a file
whose whole hash matches is renamed into the blob store, read-only, so the library never
shows a partial or wrong file.

Both take a connection in autocommit mode: each `transaction()` block is one server commit."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from collateral_app.blobs import BlobStore, _fsync_dir, is_content_address
from collateral_app.domain.errors import TeamError, TeamFileDamaged
from collateral_app.locking import LockHeld, acquire

from .schema import MAX_CHUNK, MIN_CHUNK

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

DEFAULT_CHUNK = MAX_CHUNK
Progress = Callable[[int, int], None]  # bytes done, bytes in all
Cancel = Callable[[], bool]


class Cancelled(Exception):
    pass


def server_complete(conn: psycopg.Connection[Any], hashes: list[str]) -> set[str]:
    rows = conn.execute(
        "SELECT sha256 FROM collateral.files WHERE complete AND sha256 = ANY(%s)", (hashes,)
    ).fetchall()
    return {str(r[0]) for r in rows}


def upload(
    conn: psycopg.Connection[Any],
    blobs: BlobStore,
    sha256: str,
    *,
    chunk_size: int = DEFAULT_CHUNK,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Send the stored file `sha256`; returns the bytes sent this time (0 when the server had
    it). Commits as it goes."""
    if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
        raise ValueError("chunks are 1 to 4 MB")
    path = blobs.path_for(sha256)
    if not path.is_file():
        raise TeamError(f"The stored file {sha256[:12]}… is missing here; run `collateral check`.")
    size = path.stat().st_size
    count = (size + chunk_size - 1) // chunk_size
    with conn.transaction():
        conn.execute(
            "INSERT INTO collateral.files (sha256, size_bytes, chunk_size, chunk_count) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
            (sha256, size, chunk_size, count),
        )
        row = conn.execute(
            "SELECT size_bytes, chunk_size, chunk_count, complete FROM collateral.files WHERE sha256 = %s",
            (sha256,),
        ).fetchone()
        assert row is not None
        have = {
            int(r[0])
            for r in conn.execute("SELECT n FROM collateral.file_chunks WHERE sha256 = %s", (sha256,))
        }
    server_size, chunk_size, count, complete = int(row[0]), int(row[1]), int(row[2]), bool(row[3])
    if complete:
        return 0
    if server_size != size:
        raise TeamFileDamaged(
            f"The server expects {server_size:,} bytes for file {sha256[:12]}…, this laptop holds {size:,}; "
            "run `collateral check`."
        )
    digest = hashlib.sha256()
    sent = 0
    with path.open("rb") as handle:
        for n in range(count):
            data = handle.read(chunk_size)
            digest.update(data)
            if n in have:
                continue
            if cancel is not None and cancel():
                raise Cancelled
            with conn.transaction():
                conn.execute(
                    "INSERT INTO collateral.file_chunks (sha256, n, data, chunk_sha256) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                    (sha256, n, data, hashlib.sha256(data).hexdigest()),
                )
            sent += len(data)
            if progress is not None:
                progress(min((n + 1) * chunk_size, size), size)
    if digest.hexdigest() != sha256:
        raise TeamFileDamaged(
            f"The stored file {sha256[:12]}… no longer matches its fingerprint; it was not published. "
            "Run `collateral check`."
        )
    with conn.transaction():
        conn.execute(
            "UPDATE collateral.files SET complete = true WHERE sha256 = %s AND NOT complete", (sha256,)
        )
    return sent


def download(
    conn: psycopg.Connection[Any],
    blobs: BlobStore,
    partial_folder: Path,
    sha256: str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Fetch file `sha256` into the blob store; returns the bytes fetched this time. Two
    downloads of one file (the app's, a sync's pinned files, `collateral team download`)
    take turns: the second finds the file there."""
    if not is_content_address(sha256):
        raise TeamError(f"“{sha256[:80]}” is not the name of a team file; nothing was fetched.")
    if blobs.exists(sha256):
        return 0
    partial_folder.mkdir(parents=True, exist_ok=True)
    lock = partial_folder / f"{sha256}.lock"
    try:  # another download of this file may be under way
        held = acquire(lock, wait_s=None, poll_s=0.1, give_up=cancel)
    except LockHeld:
        raise Cancelled from None
    try:
        if blobs.exists(sha256):
            return 0
        fetched = _download(conn, blobs, partial_folder, sha256, progress=progress, cancel=cancel)
        # While held, where the system allows it (Windows removes it on release): a later
        # download finds the file first.
        with contextlib.suppress(OSError):
            lock.unlink(missing_ok=True)
        return fetched
    finally:
        held.release()


def _download(
    conn: psycopg.Connection[Any],
    blobs: BlobStore,
    partial_folder: Path,
    sha256: str,
    *,
    progress: Progress | None,
    cancel: Cancel | None,
) -> int:
    row = conn.execute(
        "SELECT size_bytes, chunk_size, chunk_count, complete FROM collateral.files WHERE sha256 = %s",
        (sha256,),
    ).fetchone()
    if row is None or not row[3]:
        raise TeamError(f"The file {sha256[:12]}… is not on the team server yet; it will be once it is sent.")
    size, chunk_size, count = int(row[0]), int(row[1]), int(row[2])
    fingerprints = {
        int(n): str(h)
        for n, h in conn.execute(
            "SELECT n, chunk_sha256 FROM collateral.file_chunks WHERE sha256 = %s", (sha256,)
        )
    }
    partial_folder.mkdir(parents=True, exist_ok=True)
    part = partial_folder / f"{sha256}.part"
    have = _verified_prefix(part, chunk_size, fingerprints)
    fetched = 0
    with part.open("ab") as handle:
        for n in range(have, count):
            if cancel is not None and cancel():
                raise Cancelled
            found = conn.execute(
                "SELECT data FROM collateral.file_chunks WHERE sha256 = %s AND n = %s",
                (sha256, n),
                binary=True,
            ).fetchone()
            data = bytes(found[0]) if found else b""
            if hashlib.sha256(data).hexdigest() != fingerprints.get(n):
                raise TeamFileDamaged(
                    f"Part {n + 1} of file {sha256[:12]}… arrived damaged; it will be fetched again."
                )
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            fetched += len(data)
            if progress is not None:
                progress(min((n + 1) * chunk_size, size), size)
    digest = hashlib.sha256()
    with part.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    if digest.hexdigest() != sha256:
        part.unlink(missing_ok=True)
        raise TeamFileDamaged(
            f"The file {sha256[:12]}… from the team server does not match its fingerprint; nothing was kept."
        )
    final = blobs.path_for(sha256)
    final.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(part, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.replace(part, final)
    _fsync_dir(final.parent)
    return fetched


def _verified_prefix(part: Path, chunk_size: int, fingerprints: dict[int, str]) -> int:
    """How many whole chunks at the start of `part` are right; the rest is cut off."""
    if not part.exists():
        return 0
    good = 0
    with part.open("rb") as handle:
        while True:
            data = handle.read(chunk_size)
            if len(data) < chunk_size and good < len(fingerprints) - 1:
                break  # a chunk cut short by the interruption (only the last may be short)
            if not data or hashlib.sha256(data).hexdigest() != fingerprints.get(good):
                break
            good += 1
            if good == len(fingerprints):
                break
    with part.open("r+b") as handle:
        handle.truncate(min(good * chunk_size, part.stat().st_size))
    return good
