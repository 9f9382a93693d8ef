"""The code that ships runs on Windows, macOS and Linux: no import of a module one system
lacks (fcntl, termios, pwd, resource, msvcrt…) and no POSIX-only name of `os` or `signal`
(SIGKILL, killpg, getuid…), unless it stands under a platform check or in a `try` that
handles its absence. Read from the source, so a new one fails here before a Windows user
meets it; tests/windows_shaped.py then runs the code with those names gone."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.platforms import (
    ATTRIBUTE_ERRORS,
    IMPORT_ERRORS,
    PLATFORM_ONLY_MODULES,
    POSIX_ONLY_OS_NAMES,
    guarded,
    posix_only_signal_names,
    walk,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("collateral_app", "ui", "packaging")


def platform_only_uses(source: str) -> list[str]:
    """Each unguarded platform-only import or name in `source`, as "line: what"."""
    signal_names = posix_only_signal_names()
    found = []
    for node, chain in walk(ast.parse(source), []):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in PLATFORM_ONLY_MODULES and not guarded(chain, IMPORT_ERRORS):
                    found.append(f"{line}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            top = node.module.split(".")[0]
            if top in PLATFORM_ONLY_MODULES and not guarded(chain, IMPORT_ERRORS):
                found.append(f"{line}: from {node.module} import …")
            hidden = POSIX_ONLY_OS_NAMES if top == "os" else signal_names if top == "signal" else set()
            for alias in node.names:
                if alias.name in hidden and not guarded(chain, IMPORT_ERRORS):
                    found.append(f"{line}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            hidden = {"os": POSIX_ONLY_OS_NAMES, "signal": signal_names}.get(node.value.id, set())
            if node.attr in hidden and not guarded(chain, ATTRIBUTE_ERRORS):
                found.append(f"{line}: {node.value.id}.{node.attr}")
    return found


def _shipped_files() -> Iterator[Path]:
    for folder in SHIPPED:
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_shipped_code_uses_nothing_that_only_one_system_has() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{use}"
        for path in _shipped_files()
        for use in platform_only_uses(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "import fcntl\n",
        "import os\nimport termios as t\n",
        "def f():\n    import pwd\n    return pwd.getpwuid(0)\n",
        "from resource import setrlimit\n",
        "import msvcrt\n",
        "import signal\ncode = -signal.SIGKILL\n",
        "import os\ndef f(pid):\n    os.killpg(pid, 9)\n",
        "from os import getuid\n",
        "from signal import SIGHUP\n",
        "import os\nflags = os.O_RDONLY | os.O_NOFOLLOW\n",
    ],
)
def test_the_lint_sees_an_unguarded_platform_only_name(source: str) -> None:
    assert platform_only_uses(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "import os, signal, sys\nif sys.platform != 'win32':\n    os.killpg(1, signal.SIGKILL)\n",
        "import os, sys\nif sys.platform == 'win32':\n    import msvcrt\nelse:\n    import fcntl\n",
        "try:\n    import resource\nexcept ImportError:\n    resource = None\n",
        "import os\nif os.name == 'posix':\n    uid = os.getuid()\n",
        "import os\nif hasattr(os, 'getuid'):\n    uid = os.getuid()\n",
        "import signal\nkill = getattr(signal, 'SIGKILL', signal.SIGTERM)\n",
        "import os, signal\nos.kill(1, signal.SIGTERM)\nflags = os.O_RDWR | os.O_CREAT\n",
    ],
)
def test_the_lint_lets_guarded_and_portable_code_pass(source: str) -> None:
    assert platform_only_uses(source) == []
