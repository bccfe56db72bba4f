"""The candles a replay runs on: the asked interval, else a finer stored one aggregated into
it (the price fetch stores 1-minute candles), else the daily candles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles, resample
from tradermanager.domain.models import Signal
from tradermanager.services.engine_market import market_for

START = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)
MINUTE_MS = 60_000


def _signal(symbol: str) -> Signal:
    return Signal(
        source_id=symbol,
        symbol=symbol,
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        trader_time=START,
        received_time=START,
    )


def _minutes(symbol: str, n: int) -> Candles:
    first = int(START.timestamp() * 1000)
    times = first + np.arange(n, dtype=np.int64) * MINUTE_MS
    close = 100.0 + np.arange(n, dtype=float)
    return Candles(
        f"{symbol}USDT", "1m", times, close - 0.5, close + 2, close - 3, close, np.ones(n)
    )


def test_one_minute_candles_make_the_hours_a_replay_asks_for(services):
    services.market.save_candles([_minutes("BTC", 150)])  # 2 h 30 min
    day = Candles(
        "ETHUSDT",
        "1d",
        np.array([int(START.timestamp() * 1000)], dtype=np.int64),
        *(np.array([50.0]) for _ in range(4)),
        np.ones(1),
    )
    services.market.save_candles([day])
    market = market_for(
        services.market, [_signal("BTC"), _signal("ETH")], "1h", START, START + timedelta(days=1)
    )
    btc = market.series("BTC")
    assert btc is not None and btc.interval_ms == 3_600_000
    assert btc.open.tolist() == [99.5, 159.5, 219.5]  # each hour's first minute's open
    assert btc.high.tolist() == [161.0, 221.0, 251.0]  # the highest minute of the hour
    assert btc.low.tolist() == [97.0, 157.0, 217.0]
    assert btc.close.tolist() == [159.0, 219.0, 249.0]
    eth = market.series("ETH")
    assert eth is not None and eth.interval_ms == 86_400_000  # nothing finer: the day


def test_stored_minutes_come_along_to_settle_an_hour_that_touched_both(services):
    hours = _minutes("BTC", 180)
    services.market.save_candles([hours])
    services.market.save_candles([resample(hours, "1h")])
    market = market_for(services.market, [_signal("BTC")], "1h", START, START + timedelta(days=1))
    fine = market.fine_series("BTC")
    assert market.series("BTC").interval_ms == 3_600_000  # the stored hours themselves
    assert fine is not None and fine.interval_ms == MINUTE_MS and len(fine) == 180
    only_minutes = market_for(
        services.market, [_signal("BTC")], "1m", START, START + timedelta(days=1)
    )
    assert only_minutes.fine_series("BTC") is None  # nothing finer than the candles used
