"""What a link is, told from its URL alone (no network call): a video on YouTube, Vimeo,
Loom, Wistia or Vidyard; a deck on Google Slides, SharePoint or OneDrive (PowerPoint), Pitch
or Prezi; with a title a person can read, taken from the URL where it carries one (a Loom or
Prezi slug, a SharePoint file name) and from the provider otherwise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

VIDEO, DECK = "video", "deck"


@dataclass(frozen=True, slots=True)
class LinkKind:
    provider: str  # "YouTube", "Google Slides", "" when not recognised
    type: str  # a taxonomy type slug: "video", "deck", "link"
    title: str  # a default title for the asset


_HEX_ID = re.compile(r"^[0-9a-f]{20,}$", re.IGNORECASE)
_POWERPOINT_EXTENSIONS = (".pptx", ".ppt", ".pptm", ".ppsx", ".odp", ".key", ".pdf")


def recognise_link(url: str) -> LinkKind:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return LinkKind("", "link", _fallback_title(url))
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = unquote(parts.path)
    segments = [s for s in path.split("/") if s]
    query = parse_qs(parts.query)

    if host in ("youtube.com", "youtu.be", "youtube-nocookie.com", "music.youtube.com"):
        video = _youtube_id(host, segments, query)
        if "list" in query and not video:
            return LinkKind("YouTube", VIDEO, "YouTube playlist")
        return LinkKind("YouTube", VIDEO, f"YouTube video {video}" if video else "YouTube video")
    if host in ("vimeo.com", "player.vimeo.com"):
        number = next((s for s in reversed(segments) if s.isdigit()), "")
        if segments[:1] == ["showcase"]:
            return LinkKind("Vimeo", VIDEO, "Vimeo showcase")
        return LinkKind("Vimeo", VIDEO, f"Vimeo video {number}" if number else "Vimeo video")
    if host in ("loom.com", "share.loom.com"):
        slug = segments[1] if len(segments) > 1 and segments[0] in ("share", "embed") else ""
        return LinkKind("Loom", VIDEO, _title_from_slug(slug) or "Loom video")
    if host.endswith(".wistia.com") or host.endswith(".wistia.net") or host == "wistia.com":
        return LinkKind("Wistia", VIDEO, "Wistia video")
    if host in ("share.vidyard.com", "play.vidyard.com") or host.endswith(".vidyard.com"):
        return LinkKind("Vidyard", VIDEO, "Vidyard video")

    if host == "docs.google.com" and segments[:1] == ["presentation"]:
        return LinkKind("Google Slides", DECK, "Google Slides presentation")
    if host.endswith(".sharepoint.com") or host in ("onedrive.live.com", "1drv.ms"):
        return _microsoft(host, segments, query)
    if host == "pitch.com":
        slug = segments[-1] if segments and segments[0] in ("v", "public") else ""
        return LinkKind("Pitch", DECK, _title_from_slug(slug) or "Pitch presentation")
    if host == "prezi.com":
        slug = segments[2] if len(segments) > 2 and segments[0] in ("p", "v", "view") else ""
        slug = slug or (segments[1] if len(segments) > 1 and segments[0] not in ("p", "v", "view") else "")
        return LinkKind("Prezi", DECK, _title_from_slug(slug) or "Prezi presentation")
    return LinkKind("", "link", _fallback_title(url))


def _youtube_id(host: str, segments: list[str], query: dict[str, list[str]]) -> str:
    if host == "youtu.be":
        return segments[0] if segments else ""
    if query.get("v"):
        return query["v"][0]
    if len(segments) >= 2 and segments[0] in ("shorts", "embed", "live", "v"):
        return segments[1]
    return ""


def _microsoft(host: str, segments: list[str], query: dict[str, list[str]]) -> LinkKind:
    provider = "OneDrive" if host in ("onedrive.live.com", "1drv.ms") or "-my." in host else "SharePoint"
    # A sharing link says what it opens: /:p:/ (or 1drv.ms/p/) is PowerPoint.
    kind_code = segments[0].strip(":") if segments else ""
    names = [s for s in segments if "." in s and s.lower().endswith(_POWERPOINT_EXTENSIONS)]
    for key in ("file", "id"):
        for value in query.get(key, []):
            name = value.rsplit("/", 1)[-1]
            if name.lower().endswith(_POWERPOINT_EXTENSIONS):
                names.append(name)
    if names:
        stem = names[-1].rsplit(".", 1)[0]
        return LinkKind(provider, DECK, _title_from_slug(stem, keep_case=True) or f"{provider} presentation")
    if kind_code == "p":
        site = _site(segments)
        where = f" ({site})" if site else ""
        return LinkKind(provider, DECK, f"PowerPoint on {provider}{where}")
    return LinkKind(provider, "link", f"{provider} file")


def _site(segments: list[str]) -> str:
    if len(segments) > 2 and segments[0].startswith(":") and segments[1] == "s":
        return _title_from_slug(segments[2], keep_case=True)  # a short sharing link: /:p:/s/<site>/…
    for marker in ("sites", "teams"):
        if marker in segments:
            at = segments.index(marker)
            if at + 1 < len(segments):
                return _title_from_slug(segments[at + 1], keep_case=True)
    return ""


def _title_from_slug(slug: str, *, keep_case: bool = False) -> str:
    """ "Q3-Pitch-for-Acme-3f9e2b…" → "Q3 Pitch for Acme": the words of a URL slug, without the
    id that services append."""
    words = [w for w in re.split(r"[-_+\s]+", slug) if w]
    while words and _looks_like_id(words[-1]):
        words.pop()
    title = " ".join(words).strip()
    if not title:
        return ""
    return title if keep_case or not title.islower() else title[:1].upper() + title[1:]


def _looks_like_id(word: str) -> bool:
    return bool(_HEX_ID.match(word)) or (
        len(word) >= 16 and word.isalnum() and any(c.isdigit() for c in word)
    )


def _fallback_title(url: str) -> str:
    """A generic link's title: its last path word or its site."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()[:200]
    segments = [s for s in unquote(parts.path).split("/") if s]
    host = (parts.hostname or "").removeprefix("www.")
    if segments:
        last = segments[-1].rsplit(".", 1)[0] if "." in segments[-1] else segments[-1]
        words = _title_from_slug(last)
        if words:
            return f"{words} ({host})" if host else words
    return host or url.strip()[:200]
