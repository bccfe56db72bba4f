"""Signal quality for many traders at once: frequency, accuracy, calibration, lag, slippage.

A signal is an opening signal; it is *resolved* when the trade it opened has closed, and it
*made money* when that trade's P&L is above zero (break-even is not a win).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from tradermanager.metrics.arrays import count_by, plain, ratio
from tradermanager.metrics.trade_families import equals

CONFIDENCE_BUCKETS = ("<60%", "60-70%", "70-80%", "80-90%", "90-100%")
CONFIDENCE_EDGES = np.array([0.6, 0.7, 0.8, 0.9])  # lower bounds inclusive
_EPOCH = pd.Timestamp(0, tz="UTC")


def _seconds(column: pd.Series) -> np.ndarray:
    return (column - _EPOCH).dt.total_seconds().to_numpy(dtype=float)


def _rows(frame: pd.DataFrame, ids: np.ndarray) -> np.ndarray:
    position = pd.Series(np.arange(len(ids)), index=ids)
    rows = position.reindex(frame["trader_id"].to_numpy()).fillna(-1)
    return rows.to_numpy(dtype=np.int64)


@dataclass(frozen=True)
class SignalColumns:
    """Signals and my copies as numpy arrays, prepared once for every window."""

    m: int
    row: np.ndarray  # -1 for other traders
    received_s: np.ndarray  # epoch seconds
    lag_s: np.ndarray  # received − trader time, seconds
    pnl: np.ndarray  # NaN while unresolved
    confidence: np.ndarray  # NaN when the signal had none
    passed_filter: np.ndarray
    copy_row: np.ndarray
    copy_opened_s: np.ndarray
    copy_closed_s: np.ndarray  # NaN while open
    copy_slippage: np.ndarray  # adverse fill vs signal price, fraction
    copy_pnl: np.ndarray


def prepare_signals(
    signals: pd.DataFrame, copies: pd.DataFrame | None, trader_ids: Sequence[int]
) -> SignalColumns:
    ids = np.asarray(trader_ids, dtype=np.int64)
    if copies is None:
        copies = pd.DataFrame(
            {
                "trader_id": pd.Series(dtype=np.int64),
                "side": pd.Series(dtype=str),
                "signal_price": pd.Series(dtype=float),
                "fill_price": pd.Series(dtype=float),
                "pnl": pd.Series(dtype=float),
                "opened_at": pd.Series(dtype="datetime64[ns, UTC]"),
                "closed_at": pd.Series(dtype="datetime64[ns, UTC]"),
            }
        )
    direction = np.where(equals(copies["side"], "long"), 1.0, -1.0)
    signal_price = copies["signal_price"].to_numpy(dtype=float)
    received = _seconds(signals["received_time"])
    return SignalColumns(
        m=len(ids),
        row=_rows(signals, ids),
        received_s=received,
        lag_s=received - _seconds(signals["trader_time"]),
        pnl=signals["pnl"].to_numpy(dtype=float),
        confidence=signals["confidence"].to_numpy(dtype=float),
        passed_filter=signals["passed_filter"].to_numpy(dtype=bool),
        copy_row=_rows(copies, ids),
        copy_opened_s=_seconds(copies["opened_at"]),
        copy_closed_s=_seconds(copies["closed_at"]),
        copy_slippage=direction
        * (copies["fill_price"].to_numpy(dtype=float) - signal_price)
        / signal_price,
        copy_pnl=np.nan_to_num(copies["pnl"].to_numpy(dtype=float)),
    )


def signal_families(
    signals: pd.DataFrame | SignalColumns,
    copies: pd.DataFrame | None,
    trader_ids: Sequence[int],
    *,
    window_start: pd.Timestamp | None,
    end: pd.Timestamp,
    my_capital: float | None = None,
) -> list[dict[str, Any]]:
    """One dict per trader (``trader_ids`` order) of the signal-quality keys and my P&L.

    Signals count when received in the window; copies when opened in it, and their P&L
    when closed in it."""
    c = (
        signals
        if isinstance(signals, SignalColumns)
        else prepare_signals(signals, copies, trader_ids)
    )
    m = c.m
    start_s = -np.inf if window_start is None else (window_start - _EPOCH).total_seconds()
    end_s = (end - _EPOCH).total_seconds()
    keep = (c.row >= 0) & (c.received_s >= start_s)
    r = c.row[keep]
    n = count_by(r, m)
    first = np.full(m, np.inf)
    np.minimum.at(first, r, c.received_s[keep])
    span_days = np.maximum((end_s - np.maximum(first, start_s)) / 86_400, 1.0)
    pnl = c.pnl[keep]
    resolved = ~np.isnan(pnl)
    won = np.nan_to_num(pnl) > 0
    n_resolved = count_by(r[resolved], m)
    conf = c.confidence[keep]
    has_conf = ~np.isnan(conf)
    scored = resolved & has_conf
    outcome = won[scored].astype(float)
    bucket = np.searchsorted(CONFIDENCE_EDGES, conf[scored], side="right")
    cells = r[scored] * 5 + bucket
    cal_n = np.bincount(cells, minlength=m * 5).reshape(m, 5)
    cal_w = np.bincount(cells, weights=outcome, minlength=m * 5).reshape(m, 5)
    passed = c.passed_filter[keep] & resolved
    lag = pd.Series(c.lag_s[keep]).groupby(r).median()
    median = np.full(m, np.nan)
    median[lag.index.to_numpy(dtype=np.int64)] = lag.to_numpy()
    copies_in = (c.copy_row >= 0) & (c.copy_opened_s >= start_s)
    cr = c.copy_row[copies_in]
    n_copies = count_by(cr, m)
    closed_in = (c.copy_row >= 0) & (c.copy_closed_s >= start_s)
    my_pnl = count_by(c.copy_row[closed_in], m, c.copy_pnl[closed_in])
    my_closed = count_by(c.copy_row[closed_in], m)
    my_won = count_by(c.copy_row[closed_in], m, c.copy_pnl[closed_in] > 0)
    columns = {
        "signal_count": n.astype(int).tolist(),
        "signal_frequency": plain(np.where(n > 0, n / span_days, np.nan)),
        "signal_accuracy": plain(ratio(count_by(r[resolved], m, won[resolved]), n_resolved)),
        "resolved_signals": n_resolved.astype(int).tolist(),
        "avg_confidence": plain(
            ratio(count_by(r[has_conf], m, conf[has_conf]), count_by(r[has_conf], m))
        ),
        "brier_score": plain(
            ratio(count_by(r[scored], m, (conf[scored] - outcome) ** 2), count_by(r[scored], m))
        ),
        "signal_lag": plain(median),
        "false_positive_rate": plain(
            ratio(count_by(r[passed], m, ~won[passed]), count_by(r[passed], m))
        ),
        "execution_slippage": plain(ratio(count_by(cr, m, c.copy_slippage[copies_in]), n_copies)),
        "copied_trades": n_copies.astype(int).tolist(),
        "copied_closed": my_closed.astype(int).tolist(),
        "copied_won": my_won.astype(int).tolist(),
        "pnl_contribution_usd": my_pnl.tolist(),
        "pnl_contribution_pct": plain(my_pnl / my_capital if my_capital else my_pnl * np.nan),
    }
    calibration = [
        {
            b: {
                "count": int(cal_n[i, k]),
                "win_rate": float(cal_w[i, k] / cal_n[i, k]) if cal_n[i, k] else None,
            }
            for k, b in enumerate(CONFIDENCE_BUCKETS)
        }
        for i in range(m)
    ]
    return [
        {**{k: v[i] for k, v in columns.items()}, "confidence_calibration": calibration[i]}
        for i in range(m)
    ]
