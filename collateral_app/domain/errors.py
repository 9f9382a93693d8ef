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
