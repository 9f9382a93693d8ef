"""The About dialog names the library it shows and the versions a bug report needs."""

from __future__ import annotations

import sqlalchemy
import whoosh
from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from collateral_app import __version__
from collateral_app.services.library.asset_library import AssetLibrary
from ui.shell.dialogs import AboutDialog


def test_about_names_the_library_and_every_version_below_the_app(
    qtbot: QtBot, empty_library: AssetLibrary
) -> None:
    dialog = AboutDialog(empty_library)
    qtbot.addWidget(dialog)

    text = dialog.findChild(QLabel).text()

    assert f"<h2>Collateral {__version__}</h2>" in text
    assert f"<td>Library</td><td>{empty_library.paths.root}</td>" in text
    for name, version in (
        ("PySide6", pyside_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Whoosh", whoosh.versionstring()),
    ):
        assert f"<td>{name}</td><td>{version}</td>" in text
