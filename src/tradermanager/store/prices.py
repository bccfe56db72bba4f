"""Daily token closes, read from stored candles.

Metrics (token volatility and correlation, the BTC benchmark) work on one daily close per
token. They come from each token's 1d candles; a token without 1d candles takes, per UTC
day, the close of the last candle of its coarsest stored interval. When several contracts
share a base token (BTCUSDT, BTCUSDC) the USDT one is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

import numpy as np
import pandas as pd

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import DAY_MS, INTERVALS, Candles
from tradermanager.domain.tokens import normalise_token
from tradermanager.store import candles as candle_repo

PREFERRED_QUOTE = "USDT"


def upsert_prices(rows: Iterable[tuple[str, date, float]]) -> int:
    """Store (token, UTC day, close) as 1d candles of the token's USDT contract with
    open = high = low = close and volume 0; returns the number of closes written."""
    by_token: dict[str, list[tuple[int, float]]] = {}
    for token, day, close in rows:
        day_ms = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)
        by_token.setdefault(token, []).append((day_ms, float(close)))
    written = 0
    for token, points in by_token.items():
        points.sort()
        times = np.array([t for t, _ in points], dtype=np.int64)
        closes = np.array([c for _, c in points], dtype=np.float64)
        candles = Candles(
            f"{token}{PREFERRED_QUOTE}",
            "1d",
            times,
            closes,
            closes,
            closes,
            closes,
            np.zeros(len(closes)),
        )
        written += candle_repo.write_candles(candles).written
    return written


def _token_symbols(tokens: Iterable[str] | None) -> dict[str, str]:
    """Token → the stored symbol its closes are read from."""
    wanted = None if tokens is None else set(tokens)
    symbols: dict[str, set[str]] = {}
    for series in candle_repo.stored_series():
        try:
            token = normalise_token(series.symbol, "symbol")
        except ValidationError:
            continue
        if wanted is None or token in wanted:
            symbols.setdefault(token, set()).add(series.symbol)
    return {
        token: f"{token}{PREFERRED_QUOTE}" if f"{token}{PREFERRED_QUOTE}" in found else min(found)
        for token, found in symbols.items()
    }


def daily_closes(symbol: str) -> pd.Series:
    """One close per UTC day (index: day as datetime64), from 1d candles or else from the
    coarsest stored interval up to a day; empty when nothing is stored."""
    intervals = [
        s.interval
        for s in candle_repo.stored_series(symbol)
        if s.interval in INTERVALS and INTERVALS[s.interval] <= DAY_MS
    ]
    if not intervals:
        return pd.Series(dtype=float)
    interval = max(intervals, key=INTERVALS.__getitem__)
    times, closes = candle_repo.load_closes(symbol, interval)
    days = times // DAY_MS
    last_of_day = np.append(days[1:] != days[:-1], True)
    index = pd.to_datetime(days[last_of_day] * DAY_MS, unit="ms")
    return pd.Series(closes[last_of_day], index=index, dtype=float)


def price_frame(tokens: Iterable[str] | None = None) -> pd.DataFrame:
    """Closes as a DataFrame: index = UTC day (datetime64), one column per token."""
    columns = {
        token: closes
        for token, symbol in sorted(_token_symbols(tokens).items())
        if not (closes := daily_closes(symbol)).empty
    }
    if not columns:
        return pd.DataFrame()
    frame = pd.DataFrame(columns).sort_index()
    frame.index.name = "day"
    frame.columns.name = "token"
    return frame
