"""Check the Discover ranking on a candidate set that is not in the repository.

    python3 benchmarks/check_discover_ranking.py FILE.csv     # a set in the import format
    python3 benchmarks/check_discover_ranking.py --simulate [--seed N] [--candidates 400]

With a file (docs/imports.md format) the candidates are ranked and the walk-forward
evaluation is run for the Discover score and, side by side, for the platforms' way of
ranking (ROI over the last 90 days). ``--simulate`` draws a fresh population (a new seed each
run unless given) of the behaviours copy-trading research describes: steady traders with
small persistent skill, lottery-like short-volatility traders (small gains, rare large
losses), martingale risk-shifters (leverage doubled after losses), leveraged momentum
gamblers, and noise traders; records start at different dates and blown-up ones stop.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from tradermanager.metrics.discover_evaluation import Evaluation, walk_forward
from tradermanager.metrics.discover_score import score_candidates
from tradermanager.sources.candidate_csv import read_candidate_file

KINDS = ("steady", "lottery", "martingale", "gambler", "noise")


def simulate(n: int, days: int, seed: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
    rng = np.random.default_rng(seed)
    returns = np.full((n, days), np.nan)
    leverage = np.full((n, days), np.nan)
    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    market = rng.standard_t(4, days) * 0.025 / np.sqrt(2)  # a common crypto factor
    for i, kind in enumerate(kinds):
        start = int(rng.integers(0, days // 2))
        lev = {"steady": 2.0, "lottery": 5.0, "martingale": 4.0, "gambler": 20.0, "noise": 5.0}[
            kind
        ]
        lev *= rng.uniform(0.6, 1.6)
        skill = {"steady": 0.0004, "gambler": 0.0001}.get(kind, 0.0) + rng.normal(0, 0.0002)
        wealth, peak = 1.0, 1.0
        for t in range(start, days):
            used = lev
            if kind == "martingale" and wealth < 0.9 * peak:
                used = min(lev * 2 ** int((peak - wealth) / (0.1 * peak)), 50.0)
            exposure = used / 10.0  # share of equity behind the position, times leverage
            if kind == "lottery":
                r = 0.004 * exposure if rng.random() > 0.02 else -0.25 * exposure
            else:
                r = skill * used + exposure * (0.5 * market[t] + 0.05 * rng.standard_normal())
            r = max(r, -1.0)
            returns[i, t], leverage[i, t] = r, used
            wealth *= 1 + r
            peak = max(peak, wealth)
            if wealth <= 0.05 * peak:  # blown up: the record stops
                break
    return returns, leverage, kinds


def from_file(path: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    records = read_candidate_file(path)
    first = min(d.day for r in records for d in r.days)
    last = max(d.day for r in records for d in r.days)
    days = (last - first).days + 1
    returns = np.full((len(records), days), np.nan)
    leverage = np.full((len(records), days), np.nan)
    for i, record in enumerate(records):
        for d in record.days:
            returns[i, (d.day - first).days] = d.daily_return
            if d.leverage is not None:
                leverage[i, (d.day - first).days] = d.leverage
    return returns, leverage, [r.name for r in records]


def roi_90(past: np.ndarray) -> np.ndarray:
    """What a platform's leaderboard ranks by: ROI over the last 90 days."""
    window = np.nan_to_num(past[:, -90:], nan=0.0)
    return np.prod(1 + window, axis=1) - 1


def line(name: str, e: Evaluation) -> str:
    if e.too_short:
        return f"{name:<22} no verdict: {e.too_short}"
    top_mean = np.mean([d.top_mean for d in e.dates])
    rest_mean = np.nanmean([d.rest_mean for d in e.dates])
    return (
        f"{name:<22} rank corr {e.mean_spearman:+.3f}  top decile beat the rest on "
        f"{e.top_beats_rest_share:4.0%} of {len(e.dates)} dates  mean next-30-day return "
        f"top {top_mean:+.2%} vs rest {rest_mean:+.2%}  top picks blown up "
        f"{e.top_blowups}/{e.top_picks}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--simulate", action="store_true")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--candidates", type=int, default=400)
    parser.add_argument("--days", type=int, default=540)
    args = parser.parse_args()
    if args.file is not None:
        returns, leverage, names = from_file(args.file)
        kinds = None
        print(f"{args.file}: {len(names)} candidates, {returns.shape[1]} days")
    else:
        seed = args.seed if args.seed is not None else int(time.time())
        returns, leverage, kinds = simulate(args.candidates, args.days, seed)
        names = [f"{k}-{i}" for i, k in enumerate(kinds)]
        print(f"simulated set, seed {seed}: {len(names)} candidates, {args.days} days")
    scores = score_candidates(returns, leverage)
    order = scores.order()
    print("top 10 by the Discover score:")
    for rank, i in enumerate(order[:10], start=1):
        print(
            f"  {rank:>2}. {names[i]:<24} score {scores.score[i]:+.2f}  "
            f"days {int(scores.days[i]):>3}  roi {scores.roi[i]:+.1%}  "
            f"max dd {scores.max_drawdown[i]:+.1%}  lev {scores.leverage[i]:.1f}x"
        )
    if kinds is not None:
        top = [kinds[i] for i in order[: max(1, len(order) // 10)]]
        by_roi = np.argsort(-roi_90(returns))
        top_roi = [kinds[i] for i in by_roi[: max(1, len(order) // 10)]]
        print("kinds in the top decile, score:", {k: top.count(k) for k in KINDS})
        print("kinds in the top decile, 90-day ROI:", {k: top_roi.count(k) for k in KINDS})
    print("walk-forward, next 30 days:")
    print(line("Discover score", walk_forward(returns, leverage)))
    print(line("ROI, last 90 days", walk_forward(returns, leverage, rank_by=roi_90)))


if __name__ == "__main__":
    main()
