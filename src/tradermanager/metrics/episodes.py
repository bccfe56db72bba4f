"""The drawdown episode table of one return series, for the UI and reports."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from tradermanager.metrics.series import as_matrix, drawdown_series


def drawdown_episodes(returns: np.ndarray | pd.Series) -> list[dict[str, Any]]:
    """One row per episode: start (first day under water), trough (first day at the
    episode's depth), end (recovery day, None while ongoing), depth (≤ 0), days (days under
    water), recovery_days (trough → recovery, None while ongoing). Dates when ``returns`` has
    a DatetimeIndex, day positions otherwise."""
    index = returns.index if isinstance(returns, pd.Series) else None
    dd = drawdown_series(as_matrix(np.asarray(returns, dtype=float)))[0]
    under = dd < 0
    labels: list[Any]
    if isinstance(index, pd.DatetimeIndex):
        labels = [d.date().isoformat() for d in index]
    else:
        labels = list(range(len(dd)))
    out: list[dict[str, Any]] = []
    day = 0
    while day < len(dd):
        if not under[day]:
            day += 1
            continue
        start = day
        while day < len(dd) and under[day]:
            day += 1
        run = dd[start:day]
        trough = start + int(np.argmin(run))
        recovered = day < len(dd)
        out.append(
            {
                "start": labels[start],
                "trough": labels[trough],
                "end": labels[day] if recovered else None,
                "depth": float(run.min()),
                "days": day - start,
                "recovery_days": day - trough if recovered else None,
            }
        )
    return out
