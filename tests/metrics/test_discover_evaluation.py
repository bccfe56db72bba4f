"""The walk-forward evaluation: no future data, hand-checked outcomes, and "too short"."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import spearmanr

from tradermanager.metrics import discover_evaluation as ev
from tradermanager.metrics.discover_evaluation import (
    EvaluationParams,
    forward_outcome,
    spearman,
    walk_forward,
)
from tradermanager.metrics.discover_score import score_candidates


def skilled_population(k: int = 40, days: int = 240, seed: int = 2) -> np.ndarray:
    """Candidates whose true mean return differs and persists, so the score can predict."""
    rng = np.random.default_rng(seed)
    skill = np.linspace(-0.002, 0.003, k)
    return skill[:, None] + rng.normal(0, 0.01, (k, days))


def test_the_score_at_each_date_sees_only_the_columns_up_to_it(monkeypatch):
    returns = skilled_population()
    seen: list[int] = []
    real = ev.score_candidates

    def spy(r, *args, **kwargs):
        seen.append(r.shape[1])
        return real(r, *args, **kwargs)

    monkeypatch.setattr(ev, "score_candidates", spy)
    result = walk_forward(returns, params=EvaluationParams(step_days=10))
    # Every date is scored on exactly the days up to and including it, never one more.
    assert seen == [d.index + 1 for d in result.dates]
    assert len(seen) > 10


def test_changing_the_future_never_changes_a_past_ranking():
    returns = skilled_population()
    params = EvaluationParams(step_days=10)
    base = walk_forward(returns, params=params)
    for d in base.dates:
        future = returns.copy()
        rng = np.random.default_rng(d.index)
        future[:, d.index + 1 :] = rng.normal(0, 0.05, future[:, d.index + 1 :].shape)
        past_scores = score_candidates(returns[:, : d.index + 1]).score
        again = score_candidates(future[:, : d.index + 1]).score
        np.testing.assert_array_equal(past_scores, again)
        # The outcome, which is the future, changes; the ranking made at d does not.
        rerun = walk_forward(future, params=params)
        same_date = next(x for x in rerun.dates if x.index == d.index)
        assert same_date.candidates == d.candidates


def test_a_persistent_skill_is_detected():
    result = walk_forward(skilled_population(), params=EvaluationParams(step_days=10))
    assert result.too_short is None
    assert result.mean_spearman > 0.3
    assert result.top_beats_rest_share > 0.8


def test_pure_noise_shows_no_skill():
    rng = np.random.default_rng(4)
    noise = rng.normal(0.0, 0.01, (60, 300))
    result = walk_forward(noise, params=EvaluationParams(step_days=7))
    assert abs(result.mean_spearman) < 0.15


def test_one_date_by_hand():
    returns = skilled_population(k=12, days=80)
    p = EvaluationParams(step_days=100, min_dates=1, min_history_days=20)
    result = walk_forward(returns, params=p)
    (d,) = result.dates
    assert d.index == 19
    scores = score_candidates(returns[:, :20]).score
    forward = np.prod(1 + returns[:, 20:50], axis=1) - 1
    assert d.spearman == pytest.approx(spearmanr(scores, forward).statistic, rel=1e-12)
    top = int(np.argmax(scores))
    assert d.top_count == 2  # ceil(10 % of 12)
    best_two = np.argsort(-scores)[:2]
    assert d.top_mean == pytest.approx(forward[best_two].mean())
    rest = np.setdiff1d(np.arange(12), best_two)
    assert d.rest_mean == pytest.approx(forward[rest].mean())
    assert top in best_two


def test_blow_ups_among_the_top_are_counted():
    returns = skilled_population(k=20, days=80)
    best = int(np.argmax(returns[:, :20].mean(axis=1)))
    returns[best, 30] = -0.95
    p = EvaluationParams(step_days=100, min_dates=1, min_history_days=20)
    result = walk_forward(returns, params=p)
    assert result.dates[0].top_blowups == 1
    assert result.top_blowups == 1


def test_too_short_history_says_so_instead_of_a_number():
    result = walk_forward(skilled_population(days=40))
    assert result.too_short is not None and "too short" in result.too_short
    assert math.isnan(result.mean_spearman)
    few = walk_forward(skilled_population(k=5, days=300))
    assert few.too_short is not None and "10 candidates" in few.too_short


def test_candidates_that_vanish_are_not_measured_but_counted():
    returns = skilled_population(k=15, days=80)
    returns[0, 25:] = np.nan  # stops reporting five days after the date
    p = EvaluationParams(step_days=100, min_dates=1, min_history_days=20)
    (d,) = walk_forward(returns, params=p).dates
    assert d.candidates == 14 and d.unmeasured == 1


def test_spearman_and_forward_outcome_helpers():
    x = np.array([1.0, 2.0, 2.0, 5.0, 3.0])
    y = np.array([0.1, 0.5, 0.2, 0.9, 0.9])
    assert spearman(x, y) == pytest.approx(spearmanr(x, y).statistic, rel=1e-12)
    assert math.isnan(spearman(np.ones(3), y[:3]))
    r = np.array([[0.1, 0.1, -0.5, 0.2], [0.0, np.nan, 0.1, 0.1]])
    f, valid, blew = forward_outcome(r, 0, 3, 0.9)
    assert f[0] == pytest.approx(1.1 * 0.5 * 1.2 - 1)
    assert list(valid) == [3, 2] and not blew.any()


def test_another_ranking_can_be_evaluated_the_same_way():
    returns = skilled_population()
    seen: list[int] = []

    def last_30_day_roi(past: np.ndarray) -> np.ndarray:
        seen.append(past.shape[1])
        return np.nanprod(1 + past[:, -30:], axis=1) - 1

    result = walk_forward(returns, params=EvaluationParams(step_days=10), rank_by=last_30_day_roi)
    assert seen == [d.index + 1 for d in result.dates]
    assert result.too_short is None and not math.isnan(result.mean_spearman)
