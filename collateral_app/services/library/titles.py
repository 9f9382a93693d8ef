"""An imported file's title: the document's own title when it is a real one, then its first
heading (Markdown `#`, HTML `<h1>`/`<title>`, a Word heading or title style, a slide title,
which the readers return as the title), then the first short line of a text file or PDF,
then the file name cleaned up. "2.15.1", "Untitled" or "Microsoft Word - x.doc" are not titles."""

from __future__ import annotations

import re

from collateral_app.domain.records import Extraction

_WORD_PREFIX = re.compile(r"^(microsoft\s+(word|powerpoint|excel)|word|powerpoint)\s*-\s*", re.IGNORECASE)
_NOT_A_TITLE = re.compile(
    r"""^(
        untitled(\s+document|\s+presentation)?\d* | document\d* | presentation\d* | title | slide\s*\d+
        | new\s+(document|presentation) | powerpoint\s+presentation | no\s+title | none | draft
        | v?\d+([.\-_]\d+)*[a-z]? | page\s*\d+ | [\W_\d]+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_DOCUMENT_EXTENSION = re.compile(
    r"\.(docx?|pptx?|xlsx?|pdf|odt|odp|ods|key|txt|md|html?|rtf)$", re.IGNORECASE
)
_FIRST_LINE_KINDS = frozenset({"text", "pdf"})
MAX_FIRST_LINE = 90
MAX_TITLE = 500


def plausible(title: str) -> str:
    """`title` tidied, or "" when it is no title at all."""
    text = " ".join(title.split())
    text = _WORD_PREFIX.sub("", text)
    text = _DOCUMENT_EXTENSION.sub("", text).strip(" -–—:")
    if sum(ch.isalpha() for ch in text) < 2 or _NOT_A_TITLE.match(text):
        return ""
    return text[:MAX_TITLE]


def first_short_line(extraction: Extraction) -> str:
    """The first non-empty line of a text file or of a PDF's first page, when it is short
    enough to be a title (not the first line of a paragraph)."""
    if extraction.media_type not in _FIRST_LINE_KINDS or not extraction.pages:
        return ""
    for line in extraction.pages[0].text.splitlines()[:20]:
        if line.lstrip().startswith(("#!", "[", "<", "{")):
            return ""  # a script, a settings file, markup: its first line is no title
        stripped = line.strip().strip("#=*-_ ").strip().removesuffix(" .")
        if not stripped:
            continue
        if len(stripped) > MAX_FIRST_LINE or stripped.endswith((".", ",", ";", ":")):
            return ""  # the start of a paragraph, not a title
        return plausible(stripped)
    return ""


def title_from_name(name: str) -> str:
    """“Acme_case-study_v2.pdf” → “Acme case study v2”: the name without its extension, with
    separators as spaces; a lower-case name gets a capital first letter."""
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    words = stem.replace("_", " ").replace("-", " ").replace("+", " ").split()
    title = " ".join(words)
    if not title:
        return name
    return title[:1].upper() + title[1:] if title.islower() else title


def choose_title(extraction: Extraction, file_name: str) -> str:
    return (plausible(extraction.title) or first_short_line(extraction) or title_from_name(file_name))[
        :MAX_TITLE
    ]
