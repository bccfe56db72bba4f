"""The candles and funding a replay of signals needs, from the market data store."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tradermanager.domain.engine import Market
from tradermanager.domain.market import INTERVALS, resample
from tradermanager.domain.models import Signal
from tradermanager.services.market_data import MarketDataService

FINE_INTERVAL = "1m"


def market_for(
    market: MarketDataService,
    signals: Iterable[Signal],
    interval: str,
    start: datetime,
    end: datetime,
) -> Market:
    """Stored ``interval`` candles of the signals' tokens over [start, end) — for a token
    with none of that interval, a finer stored interval aggregated into it (the price fetch
    stores 1m candles), else its 1d candles — with their funding settlements (the flat
    ``funding_rate`` setting where none are stored) and their maintenance-margin brackets."""
    tokens = sorted({s.symbol for s in signals})
    candles = market.candles(tokens, interval, start, end)
    step = INTERVALS[interval]
    finer = [k for k, ms in sorted(INTERVALS.items(), key=lambda kv: -kv[1]) if ms < step]
    for name in finer:  # the coarsest finer interval stored, aggregated
        lacking = [t for t in tokens if not len(candles[t])]
        if not lacking:
            break
        if step % INTERVALS[name]:
            continue
        for token, finer_candles in market.candles(lacking, name, start, end).items():
            if len(finer_candles):
                candles[token] = resample(finer_candles, interval)
    if interval != "1d":
        daily = [t for t in tokens if not len(candles[t])]
        if daily:
            candles.update(market.candles(daily, "1d", start, end))
    found = [t for t in tokens if len(candles[t])]
    funding = market.funding(found, start, end) if found else {}
    # 1-minute candles, where stored, settle a candle that touches both a stop and a target
    fine = market.candles(found, FINE_INTERVAL, start, end) if interval != FINE_INTERVAL else {}
    brackets = market.brackets.tables(found)
    return Market.from_stored({t: candles[t] for t in found}, funding, fine, brackets)
