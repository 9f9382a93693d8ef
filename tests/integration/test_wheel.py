"""A wheel built from the checkout works on its own: package data (migrations, demo
content, icons) is found through importlib.resources, not paths relative to the checkout;
and it claims no generic import name: the ui/ folder installs as `collateral_ui`, so it
cannot overwrite, or be overwritten by, another distribution's `ui` package."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _build_wheel(into: Path, source: Path) -> Path:
    """The wheel of the checkout's files as they are now, built in a copy: a build/ folder
    left in the checkout by an older build would put modules gone since into the wheel."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(into),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    return next(into.glob("collateral-*.whl"))


def _top_level_names(wheel: Path) -> tuple[set[str], set[str]]:
    """The import names the wheel declares (top_level.txt) and the ones its files make."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n for n in names if n.endswith(".dist-info/top_level.txt"))
        declared = set(archive.read(info).decode().split())
        record = next(n for n in names if n.endswith(".dist-info/RECORD"))
        rows = archive.read(record).decode().splitlines()
    installed = {row.split(",")[0].split("/")[0] for row in rows if row}
    return declared, {n.removesuffix(".py") for n in installed if not n.endswith(".dist-info")}


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "wheels", tmp_path / "checkout")
    declared, installed = _top_level_names(wheel)
    assert declared == {"collateral_app", "collateral_ui"}
    assert installed == {"collateral_app", "collateral_ui"}

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The fresh environment borrows the dependencies installed here, but not the
    # checkout: a plain path entry does not run the editable-install hook.
    (Path(purelib) / "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]

    def run(*command: str | Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        # The user's settings and logs of this test's own, never the developer's.
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
            "COLLATERAL_LOG_DIR": str(tmp_path / "logs"),
        }
        return subprocess.run(
            [str(c) for c in command], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=timeout
        )

    def collateral(*args: str) -> subprocess.CompletedProcess[str]:
        return run(python, "-m", "collateral_app.cli", "--library", tmp_path / "lib", *args)

    where = run(
        python,
        "-c",
        "import collateral_app, collateral_ui; print(collateral_app.__file__, collateral_ui.__file__)",
    )
    assert where.returncode == 0, where.stderr
    assert str(ROOT) not in where.stdout and purelib in where.stdout, where.stdout
    nothing_named_ui = run(python, "-c", "import ui")
    assert "No module named 'ui'" in nothing_named_ui.stderr
    # Every module of the window imports under its installed name.
    every_module = run(
        python,
        "-c",
        "import importlib, pkgutil, collateral_ui\n"
        "names = [m.name for m in pkgutil.walk_packages(collateral_ui.__path__, 'collateral_ui.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))",
    )
    assert every_module.returncode == 0, every_module.stderr[-2000:]
    assert int(every_module.stdout) >= 40

    demo = collateral("demo", "--json")
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert json.loads(demo.stdout)["assets"] >= 40
    found = collateral("search", "readmissions", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] > 0
    assert collateral("check", "--quick").returncode == 0

    # The installed `collateral-app` starts: its help, then its window on the demo library.
    helped = run(bin_dir / "collateral-app", "--help")
    assert helped.returncode == 0, helped.stderr[-2000:]
    assert "usage: collateral-app" in helped.stdout
    shot = tmp_path / "window.png"
    window = run(
        bin_dir / "collateral-app",
        "--library",
        tmp_path / "lib",
        "--query",
        "readmissions",
        "--screenshot",
        shot,
    )
    assert window.returncode == 0, window.stderr[-2000:]
    image = QImage(str(shot))
    assert image.width() > 600 and image.height() > 400
