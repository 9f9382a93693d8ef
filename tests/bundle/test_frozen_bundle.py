"""The frozen one-folder bundle (`make bundle`, dist/Collateral/) works on its own: its
`collateral` imports a PDF through the extraction workers (each a copy of the frozen
executable: multiprocessing.freeze_support), the text is found by a search, and its
`collateral-app` opens the library under Xvfb, shows the hit and saves a screenshot.

Runs when COLLATERAL_BUNDLE names the bundle's folder (`make bundle-test`, and CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.samples import make_pdf

BUNDLE = os.environ.get("COLLATERAL_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built (make bundle-test builds and runs it)")
WORD = "zanzibar"


@pytest.fixture
def bundle_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_")) and k != "COLLATERAL_LIBRARY"
    }
    env["HOME"] = str(home)
    for name, sub in (("CONFIG", "config"), ("DATA", "data"), ("STATE", "state"), ("CACHE", "cache")):
        env[f"XDG_{name}_HOME"] = str(home / sub)
    env["PATH"] = "/usr/bin:/bin"  # nothing of the developer's Python
    return env


def _run(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, cwd="/")


def test_the_bundle_imports_a_pdf_through_its_workers_and_the_window_shows_the_hit(
    tmp_path: Path, bundle_env: dict[str, str]
) -> None:
    folder = Path(str(BUNDLE))
    cli, app = folder / "collateral", folder / "collateral-app"
    library = tmp_path / "library"
    pdf = make_pdf(tmp_path / "brief.pdf", [f"Hospital {WORD} brief", "Readmissions fell by a third."])

    imported = _run([str(cli), "--library", str(library), "import", str(pdf), "--json"], bundle_env)
    assert imported.returncode == 0, imported.stderr + imported.stdout
    found = _run([str(cli), "--library", str(library), "search", WORD, "--json"], bundle_env)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)["hits"]
    assert [h["page"] for h in hits] == [1]  # the text came out of the worker, page and all

    shot = tmp_path / "window.png"
    xvfb = shutil.which("xvfb-run")
    assert xvfb, "xvfb-run is needed (scripts/system-deps.sh installs it)"
    opened = _run(
        [xvfb, "-a", str(app), "--library", str(library), "--query", WORD, "--screenshot", str(shot)],
        bundle_env,
        timeout=180,
    )
    assert opened.returncode == 0, opened.stderr
    with Image.open(shot) as image:
        assert image.width > 600 and image.height > 400
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is None or len(colours) > 50  # a drawn window, not a blank one
    if os.environ.get("COLLATERAL_SCREENSHOTS"):
        shutil.copy(shot, Path(os.environ["COLLATERAL_SCREENSHOTS"]) / "bundle-window.png")


def test_the_bundle_holds_the_migrations_the_demo_library_and_the_user_guide() -> None:
    inside = Path(str(BUNDLE)) / "_internal"
    assert (inside / "collateral_app" / "storage" / "migrations" / "env.py").is_file()
    assert len(list((inside / "collateral_app" / "storage" / "migrations" / "versions").glob("*.py"))) >= 8
    assert (inside / "collateral_app" / "resources" / "demo" / "catalog.json").is_file()
    assert (inside / "README.md").is_file()
