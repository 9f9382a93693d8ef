"""`collateral leads`: import with a dry run, list, show and mark, through the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from collateral_app.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "leads"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_json(*args: str) -> Any:
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_leads_import_dry_run_then_import_list_show_and_mark(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    code, out, err = run("--library", lib, "leads", "import", str(DATA / "salesforce-leads.csv"), "--dry-run")
    assert code == 0, err
    assert "4 leads would be created" in out
    assert "Nothing was written (dry run)." in err
    assert run_json("--library", lib, "leads", "list") == []

    code, out, err = run("--library", lib, "leads", "import", str(DATA / "salesforce-leads.csv"))
    assert code == 0, err
    assert "4 leads created" in out
    assert (
        "Lead Status “Working - Contacted”" in out or "status “Working - Contacted” (1 rows): worked" in out
    )

    leads = run_json("--library", lib, "leads", "list")
    assert sorted(lead["crm_id"] for lead in leads) == [f"00Q00000000000{n}" for n in range(1, 5)]
    shown = run_json("--library", lib, "leads", "show", "00Q000000000004")
    assert [e["stage"] for e in shown["events"]] == ["mql"]

    code, _, err = run("--library", lib, "leads", "mark", "00Q000000000004", "rejected")
    assert code == 2
    assert "Say why" in err
    event = run_json(
        "--library", lib, "leads", "mark", "00Q000000000004", "rejected", "--reason", "no budget"
    )
    assert (event["stage"], event["dated"], event["reason"]) == ("rejected", "app", "no budget")
    shown = run_json("--library", lib, "leads", "show", "00Q000000000004")
    assert shown["lead"]["stage"] == "rejected"
    assert [e["stage"] for e in shown["events"]] == ["mql", "rejected"]


def test_leads_import_exits_1_and_names_each_rejected_line(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    code, out, _ = run("--library", lib, "leads", "import", str(DATA / "hubspot-contacts.csv"))
    assert code == 1
    assert "line 7     rejected" in out
    assert "the CRM id is empty" in out
