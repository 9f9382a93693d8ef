"""Folders as people point the importer at them: a package documentation folder (changelogs,
copyright files, compressed archives, a version-control folder) mixed with real collateral and
with bad files (empty, corrupt)."""

from __future__ import annotations

from pathlib import Path

from tests import samples


def make_mixed_folder(root: Path) -> Path:
    """A folder with 3 good documents, 2 bad ones and 8 files that are not collateral."""
    docs = root / "shared"
    pkg = docs / "libfoo"
    samples.make_pdf(
        docs / "Hospital case study.pdf", ["Readmissions fell 18 percent.", "ROI in six months."]
    )
    samples.make_text(docs / "talk track.md", "# Talk track for CFOs\n\nOpen with the payback period.\n")
    samples.make_text(
        docs / "cran-0001.txt", "Boundary layers on swept wings\n\nThe flow was measured twice.\n"
    )
    (docs / "Empty.pdf").write_bytes(b"")
    (docs / "Corrupt.pdf").write_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n" * 20)
    samples.make_text(pkg / "changelog.Debian", "libfoo (2.15.1-1) unstable; urgency=medium\n")
    samples.make_text(pkg / "copyright", "Format: https://www.debian.org/doc/packaging-manuals/\n")
    samples.make_text(pkg / "LICENSE.txt", "Permission is hereby granted, free of charge.\n")
    (pkg / "NEWS.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    samples.make_text(pkg / "examples" / "demo.py", "print('hello')\n")
    samples.make_text(pkg / ".git" / "config", "[core]\n")
    samples.make_text(pkg / ".git" / "HEAD", "ref: refs/heads/main\n")
    samples.make_text(docs / ".DS_Store", "junk")
    return docs


GOOD = {"Hospital case study.pdf", "talk track.md", "cran-0001.txt"}
BAD = {"Empty.pdf", "Corrupt.pdf"}
SKIPPED = {"changelog.Debian", "copyright", "LICENSE.txt", "NEWS.gz", "demo.py", ".git", ".DS_Store"}
