"""Metrics at scale: load from SQLite and compute every family for every window.

    python3 benchmarks/bench_metrics.py [--db PATH] [--traders 1000] [--days 730]

Targets (issue: metrics engine): 1,000 traders x 730 days, about 1,000,000 trades — compute
<= 1 s, load <= 2 s, on 2 cores. Without --db a demo portfolio of that size is built first
(about a minute). Also times a per-trader reference implementation of the returns formulas
in plain pandas and prints the speed ratio against the batched numpy pass.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from tradermanager.metrics import returns_metrics_batch
from tradermanager.metrics.daily_returns import daily_return_matrix, day_axis
from tradermanager.services import open_services


def pandas_reference(r: pd.Series) -> dict[str, float]:
    """The returns formulas of docs/metrics.md, one trader at a time, in plain pandas."""
    r = r.dropna()
    equity = pd.concat([pd.Series([1.0]), (1 + r).cumprod()], ignore_index=True)
    dd = equity / equity.cummax() - 1
    sd = r.std(ddof=1)
    downside = math.sqrt((r.clip(upper=0) ** 2).mean()) * math.sqrt(365)
    return {
        "volatility": sd * math.sqrt(365),
        "sharpe_ratio": r.mean() / sd * math.sqrt(365),
        "sortino_ratio": r.mean() * 365 / downside,
        "max_drawdown": dd.min(),
        "var_95": r.quantile(0.05),
        "skew": r.skew(),
        "kurtosis": r.kurt(),
        "cagr": (1 + r).prod() ** (365 / len(r)) - 1,
    }


def best_of(runs: int, fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = math.inf, None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database to measure")
    parser.add_argument("--traders", type=int, default=1000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--reference-traders", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        services = open_services(str(path), create=args.db is None)
        if args.db is None:
            print(f"building the demo portfolio ({args.traders} traders x {args.days} days)...")
            services.demo.load(args.traders, args.days)
        metrics = services.metrics
        cold = time.perf_counter()
        inputs = metrics.load_inputs()
        cold = time.perf_counter() - cold
        warm, inputs = best_of(3, metrics.load_inputs)
        compute, _ = best_of(3, lambda: metrics.compute(inputs))
        ids = list(inputs.reference_capital.index)
        days = day_axis(inputs.start, inputs.end)
        matrix = daily_return_matrix(inputs.trades, ids, days, inputs.reference_capital)
        batched, _ = best_of(3, lambda: returns_metrics_batch(matrix))
        sample = matrix[: args.reference_traders]
        per_trader, _ = best_of(1, lambda: [pandas_reference(pd.Series(row)) for row in sample])
        per_trader_all = per_trader * len(ids) / len(sample)
        services.close()
    print(f"cpus: {os.cpu_count()}")
    print(
        f"data: {len(ids):,} traders x {len(days):,} days, {len(inputs.trades):,} trades, "
        f"{len(inputs.signals):,} opening signals, {len(inputs.copies):,} copied trades"
    )
    print(
        f"load from SQLite: {warm:.2f} s (target <= 2 s); first load {cold:.2f} s "
        "(builds the columnar history cache when it is missing)"
    )
    print(f"compute, all families x 4 windows: {compute:.2f} s (target <= 1 s)")
    print(
        f"returns families, one window: batched numpy {batched * 1000:.0f} ms vs per-trader "
        f"pandas {per_trader_all:.1f} s ({args.reference_traders} traders timed, scaled to "
        f"{len(ids)}): {per_trader_all / batched:,.0f}x faster"
    )


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
