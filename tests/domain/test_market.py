"""Candles and funding rates: the arrays the engine reads, and what they refuse."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import (
    DAY_MS,
    FUNDING_PERIOD_MS,
    HOUR_MS,
    INTERVALS,
    MINUTE_MS,
    Candles,
    FundingRates,
    interval_ms,
    resample,
)


def hourly(n: int, start: int = 0) -> Candles:
    t = start + np.arange(n, dtype=np.int64) * HOUR_MS
    c = 100.0 + np.arange(n, dtype=float)
    return Candles("BTCUSDT", "1h", t, c, c + 1, c - 1, c + 0.5, np.full(n, 2.0))


def test_intervals_are_binance_intervals_up_to_a_day():
    assert list(INTERVALS) == ["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h",
                               "12h", "1d"]  # fmt: skip
    assert interval_ms("1m") == MINUTE_MS and interval_ms("1d") == DAY_MS
    assert all(DAY_MS % ms == 0 for ms in INTERVALS.values())
    with pytest.raises(ValidationError, match="interval: got '1w'; allowed: one of 1m"):
        interval_ms("1w")


def test_candles_hold_read_only_columns_of_one_length():
    candles = hourly(5)
    assert len(candles) == 5 and candles.interval_ms == HOUR_MS
    assert candles.open_time.dtype == np.int64 and candles.close.dtype == np.float64
    assert candles.close_time.tolist() == (candles.open_time + HOUR_MS).tolist()
    with pytest.raises(ValueError):
        candles.close[0] = 1.0


def test_the_callers_array_stays_writable_and_is_not_copied():
    t = np.arange(3, dtype=np.int64) * MINUTE_MS
    close = np.array([1.0, 2.0, 3.0])
    candles = Candles("X", "1m", t, close, close, close, close, close)
    close[0] = 9.0  # still the caller's to change; the candles share its memory
    assert candles.close[0] == 9.0 and np.shares_memory(candles.close, close)


@pytest.mark.parametrize(
    ("times", "message"),
    [
        ([0, 2 * HOUR_MS, HOUR_MS], "strictly increasing"),
        ([0, 0, HOUR_MS], "strictly increasing"),
        ([0, HOUR_MS + 1], "multiples of 1h"),
    ],
)
def test_out_of_order_or_misaligned_times_are_refused(times, message):
    n = len(times)
    with pytest.raises(ValidationError, match=message):
        Candles("X", "1h", np.array(times), *([np.ones(n)] * 5))


def test_columns_of_another_length_are_refused():
    with pytest.raises(ValidationError, match="volume: got '2 values'; allowed: 3"):
        Candles("X", "1h", np.arange(3) * HOUR_MS, *([np.ones(3)] * 4), np.ones(2))


def test_between_is_half_open_and_first_at_or_after_finds_the_next_candle():
    candles = hourly(10, start=DAY_MS)
    part = candles.between(DAY_MS + 2 * HOUR_MS, DAY_MS + 5 * HOUR_MS)
    assert part.open_time.tolist() == [DAY_MS + k * HOUR_MS for k in (2, 3, 4)]
    assert part.close.tolist() == [102.5, 103.5, 104.5]
    assert candles.first_at_or_after(DAY_MS + 2 * HOUR_MS) == 2
    assert candles.first_at_or_after(DAY_MS + 2 * HOUR_MS + 1) == 3  # no look-back
    assert candles.first_at_or_after(DAY_MS + 99 * HOUR_MS) == 10
    assert len(Candles.empty("X", "1m")) == 0


def test_flat_funding_settles_at_00_08_16_utc_inside_the_period():
    start = DAY_MS + 3 * HOUR_MS  # 03:00 on day 1
    end = 2 * DAY_MS + 8 * HOUR_MS  # 08:00 on day 2, excluded
    rates = FundingRates.flat("BTCUSDT", 0.0001, start, end)
    hours = [(t - DAY_MS) // HOUR_MS for t in rates.time.tolist()]
    assert hours == [8, 16, 24]
    assert rates.rate.tolist() == [0.0001] * 3
    assert len(FundingRates.flat("BTCUSDT", 0.0, start, end)) == 0  # 0 turns funding off
    assert len(FundingRates.flat("BTCUSDT", 0.0001, end, start)) == 0


@given(
    start=st.integers(0, 10**12),
    length=st.integers(0, 30 * DAY_MS),
)
def test_flat_funding_counts_every_settlement_once(start, length):
    end = start + length
    rates = FundingRates.flat("X", -0.0002, start, end)
    expected = len(range(-(-start // FUNDING_PERIOD_MS), -(-end // FUNDING_PERIOD_MS)))
    assert len(rates) == expected
    assert all(start <= t < end and t % FUNDING_PERIOD_MS == 0 for t in rates.time.tolist())


def test_funding_rates_between_and_order():
    rates = FundingRates("X", np.array([0, 10, 20]), np.array([0.1, 0.2, 0.3]))
    assert rates.between(5, 20).rate.tolist() == [0.2]
    with pytest.raises(ValidationError, match="strictly increasing"):
        FundingRates("X", np.array([0, 0]), np.array([0.1, 0.2]))


def test_unchecked_candles_are_the_stored_arrays_made_read_only():
    times = np.arange(3, dtype=np.int64) * MINUTE_MS
    columns = np.vstack([np.ones(3) * k for k in range(1, 6)])
    candles = Candles.unchecked("X", "1m", times, columns)
    assert candles.close.tolist() == [4.0] * 3 and candles.volume.tolist() == [5.0] * 3
    assert np.shares_memory(candles.open, columns) and not candles.high.flags.writeable
    with pytest.raises(ValidationError):
        Candles.unchecked("X", "2m", times, columns)


def test_resample_hours_into_days_by_hand():
    t = np.array([0, 1, 2, 24, 25]) * HOUR_MS  # day 0: three hours, day 1: two
    candles = Candles(
        "X", "1h", t,
        np.array([10.0, 11, 12, 20, 21]),  # open
        np.array([11.0, 15, 13, 22, 23]),  # high
        np.array([9.0, 10, 8, 19, 20]),  # low
        np.array([11.0, 12, 12.5, 21, 22]),  # close
        np.array([1.0, 2, 3, 4, 5]),  # volume
    )  # fmt: skip
    days = resample(candles, "1d")
    assert days.open_time.tolist() == [0, DAY_MS]
    assert days.open.tolist() == [10.0, 20.0]
    assert days.high.tolist() == [15.0, 23.0]
    assert days.low.tolist() == [8.0, 19.0]
    assert days.close.tolist() == [12.5, 22.0]
    assert days.volume.tolist() == [6.0, 9.0]
    assert len(resample(Candles.empty("X", "1h"), "1d")) == 0
    with pytest.raises(ValidationError, match="a multiple of the candles' own interval"):
        resample(candles, "5m")


@given(
    st.lists(
        st.tuples(st.floats(1, 1e5), st.floats(0, 0.1), st.floats(0, 0.1), st.floats(0, 10)),
        min_size=1,
        max_size=200,
    ),
    st.sampled_from(["15m", "1h", "4h", "1d"]),
)
def test_resampled_candles_contain_their_parts(rows, interval):
    n = len(rows)
    close = np.array([r[0] for r in rows])
    open_ = np.concatenate([[close[0]], close[:-1]])
    high = np.maximum(open_, close) * (1 + np.array([r[1] for r in rows]))
    low = np.minimum(open_, close) * (1 - np.array([r[2] for r in rows]))
    volume = np.array([r[3] for r in rows])
    t = np.arange(n, dtype=np.int64) * 5 * MINUTE_MS
    candles = Candles("X", "5m", t, open_, high, low, close, volume)
    coarse = resample(candles, interval)
    assert coarse.high.max() == high.max() and coarse.low.min() == low.min()
    assert coarse.open[0] == open_[0] and coarse.close[-1] == close[-1]
    assert np.isclose(coarse.volume.sum(), volume.sum())
    assert bool(np.all(coarse.high >= np.maximum(coarse.open, coarse.close)))
    assert bool(np.all(coarse.low <= np.minimum(coarse.open, coarse.close)))
