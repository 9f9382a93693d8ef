"""`collateral report` and `collateral review` on a small library whose answers are known:
the same numbers as the service, JSON that names its definition parameters, readable text,
CSV/HTML/PDF exports, and the exit codes of the rest of the command line."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from collateral_app.cli import main
from collateral_app.domain.sales import Outcome, Segment, UsageKind, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from tests.insight_world import TODAY, World, ago

# The world's last 90 days as absolute dates, so the figures do not depend on the real today.
WINDOW = [
    "--since",
    (TODAY - timedelta(days=89)).isoformat(),
    "--until",
    (TODAY + timedelta(days=1)).isoformat(),
]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("insight-cli") / "library"
    library = AssetLibrary.open(folder)
    w = World.make(library)
    winner = w.asset("Kessler case study", stage="decision", industry="manufacturing", owner="Lena Fischer")
    w.asset("Stale whitepaper", stage="awareness", industry="retail", review_by=TODAY - timedelta(days=30))
    for n in range(5):
        deal = w.deal(
            f"Won {n}",
            w.prospect(f"Plant {n}", "manufacturing", "mid-market"),
            outcome=Outcome.WON,
            closed_days_ago=5 + n,
            amount="1000",
            stage="decision",
        )
        w.use(winner, UsageKind.SHARED, ago(20 + n), deal=deal)
        if n == 0:
            w.feedback(winner, deal, Verdict.HELPED_WIN, at=ago(4))
    for n in range(5):
        w.deal(f"Lost {n}", w.prospect(f"Shop {n}", "retail"), outcome=Outcome.LOST, closed_days_ago=10 + n)
    school = w.prospect("Maple School District", "education", "mid-market")
    w.deal("Maple platform", school, stage="decision")
    w.search("school district pricing", 0, at=ago(3), filters={"industry": "education", "stage": "decision"})
    w.request("Procurement guide for schools", Segment(industry="education", stage="decision"), at=ago(12))
    library.close()
    yield folder


def run(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(root), *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def report_json(root: Path, kind: str, *extra: str) -> dict[str, Any]:
    code, out, err = run(root, "report", kind, *WINDOW, "--json", *extra)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_usage_json_names_the_definition_parameters_a_reader_needs(root: Path) -> None:
    data = report_json(root, "usage")

    window = data["parameters"]["window"]
    assert (window["first_day"], window["last_day"], window["days"]) == ("2025-03-21", "2025-06-18", 90)
    assert (window["since"], window["until"]) == ("2025-03-20T23:00:00+00:00", "2025-06-18T22:00:00+00:00")
    assert (window["time_zone"], window["half_open"]) == ("Europe/Berlin", True)
    assert data["parameters"]["grace_days"] == 30
    assert data["parameters"]["targets"] == {
        "ack_working_days": 5,
        "deliver_working_days": 20,
        "feedback_coverage": 0.8,
    }
    assert set(data["definitions"]) >= {"Window", "Customer-facing uses", "Unused", "Lift", "Coverage"}
    uses = {a["title"]: a["uses"] for a in data["usage"]["assets"]}
    assert uses == {"Kessler case study": 5, "Stale whitepaper": 0}
    assert (data["usage"]["published"], data["usage"]["published_used"], data["usage"]["used_share"]) == (
        2,
        1,
        0.5,
    )


def test_every_report_s_numbers_match_the_scenario(root: Path) -> None:
    flags = report_json(root, "stale")["flags"]
    assert [a["title"] for a in flags["archive_candidates"]] == ["Stale whitepaper"]

    influence = report_json(root, "influence", "--attribution", "full")["influence"]
    [row] = influence["assets"]
    assert (row["declared_won"], row["assisted_won"], row["won_deals"], row["closed_deals_used"]) == (
        1,
        5,
        5,
        5,
    )
    assert row["lift"] == 2.0 and influence["win_rate"] == 0.5
    assert row["influenced"] == [{"minor": 500_000, "currency": "USD", "value": "5000.00"}]
    assert report_json(root, "influence")["parameters"]["attribution"] == "even"

    cells = {(c["row"], c["column"]): c for c in report_json(root, "gaps")["coverage"]["cells"]}
    gap = cells[("decision", "education")]
    assert (gap["supply"], gap["deals"], gap["searches"], gap["requests"], gap["status"]) == (
        0,
        1,
        1,
        1,
        "gap",
    )
    assert gap["reason"] == "1 open or recent deal, 1 zero-result search, 1 open request; no asset"

    service = report_json(root, "sla")["service"]
    assert (service["closed_deals"], service["with_feedback"], service["feedback_coverage"]) == (10, 1, 0.1)
    assert [r["text"] for r in service["requests"]] == ["Procurement guide for schools"]

    demand = report_json(root, "demand")["demand"]
    assert [(q["query"], q["zero_result"]) for q in demand["zero_result"]] == [("school district pricing", 1)]

    everything = report_json(root, "all")
    assert everything["headline"]["archive_candidates"] == 1
    assert everything["headline"]["influenced_won"] == [
        {"minor": 500_000, "currency": "USD", "value": "5000.00"}
    ]


def test_reports_read_as_text_tables_on_a_terminal(root: Path) -> None:
    code, out, _ = run(root, "report", "gaps", *WINDOW)
    assert code == 0
    assert "Coverage: stage × industry" in out
    assert "Decision × Education: gap, gap score 3.0 (1 open or recent deal, 1 zero-result search" in out

    code, out, _ = run(root, "report", "stale", *WINDOW)
    assert "Stale whitepaper" in out and "review overdue since 19 May 2025" in out

    code, out, _ = run(root, "report", "cell", "decision", "education", *WINDOW)
    assert code == 0
    assert "Maple platform — Maple School District" in out and "“school district pricing” × 1" in out


def test_bad_input_exits_2_with_a_message_and_an_unwritable_export_exits_1(
    root: Path, tmp_path: Path
) -> None:
    for args, message in (
        (["report", "usage", "--window", "0"], "A window is 1 to 3660 days"),
        (["report", "gaps", "--dims", "stage"], "two different dimensions"),
        (["report", "usage", "--member", "Nobody"], "No team member named “Nobody”"),
        (["report", "usage", "--since", "yesterday-ish"], "--since:"),
        (["report", "cell", "decision"], "Usage: collateral report cell ROW COLUMN"),
        (["report", "settings", "--set", "grace_days=lots"], "grace_days is a whole number"),
    ):
        code, _, err = run(root, *args)
        assert (code, message in err) == (2, True), (args, err)
    code, _, err = run(root, "report", "usage", *WINDOW, "--csv", str(tmp_path / "missing" / "usage.csv"))
    assert code == 1 and "does not exist" in err


def test_csv_writes_every_table_the_first_to_the_file_the_others_beside_it(
    root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usage.csv"

    code, out, err = run(root, "report", "usage", *WINDOW, "--csv", str(target))

    assert code == 0 and out == ""
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "usage-usage-by-segment.csv",
        "usage-usage-by-type.csv",
        "usage-usage-timeline.csv",
        "usage.csv",
    ]
    assert f"Wrote {target}" in err
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["title"], r["uses"], r["shares"]) for r in rows] == [
        ("Kessler case study", "5", "5"),
        ("Stale whitepaper", "0", "0"),
    ]
    with (tmp_path / "usage-usage-timeline.csv").open(encoding="utf-8-sig", newline="") as f:
        assert sum(int(r["uses"]) for r in csv.DictReader(f)) == 5


def test_csv_into_a_zip_writes_one_file_holding_every_table(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "insight.zip"

    code, _, err = run(root, "report", "all", *WINDOW, "--csv", str(target))

    assert code == 0 and f"Wrote {target}" in err
    assert [p.name for p in tmp_path.iterdir()] == ["insight.zip"]  # one file, nothing loose
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert len(names) > 10 and len(set(names)) == len(names)
        assert {"usage.csv", "usage-timeline.csv"} <= set(names)
        text = archive.read("usage.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(r["title"], r["uses"]) for r in rows] == [("Kessler case study", "5"), ("Stale whitepaper", "0")]


def test_the_pdf_and_html_reports_state_the_window_and_filters_and_end_with_the_definitions(
    root: Path, tmp_path: Path
) -> None:
    pdf, page = tmp_path / "insight.pdf", tmp_path / "insight.html"

    code, _, err = run(
        root, "report", "all", *WINDOW, "--industry", "manufacturing", "--pdf", str(pdf), "--html", str(page)
    )

    assert code == 0, err
    document = pdfium.PdfDocument(str(pdf))
    try:
        text = "\n".join(document[n].get_textpage().get_text_range() for n in range(len(document)))
    finally:
        document.close()
    assert text.startswith("Marketing insight")
    assert "21 Mar 2025 – 18 Jun 2025 (90 days, Europe/Berlin)" in text
    assert "industry manufacturing" in text
    assert "Kessler case study" in text and "Won deals influenced" in text
    assert text.rindex("Appendix: definitions") > text.rindex("Kessler case study")
    markup = page.read_text(encoding="utf-8")
    assert markup.count("<svg") == 5  # usage, influence, heatmap, two service-level charts
    assert "industry manufacturing" in markup and "<dt>Lift</dt>" in markup


def test_settings_are_shown_and_changed(root: Path) -> None:
    code, out, _ = run(root, "report", "settings", "--set", "ack_working_days=3", "--json")
    assert code == 0 and json.loads(out)["ack_working_days"] == 3
    assert report_json(root, "sla")["parameters"]["targets"]["ack_working_days"] == 3
    run(root, "report", "settings", "--set", "ack_working_days=5")


def test_review_asks_the_owner_and_the_owner_sees_it(root: Path) -> None:
    stale = next(a for a in report_json(root, "stale")["flags"]["stale"] if a["title"] == "Stale whitepaper")

    code, out, _ = run(root, "review", stale["asset_id"], "--ask-owner", "--note", "Still true?")
    assert (code, out) == (0, "Asked Lena Fischer to review “Stale whitepaper”.\n")
    run(root, "whoami", "--switch", "Lena Fischer")
    code, out, _ = run(root, "review", "--mine", "--json")
    assert [(r["asset_title"], r["note"], r["pending"]) for r in json.loads(out)] == [
        ("Stale whitepaper", "Still true?", True)
    ]
    code, out, _ = run(root, "review", stale["asset_id"], "--done")
    assert code == 0 and "is due for review on" in out
    code, out, _ = run(root, "review", "--mine", "--json")
    assert json.loads(out)[0]["pending"] is False
    code, _, err = run(root, "review", stale["asset_id"], "--done", "--archive")
    assert code == 2 and "Usage: collateral review" in err
