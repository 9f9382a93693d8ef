"""Collateral starts and works where the POSIX-only modules and names are missing, as on
Windows: every module imports, the command line's main paths run (the import through the
extraction workers included) and the window opens. tests/windows_shaped.py does the run in a
fresh interpreter, so nothing imported by other tests hides a missing module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_windows_shaped(work: Path, script: str = "") -> subprocess.CompletedProcess[str]:
    home = work / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        # And no zone database of the system's, as on Windows: the zones come from tzdata.
        "PYTHONTZPATH": str(work / "no-zoneinfo"),
        "TZ": "Europe/Berlin",
    }
    env.pop("COLLATERAL_LIBRARY", None)
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "tests.windows_shaped"]
    return subprocess.run(
        [*command, str(work)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.slow
def test_every_module_and_the_main_paths_work_without_posix_only_modules(tmp_path: Path) -> None:
    done = _run_windows_shaped(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("ok: imported ") and int(lines[0].split()[2]) > 100
    for step in ("import", "search", "check", "backup", "restore", "report", "team status"):
        assert f"ok: collateral {step}" in lines
    assert "ok: collateral-app window" in lines
    assert (tmp_path / "window.png").stat().st_size > 10_000


def test_the_windows_shaped_run_refuses_posix_only_names_to_our_code(tmp_path: Path) -> None:
    """The run proves something only if our code really meets Windows' standard library."""
    probe = (
        "import sys, types\n"
        "from tests.windows_shaped import install\n"
        "install()\n"
        "ours = types.ModuleType('collateral_app.probe')\n"
        "found = []\n"
        "for line in ('import fcntl', 'import pwd', 'from signal import SIGKILL',"
        " 'import signal; signal.SIGKILL', 'import os; os.killpg', 'import os; os.getuid'):\n"
        "    try:\n"
        "        exec(line, ours.__dict__)\n"
        "        found.append(line)\n"
        "    except (ImportError, AttributeError):\n"
        "        pass\n"
        "exec('import os, signal; ok = (os.getpid(), os.path.join, signal.SIGTERM)', ours.__dict__)\n"
        "import fcntl, signal as s; s.SIGKILL  # the libraries keep the real ones\n"
        "print(found)\n"
    )
    done = _run_windows_shaped(tmp_path, probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
