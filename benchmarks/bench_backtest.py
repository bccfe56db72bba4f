"""Backtest speed: 100,000 signals through the copy rules and the execution engine on
hourly candles (target <= 1 s) and a 30-day
backtest of one demo trader through the service, load included (target <= 100 ms).

    python3 benchmarks/bench_backtest.py
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from tradermanager.domain.backtest import run_backtest
from tradermanager.domain.engine import CandleSeries, CopyRules, EngineCosts, Market
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import make_settings
from tradermanager.services import open_services

TOKENS = ("BTC", "ETH", "SOL", "BNB", "DOGE", "PEPE", "XRP", "ADA", "AVAX", "SHIB")


def synthetic_signals(n: int, seed: int = 1) -> list[Signal]:
    """n signals: open/close pairs on rotating tokens, varied leverage and confidence."""
    rng = np.random.default_rng(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    out = []
    for k in range(n // 2):
        token = TOKENS[k % len(TOKENS)]
        side = Side.LONG if rng.random() < 0.5 else Side.SHORT
        price = float(rng.uniform(1, 100))
        lev = float(rng.choice([2, 5, 10, 20]))
        opened = start + timedelta(minutes=10 * k)
        closed = opened + timedelta(minutes=5)
        conf = float(rng.uniform(0.4, 1.0))
        out.append(
            Signal(
                source_id=f"o{k}",
                symbol=token,
                side=side,
                kind=SignalKind.OPEN,
                price=price,
                trader_time=opened,
                received_time=opened,
                leverage=lev,
                confidence=conf,
            )
        )
        exit_price = price * float(1 + rng.normal(0, 0.03))
        out.append(
            Signal(
                source_id=f"c{k}",
                symbol=token,
                side=side,
                kind=SignalKind.CLOSE,
                price=exit_price,
                trader_time=closed,
                received_time=closed,
                leverage=lev,
            )
        )
    return out


def synthetic_market(days: int = 350, seed: int = 2) -> Market:
    """Hourly random-walk candles for every token over the signals' span."""
    rng = np.random.default_rng(seed)
    n = days * 24
    start = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
    times = start + np.arange(n, dtype=np.int64) * 3_600_000
    out = {}
    for token in TOKENS:
        close = rng.uniform(1, 100) * np.exp(np.cumsum(rng.normal(0, 0.008, n)))
        open_ = np.concatenate([[close[0]], close[:-1]])
        high, low = np.maximum(open_, close) * 1.002, np.minimum(open_, close) * 0.998
        out[token] = CandleSeries.from_arrays(token, times, open_, high, low, close, 3_600_000)
    return Market(out)


def main() -> None:
    signals = synthetic_signals(100_000)
    market = synthetic_market()
    settings = make_settings(name="Bench", max_leverage=10, min_confidence=0.6, blacklist="PEPE")
    rules = CopyRules(base_size=200.0)

    def replay() -> object:
        return run_backtest(signals, settings, market, EngineCosts(), 10_000.0, rules=rules)

    best = min(_timed(replay) for _ in range(3))
    cpu = time.process_time()
    replay()
    cpu = time.process_time() - cpu
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(
        f"100,000 signals through the copy rules and the engine on hourly candles: "
        f"{best * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (target <= 1000 ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(str(Path(tmp) / "bench.sqlite"))
        services.demo.load(6, 180)
        trader = services.traders.get("Meme Degen 20x")
        services.backtest.run(trader.id, days=30)  # warm up imports and caches
        best = min(_timed(lambda: services.backtest.run(trader.id, days=30)) for _ in range(5))
        report = services.backtest.run(trader.id, days=30)
        services.close()
    print(
        f"30-day backtest of {report.trader} ({report.with_settings.run.signals} signals, "
        f"both runs, load included): {best * 1000:.0f} ms (target <= 100 ms)"
    )


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
