"""Window start-up and filtering speed.

    python3 benchmarks/bench_startup.py --db /tmp/big.sqlite   (a 1,000-trader demo)

Prints the time from process start to the first painted window (target <= 2 s) and the time
to apply a search filter on 10,000 rows (target <= 50 ms).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from tradermanager.jobs.bridge import JobBridge
from tradermanager.services import open_services
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.style import apply_style
app = QApplication(sys.argv)
apply_style(app)
window = MainWindow(open_services(sys.argv[1], create=False), JobBridge())
window.resize(1500, 950)
window.show()
window.repaint()
app.processEvents()
print(time.time() - float(os.environ["STARTED_AT"]), flush=True)
os._exit(0)  # measured; skip interpreter teardown of the live window
"""


def filter_time() -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tradermanager.ui.trader_filter import TraderFilter
    from tradermanager.ui.trader_table_model import TraderRow, TraderTableModel

    QApplication.instance() or QApplication(sys.argv)
    model = TraderTableModel()
    model.set_rows(
        [
            TraderRow(
                i,
                f"Trader {i}",
                "active" if i % 4 else "paused",
                i % 2 == 0,
                ("binance", "telegram", "manual")[i % 3],
                i / 1e4,
                0.55,
                -0.1,
            )
            for i in range(10_000)
        ]
    )
    proxy = TraderFilter()
    proxy.setSourceModel(model)
    proxy.sort(4)
    best = float("inf")
    for text in ("trader 42", "trader 9", "", "telegram"):
        started = time.perf_counter()
        proxy.set_text(text)
        proxy.visible_traders()
        best = min(best, time.perf_counter() - started) if text else best
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    runs = []
    for _ in range(3):
        env = dict(os.environ, STARTED_AT=repr(time.time()))
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.db)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"cpus: {os.cpu_count()}")
    print(f"process start to first painted window: {min(runs):.2f} s (target <= 2 s)")
    print(f"search filter on 10,000 rows: {filter_time() * 1000:.1f} ms (target <= 50 ms)")


if __name__ == "__main__":
    main()
