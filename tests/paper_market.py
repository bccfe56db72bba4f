"""Prices for the paper replay in tests: flat hourly candles, then a replay, so that signals
fed through the pipeline become my copies (the engine fills nothing without prices)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

import numpy as np

from tradermanager.domain.market import Candles

HOUR_MS = 3_600_000


def flat_hours(services, prices: Mapping[str, float], start: datetime, end: datetime) -> None:
    """Hourly candles of each token (its USDT contract) at one price, from the hour holding
    ``start`` to ``end``."""
    first = int(start.timestamp() * 1000) // HOUR_MS * HOUR_MS
    times = np.arange(first, int(end.timestamp() * 1000), HOUR_MS, dtype=np.int64)
    candles = []
    for token, price in prices.items():
        flat = np.full(len(times), float(price))
        candles.append(Candles(f"{token}USDT", "1h", times, flat, flat, flat, flat, flat))
    services.market.save_candles(candles)


def replay_on_flat_prices(
    services, prices: Mapping[str, float], start: datetime, end: datetime
) -> None:
    """Store flat hourly prices and replay the paper account on them."""
    flat_hours(services, prices, start, end)
    services.paper.refresh()


def flat_trader(services, clock, tokens: Sequence[str], *, leverage: float, max_leverage: float):
    """A trader with one closed trade per token five days ago, each on flat prices of 1.0
    (hourly candles from a day before the trades to now): a backtest of it trades them all."""
    from tradermanager.domain.enums import Side, TradeStatus
    from tradermanager.domain.models import TraderTrade
    from tradermanager.store import trades as trade_repo

    trader = services.traders.add(name="Two tokens", max_leverage=max_leverage)
    t0 = clock.now() - timedelta(days=5)
    rows = [
        TraderTrade(
            source_id=token,
            symbol=token,
            side=Side.LONG,
            leverage=leverage,
            entry_price=1.0,
            entry_time=t0,
            notional=1000.0,
            status=TradeStatus.CLOSED,
            exit_price=1.0,
            exit_time=t0 + timedelta(hours=3),
            fees=0.0,
            pnl=0.0,
        )
        for token in tokens
    ]
    with services.store.write():
        trade_repo.insert_trades(trader.id, rows)
    flat_hours(services, dict.fromkeys(tokens, 1.0), t0 - timedelta(days=1), clock.now())
    return trader
