"""Trade, signal and daily-return metrics on small hand-made data, checked by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from tradermanager.metrics import (
    compute_all,
    daily_returns,
    liquidation_probability,
    signal_metrics,
    trade_metrics,
    trader_correlation,
)

T = pd.Timestamp("2026-01-01", tz="UTC")


def trade(symbol, side, lev, entry, exit_, notional, pnl, status="closed", hours=(0, 24)):
    opened = T + pd.Timedelta(hours=hours[0])
    closed = T + pd.Timedelta(hours=hours[1]) if status != "open" else pd.NaT
    return {
        "symbol": symbol,
        "side": side,
        "leverage": lev,
        "entry_price": entry,
        "exit_price": exit_ if status != "open" else np.nan,
        "entry_time": opened,
        "exit_time": closed,
        "notional": notional,
        "fees": 0.0,
        "pnl": pnl if status != "open" else np.nan,
        "status": status,
    }


TRADES = pd.DataFrame(
    [
        trade("BTC", "long", 2, 100, 110, 1000, 100.0, hours=(0, 24)),
        trade("BTC", "short", 4, 100, 105, 1000, -50.0, hours=(24, 48)),
        trade("ETH", "long", 10, 50, 40, 500, -50.0, status="liquidated", hours=(48, 60)),
        trade("DOGE", "long", 20, 1, 1, 500, 0.0, hours=(60, 72)),
        trade("ETH", "long", 5, 40, 0, 2000, 0, status="open", hours=(72, 0)),
    ]
)


def test_daily_returns_book_pnl_on_close_day_over_start_of_day_equity():
    r = daily_returns(TRADES, reference_capital=1000.0, start=T, end=T + pd.Timedelta(days=4))
    assert list(r.index.strftime("%m-%d")) == ["01-01", "01-02", "01-03", "01-04", "01-05"]
    # day 2: +100 on 1000; day 3: -50 (BTC short) - 50 (ETH) on 1100; day 4: DOGE at 0
    assert r.tolist() == pytest.approx([0.0, 0.1, -100 / 1100, 0.0, 0.0])


def test_days_before_the_first_trade_have_no_return():
    shift = pd.Timedelta(days=2)
    late = TRADES.assign(
        entry_time=TRADES["entry_time"] + shift, exit_time=TRADES["exit_time"] + shift
    )
    r = daily_returns(late, start=T, end=T + pd.Timedelta(days=3))
    assert np.isnan(r.iloc[0]) and np.isnan(r.iloc[1]) and r.iloc[2] == 0.0
    assert r.iloc[3] == pytest.approx(100 / 10_000)


def test_trade_families_by_hand():
    m = trade_metrics(TRADES, end=T + pd.Timedelta(days=5))
    assert m["trade_count"] == 5 and m["closed_trades"] == 4
    assert m["win_rate"] == 0.25  # the break-even DOGE trade is not a win
    assert m["avg_leverage"] == pytest.approx((2 + 4 + 10 + 20 + 5) / 5)
    assert m["max_leverage"] == 20
    assert m["leverage_frequency"] == {"1x-3x": 0.2, "3x-5x": 0.2, "5x-10x": 0.2, "10x+": 0.4}
    assert m["leverage_win_rate"] == {"1x-3x": 1.0, "3x-5x": 0.0, "5x-10x": None, "10x+": 0.0}
    assert m["liquidation_rate"] == 0.25
    total = 1000 + 1000 + 500 + 500 + 2000
    shares = {"ETH": 2500 / total, "BTC": 2000 / total, "DOGE": 500 / total}
    assert m["token_distribution"] == pytest.approx(shares)
    assert m["concentration_index"] == pytest.approx(sum(s * s for s in shares.values()))
    assert m["top_3_exposure"] == pytest.approx(1.0) and m["unique_tokens_traded"] == 3
    btc = m["per_token"]["BTC"]
    assert btc == {"trade_count": 2, "win_rate": 0.5, "pnl": 50.0, "roi": 50.0 / (500 + 250)}
    x = np.array([2, 4, 10, 20.0])
    y = np.array([100 / 500, -50 / 250, -50 / 50, 0 / 25])
    assert m["leverage_pnl_correlation"] == pytest.approx(np.corrcoef(x, y)[0, 1])


def test_liquidation_probability_is_the_first_passage_formula():
    p = liquidation_probability(
        np.array([10.0]), np.array([1.0]), np.array([0.03]), np.array([7.0]), 0.004
    )
    d = -math.log(1 - (0.1 - 0.004))
    expected = 2 * 0.5 * math.erfc(d / (0.03 * math.sqrt(7)) / math.sqrt(2))
    assert p[0] == pytest.approx(expected, rel=1e-6)
    short = liquidation_probability(
        np.array([10.0]), np.array([-1.0]), np.array([0.03]), np.array([7.0]), 0.004
    )
    assert short[0] == pytest.approx(
        2 * 0.5 * math.erfc(math.log(1.096) / (0.03 * math.sqrt(7)) / math.sqrt(2)), rel=1e-6
    )
    unknown = liquidation_probability(
        np.array([5.0]), np.array([1.0]), np.array([np.nan]), np.array([1.0]), 0.005
    )
    assert np.isnan(unknown[0])


def test_risk_score_uses_token_volatility_and_average_leverage():
    prices = pd.DataFrame(
        {"BTC": 100 * np.exp(np.cumsum(np.tile([0.02, -0.02], 50)))},
        index=pd.date_range("2025-10-01", periods=100, freq="D"),
    )
    one = TRADES.iloc[:2]
    m = trade_metrics(one, end=T + pd.Timedelta(days=5), prices=prices)
    sigma = np.diff(np.log(prices["BTC"])).std(ddof=1)
    assert m["token_volatility"] == pytest.approx(sigma)
    assert m["risk_score"] == pytest.approx(min(10, 10 * 2.326 * sigma * 3.0))


def test_empty_trades():
    empty = TRADES.iloc[:0]
    m = trade_metrics(empty, end=T)
    assert m["trade_count"] == 0 and m["win_rate"] is None and m["avg_leverage"] is None
    assert m["token_distribution"] == {} and m["concentration_index"] is None


def signal(conf, pnl, lag_s=10, passed=True, day=0):
    t = T + pd.Timedelta(days=day)
    return {
        "symbol": "BTC",
        "side": "long",
        "confidence": conf,
        "trader_time": t,
        "received_time": t + pd.Timedelta(seconds=lag_s),
        "pnl": pnl,
        "passed_filter": passed,
        "accepted": passed,
    }


def test_signal_quality_by_hand():
    signals = pd.DataFrame(
        [
            signal(0.55, -5.0, 4, passed=False),
            signal(0.65, 10.0, 10),
            signal(0.75, -3.0, 20, day=1),
            signal(0.85, 7.0, 30, day=2),
            signal(0.95, 1.0, 60, day=3),
            signal(np.nan, np.nan, 100, day=3),  # unresolved, no confidence
        ]
    )
    copies = pd.DataFrame(
        {
            "side": ["long", "short"],
            "signal_price": [100.0, 100.0],
            "fill_price": [100.1, 99.8],
            "pnl": [5.0, -2.0],
            "margin": [200.0, 200.0],
            "opened_at": [T, T],
            "closed_at": [T + pd.Timedelta(days=1), pd.NaT],
        }
    )
    m = signal_metrics(signals, copies, end=T + pd.Timedelta(days=4), my_capital=1000.0)
    assert m["signal_count"] == 6
    span_days = (pd.Timedelta(days=4) - pd.Timedelta(seconds=4)) / pd.Timedelta(days=1)
    assert m["signal_frequency"] == pytest.approx(6 / span_days)  # from the first signal
    assert m["signal_accuracy"] == pytest.approx(3 / 5)
    assert m["avg_confidence"] == pytest.approx(np.mean([0.55, 0.65, 0.75, 0.85, 0.95]))
    outcomes = np.array([0, 1, 0, 1, 1.0])
    assert m["brier_score"] == pytest.approx(
        np.mean((np.array([0.55, 0.65, 0.75, 0.85, 0.95]) - outcomes) ** 2)
    )
    assert m["confidence_calibration"]["<60%"] == {"count": 1, "win_rate": 0.0}
    assert m["confidence_calibration"]["90-100%"] == {"count": 1, "win_rate": 1.0}
    assert m["signal_lag"] == pytest.approx(25.0)  # median of 4, 10, 20, 30, 60, 100
    assert m["false_positive_rate"] == pytest.approx(1 / 4)  # passed & resolved: one lost
    assert m["execution_slippage"] == pytest.approx((0.001 + 0.002) / 2)
    assert m["pnl_contribution_usd"] == 5.0 and m["pnl_contribution_pct"] == 0.005


def test_compute_all_windows_and_correlation():
    many = pd.concat([TRADES.assign(trader_id=1), TRADES.assign(trader_id=2)], ignore_index=True)
    signals = pd.DataFrame([signal(0.8, 1.0)]).assign(trader_id=1)
    result = compute_all(
        many,
        signals,
        None,
        None,
        start=T,
        end=T + pd.Timedelta(days=4),
        reference_capital=pd.Series({1: 1000.0, 2: 2000.0}),
    )
    assert set(result) == {1, 2} and set(result[1]) == {"7d", "30d", "90d", "all"}
    assert result[1]["all"]["roi_all"] == pytest.approx(1.1 * (1 - 100 / 1100) - 1)
    assert result[1]["all"]["roi_7d"] is None  # five days of history do not reach back 7
    assert result[2]["all"]["signal_count"] == 0
    assert result[1]["all"]["diversification_basis"] == "identity"
    hhi = result[1]["all"]["concentration_index"]
    assert result[1]["all"]["diversification_score"] == pytest.approx(10 * (1 - hhi))
    returns = pd.DataFrame(
        {"a": np.arange(40.0), "b": np.arange(40.0) * 2, "c": np.sin(np.arange(40))}
    )
    corr, pairs = trader_correlation(returns)
    assert corr.loc["a", "b"] == pytest.approx(1.0)
    assert [(a, b) for a, b, _ in pairs] == [("a", "b")]
