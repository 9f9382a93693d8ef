"""Opening a library is on the desktop app's start-up path: it must not load what only
some actions need (Alembic for migrations, the document readers for imports and page
previews), and the window's first screen (every asset, recently updated first) must
come out right however many assets there are."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import update

from collateral_app.domain.enums import SearchSort
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.importer import Importer
from collateral_app.storage import database
from collateral_app.storage.models import AssetRow
from tests import samples


def test_the_newest_migration_read_from_the_files_is_the_one_alembic_names(tmp_path: Path) -> None:
    engine = database.make_engine(tmp_path / "library.db")
    with database._alembic_config(engine) as config:
        alembic_head = ScriptDirectory.from_config(config).get_current_head()
    assert database.head_revision(engine) == alembic_head
    assert database._head_from_files() == alembic_head  # the quick read, not the fallback
    engine.dispose()


def test_a_new_database_is_migrated_and_then_reported_current(tmp_path: Path) -> None:
    engine = database.make_engine(tmp_path / "library.db")
    assert database.current_revision(engine) is None
    database.migrate(engine)
    assert database.current_revision(engine) == database.head_revision(engine)
    engine.dispose()


def test_opening_a_current_library_loads_neither_alembic_nor_the_document_readers(tmp_path: Path) -> None:
    AssetLibrary.open(tmp_path / "library").close()  # created and migrated here
    probe = (
        "import sys\n"
        "from collateral_app.services.library.asset_library import AssetLibrary\n"
        f"AssetLibrary.open({str(tmp_path / 'library')!r}).close()\n"
        "print(sorted(m for m in ('alembic', 'docx', 'pptx', 'openpyxl', 'pypdfium2') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_browsing_lists_every_unarchived_asset_most_recently_updated_first(
    library: AssetLibrary, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    ids = []
    for n in range(6):
        outcome = Importer(library).run([samples.make_text(folder / f"note-{n}.txt", f"Note number {n}.")])[0]
        assert outcome.asset_id
        ids.append(outcome.asset_id)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    order = [ids[3], ids[0], ids[5], ids[1], ids[4], ids[2]]  # most recent first
    with library.sessions.begin() as s:
        for age, asset_id in enumerate(order):
            s.execute(
                update(AssetRow).where(AssetRow.id == asset_id).values(updated_at=base - timedelta(days=age))
            )
    library.archive([ids[5]])
    with library.sessions.begin() as s:  # archiving touched it; put it back where it was
        s.execute(update(AssetRow).where(AssetRow.id == ids[5]).values(updated_at=base - timedelta(days=2)))
    expected = [a for a in order if a != ids[5]]

    first = library.search("", limit=3, sort=SearchSort.UPDATED, facets=True)
    second = library.search("", limit=3, offset=3, sort=SearchSort.UPDATED)

    assert [h.asset_id for h in first.hits] == expected[:3]
    assert [h.asset_id for h in second.hits] == expected[3:]
    assert first.total == 5
    assert sum(first.facets["media"].values()) == 5
