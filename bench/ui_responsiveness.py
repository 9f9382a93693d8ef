"""Desktop responsiveness on a generated library (Qt offscreen):

- start-up: process launch to a window showing results (target ≤ 1.5 s at 10k assets);
- keystroke to result list: each prefix of real queries typed into the search box, time
  from the last keystroke to the list showing that query's results (target median ≤ 100 ms);
- event-loop stalls during an import of real files: a 5 ms heartbeat timer, worst gap
  reported (target ≤ 50 ms).

    python -m bench.ui_responsiveness [--size 10000] [--files 500]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import build
from bench.corpus import queries
from bench.stats import percentile, ratio, table, verdict

HERE = Path(__file__).resolve().parent


def measure_startup(library: Path, runs: int = 3) -> dict[str, float]:
    """Wall time from launching `collateral-app` to its first results on screen. The
    script starts as the `collateral-app` entry point does (`from ui.app import run`),
    then opens the window as `ui.app.main` does, with its own settings file."""
    script = (
        "import time, sys; t0=float(sys.argv[1]);"
        "import os; os.environ.setdefault('QT_QPA_PLATFORM','offscreen');"
        "import ui.app;"
        "from PySide6.QtWidgets import QApplication; from PySide6.QtCore import QSettings, QTimer;"
        "app=QApplication([]);"
        "from collateral_app.services.library.asset_library import AssetLibrary;"
        "from ui.app import build_window;"
        "lib=AssetLibrary.open(sys.argv[2]);"
        "s=QSettings(sys.argv[3], QSettings.Format.IniFormat);"
        "w=build_window(lib, s);"
        "w.library_screen.search_finished.connect(lambda r: (print(time.time()-t0), app.quit()));"
        "w.shell.show(); app.exec()"
    )
    times, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            for launched, target in ((script, times), (BARE_WINDOW, bare)):
                started = time.time()
                out = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        launched,
                        str(started),
                        str(library),
                        str(Path(tmp) / f"s{n}.ini"),
                    ],
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
                target.append(float(out.stdout.strip().splitlines()[-1]))
    return {
        "startup_median_s": statistics.median(times),
        "startup_max_s": max(times),
        "bare_window_median_s": statistics.median(bare),
    }


# The baseline for start-up: Python and Qt alone showing an empty main window.
BARE_WINDOW = (
    "import time, sys; t0=float(sys.argv[1]);"
    "import os; os.environ.setdefault('QT_QPA_PLATFORM','offscreen');"
    "from PySide6.QtWidgets import QApplication, QMainWindow; from PySide6.QtCore import QTimer;"
    "app=QApplication([]); w=QMainWindow(); w.show();"
    "QTimer.singleShot(0, lambda: (print(time.time()-t0), app.quit())); app.exec()"
)


def measure_typing(library: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from collateral_app.services.library.asset_library import AssetLibrary
    from ui.app import build_window, keep_window_responsive

    app = QApplication.instance() or QApplication([])
    lib = AssetLibrary.open(library)
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(lib, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.shell.show()
        keep_window_responsive()  # as ui.app.main does once its window is up
        _wait_for(window.library_screen.search_finished, 30_000)
        latencies: list[float] = []
        shown: list[tuple[float, str]] = []
        window.library_screen.search_finished.connect(
            lambda result: shown.append((time.perf_counter(), result.query))
        )
        texts = [q.text for q in queries(60) if ":" not in q.text][:25]
        for text in texts:
            window.library_screen.search_box.clear()
            _wait_for(window.library_screen.search_finished, 10_000)
            for ch in text[:-1]:
                QTest.keyClick(window.library_screen.search_box, ch)
                loop = QEventLoop()
                QTimer.singleShot(150, loop.quit)  # a fast typist: ~7 keys a second
                loop.exec()
            shown.clear()
            QTest.keyClick(window.library_screen.search_box, text[-1])
            typed_at = time.perf_counter()
            final = window.library_screen.query_text()
            deadline = typed_at + 10
            while not any(q == final for _, q in shown) and time.perf_counter() < deadline:
                _wait_for(window.library_screen.search_finished, 10_000)
            arrived = next((t for t, q in shown if q == final), None)
            if arrived is not None:
                latencies.append((arrived - typed_at) * 1000)
        window.shell.close()
        service: list[float] = []
        for text in texts:  # the baseline: what the window asks of the library, called directly
            started = time.perf_counter()
            lib.search(text, limit=50, prefix=True, facets=True)
            service.append((time.perf_counter() - started) * 1000)
    lib.close()
    del app
    return {
        "service_median_ms": statistics.median(service),
        "keystroke_median_ms": statistics.median(latencies),
        "keystroke_p95_ms": percentile(latencies, 95),
        "queries_typed": float(len(latencies)),
    }


def _wait_for(signal: Any, timeout_ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def measure_import_stalls(files: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from collateral_app.services.library.asset_library import AssetLibrary
    from tests import samples
    from ui.app import build_window, keep_window_responsive

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        makers = [
            lambda p, n: samples.make_pdf(
                p.with_suffix(".pdf"), [f"Case {n} page {i}. " * 60 for i in range(4)]
            ),
            lambda p, n: samples.make_docx(
                p.with_suffix(".docx"), [f"Paragraph {i} of brief {n}. " * 20 for i in range(12)]
            ),
            lambda p, n: samples.make_pptx(
                p.with_suffix(".pptx"), [(f"Slide {i}", f"Point {i} of deck {n}", "notes") for i in range(8)]
            ),
        ]
        for n in range(files):
            makers[n % 3](folder / f"file-{n:04}", n)
        size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        lib = AssetLibrary.open(Path(tmp) / "lib")
        window = build_window(lib, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.shell.show()
        keep_window_responsive()  # as ui.app.main does once its window is up
        _wait_for(window.library_screen.search_finished, 30_000)
        clock = QElapsedTimer()
        gaps: list[float] = []
        ends: list[float] = []  # ms after the import started, when each gap ended
        last = [0.0]

        def beat() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            ends.append(now)
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        clock.start()
        heartbeat.start()
        started = time.perf_counter()
        window.library_screen.import_paths([folder])
        _wait_for(window.library_screen.import_dialog.import_finished, 600_000)
        seconds = time.perf_counter() - started
        heartbeat.stop()
        idle = _idle_stalls(seconds)
        window.shell.close()
        lib.close()
    del app
    stalls = [g for g in gaps[1:]]
    worst = max(range(len(stalls)), key=stalls.__getitem__)
    return {
        "stall_worst_at_s": (ends[1:][worst] - stalls[worst]) / 1000,
        "import_files": float(files),
        "import_seconds": seconds,
        "import_files_per_s": files / seconds,
        "import_mb_per_s": size_mb / seconds,
        "stall_worst_ms": max(stalls),
        "stall_p99_ms": percentile(stalls, 99),
        "stalls_over_50ms": float(sum(1 for g in stalls if g > 50)),
        "idle_stall_worst_ms": idle,
    }


def _idle_stalls(seconds: float) -> float:
    """The baseline for stalls: the worst gap of the same 5 ms heartbeat over the same time
    with nothing running, which is what the machine itself costs the event loop."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    clock.start()
    heartbeat.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    heartbeat.stop()
    return max(gaps[1:], default=0.0)


def run(size: int = 10_000, files: int = 500, *, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Every figure in a child process of its own, so Qt starts fresh and the caller's
    memory does not weigh on the measured window."""
    log(f"desktop responsiveness: {size:,} assets, import of {files} files")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.ui_responsiveness",
            "--size",
            str(size),
            "--files",
            str(files),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=HERE.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed")
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    figures.update(size=size, files=files)
    return figures


def report(f: dict[str, Any]) -> str:
    def ms(key: str) -> str:
        return f"{f[key]:,.0f}" if key in f else "—"

    rows = [
        [
            f"start-up to first results, {f['size']:,} assets (launch → list shown, median of 3)",
            f"{f['startup_median_s']:.2f} s",
            f"{f['bare_window_median_s']:.2f} s (an empty Qt window)",
            ratio(f["startup_median_s"], f["bare_window_median_s"]),
            f"≤ 1.5 s: {verdict(f['startup_median_s'], 1.5)}",
        ],
        [
            "keystroke → result list (25 queries typed at 150 ms a key), median / p95",
            f"{ms('keystroke_median_ms')} / {ms('keystroke_p95_ms')} ms",
            f"{f['service_median_ms']:.0f} ms (library.search alone)",
            ratio(f["keystroke_median_ms"], f["service_median_ms"]),
            f"median ≤ 100 ms: {verdict(f['keystroke_median_ms'], 100)}",
        ],
        [
            f"worst event-loop stall during an import of {f['files']} PDF/DOCX/PPTX files (5 ms heartbeat)",
            f"{f['stall_worst_ms']:.0f} ms "
            f"(p99 {f['stall_p99_ms']:.0f}, {f['stalls_over_50ms']:.0f} over 50)",
            f"{f['idle_stall_worst_ms']:.0f} ms (window idle as long)",
            ratio(f["stall_worst_ms"], f["idle_stall_worst_ms"]),
            f"≤ 50 ms: {verdict(f['stall_worst_ms'], 50)}",
        ],
        [
            "import throughput in the window",
            f"{f['import_files_per_s']:.1f} files/s, {f['import_mb_per_s']:.2f} MB/s",
            "",
            "",
            "—",
        ],
    ]
    head = f"Load average {f['load_at_start']:.1f} at start, {f['load_at_end']:.1f} at end."
    return head + "\n\n" + table(["what", "measured", "baseline, same run", "× baseline", "target"], rows)


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--only-import", action="store_true", help="measure the import stalls alone")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {"load_at_start": os.getloadavg()[0]}
    if not args.only_import:
        build.ensure(args.size)
        library = build.library_dir(args.size)
        figures.update(measure_startup(library))
        figures.update(measure_typing(library))
    if not args.skip_import:
        figures.update(measure_import_stalls(args.files))
    figures["load_at_end"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>24}: {value:.1f}")
    return figures


if __name__ == "__main__":
    main()
