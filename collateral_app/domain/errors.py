from __future__ import annotations


class CollateralError(Exception):
    """Base of every error the product raises on purpose."""


class UserError(CollateralError):
    """Something the user can act on; the message is shown as it is."""


class AssetNotFound(UserError):
    def __init__(self, asset_id: str) -> None:
        super().__init__(f"No asset with id {asset_id} in this library.")
        self.asset_id = asset_id


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


class LoginRefused(TeamError):
    """The server would not let this login in (wrong name or password, or no access)."""


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


class TeamFileDamaged(TeamError):
    """A file from the server did not match its fingerprint; nothing was kept."""
