"""The use cases. The CLI and the desktop app call these and nothing below them."""

from .library import AssetLibrary

__all__ = ["AssetLibrary"]
