"""The drawdown path of many return series at once, its episodes, and their statistics.

The path: equity ``E_0 = 1`` (the start counts as a peak), ``E_t = Π_{s≤t}(1 + r_s)``; a day
without a return carries the equity forward, and once the equity reaches zero (a −100 % day)
it stays at zero. ``dd_t = E_t / M_t − 1`` with the running peak ``M_t = max(1, E_0..E_t)``,
always in [−1, 0].

The history of a series runs from its first return to its last column: every day of that
span is a day of the path, so durations are calendar days and the days under water never
exceed the days of history. An episode is a maximal run of days with ``E_t < M_t``; the
summary keys and the episode table both come from :class:`Episodes`, so they always agree.

The full-size work is two running scans (product, maximum) and one comparison; everything
after that touches only episode boundaries. Within an episode the peak is constant, so the
deepest drawdown is ``min(E) / M − 1`` of the episode's days (division by a positive
constant keeps the order, so this equals the minimum of ``dd``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tradermanager.metrics.arrays import ratio


@dataclass(frozen=True, slots=True)
class Path:
    """Equity and running peak of every row (rows × days)."""

    equity: np.ndarray
    peak: np.ndarray

    def drawdown(self) -> np.ndarray:
        return self.equity / self.peak - 1.0


def drawdown_path(
    x: np.ndarray, *, out: np.ndarray | None = None, peak_out: np.ndarray | None = None
) -> Path:
    """Equity and peak of a NaN-free 2-D array of returns (missing days set to 0). ``out``
    (same shape) is used for the equity when given."""
    equity = np.add(x, 1.0, out=out)
    np.multiply.accumulate(equity, axis=1, out=equity)
    if equity.shape[1] == 0:
        return Path(equity, equity.copy())
    first = equity[:, 0].copy()
    np.maximum(first, 1.0, out=equity[:, 0])  # the start E_0 = 1 is a peak
    peak = np.fmax.accumulate(equity, axis=1, out=peak_out)  # no NaN: fmax scans faster
    equity[:, 0] = first
    return Path(equity, peak)


@dataclass(frozen=True, slots=True)
class Episodes:
    """Every episode of every row, in row order then day order (day = column)."""

    row: np.ndarray  # row of each episode
    start: np.ndarray  # first day under water
    last: np.ndarray  # last day under water (the last column while ongoing)
    valley: np.ndarray  # first day at the episode's depth
    depth: np.ndarray  # deepest dd of the episode, in [−1, 0)
    recovered: np.ndarray  # bool: back at the peak on day last + 1

    @property
    def days(self) -> np.ndarray:
        """Days under water: start to the day before recovery, or to the last day."""
        return self.last - self.start + 1


def find_episodes(
    path: Path, masks: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> Episodes:
    """Run-length detection on the under-water mask: only episode boundaries are gathered,
    never every under-water day."""
    days = path.equity.shape[1]
    shape = path.equity.shape
    under, starts, ends = masks or tuple(np.empty(shape, dtype=bool) for _ in range(3))
    np.less(path.equity, path.peak, out=under)
    # starts: under today, not yesterday (a > b is a and not b); ends: not tomorrow
    starts[:, :1] = under[:, :1]
    np.greater(under[:, 1:], under[:, :-1], out=starts[:, 1:])
    ends[:, -1:] = under[:, -1:]
    np.greater(under[:, :-1], under[:, 1:], out=ends[:, :-1])
    first = np.flatnonzero(starts)
    last = np.flatnonzero(ends)
    row = first // max(days, 1)
    if len(first) == 0:
        nothing = np.zeros(0, dtype=np.int64)
        return Episodes(nothing, nothing, nothing, nothing, np.zeros(0), np.zeros(0, bool))
    equity = path.equity.ravel()
    low = _segment_min(equity, first, last + 1)
    depth = low / path.peak.ravel()[first] - 1.0
    # the valley: the first day of each episode at its lowest equity. Segment k runs from
    # its start to the next episode's start; its first hit lies inside the episode (later
    # hits, after recovery or in the next row, are dropped with every non-first one).
    segments = np.diff(first, append=equity.size)
    hits = np.flatnonzero(equity[first[0] :] == np.repeat(low, segments)) + first[0]
    owner = np.searchsorted(first, hits, side="right") - 1
    keep = np.ones(len(hits), dtype=bool)
    keep[1:] = owner[1:] != owner[:-1]
    valley = hits[keep]
    last_day = last - row * days
    return Episodes(
        row=row,
        start=first - row * days,
        last=last_day,
        valley=valley - row * days,
        depth=depth,
        recovered=last_day < days - 1,
    )


def _segment_min(values: np.ndarray, begin: np.ndarray, end: np.ndarray) -> np.ndarray:
    """min(values[begin_k:end_k]) for non-overlapping, ordered, non-empty segments."""
    if end[-1] < values.size:
        bounds = np.column_stack([begin, end]).ravel()
        return np.minimum.reduceat(values, bounds)[::2]
    head = (
        np.minimum.reduceat(values, np.column_stack([begin[:-1], end[:-1]]).ravel())[::2]
        if len(begin) > 1
        else np.zeros(0)
    )
    return np.append(head, values[begin[-1] : end[-1]].min())


def drawdown_summary(path: Path, episodes: Episodes, history: np.ndarray) -> dict[str, np.ndarray]:
    """The drawdown keys of every row. ``history`` = days from each row's first return to
    its last column (0 for a row without returns: every key is then NaN)."""
    rows, days = path.equity.shape
    e = episodes
    count = np.bincount(e.row, minlength=rows).astype(float)
    length = e.days.astype(float)
    longest = np.zeros(rows)
    np.maximum.at(longest, e.row, length)
    deepest = np.zeros(rows)
    np.minimum.at(deepest, e.row, e.depth)
    under_days = np.bincount(e.row, weights=length, minlength=rows)
    recovered = e.recovered.astype(float)
    rec_n = np.bincount(e.row, weights=recovered, minlength=rows)
    rec_sum = np.bincount(e.row, weights=(e.last + 1 - e.valley) * recovered, minlength=rows)
    sum_depth = np.bincount(e.row, weights=e.depth, minlength=rows)
    span = history.astype(float)
    has = history > 0
    current = path.equity[:, -1] / path.peak[:, -1] - 1.0 if days else np.zeros(rows)
    out = {
        "max_drawdown": np.where(has, deepest, np.nan),
        "current_drawdown": np.where(has, current, np.nan),
        "drawdown_count": np.where(has, count, np.nan),
        "avg_drawdown": np.where(has, ratio(sum_depth, count), np.nan),
        "longest_drawdown": np.where(has, longest, np.nan),
        "avg_recovery_time": ratio(rec_sum, rec_n),
        "underwater_pct": ratio(under_days, span),
        "drawdown_frequency": ratio(count * 30.0, span),
    }
    out["avg_drawdown"][has & (count == 0)] = 0.0
    return out
