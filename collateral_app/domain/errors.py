from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .records import size_text


class CollateralError(Exception):
    """Base of every error the product raises on purpose."""


class UserError(CollateralError):
    """Something the user can act on; the message is shown as it is."""


class AssetNotFound(UserError):
    def __init__(self, asset_id: str) -> None:
        super().__init__(f"No asset with id {asset_id} in this library.")
        self.asset_id = asset_id


class StoredFileMissing(UserError):
    """An asset's own file is gone from the library (not a team file: nothing to fetch)."""

    def __init__(self, title: str) -> None:
        super().__init__(f"The stored file of “{title}” is missing; run `collateral check`.")
        self.title = title


class FileNotOnThisLaptop(UserError):
    """The asset's file is on the team server, not on this laptop yet: download it first."""

    def __init__(
        self, asset_id: str, title: str, size_bytes: int, *, to: str = "open it", file_name: str = ""
    ) -> None:
        super().__init__(
            f"“{title}” is on the team server, not on this laptop yet ({size_text(size_bytes)}). "
            f"Download it to {to}; it stays for offline use if you pin it."
        )
        self.asset_id = asset_id
        self.title = title
        self.size_bytes = size_bytes
        self.file_name = file_name or title


class FilesNotOnThisLaptop(UserError):
    """Files something needs as a whole (a pitch kit) are on the team server only; nothing
    was written."""

    def __init__(self, missing: Sequence[FileNotOnThisLaptop], *, to: str) -> None:
        names = ", ".join(f"“{m.title}” ({size_text(m.size_bytes)})" for m in missing)
        if len(missing) == 1:
            head = f"{names} is on the team server, not on this laptop yet. Download it"
        else:
            head = (
                f"{len(missing)} files are on the team server, not on this laptop yet: {names}. Download them"
            )
        super().__init__(f"{head} to {to}; nothing was written.")
        self.missing = tuple(missing)

    @property
    def asset_ids(self) -> tuple[str, ...]:
        return tuple(m.asset_id for m in self.missing)


class InvalidContentAddress(UserError):
    """A stored file was named by something other than a SHA-256 in lower-case hex (a damaged
    or crafted row, a crafted backup): refused before it becomes a path."""

    def __init__(self, value: object) -> None:
        shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "…"
        super().__init__(
            f"{shown} is not the fingerprint of a stored file (64 lower-case hex digits); "
            "nothing was read or changed. Run `collateral check` to find the row that names it."
        )
        self.value = value


class InvalidEdit(UserError):
    """An edit names an unknown field or a value the field cannot take."""


class LibraryBusy(UserError):
    """Another program holds the library's write lock for too long."""


class DiskFull(UserError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"The disk holding {where} is full. Free some space and try again; "
            "nothing already in the library was changed."
        )


class DamagedLibrary(UserError):
    """The library's database file is damaged (SQLite cannot read all of it); nothing was
    changed. The message names the next step: the latest backup, or salvage."""

    code = "damaged_library"

    def __init__(self, root: Path, problems: Sequence[str], backup: Path | None = None) -> None:
        self.root = root
        self.database = root / "library.db"
        self.problems = tuple(problems) or ("database disk image is malformed",)
        self.backup = backup
        repair = (
            "run `collateral check --repair` to salvage it: the damaged file is set aside (never "
            "deleted), what can still be read goes into a new database, every stored file is kept, "
            "and you are told what was recovered and what was lost."
        )
        if backup is not None:
            step = (
                f"Restore your latest backup, {backup} (`collateral restore {_quoted(backup)} "
                f"--library {_quoted(root)} --replace`), or {repair}"
            )
        else:
            step = f"No backup of this library is known. {repair[0].upper()}{repair[1:]}"
        super().__init__(
            f"The library database {self.database} is damaged (SQLite says: {self.problems[0]}). "
            f"Nothing was changed. {step}"
        )


def _quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(c.isspace() or c in "'\"$&;|<>()" for c in text) else text


class LibraryNotFound(UserError):
    """The folder given is not a library and may not be created here."""


class ExtractionFailed(CollateralError):
    """A file's text or metadata could not be read; `reason` is for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TeamError(UserError):
    """Something between this laptop and the team server; the message says what to do."""


class ServerUnreachable(TeamError):
    def __init__(self, detail: str = "") -> None:
        message = "The team server is unreachable — your work is saved and will be sent later."
        super().__init__(message + (f" ({detail})" if detail else ""))
        self.detail = detail


class ServerBusy(ServerUnreachable):
    """The server answers but takes no more connections now (all its slots, or the team
    database's limit, are in use); like being offline, the work waits for a later sync."""

    def __init__(self, message: str) -> None:
        TeamError.__init__(self, message)
        self.detail = message


class LoginRefused(TeamError):
    """The server would not let this login in (wrong name or password, or no access)."""


class TlsFailed(TeamError):
    """No verified encrypted connection could be made (no TLS on the server, an unknown
    certificate authority, a certificate for another host); the message names the options."""


class ServerNeedsSetup(TeamError):
    """The database holds no Collateral team (or an older schema than this app needs)."""


class AppTooOld(TeamError):
    def __init__(self, server_schema: int, ours: int) -> None:
        super().__init__(
            f"The team server was updated (schema {server_schema}; this app knows {ours}): "
            "please update Collateral on this laptop. Your work is saved and will be sent then."
        )
        self.server_schema = server_schema


class NotAllowed(TeamError):
    """The server refused a change this login may not make."""


class NotJoined(TeamError):
    def __init__(self) -> None:
        super().__init__(
            "This library is not part of a team yet; join one with `collateral team join URL` "
            "(or Team › Settings in the app)."
        )


class SyncBusy(TeamError):
    def __init__(self) -> None:
        super().__init__("A sync of this library is already running; it will finish on its own.")


class FileOnServerOffline(ServerUnreachable):
    """A team file was wanted while the server cannot be reached."""

    def __init__(self, title: str, detail: str = "") -> None:
        TeamError.__init__(
            self,
            f"“{title}” is on the team server, which cannot be reached now; it will be available "
            "when you are online.",
        )
        self.detail = detail
        self.title = title


class DownloadStopped(TeamError):
    def __init__(self) -> None:
        super().__init__("The download was stopped; it resumes where it stopped next time.")


class TeamFileDamaged(TeamError):
    """A file from the server did not match its fingerprint; nothing was kept."""


class SemanticNotInstalled(UserError):
    def __init__(self) -> None:
        super().__init__(
            "Finding assets by meaning needs the semantic extra: pip install 'collateral[semantic]'."
        )
