"""What a folder import would bring, before anything is written: the files, their kinds and
size, and what is skipped by default with the reason (hidden files, version-control and build
folders, licence/changelog/copyright files, compressed archives, program sources). Nothing is
skipped silently: each skipped file or folder becomes an outcome with its reason."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from collateral_app.domain.enums import ImportStatus
from collateral_app.domain.imports import ImportPlan, KindCount, SkippedGroup
from collateral_app.domain.records import ImportOutcome
from collateral_app.extract.sniff import media_type_from_name

SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini"}
VCS_FOLDERS = {".git", ".svn", ".hg", ".bzr", "cvs", "_darcs"}
BUILD_FOLDERS = {
    "__pycache__", "node_modules", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache",
    ".gradle", ".idea", ".vscode", "build", "dist", "target",
}  # fmt: skip
# Packaging files, by the first part of their name ("changelog.Debian.gz", "COPYING.LIB").
PACKAGING_STEMS = {
    "changelog", "changes", "news", "copyright", "copying", "license", "licence", "licenses",
    "licences", "authors", "thanks", "credits", "contributors", "maintainers", "notice", "install",
    "todo", "bugs", "readme.debian", "readme.source", "news.debian", "changelog.debian",
}  # fmt: skip
ARCHIVE_EXTENSIONS = {
    "gz",
    "bz2",
    "xz",
    "zst",
    "lz",
    "lzma",
    "z",
    "tgz",
    "tbz2",
    "txz",
    "tar",
    "7z",
    "rar",
    "zip",
}
CODE_EXTENSIONS = {
    "c", "h", "cc", "cpp", "hpp", "py", "pyc", "pl", "pm", "rb", "sh", "bash", "js", "mjs", "ts",
    "css", "java", "class", "jar", "go", "rs", "el", "elc", "lua", "tcl", "php", "conf", "cfg",
    "ini", "yaml", "yml", "toml", "json", "xml", "xsl", "xsd", "dtd", "in", "am", "ac", "m4",
    "mk", "cmake", "patch", "diff", "o", "so", "a", "dll", "exe", "pc", "service", "desktop",
    "devhelp2", "map", "sed", "awk", "vim",
}  # fmt: skip

CODE_NAMES = {"makefile", "gnumakefile", "cmakelists.txt", "dockerfile", "configure", "meson.build"}
HIDDEN_FILE = "A hidden file."
SYSTEM_FILE = "A system file (folder settings or thumbnails), not collateral."
OFFICE_LOCK = "An Office lock file, left while a document is open."
HIDDEN_FOLDER = "A hidden folder."
VCS_FOLDER = "A version-control folder; its files are not collateral."
BUILD_FOLDER = "A build or tool folder; its files are not collateral."
PACKAGING_FILE = "A licence, changelog, copyright or similar packaging file, not collateral."
ARCHIVE_FILE = "A compressed archive; unpack it to import what is inside."
CODE_FILE = "Program source or configuration, not collateral."

# Kinds of file as a pre-flight names them, and which of them look like collateral.
KIND_GROUPS = {
    "pdf": "PDF documents", "docx": "Documents", "doc": "Documents", "odt": "Documents",
    "pptx": "Presentations", "ppt": "Presentations", "odp": "Presentations", "key": "Presentations",
    "xlsx": "Spreadsheets", "xls": "Spreadsheets", "ods": "Spreadsheets", "csv": "Spreadsheets",
    "png": "Images", "jpeg": "Images", "gif": "Images", "webp": "Images",
    "mp4": "Videos", "mov": "Videos", "webm": "Videos",
    "mp3": "Audio", "wav": "Audio", "m4a": "Audio",
    "eml": "Emails", "msg": "Emails",
    "html": "Web pages", "markdown": "Text files", "text": "Text files",
}  # fmt: skip
NOT_COLLATERAL_LIKE = {"Other files"}  # no known kind: packaging notes, program files


def skip_reason(name: str, *, skip_packaging: bool = True) -> str:
    """Why the file `name` is left out of an import, or "" to import it. Hidden and system
    files are always left out; the rest only while `skip_packaging` holds."""
    lowered = name.lower()
    if lowered in SYSTEM_FILES:
        return SYSTEM_FILE
    if lowered.startswith("~$"):
        return OFFICE_LOCK
    if lowered.startswith("."):
        return HIDDEN_FILE
    if not skip_packaging:
        return ""
    parts = lowered.split(".")
    extension = parts[-1] if len(parts) > 1 else ""
    if extension in ARCHIVE_EXTENSIONS:
        return ARCHIVE_FILE
    if extension in CODE_EXTENSIONS or lowered in CODE_NAMES:
        return CODE_FILE
    stem = parts[0].replace("-", "_").split("_")[0]
    readable = media_type_from_name(name)
    if readable in (None, "text", "markdown", "html") and (
        stem in PACKAGING_STEMS or ".".join(parts[:2]) in PACKAGING_STEMS
    ):
        return PACKAGING_FILE
    return ""


def folder_skip_reason(name: str, *, skip_packaging: bool = True) -> str:
    lowered = name.lower()
    if lowered in VCS_FOLDERS:
        return VCS_FOLDER
    if lowered.startswith("."):
        return HIDDEN_FOLDER
    if skip_packaging and lowered in BUILD_FOLDERS:
        return BUILD_FOLDER
    return ""


@dataclass(frozen=True, slots=True)
class _SkippedFolder:
    path: Path
    reason: str
    files: int

    def outcome(self) -> ImportOutcome:
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        return ImportOutcome(str(self.path), ImportStatus.SKIPPED, reason=f"{self.reason} ({files})")


def walk(
    paths: Sequence[Path], recursive: bool, *, skip_packaging: bool = True
) -> Iterator[Path | ImportOutcome]:
    """The files to import in a stable order, and an outcome for each path left out (skipped
    with its reason, or failed: missing, not a regular file). A skipped folder is one outcome
    naming how many files it holds."""
    for item in _walk(paths, recursive, skip_packaging):
        yield item.outcome() if isinstance(item, _SkippedFolder) else item


def _walk(
    paths: Sequence[Path], recursive: bool, skip_packaging: bool
) -> Iterator[Path | ImportOutcome | _SkippedFolder]:
    for path in paths:
        if not path.exists():
            yield ImportOutcome(str(path), ImportStatus.FAILED, reason="No such file or folder.")
        elif path.is_dir():
            if recursive:
                for folder, dirs, files in os.walk(path):
                    kept = []
                    for d in sorted(dirs):
                        reason = folder_skip_reason(d, skip_packaging=skip_packaging)
                        if reason:
                            yield _SkippedFolder(Path(folder) / d, reason, _count_files(Path(folder) / d))
                        else:
                            kept.append(d)
                    dirs[:] = kept
                    for name in sorted(files):
                        yield _file_or_skip(Path(folder) / name, skip_packaging)
            else:
                for child in sorted(path.iterdir()):
                    if child.is_file():
                        yield _file_or_skip(child, skip_packaging)
        elif path.is_file():
            # A file the user picked by name is imported unless it is hidden or a system file.
            yield _file_or_skip(path, False)
        else:
            yield ImportOutcome(str(path), ImportStatus.FAILED, reason="Not a regular file.")


def _file_or_skip(path: Path, skip_packaging: bool) -> Path | ImportOutcome:
    reason = skip_reason(path.name, skip_packaging=skip_packaging)
    return ImportOutcome(str(path), ImportStatus.SKIPPED, reason=reason) if reason else path


def _count_files(folder: Path) -> int:
    return sum(len(files) for _root, _dirs, files in os.walk(folder))


def survey(
    paths: Sequence[Path], *, recursive: bool = True, skip_packaging: bool = True, examples: int = 3
) -> ImportPlan:
    """Counts what an import of `paths` would bring, reading only the folders (no file is
    opened). A skipped folder counts as its files."""
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    skipped: dict[str, list[str]] = defaultdict(list)
    skipped_files: Counter[str] = Counter()
    outcomes: list[ImportOutcome] = []
    found = to_import = size = collateral_like = 0
    for item in _walk(paths, recursive, skip_packaging):
        if isinstance(item, _SkippedFolder):
            outcomes.append(item.outcome())
            skipped[item.reason].append(str(item.path))
            skipped_files[item.reason] += item.files
            found += item.files
            continue
        if isinstance(item, ImportOutcome):
            if item.status is ImportStatus.SKIPPED:
                outcomes.append(item)
                skipped[item.reason].append(item.path)
                skipped_files[item.reason] += 1
                found += 1
            continue
        found += 1
        to_import += 1
        try:
            bytes_ = item.stat().st_size
        except OSError:
            bytes_ = 0
        size += bytes_
        group = KIND_GROUPS.get(media_type_from_name(item.name) or "", "Other files")
        kinds[group][0] += 1
        kinds[group][1] += bytes_
        collateral_like += group not in NOT_COLLATERAL_LIKE
    return ImportPlan(
        sources=tuple(str(p) for p in paths),
        found=found,
        to_import=to_import,
        size_bytes=size,
        kinds=tuple(
            KindCount(kind, n, b) for kind, (n, b) in sorted(kinds.items(), key=lambda kv: (-kv[1][0], kv[0]))
        ),
        skipped=tuple(
            SkippedGroup(reason, skipped_files[reason], tuple(found_paths[:examples]))
            for reason, found_paths in sorted(skipped.items(), key=lambda kv: (-skipped_files[kv[0]], kv[0]))
        ),
        collateral_like=collateral_like,
        skipped_outcomes=tuple(outcomes),
    )
