"""`collateral report handoff` and `report settings` on the week of tests/handoff_world.py:
the same figures as the service, exactly, in text, JSON, CSV and PDF; the agreement changed
by a marketer and refused to a rep."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from collateral_app.cli import main
from collateral_app.services.library.asset_library import AssetLibrary
from tests.handoff_world import HandoffWorld, make_world


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def world(library: AssetLibrary, tmp_path: Path) -> HandoffWorld:
    return make_world(library, tmp_path)


def _handoff(lib: str, *extra: str) -> Any:
    code, out, err = run(
        "--library",
        lib,
        "report",
        "handoff",
        "--since",
        "2026-03-02",
        "--until",
        "2026-03-09",
        "--json",
        *extra,
    )
    assert code == 0, err
    return json.loads(out)


def test_report_handoff_json_gives_the_week_exactly(world: HandoffWorld) -> None:
    lib = str(world.library.paths.root)
    world.library.close()

    data = _handoff(lib)

    assert data["report"] == "handoff"
    assert data["parameters"]["window"]["half_open"] is True
    assert (data["handed_over"], data["agreed"], data["worked_in_time"], data["decided_in_time"]) == (
        50,
        50,
        47,
        42,
    )
    assert (data["qualified"], data["rejected"], data["recycled"], data["untouched"]) == (32, 10, 2, 1)
    assert data["conversion"] == 0.64
    assert data["deals"] == {"sqls": 32, "with_deal": 3, "won": 1, "lost": 1, "open": 1, "win_rate": 0.5}
    assert [lead["name"] for lead in data["untouched_leads"]] == ["Person 50"]
    assert data["weeks"][0]["worked_share"] == 0.94
    assert "50 MQLs every Monday" in data["agreement_text"]


def test_report_handoff_text_csv_and_pdf(world: HandoffWorld, tmp_path: Path) -> None:
    lib = str(world.library.paths.root)
    world.library.close()

    code, out, _ = run(
        "--library", lib, "report", "handoff", "--since", "2026-03-02", "--until", "2026-03-09"
    )
    assert code == 0
    assert "MQLs handed over (agreed): 50 (50)" in out
    assert "worked within 2 working days: 94% (47)" in out
    assert "Person 50" in out

    target = tmp_path / "handoff.csv"
    pdf = tmp_path / "handoff.pdf"
    code, _, err = run(
        "--library",
        lib,
        "report",
        "handoff",
        "--since",
        "2026-03-02",
        "--until",
        "2026-03-09",
        "--csv",
        str(target),
        "--pdf",
        str(pdf),
    )
    assert code == 0, err
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["week_of", "handed_over", "agreed", "worked_in_time"]
    assert rows[1][:4] == ["2026-03-02", "50", "50", "47"]
    untouched = tmp_path / "handoff-untouched.csv"
    assert untouched.is_file()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_settings_shows_the_agreement_and_only_a_marketer_changes_it(world: HandoffWorld) -> None:
    lib = str(world.library.paths.root)
    world.library.close()

    code, out, _ = run("--library", lib, "report", "settings")
    assert code == 0
    assert "handoff_count            50" in out
    assert "salesforce.sql           closed - converted;" in out

    run("--library", lib, "whoami", "--switch", "Rita Rep", "--set-role", "rep")
    code, _, err = run("--library", lib, "report", "settings", "--set", "handoff_count=40")
    assert code == 2
    assert "Only a marketer or an admin" in err

    run("--library", lib, "whoami", "--switch", "Mia Marketer", "--set-role", "marketer")
    code, _, err = run(
        "--library",
        lib,
        "report",
        "settings",
        "--set",
        "handoff_count=40",
        "--set",
        "decide_working_days=5",
        "--set",
        "handoff_day=tue",
    )
    assert code == 0, err
    data = _handoff(lib)
    assert data["agreed"] == 80  # two Tuesday weeks overlap 2–8 March: 24 Feb and 3 March
    assert data["decided_in_time"] == 44  # L48 and L49, SQL after 4.04 working days, are now in time
