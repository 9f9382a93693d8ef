"""Reading what the user typed. Never fails: anything odd is searched as plain words and
explained in `notes`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis import slugify

# filter name typed by the user → index field
FILTER_FIELDS: dict[str, str] = {
    "type": "type",
    "stage": "stage",
    "persona": "persona",
    "industry": "industry",
    "size": "size",
    "product": "product",
    "tag": "tag",
    "status": "status",
    "format": "media",
    "review": "review",  # draft, needs-attention: what marketing has to look at
}

_TOKEN = re.compile(
    r"""
    (?P<neg>-)?
    (?:(?P<field>[^\s:"()-][^\s:"()]*):)?
    (?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))
    """,
    re.VERBOSE,
)
_OPERATORS = {"AND", "OR", "NOT", "&&", "||"}


@dataclass
class ParsedQuery:
    text: str
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded_words: list[str] = field(default_factory=list)
    excluded_phrases: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # index field → slugs
    prefix: str | None = None  # the last word while the user is still typing it
    notes: list[str] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.prefix)

    @property
    def is_empty(self) -> bool:
        return not (self.has_text or self.filters or self.excluded_words or self.excluded_phrases)


def parse_query(text: str, *, prefix: bool = False) -> ParsedQuery:
    """Split `text` into words, "phrases", -exclusions and field:filters.

    With `prefix`, the last plain word is also matched as the start of a word, for
    search-as-you-type (unless the text ends with a space: the word is finished)."""
    parsed = ParsedQuery(text=text)
    work = text.replace("\u201c", '"').replace("\u201d", '"')
    if work.count('"') % 2:
        parsed.notes.append("An unclosed quote was ignored; those words were searched one by one.")
        last = work.rfind('"')
        work = work[:last] + " " + work[last + 1 :]
    for match in _TOKEN.finditer(work):
        negated = bool(match.group("neg"))
        field_name = match.group("field")
        phrase = match.group("phrase")
        word = match.group("word")
        value = phrase if phrase is not None else (word or "")
        if field_name is not None:
            key = field_name.lower()
            if key in FILTER_FIELDS:
                slug = slugify(value)
                if not slug:
                    parsed.notes.append(f"The filter “{field_name}:” has no value and was ignored.")
                elif negated:
                    parsed.excluded_words.append(f"{FILTER_FIELDS[key]}:{slug}")
                else:
                    parsed.filters.setdefault(FILTER_FIELDS[key], []).append(slug)
                continue
            parsed.notes.append(
                f"“{field_name}:” is not a filter, so it was searched as words. "
                f"Filters: {', '.join(f + ':' for f in FILTER_FIELDS)}"
            )
            value = f"{field_name} {value}"
            phrase = None
        if phrase is not None:
            if not phrase.strip():
                continue
            (parsed.excluded_phrases if negated else parsed.phrases).append(phrase.strip())
            continue
        if value.endswith(":") and value[:-1].lower() in FILTER_FIELDS:
            parsed.notes.append(f"The filter “{value}” has no value and was ignored.")
            continue
        if value in _OPERATORS:
            parsed.notes.append(f"“{value}” is not an operator here; results rank by how many words match.")
            continue
        for piece in value.split():
            cleaned = piece.strip("()[]{}*?~^!+\\/")
            if not cleaned:
                continue
            (parsed.excluded_words if negated else parsed.words).append(cleaned)
    if prefix and parsed.words and not text.endswith((" ", '"')):
        last_token = _last_token(work)
        if last_token is not None and parsed.words[-1] == last_token:
            parsed.prefix = parsed.words.pop()
            if len(parsed.prefix) < 2 and not (parsed.words or parsed.phrases):
                parsed.prefix = None  # one letter says too little: keep showing everything
    return parsed


def _last_token(text: str) -> str | None:
    tokens = text.split()
    if not tokens:
        return None
    last = tokens[-1].strip("()[]{}*?~^!+\\/")
    if last.startswith("-") or ":" in last:
        return None
    return last
