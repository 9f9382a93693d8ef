"""CRM import throughput: a 50k-row HubSpot deal export (fixed seed, real HubSpot headers,
amounts like "12,500.00", 10,000 companies, about 1 row in 200 bad) imported into an empty
library through `SalesLoop.import_deals`, then the same file again (every row unchanged:
the idempotent re-import), then a later export where a tenth of the deals moved on.

The baseline, in the same run: the standard library reading the same file with `csv` and
inserting the same rows into a bare SQLite table with `executemany` — the floor any import
of this file pays. Reported as a ratio. The target (issue 4): a 50k-row import in ≤ 30 s.

    python -m bench.crm_import [--rows 50000]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from .stats import machine, ratio, table, verdict

SEED = 20_261_201
TARGET_S = 30.0
HEADERS = [
    "Record ID",
    "Deal Name",
    "Pipeline",
    "Deal Stage",
    "Amount",
    "Close Date",
    "Create Date",
    "Deal owner",
    "Associated Company",
    "Industry",
    "Number of Employees",
    "Country/Region",
]
STAGES = [
    "Appointment Scheduled",
    "Qualified To Buy",
    "Presentation Scheduled",
    "Decision Maker Bought-In",
    "Contract Sent",
    "Closed Won",
    "Closed Lost",
]
INDUSTRIES = [
    "Hospital & Health Care",
    "Financial Services",
    "Retail",
    "Manufacturing",
    "Education Management",
    "Logistics and Supply Chain",
    "Government Administration",
    "Insurance",
]
KINDS = ("Health", "Bank", "Retail", "Works", "Academy", "Freight", "Agency", "Mutual")
COUNTRIES = ["United States", "United Kingdom", "Germany", "France", "Canada", "Australia"]
OWNERS = [
    f"{first} {last}"
    for first in ("Dana", "Marco", "Priya", "Sam", "Ana", "Lena")
    for last in ("Ruiz", "Nair", "Okafor")
]
NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


def _row(rng: random.Random, n: int, companies: list[tuple[str, str, str, str]], moved: bool) -> list[str]:
    company, industry, employees, country = companies[n % len(companies)]
    created = date(2025, 1, 1) + timedelta(days=n % 540)
    stage = STAGES[(n + (3 if moved else 0)) % len(STAGES)]
    close = created + timedelta(days=30 + n % 120 + (14 if moved else 0))
    amount = f"{rng.randrange(1_000, 400_000):,}.00"
    if n % 200 == 7:  # the bad rows every real export has
        amount = "call me"
    if n % 200 == 113:
        close = None  # type: ignore[assignment]
        stage = "Closed Won"
    return [
        str(100_000 + n),
        f"{company} – {('Platform', 'Renewal', 'Expansion', 'Pilot')[n % 4]} {n}",
        "Sales Pipeline",
        stage,
        amount,
        close.isoformat() + " 10:00" if close else "31/02/2026",
        created.isoformat() + " 09:15",
        OWNERS[n % len(OWNERS)],
        company,
        industry,
        employees,
        country,
    ]


def write_export(path: Path, rows: int, *, moved_share: float = 0.0) -> None:
    rng = random.Random(SEED)
    companies = [
        (
            f"Company {i:05d} {KINDS[i % len(KINDS)]}",
            INDUSTRIES[i % len(INDUSTRIES)],
            str(rng.choice((12, 45, 80, 150, 450, 900, 2500, 12000))),
            COUNTRIES[i % len(COUNTRIES)],
        )
        for i in range(rows // 5)
    ]
    moved_every = int(1 / moved_share) if moved_share else 0
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for n in range(rows):
            writer.writerow(_row(rng, n, companies, bool(moved_every and n % moved_every == 0)))


def baseline(path: Path, folder: Path) -> float:
    """Read the file with `csv` and insert every row into a bare table: the floor."""
    started = time.perf_counter()
    conn = sqlite3.connect(folder / "baseline.db")
    conn.execute("CREATE TABLE deals (" + ", ".join(f"c{i} TEXT" for i in range(len(HEADERS))) + ")")
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        next(reader)
        with conn:
            conn.executemany(f"INSERT INTO deals VALUES ({', '.join('?' * len(HEADERS))})", reader)
    conn.close()
    return time.perf_counter() - started


def run(rows: int = 50_000, *, log: Callable[[str], None] = print) -> dict[str, Any]:
    from collateral_app.services.library.asset_library import AssetLibrary
    from collateral_app.services.sales.loop import SalesLoop

    folder = Path(tempfile.mkdtemp(prefix="bench-crm-"))
    try:
        first, later = folder / "hubspot-deals.csv", folder / "hubspot-deals-later.csv"
        write_export(first, rows)
        write_export(later, rows, moved_share=0.1)
        size_mb = first.stat().st_size / 1e6
        log(f"crm import: {rows:,} rows, {size_mb:.1f} MB")
        floor_s = baseline(first, folder)
        library = AssetLibrary.open(folder / "library")
        try:
            loop = SalesLoop(library, clock=lambda: NOW)
            measured: list[dict[str, Any]] = []
            for what, path in (("first import", first), ("same file again", first), ("later export", later)):
                started = time.perf_counter()
                report = loop.import_deals(path)
                seconds = time.perf_counter() - started
                measured.append(
                    {
                        "what": what,
                        "seconds": round(seconds, 2),
                        "rows_per_s": round(rows / seconds),
                        "created": report.created,
                        "updated": report.updated,
                        "unchanged": report.unchanged,
                        "rejected": report.rejected,
                        "applied": report.applied,
                        "ratio": ratio(seconds, floor_s),
                    }
                )
                log(f"  {what}: {seconds:.1f} s")
        finally:
            library.close()
        return {
            "machine": machine(),
            "rows": rows,
            "file_mb": round(size_mb, 1),
            "baseline_s": round(floor_s, 2),
            "runs": measured,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def report(results: dict[str, Any]) -> str:
    head = (
        f"{results['rows']:,} rows ({results['file_mb']} MB, HubSpot headers, about 1 row in 200 bad); "
        f"baseline (csv.reader + executemany into a bare table): {results['baseline_s']} s"
    )
    rows = [
        [
            r["what"],
            r["seconds"],
            r["rows_per_s"],
            r["created"],
            r["updated"],
            r["unchanged"],
            r["rejected"],
            r["ratio"],
            f"≤ {TARGET_S:.0f} s: {verdict(r['seconds'], TARGET_S)}",
        ]
        for r in results["runs"]
    ]
    return (
        head
        + "\n\n"
        + table(
            [
                "import",
                "seconds",
                "rows/s",
                "created",
                "updated",
                "unchanged",
                "rejected",
                "× baseline",
                "target",
            ],
            rows,
        )
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args(argv)
    results = run(args.rows, log=lambda m: print(m, flush=True))
    print(f"machine: {results['machine']}")
    print(report(results))


if __name__ == "__main__":
    main()
