"""Files only their owner may read (a team password kept where no system keychain is), on
each system: mode 0600 on Linux and macOS; on Windows, where the mode bits protect nothing,
an access list that names the user alone (inheritance from the folder removed)."""

from __future__ import annotations

import getpass
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

from collateral_app.domain.errors import UserError

log = logging.getLogger(__name__)

OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR


class NotPrivate(UserError):
    """The file was written but could not be made private; it was removed again."""


def write_private_text(path: Path, text: str) -> None:
    """Writes `text` to `path` so that only the current user can read it. If the system will
    not restrict the file, it is removed and NotPrivate raised: a secret is never left open."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    try:
        restrict_to_owner(path)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise NotPrivate(
            f"{path} could not be made readable by you alone ({exc}); it was not kept. "
            "Check the folder's permissions, or use a computer with a system keychain."
        ) from exc


def restrict_to_owner(path: Path) -> None:
    if sys.platform == "win32":
        user = os.environ.get("USERNAME") or getpass.getuser()
        domain = os.environ.get("USERDOMAIN")
        command = windows_acl_command(path, f"{domain}\\{user}" if domain else user)
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=30, creationflags=subprocess.CREATE_NO_WINDOW
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise OSError(f"icacls could not be run: {exc}") from exc
        if done.returncode != 0:
            log.warning("icacls refused %s: %s", path, done.stdout + done.stderr)
            raise OSError(f"icacls exited with {done.returncode}")
    else:
        os.chmod(path, OWNER_ONLY)  # an existing file keeps its old mode through O_CREAT


def windows_acl_command(path: Path, user: str) -> list[str]:
    """icacls (part of Windows since Vista): drop the inherited entries, then grant the user
    full control and nobody else anything."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:(F)"]
