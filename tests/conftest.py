"""Shared fixtures. Nothing here touches the user's real folders: HOME and the XDG
folders point into a temporary directory for the whole session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from collateral_app import i18n
from collateral_app.i18n import LANGUAGE_VARIABLES
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
            *LANGUAGE_VARIABLES,
        )
    }
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["XDG_STATE_HOME"] = str(home / "state")  # the log folder
    os.environ.pop("COLLATERAL_LIBRARY", None)
    os.environ.pop("COLLATERAL_LOG_DIR", None)
    # The tests speak English whatever the machine's language (a test of another asks for it).
    for key in LANGUAGE_VARIABLES:
        os.environ.pop(key, None)
    os.environ["LANG"] = "C.UTF-8"
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Each test starts in English; one that switches language cannot leak it."""
    i18n.use_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[AssetLibrary]:
    lib = AssetLibrary.open(tmp_path / "library")
    yield lib
    lib.close()
