"""Words of Debian's reference card in 35 languages: found, and made-up words not found, by
our index, FTS5 (unicode61, as the library's baseline) and tantivy (its default tokenizer),
same cards, same words, same run.

    python -m bench.languages               # fetches debian-refcard with apt-get once
    python -m bench.languages --real DIR    # a folder holding its usr/share/...

Each card is one document of several pages. Its words are those a user would type: whole
words of 4+ letters that no other card holds, and for Chinese, Japanese and Korean every 2-
and 3-character piece of a run of their script (a word inside a sentence). Made-up words are
those words with their letters shuffled (and one repeated), checked absent from the card. A
word is found when its card is among the top 3."""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from collateral_app.search import IndexDocument, IndexPage, SearchIndex, parse_query
from collateral_app.search.analysis import normalize, word_pattern

from . import realdata

CJK = {"ja", "zh_CN", "zh_TW", "ko"}
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3,}")
PER_LANGUAGE = 60


def _words(lang: str, cards: dict[str, str], rng: random.Random) -> list[str]:
    text = normalize(cards[lang])
    if lang in CJK:
        found = {
            run[i : i + n] for run in _CJK_RUN.findall(text) for n in (2, 3) for i in range(len(run) - n + 1)
        }
    else:
        others = " ".join(normalize(t) for other, t in cards.items() if other != lang)
        found = {
            w
            for w in word_pattern().findall(text)
            if len(w) >= 4 and not any(c.isdigit() for c in w) and "." not in w and w not in others
        }
    words = sorted(found)
    return rng.sample(words, min(PER_LANGUAGE, len(words)))


def _made_up(words: list[str], text: str, rng: random.Random, cjk: bool) -> list[str]:
    made = []
    for word in words:
        letters = list(word)
        for _ in range(8):
            rng.shuffle(letters)
            candidate = "".join(letters) + ("" if cjk else letters[0])
            if candidate != word and candidate not in text:
                made.append(candidate)
                break
    return made


def run(real: str | None = None) -> dict[str, Any]:
    root = realdata.fetch(real)
    if root is None:
        return {"skipped": "the reference cards could not be fetched (apt-get download debian-refcard)"}
    cards_pdf = realdata.refcards(root)
    pages = {lang: [t for t in realdata.pdf_pages(path) if t.strip()] for lang, path in cards_pdf.items()}
    cards = {lang: "\n".join(p) for lang, p in pages.items()}
    rng = random.Random(14)
    words = {lang: _words(lang, cards, rng) for lang in cards}
    made = {lang: _made_up(words[lang], normalize(cards[lang]), rng, lang in CJK) for lang in cards}
    engines: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(Path(tmp) / "index")
        index.upsert(
            IndexDocument(
                asset_id=lang,
                revision=1,
                title="Debian reference card",
                description="",
                tags_text="",
                file_name="refcard",
                status="published",
                pages=[IndexPage(n, t) for n, t in enumerate(p, 1)],
            )
            for lang, p in pages.items()
        )
        detected = index.languages()

        def ours(word: str) -> list[str]:
            return [a for a, _ in index.search(parse_query(word), limit=3, suggest=False).hits]

        engines["Collateral"] = ours
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE f USING fts5(lang UNINDEXED, body, tokenize='unicode61')")
        conn.executemany("INSERT INTO f VALUES (?, ?)", list(cards.items()))

        def fts5(word: str) -> list[str]:
            match = '"' + word.replace('"', "") + '"'
            try:
                return [
                    r[0]
                    for r in conn.execute(
                        "SELECT lang FROM f WHERE f MATCH ? ORDER BY rank LIMIT 3", (match,)
                    )
                ]
            except sqlite3.OperationalError:
                return []

        engines["SQLite FTS5"] = fts5
        try:
            import tantivy

            builder = tantivy.SchemaBuilder()
            builder.add_text_field("lang", stored=True, tokenizer_name="raw")
            builder.add_text_field("body")
            tv = tantivy.Index(builder.build())
            writer = tv.writer()
            for lang, text in cards.items():
                writer.add_document(tantivy.Document(lang=lang, body=text))
            writer.commit()
            tv.reload()
            searcher = tv.searcher()

            def tantivy_search(word: str) -> list[str]:
                try:
                    query = tv.parse_query('"' + word.replace('"', "") + '"', ["body"])
                except ValueError:
                    return []
                return [searcher.doc(a)["lang"][0] for _, a in searcher.search(query, 3).hits]

            engines["tantivy"] = tantivy_search
        except ImportError:
            pass
        result: dict[str, Any] = {"languages": len(cards), "detected": detected, "engines": {}}
        for name, search in engines.items():
            rows = {}
            started = time.perf_counter()
            for lang in cards:
                found = sum(1 for w in words[lang] if lang in search(w))
                wrong = sum(1 for w in made[lang] if lang in search(w))
                rows[lang] = {
                    "words": len(words[lang]),
                    "found": found,
                    "made_up": len(made[lang]),
                    "wrong": wrong,
                }
            result["engines"][name] = {"rows": rows, "seconds": round(time.perf_counter() - started, 1)}
        index.close()
    return result


def report(result: dict[str, Any]) -> str:
    if "skipped" in result:
        return f"Languages: skipped ({result['skipped']}).\n"
    names = list(result["engines"])
    header = "| card | " + " | ".join(f"{n} found | {n} made-up found" for n in names) + " |"
    lines = [header, "|---|" + "---|---|" * len(names)]
    totals = {n: [0, 0, 0, 0] for n in names}
    for lang in result["engines"][names[0]]["rows"]:
        cells = []
        for n in names:
            r = result["engines"][n]["rows"][lang]
            cells.append(f"{r['found']}/{r['words']} | {r['wrong']}/{r['made_up']}")
            t = totals[n]
            t[0] += r["found"]
            t[1] += r["words"]
            t[2] += r["wrong"]
            t[3] += r["made_up"]
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    lines.append(
        "| **all** | "
        + " | ".join(
            f"**{t[0] / t[1]:.1%}** | **{t[2] / max(t[3], 1):.1%}**" for t in (totals[n] for n in names)
        )
        + " |"
    )
    detected = ", ".join(f"{k} {v}" for k, v in sorted(result["detected"].items()))
    return "\n".join(lines) + f"\n\nLanguages our index detected (units per language): {detected}\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--real", help="folder holding usr/share/... of debian-refcard")
    args = parser.parse_args(argv)
    print(report(run(args.real)))


if __name__ == "__main__":
    main()
