"""The sales loop's commands: JSON shapes, exit codes (0 ok, 1 some rows rejected, 2 usage
errors) and the round trip from a CRM export to feedback, requests, recommendations and kits."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from collateral_app.cli import main
from tests import samples

DATA = Path(__file__).resolve().parents[1] / "data" / "crm"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_json(*args: str) -> Any:
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def lib(tmp_path: Path) -> str:
    return str(tmp_path / "lib")


@pytest.fixture
def asset_ids(lib: str, tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    samples.make_text(
        folder / "Hospital ROI one-pager.txt", "Readmissions fell 18 percent; ROI in six months."
    )
    samples.make_text(folder / "Security datasheet.txt", "SOC 2 Type II, ISO 27001, single sign-on.")
    _, out, _ = run("--library", lib, "import", str(folder), "--json")
    ids = [o["asset_id"] for o in json.loads(out)]
    for asset_id in ids:
        run(
            "--library", lib, "edit", asset_id, "--set", "industry=healthcare", "--set", "stage=consideration"
        )
    return ids


def test_deals_import_reports_rows_in_json_and_exits_1_when_some_were_rejected(lib: str) -> None:
    code, out, _ = run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"), "--json")

    assert code == 1
    report = json.loads(out)
    assert report["counts"] == {"created": 6, "updated": 0, "unchanged": 0, "rejected": 5}
    assert report["applied"] is True
    assert report["layout"]["format"] == "hubspot"
    rejected = [r for r in report["rows"] if r["action"] == "rejected"]
    assert {r["line"] for r in rejected} == {7, 8, 9, 10, 11}
    assert all(r["reason"] for r in rejected)


def test_deals_import_dry_run_writes_nothing_and_a_clean_mapped_file_exits_0(lib: str) -> None:
    code, out, err = run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"), "--dry-run")
    assert code == 1 and "6 would be created" in out and "dry run" in err
    assert run_json("--library", lib, "deals", "list") == []

    code, out, _ = run(
        "--library",
        lib,
        "deals",
        "import",
        str(DATA / "pipedrive-deals.csv"),
        "--map",
        "Deal - ID=crm_id",
        "--map",
        "Deal - Title=name",
        "--map",
        "Deal - Organization=prospect",
        "--map",
        "Deal - Value=amount",
        "--map",
        "Deal - Currency=currency",
        "--map",
        "Deal - Status=outcome",
        "--source",
        "pipedrive",
    )
    assert code == 0, out
    assert "3 created" in out


def test_an_unknown_map_field_or_deal_is_a_usage_error(lib: str) -> None:
    code, _, err = run(
        "--library", lib, "deals", "import", str(DATA / "pipedrive-deals.csv"), "--map", "X=budget"
    )
    assert code == 2 and "“budget” is not a field" in err
    code, _, err = run("--library", lib, "deals", "show", "nope")
    assert code == 2 and "No deal “nope”" in err


def test_set_outcome_asks_for_feedback_and_deal_show_lists_the_assets_used(
    lib: str, asset_ids: list[str]
) -> None:
    run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"))
    run("--library", lib, "usage", "log", asset_ids[0], "--kind", "shared", "--deal", "9002")

    code, out, _ = run("--library", lib, "deals", "set-outcome", "9002", "won")

    assert code == 0
    assert "Which of the 1 assets used with Northwind Insurance helped?" in out
    shown = run_json("--library", lib, "deals", "show", "9002")
    assert shown["deal"]["outcome"] == "won" and shown["deal"]["awaiting_feedback"] is True
    assert [a["asset_id"] for a in shown["assets_used"]] == [asset_ids[0]]
    assert shown["deal"]["amount"] == {"minor": 12_500_000, "currency": "USD", "value": "125000.00"}
    awaiting = run_json("--library", lib, "deals", "list", "--awaiting-feedback")
    assert "9002" in {d["crm_id"] for d in awaiting}


def test_feedback_is_recorded_and_shown_per_asset(lib: str, asset_ids: list[str]) -> None:
    run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"))

    entry = run_json(
        "--library",
        lib,
        "feedback",
        asset_ids[0],
        "--deal",
        "9001",
        "--helped",
        "--rating",
        "5",
        "--comment",
        "Key",
    )

    assert (entry["verdict"], entry["rating"], entry["comment"]) == ("helped_win", 5, "Key")
    summary = run_json("--library", lib, "feedback", asset_ids[0])
    assert (summary["helped_win"], summary["ratings"], summary["average_rating"]) == (1, 1, 5.0)
    code, _, err = run("--library", lib, "feedback", asset_ids[0], "--helped")
    assert code == 2 and "--deal" in err
    assert (
        run("--library", lib, "feedback", asset_ids[0], "--deal", "9001", "--helped", "--rating", "9")[0] == 2
    )
    code, _, err = run("--library", lib, "feedback", asset_ids[0], "--deal", "9004", "--helped")
    assert code == 2 and "is lost, not won" in err


def test_usage_log_and_import_record_events_from_the_cli(
    lib: str, asset_ids: list[str], tmp_path: Path
) -> None:
    run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"))
    event = run_json("--library", lib, "usage", "log", asset_ids[1], "--kind", "presented", "--deal", "9001")
    assert (event["kind"], event["source"]) == ("presented", "cli")
    history = tmp_path / "history.csv"
    history.write_text(
        f"Doc,When,What\n{asset_ids[0]},2025-06-01T10:00:00Z,shared\nnope,2025-06-01T10:00:00Z,shared\n",
        encoding="utf-8",
    )
    args = (
        "usage",
        "import",
        str(history),
        "--map",
        "Doc=asset_id",
        "--map",
        "When=timestamp",
        "--map",
        "What=kind",
    )

    code, out, _ = run("--library", lib, *args)

    assert code == 1 and "1 created" in out and "no asset has the id “nope”" in out
    assert run("--library", lib, *args)[1].startswith(
        f"{history.name} (csv, utf-8, delimiter ','): 0 created"
    )
    assert [e["kind"] for e in run_json("--library", lib, "usage", "list", asset_ids[0])] == ["shared"]


def test_requests_go_from_add_to_vote_to_delivered_and_the_requester_sees_it(
    lib: str, asset_ids: list[str]
) -> None:
    run("--library", lib, "whoami", "--set-name", "Dana Whitfield")
    request = run_json(
        "--library", lib, "requests", "add", "HIPAA security whitepaper", "--industry", "healthcare"
    )
    run("--library", lib, "whoami", "--switch", "Marco Ruiz")
    assert run_json("--library", lib, "requests", "vote", request["id"])["votes"] == 1
    assert run("--library", lib, "requests", "vote", request["id"])[0] == 2
    run("--library", lib, "whoami", "--switch", "Lena Fischer", "--set-role", "marketer")
    run("--library", lib, "requests", "update", request["id"][:8], "--status", "accepted")
    delivered = run_json(
        "--library",
        lib,
        "requests",
        "update",
        request["id"],
        "--status",
        "delivered",
        "--asset",
        asset_ids[1],
    )
    assert [e["status"] for e in delivered["history"]] == ["open", "accepted", "delivered"]
    assert run("--library", lib, "requests", "update", request["id"], "--status", "declined")[0] == 2

    run("--library", lib, "whoami", "--switch", "Dana Whitfield")
    news = run_json("--library", lib, "requests", "news")
    assert [u["event"]["status"] for u in news] == ["delivered", "accepted"]
    listed = run_json("--library", lib, "requests", "list", "--status", "delivered")
    assert [r["id"] for r in listed] == [request["id"]]


def test_recommend_for_a_deal_prints_reasons_and_needs_a_deal_or_segment(
    lib: str, asset_ids: list[str]
) -> None:
    run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"))
    run("--library", lib, "usage", "log", asset_ids[0], "--kind", "shared", "--deal", "9001")
    run("--library", lib, "deals", "set-outcome", "9001", "open")
    run("--library", lib, "deals", "set-outcome", "9001", "won")  # won today, after the share

    result = run_json("--library", lib, "recommend", "--deal", "9009", "--limit", "2")

    assert result["segment"]["industry"] == "healthcare" and result["segment"]["size"] == "mid-market"
    assert [i["asset_id"] for i in result["items"]] == asset_ids
    assert result["items"][0]["reason"].startswith("used in 1 won healthcare mid-market deal")
    code, out, _ = run("--library", lib, "recommend", "--industry", "healthcare")
    assert code == 0 and " 1. Hospital ROI one pager" in out
    assert run("--library", lib, "recommend")[0] == 2


def test_a_kit_is_created_and_exported_as_a_zip_from_the_cli(
    lib: str, asset_ids: list[str], tmp_path: Path
) -> None:
    run("--library", lib, "deals", "import", str(DATA / "hubspot-deals.csv"))
    kit = run_json("--library", lib, "kit", "create", "Acme call", "--deal", "9009", *asset_ids)

    export = run_json("--library", lib, "kit", "export", kit["id"][:8], str(tmp_path / "acme"), "--zip")

    assert export["events_logged"] == 2
    with zipfile.ZipFile(export["path"]) as archive:
        assert archive.namelist() == ["Hospital ROI one-pager.txt", "Security datasheet.txt"]
    assert run("--library", lib, "kit", "create", "No deal", *asset_ids)[0] == 2


def test_whoami_shows_the_profile_and_this_devices_id(lib: str) -> None:
    me = run_json("--library", lib, "whoami", "--set-name", "Priya Nair", "--set-role", "marketer")

    assert me["user"]["name"] == "Priya Nair" and me["user"]["role"] == "marketer"
    assert run_json("--library", lib, "whoami")["device_id"] == me["device_id"]
    assert run("--library", lib, "whoami", "--set-role", "boss")[0] == 2


def test_demand_lists_searches_nothing_answered(lib: str, asset_ids: list[str]) -> None:
    from collateral_app.services.library.asset_library import AssetLibrary
    from collateral_app.services.sales.loop import SalesLoop

    with AssetLibrary.open(lib) as library:
        loop = SalesLoop(library)
        loop.log_search("public sector pricing", {}, 0)
        loop.log_search("roi", {}, 2)

    signals = run_json("--library", lib, "demand", "--zero-results")

    assert [(s["query"], s["zero_result"]) for s in signals] == [("public sector pricing", 1)]
