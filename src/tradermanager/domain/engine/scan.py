"""Vectorised searches over candles: where does a resting order or an exit first trigger?

Each search looks at a growing window of candles at a time with numpy, so a position that
lives for a month of 1-minute candles costs a handful of array operations, not a Python
loop over 43,200 candles. Within one candle the order of high and low is unknown, so the
adverse side is assumed first: a candle that touches both the stop and a target stops out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from tradermanager.domain.engine.market import CandleSeries

FIRST_WINDOW = 512
MAX_WINDOW = 1 << 20


class Trigger(StrEnum):
    LIQUIDATION = "liquidation"
    STOP = "stop"
    TRAILING = "trailing"
    TARGET = "target"


@dataclass(frozen=True, slots=True)
class Hit:
    index: int  # candle where it triggered
    trigger: Trigger
    price: float  # the price the order executes at, before slippage
    peak: float  # best price seen before this candle (for the trailing stop)


def _windows(start: int, end: int) -> Iterator[tuple[int, int]]:
    size = FIRST_WINDOW
    lo = start
    while lo < end:
        hi = min(lo + size, end)
        yield lo, hi
        lo = hi
        size = min(size * 4, MAX_WINDOW)


def first_touch(series: CandleSeries, start: int, end: int, direction: int, price: float) -> int:
    """First candle in [start, end) that trades at ``price`` coming from above (direction +1,
    a buy limit below the market) or from below (−1, a sell limit above); −1 when none."""
    for lo, hi in _windows(start, end):
        mask = series.low[lo:hi] <= price if direction > 0 else series.high[lo:hi] >= price
        j = int(np.argmax(mask))
        if mask[j]:
            return lo + j
    return -1


def first_exit(
    series: CandleSeries,
    start: int,
    end: int,
    direction: int,
    stop: float | None,
    liquidation: float,
    target: float | None,
    trailing: float | None,
    peak: float,
    fine: CandleSeries | None = None,
) -> tuple[Hit | None, float]:
    """The first exit of a position in [start, end), and the best price seen up to there.

    ``direction`` +1 long / −1 short; ``liquidation`` 0 when a long cannot be liquidated;
    ``trailing`` the distance (fraction) of a trailing stop behind ``peak``, the best price
    since entry, which moves with each candle's high (long) or low (short) *before* the
    candle being tested, so a candle never trails its own stop. ``fine``: finer candles of
    the symbol, which settle a candle that touches both an adverse level and the target."""
    long = direction > 0
    for lo, hi in _windows(start, end):
        high = series.high[lo:hi]
        low = series.low[lo:hi]
        level: np.ndarray | float | None = stop
        trail_level = None
        if trailing is not None:
            shifted = np.empty_like(high)
            shifted[0] = peak
            if long:
                shifted[1:] = high[:-1]
                best = np.maximum.accumulate(np.maximum(shifted, peak))
                trail_level = best * (1 - trailing)
                level = trail_level if stop is None else np.maximum(trail_level, stop)
            else:
                shifted[1:] = low[:-1]
                best = np.minimum.accumulate(np.minimum(shifted, peak))
                trail_level = best * (1 + trailing)
                level = trail_level if stop is None else np.minimum(trail_level, stop)
        adverse = low if long else high
        if isinstance(level, np.ndarray):
            mask = adverse <= level if long else adverse >= level
            if liquidation > 0:
                mask |= adverse <= liquidation if long else adverse >= liquidation
        else:
            # one threshold: the nearer of the stop and the liquidation price
            near = _nearer(level, liquidation, long)
            if near is None:
                mask = np.zeros(hi - lo, dtype=bool)
            else:
                mask = adverse <= near if long else adverse >= near
        if target is not None:
            mask |= high >= target if long else low <= target
        j = int(np.argmax(mask))
        if not mask[j]:
            if trailing is not None:
                peak = float(max(peak, high.max())) if long else float(min(peak, low.min()))
            continue
        index = lo + j
        candle_peak = peak
        if trailing is not None:
            candle_peak = float(best[j])
        hit = _classify(
            series, index, direction, level, j, liquidation, target, trail_level, stop, candle_peak
        )
        if fine is not None and target is not None and hit.trigger is not Trigger.TARGET:
            hit = _settle_with_fine(series, fine, hit, direction, level, j, liquidation, target)
        return hit, candle_peak
    if trailing is not None:
        return None, peak
    return None, peak


def _nearer(stop: float | None, liquidation: float, long: bool) -> float | None:
    """The adverse level reached first: for a long the higher of stop and liquidation."""
    levels = [x for x in (stop, liquidation if liquidation > 0 else None) if x is not None]
    if not levels:
        return None
    return max(levels) if long else min(levels)


def _classify(
    series: CandleSeries,
    index: int,
    direction: int,
    level: np.ndarray | float | None,
    j: int,
    liquidation: float,
    target: float | None,
    trail_level: np.ndarray | None,
    stop: float | None,
    peak: float,
) -> Hit:
    """Which order fires in the candle where something did: adverse side first."""
    long = direction > 0
    open_ = float(series.open[index])
    adverse = float(series.low[index] if long else series.high[index])
    stop_at = None if level is None else float(level[j] if isinstance(level, np.ndarray) else level)
    beyond = (lambda a, b: a <= b) if long else (lambda a, b: a >= b)
    liq_hit = liquidation > 0 and beyond(adverse, liquidation)
    stop_hit = stop_at is not None and beyond(adverse, stop_at)
    if liq_hit and (
        not stop_hit
        or stop_at is None
        or beyond(stop_at, liquidation)
        or beyond(open_, liquidation)
    ):
        return Hit(index, Trigger.LIQUIDATION, liquidation, peak)
    if stop_hit and stop_at is not None:
        fill = min(stop_at, open_) if long else max(stop_at, open_)
        trailing = trail_level is not None and (stop is None or (stop_at != stop))
        return Hit(index, Trigger.TRAILING if trailing else Trigger.STOP, fill, peak)
    assert target is not None
    return Hit(index, Trigger.TARGET, target, peak)


def _settle_with_fine(
    series: CandleSeries,
    fine: CandleSeries,
    hit: Hit,
    direction: int,
    level: np.ndarray | float | None,
    j: int,
    liquidation: float,
    target: float,
) -> Hit:
    """``hit`` is adverse in a candle that also reached the target: when the finer candles
    inside it show the target reached first (in an earlier finer candle), the target fills.
    A finer candle touching both is again taken adverse first; without finer candles of the
    period, or with the candle opening beyond the adverse level, ``hit`` stands."""
    long = direction > 0
    index = hit.index
    if not (series.high[index] >= target if long else series.low[index] <= target):
        return hit
    stop_at = None if level is None else float(level[j] if isinstance(level, np.ndarray) else level)
    adverse = _nearer(stop_at, liquidation, long)
    open_ = float(series.open[index])
    if adverse is not None and (open_ <= adverse if long else open_ >= adverse):
        return hit  # gapped through at the open: no finer order comes before that
    start = int(series.open_time[index])
    lo = fine.index_at_or_after(start)
    hi = fine.index_at_or_after(start + series.interval_ms)
    if lo >= hi:
        return hit
    f_adverse = fine.low[lo:hi] if long else fine.high[lo:hi]
    f_target = fine.high[lo:hi] >= target if long else fine.low[lo:hi] <= target
    bad = (
        (f_adverse <= adverse if long else f_adverse >= adverse)
        if adverse is not None
        else np.zeros(hi - lo, dtype=bool)
    )
    first_bad = int(np.argmax(bad)) if bad.any() else hi - lo
    first_good = int(np.argmax(f_target)) if f_target.any() else hi - lo
    if first_good < first_bad:
        return Hit(index, Trigger.TARGET, target, hit.peak)
    return hit
