"""Backtest speed of the execution engine (target: 10,000 signals over one year of 1-minute
candles for 20 symbols, about 10.5 M candles, in ≤ 2 s, loading the candles included).

    python3 benchmarks/bench_engine.py [--symbols 20] [--days 365] [--signals 10000]

Writes the candles into a fresh database (not timed), then times: loading them through the
market data service, and the engine's replay of the signals (stops, two targets, liquidation,
funding every 8 h). Prints both, the total and the outcome counts.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from tradermanager.domain.engine import CopyRules, EngineCosts, TraderFeed, run_engine
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import make_settings
from tradermanager.services import open_services
from tradermanager.services.engine_market import market_for

START = datetime(2025, 1, 1, tzinfo=UTC)
MINUTE_MS = 60_000


def make_candles(symbol: str, n: int, rng: np.random.Generator) -> Candles:
    """A random walk with 60 %-a-year volatility and wicks, one candle a minute."""
    sigma = 0.6 / np.sqrt(525_600)
    close = rng.uniform(1, 1000) * np.exp(np.cumsum(rng.normal(0, sigma, n)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    wick = np.abs(rng.normal(0, sigma / 2, (2, n)))
    high = np.maximum(open_, close) * (1 + wick[0])
    low = np.minimum(open_, close) * (1 - wick[1])
    times = int(START.timestamp() * 1000) + np.arange(n, dtype=np.int64) * MINUTE_MS
    return Candles(f"{symbol}USDT", "1m", times, open_, high, low, close, np.ones(n))


def make_signals(
    tokens: list[str], count: int, days: int, prices: dict[str, Candles], rng: np.random.Generator
) -> list[Signal]:
    minutes = np.sort(rng.integers(0, days * 1440 - 1, count))
    out = []
    for i, minute in enumerate(minutes):
        token = tokens[int(rng.integers(len(tokens)))]
        side = Side.LONG if rng.random() < 0.5 else Side.SHORT
        price = float(prices[token].close[minute])
        d = side.direction
        stop = float(rng.uniform(0.01, 0.05))
        when = START + timedelta(minutes=int(minute), seconds=float(rng.uniform(0, 59)))
        out.append(
            Signal(
                source_id=f"s{i}",
                symbol=token,
                side=side,
                kind=SignalKind.OPEN,
                price=price,
                trader_time=when,
                received_time=when,
                leverage=float(rng.integers(2, 21)),
                stop_loss=price * (1 - d * stop),
                take_profits=(price * (1 + d * stop), price * (1 + d * 2.5 * stop)),
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbols", type=int, default=20)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--signals", type=int, default=10_000)
    parser.add_argument("--traders", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    n = args.days * 1440
    tokens = [f"T{i:02d}" for i in range(args.symbols)]
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(str(Path(tmp) / "bench.sqlite"))
        candles = {t: make_candles(t, n, rng) for t in tokens}
        services.market.save_candles(candles.values())
        signals = make_signals(tokens, args.signals, args.days, candles, rng)
        del candles
        end = START + timedelta(days=args.days)

        started, cpu_started = time.perf_counter(), time.process_time()
        market = market_for(services.market, signals, "1m", START, end)
        loaded, cpu_loaded = time.perf_counter(), time.process_time()
        feeds = [
            TraderFeed(
                f"Trader {k}",
                make_settings(name=f"Trader {k}", max_leverage=125, min_confidence=0),
                signals[k :: args.traders],
                CopyRules(base_size=100.0),
            )
            for k in range(args.traders)
        ]
        result = run_engine(feeds, market, EngineCosts(), 10_000_000.0)
        finished, cpu_finished = time.perf_counter(), time.process_time()
        services.close()
    rows = sum(len(s) for s in market.candles.values())
    print(f"cpus: {os.cpu_count()}")
    print(
        f"engine backtest: {args.signals:,} signals, {args.symbols} symbols x {args.days} days "
        f"of 1m candles ({rows / 1e6:.1f} M candles)"
    )
    print(f"  load candles: {loaded - started:.2f} s wall, {cpu_loaded - cpu_started:.2f} s CPU")
    print(f"  replay:       {finished - loaded:.2f} s wall, {cpu_finished - cpu_loaded:.2f} s CPU")
    print(
        f"  total:        {finished - started:.2f} s wall, {cpu_finished - cpu_started:.2f} s CPU "
        f"(target <= 2 s; load average {os.getloadavg()[0]:.1f} on this machine)"
    )
    reasons = Counter(c.exit_reason.value for c in result.closed)
    refused = Counter(d.reason for d in result.decisions if not d.accepted)
    print(f"  signals from {args.traders} traders; refused: {dict(refused)}")
    print(f"  closed {len(result.closed):,}: {dict(reasons)}; open {len(result.open):,}")


if __name__ == "__main__":
    main()
