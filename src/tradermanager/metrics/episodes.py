"""The drawdown episode table of one return series, for the UI and reports.

Built from the same episodes as the summary keys (``drawdowns.find_episodes``), so the
table and ``drawdown_count``, ``longest_drawdown``, ``avg_recovery_time`` always agree.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from tradermanager.domain.metric_types import DrawdownEpisode
from tradermanager.metrics.drawdowns import drawdown_path, find_episodes
from tradermanager.metrics.return_statistics import prepare


def calendar_days(returns: pd.Series) -> pd.Series:
    """A series indexed by UTC days with every missing day inserted as NaN (no return), so
    that a column is a calendar day; other series are returned as they are."""
    index = returns.index
    if not isinstance(index, pd.DatetimeIndex) or len(index) < 2:
        return returns
    if (
        not (index.is_monotonic_increasing and index.is_unique)
        or (index != index.normalize()).any()
    ):
        return returns
    return returns.reindex(pd.date_range(index[0], index[-1], freq="D"))


def drawdown_episodes(returns: np.ndarray | pd.Series) -> list[DrawdownEpisode]:
    """One row per episode: start (first day under water), trough (first day at the
    episode's depth), end (recovery day, None while ongoing), depth (≤ 0), days (calendar
    days under water), recovery_days (trough → recovery, None while ongoing). Dates when
    ``returns`` has a DatetimeIndex, day positions otherwise. Days before the first return
    are not history; a NaN after it is a day without a return (the equity carries over)."""
    if isinstance(returns, pd.Series):
        returns = calendar_days(returns)
    index = returns.index if isinstance(returns, pd.Series) else None
    p = prepare(np.asarray(returns, dtype=float))
    if p.r.shape[1] == 0 or p.n[0] == 0:
        return []
    path = drawdown_path(p.x)
    e = find_episodes(path)
    labels: list[Any]
    if isinstance(index, pd.DatetimeIndex):
        labels = [d.date().isoformat() for d in index]
    else:
        labels = list(range(p.r.shape[1]))
    out: list[DrawdownEpisode] = []
    for start, last, valley, depth, recovered in zip(
        e.start.tolist(),
        e.last.tolist(),
        e.valley.tolist(),
        e.depth.tolist(),
        e.recovered.tolist(),
        strict=True,
    ):
        out.append(
            {
                "start": labels[start],
                "trough": labels[valley],
                "end": labels[last + 1] if recovered else None,
                "depth": depth,
                "days": last - start + 1,
                "recovery_days": last + 1 - valley if recovered else None,
            }
        )
    return out
