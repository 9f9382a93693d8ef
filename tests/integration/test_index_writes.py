"""Writing the index while the window searches it: an import's index commits must not hold
searches up, nor let the garbage collector walk the writer's buffers."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

from collateral_app.search import IndexDocument, SearchIndex, parse_query


def _document(n: int, body: str = "readmissions care coordination") -> IndexDocument:
    return IndexDocument(
        asset_id=f"asset-{n}",
        revision=1,
        title=f"Case study {n}",
        description="",
        tags_text="",
        file_name=f"file {n}",
        body=body,
        status="published",
    )


def test_a_search_is_answered_while_a_write_is_under_way(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.upsert([_document(1)])
    writing = threading.Event()
    release = threading.Event()

    def slow_documents() -> Iterator[IndexDocument]:
        yield _document(2)
        writing.set()
        assert release.wait(10)  # the writer stays open until the search below is done
        yield _document(3)

    writer = threading.Thread(target=index.upsert, args=(slow_documents(),))
    writer.start()
    try:
        assert writing.wait(10)
        found = index.search(parse_query("readmissions"))
        assert [asset_id for asset_id, _ in found.hits] == ["asset-1"]  # the last commit's view
    finally:
        release.set()
        writer.join(10)
    assert index.search(parse_query("readmissions")).total == 3
    index.close()


def test_automatic_garbage_collection_waits_while_the_index_writes(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    seen: list[bool] = []

    def documents() -> Iterator[IndexDocument]:
        seen.append(gc.isenabled())
        yield _document(1)

    assert gc.isenabled()
    index.upsert(documents())
    assert seen == [False]
    assert gc.isenabled()

    gc.disable()  # someone else's choice is kept
    try:
        index.upsert([_document(2)])
        assert not gc.isenabled()
    finally:
        gc.enable()
    index.close()
