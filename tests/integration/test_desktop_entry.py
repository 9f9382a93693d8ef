"""The Linux desktop entry and AppStream entry: valid for the freedesktop.org tools, naming
the icon and program the app uses; the installer puts them where a desktop looks, with the
program's full path (a bundle is not on PATH)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ui.common.icon import DESKTOP_ID, ICON_SIZES

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
ENTRY = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
needs_sh = pytest.mark.skipif(shutil.which("sh") is None, reason="a POSIX shell")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return found


def _values(entry: Path) -> dict[str, str]:
    lines = entry.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_the_desktop_entry_is_valid_and_names_the_apps_icon() -> None:
    checked = subprocess.run([_tool("desktop-file-validate"), str(ENTRY)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    values = _values(ENTRY)
    assert values["Icon"] == DESKTOP_ID
    assert values["Exec"] == "collateral-app %F"  # files given go to the window's import
    assert values["StartupWMClass"] == "Collateral"  # the class Qt gives the window (the app's name)
    assert {"Comment[de]", "Comment[ja]", "GenericName[de]", "GenericName[ja]"} <= values.keys()


def test_the_appstream_entry_is_valid_and_launches_the_desktop_entry() -> None:
    checked = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{DESKTOP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{ENTRY.name}</launchable>' in text


def _install(program: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(LINUX / "install-desktop-entry.sh"), str(program)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(data)},
    )


@needs_sh
def test_the_installer_puts_entry_icons_and_metainfo_where_the_desktop_looks(tmp_path: Path) -> None:
    program = tmp_path / "Sales & Marketing" / "Collateral" / "collateral-app"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"

    installed = _install(program, data)

    assert installed.returncode == 0, installed.stderr
    entry = data / "applications" / ENTRY.name
    values = _values(entry)
    assert values["Exec"] == f'"{program}" %F'
    assert values["TryExec"] == str(program)
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0


@needs_sh
def test_a_path_the_entry_cannot_quote_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    program = tmp_path / "price$list" / "collateral-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"

    refused = _install(program, data)

    assert refused.returncode == 1 and "move Collateral to a folder without" in refused.stderr
    assert not data.exists()
