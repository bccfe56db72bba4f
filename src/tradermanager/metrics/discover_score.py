"""Discover's candidate score: risk-adjusted return, shrunk for short records, minus penalties.

Every candidate is scored in one vectorised pass over a 2-D array (candidates × UTC days,
NaN = no data that day, the last column is the scoring date). Each part is returned on its own
so the user sees what makes a score (docs/discover.md has every formula):

    score = shrunk Sharpe − leverage − liquidation − drawdown depth − drawdown duration
            − concentration − risk shifting

* Sharpe (metrics-conventions §1.4) over the last ``window_days``; its standard error
  ``√P·√((1 + SR_d²/2)/n)`` (Lo 2002, iid) sets how far it is trusted: the posterior mean
  ``m + w·(SR − m)`` with ``w = τ²/(τ² + se²)`` shrinks a short or wild record toward the
  population's median Sharpe ``m``. A record of n days can lift a score above ``m`` by at most
  about ``0.037·n·τ²`` however lucky it was, so 10 lucky days never beat a steady year.
* A blown-up candidate (drawdown beyond ``blowup_drawdown`` at any time, or flagged by its
  source) has no score (NaN) and ranks last.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tradermanager.metrics.arrays import ratio
from tradermanager.metrics.series import PERIODS
from tradermanager.metrics.trade_families import liquidation_probability

RISK_SHIFT_LEVERAGE = "leverage"
RISK_SHIFT_VOLATILITY = "volatility"


@dataclass(frozen=True, slots=True)
class ScoreParams:
    """The score's constants; weights are in Sharpe units (one unit = a Sharpe of 1)."""

    window_days: int = 365  # the long window the return is judged over
    prior_min_days: int = 90  # records this long define the population prior
    prior_min_count: int = 5  # fewer such records: the default prior below
    default_prior_mean: float = 0.0
    default_prior_spread: float = 1.0  # τ, the spread of true Sharpe ratios
    spread_min: float = 0.5
    spread_max: float = 2.0
    leverage_weight: float = 1.0  # × ln(L)/ln(125), clamped to [0, 1]
    max_leverage: float = 125.0
    default_leverage: float = 10.0  # when no candidate reports leverage
    liquidation_weight: float = 1.0  # × P(liquidated within the horizon)
    liquidation_horizon_days: float = 30.0
    maintenance_margin: float = 0.004
    underlying_sigma_floor: float = 0.015  # daily σ of the traded coins, at least
    drawdown_weight: float = 2.0  # × |max drawdown|
    duration_weight: float = 1.0  # × longest underwater days / record length
    concentration_weight: float = 0.75  # × normalised excess HHI
    concentration_target: int = 5  # HHI at or below 1/N costs nothing
    risk_shift_weight: float = 1.0  # × max(0, ln(risk in drawdown / risk otherwise))
    risk_shift_drawdown: float = 0.10  # "in drawdown": the previous close 10 % below the peak
    risk_shift_min_days: int = 5  # days needed in each state
    blowup_drawdown: float = 0.90  # a fall this deep from a peak is a blow-up


@dataclass(frozen=True, slots=True)
class CandidateScores:
    """One value per candidate in every array (fractions, days, Sharpe units); NaN = unknown."""

    score: np.ndarray  # NaN for blown-up candidates
    days: np.ndarray  # days with a return in the window
    roi: np.ndarray  # compounded return over the window
    sharpe: np.ndarray  # raw, annualised; NaN for n < 2 or no variance
    sharpe_se: np.ndarray
    shrink_weight: np.ndarray  # w in [0, 1]: how much of the record's own Sharpe is kept
    shrunk_sharpe: np.ndarray
    leverage: np.ndarray  # mean reported leverage (or the assumed one)
    leverage_assumed: np.ndarray  # bool: nothing reported, population median used
    leverage_penalty: np.ndarray
    volatility: np.ndarray  # daily σ of the candidate's returns
    liquidation_probability: np.ndarray
    liquidation_penalty: np.ndarray
    max_drawdown: np.ndarray  # ≤ 0
    drawdown_penalty: np.ndarray
    longest_drawdown_days: np.ndarray
    duration_penalty: np.ndarray
    hhi: np.ndarray  # NaN when positions are not known
    concentration_penalty: np.ndarray
    risk_shift_ratio: np.ndarray  # risk in drawdown / risk otherwise; NaN: too few days
    risk_shift_basis: np.ndarray  # "leverage", "volatility" or ""
    risk_shift_penalty: np.ndarray
    blown_up: np.ndarray  # bool
    prior_mean: float
    prior_spread: float

    def order(self) -> np.ndarray:
        """Candidate indices best first: by score, then those without data, blown-up ones
        last; ties go to the shallower drawdown."""
        key = np.where(np.isnan(self.score), -1e300, self.score)
        key = np.where(self.blown_up, -np.inf, key)
        return np.lexsort((-np.nan_to_num(self.max_drawdown, nan=-1.0), -key))


def last_known(values: np.ndarray) -> np.ndarray:
    """Each row's last non-NaN value (NaN when none)."""
    valid = ~np.isnan(values)
    if values.shape[1] == 0:
        return np.full(len(values), np.nan)
    idx = np.where(valid, np.arange(values.shape[1]), -1).max(axis=1)
    out = values[np.arange(len(values)), np.maximum(idx, 0)]
    return np.where(idx >= 0, out, np.nan)


def longest_run(mask: np.ndarray) -> np.ndarray:
    """Longest run of True along each row, in cells."""
    if mask.shape[1] == 0:
        return np.zeros(len(mask))
    counts = np.cumsum(mask, axis=1, dtype=np.int32)
    resets = counts * ~mask
    np.maximum.accumulate(resets, axis=1, out=resets)
    counts -= resets
    return counts.max(axis=1).astype(float)


def _equity(r0: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Wealth index from W_0 = 1 and the drawdown series, from returns with missing days as
    0 (the equity carries forward)."""
    wealth = np.cumprod(r0 + 1.0, axis=1)
    peak = np.maximum.accumulate(wealth, axis=1)
    np.maximum(peak, 1.0, out=peak)
    np.divide(wealth, peak, out=peak)
    peak -= 1.0
    return wealth, peak


def _prior(
    sharpe: np.ndarray, se: np.ndarray, n: np.ndarray, p: ScoreParams
) -> tuple[float, float]:
    """Population median Sharpe m and spread τ of true Sharpe ratios among long records:
    τ² = var(SR) − median(se²), kept within [spread_min², spread_max²]."""
    pool = (n >= p.prior_min_days) & ~np.isnan(sharpe)
    if pool.sum() < p.prior_min_count:
        return p.default_prior_mean, p.default_prior_spread
    values = sharpe[pool]
    excess = float(np.var(values, ddof=1) - np.median(se[pool] ** 2))
    spread = math.sqrt(min(max(excess, p.spread_min**2), p.spread_max**2))
    return float(np.median(values)), spread


def _completed(
    own_value: np.ndarray, share: np.ndarray, long_record: np.ndarray, p: ScoreParams
) -> np.ndarray:
    """A path penalty of a record shorter than the window, completed with the population:
    ``f·own + (1 − f)·population`` with f = days / window (a short calm record is not
    evidence of calm). The population value is the median over long records (at least
    ``prior_min_count`` of them), else over every record; NaN own values count as 0."""
    values = np.nan_to_num(own_value, nan=0.0)
    pool = values[long_record] if long_record.sum() >= p.prior_min_count else values
    population = float(np.median(pool)) if pool.size else 0.0
    f = np.clip(share, 0.0, 1.0)
    return f * values + (1.0 - f) * population


def _risk_shift(
    r0: np.ndarray,
    has_r: np.ndarray,
    lev: np.ndarray,
    drawdown: np.ndarray,
    p: ScoreParams,
) -> tuple[np.ndarray, np.ndarray]:
    """Risk taken the day after a close deep in drawdown versus the other days: mean leverage
    where enough days of both report it, else root-mean-square return (a volatility proxy)."""
    deep = np.zeros(drawdown.shape, dtype=bool)
    deep[:, 1:] = drawdown[:, :-1] <= -p.risk_shift_drawdown
    has_l = ~np.isnan(lev) & has_r

    def ratio_of(values: np.ndarray, known: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        in_dd, out_dd = known & deep, known & ~deep
        n_in, n_out = in_dd.sum(axis=1), out_dd.sum(axis=1)
        mean_in = ratio(np.sum(values, axis=1, where=in_dd), n_in.astype(float))
        mean_out = ratio(np.sum(values, axis=1, where=out_dd), n_out.astype(float))
        enough = (n_in >= p.risk_shift_min_days) & (n_out >= p.risk_shift_min_days)
        return np.where(enough, ratio(mean_in, mean_out), np.nan), enough

    lev_ratio, lev_ok = ratio_of(lev, has_l)
    vol_ratio, vol_ok = ratio_of(r0 * r0, has_r)
    vol_ratio = np.sqrt(vol_ratio)
    shift = np.where(lev_ok, lev_ratio, vol_ratio)
    basis = np.where(lev_ok, RISK_SHIFT_LEVERAGE, np.where(vol_ok, RISK_SHIFT_VOLATILITY, ""))
    return shift, basis


def score_candidates(
    returns: np.ndarray,
    leverage: np.ndarray | None = None,
    hhi: np.ndarray | None = None,
    flagged_blown_up: np.ndarray | None = None,
    params: ScoreParams | None = None,
) -> CandidateScores:
    """Score every row of ``returns`` (candidates × days, daily simple returns, NaN = no
    data). ``leverage`` (same shape) is the reported average leverage per day; ``hhi`` the
    concentration of open positions per day (same shape) or one value per candidate;
    ``flagged_blown_up`` marks candidates their source reports as blown up."""
    p = params or ScoreParams()
    full = np.asarray(returns, dtype=np.float64)
    if full.ndim == 1:
        full = full[None, :]
    m = len(full)
    if np.any(full < -1):
        raise ValueError("returns: a daily return below -1 (-100 %) is impossible")
    lev_full = (
        np.full(full.shape, np.nan) if leverage is None else np.asarray(leverage, dtype=np.float64)
    )
    if lev_full.shape != full.shape:
        raise ValueError(f"leverage: shape {lev_full.shape}, expected {full.shape}")
    lev_full = np.where(lev_full >= 1.0, lev_full, np.nan)
    if full.shape[1] == 0:  # no days at all: one empty day keeps every shape valid
        full, lev_full = np.full((m, 1), np.nan), np.full((m, 1), np.nan)
        hhi = None
    window = slice(max(0, full.shape[1] - p.window_days), None)
    r, lev = full[:, window], lev_full[:, window]

    # -- the record and its Sharpe ratio ---------------------------------------------------
    has_r = ~np.isnan(r)
    r0 = np.where(has_r, r, 0.0)
    n = has_r.sum(axis=1)
    nf = n.astype(float)
    mean = ratio(r0.sum(axis=1), nf)
    centred = r - mean[:, None]
    np.square(centred, out=centred)
    sd = np.sqrt(ratio(np.sum(centred, axis=1, where=has_r), nf - 1.0))
    del centred
    sd[n < 2] = np.nan
    high = np.max(r, axis=1, where=has_r, initial=-np.inf)
    low = np.min(r, axis=1, where=has_r, initial=np.inf)
    constant = (n < 2) | (high == low)
    sharpe_daily = np.where(constant, np.nan, ratio(mean, sd))
    sharpe = sharpe_daily * math.sqrt(PERIODS)
    se = math.sqrt(PERIODS) * np.sqrt(ratio(1.0 + sharpe_daily**2 / 2.0, nf))
    prior_mean, spread = _prior(sharpe, se, n, p)
    weight = np.where(np.isnan(sharpe), 0.0, spread**2 / (spread**2 + se**2))
    shrunk = prior_mean + weight * np.nan_to_num(sharpe - prior_mean, nan=0.0)

    # -- leverage and liquidation ----------------------------------------------------------
    has_lev = ~np.isnan(lev)
    reported = ratio(np.sum(lev, axis=1, where=has_lev), has_lev.sum(axis=1).astype(float))
    assumed = np.isnan(reported)
    known = reported[~assumed]
    fallback = float(np.median(known)) if known.size else p.default_leverage
    lev_mean = np.where(assumed, fallback, reported)
    lev_penalty = p.leverage_weight * np.clip(np.log(lev_mean) / math.log(p.max_leverage), 0.0, 1.0)
    typical_sd = float(np.nanmedian(sd)) if np.any(~np.isnan(sd)) else 0.0
    volatility = np.where(np.isnan(sd), typical_sd, sd)
    underlying = np.maximum(volatility / lev_mean, p.underlying_sigma_floor)
    liq = liquidation_probability(
        lev_mean,
        np.ones(m),
        underlying,
        np.full(m, p.liquidation_horizon_days),
        p.maintenance_margin,
    )
    liq_penalty = p.liquidation_weight * liq

    # -- drawdowns ------------------------------------------------------------------------
    first = np.where(n > 0, np.argmax(has_r, axis=1), r.shape[1])
    wealth, drawdown = _equity(r0)
    mdd = np.where(n > 0, drawdown.min(axis=1, initial=0.0), np.nan)
    longest = longest_run(drawdown < 0)
    span = (r.shape[1] - first).astype(float)
    own = n / float(max(p.window_days, 1))
    long_record = n >= p.prior_min_days
    dd_penalty = _completed(p.drawdown_weight * np.nan_to_num(-mdd, nan=0.0), own, long_record, p)
    dur_penalty = _completed(
        p.duration_weight * np.nan_to_num(ratio(longest, span), nan=0.0), own, long_record, p
    )

    # -- concentration and risk shifting ---------------------------------------------------
    if hhi is None:
        conc = np.full(m, np.nan)
    else:
        h = np.array(hhi, dtype=np.float64)
        conc = last_known(h[:, window] if h.ndim == 2 else h[:, None])
    floor = 1.0 / p.concentration_target
    conc_penalty = p.concentration_weight * np.nan_to_num(
        np.clip((conc - floor) / (1.0 - floor), 0.0, 1.0), nan=0.0
    )
    shift, basis = _risk_shift(r0, has_r, lev, drawdown, p)
    shift_penalty = _completed(
        p.risk_shift_weight * np.maximum(np.log(np.where(shift > 0, shift, 1.0)), 0.0),
        own,
        long_record,
        p,
    )

    # -- blow-ups over the whole history, not only the window ------------------------------
    if full.shape[1] > r.shape[1]:
        _, history_dd = _equity(np.where(np.isnan(full), 0.0, full))
    else:
        history_dd = drawdown
    blown = history_dd.min(axis=1, initial=0.0) <= -p.blowup_drawdown
    if flagged_blown_up is not None:
        blown = blown | np.asarray(flagged_blown_up, dtype=bool)

    score = (
        shrunk - lev_penalty - liq_penalty - dd_penalty - dur_penalty - conc_penalty - shift_penalty
    )
    score = np.where(blown | (n == 0), np.nan, score)
    roi = np.where(n > 0, wealth[:, -1] - 1.0 if r.shape[1] else np.nan, np.nan)
    return CandidateScores(
        score=score,
        days=nf,
        roi=roi,
        sharpe=sharpe,
        sharpe_se=se,
        shrink_weight=weight,
        shrunk_sharpe=shrunk,
        leverage=lev_mean,
        leverage_assumed=assumed,
        leverage_penalty=lev_penalty,
        volatility=volatility,
        liquidation_probability=liq,
        liquidation_penalty=liq_penalty,
        max_drawdown=mdd,
        drawdown_penalty=dd_penalty,
        longest_drawdown_days=longest,
        duration_penalty=dur_penalty,
        hhi=conc,
        concentration_penalty=conc_penalty,
        risk_shift_ratio=shift,
        risk_shift_basis=basis,
        risk_shift_penalty=shift_penalty,
        blown_up=blown,
        prior_mean=prior_mean,
        prior_spread=spread,
    )
