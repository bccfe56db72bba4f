"""Longest GUI-thread stall while a full metric refresh runs in the background.

    python3 benchmarks/bench_gui_stall.py --db /tmp/big.sqlite   (a 1,000-trader demo)

A 5 ms timer ticks on the GUI thread while the scheduler's refresh job (load, compute, save,
alert evaluation) runs on its worker thread; the longest gap between ticks is how long the
window would have been frozen. Target: no gap longer than 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import open_services
from tradermanager.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    services = open_services(str(args.db), create=False)
    bridge = JobBridge()
    window = MainWindow(services, bridge)
    window.show()
    handlers: list[float] = []

    def timed(slot):  # type: ignore[no-untyped-def]
        def run(*args):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            slot(*args)
            handlers.append(time.perf_counter() - started)

        return run

    # the slots that run on the GUI thread for a refresh result
    window.update_metrics = timed(window.update_metrics)  # type: ignore[method-assign]
    window._apply_rows = timed(window._apply_rows)  # type: ignore[method-assign]
    window.card.refresh = timed(window.card.refresh)  # type: ignore[method-assign]
    window.details.refresh = timed(window.details.refresh)  # type: ignore[method-assign]
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    done: list[float] = []
    started = time.perf_counter()
    bridge.alerts_evaluated.connect(lambda _r: done.append(time.perf_counter()))
    window.metrics_updated.connect(lambda: QTimer.singleShot(200, app.quit))
    scheduler = AppScheduler(services, bridge, refresh_minutes=60)
    scheduler.start()
    app.exec()
    scheduler.shutdown()
    services.close()
    gaps.sort()
    print(f"cpus: {os.cpu_count()}; traders: {len(window.model._rows):,}")
    print(f"refresh + alert evaluation in the background: {done[0] - started:.2f} s")
    print(
        f"longest GUI handler for the result (list, card or details update): "
        f"{max(handlers) * 1000:.0f} ms (target: <= 50 ms)"
    )
    print(
        f"GUI timer gaps while it ran: longest {gaps[-1] * 1000:.0f} ms, 99th percentile "
        f"{gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms over {len(gaps)} ticks (gaps include the "
        "time the worker thread holds Python's interpreter lock)"
    )


if __name__ == "__main__":
    main()
