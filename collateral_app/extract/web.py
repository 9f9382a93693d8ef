"""Saved web pages: visible text, title and description, in the page's declared charset."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from collateral_app.domain.enums import PageKind, TextStatus
from collateral_app.domain.errors import ExtractionFailed
from collateral_app.domain.records import Extraction, PageText

from .limits import TextBudget
from .text import (
    NOT_TEXT_REASON,
    clean_lines,
    decode_text,
    looks_unreadable,
    normalize_encoding,
    read_limited,
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "object", "iframe"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
        "tr", "ul", "caption", "option", "body",
    }
)  # fmt: skip
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
)
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _PageText(HTMLParser):
    """Collects visible text; title, first h1 and meta description/author on the side."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.first_h1 = ""
        self.description = ""
        self.author = ""
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1" and not self.first_h1:
            self._in_h1 = True
        elif tag == "meta":
            self._read_meta(dict(attrs))
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta ... />: no content, so a start without a matching end.
        if tag == "meta":
            self._read_meta(dict(attrs))
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title" and self._in_title:
            self._in_title = False
            self.title = self.title or _squash("".join(self._title_parts))
        elif tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.first_h1 = _squash("".join(self._h1_parts))
        if tag in _BLOCKS and tag not in _VOID:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._in_h1:
            self._h1_parts.append(data)
        self.parts.append(data)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        name = (attrs.get("name") or attrs.get("property") or "").lower()
        content = _squash(attrs.get("content") or "")
        if name in ("description", "og:description") and not self.description:
            self.description = content
        elif name == "author" and not self.author:
            self.author = content

    def text(self) -> str:
        lines = (_squash(line) for line in "".join(self.parts).split("\n"))
        return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """The visible text of an HTML fragment or page (an email's HTML body), paragraphs kept."""
    parser = _PageText()
    parser.feed(clean_lines(html))
    parser.close()
    return parser.text()


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag or XML declaration, if Python knows it."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    return normalize_encoding(match.group(1).decode("ascii", "replace"))


def read_html(path: Path, media_type: str) -> Extraction:
    data, truncated = read_limited(path)
    charset = declared_charset(data)
    if charset is not None and charset.startswith(("utf-8", "utf-16", "utf-32")):
        # UTF-8 is tried first anyway, with detection when it fails; an ASCII-readable meta tag
        # cannot be right about UTF-16, so the BOM and detection decide.
        charset = None
    text, encoding = decode_text(data, truncated=truncated, declared=charset)
    if looks_unreadable(text):
        raise ExtractionFailed(NOT_TEXT_REASON)
    parser = _PageText()
    parser.feed(clean_lines(text))
    parser.close()
    budget = TextBudget()
    budget.exhausted = truncated
    body = budget.take(parser.text())
    title = parser.title or parser.first_h1
    metadata = {"encoding": encoding}
    if not body:
        return Extraction(
            media_type=media_type,
            title=title,
            author=parser.author,
            description=parser.description,
            text_status=TextStatus.NONE,
            text_reason="This web page has no visible text.",
            metadata=metadata,
        )
    return Extraction(
        media_type=media_type,
        title=title,
        author=parser.author,
        description=parser.description,
        pages=(PageText(1, PageKind.SECTION, body, label=title),),
        metadata=metadata,
        notes=budget.notes,
    )
