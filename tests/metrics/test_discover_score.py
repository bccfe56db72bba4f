"""The Discover score: each part against a computation written out by hand (plain Python and
pandas, not the vectorised code), shrinkage, blow-ups and the edge cases."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from tradermanager.metrics.discover_score import (
    ScoreParams,
    last_known,
    longest_run,
    score_candidates,
)

P = ScoreParams()
NAN = float("nan")


# -- independent computations ---------------------------------------------------------------


def hand_sharpe(r: list[float]) -> float:
    s = pd.Series(r).dropna()
    return s.mean() / s.std(ddof=1) * math.sqrt(365)


def hand_drawdowns(r: list[float]) -> tuple[float, int]:
    """Max drawdown (W_0 = 1) and the longest run of days under water, day by day."""
    wealth, peak, worst, run, longest = 1.0, 1.0, 0.0, 0, 0
    for x in r:
        if not math.isnan(x):
            wealth *= 1 + x
        peak = max(peak, wealth)
        dd = wealth / peak - 1
        worst = min(worst, dd)
        run = run + 1 if dd < 0 else 0
        longest = max(longest, run)
    return worst, longest


def hand_liquidation(leverage: float, sigma_u: float, days: float = 30.0) -> float:
    move = 1 / leverage - P.maintenance_margin
    d = -math.log(1 - move)
    return min(1.0, 2 * norm.cdf(-d / (sigma_u * math.sqrt(days))))


# -- a population of long records, so the prior is the population's ------------------------


def population(k: int = 20, days: int = 365, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(0.001, 0.02, (k, days))


def test_every_part_of_one_long_record_against_hand_computation():
    rng = np.random.default_rng(11)
    returns = population()
    own = rng.normal(0.002, 0.015, 365)
    returns = np.vstack([returns, own])
    lev = np.full(returns.shape, np.nan)
    lev[-1, :] = 4.0
    hhi = np.full(returns.shape, np.nan)
    hhi[-1, -5] = 0.6
    s = score_candidates(returns, lev, hhi)
    i = len(returns) - 1

    # Sharpe, its standard error and the shrinkage toward the population.
    sharpe = hand_sharpe(list(own))
    assert s.sharpe[i] == pytest.approx(sharpe, rel=1e-12)
    sr_d = sharpe / math.sqrt(365)
    se = math.sqrt(365) * math.sqrt((1 + sr_d**2 / 2) / 365)
    assert s.sharpe_se[i] == pytest.approx(se, rel=1e-12)
    sharpes = [hand_sharpe(list(row)) for row in returns]
    ses = [math.sqrt(365) * math.sqrt((1 + (x / math.sqrt(365)) ** 2 / 2) / 365) for x in sharpes]
    m = float(np.median(sharpes))
    tau2 = min(max(np.var(sharpes, ddof=1) - np.median(np.square(ses)), 0.25), 4.0)
    assert s.prior_mean == pytest.approx(m, rel=1e-12)
    assert s.prior_spread == pytest.approx(math.sqrt(tau2), rel=1e-12)
    w = tau2 / (tau2 + se**2)
    assert s.shrink_weight[i] == pytest.approx(w, rel=1e-12)
    assert s.shrunk_sharpe[i] == pytest.approx(m + w * (sharpe - m), rel=1e-12)

    # Leverage, liquidation, drawdowns (a full-year record: no completion by the population).
    assert s.leverage[i] == 4.0 and not s.leverage_assumed[i]
    assert s.leverage_penalty[i] == pytest.approx(math.log(4) / math.log(125), rel=1e-12)
    sigma_u = max(pd.Series(own).std(ddof=1) / 4.0, P.underlying_sigma_floor)
    assert s.liquidation_probability[i] == pytest.approx(hand_liquidation(4.0, sigma_u), abs=1e-6)
    assert s.liquidation_penalty[i] == pytest.approx(s.liquidation_probability[i])
    mdd, longest = hand_drawdowns(list(own))
    assert s.max_drawdown[i] == pytest.approx(mdd, rel=1e-12)
    assert s.longest_drawdown_days[i] == longest
    assert s.drawdown_penalty[i] == pytest.approx(2.0 * -mdd, rel=1e-12)
    assert s.duration_penalty[i] == pytest.approx(longest / 365, rel=1e-12)

    # Concentration: the last known HHI, above 1/5, scaled to [0, 1].
    assert s.hhi[i] == 0.6
    assert s.concentration_penalty[i] == pytest.approx(0.75 * (0.6 - 0.2) / 0.8, rel=1e-12)

    total = (
        s.shrunk_sharpe[i]
        - s.leverage_penalty[i]
        - s.liquidation_penalty[i]
        - s.drawdown_penalty[i]
        - s.duration_penalty[i]
        - s.concentration_penalty[i]
        - s.risk_shift_penalty[i]
    )
    assert s.score[i] == pytest.approx(total, rel=1e-12)
    assert s.roi[i] == pytest.approx(np.prod(1 + own) - 1, rel=1e-12)


def test_risk_shifting_compares_leverage_after_deep_drawdown_days_with_the_rest():
    # 20 calm days at 3×, a 30 % fall, then 10 days still under water at 9×.
    r = [0.01] * 20 + [-0.30] + [0.001] * 10
    lev = [3.0] * 21 + [9.0] * 10
    s = score_candidates(np.array([r]), np.array([lev]))
    # Days whose previous close was ≥ 10 % under the peak: the 10 after the fall.
    assert s.risk_shift_basis[0] == "leverage"
    assert s.risk_shift_ratio[0] == pytest.approx(9.0 / 3.0)
    own = math.log(3.0)
    share = 31 / 365
    # One record: its own value is the population's too.
    assert s.risk_shift_penalty[0] == pytest.approx(share * own + (1 - share) * own)


def test_risk_shifting_without_leverage_uses_the_size_of_returns():
    r = [0.01, -0.01] * 10 + [-0.30] + [0.04, -0.04] * 5
    s = score_candidates(np.array([r]))
    assert s.risk_shift_basis[0] == "volatility"
    calm = np.sqrt(np.mean(np.square(r[:21])))
    stressed = np.sqrt(np.mean(np.square(r[21:])))
    assert s.risk_shift_ratio[0] == pytest.approx(stressed / calm)


def test_a_short_record_is_completed_with_the_population_for_path_penalties():
    pop = population()
    short = np.full(365, np.nan)
    short[-10:] = 0.01  # ten calm days: no drawdown of its own
    s = score_candidates(np.vstack([pop, short]))
    own_share = 10 / 365
    population_dd = np.median([2.0 * -hand_drawdowns(list(row))[0] for row in pop])
    assert s.drawdown_penalty[-1] == pytest.approx((1 - own_share) * population_dd, rel=1e-9)


def test_ten_lucky_days_rank_below_a_steady_year():
    rng = np.random.default_rng(5)
    pop = population(30)
    lucky = np.full(365, np.nan)
    lucky[-10:] = rng.normal(0.04, 0.01, 10)  # +48 % in ten days
    steady = rng.normal(0.0015, 0.01, 365)  # a Sharpe near 2.9 for a whole year
    s = score_candidates(np.vstack([pop, lucky, steady]))
    order = list(s.order())
    assert s.sharpe[-2] > 10 * s.sharpe[-1]  # raw Sharpe: the streak looks far better
    assert order.index(len(pop) + 1) < order.index(len(pop))
    # However lucky, 10 days lift the shrunk Sharpe by at most ~0.037·n·τ² above the prior.
    assert s.shrunk_sharpe[-2] - s.prior_mean <= 0.037 * 10 * s.prior_spread**2 + 1e-9


@settings(max_examples=40, deadline=None)
@given(st.floats(0.005, 0.2), st.floats(0.0005, 0.05), st.integers(2, 20))
def test_no_short_streak_outranks_a_steady_year(mean, sd, n):
    rng = np.random.default_rng(1)
    pop = population(30)
    streak = np.full(365, np.nan)
    streak[-n:] = np.maximum(rng.normal(mean, sd, n), -0.5)
    steady = rng.normal(0.0015, 0.01, 365)
    s = score_candidates(np.vstack([pop, streak, steady]))
    assert s.score[-1] > s.score[-2]


def test_a_blown_up_candidate_has_no_score_and_ranks_last():
    pop = population(8)
    blown = population(1, seed=9)[0]
    blown[200] = -0.95
    terrible = np.full(365, -0.004)  # loses steadily but never blows up
    s = score_candidates(np.vstack([pop, blown, terrible]))
    assert s.blown_up[8] and not s.blown_up[9]
    assert math.isnan(s.score[8])
    assert s.order()[-1] == 8


def test_a_candidate_flagged_by_its_source_is_blown_up_whatever_its_record():
    s = score_candidates(population(3), flagged_blown_up=np.array([False, True, False]))
    assert list(s.blown_up) == [False, True, False]
    assert s.order()[-1] == 1


def test_blow_ups_count_over_the_whole_history_not_only_the_window():
    r = np.full((1, 500), 0.001)
    r[0, 10] = -0.95  # long before the 365-day window
    s = score_candidates(r)
    assert s.blown_up[0]


# -- edge cases ----------------------------------------------------------------------------


def test_no_candidates_and_no_days():
    s = score_candidates(np.empty((0, 0)))
    assert s.score.shape == (0,)
    s = score_candidates(np.full((2, 0), np.nan))
    assert np.isnan(s.score).all()


def test_one_day_and_a_constant_record_have_no_sharpe_and_keep_the_prior():
    r = np.full((2, 365), np.nan)
    r[0, -1] = 0.05
    r[1, -30:] = 0.002  # zero variance
    s = score_candidates(r)
    assert np.isnan(s.sharpe).all()
    assert list(s.shrink_weight) == [0.0, 0.0]
    assert list(s.shrunk_sharpe) == [P.default_prior_mean, P.default_prior_mean]
    assert not np.isnan(s.score).any()


def test_no_losses_means_no_drawdown_penalty_of_its_own():
    r = np.abs(population(6)) + 0.001
    s = score_candidates(r)
    assert (s.max_drawdown == 0).all()
    assert (s.drawdown_penalty == 0).all() and (s.duration_penalty == 0).all()


def test_unknown_leverage_takes_the_population_median_and_says_so():
    r = population(3)
    lev = np.full(r.shape, np.nan)
    lev[0] = 2.0
    lev[1] = 8.0
    s = score_candidates(r, lev)
    assert list(s.leverage_assumed) == [False, False, True]
    assert s.leverage[2] == pytest.approx(5.0)


def test_returns_below_minus_one_are_refused():
    with pytest.raises(ValueError, match="below -1"):
        score_candidates(np.array([[0.1, -1.5]]))


def test_helpers():
    assert list(longest_run(np.array([[1, 1, 0, 1, 1, 1], [0, 0, 0, 0, 0, 0]], bool))) == [3, 0]
    values = np.array([[1.0, NAN, 3.0, NAN], [NAN, NAN, NAN, NAN]])
    out = last_known(values)
    assert out[0] == 3.0 and math.isnan(out[1])
