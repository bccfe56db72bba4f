"""Candles as numpy arrays, per symbol: what the engine fills orders against."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from tradermanager.domain.engine.brackets import BracketTable
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import Candles

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True, eq=False)
class CandleSeries:
    """One symbol's candles in time order: ``open_time`` in ms since the epoch (UTC),
    prices in USD. ``interval_ms`` is the candle length."""

    symbol: str
    open_time: IntArray
    open: FloatArray
    high: FloatArray
    low: FloatArray
    close: FloatArray
    interval_ms: int

    @staticmethod
    def from_arrays(
        symbol: str,
        open_time: npt.ArrayLike,
        open_: npt.ArrayLike,
        high: npt.ArrayLike,
        low: npt.ArrayLike,
        close: npt.ArrayLike,
        interval_ms: int | None = None,
    ) -> CandleSeries:
        """Checked arrays: same lengths, rising times, low ≤ open, close ≤ high, prices > 0."""
        times = np.ascontiguousarray(open_time, dtype=np.int64)
        arrays = [np.ascontiguousarray(a, dtype=np.float64) for a in (open_, high, low, close)]
        if any(len(a) != len(times) for a in arrays):
            raise ValidationError(
                "candles", symbol, "open_time, open, high, low, close of equal length"
            )
        if len(times) > 1 and not bool(np.all(np.diff(times) > 0)):
            raise ValidationError("open_time", symbol, "strictly rising candle times")
        o, h, lo, c = arrays
        if len(times) and not (
            bool(np.all(lo > 0))
            and bool(np.all(lo <= np.minimum(o, c)))
            and bool(np.all(h >= np.maximum(o, c)))
        ):
            raise ValidationError("candles", symbol, "prices above 0 with low ≤ open, close ≤ high")
        if interval_ms is None:
            interval_ms = int(np.min(np.diff(times))) if len(times) > 1 else 60_000
        return CandleSeries(symbol, times, o, h, lo, c, interval_ms)

    def __len__(self) -> int:
        return len(self.open_time)

    def index_at_or_after(self, ms: int) -> int:
        """The first candle that starts at or after ``ms`` (len(self) when none)."""
        return int(self.open_time.searchsorted(ms, side="left"))

    def index_containing(self, ms: int) -> int:
        """The candle whose period holds ``ms`` (-1 before the first one)."""
        return int(self.open_time.searchsorted(ms, side="right")) - 1


class FundingHistory(Protocol):
    """Settlements of one symbol: ``time`` ms (rising), ``rate`` paid at each (positive: longs
    pay). :class:`tradermanager.domain.market.FundingRates` is one."""

    @property
    def time(self) -> IntArray: ...

    @property
    def rate(self) -> FloatArray: ...


@dataclass(frozen=True, slots=True, eq=False)
class Market:
    """Candles per symbol, with funding settlements where known (elsewhere the flat
    ``funding_rate`` of the costs applies every 8 hours) and each symbol's maintenance-margin
    brackets (elsewhere the costs' ``brackets``)."""

    candles: Mapping[str, CandleSeries]
    funding: Mapping[str, FundingHistory] = field(default_factory=dict)
    # finer candles (1m) where stored, to settle a candle that touches both a stop and a target
    fine: Mapping[str, CandleSeries] = field(default_factory=dict)
    brackets: Mapping[str, BracketTable] = field(default_factory=dict)

    def series(self, symbol: str) -> CandleSeries | None:
        return self.candles.get(symbol)

    def fine_series(self, symbol: str) -> CandleSeries | None:
        return self.fine.get(symbol)

    def bracket_table(self, symbol: str) -> BracketTable | None:
        return self.brackets.get(symbol)

    @staticmethod
    def from_stored(
        candles: Mapping[str, Candles],
        funding: Mapping[str, FundingHistory] | None = None,
        fine: Mapping[str, Candles] | None = None,
        brackets: Mapping[str, BracketTable] | None = None,
    ) -> Market:
        """A market from stored candles keyed by the symbol signals use (empty ones left out);
        ``fine``: finer candles of some of them (only those finer than the main ones count);
        ``brackets``: the symbols' maintenance-margin tables, keyed the same way."""
        series = {key: _series(key, c) for key, c in candles.items() if len(c)}
        finer = {
            key: _series(key, c)
            for key, c in (fine or {}).items()
            if len(c) and key in series and c.interval_ms < series[key].interval_ms
        }
        return Market(series, dict(funding or {}), finer, dict(brackets or {}))


def _series(key: str, c: Candles) -> CandleSeries:
    return CandleSeries(key, c.open_time, c.open, c.high, c.low, c.close, c.interval_ms)
