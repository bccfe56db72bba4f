"""Market data the execution engine runs on: candles and funding rates as numpy columns.

A backtest walks millions of candles, so a candle is not an object: a :class:`Candles` holds
one symbol's candles of one interval as parallel arrays (times in UTC epoch milliseconds,
prices in the quote currency, volume in the base asset). Both types are immutable: their
arrays are read-only, so they can cross threads and layers like every other domain value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from tradermanager.domain.errors import ValidationError

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS

# Binance's kline intervals up to a day; each has a fixed length, so candle k of a series
# opens at a multiple of its length since the epoch.
INTERVALS: dict[str, int] = {
    "1m": MINUTE_MS,
    "3m": 3 * MINUTE_MS,
    "5m": 5 * MINUTE_MS,
    "15m": 15 * MINUTE_MS,
    "30m": 30 * MINUTE_MS,
    "1h": HOUR_MS,
    "2h": 2 * HOUR_MS,
    "4h": 4 * HOUR_MS,
    "6h": 6 * HOUR_MS,
    "8h": 8 * HOUR_MS,
    "12h": 12 * HOUR_MS,
    "1d": DAY_MS,
}
INTERVALS_ALLOWED = "one of " + ", ".join(INTERVALS)

# Binance settles funding every 8 hours, at 00:00, 08:00 and 16:00 UTC, for most contracts.
FUNDING_PERIOD_MS = 8 * HOUR_MS


def interval_ms(interval: str, field: str = "interval") -> int:
    """Length of ``interval`` in milliseconds; raises ValidationError for an unknown one."""
    try:
        return INTERVALS[interval]
    except (KeyError, TypeError):
        raise ValidationError(field, interval, INTERVALS_ALLOWED) from None


def to_ms(when: datetime) -> int:
    """A timezone-aware instant as UTC epoch milliseconds (naive means UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def _frozen(values: object, dtype: type, name: str) -> np.ndarray:
    array: np.ndarray = np.ascontiguousarray(values, dtype=dtype)
    if array.ndim != 1:
        raise ValidationError(name, f"an array of shape {array.shape}", "a one-dimensional array")
    if array.flags.writeable:
        array = array.view()  # a read-only view: no copy, and the caller's array stays as it was
        array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class Candles:
    """One symbol's candles of one interval, oldest first.

    ``open_time`` (int64, UTC epoch ms) is strictly increasing and a multiple of the interval;
    a candle covers ``[open_time, open_time + interval_ms)``. Gaps (no trading, or nothing
    stored) are simply absent rows. ``open``/``high``/``low``/``close`` are prices, ``volume``
    the base-asset volume; all float64.
    """

    symbol: str
    interval: str
    open_time: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __post_init__(self) -> None:
        step = interval_ms(self.interval)
        setter = object.__setattr__
        setter(self, "open_time", _frozen(self.open_time, np.int64, "open_time"))
        n = len(self.open_time)
        for name in ("open", "high", "low", "close", "volume"):
            column = _frozen(getattr(self, name), np.float64, name)
            if len(column) != n:
                raise ValidationError(name, f"{len(column)} values", f"{n}, one per open_time")
            setter(self, name, column)
        times = self.open_time
        if n > 1 and not bool(np.all(times[1:] > times[:-1])):
            raise ValidationError("open_time", "times out of order", "strictly increasing times")
        if n and bool(np.any(times % step)):
            raise ValidationError(
                "open_time", "a time between candles", f"multiples of {self.interval} since 1970"
            )

    @classmethod
    def unchecked(
        cls,
        symbol: str,
        interval: str,
        open_time: np.ndarray,
        columns: np.ndarray,
    ) -> Candles:
        """Candles from arrays that were checked when they were stored: ``open_time`` int64
        and ``columns`` a (5, n) float64 array of open, high, low, close, volume. Skips the
        order and alignment checks (a tenth of a second on ten million candles); the arrays
        become read-only."""
        interval_ms(interval)
        candles = object.__new__(cls)
        open_time.setflags(write=False)
        columns.setflags(write=False)
        values = dict(zip(("open", "high", "low", "close", "volume"), columns, strict=True))
        for name, value in {"symbol": symbol, "interval": interval, "open_time": open_time,
                            **values}.items():  # fmt: skip
            object.__setattr__(candles, name, value)
        return candles

    @classmethod
    def empty(cls, symbol: str, interval: str) -> Candles:
        nothing = np.empty(0, dtype=np.float64)
        return cls(symbol, interval, np.empty(0, np.int64), *([nothing] * 5))

    def __len__(self) -> int:
        return len(self.open_time)

    @property
    def interval_ms(self) -> int:
        return INTERVALS[self.interval]

    @property
    def close_time(self) -> np.ndarray:
        """End of each candle (exclusive), UTC epoch ms."""
        return self.open_time + self.interval_ms

    def first_at_or_after(self, ms: int) -> int:
        """Index of the first candle that opens at or after ``ms`` (``len`` when none does):
        the first candle a decision taken at ``ms`` may trade on."""
        return int(np.searchsorted(self.open_time, ms, side="left"))

    def between(self, start_ms: int, end_ms: int) -> Candles:
        """The candles opening in ``[start_ms, end_ms)`` (views, no copy)."""
        i = self.first_at_or_after(start_ms)
        j = self.first_at_or_after(end_ms)
        return Candles(
            self.symbol,
            self.interval,
            self.open_time[i:j],
            self.open[i:j],
            self.high[i:j],
            self.low[i:j],
            self.close[i:j],
            self.volume[i:j],
        )


def resample(candles: Candles, interval: str) -> Candles:
    """``candles`` aggregated into a coarser ``interval``: per period, the first open, the
    highest high, the lowest low, the last close and the summed volume. A period holds only
    the candles that are stored for it (a gap makes a candle of what there is)."""
    step = interval_ms(interval)
    if step % candles.interval_ms:
        raise ValidationError(
            "interval", interval, f"a multiple of the candles' own interval ({candles.interval})"
        )
    if not len(candles):
        return Candles.empty(candles.symbol, interval)
    period = candles.open_time // step
    starts = np.flatnonzero(np.concatenate([[True], period[1:] != period[:-1]]))
    ends = np.append(starts[1:], len(period)) - 1
    return Candles(
        candles.symbol,
        interval,
        period[starts] * step,
        candles.open[starts],
        np.maximum.reduceat(candles.high, starts),
        np.minimum.reduceat(candles.low, starts),
        candles.close[ends],
        np.add.reduceat(candles.volume, starts),
    )


@dataclass(frozen=True, eq=False)
class FundingRates:
    """One symbol's funding settlements, oldest first.

    ``time`` (int64, UTC epoch ms) is strictly increasing; ``rate`` (float64) is the fraction
    of the position's notional paid at that instant: positive means longs pay shorts.
    """

    symbol: str
    time: np.ndarray
    rate: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "time", _frozen(self.time, np.int64, "time"))
        object.__setattr__(self, "rate", _frozen(self.rate, np.float64, "rate"))
        if len(self.rate) != len(self.time):
            raise ValidationError("rate", f"{len(self.rate)} values", "one per funding time")
        if len(self.time) > 1 and not bool(np.all(self.time[1:] > self.time[:-1])):
            raise ValidationError("time", "times out of order", "strictly increasing times")

    @classmethod
    def flat(cls, symbol: str, rate: float, start_ms: int, end_ms: int) -> FundingRates:
        """``rate`` at every 8-hour settlement (00:00, 08:00, 16:00 UTC) in
        ``[start_ms, end_ms)``: the fallback where no history is stored. A rate of 0 gives no
        settlements at all (funding off)."""
        if rate == 0 or end_ms <= start_ms:
            return cls(symbol, np.empty(0, np.int64), np.empty(0, np.float64))
        first = -(-start_ms // FUNDING_PERIOD_MS) * FUNDING_PERIOD_MS
        times = np.arange(first, end_ms, FUNDING_PERIOD_MS, dtype=np.int64)
        return cls(symbol, times, np.full(len(times), float(rate)))

    def __len__(self) -> int:
        return len(self.time)

    def between(self, start_ms: int, end_ms: int) -> FundingRates:
        """The settlements at instants in ``[start_ms, end_ms)``."""
        i, j = np.searchsorted(self.time, [start_ms, end_ms], side="left")
        return FundingRates(self.symbol, self.time[i:j], self.rate[i:j])
