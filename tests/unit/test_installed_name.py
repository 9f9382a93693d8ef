"""The window's modules name each other relatively: the ui/ folder installs as
`collateral_ui` (pyproject.toml), and an absolute `ui.` import would work in the checkout
and fail only once installed."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _absolute_self_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        found += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n.split(".")[0] == "ui"]
    return found


def test_no_module_of_the_window_imports_it_by_its_checkout_name() -> None:
    modules = sorted((ROOT / "ui").rglob("*.py"))
    assert len(modules) > 40
    assert [line for path in modules for line in _absolute_self_imports(path)] == []


def test_the_check_sees_an_absolute_import() -> None:
    module = ROOT / "ui" / "common" / "settings.py"
    assert _absolute_self_imports(module) == []
    assert _absolute_self_imports(ROOT / "tests" / "ui" / "test_app.py") != []
