"""The user guide ships in the wheel and in the desktop bundle, not only in the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = "collateral_app/resources/guide/en.html"


@pytest.mark.slow
def test_the_wheel_holds_the_guide(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("collateral-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert GUIDE in names
        assert "<h1>Collateral user guide</h1>" in archive.read(GUIDE).decode("utf-8")
        assert "collateral_ui/shell/guide.py" in names


def test_the_bundle_spec_ships_the_resources_folder_the_guide_is_in() -> None:
    spec = (ROOT / "packaging" / "collateral.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "collateral_app/resources")' in spec
    assert (ROOT / "resources" / "guide" / "en.html").is_file()
