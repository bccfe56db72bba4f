"""Prices for the paper replay in tests: flat hourly candles, then a replay, so that signals
fed through the pipeline become my copies (the engine fills nothing without prices)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

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
