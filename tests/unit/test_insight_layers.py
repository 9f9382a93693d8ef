"""The insight keeps the layering rules: no Qt in the core, a domain of plain frozen records
on the standard library, and services that hand out records, never storage rows."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import typing
from pathlib import Path

import collateral_app
from collateral_app.domain import insight as domain_insight
from collateral_app.services.insight.service import Insight

PACKAGE = Path(collateral_app.__file__).resolve().parent
INSIGHT_MODULES = [
    PACKAGE / "domain" / "insight.py",
    PACKAGE / "storage" / "insight_models.py",
    PACKAGE / "cli_reports.py",
    *sorted((PACKAGE / "services" / "insight").glob("*.py")),
]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_insight_module_imports_qt() -> None:
    assert len(INSIGHT_MODULES) >= 8
    for path in INSIGHT_MODULES:
        assert not {m for m in _imports(path) if m.startswith(("PySide6", "ui"))}, path


def test_the_insight_domain_depends_on_the_standard_library_and_the_sales_domain_only() -> None:
    tree = ast.parse((PACKAGE / "domain" / "insight.py").read_text(encoding="utf-8"))
    relative = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
    assert _imports(PACKAGE / "domain" / "insight.py") <= {"__future__", "dataclasses", "datetime", "enum"}
    assert relative == {"sales"}


def test_every_insight_record_is_frozen() -> None:
    records = [
        obj
        for _, obj in inspect.getmembers(domain_insight, inspect.isclass)
        if dataclasses.is_dataclass(obj) and obj.__module__ == domain_insight.__name__
    ]
    assert len(records) > 20
    assert all(r.__dataclass_params__.frozen for r in records)  # type: ignore[attr-defined]


def test_the_insight_service_returns_records_never_storage_rows() -> None:
    for name, method in inspect.getmembers(Insight, inspect.isfunction):
        if name.startswith("_"):
            continue
        returned = str(typing.get_type_hints(method).get("return", ""))
        assert "storage" not in returned and "Row" not in returned, (name, returned)
