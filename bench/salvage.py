"""Salvaging a damaged library.db: rows recovered and the time of `collateral check --repair`
after each damage (200 bytes flipped in the middle, cut to half, header overwritten), for a
library of a few hundred imported assets with sales records.

python -m bench.salvage [--assets 300] [--uses 30]
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from pathlib import Path

from collateral_app.cli import main
from tests.damaged_world import DAMAGE, build_library, copy_library


def run(assets: int, uses: int) -> list[dict[str, object]]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        started = time.monotonic()
        sound = build_library(where / "sound", where / "sources", assets=assets, uses_per_asset=uses)
        size = (sound.root / "library.db").stat().st_size
        print(
            f"built {assets} assets, {sound.usage_events} uses, {size / 1e6:.1f} MB "
            f"in {time.monotonic() - started:.0f} s"
        )
        for kind, damage in DAMAGE.items():
            root = copy_library(sound, where / kind)
            damage(root / "library.db")
            out = io.StringIO()
            started = time.monotonic()
            code = main(
                ["--library", str(root), "check", "--repair", "--json"], stdout=out, stderr=io.StringIO()
            )
            seconds = time.monotonic() - started
            report = json.loads(out.getvalue())
            salvaged = report["salvaged"]
            tables = salvaged["tables"]
            counted = [t for t in tables if t["before"] is not None]
            by_name = {t["table"]: t for t in tables}
            results.append(
                {
                    "damage": kind,
                    "exit": code,
                    "command_s": round(seconds, 1),
                    "salvage_s": salvaged["seconds"],
                    "rows_before": sum(t["before"] for t in counted),
                    "rows_recovered": sum(t["recovered"] for t in tables),
                    "rows_lost": sum(t["lost"] for t in counted),
                    "tables_uncounted": [t["table"] for t in tables if t["lost"] is None],
                    "assets_recovered": by_name["assets"]["recovered"],
                    "assets_back_as_drafts": len(salvaged["recovered_files"]),
                    "text_read_again": salvaged["text_read_again"],
                    "usage_events": f"{by_name['usage_events']['recovered']}/{sound.usage_events}",
                    "files_kept": f"{salvaged['files_kept']}/{len(sound.files)}",
                    "consistent_after": report["consistent"],
                }
            )
            print(json.dumps(results[-1]))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=300)
    parser.add_argument("--uses", type=int, default=30, help="usage events per asset of the first import")
    args = parser.parse_args()
    run(args.assets, args.uses)
