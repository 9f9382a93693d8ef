"""Programs the readers may call when they are installed: Tesseract (OCR) and LibreOffice
(converting legacy Office and Keynote files to PDF).

Each runs inside the extraction worker, so the worker's memory limit applies to it too (limits
are inherited), and with a timeout taken from the file's deadline, so the worker kills it (its
whole process group) before the pool would kill the worker.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from collateral_app.domain.errors import ExtractionFailed

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 120.0  # when a file is read outside the pool, with no deadline
_MARGIN_S = 1.0  # left to the worker to clean up before the pool's own limit

TESSERACT_INSTALL = (
    "install Tesseract: `sudo apt install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu` on "
    "Debian/Ubuntu, `brew install tesseract tesseract-lang` on macOS, the UB Mannheim installer on "
    "Windows"
)
LIBREOFFICE_INSTALL = (
    "install LibreOffice (`sudo apt install libreoffice-core libreoffice-writer libreoffice-impress "
    "libreoffice-calc` on Debian/Ubuntu, `brew install --cask libreoffice` on macOS, the installer "
    "from libreoffice.org on Windows)"
)

_TESSERACT_PLACES = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    "/opt/homebrew/bin/tesseract",
    "/usr/local/bin/tesseract",
)
_SOFFICE_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
)


@dataclass(frozen=True, slots=True)
class Tool:
    path: str
    version: str


def _find(env: str, names: tuple[str, ...], places: tuple[str, ...]) -> str | None:
    override = os.environ.get(env)
    if override:
        return override if Path(override).is_file() else None
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in places if Path(place).is_file()), None)


@functools.cache
def tesseract() -> Tool | None:
    """Tesseract, if installed ($COLLATERAL_TESSERACT names it where PATH does not)."""
    path = _find("COLLATERAL_TESSERACT", ("tesseract",), _TESSERACT_PLACES)
    if path is None:
        return None
    try:
        done = subprocess.run([path, "--version"], capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        logger.warning("%s does not run", path, exc_info=True)
        return None
    match = re.search(rb"tesseract\s+v?(\d+[\w.\-]*)", done.stdout + done.stderr)
    return Tool(path, match.group(1).decode() if match else "")


@functools.cache
def tesseract_languages() -> frozenset[str]:
    """The language data Tesseract has (eng, deu, jpn...), without the script-detection data."""
    tool = tesseract()
    if tool is None:
        return frozenset()
    try:
        done = subprocess.run([tool.path, "--list-langs"], capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout or done.stderr).decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip() and " " not in line.strip())


@functools.cache
def libreoffice() -> Tool | None:
    """LibreOffice's `soffice`, if installed ($COLLATERAL_SOFFICE names it where PATH does not)."""
    path = _find("COLLATERAL_SOFFICE", ("soffice", "libreoffice"), _SOFFICE_PLACES)
    if path is None:
        return None
    version = ""
    try:
        done = subprocess.run([path, "--version"], capture_output=True, timeout=60, check=False)
        match = re.search(rb"LibreOffice\s+(\d+[\d.]*)", done.stdout)
        version = match.group(1).decode() if match else ""
    except (OSError, subprocess.SubprocessError):
        logger.warning("%s does not run", path, exc_info=True)
        return None
    return Tool(path, version)


def seconds_left(deadline: float | None) -> float:
    """Time a tool may take: up to the file's deadline, less a margin to clean up."""
    if deadline is None:
        return DEFAULT_TIMEOUT_S
    return deadline - time.monotonic() - _MARGIN_S


def run(
    args: list[str],
    *,
    deadline: float | None,
    what: str,
    input_bytes: bytes | None = None,
    env: dict[str, str] | None = None,
) -> bytes:
    """Runs a tool and returns its standard output; ExtractionFailed when it fails or runs out of
    time (its whole process group is killed: LibreOffice starts helpers of its own)."""
    timeout = seconds_left(deadline)
    if timeout <= 0:
        raise ExtractionFailed(f"There was no time left for {what} within the file's time limit.")
    popen_extra: dict[str, object] = {}
    if sys.platform == "win32":
        popen_extra["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        popen_extra["start_new_session"] = True
    full_env = dict(os.environ)
    full_env.update(env or {})
    try:
        process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE if input_bytes is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=full_env,
            **popen_extra,  # type: ignore[call-overload]
        )
    except OSError as exc:
        raise ExtractionFailed(f"{what} could not be started ({exc.strerror or exc}).") from exc
    try:
        out, err = process.communicate(input_bytes, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(process)
        raise ExtractionFailed(f"{what} needed more than the time left for this file.") from exc
    except BaseException:
        _kill_group(process)
        raise
    if process.returncode != 0:
        logger.warning("%s failed (exit %s): %s", args[0], process.returncode, err[-2000:])
        detail = err.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionFailed(f"{what} failed" + (f" ({detail[-1][:200]})." if detail else "."))
    return bytes(out)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass
    try:
        process.communicate(timeout=5)
    except (subprocess.TimeoutExpired, ValueError, OSError):
        logger.warning("%s did not exit after being killed", process.args)
