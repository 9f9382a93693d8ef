"""Video and audio: duration and stream facts from the headers, never the whole file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import mutagen
from mutagen.easyid3 import EasyID3
from mutagen.easymp4 import EasyMP4
from mutagen.mp3 import EasyMP3
from mutagen.wave import WAVE

from collateral_app.domain.enums import TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction

logger = logging.getLogger(__name__)

VIDEO_TYPES = frozenset({"mp4", "mov", "webm"})
AUDIO_TYPES = frozenset({"mp3", "wav", "m4a"})
VIDEO_REASON = "Videos have no searchable text."
AUDIO_REASON = "Audio files have no searchable text."

_READERS: dict[str, Callable[[str], mutagen.FileType]] = {
    "mp4": EasyMP4,
    "mov": EasyMP4,
    "m4a": EasyMP4,
    "mp3": EasyMP3,
    "wav": WAVE,
}
_STREAM_FACTS = ("bitrate", "sample_rate", "channels", "bits_per_sample")


def read_media(path: Path, media_type: str) -> Extraction:
    reason = VIDEO_REASON if media_type in VIDEO_TYPES else AUDIO_REASON
    reader = _READERS.get(media_type)
    if reader is None:
        # WebM/Matroska: no header reader here, so the file is kept without facts.
        return Extraction(media_type=media_type, text_status=TextStatus.NONE, text_reason=reason)
    try:
        media = reader(str(path))
    except mutagen.MutagenError as exc:
        logger.info("%s: media header unreadable", path, exc_info=True)
        kind = "video" if media_type in VIDEO_TYPES else "audio"
        raise ExtractionFailed(
            f"The file is damaged (its {kind} header could not be read); it was stored without details."
        ) from exc
    metadata: dict[str, str] = {}
    info = media.info
    length = getattr(info, "length", 0) or 0
    if length > 0:
        metadata["duration_s"] = f"{length:.3f}"
    for fact in _STREAM_FACTS:
        value = getattr(info, fact, 0)
        if isinstance(value, int | float) and value > 0:
            metadata[fact] = str(int(value))
    codec = getattr(info, "codec", "")
    if isinstance(codec, str) and codec:
        metadata["codec"] = codec
    title, author = _tags(media)
    return Extraction(
        media_type=media_type,
        title=title,
        author=author,
        text_status=TextStatus.NONE,
        text_reason=reason,
        metadata=metadata,
    )


def _tags(media: mutagen.FileType) -> tuple[str, str]:
    tags = media.tags
    if tags is None:
        return "", ""
    if isinstance(tags, EasyID3) or isinstance(media, EasyMP4):
        return _first(tags, "title"), _first(tags, "artist")
    # WAVE keeps plain ID3 frames.
    return _first(tags, "TIT2"), _first(tags, "TPE1")


def _first(tags: object, key: str) -> str:
    try:
        values = tags[key]  # type: ignore[index]
    except (KeyError, ValueError, TypeError):
        return ""
    if isinstance(values, list | tuple):
        return str(values[0]).strip() if values else ""
    text = getattr(values, "text", None)  # an ID3 frame
    if isinstance(text, list) and text:
        return str(text[0]).strip()
    return str(values).strip()
