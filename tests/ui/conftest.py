"""Fixtures for driving the desktop app with pytest-qt on Qt's offscreen platform.

A real library is built once per session from real generated files (PDFs, a PPTX with
speaker notes, a DOCX, a Markdown file, a PNG and a truncated PDF) through
`AssetLibrary.import_paths`, with its taxonomy set through `edit_asset`. Each test gets its
own copy of that library folder in its tmp_path, so tests can change their library freely
while the (slow: worker processes) import runs only once. Settings live in a temporary ini
file, never in the user's settings.
"""

from __future__ import annotations

import os

# Before anything creates a QApplication (pytest-qt creates it lazily, on first use).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import ImportStatus
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.services.sales.loop import SalesLoop
from collateral_app.services.team import TeamService
from tests import samples
from ui.app import AppWindow, build_window
from ui.library import results

from .helpers import TIMEOUT_MS, FakeDrag, SampleAssets, WindowFactory


@dataclass(frozen=True)
class _Template:
    folder: Path
    assets: SampleAssets


def _write_sample_files(folder: Path) -> dict[str, Path]:
    return {
        "mercy": samples.make_pdf(
            folder / "Mercy Regional case study.pdf",
            [
                "Mercy Regional is a mid-size hospital in Ohio with four clinics.",
                "Within a year Mercy Regional reduced readmissions by 18 percent.",
                "Talk to the care coordination team about a pilot.",
            ],
            title="Mercy Regional cuts readmissions",
            author="Dana Marketing",
        ),
        "contoso": samples.make_pdf(
            folder / "Contoso Bank datasheet.pdf",
            [
                "Contoso Bank runs core banking on the platform.",
                "Fraud scoring answers in forty milliseconds.",
                "Regulators receive their reports automatically.",
            ],
            title="Contoso Bank datasheet",
        ),
        "northwind": samples.make_pdf(
            folder / "Northwind freight whitepaper.pdf",
            ["Northwind Freight plans routes overnight.", "Warehouse robots move pallets between docks."],
            title="Northwind freight whitepaper",
        ),
        "deck": samples.make_pptx(
            folder / "Retail pitch deck.pptx",
            [
                ("Why Fabrikam Retail", "Unified commerce analytics", "Open with the store count."),
                ("Inventory accuracy", "Shrink down 12 percent", "Mention the holiday pilot."),
            ],
            title="Retail pitch deck",
        ),
        "whitepaper": samples.make_docx(
            folder / "Zero trust whitepaper.docx",
            ["# Zero trust", "Zero trust architecture explained for security teams."],
            title="Zero trust whitepaper",
        ),
        "checklist": samples.make_text(
            folder / "onboarding checklist.md", "# Onboarding checklist\n\nInvite the admins first.\n"
        ),
        "picture": samples.make_png(folder / "architecture diagram.png", 120, 80),
        "broken": samples.make_truncated_pdf(folder / "broken download.pdf"),
    }


TAXONOMY = {
    "mercy": {"industry": "healthcare", "stage": "decision", "persona": "clinical-leader"},
    "contoso": {"industry": "financial-services", "stage": "consideration"},
    "northwind": {"industry": "logistics", "stage": "awareness"},
    "deck": {"industry": "retail", "stage": "consideration"},
    "whitepaper": {"product": "security", "stage": "decision"},
}


@pytest.fixture(scope="session")
def _library_template(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    files = _write_sample_files(tmp_path_factory.mktemp("collateral"))
    folder = tmp_path_factory.mktemp("template") / "lib"
    with AssetLibrary.open(folder) as library:
        outcomes = Importer(library).run(list(files.values()))
        assert all(o.status is ImportStatus.IMPORTED for o in outcomes), outcomes
        ids = {o.path: o.asset_id or "" for o in outcomes}
        by_role = {role: ids[str(path)] for role, path in files.items()}
        for role, changes in TAXONOMY.items():
            library.edit_asset(by_role[role], changes)
        assert library.pending_index_count() == 0
    assets = SampleAssets(**by_role, sources={by_role[role]: path for role, path in files.items()})
    return _Template(folder, assets)


@pytest.fixture
def sample_assets(_library_template: _Template) -> SampleAssets:
    return _library_template.assets


@pytest.fixture
def library_folder(tmp_path: Path, _library_template: _Template) -> Path:
    """A copy of the sample library's folder, this test's own (not opened)."""
    folder = tmp_path / "lib"
    shutil.copytree(_library_template.folder, folder)
    return folder


@pytest.fixture
def library(library_folder: Path) -> Iterator[AssetLibrary]:
    """The sample library, this test's own copy."""
    lib = AssetLibrary.open(library_folder)
    yield lib
    lib.close()


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[AssetLibrary]:
    lib = AssetLibrary.open(tmp_path / "empty-lib")
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends with an empty clipboard. Offscreen, Qt frees what a test
    copied only after Python has shut down, which crashes the test process at exit."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Opens main windows the way the app does and waits for their first results; closes
    them at the end (closing waits for background work)."""
    opened: list[AppWindow] = []

    def factory(
        library: AssetLibrary,
        settings: QSettings,
        sales: SalesLoop | None = None,
        team: TeamService | None = None,
    ) -> AppWindow:
        window = build_window(library, settings, sales=sales, team=team)
        qtbot.addWidget(window.shell)
        opened.append(window)
        # The first search was submitted in __init__; its answer comes back through the
        # event loop, so waiting now cannot miss it.
        with qtbot.waitSignal(window.library_screen.search_finished, timeout=TIMEOUT_MS):
            window.shell.show()
        qtbot.waitExposed(window.shell)
        window.shell.activateWindow()  # keyboard shortcuts work in the active window only
        qtbot.waitActive(window.shell)
        return window

    yield factory
    for window in opened:
        window.shell.close()


@pytest.fixture
def window(open_window: WindowFactory, library: AssetLibrary, settings: QSettings) -> AppWindow:
    return open_window(library, settings)


@pytest.fixture
def fake_drag(monkeypatch: pytest.MonkeyPatch) -> type[FakeDrag]:
    FakeDrag.dragged = []
    FakeDrag.answer = Qt.DropAction.CopyAction
    monkeypatch.setattr(results, "QDrag", FakeDrag)
    return FakeDrag


@pytest.fixture
def app_state(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, list[str]]]:
    """`main` changes process-wide state (application names, the default settings file,
    logging, the excepthook); point it at tmp_path and put it all back afterwards."""
    config = tmp_path / "config"
    monkeypatch.setenv("COLLATERAL_LOG_DIR", str(tmp_path / "logs"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(config))
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion())
    icon, desktop_name = qapp.windowIcon(), qapp.desktopFileName()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    excepthook = sys.excepthook
    crash_boxes: list[str] = []
    # A crash box is modal: offscreen nobody could close it, so record it instead.
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: crash_boxes.append(str(args[2])))
    yield config, crash_boxes
    sys.excepthook = excepthook
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationVersion(names[2])
    qapp.setWindowIcon(icon)
    qapp.setDesktopFileName(desktop_name)
