"""OCR of scanned pages and images of text with Tesseract, in the language of the page.

The page's language: the document's own (when a PDF says), else the one found on the previous
page, else English; after each page the words are checked against the common words of the
languages Tesseract has, and a page that reads better in another installed language is read
again in it (with English beside it, for the product names and commands every page has). A
page in another script (a Japanese scan read as English gives a few low-confidence words) is
identified by Tesseract's script detection, when its data is installed.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from PIL import Image

import collateral_app.extract.tools as tools
from collateral_app.domain.errors import ExtractionFailed

logger = logging.getLogger(__name__)

# A page is text when at least this many words were read with a confidence of 50 or more and
# the words' mean confidence reaches MIN_MEAN_CONFIDENCE: a photo gives a few stray "words".
MIN_CONFIDENT_WORDS = 3
MIN_MEAN_CONFIDENCE = 45.0
_RETRY_BELOW = 60.0  # a first reading this unsure is checked for another script
_ENV = {"OMP_THREAD_LIMIT": "1"}  # files are read in parallel; one thread per Tesseract

# Tesseract's language data names and the ISO 639-1 codes the library uses.
ISO = {
    "eng": "en", "deu": "de", "fra": "fr", "spa": "es", "ita": "it", "por": "pt", "nld": "nl",
    "jpn": "ja", "chi_sim": "zh", "chi_tra": "zh", "kor": "ko", "rus": "ru", "pol": "pl",
    "ces": "cs", "swe": "sv", "dan": "da", "nor": "no", "fin": "fi", "ell": "el", "tur": "tr",
}  # fmt: skip
TESSERACT_NAMES = {iso: name for name, iso in reversed(ISO.items())}
_SCRIPTS = {
    "Japanese": ("jpn",), "Han": ("chi_sim", "jpn", "chi_tra"), "Hangul": ("kor",), "Korean": ("kor",),
    "Cyrillic": ("rus",), "Greek": ("ell",),
}  # fmt: skip
_COMMON_WORDS = {
    "eng": "the and of to in is for that with on are be this as by it or from at not you your can",
    "deu": "der die und das ist nicht mit den von zu ein eine sie für auf sich dem des im auch oder wird",
    "fra": "le la les des et est un une pour dans que qui pas sur du au avec ce sont par vous nous",
    "spa": "el la los las de que y en un una para con por es del se al lo como más su sus",
    "ita": "il di che la per non un una sono del della con è le gli nel alla",
    "por": "o os da do das dos que em um uma para com não se por mais é ao",
    "nld": "de het een en van is dat op te niet met voor zijn aan ook bij",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _COMMON_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class OcrPage:
    text: str
    confident_words: int
    confidence: float  # mean word confidence, 0-100
    languages: str  # as given to Tesseract: "deu+eng"

    @property
    def is_text(self) -> bool:
        return self.confident_words >= MIN_CONFIDENT_WORDS and self.confidence >= MIN_MEAN_CONFIDENCE


@dataclass
class OcrSession:
    """OCR of one file's pages: remembers the language found so far."""

    deadline: float | None
    hint: str = ""  # an ISO code the document declares
    language: str = ""  # Tesseract's name of the language found on the last page
    used: list[str] = field(default_factory=list)

    def read(self, image: Image.Image) -> OcrPage:
        installed = tools.tesseract_languages()
        first = self.language or TESSERACT_NAMES.get(self.hint, "") or "eng"
        if first not in installed:
            first = "eng" if "eng" in installed else next(iter(sorted(installed - {"osd"})), "eng")
        png = _png(image)
        page = _run(png, _with_english(first, installed), self.deadline)
        better = _language_of(page.text, installed)
        if page.confidence < _RETRY_BELOW and "osd" in installed:
            better = _script_language(png, installed, self.deadline) or better
        if better and better != first:
            try:
                second = _run(png, _with_english(better, installed), self.deadline)
            except ExtractionFailed:
                second = None  # out of time for the second try: the first reading stands
            if (
                second is not None
                and second.confidence * second.confident_words >= page.confidence * page.confident_words
            ):
                page, first = second, better
        self.language = first
        if page.languages not in self.used:
            self.used.append(page.languages)
        return page

    @property
    def iso_language(self) -> str:
        return ISO.get(self.language, "")


def _with_english(language: str, installed: frozenset[str]) -> str:
    return f"{language}+eng" if language != "eng" and "eng" in installed else language


def _png(image: Image.Image) -> bytes:
    if image.mode not in ("L", "1", "RGB"):
        image = image.convert("L")
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _run(png: bytes, languages: str, deadline: float | None) -> OcrPage:
    tool = tools.tesseract()
    if tool is None:
        raise ExtractionFailed(f"Tesseract is not installed ({tools.TESSERACT_INSTALL}).")
    tsv = tools.run(
        [tool.path, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"],
        deadline=deadline,
        what="OCR (Tesseract)",
        input_bytes=png,
        env=_ENV,
    )
    return parse_tsv(tsv.decode("utf-8", "replace"), languages)


def parse_tsv(tsv: str, languages: str) -> OcrPage:
    """Tesseract's TSV output as text: words joined into its lines, a blank line between
    paragraphs."""
    lines: list[str] = []
    words: list[str] = []
    current: tuple[str, str, str] | None = None
    paragraph: tuple[str, str] | None = None
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        word = cells[11].strip()
        if not word or confidence < 0:
            continue
        key = (cells[2], cells[3], cells[4])
        if key != current:
            if words:
                lines.append(" ".join(words))
            if paragraph is not None and key[:2] != paragraph:
                lines.append("")
            words, current, paragraph = [], key, key[:2]
        words.append(word)
        confidences.append(confidence)
    if words:
        lines.append(" ".join(words))
    confident = sum(1 for c in confidences if c >= 50)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage("\n".join(lines).strip(), confident, mean, languages)


def _language_of(text: str, installed: frozenset[str]) -> str:
    """The installed language whose common words the text uses most; "" when too few words."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < 12:
        return ""
    scores = {
        lang: sum(1 for t in tokens if t in words) for lang, words in _WORDS.items() if lang in installed
    }
    if not scores:
        return ""
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= max(3, len(tokens) // 25) else ""


def _script_language(png: bytes, installed: frozenset[str], deadline: float | None) -> str:
    tool = tools.tesseract()
    if tool is None:
        return ""
    try:
        out = tools.run(
            [tool.path, "stdin", "stdout", "--psm", "0", "-l", "osd"],
            deadline=deadline,
            what="script detection (Tesseract)",
            input_bytes=png,
            env=_ENV,
        )
    except ExtractionFailed:
        return ""  # too little text to tell, or out of time: keep the first reading
    match = re.search(r"Script:\s*(\w+)", out.decode("utf-8", "replace"))
    for candidate in _SCRIPTS.get(match.group(1) if match else "", ()):
        if candidate in installed:
            return candidate
    return ""


def looks_like_a_page(image: Image.Image) -> bool:
    """A cheap test that an image is a page of text (a scan, a photographed one-pager) rather
    than a photo or a chart: mostly light paper with a little dark ink."""
    small = image.convert("L")
    small.thumbnail((1000, 1000))  # smaller, and thin print fades into the paper
    histogram = small.histogram()
    total = max(sum(histogram), 1)
    light = sum(histogram[170:]) / total
    dark = sum(histogram[:140]) / total
    return light >= 0.6 and 0.0003 <= dark <= 0.35
