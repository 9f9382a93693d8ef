"""Whether a newer Collateral is out, from a version file the admin publishes (on an intranet
page, a file share, anywhere the laptops can read). Read only when the user asks.

The file says the version and where to get it, as JSON or as two lines of text:

    {"version": "0.2.0", "url": "https://intranet.example.com/collateral/"}

    0.2.0
    https://intranet.example.com/collateral/
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from collateral_app.domain.errors import UserError
from collateral_app.i18n import number, translate

VERSION_FILE_LIMIT_BYTES = 64_000  # a version and a link; anything longer is not a version file
_VERSION = re.compile(r"^v?(\d+(?:\.\d+)*)(?:[-.+]?([0-9A-Za-z.+-]+))?$")


@dataclass(frozen=True, slots=True)
class PublishedVersion:
    version: str
    url: str  # where to get it; may be empty


@dataclass(frozen=True, slots=True)
class UpdateCheck:
    current: str
    published: PublishedVersion

    @property
    def newer_available(self) -> bool:
        return version_key(self.published.version) > version_key(self.current)


def version_key(version: str) -> tuple[tuple[int, ...], int, str]:
    """Orders versions: numbers part by part (0.10 after 0.9; 1.0 equals 1.0.0), and a
    pre-release (1.0rc1, 1.0-beta) before its release."""
    match = _VERSION.match(version.strip())
    if match is None:
        raise UserError(
            translate("updates", "“{0}” is not a version number (like 1.2 or 1.2.3).").format(version)
        )
    numbers = [int(n) for n in match.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    suffix = match.group(2) or ""
    return tuple(numbers), 0 if suffix else 1, suffix


def parse_version_file(text: str) -> PublishedVersion:
    """The published version from the file's text, or a UserError that says what is wrong."""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped:
        raise UserError(translate("updates", "The version file is empty."))
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise UserError(
                translate("updates", "The version file is not valid JSON ({0}, line {1}).").format(
                    exc.msg, exc.lineno
                )
            ) from exc
        version, url = data.get("version"), data.get("url", "")
        if not isinstance(version, str) or not version.strip():
            raise UserError(translate("updates", 'The version file has no "version" (like "1.2.3").'))
        if not isinstance(url, str):
            raise UserError(translate("updates", 'The "url" in the version file is not a link.'))
    else:
        lines = [line.strip() for line in stripped.splitlines() if line.strip()]
        version, url = lines[0], lines[1] if len(lines) > 1 else ""
    version_key(version)  # says so when it is not a version
    return PublishedVersion(version.strip(), url.strip())


def is_web_address(source: str) -> bool:
    return urlparse(source.strip()).scheme.lower() in ("http", "https")


def local_path(source: str) -> Path:
    """The file a file:// URL or a plain path (`\\\\server\\share\\version.txt` too) names."""
    source = source.strip()
    parsed = urlparse(source)
    if parsed.scheme.lower() == "file":
        where = url2pathname(unquote(parsed.path))
        if parsed.netloc and parsed.netloc != "localhost":
            where = f"//{parsed.netloc}{where}"  # file://server/share/… : a network share
        return Path(where)
    return Path(source).expanduser()


def read_local_version_file(source: str) -> PublishedVersion:
    """Reads the version file at a path or file:// URL (slow on a network share: call it off
    the window's thread)."""
    path = local_path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(VERSION_FILE_LIMIT_BYTES + 1)
    except OSError as exc:
        raise UserError(
            translate("updates", "Cannot read {0}: {1}.").format(path, exc.strerror or exc)
        ) from exc
    return parse_downloaded(data)


def parse_downloaded(data: bytes) -> PublishedVersion:
    if len(data) > VERSION_FILE_LIMIT_BYTES:
        raise UserError(
            translate("updates", "The file is larger than {0} bytes: not a version file.").format(
                number(VERSION_FILE_LIMIT_BYTES)
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(translate("updates", "The version file is not text (UTF-8).")) from exc
    return parse_version_file(text)
