"""Does the Discover score predict? A walk-forward test over the stored history.

At each evaluation date t (every ``step_days``), candidates are scored with the columns up to
and including t only — the score function is handed that slice and nothing else — and then
compared with what happened in the next ``horizon_days``:

* Spearman rank correlation between the score and the forward compounded return;
* mean forward return of the top decile (at least one candidate) against the rest;
* how many top-decile candidates blew up in the forward window (a fall of
  ``blowup_drawdown`` from the peak within the window).

A candidate is eligible at t when it has at least ``min_history_days`` returns up to t and has
not blown up by then; its outcome is measurable when it has at least half the horizon's days.
When fewer than ``min_dates`` dates have ``min_candidates`` measurable candidates, the result
says the history is too short instead of giving numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tradermanager.metrics.discover_score import ScoreParams, score_candidates


@dataclass(frozen=True, slots=True)
class EvaluationParams:
    horizon_days: int = 30
    step_days: int = 7
    min_history_days: int = 7
    min_candidates: int = 10
    min_dates: int = 4
    top_fraction: float = 0.10


@dataclass(frozen=True, slots=True)
class EvaluationDate:
    index: int  # column of the evaluation date
    candidates: int  # measurable candidates ranked
    spearman: float  # NaN when the forward returns or scores do not vary
    top_count: int
    top_mean: float  # mean forward return of the top decile (fraction)
    rest_mean: float
    top_blowups: int
    unmeasured: int  # eligible but without enough forward data (vanished, stopped)


@dataclass(frozen=True, slots=True)
class Evaluation:
    dates: tuple[EvaluationDate, ...]
    too_short: str | None  # why no verdict can be given; None when there is one
    mean_spearman: float
    top_beats_rest_share: float  # share of dates where the top decile beat the rest
    top_picks: int
    top_blowups: int


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Rank correlation (average ranks for ties); NaN when either side is constant."""
    if len(x) < 2:
        return float("nan")
    rx, ry = _ranks(x), _ranks(y)
    sx, sy = rx.std(), ry.std()
    if sx == 0 or sy == 0:
        return float("nan")
    return float(np.mean((rx - rx.mean()) * (ry - ry.mean())) / (sx * sy))


def _ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="mergesort")
    sorted_values = values[order]
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1, dtype=float)
    _, first, counts = np.unique(sorted_values, return_index=True, return_counts=True)
    for start, count in zip(first, counts, strict=True):
        if count > 1:
            block = order[start : start + count]
            ranks[block] = ranks[block].mean()
    return ranks


def forward_outcome(
    returns: np.ndarray, t: int, horizon: int, blowup_drawdown: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(compounded return, valid days, blew up) over the columns t+1 .. t+horizon."""
    ahead = returns[:, t + 1 : t + 1 + horizon]
    valid = np.sum(~np.isnan(ahead), axis=1)
    wealth = np.cumprod(1.0 + np.nan_to_num(ahead, nan=0.0), axis=1)
    if ahead.shape[1] == 0:
        return np.full(len(returns), np.nan), valid, np.zeros(len(returns), dtype=bool)
    peak = np.maximum(np.maximum.accumulate(wealth, axis=1), 1.0)
    blew = (wealth / peak - 1.0).min(axis=1) <= -blowup_drawdown
    return wealth[:, -1] - 1.0, valid, blew


def walk_forward(
    returns: np.ndarray,
    leverage: np.ndarray | None = None,
    hhi: np.ndarray | None = None,
    *,
    params: EvaluationParams | None = None,
    score_params: ScoreParams | None = None,
    rank_by: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Evaluation:
    """Evaluate the score on ``returns`` (candidates × days); see the module docstring.
    ``rank_by`` evaluates another ranking instead (a function of the past returns giving one
    value per candidate, higher = better), e.g. a platform's ROI ranking, for comparison."""
    p = params or EvaluationParams()
    sp = score_params or ScoreParams()
    r = np.array(returns, dtype=np.float64, ndmin=2)
    days = r.shape[1]
    results: list[EvaluationDate] = []
    last = days - 1 - p.horizon_days
    for t in range(p.min_history_days - 1, last + 1, p.step_days):
        past = slice(0, t + 1)
        scores = score_candidates(
            r[:, past],
            None if leverage is None else leverage[:, past],
            None if hhi is None else hhi[:, past],
            params=sp,
        )
        eligible = (scores.days >= p.min_history_days) & ~scores.blown_up
        forward, valid, blew = forward_outcome(r, t, p.horizon_days, sp.blowup_drawdown)
        measurable = eligible & ((valid >= (p.horizon_days + 1) // 2) | blew)
        forward = np.where(blew, np.minimum(forward, -sp.blowup_drawdown), forward)
        idx = np.flatnonzero(measurable)
        if len(idx) < p.min_candidates:
            continue
        ranking = scores.score if rank_by is None else np.asarray(rank_by(r[:, past]), float)
        s, f = ranking[idx], forward[idx]
        top_n = max(1, int(np.ceil(p.top_fraction * len(idx))))
        ranked = np.argsort(-s, kind="mergesort")
        top, rest = ranked[:top_n], ranked[top_n:]
        results.append(
            EvaluationDate(
                index=t,
                candidates=len(idx),
                spearman=spearman(s, f),
                top_count=top_n,
                top_mean=float(f[top].mean()),
                rest_mean=float(f[rest].mean()) if len(rest) else float("nan"),
                top_blowups=int(blew[idx][top].sum()),
                unmeasured=int((eligible & ~measurable).sum()),
            )
        )
    if len(results) < p.min_dates:
        needed = p.min_history_days + p.horizon_days + (p.min_dates - 1) * p.step_days
        reason = (
            f"history too short: {len(results)} evaluation date(s) with at least "
            f"{p.min_candidates} candidates, {p.min_dates} needed (about {needed} days of "
            f"history for {p.min_candidates}+ candidates; {days} day(s) stored)"
        )
        return Evaluation((), reason, float("nan"), float("nan"), 0, 0)
    rhos = np.array([d.spearman for d in results])
    beats = [d.top_mean > d.rest_mean for d in results if not np.isnan(d.rest_mean)]
    return Evaluation(
        dates=tuple(results),
        too_short=None,
        mean_spearman=float(np.nanmean(rhos)) if np.any(~np.isnan(rhos)) else float("nan"),
        top_beats_rest_share=float(np.mean(beats)) if beats else float("nan"),
        top_picks=sum(d.top_count for d in results),
        top_blowups=sum(d.top_blowups for d in results),
    )
