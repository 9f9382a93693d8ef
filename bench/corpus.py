"""A deterministic corpus of realistic sales collateral, and the queries reps type.

Document `i` depends only on (SEED, i), so the 1k corpus is the first thousand documents
of the 10k one. Bodies are prose built from a few hundred sentence templates over a few
thousand real words drawn with Zipf-like weights, so term statistics resemble prose.

    python -m bench.corpus --show 3        # print three documents
    python -m bench.corpus --stats 1000    # vocabulary and size figures
    python -m bench.corpus --queries       # the benchmark queries
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import templates, vocabulary

SEED = 20_240_611
CORPUS_VERSION = "1"  # bump when generation changes: cached libraries are rebuilt

TYPES = ("deck", "case-study", "one-pager", "datasheet", "battlecard", "whitepaper")
TYPE_WEIGHTS = (24, 22, 16, 14, 10, 14)
INDUSTRIES = (
    "healthcare",
    "financial-services",
    "manufacturing",
    "retail",
    "public-sector",
    "technology",
    "education",
    "logistics",
)
STAGES = ("awareness", "consideration", "decision", "onboarding", "expansion")
SIZES = ("smb", "mid-market", "enterprise")
PERSONAS = ("cfo", "cio", "ciso", "operations")
PRODUCTS = ("platform", "analytics", "security", "integrations", "services")

INDUSTRY_LABELS = {
    "healthcare": "healthcare",
    "financial-services": "financial services",
    "manufacturing": "manufacturing",
    "retail": "retail",
    "public-sector": "public sector",
    "technology": "technology",
    "education": "education",
    "logistics": "logistics",
}
SIZE_WORDS = {
    "smb": ("small", "SMB", "small business"),
    "mid-market": ("mid-size", "mid-market", "growing"),
    "enterprise": ("large", "enterprise", "global"),
}
PRODUCT_NAMES = {
    "platform": "Lumen Platform",
    "analytics": "Lumen Analytics",
    "security": "Lumen Secure",
    "integrations": "Lumen Connect",
    "services": "Lumen Services",
}
PERSONA_ROLES = {
    "cfo": ("CFO", "finance director", "controller", "finance leader", "treasurer"),
    "cio": ("CIO", "IT director", "IT leader", "CTO", "technology executive"),
    "ciso": ("CISO", "security officer", "security leader", "compliance officer", "risk manager"),
    "operations": ("COO", "operations manager", "operations leader", "plant manager", "operations director"),
}
COMPANY_SUFFIX_BY_INDUSTRY = {
    "healthcare": ("Health", "Medical", "Regional Hospital", "Clinics", "Care"),
    "financial-services": ("Bank", "Credit Union", "Financial", "Insurance", "Capital"),
    "manufacturing": ("Manufacturing", "Industries", "Components", "Metals", "Plastics"),
    "retail": ("Stores", "Outfitters", "Market", "Foods", "Home"),
    "public-sector": ("County", "City Council", "Agency", "Department", "Authority"),
    "technology": ("Software", "Systems", "Labs", "Cloud", "Networks"),
    "education": ("University", "College", "School District", "Academy", "Institute"),
    "logistics": ("Logistics", "Freight", "Transport", "Shipping", "Distribution"),
}


@dataclass(frozen=True, slots=True)
class GeneratedDoc:
    index: int
    asset_id: str
    title: str
    description: str
    type: str
    terms: dict[str, tuple[str, ...]]  # taxonomy dimension → slugs (not type)
    tags: tuple[str, ...]
    file_name: str
    published_on: date
    pages: tuple[str, ...]

    @property
    def text_bytes(self) -> int:
        return sum(len(p.encode("utf-8")) for p in self.pages)


@dataclass(frozen=True, slots=True)
class BenchQuery:
    text: str
    kind: str  # word | words | phrase | filter | question


# -- weighted vocabulary -------------------------------------------------------------------


class _Pool:
    """Words with Zipf-like weights by rank: 1 / (rank + 2.7)."""

    __slots__ = ("cum", "items")

    def __init__(self, items: Sequence[str], exponent: float = 1.0) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1.0 / (r + 2.7) ** exponent for r in range(len(self.items))))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum, k=1)[0]


@dataclass(frozen=True)
class _Vocab:
    nouns: _Pool
    plurals: dict[str, str]
    mass: _Pool
    verbs: _Pool
    forms: dict[str, tuple[str, str, str]]
    adjectives: _Pool
    adverbs: _Pool
    industry: dict[str, _Pool]
    product: dict[str, _Pool]
    companies: list[str]
    first_names: list[str]
    last_names: list[str]
    cities: list[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    v = vocabulary
    nouns = v.words(v.NOUNS)
    verbs = v.words(v.VERBS)

    def spaced(block: str) -> list[str]:
        return [w.replace("-", " ") if w.count("-") >= 2 else w for w in v.words(block)]

    return _Vocab(
        nouns=_Pool(nouns),
        plurals={n: v.plural(n) for n in nouns},
        mass=_Pool(v.words(v.MASS_NOUNS)),
        verbs=_Pool(verbs),
        forms={verb: v.inflect(verb) for verb in verbs},
        adjectives=_Pool(v.words(v.ADJECTIVES)),
        adverbs=_Pool(v.words(v.ADVERBS)),
        industry={k: _Pool(spaced(b), 0.8) for k, b in v.INDUSTRY_WORDS.items()},
        product={k: _Pool(spaced(b), 0.7) for k, b in v.PRODUCT_WORDS.items()},
        companies=v.words(v.COMPANY_WORDS),
        first_names=v.words(v.FIRST_NAMES),
        last_names=v.words(v.LAST_NAMES),
        cities=v.words(v.CITIES),
    )


def vocabulary_size() -> int:
    """Distinct word forms the generator can produce (inflections included)."""
    vb = _vocab()
    forms: set[str] = set()
    forms.update(vb.nouns.items, vb.plurals.values(), vb.mass.items, vb.verbs.items)
    for third, past, ing in vb.forms.values():
        forms.update((third, past, ing))
    forms.update(vb.adjectives.items, vb.adverbs.items, vb.companies, vb.first_names, vb.last_names)
    forms.update(vb.cities)
    for pool in [*vb.industry.values(), *vb.product.values()]:
        forms.update(pool.items)
    words: set[str] = set()
    for form in forms:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", form))
    return len(words)


# -- filling templates ---------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")


def _parse(template: str) -> list[str]:
    """Alternating literal text and slot names: [lit, slot, lit, slot, ..., lit]."""
    return _SLOT.split(template)


@lru_cache(maxsize=1)
def _sentences() -> list[list[str]]:
    return [_parse(line.strip()) for line in templates.SENTENCES.strip().splitlines() if line.strip()]


@lru_cache(maxsize=1)
def _openers() -> list[list[str]]:
    return [_parse(line.strip()) for line in templates.OPENERS.strip().splitlines() if line.strip()]


class _Context:
    """One document's subject: who, which industry, which product, and its random stream."""

    def __init__(self, rng: random.Random, industry: str, product: str, persona: str, size: str) -> None:
        vb = _vocab()
        self.rng = rng
        self.industry = industry
        self.product = product
        self.persona = persona
        self.size = size
        self.company = _company(rng, industry)
        self.other = _company(rng, rng.choice(INDUSTRIES))
        self.competitor = rng.choice(vocabulary.COMPETITORS)
        self.person = f"{rng.choice(vb.first_names)} {rng.choice(vb.last_names)}"
        self.city = rng.choice(vb.cities)
        self.year = rng.randint(2019, 2025)
        self.slots: dict[str, Callable[[], str]] = self._slot_functions(vb)

    def _slot_functions(self, vb: _Vocab) -> dict[str, Callable[[], str]]:
        rng = self.rng
        industry_pool = vb.industry[self.industry]
        product_pool = vb.product[self.product]
        roles = PERSONA_ROLES[self.persona]

        def noun() -> str:
            return vb.nouns.draw(rng)

        def verb_form(i: int) -> Callable[[], str]:
            return lambda: vb.forms[vb.verbs.draw(rng)][i]

        def city() -> str:
            return self.city if rng.random() < 0.7 else rng.choice(vb.cities)

        def person() -> str:
            if rng.random() < 0.6:
                return self.person
            return f"{rng.choice(vb.first_names)} {rng.choice(vb.last_names)}"

        def money() -> str:
            if rng.random() < 0.5:
                return f"${rng.randint(12, 990)},000"
            return f"${rng.randint(1, 9)}.{rng.randint(1, 9)} million"

        def product_name() -> str:
            if rng.random() < 0.85:
                return PRODUCT_NAMES[self.product]
            return PRODUCT_NAMES[rng.choice(PRODUCTS)]

        return {
            "noun": noun,
            "nouns": lambda: vb.plurals[noun()],
            "mass": lambda: vb.mass.draw(rng),
            "adj": lambda: vb.adjectives.draw(rng),
            "adv": lambda: vb.adverbs.draw(rng),
            "verb": lambda: vb.verbs.draw(rng),
            "verbs": verb_form(0),
            "verbed": verb_form(1),
            "verbing": verb_form(2),
            "inoun": lambda: industry_pool.draw(rng),
            "pword": lambda: product_pool.draw(rng),
            "company": lambda: self.company if rng.random() < 0.85 else self.other,
            "other": lambda: self.other,
            "competitor": lambda: (
                self.competitor if rng.random() < 0.8 else rng.choice(vocabulary.COMPETITORS)
            ),
            "person": person,
            "role": lambda: rng.choice(roles),
            "city": city,
            "product": product_name,
            "industry": lambda: INDUSTRY_LABELS[self.industry],
            "size": lambda: rng.choice(SIZE_WORDS[self.size]),
            "pct": lambda: str(rng.randint(5, 60)),
            "num": lambda: str(rng.randint(2, 40)),
            "big": lambda: f"{rng.randint(1, 50) * 100:,}",
            "weeks": lambda: str(rng.randint(2, 26)),
            "months": lambda: str(rng.randint(2, 18)),
            "year": lambda: str(self.year if rng.random() < 0.7 else rng.randint(2018, 2026)),
            "money": money,
        }

    def fill(self, parts: list[str]) -> str:
        out = [parts[0]]
        slots = self.slots
        for i in range(1, len(parts), 2):
            out.append(slots[parts[i]]())
            out.append(parts[i + 1])
        return _ARTICLE.sub(r"\1n ", "".join(out))

    def sentence(self) -> str:
        text = self.fill(self.rng.choice(_sentences()))
        if self.rng.random() < 0.12:
            opener = self.fill(self.rng.choice(_openers()))
            if text.startswith(("The ", "A ", "Our ", "Each ", "Every ", "Most ", "We ", "It ")):
                text = text[0].lower() + text[1:]
            text = f"{opener} {text}"
        return text[0].upper() + text[1:]


def _company(rng: random.Random, industry: str) -> str:
    vb = _vocab()
    return f"{rng.choice(vb.companies)} {rng.choice(COMPANY_SUFFIX_BY_INDUSTRY[industry])}"


def _pick(rng: random.Random, values: Sequence[str], most: int) -> tuple[str, ...]:
    count = 1 if rng.random() < 0.7 else rng.randint(1, most)
    return tuple(sorted(rng.sample(list(values), count), key=values.index))


# -- documents -----------------------------------------------------------------------------


def document(index: int) -> GeneratedDoc:
    rng = random.Random(f"{SEED}-{index}")
    doc_type = rng.choices(TYPES, weights=TYPE_WEIGHTS, k=1)[0]
    industries = _pick(rng, INDUSTRIES, 2)
    products = _pick(rng, PRODUCTS, 2)
    personas = _pick(rng, PERSONAS, 2)
    stages = _pick(rng, STAGES, 2)
    sizes = _pick(rng, SIZES, 2)
    ctx = _Context(rng, industries[0], products[0], personas[0], sizes[0])

    title = ctx.fill(_parse(rng.choice(templates.TITLE_PATTERNS[doc_type])))
    title = title[0].upper() + title[1:]
    description = " ".join(
        ctx.fill(_parse(p)) for p in rng.sample(templates.DESCRIPTION_PATTERNS, rng.randint(1, 2))
    )
    description = description[0].upper() + description[1:]

    target = rng.randint(5_300, 9_000)
    sentences: list[str] = []
    length = 0
    while length < target:
        sentence = ctx.sentence()
        sentences.append(sentence)
        length += len(sentence) + 1
    page_count = rng.randint(3, 12)
    pages: list[str] = []
    per_page = len(sentences) / page_count
    for p in range(page_count):
        chunk = sentences[round(p * per_page) : round((p + 1) * per_page)]
        paragraphs: list[str] = []
        while chunk:
            take = rng.randint(2, 6)
            paragraphs.append(" ".join(chunk[:take]))
            chunk = chunk[take:]
        pages.append("\n\n".join(paragraphs))

    tag_count = rng.choice((0, 1, 1, 2, 2, 3))
    tags = tuple(sorted(rng.sample(templates.TAGS, tag_count)))
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    return GeneratedDoc(
        index=index,
        asset_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        title=title,
        description=description,
        type=doc_type,
        terms={
            "industry": industries,
            "product": products,
            "persona": personas,
            "stage": stages,
            "size": sizes,
        },
        tags=tags,
        file_name=f"{slug}.pdf",
        published_on=date(2024, 1, 1) - timedelta(days=rng.randint(0, 1500)),
        pages=tuple(pages),
    )


def documents(count: int, start: int = 0) -> Iterator[GeneratedDoc]:
    for i in range(start, start + count):
        yield document(i)


# -- queries -------------------------------------------------------------------------------

_HAND_WRITTEN: tuple[tuple[str, str], ...] = (
    # single words
    ("readmissions", "word"),
    ("onboarding", "word"),
    ("pricing", "word"),
    ("encryption", "word"),
    ("fraud", "word"),
    ("downtime", "word"),
    ("stockout", "word"),
    ("Contoso", "word"),
    ("Globex", "word"),
    ("telehealth", "word"),
    ("kanban", "word"),
    ("HIPAA", "word"),
    ("SSO", "word"),
    ("dashboard", "word"),
    ("retention", "word"),
    ("churn", "word"),
    ("forecast", "word"),
    ("warehouse", "word"),
    ("compliance", "word"),
    ("roi", "word"),
    ("curriculum", "word"),
    ("freight", "word"),
    ("mortgage", "word"),
    ("procurement", "word"),
    ("uptime", "word"),
    ("telematics", "word"),
    ("webhooks", "word"),
    ("underwriting", "word"),
    ("planogram", "word"),
    ("accreditation", "word"),
    # a few words
    ("patient readmission", "words"),
    ("fraud detection", "words"),
    ("case study healthcare", "words"),
    ("inventory forecast", "words"),
    ("plant downtime", "words"),
    ("security audit", "words"),
    ("mid-market retail", "words"),
    ("cfo roi", "words"),
    ("onboarding checklist", "words"),
    ("last-mile delivery", "words"),
    ("student retention", "words"),
    ("loan underwriting", "words"),
    ("cloud migration", "words"),
    ("Acme Suite pricing", "words"),
    ("Salesforce integration", "words"),
    ("zero-trust access", "words"),
    ("permit processing", "words"),
    ("claim disputes", "words"),
    ("shift schedule", "words"),
    ("Lumen Analytics dashboard", "words"),
    ("reduce churn", "words"),
    ("warehouse automation", "words"),
    ("hospital discharge", "words"),
    ("enterprise security", "words"),
    ("pilot results", "words"),
    # phrases
    ('"total cost of ownership"', "phrase"),
    ('"real time"', "phrase"),
    ('"first quarter"', "phrase"),
    ('"out of the box"', "phrase"),
    ('"volume discounts"', "phrase"),
    ('"win themes"', "phrase"),
    ('"discovery questions"', "phrase"),
    ('"common objection"', "phrase"),
    ('"single source"', "phrase"),
    ('"at rest and in transit"', "phrase"),
    ('"Acme Suite" pricing', "phrase"),
    ('"Lumen Secure" encryption', "phrase"),
    # filters
    ("type:case-study healthcare", "filter"),
    ("type:battlecard Globex", "filter"),
    ("industry:retail inventory", "filter"),
    ("stage:decision pricing", "filter"),
    ("persona:cfo roi", "filter"),
    ("size:enterprise security", "filter"),
    ("type:datasheet encryption", "filter"),
    ("industry:manufacturing downtime", "filter"),
    ("product:analytics forecast", "filter"),
    ("type:whitepaper compliance", "filter"),
    ("industry:logistics type:case-study freight", "filter"),
    ("industry:education enrollment", "filter"),
    ("type:one-pager industry:financial-services fraud", "filter"),
    ("persona:ciso zero-trust", "filter"),
    ("stage:onboarding checklist", "filter"),
    ("size:smb pricing", "filter"),
    ("type:deck industry:healthcare telehealth", "filter"),
    ("product:integrations Salesforce", "filter"),
    ("industry:public-sector permit", "filter"),
    ("stage:expansion upsell", "filter"),
    # natural-language questions
    ("what do we have on reducing readmissions for mid-size hospitals", "question"),
    ("how do other banks cut fraud losses with the platform", "question"),
    ("which case study shows downtime reduction at a large manufacturing plant", "question"),
    ("what should I send a CFO who worries about total cost of ownership", "question"),
    ("do we have anything for retail stores struggling with stockouts during the holidays", "question"),
    ("how do I answer the objection that Globex is cheaper than us", "question"),
    ("is there a one pager about encryption and access control for security officers", "question"),
    ("what results did logistics customers see on last-mile delivery costs", "question"),
    ("how does the analytics product help schools improve student retention", "question"),
    ("what do we tell a public sector agency about FedRAMP and compliance", "question"),
    ("which customers moved from Acme Suite to our platform and why", "question"),
    ("how long does onboarding take for a small business customer", "question"),
    ("what is the typical payback period for a mid-market manufacturing customer", "question"),
    ("do we have a deck for hospital CIOs about telehealth and EHR integrations", "question"),
    ("how can a retailer use loyalty data to reduce markdowns and shrink", "question"),
    ("what proof do we have that claims processing gets faster for insurers", "question"),
    ("show me material for a CISO evaluating zero-trust access for a bank", "question"),
    ("what should I send after the first call with a university registrar", "question"),
    ("how do logistics companies track shipments and reduce detention fees", "question"),
    ("which whitepaper explains compliance reporting for financial services regulators", "question"),
)


@lru_cache(maxsize=1)
def queries(count: int = 200) -> tuple[BenchQuery, ...]:
    """`count` realistic queries: the hand-written ones, then generated ones drawn from
    the words documents use most (reps search for what collateral talks about)."""
    rng = random.Random(f"{SEED}-queries")
    vb = _vocab()
    result = [BenchQuery(text, kind) for text, kind in _HAND_WRITTEN]
    seen = {q.text.lower() for q in result}

    def head(pool: _Pool, top: int) -> str:
        return pool.items[min(int(rng.paretovariate(1.2)) - 1 + rng.randint(0, 3), top, len(pool.items) - 1)]

    makers: list[tuple[str, Callable[[], str]]] = [
        ("word", lambda: head(vb.industry[rng.choice(INDUSTRIES)], 40)),
        ("word", lambda: vb.plurals[head(vb.nouns, 400)]),
        ("word", lambda: head(vb.product[rng.choice(PRODUCTS)], 12)),
        ("word", lambda: head(vb.mass, 80)),
        (
            "words",
            lambda: f"{head(vb.industry[rng.choice(INDUSTRIES)], 40)} {vb.plurals[head(vb.nouns, 300)]}",
        ),
        ("words", lambda: f"{head(vb.adjectives, 200)} {head(vb.mass, 60)}"),
        ("words", lambda: f"{PRODUCT_NAMES[rng.choice(PRODUCTS)]} {head(vb.mass, 60)}"),
        (
            "words",
            lambda: (
                f"{head(vb.verbs, 150)} {head(vb.industry[rng.choice(INDUSTRIES)], 30)} {head(vb.mass, 60)}"
            ),
        ),
        (
            "phrase",
            lambda: f'"{head(vb.industry[rng.choice(INDUSTRIES)], 20)} {vb.plurals[head(vb.nouns, 60)]}"',
        ),
        ("filter", lambda: f"type:{rng.choice(TYPES)} {head(vb.industry[rng.choice(INDUSTRIES)], 30)}"),
        ("filter", lambda: f"industry:{rng.choice(INDUSTRIES)} {head(vb.mass, 60)}"),
        ("filter", lambda: f"stage:{rng.choice(STAGES)} persona:{rng.choice(PERSONAS)} {head(vb.mass, 40)}"),
    ]
    weights = [14, 10, 6, 8, 12, 8, 6, 6, 4, 6, 6, 4]
    while len(result) < count:
        kind, make = rng.choices(makers, weights=weights, k=1)[0]
        text = make()
        if text.lower() not in seen:
            seen.add(text.lower())
            result.append(BenchQuery(text, kind))
    return tuple(result[:count])


# Search-as-you-type: every prefix of these is sent as the user types it.
TYPING_QUERIES = (
    "readmissions",
    "fraud detection",
    "onboarding checklist",
    "total cost",
    "patient discharge",
    "warehouse automation",
    "security audit",
    "student enrollment",
    "Globex pricing",
    "inventory forecast",
)


def keystrokes(text: str) -> list[str]:
    """What the search box holds after each keystroke (no empty box, no trailing space)."""
    return [text[:i] for i in range(1, len(text) + 1) if not text[:i].endswith(" ")]


# -- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, default=0, help="print this many documents")
    parser.add_argument("--stats", type=int, default=0, help="figures over this many documents")
    parser.add_argument("--queries", action="store_true")
    args = parser.parse_args(argv)
    for doc in documents(args.show):
        print(f"== {doc.title}  [{doc.type}] {doc.terms} tags={doc.tags}")
        print(f"   {doc.description}")
        for n, page in enumerate(doc.pages, 1):
            print(f"--- page {n} ---\n{page}\n")
    if args.stats:
        counts: Counter[str] = Counter()
        total_bytes = 0
        pages = 0
        for doc in documents(args.stats):
            total_bytes += doc.text_bytes
            pages += len(doc.pages)
            for page in doc.pages:
                counts.update(w.lower() for w in re.findall(r"[A-Za-z]+", page))
        ranked = counts.most_common()
        print(f"documents {args.stats}, body text {total_bytes / 1e6:.1f} MB, pages {pages}")
        print(f"vocabulary the generator knows: {vocabulary_size()} words; used: {len(counts)}")
        print("top 30:", " ".join(w for w, _ in ranked[:30]))
        print("ranks 1,10,100,1000:", [ranked[r - 1][1] for r in (1, 10, 100, 1000) if r <= len(ranked)])
    if args.queries:
        for q in queries():
            print(f"{q.kind:9} {q.text}")


if __name__ == "__main__":
    main()
