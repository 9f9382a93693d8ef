"""The default taxonomy: data marketing can edit, seeded into a new library."""

from __future__ import annotations

from datetime import timedelta

from collateral_app.domain.enums import Dimension

# Published collateral is due for review this long after publishing or its last review.
REVIEW_INTERVAL = timedelta(days=180)

DEFAULT_TAXONOMY: dict[Dimension, list[tuple[str, str]]] = {
    Dimension.TYPE: [
        ("deck", "Deck"),
        ("case-study", "Case study"),
        ("one-pager", "One-pager"),
        ("datasheet", "Datasheet"),
        ("battlecard", "Battlecard"),
        ("whitepaper", "Whitepaper"),
        ("ebook", "E-book"),
        ("video", "Video"),
        ("email-template", "Email template"),
        ("calculator", "Calculator"),
        ("image", "Image"),
        ("link", "Link"),
        ("document", "Document"),
    ],
    Dimension.STAGE: [
        ("awareness", "Awareness"),
        ("consideration", "Consideration"),
        ("decision", "Decision"),
        ("onboarding", "Onboarding"),
        ("expansion", "Expansion"),
    ],
    Dimension.PERSONA: [
        ("cfo", "CFO / Finance"),
        ("cio", "CIO / IT leader"),
        ("ciso", "CISO / Security"),
        ("operations", "Head of operations"),
        ("clinical-leader", "Clinical leader"),
        ("procurement", "Procurement"),
        ("end-user", "End user"),
        ("executive-sponsor", "Executive sponsor"),
    ],
    Dimension.INDUSTRY: [
        ("healthcare", "Healthcare"),
        ("financial-services", "Financial services"),
        ("manufacturing", "Manufacturing"),
        ("retail", "Retail"),
        ("public-sector", "Public sector"),
        ("technology", "Technology"),
        ("education", "Education"),
        ("logistics", "Logistics"),
    ],
    Dimension.SIZE: [
        ("smb", "SMB (1–99)"),
        ("mid-market", "Mid-market (100–999)"),
        ("enterprise", "Enterprise (1000+)"),
    ],
    Dimension.PRODUCT: [
        ("platform", "Platform"),
        ("analytics", "Analytics"),
        ("security", "Security"),
        ("integrations", "Integrations"),
        ("services", "Professional services"),
    ],
}

# Words in a file or folder name that say what type of collateral it is.
TYPE_HINTS: tuple[tuple[str, str], ...] = (
    ("case stud", "case-study"),
    ("casestud", "case-study"),
    ("customer stor", "case-study"),
    ("battlecard", "battlecard"),
    ("battle card", "battlecard"),
    ("datasheet", "datasheet"),
    ("data sheet", "datasheet"),
    ("one-pager", "one-pager"),
    ("one pager", "one-pager"),
    ("onepager", "one-pager"),
    ("whitepaper", "whitepaper"),
    ("white paper", "whitepaper"),
    ("ebook", "ebook"),
    ("e-book", "ebook"),
    ("email", "email-template"),
    ("calculator", "calculator"),
    ("roi model", "calculator"),
    ("deck", "deck"),
    ("presentation", "deck"),
)

MEDIA_TYPES_BY_KIND: dict[str, str] = {
    "pptx": "deck",
    "mp4": "video",
    "mov": "video",
    "webm": "video",
    "png": "image",
    "jpeg": "image",
    "gif": "image",
    "webp": "image",
    "xlsx": "calculator",
    "odp": "deck",
    "ppt": "deck",
    "key": "deck",
    "ods": "calculator",
    "xls": "calculator",
    "eml": "email-template",
    "msg": "email-template",
}
