"""Real documents nobody here wrote, for the page and language benchmarks: Debian's R manuals
(`r-doc-pdf`), the Octave manual (`octave-doc`) and the Debian reference card in 35 languages
(`debian-refcard`). Fetched once with `apt-get download` (on a Debian or Ubuntu machine) and
unpacked into bench/.work/debian; `--real DIR` points at a folder holding them instead."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

WORK = Path(__file__).resolve().parent / ".work" / "debian"
PACKAGES = ("r-doc-pdf", "octave-doc", "debian-refcard")
MANUALS = (
    "R/doc/manual/refman.pdf",
    "R/doc/manual/R-admin.pdf",
    "R/doc/manual/R-data.pdf",
    "R/doc/manual/R-exts.pdf",
    "R/doc/manual/R-FAQ.pdf",
    "R/doc/manual/R-intro.pdf",
    "R/doc/manual/R-ints.pdf",
    "R/doc/manual/R-lang.pdf",
    "doc/octave/octave.pdf",
)


def fetch(real: str | None = None) -> Path | None:
    """The folder holding usr/share/... of the three packages; None when they cannot be had."""
    root = Path(real) if real else WORK
    if (root / "usr/share/doc/debian-refcard").exists():
        return root
    if real:
        return None
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        return None
    debs = WORK / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    for deb in debs.glob("*.deb"):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(WORK)], check=True)
    return WORK


def manuals(root: Path) -> list[Path]:
    found = []
    for name in MANUALS:
        path = root / "usr/share" / name
        if path.exists() and not path.is_symlink():
            found.append(path)
        elif path.is_symlink() and path.resolve().exists():
            found.append(path.resolve())
    return found


def refcards(root: Path) -> dict[str, Path]:
    """Language → the A4 card, unpacked from its .gz."""
    folder = root / "usr/share/doc/debian-refcard"
    cards: dict[str, Path] = {}
    for packed in sorted(folder.glob("refcard-*-a4.pdf.gz")):
        lang = packed.name.removeprefix("refcard-").removesuffix("-a4.pdf.gz")
        target = WORK / "refcards" / packed.name.removesuffix(".gz")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(gzip.decompress(packed.read_bytes()))
        cards[lang] = target
    return cards


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as the import reads it (cached beside the file)."""
    cache = WORK / "text" / (path.name + ".json")
    if cache.exists() and cache.stat().st_mtime >= path.stat().st_mtime:
        pages: list[str] = json.loads(cache.read_text(encoding="utf-8"))
        return pages
    from collateral_app.extract.pdf import read_pdf

    extraction = read_pdf(path, "pdf")
    pages = [""] * extraction.page_count
    for page in extraction.pages:
        pages[page.number - 1] = page.text
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    return pages
