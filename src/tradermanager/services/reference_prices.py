"""The price a signal's numbers are checked against: the close of the last stored candle of
its contract at or before the message, when one is stored and recent enough."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from tradermanager.store import candles as candle_repo
from tradermanager.store.fields import to_millis

MAX_AGE = timedelta(days=30)  # an older close says too little about today's price


class ReferencePrices:
    """Callable ``(contract, at) -> price | None``; each contract's candles load once (the
    coarsest interval stored)."""

    def __init__(self) -> None:
        self._series: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}

    def __call__(self, contract: str, at: datetime) -> float | None:
        if contract not in self._series:
            stored = candle_repo.stored_series(contract)
            if not stored:
                self._series[contract] = None
            else:
                loaded = candle_repo.load_candles(contract, stored[-1].interval)
                self._series[contract] = (loaded.open_time, loaded.close)
        series = self._series[contract]
        if series is None:
            return None
        times, closes = series
        when = to_millis(at)
        i = int(np.searchsorted(times, when, side="right")) - 1
        if i < 0 or when - int(times[i]) > MAX_AGE.total_seconds() * 1000:
            return None
        return float(closes[i])
