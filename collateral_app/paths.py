"""Where a library lives on disk, decided once at start-up and passed in."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

LIBRARY_ENV = "COLLATERAL_LIBRARY"


@dataclass(frozen=True, slots=True)
class LibraryPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.db"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def thumbs(self) -> Path:
        return self.root / "thumbs"

    @property
    def previews(self) -> Path:
        """PDF conversions of legacy Office and Keynote files: derived, like thumbnails."""
        return self.root / "previews"

    @property
    def write_lock(self) -> Path:
        return self.root / "write.lock"

    def make_dirs(self) -> None:
        for folder in (self.root, self.blobs, self.index, self.thumbs):
            folder.mkdir(parents=True, exist_ok=True)


def default_library_root() -> Path:
    """`COLLATERAL_LIBRARY` if set, else the user data folder."""
    from_env = os.environ.get(LIBRARY_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir("Collateral", appauthor=False)) / "library"


def demo_library_root() -> Path:
    """Where "Open the demo library" builds the demo: a library of its own in the user data
    folder, beside the user's own, which it never touches."""
    return Path(platformdirs.user_data_dir("Collateral", appauthor=False)) / "demo-library"
