"""The structure, checked from the code's own imports: every import of the core and the app
(at module level, under TYPE_CHECKING and inside functions) is an arrow, and the arrows
must run down the layers, never in a circle.

Layers are named by package, so a new module in a folder follows its folder's rule."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("collateral_app", "ui")

# Bottom to top: a module may import its own layer or a lower one. Within services, each
# context sees only the contexts below it ("common" and "library" know nothing of sales or
# insight; sales knows nothing of insight).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("collateral_app.domain",),
    (
        "collateral_app.storage",
        "collateral_app.paths",
        "collateral_app.logs",
        "collateral_app.collector",
        "collateral_app.private_files",
        "collateral_app.i18n",
        "collateral_app.updates",
    ),
    ("collateral_app.blobs", "collateral_app.locking"),
    ("collateral_app.search", "collateral_app.extract"),
    ("collateral_app.sync",),
    ("collateral_app.services.common",),
    ("collateral_app.services.library",),
    ("collateral_app.services.sales",),
    ("collateral_app.services.insight",),
    ("collateral_app.services.team",),
    ("collateral_app.services.demo",),
    (
        "collateral_app.cli_sales",
        "collateral_app.cli_leads",
        "collateral_app.cli_reports",
        "collateral_app.cli_team",
        "collateral_app.cli_imports",
        "collateral_app.cli_check",
    ),
    ("collateral_app.cli",),
    # The app: the frame below the screens, the Library screen below the screens that use it,
    # and one composition root on top that knows every screen.
    ("ui.common",),
    ("ui.shell",),
    ("ui.library",),
    ("ui.sales", "ui.team"),
    ("ui.insight",),
    ("ui.app",),
)
# Screens side by side in a layer know nothing of each other.
SIBLINGS = (("ui.sales", "ui.team"),)
# Package faces: an __init__ may name anything below it without being a layer of its own.
FACES = {"collateral_app", "collateral_app.services", "ui"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


def _imported(name: str, path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield source
            yield from (f"{source}.{alias.name}" for alias in node.names)


@cache
def graph() -> dict[str, set[str]]:
    """Each module of ours → the modules of ours it imports."""
    known = modules()
    return {
        name: {m for m in _imported(name, path) if m in known and m != name} for name, path in known.items()
    }


def layer_of(module: str) -> int | None:
    for number, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return number
    return None


def test_every_module_of_the_core_has_a_layer() -> None:
    unplaced = [m for m in modules() if layer_of(m) is None and m not in FACES]
    assert unplaced == []


def test_no_import_runs_up_a_layer() -> None:
    upward = [
        (module, target)
        for module, targets in graph().items()
        if module not in FACES
        for target in targets
        if target not in FACES and (layer_of(target) or 0) > (layer_of(module) or 0)
    ]
    assert upward == []


def test_screens_side_by_side_never_import_each_other() -> None:
    crossing = [
        (module, target)
        for module, targets in graph().items()
        for target in targets
        for pair in SIBLINGS
        for mine, other in (pair, pair[::-1])
        if module.startswith(mine + ".") and target.startswith(other + ".")
    ]
    assert crossing == []


def test_only_the_composition_root_knows_every_screen() -> None:
    screens = ("ui.library.screen", "ui.sales.screens", "ui.team.screens", "ui.insight.view")
    knowing = [m for m, targets in graph().items() if all(s in targets or s == m for s in screens)]
    assert knowing == ["ui.app"]


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_circle_of_imports_anywhere() -> None:
    edges = {m: {t for t in ts if t not in FACES} for m, ts in graph().items() if m not in FACES}
    assert _circles(edges) == []


def test_the_circle_finder_sees_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _third_party(prefixes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for name, path in modules().items():
        for imported in _imported(name, path):
            if imported.split(".")[0] in prefixes:
                yield name, imported


def test_the_core_never_imports_qt_or_the_app() -> None:
    assert [
        (m, i) for m, i in _third_party(("PySide6", "shiboken6", "ui")) if m.startswith("collateral_app")
    ] == []


def test_only_the_search_package_imports_whoosh() -> None:
    assert [m for m, _ in _third_party(("whoosh",)) if not m.startswith("collateral_app.search")] == []


def test_the_app_reaches_storage_and_search_only_through_the_services() -> None:
    direct = [(m, i) for m, i in _third_party(("sqlalchemy", "whoosh")) if m.startswith("ui")] + [
        (m, t)
        for m, targets in graph().items()
        if m.startswith("ui")
        for t in targets
        if t.startswith(("collateral_app.storage", "collateral_app.search", "collateral_app.sync"))
    ]
    assert direct == []


@pytest.mark.parametrize("package", ["collateral_app", "ui"])
def test_every_package_folder_is_shipped_in_the_wheel(package: str) -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    shipped = set(config["packages"])
    # A folder installed under another name (package-dir: ui/ is collateral_ui).
    installed_as = {folder: name for name, folder in config["package-dir"].items() if "." not in folder}
    folders = {
        ".".join([installed_as.get(package, package), *_module_name(init).split(".")[1:]])
        for init in (ROOT / package).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert folders - shipped == set()
