from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from collateral_app.cli import main
from tests import samples


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def lib(tmp_path: Path) -> str:
    return str(tmp_path / "lib")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    samples.make_pdf(
        folder / "hospital case study.pdf", ["Readmissions fell 18 percent.", "ROI in six months."]
    )
    samples.make_text(folder / "battlecard.txt", "How we win against Contoso Suite on price and security.")
    return folder


def test_import_json_lists_each_file_with_status_and_id(lib: str, folder: Path) -> None:
    code, out, err = run("--library", lib, "import", str(folder), "--json")
    assert code == 0
    outcomes = json.loads(out)
    assert [o["status"] for o in outcomes] == ["imported", "imported"]
    keys = {"path", "status", "asset_id", "reason", "draft", "needs_attention"}
    assert all(set(o) == keys for o in outcomes)
    assert "2 imported" in err


def test_import_with_a_failed_file_exits_1(lib: str, folder: Path) -> None:
    code, out, _ = run("--library", lib, "import", str(folder), str(folder / "missing.pdf"), "--json")
    assert code == 1
    assert json.loads(out)[-1]["status"] == "failed"


def test_search_json_has_the_documented_shape(lib: str, folder: Path) -> None:
    run("--library", lib, "import", str(folder))
    code, out, _ = run("--library", lib, "search", "readmissions", "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"query", "total", "took_ms", "hits", "suggestion"}
    hit = result["hits"][0]
    assert set(hit) >= {"asset_id", "title", "score", "snippet", "page"}
    assert hit["page"] == 1
    assert "<b>Readmissions</b>" in hit["snippet"]
    assert hit["on_team_server"] is False  # imported here: the file is on this laptop
    assert hit["thumbnail"] is None or Path(hit["thumbnail"]).is_file()


def test_search_suggests_a_correction_for_a_typo(lib: str, folder: Path) -> None:
    run("--library", lib, "import", str(folder))
    code, out, _ = run("--library", lib, "search", "readmisions", "--json")
    assert code == 0
    assert json.loads(out)["suggestion"] == "readmissions"


def test_queries_file_prints_one_json_object_per_line(lib: str, folder: Path, tmp_path: Path) -> None:
    run("--library", lib, "import", str(folder))
    queries = tmp_path / "q.txt"
    queries.write_text("contoso\nroi\n\nsecurity\n")
    code, out, _ = run("--library", lib, "search", "--queries-file", str(queries))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in lines] == ["contoso", "roi", "security"]


def test_malformed_query_is_searched_with_a_note_not_an_error(lib: str, folder: Path) -> None:
    run("--library", lib, "import", str(folder))
    code, out, err = run("--library", lib, "search", 'contoso "price AND (', "--json")
    assert code == 0
    assert json.loads(out)["total"] >= 1
    assert "note:" in err


def test_show_edit_list_and_export_text(lib: str, folder: Path) -> None:
    _, out, _ = run("--library", lib, "import", str(folder), "--json")
    asset_id = next(o["asset_id"] for o in json.loads(out) if o["path"].endswith(".pdf"))
    code, out, _ = run(
        "--library", lib, "edit", asset_id, "--set", "industry=healthcare", "--set", "tags=roi"
    )
    assert code == 0 and "updated" in out
    code, out, _ = run("--library", lib, "show", asset_id, "--json")
    shown = json.loads(out)
    assert shown["taxonomy"]["industry"] == ["healthcare"] and shown["tags"] == ["roi"]
    code, out, _ = run("--library", lib, "list", "--industry", "healthcare", "--json")
    assert [a["id"] for a in json.loads(out)] == [asset_id]
    code, out, _ = run("--library", lib, "export-text", asset_id)
    assert "--- page 2 ---" in out and "ROI in six months." in out


def test_usage_errors_exit_2(lib: str, folder: Path) -> None:
    assert run("--library", lib, "show", "no-such-asset")[0] == 2
    assert run("--library", lib, "frobnicate")[0] == 2
    _, out, _ = run("--library", lib, "import", str(folder), "--json")
    asset_id = json.loads(out)[0]["asset_id"]
    code, _, err = run("--library", lib, "edit", asset_id, "--set", "industry=atlantis")
    assert code == 2 and "not a known industry" in err


def test_check_exits_0_when_consistent_and_1_when_not(lib: str, folder: Path) -> None:
    run("--library", lib, "import", str(folder))
    code, out, _ = run("--library", lib, "check", "--json")
    assert code == 0 and json.loads(out)["consistent"] is True
    (Path(lib) / "blobs" / ".incoming-x").write_bytes(b"partial")
    assert run("--library", lib, "check")[0] == 1
    assert run("--library", lib, "check", "--repair")[0] == 0


def test_reindex_backup_and_restore(lib: str, folder: Path, tmp_path: Path) -> None:
    run("--library", lib, "import", str(folder))
    code, out, _ = run("--library", lib, "reindex", "--json")
    assert code == 0 and json.loads(out)["indexed"] == 2
    assert run("--library", lib, "backup", str(tmp_path / "bk"))[0] == 0
    restored = str(tmp_path / "restored")
    code, out, _ = run("--library", restored, "restore", str(tmp_path / "bk"), "--json")
    assert code == 0 and json.loads(out)["consistent"] is True
    code, out, _ = run("--library", restored, "search", "contoso", "--json")
    assert json.loads(out)["total"] == 1


def test_library_comes_from_the_environment_variable(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLATERAL_LIBRARY", str(tmp_path / "env-lib"))
    assert run("import", str(folder))[0] == 0
    assert (tmp_path / "env-lib" / "library.db").is_file()


def test_every_subcommand_has_help() -> None:
    for command in [
        "import",
        "search",
        "show",
        "edit",
        "list",
        "export-text",
        "check",
        "reindex",
        "backup",
        "restore",
        "demo",
        "taxonomy",
        "add-link",
    ]:
        code, _, _ = run(command, "--help")
        assert code == 0, command


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    executable = Path(sys.executable).with_name("collateral")
    if not executable.exists():
        pytest.skip(
            "the `collateral` script is installed by `make test`'s venv; not found beside this Python"
        )
    result = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "collateral" in result.stdout
