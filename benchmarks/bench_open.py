"""What SQLite's integrity check costs when a database is opened.

    python3 benchmarks/bench_open.py --db /tmp/big.sqlite   (e.g. a 1,000-trader demo)

Prints the file size and the time to open it without and with ``PRAGMA quick_check``: the
figures behind ``store.connection.QUICK_CHECK_MAX_BYTES`` (files up to it are checked on every
open; larger ones when the window starts, and before a migration).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tradermanager.store.connection import QUICK_CHECK_MAX_BYTES, open_store


def best_of(runs: int, path: Path, *, check: bool) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        open_store(path, create=False, check=check).close()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = args.db.stat().st_size
    plain = best_of(args.runs, args.db, check=False)
    checked = best_of(args.runs, args.db, check=True)
    print(f"file: {size / 1e6:,.0f} MB ({args.db})")
    print(f"open without quick_check: {plain * 1000:,.0f} ms")
    print(f"open with quick_check:    {checked * 1000:,.0f} ms")
    print(f"quick_check per 100 MB:   {(checked - plain) / size * 1e8 * 1000:,.0f} ms")
    print(f"checked on every open up to {QUICK_CHECK_MAX_BYTES / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
