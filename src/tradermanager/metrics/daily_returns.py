"""Daily returns of traders from their trades.

r_t = realized P&L booked on UTC day t (the close day) ÷ equity at the start of day t, with
equity starting at the trader's reference capital. Days after the trader's first trade
without a close count as 0 return; days before it are NaN (no history yet). If losses take
the equity to zero or below, that day's return is −100 % and later days are NaN: an account
that is blown up has no returns.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from tradermanager.domain.metric_types import TRADE_FRAME_COLUMNS

TRADE_COLUMNS = TRADE_FRAME_COLUMNS  # the DataFrame contract of docs/metrics.md


def check_trades(trades: pd.DataFrame) -> None:
    missing = [c for c in TRADE_COLUMNS if c not in trades.columns]
    if missing:
        raise ValueError(f"trades: missing columns {missing}; required: {list(TRADE_COLUMNS)}")


def day_axis(start: pd.Timestamp, end: pd.Timestamp) -> pd.DatetimeIndex:
    """UTC calendar days from ``start``'s day to ``end``'s day inclusive."""
    first = pd.Timestamp(start).tz_convert("UTC").floor("D")
    last = pd.Timestamp(end).tz_convert("UTC").floor("D")
    return pd.date_range(first, last, freq="D")


def _day_index(times: pd.Series, first: pd.Timestamp) -> np.ndarray:
    return ((times - first) // pd.Timedelta(days=1)).to_numpy(dtype=np.float64)


def daily_return_matrix(
    trades: pd.DataFrame,
    trader_ids: Sequence[int],
    days: pd.DatetimeIndex,
    reference_capital: pd.Series | float = 10_000.0,
) -> np.ndarray:
    """Returns matrix (traders × days) for ``trader_ids`` in that order, over ``days``."""
    check_trades(trades)
    ids = np.asarray(trader_ids, dtype=np.int64)
    m, n = len(ids), len(days)
    if m == 0 or n == 0:
        return np.full((m, n), np.nan)
    capital = (
        reference_capital.reindex(ids).fillna(10_000.0).to_numpy(dtype=np.float64)
        if isinstance(reference_capital, pd.Series)
        else np.full(m, float(reference_capital))
    )
    row_of = pd.Series(np.arange(m), index=ids)
    rows = row_of.reindex(trades["trader_id"].to_numpy()).to_numpy()
    known = ~np.isnan(rows)
    first = days[0]
    # when each trader's history starts: the day of its first trade
    start_day = np.full(m, np.inf)
    entry_day = _day_index(trades["entry_time"], first)
    np.minimum.at(start_day, rows[known].astype(np.int64), np.maximum(entry_day[known], 0))
    closed = known & trades["pnl"].notna().to_numpy() & trades["exit_time"].notna().to_numpy()
    exit_day = _day_index(trades["exit_time"], first)
    closed &= (exit_day >= 0) & (exit_day < n)
    flat = rows[closed].astype(np.int64) * n + exit_day[closed].astype(np.int64)
    pnl = np.bincount(flat, weights=trades["pnl"].to_numpy()[closed], minlength=m * n)
    pnl = pnl.reshape(m, n)
    equity_start = capital[:, None] + np.concatenate(
        [np.zeros((m, 1)), np.cumsum(pnl, axis=1)[:, :-1]], axis=1
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        r = pnl / equity_start
    blown = equity_start <= 0
    r[blown] = np.nan
    r = np.where(~blown & (r < -1), -1.0, r)
    before_start = np.arange(n)[None, :] < start_day[:, None]
    r[before_start] = np.nan
    return r


def daily_returns(
    trades: pd.DataFrame,
    *,
    reference_capital: float = 10_000.0,
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> pd.Series:
    """One trader's daily returns as a Series indexed by UTC day (see the module doc)."""
    days = day_axis(start, end)
    frame = trades.assign(trader_id=0)
    row = daily_return_matrix(frame, [0], days, reference_capital)[0]
    return pd.Series(row, index=days, name="return")
