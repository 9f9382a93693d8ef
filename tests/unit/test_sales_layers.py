"""The sales loop keeps the layering rules: the domain depends on nothing, nothing imports Qt,
and the services hand out frozen records, never ORM rows."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import typing
from pathlib import Path

import collateral_app
from collateral_app.domain import sales as domain_sales
from collateral_app.services.sales.loop import SalesLoop

PACKAGE = Path(collateral_app.__file__).resolve().parent
SALES_MODULES = [
    PACKAGE / "domain" / "sales.py",
    PACKAGE / "storage" / "sales_models.py",
    PACKAGE / "cli_sales.py",
    *sorted((PACKAGE / "services" / "sales").glob("*.py")),
    *sorted((PACKAGE / "services" / "demo").glob("*.py")),
]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_sales_module_imports_qt() -> None:
    assert len(SALES_MODULES) >= 14
    for path in SALES_MODULES:
        assert not {m for m in _imports(path) if m.startswith(("PySide6", "ui"))}, path


def test_the_sales_domain_depends_on_the_standard_library_only() -> None:
    allowed = {"__future__", "dataclasses", "datetime", "decimal", "enum"}
    assert _imports(PACKAGE / "domain" / "sales.py") <= allowed


def test_every_domain_record_is_frozen() -> None:
    records = [
        obj
        for _, obj in inspect.getmembers(domain_sales, inspect.isclass)
        if dataclasses.is_dataclass(obj) and obj.__module__ == domain_sales.__name__
    ]
    assert records
    assert all(r.__dataclass_params__.frozen for r in records)  # type: ignore[attr-defined]


def test_the_sales_loop_returns_records_never_storage_rows() -> None:
    for name, method in inspect.getmembers(SalesLoop, inspect.isfunction):
        if name.startswith("_"):
            continue
        returned = str(typing.get_type_hints(method).get("return", ""))
        assert "storage" not in returned and "Row" not in returned, (name, returned)


def test_every_hand_over_action_says_how_it_is_logged() -> None:
    from collateral_app.domain.enums import HandOverAction
    from collateral_app.domain.sales import UsageKind
    from collateral_app.services.sales.usage import usage_kind_for

    assert {a: usage_kind_for(a) for a in HandOverAction} == {
        HandOverAction.OPEN: UsageKind.VIEWED,
        HandOverAction.SHOW_IN_FOLDER: None,
        HandOverAction.COPY_FILE: UsageKind.SHARED,
        HandOverAction.DRAG_OUT: UsageKind.SHARED,
        HandOverAction.COPY_LINK: UsageKind.SHARED,
    }
