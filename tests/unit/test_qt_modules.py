"""The app needs PySide6-Essentials only: every Qt module any of our code imports ships in
that distribution, and the project does not ask for PySide6-Addons (175 MB of download for
modules we do not use; the charts are painted by hand over the report's scene graph)."""

from __future__ import annotations

import ast
import tomllib
from importlib.metadata import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("collateral_app", "ui", "tests", "scripts", "bench")


def _qt_modules_imported() -> dict[str, set[str]]:
    """Qt module → the files that import it."""
    found: dict[str, set[str]] = {}
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                    if node.module == "PySide6":
                        names += [f"PySide6.{alias.name}" for alias in node.names]
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                        found.setdefault(parts[1], set()).add(str(path.relative_to(ROOT)))
    return found


def _essentials_modules() -> set[str]:
    """The compiled modules PySide6-Essentials installs (PySide6/QtCore.abi3.so, QtCore.pyd on
    Windows); it ships type stubs for every module, the Addons' too, so stubs do not count."""
    shipped = [Path(str(f)) for f in files("PySide6_Essentials") or []]
    return {
        f.name.split(".")[0]
        for f in shipped
        if f.parent == Path("PySide6") and f.name.startswith("Qt") and f.suffix in (".so", ".pyd")
    }


def test_every_qt_module_we_import_ships_in_pyside6_essentials() -> None:
    essentials = _essentials_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork"} <= essentials
    outside = {
        module: sorted(users) for module, users in _qt_modules_imported().items() if module not in essentials
    }
    assert outside == {}


def test_the_project_depends_on_essentials_not_addons() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [d.split(">")[0].split("=")[0].split("!")[0].strip().casefold() for d in project["dependencies"]]
    assert "pyside6-essentials" in wanted
    assert "pyside6-addons" not in wanted and "pyside6" not in wanted
