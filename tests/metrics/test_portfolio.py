"""Portfolio math against plain numpy/pandas computations and hand-made numbers."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from tradermanager.metrics import portfolio as pm

DAY0 = pd.Timestamp("2026-01-01", tz="UTC")


def positions(*rows):
    return pd.DataFrame(rows, columns=list(pm.POSITION_COLUMNS))


def test_exposure_sums_notional_per_token_and_side():
    frame = positions(
        (1, "BTC", "long", 1000.0),
        (2, "BTC", "long", 500.0),
        (3, "BTC", "short", 300.0),
        (1, "ETH", "short", 200.0),
        (2, "SOL", "long", 2000.0),
    )
    table = pm.token_exposure(frame)
    assert list(table.index) == ["SOL", "BTC", "ETH"]  # largest gross first
    assert table.loc["BTC"].tolist() == pytest.approx([1500, 300, 1200, 1800, 1800 / 4000])
    assert table.loc["ETH"].tolist() == pytest.approx([0, 200, -200, 200, 0.05])
    assert table["share"].sum() == pytest.approx(1.0)
    # independent: pandas pivot
    pivot = frame.pivot_table(index="symbol", columns="side", values="notional", aggfunc="sum")
    pivot = pivot.fillna(0.0)
    assert table.loc[pivot.index, "long"].tolist() == pytest.approx(pivot["long"].tolist())
    assert table.loc[pivot.index, "short"].tolist() == pytest.approx(pivot["short"].tolist())
    assert pm.combined_leverage(float(table["gross"].sum()), 10_000) == pytest.approx(0.4)


def test_exposure_without_positions_is_empty():
    table = pm.token_exposure(positions())
    assert table.empty and list(table.columns) == list(pm.EXPOSURE_COLUMNS)
    assert pm.opposite_sides(positions()) == []
    with pytest.raises(ValueError, match="missing columns"):
        pm.token_exposure(pd.DataFrame({"symbol": ["BTC"]}))


def test_ties_in_gross_are_sorted_by_name():
    table = pm.token_exposure(positions((1, "SOL", "long", 10.0), (1, "ADA", "short", 10.0)))
    assert list(table.index) == ["ADA", "SOL"]


def closed(*rows):
    return pd.DataFrame(
        [(t, DAY0 + pd.Timedelta(hours=h), p) for t, h, p in rows],
        columns=list(pm.CLOSED_COLUMNS),
    )


def test_daily_pnl_is_booked_on_the_close_day():
    days = pd.date_range(DAY0, periods=3, freq="D")
    frame = closed((1, 1, 10.0), (1, 5, -4.0), (2, 30, 7.0), (3, 30, 99.0), (1, 80, 1.0))
    frame.loc[len(frame)] = (1, DAY0, np.nan)  # no P&L: left out
    matrix = pm.daily_pnl_matrix(frame, [1, 2], days)
    assert matrix.tolist() == [[6.0, 0.0, 0.0], [0.0, 7.0, 0.0]]  # trader 3 and day 4 left out
    assert pm.daily_pnl_matrix(frame, [], days).shape == (0, 3)
    assert pm.daily_pnl_matrix(closed(), [1], days).tolist() == [[0.0, 0.0, 0.0]]


def test_equity_and_drawdown_on_capital():
    pnl = np.array([100.0, -300.0, 50.0, 400.0, -100.0])
    equity, drawdown = pm.equity_and_drawdown(pnl, 1000.0)
    assert equity.tolist() == [1100, 800, 850, 1250, 1150]
    expected = pd.Series(equity).div(pd.Series(equity).cummax().clip(lower=1000.0)) - 1
    assert drawdown.tolist() == pytest.approx(expected.tolist())
    assert drawdown.min() == pytest.approx(800 / 1100 - 1)
    # a first-day loss is a drawdown from the capital
    assert pm.equity_and_drawdown(np.array([-50.0]), 1000.0)[1].tolist() == [pytest.approx(-0.05)]
    empty_equity, empty_dd = pm.equity_and_drawdown(np.array([]), 1000.0)
    assert empty_equity.size == 0 and empty_dd.size == 0


def test_tail_risk_matches_numpy_percentile_and_the_tail_mean():
    rng = np.random.default_rng(3)
    pnl = rng.normal(5, 120, 250)
    var, cvar = pm.tail_risk(pnl)
    assert var == pytest.approx(np.percentile(pnl, 5))
    k = math.floor(0.05 * (len(pnl) - 1)) + 1
    assert cvar == pytest.approx(np.sort(pnl)[:k].mean())
    assert cvar <= var


def test_tail_risk_edge_cases():
    assert all(math.isnan(v) for v in pm.tail_risk(np.array([])))
    assert pm.tail_risk(np.array([-42.0])) == (-42.0, -42.0)  # one day
    assert pm.tail_risk(np.zeros(10)) == (0.0, 0.0)  # no closes at all


def test_risk_contributions_are_cov_over_var_and_sum_to_one():
    rng = np.random.default_rng(11)
    matrix = rng.normal(0, [[10], [50], [5]], (3, 120))
    matrix[2] = -0.3 * matrix[1] + rng.normal(0, 2, 120)  # a partial hedge of trader 1
    shares = pm.risk_contributions(matrix)
    frame = pd.DataFrame(matrix.T, columns=["a", "b", "c"])
    total = frame.sum(axis=1)
    expected = [frame[c].cov(total) / total.var() for c in frame]
    assert shares.tolist() == pytest.approx(expected)
    assert shares.sum() == pytest.approx(1.0)
    assert shares[2] < 0  # the hedge lowers the variance


def test_risk_contributions_undefined_without_variance_or_days():
    assert np.isnan(pm.risk_contributions(np.array([[1.0], [2.0]]))).all()  # one day
    assert np.isnan(pm.risk_contributions(np.zeros((2, 30)))).all()  # zero variance
    constant = np.array([[0.1, 0.1, 0.1], [0.0, 0.0, 0.0]])
    assert np.isnan(pm.risk_contributions(constant)).all()  # constant to rounding
    offsetting = np.array([[1.0, -2.0, 3.0], [-1.0, 2.0, -3.0]])  # P = 0 every day
    assert np.isnan(pm.risk_contributions(offsetting)).all()
    assert pm.risk_contributions(np.zeros((0, 5))).shape == (0,)


def test_pnl_shares_keep_the_traders_sign():
    assert pm.pnl_shares(np.array([300.0, 100.0])).tolist() == [0.75, 0.25]
    losing = pm.pnl_shares(np.array([300.0, -800.0]))
    assert losing.tolist() == [0.6, -1.6] and losing.sum() == pytest.approx(-1.0)
    assert np.isnan(pm.pnl_shares(np.array([5.0, -5.0]))).all()
    assert np.isnan(pm.pnl_shares(np.array([]))).all()


def test_scaling_is_per_trader():
    matrix = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert pm.scaled(matrix, np.array([2.0, 0.5])).tolist() == [[2, 4], [1.5, 2]]


def test_opposite_sides_need_two_different_traders():
    frame = positions(
        (1, "BTC", "long", 1.0),
        (2, "BTC", "short", 1.0),  # conflict
        (3, "ETH", "long", 1.0),
        (3, "ETH", "short", 1.0),  # one trader on both sides: not a conflict
        (4, "SOL", "long", 1.0),
        (5, "SOL", "long", 1.0),  # same side
        (6, "ADA", "short", 1.0),
        (6, "ADA", "long", 1.0),
        (7, "ADA", "long", 1.0),  # 7 long against 6 short
    )
    assert pm.opposite_sides(frame) == ["ADA", "BTC"]
