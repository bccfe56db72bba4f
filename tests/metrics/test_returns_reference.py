"""Returns-based metrics against the reference values of metrics-reference.json and against
independent pandas computations, including every edge case."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.metrics import returns_metrics, returns_metrics_batch

# Values computed with quantstats 0.0.86 and empyrical-reloaded 0.7.1 on known series.
REFERENCE = Path(__file__).parent / "fixtures" / "metrics-reference.json"


@pytest.fixture(scope="module")
def reference():
    return json.loads(REFERENCE.read_text())


def handmade(reference) -> pd.Series:
    series = reference["series"]["handmade30"]
    return pd.Series(series["returns"], index=pd.to_datetime(series["dates"]))


def test_handmade30_matches_the_reference(reference):
    spec = reference["series"]["handmade30"]["spec"]
    m = returns_metrics(handmade(reference))
    assert m["volatility"] == pytest.approx(spec["annual_volatility"], rel=1e-12)
    assert m["downside_vol"] == pytest.approx(spec["downside_volatility_annual"], rel=1e-12)
    assert m["sharpe_ratio"] == pytest.approx(spec["sharpe"], rel=1e-12)
    assert m["sortino_ratio"] == pytest.approx(spec["sortino"], rel=1e-12)
    assert m["cagr"] == pytest.approx(spec["cagr_count_based"], rel=1e-12)
    assert m["max_drawdown"] == pytest.approx(spec["max_drawdown"], rel=1e-12)
    assert m["calmar_ratio"] == pytest.approx(spec["calmar"], rel=1e-12)
    assert m["var_95"] == pytest.approx(spec["var95_historical"], rel=1e-12)
    assert m["cvar_95"] == pytest.approx(spec["cvar95_historical_k_worst"], rel=1e-12)
    assert m["tail_ratio"] == pytest.approx(spec["tail_ratio"], rel=1e-12)
    assert m["skew"] == pytest.approx(spec["skew_sample_adjusted"], rel=1e-12)
    assert m["kurtosis"] == pytest.approx(spec["excess_kurtosis_sample_adjusted"], rel=1e-12)


def test_handmade30_drawdown_episodes_and_statistics(reference):
    dd = reference["series"]["handmade30"]["spec_drawdowns"]
    m = returns_metrics(handmade(reference))
    episodes = m["drawdown_episodes"]
    assert [(e["start"], e["trough"], e["end"]) for e in episodes] == [
        (x["start_date"], x["valley_date"], x["recovery_date"]) for x in dd["episodes"]
    ]
    assert [e["days"] for e in episodes] == [x["underwater_days"] for x in dd["episodes"]]
    assert [e["depth"] for e in episodes] == pytest.approx([x["depth"] for x in dd["episodes"]])
    summary = dd["summary"]
    assert m["drawdown_count"] == summary["count"]
    assert m["avg_drawdown"] == pytest.approx(summary["avg_depth"])
    assert m["longest_drawdown"] == summary["longest_underwater_days"]
    assert m["avg_recovery_time"] == pytest.approx(summary["avg_recovery_days_valley_to_recovery"])
    assert m["underwater_pct"] == pytest.approx(summary["underwater_pct"])
    assert m["current_drawdown"] == pytest.approx(summary["current_drawdown"])
    assert m["drawdown_frequency"] == pytest.approx(summary["count"] / (30 / 30))


@pytest.mark.parametrize("name", ["gauss365", "student_t1000"])
def test_longer_series_match_the_reference(reference, name):
    series = reference["series"][name]
    spec = series["spec"]
    m = returns_metrics(np.array(series["returns"]))
    assert m["sharpe_ratio"] == pytest.approx(spec["sharpe"], rel=1e-10)
    assert m["sortino_ratio"] == pytest.approx(spec["sortino"], rel=1e-10)
    assert m["max_drawdown"] == pytest.approx(spec["max_drawdown"], rel=1e-10)
    assert m["var_95"] == pytest.approx(spec["var95_historical"], rel=1e-10)
    assert m["drawdown_count"] == series["spec_drawdowns"]["summary"]["count"]


def test_information_ratio_is_annualised_against_the_benchmark(reference):
    series = reference["series"]["handmade30"]
    m = returns_metrics(
        np.array(series["returns"]), benchmark=np.array(series["benchmark_returns"])
    )
    assert m["information_ratio"] == pytest.approx(series["spec"]["information_ratio_annualized"])


def test_against_independent_pandas_computations():
    r = pd.Series(np.random.default_rng(3).normal(0.001, 0.03, 200))
    m = returns_metrics(r)
    assert m["volatility"] == pytest.approx(r.std(ddof=1) * math.sqrt(365))
    assert m["sharpe_ratio"] == pytest.approx(r.mean() / r.std(ddof=1) * math.sqrt(365))
    downside = math.sqrt((np.minimum(r, 0) ** 2).mean()) * math.sqrt(365)
    assert m["sortino_ratio"] == pytest.approx(r.mean() * 365 / downside)
    assert m["skew"] == pytest.approx(r.skew())
    assert m["kurtosis"] == pytest.approx(r.kurt())
    assert m["var_95"] == pytest.approx(np.percentile(r, 5))
    k = math.floor(0.05 * (len(r) - 1)) + 1
    assert m["cvar_95"] == pytest.approx(np.sort(r)[:k].mean())
    equity = pd.concat([pd.Series([1.0]), (1 + r).cumprod()], ignore_index=True)
    assert m["max_drawdown"] == pytest.approx((equity / equity.cummax() - 1).min())
    assert m["cagr"] == pytest.approx((1 + r).prod() ** (365 / len(r)) - 1)
    assert m["worst_day"] == r.min()


def test_risk_free_is_an_annual_rate_converted_to_daily():
    r = np.random.default_rng(5).normal(0.001, 0.02, 100)
    rf = (1 + 0.05) ** (1 / 365) - 1
    m = returns_metrics(r, risk_free=0.05)
    assert m["sharpe_ratio"] == pytest.approx(
        (r - rf).mean() / (r - rf).std(ddof=1) * math.sqrt(365)
    )


NONE_IF_UNDEFINED = ("sharpe_ratio", "sortino_ratio", "calmar_ratio", "skew", "kurtosis")


def test_empty_history_is_all_none():
    m = returns_metrics([])
    assert all(v is None for k, v in m.items() if k != "drawdown_episodes")
    assert m["drawdown_episodes"] == []


def test_no_traders_is_no_rows():
    """An empty database at start: a batch of zero traders over some days is no rows."""
    assert returns_metrics_batch(np.empty((0, 30))) == []


def test_single_value():
    m = returns_metrics([0.01])
    assert m["volatility"] is None and m["sharpe_ratio"] is None and m["calmar_ratio"] is None
    assert m["cagr"] == pytest.approx(1.01**365 - 1)
    assert m["max_drawdown"] == 0.0


def test_zero_variance_and_all_zeros():
    m = returns_metrics([0.001] * 30)
    assert m["volatility"] == 0.0
    assert all(m[k] is None for k in NONE_IF_UNDEFINED)
    zeros = returns_metrics([0.0] * 30)
    assert zeros["var_95"] == 0.0 and zeros["sharpe_ratio"] is None
    assert zeros["max_drawdown"] == 0.0 and zeros["drawdown_count"] == 0


def test_no_losing_days_and_no_winning_days(reference):
    gains = returns_metrics([0.01, 0.0, 0.02, 0.005])
    assert gains["sortino_ratio"] is None and gains["calmar_ratio"] is None
    losses = returns_metrics([-0.01, -0.02, -0.005])
    assert losses["drawdown_count"] == 1 and losses["drawdown_episodes"][0]["start"] == 0
    assert losses["drawdown_episodes"][0]["end"] is None  # ongoing from day one
    day_one = reference["edge_cases"]["underwater_from_day1_never_recovers"]
    m = returns_metrics(day_one["values"])
    assert m["max_drawdown"] == pytest.approx(day_one["quantstats"]["max_drawdown"])
    assert m["max_drawdown"] == pytest.approx(-0.05969)  # with the start as a peak
    assert m["drawdown_count"] == 1 and m["drawdown_episodes"][0]["end"] is None


def test_nans_are_dropped_and_impossible_returns_rejected():
    with_nans = returns_metrics([0.01, np.nan, -0.02, 0.03, np.nan])
    clean = returns_metrics([0.01, -0.02, 0.03])
    for key in ("sharpe_ratio", "volatility", "cagr", "var_95", "max_drawdown"):
        assert with_nans[key] == pytest.approx(clean[key])
    with pytest.raises(ValueError, match="below -1"):
        returns_metrics([0.1, -1.5])


def test_no_nan_or_inf_ever_leaks():
    for series in ([], [0.0], [0.0, 0.0], [1.0, -1.0], [-1.0], [0.5] * 3, [np.nan, np.nan]):
        values = returns_metrics(series)
        for key, value in values.items():
            if isinstance(value, float):
                assert math.isfinite(value), (series, key)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.floats(-0.5, 0.5), st.just(float("nan"))), min_size=0, max_size=40),
        min_size=1,
        max_size=5,
    ).filter(lambda rows: len({len(r) for r in rows}) == 1)
)
def test_batch_equals_single_series_row_by_row(rows):
    matrix = np.array(rows, dtype=float).reshape(len(rows), -1)
    batch = returns_metrics_batch(matrix)
    for row, got in zip(matrix, batch, strict=True):
        single = returns_metrics(row)
        for key, value in got.items():
            expected = single[key]
            if value is None or expected is None:
                assert value is expected, key
            else:
                assert value == pytest.approx(expected, rel=1e-9, abs=1e-12), key
