"""Price-based figures (token correlation, diversification, liquidation risk, the BTC
benchmark) and window rules, checked against independent numpy/scipy/pandas computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import norm

from tradermanager.metrics import compute_all

DAY = pd.Timedelta(days=1)
START = pd.Timestamp("2026-01-01", tz="UTC")
END = START + 99 * DAY


def prices(*tokens: str, seed: int = 3, days: int = 100) -> pd.DataFrame:
    """Daily closes with correlated log returns (ETH follows BTC, SOL is independent)."""
    rng = np.random.default_rng(seed)
    common = rng.normal(0, 0.03, days)
    moves = {
        "BTC": common,
        "ETH": 0.8 * common + 0.6 * rng.normal(0, 0.03, days),
        "SOL": rng.normal(0, 0.05, days),
    }
    index = pd.date_range(START.tz_localize(None), periods=days, freq="D")
    return pd.DataFrame({t: 100 * np.exp(np.cumsum(moves[t])) for t in tokens}, index=index)


def trade(symbol, opened, closed, *, notional=1000.0, lev=5.0, pnl=10.0, side="long"):
    return {
        "trader_id": 1,
        "symbol": symbol,
        "side": side,
        "leverage": lev,
        "entry_price": 100.0,
        "exit_price": 101.0 if closed is not None else np.nan,
        "entry_time": START + opened * DAY,
        "exit_time": START + closed * DAY if closed is not None else pd.NaT,
        "notional": notional,
        "fees": 0.0,
        "pnl": pnl if closed is not None else np.nan,
        "status": "closed" if closed is not None else "open",
    }


NO_SIGNALS = pd.DataFrame(
    {
        "trader_id": pd.Series([], dtype=int),
        "symbol": pd.Series([], dtype=str),
        "side": pd.Series([], dtype=str),
        "confidence": pd.Series([], dtype=float),
        "trader_time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "received_time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "pnl": pd.Series([], dtype=float),
        "passed_filter": pd.Series([], dtype=bool),
        "accepted": pd.Series([], dtype=bool),
    }
)


def run(trades: list[dict], price_frame: pd.DataFrame | None, **kwargs):
    return compute_all(
        pd.DataFrame(trades),
        NO_SIGNALS,
        None,
        price_frame,
        start=START,
        end=END,
        reference_capital=pd.Series({1: 10_000.0}),
        **kwargs,
    )[1]


def log_return_corr(frame: pd.DataFrame) -> np.ndarray:
    logs = np.diff(np.log(frame.to_numpy()), axis=0)
    return np.corrcoef(logs, rowvar=False)


def test_diversification_uses_the_price_correlation_of_the_tokens_traded():
    frame = prices("BTC", "ETH")
    trades = [trade("BTC", 1, 2, notional=3000), trade("ETH", 3, 4, notional=1000)]
    values = run(trades, frame)["all"]
    w = np.array([0.75, 0.25])  # token shares of traded notional, BTC first
    r = log_return_corr(frame[["BTC", "ETH"]])
    assert values["diversification_basis"] == "prices"
    assert values["diversification_score"] == pytest.approx(10 * (1 - w @ r @ w))
    table = values["token_correlation"]
    assert table["tokens"] == ["BTC", "ETH"]
    assert np.array(table["matrix"]) == pytest.approx(r)


def test_a_token_without_prices_makes_the_basis_partial_and_counts_as_uncorrelated():
    frame = prices("BTC", "ETH")
    trades = [
        trade("BTC", 1, 2, notional=2000),
        trade("ETH", 3, 4, notional=1000),
        trade("PEPE", 5, 6, notional=1000),
    ]
    values = run(trades, frame)["all"]
    shares = {"BTC": 0.5, "ETH": 0.25, "PEPE": 0.25}
    r = np.eye(3)
    r[0, 1] = r[1, 0] = log_return_corr(frame[["BTC", "ETH"]])[0, 1]
    w = np.array(list(shares.values()))
    assert values["diversification_basis"] == "partial"
    assert values["diversification_score"] == pytest.approx(10 * (1 - w @ r @ w))
    assert values["token_correlation"]["matrix"][2] == [None, None, None]  # no PEPE prices


def test_without_prices_diversification_is_one_minus_hhi_and_says_so():
    trades = [trade("BTC", 1, 2, notional=3000), trade("ETH", 3, 4, notional=1000)]
    values = run(trades, None)["all"]
    assert values["diversification_basis"] == "identity"
    assert values["diversification_score"] == pytest.approx(10 * (1 - (0.75**2 + 0.25**2)))
    assert values["token_correlation"]["matrix"] is None


def test_liquidation_risk_is_the_mean_first_passage_probability_of_the_trades():
    frame = prices("BTC", "SOL")
    trades = [
        trade("BTC", 10, 13, lev=10),  # 3 days at 10x
        trade("SOL", 20, 21, lev=20, side="short"),  # 1 day at 20x, short
        trade("BTC", 97, None, lev=3),  # open: held until the end (2 days)
    ]
    values = run(trades, frame, maintenance_margin=0.005)["all"]
    sigma = {t: np.diff(np.log(frame[t].to_numpy())).std(ddof=1) for t in ("BTC", "SOL")}

    def p(lev, direction, s, days):
        move = 1 / lev - 0.005
        d = -np.log(1 - move) if direction > 0 else np.log(1 + move)
        return 2 * norm.cdf(-d / (s * np.sqrt(days)))

    expected = np.mean(
        [p(10, 1, sigma["BTC"], 3), p(20, -1, sigma["SOL"], 1), p(3, 1, sigma["BTC"], 2)]
    )
    assert values["liquidation_risk"] == pytest.approx(expected, rel=1e-6)
    vol = (1000 * sigma["BTC"] * 2 + 1000 * sigma["SOL"]) / 3000  # notional-weighted
    avg_lev = (10 + 20 + 3) / 3
    assert values["risk_score"] == pytest.approx(min(10, 10 * 2.326 * vol * avg_lev))


def test_information_ratio_is_measured_against_btc_from_the_prices():
    frame = prices("BTC")
    trades = [trade("BTC", d, d + 1, pnl=(25.0 if d % 3 else -40.0)) for d in range(0, 98, 2)]
    values = run(trades, frame)["all"]
    r = np.zeros(100)
    equity = 10_000.0
    pnl_by_day = {d + 1: (25.0 if d % 3 else -40.0) for d in range(0, 98, 2)}
    for day in range(100):
        r[day] = pnl_by_day.get(day, 0.0) / equity
        equity += pnl_by_day.get(day, 0.0)
    btc = frame["BTC"].pct_change().to_numpy()
    active = (r - btc)[1:]  # the first day has no BTC return
    expected = active.mean() / active.std(ddof=1) * np.sqrt(365)
    assert values["information_ratio"] == pytest.approx(expected, rel=1e-9)
    assert run(trades, None)["all"]["information_ratio"] is None


def test_windows_count_the_trades_opened_and_closed_inside_them():
    trades = [
        trade("BTC", 0, 5, pnl=100.0),  # only in 90d/all
        trade("ETH", 70, 75, pnl=-50.0),  # 30d and wider
        trade("BTC", 94, 96, pnl=30.0),  # 7d and wider
        trade("ETH", 91, 94, pnl=-10.0, lev=20),  # opened before the 7d window, closed in it
    ]
    result = run(trades, None)
    assert {w: result[w]["trade_count"] for w in ("7d", "30d", "90d", "all")} == {
        "7d": 1,
        "30d": 3,
        "90d": 3,
        "all": 4,
    }
    assert result["7d"]["closed_trades"] == 2 and result["7d"]["win_rate"] == 0.5
    assert result["30d"]["win_rate"] == pytest.approx(1 / 3)
    assert result["7d"]["avg_leverage"] == 5.0  # the 20x trade opened before the window
    # trailing ROI: compounded daily returns of the last 7 days
    daily = pd.Series(0.0, index=range(100))
    equity, pnl = 10_000.0, {5: 100.0, 75: -50.0, 96: 30.0, 94: -10.0}
    for day in range(100):
        daily[day] = pnl.get(day, 0.0) / equity
        equity += pnl.get(day, 0.0)
    assert result["all"]["roi_7d"] == pytest.approx((1 + daily.iloc[-7:]).prod() - 1)
    assert result["all"]["roi_all"] == pytest.approx((1 + daily).prod() - 1)


def test_one_trade_gives_defined_counts_and_undefined_correlations():
    values = run([trade("BTC", 50, 51, pnl=12.0)], None)["all"]
    assert values["trade_count"] == 1 and values["win_rate"] == 1.0
    assert values["leverage_pnl_correlation"] is None
    assert values["concentration_index"] == 1.0 and values["top_3_exposure"] == 1.0
    assert values["max_drawdown"] == 0.0 and values["drawdown_count"] == 0
    assert values["diversification_score"] == 0.0
