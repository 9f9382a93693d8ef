"""Reading text, metadata and thumbnails out of files; the only layer that touches document parsers.

`extract_file` reads in the calling process; `ExtractionPool` reads in worker processes with memory
and time limits, so a hostile file costs one worker, never the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pool import ExtractionPool
    from .reading import extract_file
    from .sniff import sniff_media_type

__all__ = ["ExtractionPool", "extract_file", "sniff_media_type"]

# Loaded on first use: the readers (python-docx, python-pptx, openpyxl, ...) take a third of
# a second to import, which the desktop app would otherwise pay at start-up for a page preview.
_LAZY = {"ExtractionPool": ".pool", "extract_file": ".reading", "sniff_media_type": ".sniff"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
