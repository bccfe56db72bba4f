"""Time to load the demo portfolio at scale (target: 1,000 traders × 730 days in < 60 s).

    python3 benchmarks/bench_demo.py [--traders 1000] [--days 730] [--keep PATH] [--replay]

Prints the wall time, the rows written and the machine's CPU count. ``--keep`` leaves the
database at PATH for the metrics benchmarks. The load is timed without the paper replay that
follows it in the app (its cost is the engine's, over every paper trader's signals);
``--replay`` times that replay as well, as a separate figure.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from tradermanager.services import open_services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traders", type=int, default=1000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    parser.add_argument("--replay", action="store_true", help="time the paper replay too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite"
        if path.exists():
            raise SystemExit(f"{path} exists; remove it or choose another --keep path")
        services = open_services(str(path))
        started = time.perf_counter()
        report = services.demo.load(args.traders, args.days, args.seed, replay_paper=False)
        elapsed = time.perf_counter() - started
        replay = None
        if args.replay:
            started = time.perf_counter()
            account = services.paper.refresh()
            replay = (time.perf_counter() - started, account)
        services.close()
        size_mb = path.stat().st_size / 1e6
    print(f"cpus: {os.cpu_count()}")
    print(f"demo {args.traders} traders x {args.days} days: {elapsed:.1f} s (target < 60 s)")
    print(
        f"  {report.trades:,} trades, {report.signals:,} signals, {report.copied:,} copied, "
        f"{report.prices:,} prices; file {size_mb:,.0f} MB"
    )
    if replay is not None:
        seconds, account = replay
        print(
            f"paper replay: {seconds:.1f} s ({account.open_positions:,} open, "
            f"{account.closed_positions:,} closed positions)"
        )


if __name__ == "__main__":
    main()
