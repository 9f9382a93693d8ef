"""Shared fixtures. Nothing here touches the user's real folders: HOME and the XDG
folders point into a temporary directory for the whole session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from collateral_app.services.library.asset_library import AssetLibrary


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    saved = {
        k: os.environ.get(k)
        for k in (
            "HOME",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "COLLATERAL_LIBRARY",
            "COLLATERAL_LOG_DIR",
        )
    }
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["XDG_STATE_HOME"] = str(home / "state")  # the log folder
    os.environ.pop("COLLATERAL_LIBRARY", None)
    os.environ.pop("COLLATERAL_LOG_DIR", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def library(tmp_path: Path) -> Iterator[AssetLibrary]:
    lib = AssetLibrary.open(tmp_path / "library")
    yield lib
    lib.close()
