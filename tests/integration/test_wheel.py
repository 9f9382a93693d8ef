"""A wheel built from the checkout works on its own: package data (migrations, demo
content) is found through importlib.resources, not paths relative to the checkout."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(wheels.glob("collateral-*.whl"))

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
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
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", purelib, str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]

    def collateral(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(python), "-m", "collateral_app.cli", "--library", str(tmp_path / "lib"), *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=600,
        )

    where = subprocess.run(
        [str(python), "-c", "import collateral_app, ui; print(collateral_app.__file__); print(ui.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert where.returncode == 0, where.stderr
    assert all(str(ROOT) not in line for line in where.stdout.splitlines()), where.stdout

    demo = collateral("demo", "--json")
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert json.loads(demo.stdout)["assets"] >= 40
    found = collateral("search", "readmissions", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] > 0
    assert collateral("check", "--quick").returncode == 0
