"""The collateral set for bench/relevance.py: the 59 judged collateral documents and 44
queries of tests/integration/test_relevance.py, plus long questions as reps ask them and
documents and questions in German, French, Spanish, Japanese and Chinese
(tests/data/relevance/multilingual.json). Grades: 2 = the answer, 1 = useful."""

from __future__ import annotations

import json
from pathlib import Path

from .relevance import Collection

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "relevance"

# (question, answers, related): long questions over the English documents, and questions in
# other languages over the documents in those languages.
EXTRA: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "I have a call in ten minutes with the operations director of a 300 bed community hospital who "
        "keeps getting penalised for patients coming back within a month, what do we have",
        ("readmissions-mercy",),
        ("readmissions-whitepaper", "care-coordination-deck", "hospital-bed-deck"),
    ),
    (
        "the prospect's security team sent a long questionnaire and asks whether we have a SOC 2 report "
        "and how single sign-on and user provisioning work",
        ("security-questionnaire", "security-overview-whitepaper"),
        ("sso-datasheet", "encryption-access-onepager"),
    ),
    (
        "a credit union is losing money on card fraud and wants to know how quickly suspicious "
        "transactions can be stopped, is there a customer story",
        ("fraud-case-credit-union",),
        ("fraud-datasheet",),
    ),
    (
        "what can I send to a finance leader at a factory who wants to know how fast the investment in "
        "predictive maintenance pays for itself",
        ("payback-roi-manufacturing",),
        ("downtime-case-large-plant", "cfo-tco-onepager"),
    ),
    (
        "Wie hat ein Krankenhaus die Wiederaufnahme von Patienten verringert?",
        ("de-krankenhaus-fallstudie",),
        (),
    ),
    ("Wo werden unsere Daten gespeichert und wie halten wir die DSGVO ein", ("de-datenschutz-onepager",), ()),
    (
        "comment une banque a-t-elle réduit la fraude aux cartes",
        ("fr-fraude-etude",),
        ("fraud-case-credit-union",),
    ),
    ("quelles remises pour un grand compte", ("fr-tarifs-onepager",), ("pricing-onepager",)),
    ("roturas de stock en las tiendas en Navidad", ("es-inventario-caso",), ("stockout-case-holiday",)),
    ("工場の停止時間を減らした事例", ("ja-製造-事例",), ("downtime-case-large-plant",)),
    ("访问控制和审计日志", ("zh-安全-白皮书",), ("encryption-access-onepager",)),
)


def collection() -> Collection:
    from tests.integration.test_relevance import QUERIES

    docs = []
    for source in ("collateral.json", "multilingual.json"):
        for doc in json.loads((DATA / source).read_text(encoding="utf-8")):
            tags = " ".join(doc.get("tags", []))
            text = "\n".join([doc.get("description", ""), tags, *doc["pages"]])
            facets = {k: list(v) for k, v in doc.get("terms", {}).items()}
            if doc.get("type"):
                facets["type"] = [doc["type"]]
            # Facets for our filters (type:, industry:); the other engines read the filter as words.
            docs.append({"id": doc["key"], "title": doc["title"], "text": text, "facets": facets})
    queries: list[tuple[str, str]] = []
    qrels: dict[str, dict[str, int]] = {}
    for n, judged in enumerate(QUERIES, 1):
        qid = f"c{n}"
        queries.append((qid, judged.text))
        qrels[qid] = {**{d: 1 for d in judged.related}, **{d: 2 for d in judged.answers}}
    for n, (text, answers, related) in enumerate(EXTRA, 1):
        qid = f"x{n}"
        queries.append((qid, text))
        qrels[qid] = {**{d: 1 for d in related}, **{d: 2 for d in answers}}
    return Collection("Collateral set (judged, with long and other-language questions)", docs, queries, qrels)
