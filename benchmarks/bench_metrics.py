"""Metrics at scale: load from SQLite and compute every family for every window.

    python3 benchmarks/bench_metrics.py [--db PATH] [--traders 1000] [--days 730]

Targets: 1,000 traders x 730 days, about 1,000,000 trades — compute <= 1 s, load <= 2 s, on
2 cores. Without --db a demo portfolio of that size is built first (about a minute).

The batched returns kernels are also timed against empyrical-reloaded (``pip install
.[bench]``) computing the metrics it has (10 of our 21 returns keys) one trader at a time on
the same daily returns, best of three each (target: >= 10x). Both results are compared first,
so the two sides do the same work.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tradermanager.metrics import returns_metrics_batch
from tradermanager.metrics.daily_returns import daily_return_matrix, day_axis
from tradermanager.metrics.return_statistics import returns_families
from tradermanager.services import open_services

# our key -> empyrical-reloaded 0.7.1 function (daily returns, 365 periods a year)
EMPYRICAL = {
    "volatility": ("annual_volatility", {"annualization": 365}),
    "downside_vol": ("downside_risk", {"annualization": 365}),
    "sharpe_ratio": ("sharpe_ratio", {"annualization": 365}),
    "sortino_ratio": ("sortino_ratio", {"annualization": 365}),
    "cagr": ("annual_return", {"annualization": 365}),
    "calmar_ratio": ("calmar_ratio", {"annualization": 365}),
    "max_drawdown": ("max_drawdown", {}),
    "var_95": ("value_at_risk", {}),
    "cvar_95": ("conditional_value_at_risk", {}),
    "tail_ratio": ("tail_ratio", {}),
}


def empyrical_suite(rows: list[np.ndarray]) -> Callable[[], list[dict[str, float]]]:
    """The EMPYRICAL metrics of every trader, one trader and one function at a time."""
    import empyrical

    calls = [(key, getattr(empyrical, name), kw) for key, (name, kw) in EMPYRICAL.items()]

    def run() -> list[dict[str, float]]:
        return [{key: float(fn(r, **kw)) for key, fn, kw in calls} for r in rows]

    return run


def largest_difference(ours: dict[str, np.ndarray], theirs: list[dict[str, float]]) -> float:
    """The largest relative difference over the values both define (finite on both sides)."""
    worst = 0.0
    for key in EMPYRICAL:
        a = ours[key]
        b = np.array([t[key] for t in theirs])
        both = np.isfinite(a) & np.isfinite(b)
        scale = np.maximum(np.abs(b[both]), 1e-12)
        if both.any():
            worst = max(worst, float(np.max(np.abs(a[both] - b[both]) / scale)))
    return worst


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
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument(
        "--kernels-only",
        action="store_true",
        help="only the returns kernels against empyrical, on synthetic daily returns",
    )
    args = parser.parse_args()
    if args.kernels_only:
        compare_with_empyrical(_synthetic(args.traders, args.days), args.repeat)
        return
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
    compare_with_empyrical(matrix, args.repeat)


def compare_with_empyrical(matrix: np.ndarray, repeat: int = 3) -> None:
    """Best of ``repeat`` for each side, the runs interleaved so both see the same load; wall
    time, and CPU time of this process (steadier when other programs share the cores)."""
    ours = returns_families(matrix)
    with_dicts, _ = best_of(repeat, lambda: returns_metrics_batch(matrix))
    try:
        suite = empyrical_suite([row[~np.isnan(row)] for row in matrix])
    except ImportError:
        kernels, _ = best_of(repeat, lambda: returns_families(matrix))
        print(f"returns kernels: {kernels * 1000:.1f} ms")
        print("empyrical-reloaded is not installed (pip install .[bench]): no ratio")
        return
    theirs = suite()
    wall = {"ours": math.inf, "theirs": math.inf}
    cpu = dict(wall)
    for _ in range(repeat):
        for side, run in (("ours", lambda: returns_families(matrix)), ("theirs", suite)):
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            wall[side] = min(wall[side], time.perf_counter() - started)
            cpu[side] = min(cpu[side], time.process_time() - started_cpu)
    print(
        f"returns families, one window, {len(matrix):,} traders x {matrix.shape[1]:,} days "
        f"(best of {repeat}):"
    )
    print(
        f"  same values as empyrical-reloaded: largest relative difference "
        f"{largest_difference(ours, theirs):.1e} over {', '.join(EMPYRICAL)}"
    )
    print(
        f"  batched kernels {wall['ours'] * 1000:.1f} ms; empyrical-reloaded one trader at a "
        f"time, {len(EMPYRICAL)} metrics, {wall['theirs'] * 1000:.0f} ms: "
        f"{wall['theirs'] / wall['ours']:.1f}x faster (target >= 10x)"
    )
    print(
        f"  CPU time: {cpu['ours'] * 1000:.1f} ms vs {cpu['theirs'] * 1000:.0f} ms: "
        f"{cpu['theirs'] / cpu['ours']:.1f}x; with the per-trader result dicts "
        f"{with_dicts * 1000:.1f} ms ({wall['theirs'] / with_dicts:.1f}x)"
    )


def _synthetic(traders: int, days: int) -> np.ndarray:
    """Daily returns of traders who started on different days (NaN before their start)."""
    rng = np.random.default_rng(1)
    matrix = rng.normal(0.001, 0.03, (traders, days))
    start = rng.integers(0, days // 2, traders)
    matrix[np.arange(days)[None, :] < start[:, None]] = np.nan
    return matrix


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
