"""`python -m tests.windows_shaped WORKDIR`: our code, run as Windows would let it run.

For every import statement in `collateral_app` and `ui`, the POSIX-only modules (fcntl,
termios, pwd, grp, resource…) do not exist, and `os` and `signal` lack what Windows lacks
(SIGKILL, killpg, getuid, O_NOFOLLOW…). The libraries we use keep the real ones: they pick
their own way per system. Then every module is imported, and the command line's main paths
run (import through the worker pool, search, show, list, export, check, reindex, backup,
restore, reports with a PDF export, the team's status), workers are killed and stopped, then
the desktop app's window opens on the library, searches and saves a screenshot. A line under
a platform check (`if sys.platform != "win32":`) is POSIX code and sees the real names, as it
does on this machine; tests/unit/test_portability_lint.py makes sure every POSIX name stands
under one. Each step prints one line; any failure
exits non-zero with its traceback."""

from __future__ import annotations

import builtins
import importlib
import io
import json
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.platforms import (
    POSIX_ONLY_MODULES,
    under_a_platform_check,
    windows_shaped_os,
    windows_shaped_signal,
)

OURS = ("collateral_app", "ui")
SKIPPED_PACKAGES = ("collateral_app.storage.migrations",)  # Alembic loads these itself
WORD = "portability"


def _ours(module_name: str) -> bool:
    return any(module_name == p or module_name.startswith(p + ".") for p in OURS)


def install() -> None:
    """From now on, our modules import a Windows-shaped standard library."""
    real_import = builtins.__import__
    shaped: dict[str, ModuleType] = {"os": windows_shaped_os(), "signal": windows_shaped_signal()}

    def windows_import(
        name: str,
        globals: Mapping[str, object] | None = None,
        locals: Mapping[str, object] | None = None,
        fromlist: Sequence[str] = (),
        level: int = 0,
    ) -> ModuleType:
        importer = str((globals or {}).get("__name__", ""))
        if level == 0 and _ours(importer):
            top = name.partition(".")[0]
            if top in POSIX_ONLY_MODULES and not under_a_platform_check(sys._getframe(1)):
                raise ModuleNotFoundError(f"No module named {name!r} (as on Windows)", name=name)
            if top in shaped and (name == top or not fromlist):
                real_import(name, globals, locals, fromlist, level)
                return shaped[top]
        module: ModuleType = real_import(name, globals, locals, fromlist, level)
        return module

    builtins.__import__ = windows_import


def import_everything() -> list[str]:
    names = []
    for package_name in OURS:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, prefix=package_name + "."):
            if info.name.startswith(SKIPPED_PACKAGES):
                continue
            importlib.import_module(info.name)
            names.append(info.name)
    return names


def _cli(library: Path, *args: str) -> str:
    from collateral_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], stdout=out, stderr=err)
    if code != 0:
        raise SystemExit(f"`collateral {' '.join(args)}` exited {code}:\n{err.getvalue()}{out.getvalue()}")
    return out.getvalue()


def run_the_command_line(work: Path) -> None:
    from tests.samples import make_docx, make_pdf

    library = work / "library"
    pdf = make_pdf(work / "in" / "brief.pdf", [f"Hospital {WORD} brief", "Readmissions fell by a third."])
    docx = make_docx(work / "in" / "notes.docx", [f"Field notes on {WORD} for a CFO."])
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("import", lambda: _cli(library, "import", str(pdf), str(docx))),
        ("search", lambda: _search(library)),
        ("list", lambda: _cli(library, "list")),
        ("show", lambda: _cli(library, "show", _first_id(library))),
        ("export-text", lambda: _cli(library, "export-text", _first_id(library))),
        ("taxonomy", lambda: _cli(library, "taxonomy")),
        ("check", lambda: _cli(library, "check")),
        ("reindex", lambda: _cli(library, "reindex")),
        ("backup", lambda: _cli(library, "backup", str(work / "backup"))),
        ("restore", lambda: _cli(work / "restored", "restore", str(work / "backup"))),
        ("check restored", lambda: _cli(work / "restored", "check")),
        ("report", lambda: _cli(library, "report", "all", "--pdf", str(work / "report.pdf"))),
        ("team status", lambda: _cli(library, "team", "status")),
    ]
    for name, step in steps:
        step()
        print(f"ok: collateral {name}", flush=True)


def _first_id(library: Path) -> str:
    rows = json.loads(_cli(library, "list", "--json"))
    return str(rows[0]["id"])


def _search(library: Path) -> None:
    found = json.loads(_cli(library, "search", WORD, "--json"))
    hits = found["hits"] if isinstance(found, dict) else found
    if len(hits) != 2:
        raise SystemExit(f"search for {WORD!r} found {len(hits)} assets, not the 2 imported: {found}")


def stop_the_workers(work: Path) -> None:
    """A worker killed mid-file is reported as such; one overrunning its time is stopped;
    closing the pool ends the rest (multiprocessing's kill, TerminateProcess on Windows)."""
    import signal
    import threading

    from collateral_app.domain.enums import TextStatus
    from collateral_app.extract.pool import KILLED_REASON, ExtractionPool, time_reason
    from tests.samples import make_pdf_form_bomb

    bomb = make_pdf_form_bomb(work / "in" / "looks harmless.pdf", depth=8, fanout=10)
    started: list[int] = []
    reading = threading.Event()

    def on_started(_path: Path, pid: int) -> None:
        started.append(pid)
        reading.set()

    with ExtractionPool(workers=1, time_limit_s=60, on_started=on_started) as pool:
        victim = pool.submit(bomb, bomb.name)
        if not reading.wait(60):
            raise SystemExit("the worker never started reading")
        os.kill(started[-1], signal.SIGKILL)  # the system's out-of-memory killer, say
        killed = victim.result(60)
    if (killed.text_status, killed.text_reason) != (TextStatus.FAILED, KILLED_REASON):
        raise SystemExit(f"a killed worker was reported as {killed.text_status}: {killed.text_reason}")
    print("ok: a killed worker is reported", flush=True)
    with ExtractionPool(workers=1, time_limit_s=1.5) as pool:
        slow = pool.submit(bomb, bomb.name).result(60)
        pids = pool.worker_pids
    if slow.text_reason != time_reason(1.5) or pids:
        raise SystemExit(f"an overrunning worker was not stopped: {slow.text_reason}, alive {pids}")
    print("ok: an overrunning worker is stopped", flush=True)


def open_the_window(work: Path) -> None:
    from ui.app import main

    shot = work / "window.png"
    code = main(["--library", str(work / "library"), "--query", WORD, "--screenshot", str(shot)])
    if code != 0 or not shot.is_file():
        raise SystemExit(f"the desktop app exited {code} without its screenshot")
    print("ok: collateral-app window", flush=True)


def main(argv: Sequence[str]) -> int:
    work = Path(argv[0])
    install()
    try:
        names = import_everything()
        print(f"ok: imported {len(names)} modules", flush=True)
        run_the_command_line(work)
        stop_the_workers(work)
        open_the_window(work)
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
