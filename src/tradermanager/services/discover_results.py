"""What Discover returns: a candidate's score parts, the ranking, a candidate's detail with
the trader card's figures, the evaluation report and a backtest of copying it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from tradermanager import metrics
from tradermanager.domain.discover import Candidate, CandidateDay, CandidateStatus
from tradermanager.metrics.discover_evaluation import Evaluation
from tradermanager.metrics.discover_score import CandidateScores

REDUNDANT = 0.7  # daily-return correlation at which copying both doubles the same bet


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """What makes one candidate's score (Sharpe units; fractions; days). None = unknown."""

    score: float | None
    days: int
    roi: float | None
    sharpe: float | None
    shrink_weight: float
    shrunk_sharpe: float
    leverage: float
    leverage_assumed: bool
    leverage_penalty: float
    liquidation_probability: float | None
    liquidation_penalty: float
    max_drawdown: float | None
    drawdown_penalty: float
    longest_drawdown_days: int
    duration_penalty: float
    hhi: float | None
    concentration_penalty: float
    risk_shift_ratio: float | None
    risk_shift_basis: str
    risk_shift_penalty: float
    blown_up: bool


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    rank: int  # 1 = best
    candidate: Candidate
    status: CandidateStatus  # blown_up when the record shows it, even before a scan marks it
    parts: ScoreParts


@dataclass(frozen=True, slots=True)
class Ranking:
    as_of: date | None
    prior_mean: float
    prior_spread: float
    candidates: tuple[RankedCandidate, ...]


@dataclass(frozen=True, slots=True)
class Redundancy:
    trader: str
    correlation: float
    overlap_days: int

    @property
    def redundant(self) -> bool:
        return self.correlation >= REDUNDANT


@dataclass(frozen=True, slots=True)
class CandidateDetail:
    ranked: RankedCandidate
    days: tuple[date, ...]
    returns: tuple[float, ...]
    equity: tuple[float, ...]  # wealth index from 1
    drawdown: tuple[float, ...]
    figures: dict[str, Any]  # the trader card's figures of the record (docs/metrics.md keys)
    redundancy: tuple[Redundancy, ...]  # with followed traders, most correlated first


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    evaluation: Evaluation
    dates: tuple[date, ...]  # the evaluation dates, aligned with evaluation.dates
    candidates: int
    first_seen_later: int  # candidates listed after the first evaluation date


@dataclass(frozen=True, slots=True)
class CopyBacktest:
    """Copying a candidate with my settings: its signals through the backtest when it is a
    followed trader with trades, else its daily returns scaled to my max leverage."""

    candidate: str
    method: str  # "signals" or "returns"
    note: str
    capital: float  # USD at the start
    days: tuple[date, ...]
    equity: tuple[float, ...]  # USD
    drawdown: tuple[float, ...]
    roi: float
    max_drawdown: float | None
    sharpe_ratio: float | None


@dataclass(frozen=True, slots=True)
class FileImportReport:
    file: str
    candidates: int
    new: int
    days: int


ROI_WINDOWS = {"7d": 7, "30d": 30, "90d": 90}


def card_figures(days: list[CandidateDay], parts: ScoreParts, today: date) -> dict[str, Any]:
    """The trader card's keys for a candidate's record: the return families of
    docs/metrics.md, ROI per window (None when the record does not reach back that far, as
    metrics-conventions §1.1 asks), leverage and the score's 30-day liquidation probability.
    Trade figures (win rate, trade count, risk score) need trades: None."""
    if not days:
        return {}
    returns = np.array([d.daily_return for d in days], dtype=float)
    series = metrics.returns_metrics(returns)
    figures: dict[str, Any] = {k: v for k, v in series.items() if k != "drawdown_episodes"}
    wealth = np.cumprod(1.0 + returns)
    figures["roi_all"] = float(wealth[-1] - 1.0)
    by_day = {d.day: w for d, w in zip(days, wealth, strict=True)}
    first = days[0].day
    for key, length in ROI_WINDOWS.items():
        base_day = today - timedelta(days=length)
        if base_day < first - timedelta(days=1):
            figures[f"roi_{key}"] = None
            continue
        base = 1.0
        for d in days:
            if d.day <= base_day:
                base = by_day[d.day]
        figures[f"roi_{key}"] = float(wealth[-1] / base - 1.0)
    levels = [d.leverage for d in days if d.leverage is not None]
    figures["avg_leverage"] = None if parts.leverage_assumed else parts.leverage
    figures["max_leverage"] = max(levels) if levels else None
    figures["liquidation_risk"] = parts.liquidation_probability
    figures["win_rate"] = figures["trade_count"] = figures["signal_count"] = None
    figures["risk_score"] = None
    return figures


def _num(values: np.ndarray, i: int) -> float | None:
    value = float(values[i])
    return None if math.isnan(value) else value


def score_parts(s: CandidateScores, i: int) -> ScoreParts:
    return ScoreParts(
        score=_num(s.score, i),
        days=int(s.days[i]),
        roi=_num(s.roi, i),
        sharpe=_num(s.sharpe, i),
        shrink_weight=float(s.shrink_weight[i]),
        shrunk_sharpe=float(s.shrunk_sharpe[i]),
        leverage=float(s.leverage[i]),
        leverage_assumed=bool(s.leverage_assumed[i]),
        leverage_penalty=float(s.leverage_penalty[i]),
        liquidation_probability=_num(s.liquidation_probability, i),
        liquidation_penalty=float(np.nan_to_num(s.liquidation_penalty[i])),
        max_drawdown=_num(s.max_drawdown, i),
        drawdown_penalty=float(s.drawdown_penalty[i]),
        longest_drawdown_days=int(s.longest_drawdown_days[i]),
        duration_penalty=float(s.duration_penalty[i]),
        hhi=_num(s.hhi, i),
        concentration_penalty=float(s.concentration_penalty[i]),
        risk_shift_ratio=_num(s.risk_shift_ratio, i),
        risk_shift_basis=str(s.risk_shift_basis[i]),
        risk_shift_penalty=float(s.risk_shift_penalty[i]),
        blown_up=bool(s.blown_up[i]),
    )
