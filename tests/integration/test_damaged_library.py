"""A damaged library.db: every command explains it (no traceback), `check` lists the damage,
`check --repair` salvages it with Python's sqlite3 alone (no sqlite3 program), keeping the
damaged file aside and every stored file. Three damages: 200 bytes flipped in the middle,
the file cut to half, its header overwritten."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from collateral_app.cli import main
from collateral_app.domain.enums import AssetStatus
from collateral_app.domain.errors import DamagedLibrary
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.backups import backup_library
from collateral_app.services.library.maintenance import check_library
from collateral_app.storage.models import AssetRow
from tests.damaged_world import DAMAGE, SoundLibrary, build_library, copy_library


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> SoundLibrary:
    where = tmp_path_factory.mktemp("sound")
    return build_library(where / "library", where / "sources")


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, sound: SoundLibrary, tmp_path: Path) -> tuple[str, Path]:
    root = copy_library(sound, tmp_path / "library")
    DAMAGE[request.param](root / "library.db")
    return request.param, root


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_explained(code: int, err: str) -> None:
    assert code == 1
    assert "is damaged" in err and "collateral check --repair" in err
    assert "Traceback" not in err and "sqlalchemy" not in err


def test_search_list_and_check_explain_the_damage(damaged: tuple[str, Path], sound: SoundLibrary) -> None:
    kind, root = damaged
    if kind == "flipped":
        # Opening reads only a few pages: what does not touch the damage still works, untouched...
        code, out, _err = run("--library", str(root), "list")
        assert code == 0 and len(out.splitlines()) == len(sound.asset_ids)
    code, out, err = run("--library", str(root), "check")
    assert_explained(code, err)
    assert "integrity check says" in out and "database_damaged" in out
    # ...and once the damage is found, every command says so until it is repaired.
    for command in (["search", "customers"], ["list"], ["check"]):
        code, _out, err = run("--library", str(root), *command)
        assert_explained(code, err)


def test_json_modes_give_an_error_object(damaged: tuple[str, Path]) -> None:
    _kind, root = damaged
    run("--library", str(root), "check")
    for command in (["search", "customers", "--json"], ["list", "--json"]):
        code, out, err = run("--library", str(root), *command)
        assert_explained(code, err)
        error = json.loads(out)["error"]
        assert error["code"] == "damaged_library"
        assert error["database"] == str(root / "library.db")
        assert error["latest_backup"] is None
    code, out, _err = run("--library", str(root), "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["consistent"] is False
    assert report["error"]["code"] == "damaged_library"
    assert report["problems"] and {p["kind"] for p in report["problems"]} == {"database_damaged"}


def test_the_command_itself_prints_no_traceback(sound: SoundLibrary, tmp_path: Path) -> None:
    root = copy_library(sound, tmp_path / "library")
    DAMAGE["truncated"](root / "library.db")
    done = subprocess.run(
        [sys.executable, "-m", "collateral_app.cli", "--library", str(root), "search", "customers"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "is damaged" in done.stderr and "collateral check --repair" in done.stderr


def test_check_repair_salvages_and_keeps_everything(damaged: tuple[str, Path], sound: SoundLibrary) -> None:
    kind, root = damaged
    damaged_bytes = sha256(root / "library.db")

    code, out, err = run("--library", str(root), "check", "--repair", "--json")

    assert "Traceback" not in err
    report = json.loads(out)
    salvaged = report["salvaged"]
    # The damaged file is kept aside, as it was.
    aside = Path(salvaged["damaged_copy"])
    assert aside.parent == root and aside.name.startswith("library.db.damaged-")
    assert sha256(aside) == damaged_bytes
    # The library opens, consistent; every stored file is kept, and each belongs to an asset.
    assert report["consistent"] is True
    with AssetLibrary.open(root, create=False) as library:
        assert set(library.blobs.all_hashes()) == sound.files
        assets = library.list_assets()
        assert {a.blob_sha256 for a in assets} == sound.files
        assert len(assets) == len(sound.asset_ids)
        assert check_library(library).consistent
        # The search index was built again from the new database.
        assert library.search(sound.late_word, limit=100).total == len(sound.asset_ids) // 2
    tables = {t["table"]: t for t in salvaged["tables"]}
    if kind == "header":
        # The header rebuilt, nothing else was damaged: every row is back.
        assert code == 0 and salvaged["complete"] is True
        assert all(t["lost"] == 0 for t in tables.values())
        assert tables["assets"]["recovered"] == len(sound.asset_ids)
        assert tables["deals"]["recovered"] == sound.deals
        assert tables["usage_events"]["recovered"] == sound.usage_events
        assert salvaged["recovered_files"] == []
    if kind == "flipped":
        # One damaged page: a handful of rows at most.
        assert sum(t["lost"] or 0 for t in tables.values()) <= 40
        assert tables["assets"]["recovered"] == len(sound.asset_ids)
    if kind == "truncated":
        assert code == 1 and salvaged["complete"] is False
        # The second import's asset rows were in the lost half: their files came back as drafts.
        back = salvaged["recovered_files"]
        assert back and all(f["asset_id"] for f in back)
        assert tables["assets"]["recovered"] + len(back) == len(sound.asset_ids)
        assert tables["deals"]["recovered"] == sound.deals  # in the first half


def test_files_whose_assets_were_lost_come_back_as_drafts(sound: SoundLibrary, tmp_path: Path) -> None:
    root = copy_library(sound, tmp_path / "library")
    DAMAGE["truncated"](root / "library.db")
    code, out, _err = run("--library", str(root), "check", "--repair")
    assert code == 1
    assert "back as drafts tagged “recovered”" in out
    assert "Some rows were lost or damaged" in out
    with AssetLibrary.open(root, create=False) as library:
        recovered = [a for a in library.list_assets() if "recovered" in a.tags]
        assert recovered and all(a.status is AssetStatus.DRAFT for a in recovered)
        assert all(a.blob_sha256 in sound.files for a in recovered)
        # Their text was read from the file again: the second import's word finds them all.
        found = {h.asset_id for h in library.search(sound.late_word, limit=100).hits}
        assert {a.id for a in recovered} <= found


def test_a_known_backup_is_named_and_restores(sound: SoundLibrary, tmp_path: Path) -> None:
    root = copy_library(sound, tmp_path / "library")
    with AssetLibrary.open(root) as library:
        backup = backup_library(library, tmp_path / "backup")
    DAMAGE["header"](root / "library.db")
    with pytest.raises(DamagedLibrary) as caught:
        AssetLibrary.open(root)
    assert caught.value.backup == backup
    assert f"collateral restore {backup} --library {root} --replace" in str(caught.value)
    code, _out, _err = run("--library", str(root), "restore", str(backup), "--replace")
    assert code == 0
    with AssetLibrary.open(root) as library:
        assert library.asset_count() == len(sound.asset_ids)


def test_a_damaged_value_is_cleared_and_its_row_kept(sound: SoundLibrary, tmp_path: Path) -> None:
    root = copy_library(sound, tmp_path / "library")
    conn = sqlite3.connect(root / "library.db")
    with conn:  # what damaged bytes inside a row look like: values of the wrong kind
        conn.execute(
            "UPDATE assets SET review_by = 'x9-\x01', metadata_json = '{\"broken', created_at = 17 "
            "WHERE id = ?",
            (sound.asset_ids[0],),
        )
    conn.close()
    DAMAGE["header"](root / "library.db")
    code, out, _err = run("--library", str(root), "check", "--repair", "--json")
    assets = {t["table"]: t for t in json.loads(out)["salvaged"]["tables"]}["assets"]
    assert code == 1 and assets["recovered"] == len(sound.asset_ids) and assets["values_reset"] == 3
    with AssetLibrary.open(root, create=False) as library:
        asset = library.get_asset(sound.asset_ids[0])
        assert asset.review_by is None and asset.metadata == {}
        with library.sessions() as s:
            assert s.scalar(select(AssetRow.created_at).where(AssetRow.id == asset.id)) is not None
        assert len(library.list_assets()) == len(sound.asset_ids)


def test_a_salvage_that_cannot_finish_changes_nothing(
    sound: SoundLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_library(sound, tmp_path / "library")
    DAMAGE["truncated"](root / "library.db")
    before = sha256(root / "library.db")

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    # The disk filling while the new database is written: a system edge, made here.
    monkeypatch.setattr("collateral_app.services.library.salvage.rebuild_database", no_space)
    code, _out, err = run("--library", str(root), "check", "--repair")
    assert code == 1 and "is full" in err and "Traceback" not in err
    assert sha256(root / "library.db") == before
    assert [p.name for p in root.iterdir() if p.name.startswith(("library.db.damaged", ".salvage"))] == []


def test_a_sound_library_is_not_touched_by_check(sound: SoundLibrary, tmp_path: Path) -> None:
    root = copy_library(sound, tmp_path / "library")
    with AssetLibrary.open(root) as library, library.sessions.begin() as s:
        s.execute(update(AssetRow).where(AssetRow.id == sound.asset_ids[0]).values(owner="Lena"))
    code, out, _err = run("--library", str(root), "check", "--repair")
    assert code == 0 and "The library is consistent" in out and "Salvaged" not in out
    assert not any(p.name.startswith("library.db.damaged") for p in root.iterdir())
