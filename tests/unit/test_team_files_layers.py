"""Team files keep the layering: the library tells whether a file is here through the storage
layer's table of team files, without importing the sync code or the team service."""

from __future__ import annotations

import ast
from pathlib import Path

import collateral_app

PACKAGE = Path(collateral_app.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add(("." * node.level) + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_library_does_not_depend_on_the_sync_code_or_the_team_service() -> None:
    for name in ("library/asset_library.py", "sales/kits.py"):
        imported = _imports(PACKAGE / "services" / name)
        assert not {
            m for m in imported if m.startswith(("collateral_app.sync", "collateral_app.services.team"))
        }, name


def test_thumbnails_of_downloaded_files_are_made_in_the_extract_layer_without_qt() -> None:
    imported = _imports(PACKAGE / "extract" / "thumbnails.py")
    assert not {
        m for m in imported if m.startswith(("PySide6", "ui", "sqlalchemy", "collateral_app.services"))
    }
