"""Logs and native crash traces land in the user's log folder, never inside a library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from collateral_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_logs_to_the_users_log_folder_not_into_the_library(tmp_path: Path) -> None:
    library = tmp_path / "library"

    assert main(["--library", str(library), "list"]) == 0

    folder = Path(platformdirs.user_log_dir("Collateral", appauthor=False))
    assert folder.is_relative_to(os.environ["XDG_STATE_HOME"])  # the (redirected) user folder
    assert (folder / "collateral.log").is_file()
    assert not (library / "logs").exists()
    assert sorted(p.name for p in library.iterdir() if p.name.endswith(".log")) == []


CRASH_AFTER = {
    "collateral": "from collateral_app.cli import main\nmain(['--library', LIB, 'list'])\n",
    "collateral-app": (
        "from ui.app import main\nmain(['--library', LIB, '--screenshot', LIB + '/shot.png'])\n"
    ),
}


@pytest.mark.parametrize("program", sorted(CRASH_AFTER))
def test_a_native_crash_leaves_the_stack_of_every_thread_in_the_crash_log(
    tmp_path: Path, program: str
) -> None:
    logs = tmp_path / "logs"
    script = (
        f"LIB = {str(tmp_path / 'library')!r}\n"
        + CRASH_AFTER[program]
        + "import faulthandler, threading, time\n"
        "threading.Thread(target=time.sleep, args=(30,), name='bystander', daemon=True).start()\n"
        "def reading_a_hostile_file():\n"
        "    faulthandler._sigsegv()\n"
        "reading_a_hostile_file()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env.update({"COLLATERAL_LOG_DIR": str(logs), "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )

    assert done.returncode != 0
    crash = (logs / "crash.log").read_text(encoding="utf-8")
    assert crash.startswith(f"--- {program} ")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "reading_a_hostile_file" in crash
    assert crash.count("hread 0x") >= 2  # every thread ("Thread 0x…", "Current thread 0x…")
