"""Snippets from the one page (or chunk of a page) a hit names, so their cost does not grow
with the document: candidate spots are found by substring in the normalised text, and only
the chosen window is read word by word, with the index's own analysis, to mark matches (so
highlights are right in every script: a stem marks every form of its word, a CJK pair its
two characters, a Hindi word with its vowel signs)."""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from collateral_app.domain.enums import PageKind
from collateral_app.domain.records import PageText

from .analysis import DEFAULT_LANGUAGE, fold, fold_text, normalize, pieces

WINDOW_CHARS = 220
SCAN_CHARS = 6_400  # a chunk of a long page and its overlap


@dataclass(frozen=True, slots=True)
class Snippet:
    html: str
    page: int | None
    page_kind: PageKind | None


def page_snippet(
    page: PageText | None,
    terms: Collection[str],
    prefixes: Collection[str] = (),
    *,
    start: int = 0,
    lang: str = DEFAULT_LANGUAGE,
    fallback: str = "",
    phrases: Sequence[str] = (),
) -> Snippet:
    """The passage of `page` (from `start`, the chunk the hit names) around the first of
    `phrases` it holds (quoted phrases, CJK words), else where most of `terms` (index terms)
    or words starting with `prefixes` are; matches wrapped in <b>…</b>."""
    if page is None:
        return Snippet(html.escape(_clip(fallback, WINDOW_CHARS)), None, None)
    text = page.text[start : start + SCAN_CHARS] if start or len(page.text) > SCAN_CHARS else page.text
    needles = _needles(terms, prefixes)
    patterns = [_phrase_pattern(p) for p in phrases if p.strip()]
    window = _phrase_window(text, patterns) or (_densest_window(text, needles) if needles else None)
    if window is None:
        return Snippet(html.escape(_clip(text or fallback, WINDOW_CHARS)), page.number, page.kind)
    begin, end = window
    marked = _highlight(
        text, begin, end, set(terms), tuple(normalize(p) for p in prefixes if p), lang, patterns
    )
    if start and begin == 0:
        marked = "…" + marked
    return Snippet(marked, page.number, page.kind)


def best_snippet(
    pages: Sequence[PageText],
    terms: Collection[str],
    prefixes: Collection[str] = (),
    *,
    fallback: str = "",
    lang: str = DEFAULT_LANGUAGE,
) -> Snippet:
    """The passage of whichever page holds most of `terms`: for callers that do not know
    the page of the hit (the index names it: prefer `page_snippet`)."""
    needles = _needles(terms, prefixes)
    best: tuple[int, PageText] | None = None
    for page in pages:
        folded = _searchable(page.text)
        found = sum(1 for n in needles if n in folded)
        if found and (best is None or found > best[0]):
            best = (found, page)
    if best is None:
        text = fallback or (pages[0].text if pages else "")
        return Snippet(html.escape(_clip(text, WINDOW_CHARS)), None, None)
    return page_snippet(best[1], terms, prefixes, lang=lang, fallback=fallback)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.split()
    return re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)


def _phrase_window(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[int, int] | None:
    found = [m for m in (p.search(text) for p in patterns) if m is not None]
    if not found:
        return None
    at = min(m.start() for m in found)
    start = max(0, at - WINDOW_CHARS // 4)
    while start > 0 and not text[start - 1].isspace() and at - start < WINDOW_CHARS // 2:
        start -= 1
    end = min(len(text), start + WINDOW_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < WINDOW_CHARS + 30:
        end += 1
    return start, end


def _needles(terms: Collection[str], prefixes: Collection[str]) -> set[str]:
    return {t for t in terms if t} | {fold(normalize(p)) for p in prefixes if p}


def _searchable(text: str) -> str:
    """Normalised, folded text for finding spots; close enough in length to `text` to place
    a window (exact marks come from the window's own analysis)."""
    lowered = text.lower()
    return lowered if lowered.isascii() else fold_text(normalize(text))


def _densest_window(text: str, needles: Collection[str]) -> tuple[int, int] | None:
    lowered = _searchable(text)
    scale = len(text) / len(lowered) if lowered else 1.0
    spots: list[tuple[int, str]] = []
    for needle in needles:
        at = lowered.find(needle)
        count = 0
        while at != -1 and count < 50:
            spots.append((int(at * scale), needle))
            at = lowered.find(needle, at + 1)
            count += 1
    if not spots:
        return None
    spots.sort()
    best_start, best_score = spots[0][0], 0
    for i, (at, _) in enumerate(spots):
        distinct = {n for pos, n in spots[i:] if pos < at + WINDOW_CHARS}
        if len(distinct) > best_score:
            best_start, best_score = at, len(distinct)
    start = max(0, best_start - WINDOW_CHARS // 4)
    while start > 0 and not text[start - 1].isspace() and best_start - start < WINDOW_CHARS // 2:
        start -= 1
    end = min(len(text), start + WINDOW_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < WINDOW_CHARS + 30:
        end += 1
    return start, end


def _highlight(
    text: str,
    start: int,
    end: int,
    terms: set[str],
    prefixes: tuple[str, ...],
    lang: str,
    patterns: Sequence[re.Pattern[str]] = (),
) -> str:
    window = text[start:end]
    marks: list[tuple[int, int]] = [m.span() for p in patterns for m in p.finditer(window)]
    for piece in pieces(window, lang):
        if piece.cjk and len(piece.term) > 1:
            continue  # a CJK word is marked whole where it stands (`patterns`), not by its pairs
        if (
            piece.term in terms
            or (prefixes and not piece.cjk and piece.surface.startswith(prefixes))
            or (
                prefixes
                and piece.cjk
                and any(p.startswith(piece.surface) or piece.surface in p for p in prefixes)
            )
        ):
            marks.append((piece.start, piece.end))
    parts: list[str] = ["…" if start > 0 else ""]
    cursor = 0
    for mark_start, mark_end in _merge(marks):
        parts.append(html.escape(window[cursor:mark_start]))
        parts.append("<b>" + html.escape(window[mark_start:mark_end]) + "</b>")
        cursor = mark_end
    parts.append(html.escape(window[cursor:]))
    if end < len(text):
        parts.append("…")
    return " ".join("".join(parts).split())


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit] + "…"
