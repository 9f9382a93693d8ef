"""Reading text, metadata and thumbnails out of files; the only layer that touches document parsers.

`extract_file` reads in the calling process; `ExtractionPool` reads in worker processes with memory
and time limits, so a hostile file costs one worker, never the app.
"""

from __future__ import annotations

from .pool import ExtractionPool
from .reading import extract_file
from .sniff import sniff_media_type

__all__ = ["ExtractionPool", "extract_file", "sniff_media_type"]
