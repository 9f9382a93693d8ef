"""Import throughput: `Importer(library).run([folder], recursive=True)` on a folder of ~200
real PDF, DOCX and PPTX files (written by the real libraries from the benchmark corpus,
in industry/type folders), with one worker and with the default (all cores). Each run
imports into a fresh library; indexing is part of the import.

    python -m bench.import_speed [--files 200] [--regenerate]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from collateral_app.services.library.importer import Importer

from . import corpus
from .build import WORK, folder_mb
from .stats import machine, table

FOLDER = WORK / "import-files"
MARKER = WORK / "import-files.json"  # beside the folder, so it is not imported
FIRST_DOC = 100_000  # documents of their own, not those of the search libraries


def _writers() -> tuple[Callable[..., Path], Callable[..., Path], Callable[..., Path]]:
    """The project's sample-file writers; the same libraries directly if they are missing."""
    try:
        from tests.samples import make_docx, make_pdf, make_pptx

        return make_pdf, make_docx, make_pptx
    except ImportError:  # pragma: no cover - only while tests/samples.py does not exist
        from docx import Document
        from fpdf import FPDF
        from pptx import Presentation

        def make_pdf(path: Path, pages: list[str], *, title: str = "", author: str = "") -> Path:
            pdf = FPDF()
            pdf.set_title(title)
            for text in pages:
                pdf.add_page()
                pdf.set_font("Helvetica", size=12)
                pdf.multi_cell(0, 8, text.encode("latin-1", "replace").decode("latin-1"))
            path.write_bytes(bytes(pdf.output()))
            return path

        def make_docx(path: Path, paragraphs: list[str], *, title: str = "", author: str = "") -> Path:
            document = Document()
            for p in paragraphs:
                if p.startswith("# "):
                    document.add_heading(p[2:], level=1)
                else:
                    document.add_paragraph(p)
            document.core_properties.title = title
            document.save(str(path))
            return path

        def make_pptx(path: Path, slides: list[tuple[str, str, str]], *, title: str = "") -> Path:
            presentation = Presentation()
            for slide_title, body, _notes in slides:
                slide = presentation.slides.add_slide(presentation.slide_layouts[1])
                slide.shapes.title.text = slide_title
                slide.placeholders[1].text = body
            presentation.core_properties.title = title
            presentation.save(str(path))
            return path

        return make_pdf, make_docx, make_pptx


def generate(count: int, *, regenerate: bool = False) -> dict[str, Any]:
    marker = MARKER
    key = {"count": count, "corpus_version": corpus.CORPUS_VERSION}
    if not regenerate and marker.exists():
        info = json.loads(marker.read_text())
        if info.get("key") == key:
            return dict(info)
    shutil.rmtree(FOLDER, ignore_errors=True)
    make_pdf, make_docx, make_pptx = _writers()
    started = time.perf_counter()
    kinds: Counter[str] = Counter()
    for i in range(count):
        doc = corpus.document(FIRST_DOC + i)
        folder = FOLDER / doc.terms["industry"][0] / doc.type
        folder.mkdir(parents=True, exist_ok=True)
        stem = doc.file_name.rsplit(".", 1)[0][:50] + f"-{i}"
        kind = ("pdf", "pdf", "docx", "pptx")[i % 4]
        if kind == "pdf":
            make_pdf(folder / f"{stem}.pdf", list(doc.pages), title=doc.title, author="Marketing")
        elif kind == "docx":
            paragraphs: list[str] = []
            for n, page in enumerate(doc.pages, 1):
                paragraphs.append(f"# Part {n}")
                paragraphs.extend(page.split("\n\n"))
            make_docx(folder / f"{stem}.docx", paragraphs, title=doc.title, author="Marketing")
        else:
            slides = [(f"{doc.title} ({n})", page, "") for n, page in enumerate(doc.pages, 1)]
            make_pptx(folder / f"{stem}.pptx", slides, title=doc.title)
        kinds[kind] += 1
    files = [p for p in FOLDER.rglob("*") if p.is_file()]
    info = {
        "key": key,
        "files": len(files),
        "kinds": dict(kinds),
        "mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "generate_s": round(time.perf_counter() - started, 1),
    }
    marker.write_text(json.dumps(info))
    return info


def import_once(workers: int | None, log: Callable[[str], None] = print) -> dict[str, Any]:
    from collateral_app.services.library.asset_library import AssetLibrary

    label = "default" if workers is None else str(workers)
    root = WORK / f"import-lib-{label}"
    shutil.rmtree(root, ignore_errors=True)
    library = AssetLibrary.open(root)
    try:
        started = time.perf_counter()
        outcomes = Importer(library, workers=workers).run([FOLDER], recursive=True)
        elapsed = time.perf_counter() - started
        statuses = Counter(o.status.value for o in outcomes)
        text_mb = 0.0
        with library.engine.connect() as conn:
            from sqlalchemy import text

            text_mb = (
                conn.execute(text("SELECT coalesce(sum(length(text)), 0) FROM asset_pages")).scalar() or 0
            ) / 1e6
        indexed = library.index.doc_count()
    finally:
        library.close()
    files_mb = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file()) / 1e6
    imported = statuses.get("imported", 0)
    result = {
        "workers": workers or os.cpu_count(),
        "workers_arg": label,
        "seconds": round(elapsed, 1),
        "files": len(outcomes),
        "statuses": dict(statuses),
        "indexed": indexed,
        "files_per_s": round(imported / elapsed, 2),
        "mb_per_s": round(files_mb / elapsed, 2),
        "text_mb": round(text_mb, 2),
        "library_mb": round(folder_mb(root), 1),
    }
    log(f"  import with workers={label}: {result['seconds']} s, {result['files_per_s']} files/s")
    return result


def run(count: int = 200, *, regenerate: bool = False, log: Callable[[str], None] = print) -> dict[str, Any]:
    started = time.perf_counter()
    log(f"import bench: {count} files")
    files = generate(count, regenerate=regenerate)
    runs = [import_once(1, log), import_once(None, log)]
    one, default = runs
    return {
        "bench": "import",
        "seconds": round(time.perf_counter() - started, 1),
        "corpus": files,
        "runs": runs,
        "speedup": round(default["files_per_s"] / one["files_per_s"], 2) if one["files_per_s"] else None,
    }


def report(result: dict[str, Any]) -> str:
    c = result["corpus"]
    rows = [
        [
            r["workers_arg"],
            r["workers"],
            r["files"],
            r["statuses"].get("imported", 0),
            r["statuses"].get("failed", 0),
            r["seconds"],
            r["files_per_s"],
            r["mb_per_s"],
            r["text_mb"],
            r["indexed"],
        ]
        for r in result["runs"]
    ]
    head = (
        f"{c['files']} files ({', '.join(f'{n} {k}' for k, n in sorted(c['kinds'].items()))}), {c['mb']} MB; "
        f"speed-up all cores vs one worker: {result['speedup']}×"
    )
    return (
        head
        + "\n\n"
        + table(
            [
                "workers=",
                "processes",
                "files",
                "imported",
                "failed",
                "seconds",
                "files/s",
                "MB/s",
                "text MB",
                "indexed",
            ],
            rows,
        )
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--regenerate", action="store_true", help="write the sample files again")
    args = parser.parse_args(argv)
    print(machine())
    result = run(args.files, regenerate=args.regenerate)
    (WORK / "import.json").write_text(json.dumps(result, indent=2))
    print(report(result))
    print(f"\n(import bench took {result['seconds']} s)")


if __name__ == "__main__":
    main()
