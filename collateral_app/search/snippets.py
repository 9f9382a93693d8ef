"""Snippets computed from the stored text of the few hits a user sees, without
re-tokenizing whole documents: find candidate spots by substring, tokenize only there."""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from collateral_app.domain.enums import PageKind
from collateral_app.domain.records import PageText

from .analysis import WORD_PATTERN, word_terms

WINDOW_CHARS = 220


@dataclass(frozen=True, slots=True)
class Snippet:
    html: str
    page: int | None
    page_kind: PageKind | None


def best_snippet(
    pages: Sequence[PageText],
    terms: Collection[str],
    prefixes: Collection[str] = (),
    *,
    fallback: str = "",
) -> Snippet:
    """The passage that matches most of `terms` (index terms: stemmed, folded) or words
    starting with `prefixes`, with matches wrapped in <b>…</b>; and the page it is on."""
    needles = {t for t in terms if t} | {p.lower() for p in prefixes if p}
    best: tuple[int, int, PageText] | None = None
    for page in pages:
        lowered = page.text.lower()
        found = sum(1 for n in needles if n in lowered)
        if found and (best is None or found > best[0]):
            best = (found, page.number, page)
    if best is None:
        text = fallback or (pages[0].text if pages else "")
        return Snippet(html.escape(_clip(text, WINDOW_CHARS)), None, None)
    page = best[2]
    start, end = _densest_window(page.text, needles)
    return Snippet(_highlight(page.text, start, end, set(terms), tuple(prefixes)), page.number, page.kind)


def _densest_window(text: str, needles: Collection[str]) -> tuple[int, int]:
    lowered = text.lower()
    spots: list[tuple[int, str]] = []
    for needle in needles:
        at = lowered.find(needle)
        count = 0
        while at != -1 and count < 50:
            spots.append((at, needle))
            at = lowered.find(needle, at + 1)
            count += 1
    spots.sort()
    best_start, best_score = spots[0][0], 0
    for i, (at, _) in enumerate(spots):
        distinct = {n for pos, n in spots[i:] if pos < at + WINDOW_CHARS}
        if len(distinct) > best_score:
            best_start, best_score = at, len(distinct)
    start = max(0, best_start - WINDOW_CHARS // 4)
    # Start on a word boundary.
    while start > 0 and not text[start - 1].isspace() and best_start - start < WINDOW_CHARS // 2:
        start -= 1
    end = min(len(text), start + WINDOW_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < WINDOW_CHARS + 30:
        end += 1
    return start, end


def _highlight(text: str, start: int, end: int, terms: set[str], prefixes: tuple[str, ...]) -> str:
    window = text[start:end]
    marks: list[tuple[int, int]] = []
    # Word by word with the analyzer's own tokenizer pattern, each distinct word analysed
    # once (cached): the analyzer's chain of filters costs more than the rest of a snippet.
    for match in WORD_PATTERN.finditer(window):
        if any(t in terms for t in word_terms(match.group())):
            marks.append(match.span())
    if prefixes:
        lowered = window.lower()
        for prefix in prefixes:
            p = prefix.lower()
            at = lowered.find(p)
            while at != -1:
                if at == 0 or not lowered[at - 1].isalnum():
                    stop = at
                    while stop < len(window) and window[stop].isalnum():
                        stop += 1
                    marks.append((at, stop))
                at = lowered.find(p, at + 1)
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
