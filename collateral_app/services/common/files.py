"""Files and folders the user asked for (exports), written whole or not at all: into a hidden
partial one beside the target, renamed over it once complete. The partial one is created like
anything the user saves (the user's umask: 0644 files and 0755 folders on most systems, so a
colleague or a mail client can read them), not private like `tempfile.mkstemp`'s 0600 and
`mkdtemp`'s 0700."""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# How a member of an exported zip unpacks: readable by others, like the zip itself (zipfile's
# writestr makes 0600, and a library file copied in would unpack read-only).
ZIP_MEMBER_MODE = stat.S_IFREG | 0o644


@contextmanager
def written_whole(target: Path, *, folder: bool = False) -> Iterator[Path]:
    """A new partial file (or folder) beside `target` to write; on success it becomes
    `target` (an empty folder there is replaced), on any error it is removed and `target` is
    untouched."""
    partial = _new_partial(target, folder)
    try:
        yield partial
        if folder and target.is_dir():
            target.rmdir()  # only ever empty: the caller refuses a folder with files in it
        os.replace(partial, target)
    except BaseException:
        if folder:
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)
        raise


def _new_partial(target: Path, folder: bool) -> Path:
    for _ in range(20):
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            if folder:
                partial.mkdir()  # created with the user's umask
            else:
                with open(partial, "xb"):
                    pass
            return partial
        except FileExistsError:
            continue
    raise FileExistsError(f"No free name for a partial file beside {target}.")  # pragma: no cover


def zip_text(archive: zipfile.ZipFile, name: str, data: str | bytes) -> None:
    """Write `data` as the member `name`, unpacked as rw-r--r--."""
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = archive.compression
    info.external_attr = ZIP_MEMBER_MODE << 16
    archive.writestr(info, data)


def zip_file(archive: zipfile.ZipFile, source: Path, name: str) -> None:
    """Copy the file `source` in as the member `name`, unpacked as rw-r--r--."""
    info = zipfile.ZipInfo.from_file(source, name)
    info.compress_type = archive.compression
    info.external_attr = ZIP_MEMBER_MODE << 16
    with open(source, "rb") as data, archive.open(info, "w") as member:
        shutil.copyfileobj(data, member, 1024 * 1024)
