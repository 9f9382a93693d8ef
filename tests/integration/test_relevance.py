"""Relevance with judged answers: 59 realistic collateral documents
(tests/data/relevance/collateral.json) and 44 queries whose right answers are known by
construction. The same queries run against our search and against SQLite FTS5 (porter
unicode61, bm25, the query as the OR of its words, "phrases" kept, filters as WHERE) over
the same title, description, taxonomy/tag words and body. MRR and nDCG@5 of both are
printed (`pytest -s`) and ours must be at least as good as FTS5's.

Grades: 2 = the answer a rep is looking for, 1 = a useful related document, 0 = the rest.
MRR is the reciprocal rank of the first grade-2 document in the top 10 (0 if absent);
nDCG@5 uses gains 2^grade - 1."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from collateral_app.search import parse_query
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.storage.base import new_id
from collateral_app.storage.models import AssetPage, AssetRow, AssetTag, AssetTerm

DATA = Path(__file__).resolve().parent.parent / "data" / "relevance" / "collateral.json"
TOP = 10


@dataclass(frozen=True)
class Judged:
    text: str
    kind: str  # word | words | stemming | phrase | filter | question
    answers: tuple[str, ...]  # grade 2
    related: tuple[str, ...] = ()  # grade 1

    def grade(self, key: str) -> int:
        return 2 if key in self.answers else 1 if key in self.related else 0


QUERIES: tuple[Judged, ...] = (
    # A title match outranks body mentions.
    Judged(
        "readmissions", "word", ("readmissions-mercy", "readmissions-whitepaper"), ("care-coordination-deck",)
    ),
    Judged(
        "fraud",
        "word",
        ("fraud-datasheet", "fraud-case-credit-union"),
        ("kyc-whitepaper", "insurance-claims-case"),
    ),
    Judged("pricing", "word", ("pricing-onepager",), ("globex-battlecard", "tco-battlecard-acme")),
    Judged("churn", "word", ("saas-churn-case",)),
    Judged("FedRAMP", "word", ("fedramp-onepager",)),
    # Other forms of the same words.
    Judged(
        "onboarding checklist",
        "words",
        ("onboarding-checklist",),
        ("onboarding-smb-timeline", "success-plan-template"),
    ),
    Judged(
        "onboard checklists",
        "stemming",
        ("onboarding-checklist",),
        ("onboarding-smb-timeline", "success-plan-template"),
    ),
    Judged(
        "predict equipment failures",
        "stemming",
        ("downtime-case-large-plant", "downtime-smb-onepager"),
        ("oee-datasheet",),
    ),
    # A few words, not all of which match.
    Judged("last-mile delivery costs", "words", ("last-mile-case",), ("telematics-datasheet",)),
    Judged("student retention", "words", ("student-retention-case",), ("k12-deck",)),
    Judged("permit processing", "words", ("permit-case-county",), ("citizen-portal-deck",)),
    Judged(
        "nurse overtime scheduling",
        "words",
        ("nurse-staffing-case",),
        ("clinic-scheduling-onepager", "store-labor-onepager"),
    ),
    Judged("telehealth EHR integration", "words", ("telehealth-deck",), ("readmissions-whitepaper",)),
    Judged("SSO SCIM", "words", ("sso-datasheet",), ("encryption-access-onepager",)),
    Judged("Salesforce integration", "words", ("salesforce-datasheet",), ("api-datasheet",)),
    Judged("data residency GDPR", "words", ("data-residency-onepager",)),
    Judged("volume discounts", "words", ("pricing-onepager",), ("expansion-playbook",)),
    Judged("mid-size hospital bed management", "words", ("hospital-bed-deck",), ("readmissions-mercy",)),
    Judged("cost per delivery", "words", ("last-mile-case",)),
    Judged("reduce no-shows", "words", ("clinic-scheduling-onepager",)),
    Judged("payback period", "words", ("payback-roi-manufacturing",)),
    Judged("SOC 2 report", "words", ("security-overview-whitepaper",), ("security-questionnaire",)),
    Judged("which bank retired its VPN", "words", ("vpn-retirement-case",), ("zero-trust-bank-deck",)),
    Judged(
        "small business onboarding",
        "words",
        ("onboarding-smb-timeline",),
        ("onboarding-checklist", "smb-customer-survey"),
    ),
    Judged(
        "large manufacturing plant downtime",
        "words",
        ("downtime-case-large-plant",),
        ("downtime-smb-onepager", "oee-datasheet", "manufacturing-webinar"),
    ),
    Judged(
        "checklist for onboarding new customers",
        "words",
        ("onboarding-checklist",),
        ("onboarding-smb-timeline", "success-plan-template"),
    ),
    # Phrases and proximity.
    Judged(
        "access control",
        "words",
        ("encryption-access-onepager", "security-overview-whitepaper"),
        ("sso-datasheet", "security-questionnaire"),
    ),
    Judged('"total cost of ownership"', "phrase", ("tco-battlecard-acme", "cfo-tco-onepager")),
    Judged(
        '"access control"',
        "phrase",
        ("encryption-access-onepager", "security-overview-whitepaper"),
        ("sso-datasheet",),
    ),
    # Filters.
    Judged("type:case-study fraud", "filter", ("fraud-case-credit-union",), ("insurance-claims-case",)),
    Judged("industry:healthcare security", "filter", ("hipaa-whitepaper",), ("telehealth-deck",)),
    # Natural-language questions: the answer must be in the top 3.
    Judged(
        "what do we have on reducing readmissions for mid-size hospitals",
        "question",
        ("readmissions-mercy",),
        (
            "readmissions-whitepaper",
            "care-coordination-deck",
            "hospital-bed-deck",
            "healthcare-industry-deck",
        ),
    ),
    Judged(
        "what should I send a CFO who worries about total cost of ownership",
        "question",
        ("cfo-tco-onepager",),
        ("tco-battlecard-acme", "payback-roi-manufacturing", "pricing-onepager"),
    ),
    Judged(
        "how do I answer the objection that Globex is cheaper",
        "question",
        ("globex-battlecard",),
        ("tco-battlecard-acme",),
    ),
    Judged(
        "which case study shows downtime reduction at a large manufacturing plant",
        "question",
        ("downtime-case-large-plant",),
        ("downtime-smb-onepager", "oee-datasheet"),
    ),
    Judged(
        "do we have anything for retail stores struggling with stockouts during the holidays",
        "question",
        ("stockout-case-holiday",),
        ("forecasting-whitepaper",),
    ),
    Judged(
        "is there a one pager about encryption and access control for security officers",
        "question",
        ("encryption-access-onepager",),
        ("security-overview-whitepaper", "sso-datasheet", "security-questionnaire"),
    ),
    Judged(
        "how long does onboarding take for a small business",
        "question",
        ("onboarding-smb-timeline",),
        ("onboarding-checklist",),
    ),
    Judged(
        "which customers moved from Acme Suite to our platform and why",
        "question",
        ("acme-migration-case",),
        ("tco-battlecard-acme",),
    ),
    Judged(
        "how can a retailer use loyalty data to reduce markdowns and shrink",
        "question",
        ("loyalty-markdown-whitepaper",),
        ("stockout-case-holiday",),
    ),
    Judged(
        "how do we compare to Acme Suite on price in a competitive deal",
        "question",
        ("tco-battlecard-acme",),
        ("acme-migration-case", "pricing-onepager"),
    ),
    Judged(
        "what can I show a hospital CIO about connecting virtual visits to Epic",
        "question",
        ("telehealth-deck",),
        ("healthcare-industry-deck",),
    ),
    Judged(
        "what proof do we have that claims processing gets faster for insurers",
        "question",
        ("insurance-claims-case",),
    ),
    Judged(
        "what do we tell a public sector agency about FedRAMP and compliance",
        "question",
        ("fedramp-onepager",),
        ("citizen-portal-deck",),
    ),
)

QUESTIONS = [q for q in QUERIES if q.kind == "question"]


# -- metrics ---------------------------------------------------------------------------------


def reciprocal_rank(ranked: Sequence[str], query: Judged) -> float:
    for position, key in enumerate(ranked[:TOP], 1):
        if query.grade(key) == 2:
            return 1 / position
    return 0.0


def ndcg_at(ranked: Sequence[str], query: Judged, k: int = 5) -> float:
    def dcg(grades: Sequence[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    ideal = dcg(sorted([2] * len(query.answers) + [1] * len(query.related), reverse=True))
    return dcg([query.grade(key) for key in ranked]) / ideal if ideal else 0.0


def first_answer(ranked: Sequence[str], query: Judged) -> int | None:
    return next((i for i, key in enumerate(ranked[:TOP], 1) if query.grade(key) == 2), None)


@dataclass(frozen=True)
class Scores:
    name: str
    rankings: dict[str, list[str]]  # query text → document keys, best first

    @property
    def mrr(self) -> float:
        return sum(reciprocal_rank(self.rankings[q.text], q) for q in QUERIES) / len(QUERIES)

    @property
    def ndcg5(self) -> float:
        return sum(ndcg_at(self.rankings[q.text], q) for q in QUERIES) / len(QUERIES)


# -- the two engines ---------------------------------------------------------------------------


def _load(library: AssetLibrary, docs: list[dict[str, object]]) -> dict[str, str]:
    """Rows straight into the database (as an import leaves them), then index."""
    ids: dict[str, str] = {}
    with library.sessions.begin() as s:
        for n, doc in enumerate(docs, 1):
            asset_id = new_id()
            key = str(doc["key"])
            ids[asset_id] = key
            pages = list(doc["pages"])  # type: ignore[call-overload]
            s.add(
                AssetRow(
                    id=asset_id,
                    title=doc["title"],
                    description=doc["description"],
                    status="published",
                    type=doc["type"],
                    file_name=f"asset-{n:02d}.pdf",  # neutral: names must not give answers away
                    media_type="pdf",
                    text_status="ok",
                    page_count=len(pages),
                    revision=1,
                    indexed_revision=None,
                )
            )
            s.flush()
            for number, text in enumerate(pages, 1):
                s.add(AssetPage(asset_id=asset_id, number=number, kind="page", label="", text=text))
            for dimension, slugs in doc["terms"].items():  # type: ignore[attr-defined]
                for slug in slugs:
                    s.add(AssetTerm(asset_id=asset_id, dimension=dimension, slug=slug))
            for tag in doc["tags"]:  # type: ignore[attr-defined]
                s.add(AssetTag(asset_id=asset_id, tag=tag))
    assert library.index_pending() == len(docs)
    return ids


def _fts(library: AssetLibrary, docs: list[dict[str, object]], ids: dict[str, str]) -> sqlite3.Connection:
    labels = {(d.value, e.slug): e.label for d, entries in library.taxonomy().items() for e in entries}
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        """
        CREATE TABLE docs(rowid INTEGER PRIMARY KEY, key TEXT, type TEXT, stage TEXT, persona TEXT,
                          industry TEXT, size TEXT, product TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(title, description, tags, body, tokenize='porter unicode61');
        """
    )
    for doc in docs:
        terms: dict[str, list[str]] = doc["terms"]  # type: ignore[assignment]
        words = [labels.get((dim, slug), slug) for dim, slugs in terms.items() for slug in slugs]
        words.append(labels.get(("type", str(doc["type"])), str(doc["type"])))
        words.extend(doc["tags"])  # type: ignore[arg-type]
        cursor = conn.execute(
            "INSERT INTO docs(key, type, stage, persona, industry, size, product) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                doc["key"],
                f" {doc['type']} ",
                *(
                    " " + " ".join(terms.get(d, [])) + " "
                    for d in ("stage", "persona", "industry", "size", "product")
                ),
            ),
        )
        conn.execute(
            "INSERT INTO fts(rowid, title, description, tags, body) VALUES (?, ?, ?, ?, ?)",
            (cursor.lastrowid, doc["title"], doc["description"], " ".join(words), "\n".join(doc["pages"])),  # type: ignore[call-overload]
        )
    return conn


def _fts_search(conn: sqlite3.Connection, text: str, weights: str) -> list[str]:
    parsed = parse_query(text)
    words = " OR ".join('"' + w.replace('"', '""') + '"' for w in parsed.words)
    parts = [f"({words})"] if words else []
    parts += ['"' + p.replace('"', '""') + '"' for p in parsed.phrases]
    where = ["fts MATCH ?"]
    params: list[object] = [" AND ".join(parts)]
    for field, values in parsed.filters.items():
        where.append("(" + " OR ".join(f"instr(docs.{field}, ?) > 0" for _ in values) + ")")
        params.extend(f" {v} " for v in values)
    rows = conn.execute(
        f"SELECT docs.key FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE {' AND '.join(where)} "
        f"ORDER BY bm25(fts{weights}) LIMIT {TOP}",
        params,
    )
    return [key for (key,) in rows]


@dataclass(frozen=True)
class Evaluation:
    ours: Scores
    fts5: Scores  # bm25 weighted like our field boosts (title 4, description 1.5, tags 2.5)
    fts5_plain: Scores  # bm25 with equal column weights


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Evaluation]:
    docs: list[dict[str, object]] = json.loads(DATA.read_text(encoding="utf-8"))
    library = AssetLibrary.open(tmp_path_factory.mktemp("relevance") / "library")
    try:
        ids = _load(library, docs)
        conn = _fts(library, docs, ids)
        ours = Scores(
            "ours",
            {q.text: [ids[h.asset_id] for h in library.search(q.text, limit=TOP).hits] for q in QUERIES},
        )
        fts5 = Scores("FTS5", {q.text: _fts_search(conn, q.text, ", 4.0, 1.5, 2.5, 1.0") for q in QUERIES})
        plain = Scores("FTS5 (plain bm25)", {q.text: _fts_search(conn, q.text, "") for q in QUERIES})
        conn.close()
        result = Evaluation(ours, fts5, plain)
        _print_report(result)
        yield result
    finally:
        library.close()


def _print_report(e: Evaluation) -> None:
    def rank(scores: Scores, q: Judged) -> str:
        r = first_answer(scores.rankings[q.text], q)
        return str(r) if r else "-"

    print("\n\nRelevance: first rank of the judged answer, nDCG@5 (ours | FTS5 weighted | FTS5 plain)")
    for q in QUERIES:
        print(
            f"  {q.kind:9} {q.text[:70]:70} "
            f"{rank(e.ours, q):>2} {ndcg_at(e.ours.rankings[q.text], q):.2f} | "
            f"{rank(e.fts5, q):>2} {ndcg_at(e.fts5.rankings[q.text], q):.2f} | "
            f"{rank(e.fts5_plain, q):>2} {ndcg_at(e.fts5_plain.rankings[q.text], q):.2f}"
        )
    for s in (e.ours, e.fts5, e.fts5_plain):
        print(f"  {s.name:18} MRR {s.mrr:.3f}   nDCG@5 {s.ndcg5:.3f}")
    losses = [
        q.text
        for q in QUERIES
        if reciprocal_rank(e.ours.rankings[q.text], q)
        < max(reciprocal_rank(e.fts5.rankings[q.text], q), reciprocal_rank(e.fts5_plain.rankings[q.text], q))
    ]
    print(f"  queries where FTS5 ranks the answer higher than we do: {losses or 'none'}\n")


# -- the assertions ------------------------------------------------------------------------------


def test_our_mrr_is_at_least_fts5s(evaluation: Evaluation) -> None:
    best_baseline = max(evaluation.fts5.mrr, evaluation.fts5_plain.mrr)
    assert evaluation.ours.mrr >= best_baseline, (
        f"our MRR {evaluation.ours.mrr:.3f} < FTS5's {best_baseline:.3f}"
    )


def test_our_mrr_is_at_least_0_8(evaluation: Evaluation) -> None:
    assert evaluation.ours.mrr >= 0.8


def test_our_ndcg_is_reported_beside_fts5s(evaluation: Evaluation) -> None:
    # nDCG@5 is printed for the record; it is compared, not bounded.
    assert 0.0 <= evaluation.ours.ndcg5 <= 1.0
    assert 0.0 <= evaluation.fts5.ndcg5 <= 1.0


@pytest.mark.parametrize("query", QUESTIONS, ids=[q.text[:40] for q in QUESTIONS])
def test_a_question_finds_its_answer_in_the_top_3(evaluation: Evaluation, query: Judged) -> None:
    ranked = evaluation.ours.rankings[query.text]
    position = first_answer(ranked, query)
    assert position is not None and position <= 3, (
        f"{query.answers[0]} at {position}; we returned {ranked[:5]}"
    )


def test_every_judged_document_exists() -> None:
    keys = {d["key"] for d in json.loads(DATA.read_text(encoding="utf-8"))}
    for q in QUERIES:
        assert set(q.answers) | set(q.related) <= keys, q.text
