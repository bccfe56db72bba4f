"""Per-token analytics (docs/metrics.md, Tokens): ``per_token`` and ``token_exposure`` from
the metrics, the token table and heatmap matrix from the metrics service — each checked
against a plain-pandas computation on small hand-made trades, with the edge cases."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tradermanager.metrics import compute_all, trade_metrics
from tradermanager.metrics.trade_families import trade_families
from tradermanager.services.metrics import TokenBreakdown, TokenFigures, token_rows
from tradermanager.store import prices as price_repo

T = pd.Timestamp("2026-01-01", tz="UTC")
END = T + pd.Timedelta(days=10)
WINDOW_START = T + pd.Timedelta(days=3)


def trade(trader, symbol, lev, notional, pnl, opened_day, closed_day=None, status="closed"):
    is_open = status == "open"
    return {
        "trader_id": trader,
        "symbol": symbol,
        "side": "long",
        "leverage": float(lev),
        "entry_price": 100.0,
        "exit_price": np.nan if is_open else 101.0,
        "entry_time": T + pd.Timedelta(days=opened_day),
        "exit_time": pd.NaT if is_open else T + pd.Timedelta(days=closed_day),
        "notional": float(notional),
        "fees": 0.0,
        "pnl": np.nan if is_open else float(pnl),
        "status": status,
    }


TRADES = pd.DataFrame(
    [
        # trader 1: BTC mixed, ETH opened before the window and closed in it, SOL only open
        trade(1, "BTC", 2, 1000, 120.0, 4, 5),
        trade(1, "BTC", 5, 2000, -300.0, 5, 6),
        trade(1, "BTC", 10, 500, 0.0, 6, 7),  # break-even: not a win
        trade(1, "ETH", 4, 800, -40.0, 1, 4),
        trade(1, "ETH", 3, 600, 30.0, 7, 8, status="liquidated"),
        trade(1, "SOL", 20, 400, None, 8, status="open"),
        trade(1, "DOGE", 2, 300, 15.0, 0, 1),  # entirely before the window
        # trader 2: one token, no losing trade
        trade(2, "ETH", 2, 1000, 50.0, 4, 5),
        trade(2, "ETH", 6, 3000, 10.0, 5, 9),
    ]
)


def expected(trades: pd.DataFrame, trader: int, start: pd.Timestamp | None):
    """The same figures by plain pandas groupby, straight from the definitions."""
    mine = trades[trades["trader_id"] == trader].assign(margin=lambda f: f.notional / f.leverage)
    after = (lambda s: s.notna()) if start is None else (lambda s: s >= start)
    closed = mine[(mine["status"] != "open") & after(mine["exit_time"])]
    opened = mine[after(mine["entry_time"])]
    outcome = {
        token: {
            "trade_count": len(g),
            "win_rate": float((g["pnl"] > 0).mean()),
            "pnl": float(g["pnl"].sum()),
            "roi": float(g["pnl"].sum() / g["margin"].sum()),
        }
        for token, g in closed.groupby("symbol")
    }
    total = opened["notional"].sum()
    exposure = {
        token: {
            "opened_trades": len(g),
            "notional": float(g["notional"].sum()),
            "notional_share": float(g["notional"].sum() / total),
            "avg_leverage": float(g["leverage"].mean()),
        }
        for token, g in opened.groupby("symbol")
    }
    return outcome, exposure


def families(trades: pd.DataFrame, start: pd.Timestamp | None = WINDOW_START):
    return trade_families(trades, [1, 2], window_start=start, end=END)


@pytest.mark.parametrize("start", [WINDOW_START, None])
def test_per_token_and_exposure_match_a_pandas_groupby(start):
    for trader, values in zip([1, 2], families(TRADES, start), strict=True):
        outcome, exposure = expected(TRADES, trader, start)
        assert values["per_token"].keys() == outcome.keys()
        for token, figures in outcome.items():
            assert values["per_token"][token] == pytest.approx(figures)
        assert values["token_exposure"].keys() == exposure.keys()
        for token, figures in exposure.items():
            assert values["token_exposure"][token] == pytest.approx(figures)


def test_the_window_rule_by_hand():
    one = families(TRADES)[0]
    assert set(one["per_token"]) == {"BTC", "ETH"}  # SOL is still open, DOGE before
    assert set(one["token_exposure"]) == {"BTC", "ETH", "SOL"}  # ETH's first trade before
    btc = one["token_exposure"]["BTC"]
    assert btc["opened_trades"] == 3 and btc["avg_leverage"] == pytest.approx(17 / 3)
    assert btc["notional_share"] == pytest.approx(3500 / (3500 + 600 + 400))
    assert one["per_token"]["BTC"]["win_rate"] == pytest.approx(1 / 3)
    eth = one["per_token"]["ETH"]
    assert eth["trade_count"] == 2 and eth["pnl"] == pytest.approx(-10.0)
    assert eth["roi"] == pytest.approx(-10.0 / (200 + 200))
    assert one["token_exposure"]["ETH"]["avg_leverage"] == 3.0  # only the one opened in it


def test_no_trades_one_token_and_no_losing_trade():
    empty = trade_metrics(TRADES.iloc[:0].drop(columns="trader_id"), end=END)
    assert empty["per_token"] == {} and empty["token_exposure"] == {}
    assert token_rows(empty) == ()
    single = families(TRADES)[1]
    assert single["token_exposure"]["ETH"]["notional_share"] == 1.0
    assert single["token_exposure"]["ETH"]["avg_leverage"] == 4.0
    assert single["per_token"]["ETH"]["win_rate"] == 1.0
    rows = token_rows(single)
    assert rows == (TokenFigures("ETH", 2, 1.0, 60.0, 60 / (500 + 500), 2, 4.0, 1.0),)
    assert TokenBreakdown(2, "30d", rows).weakest() is None


def test_token_rows_join_outcome_and_exposure():
    rows = {r.token: r for r in token_rows(families(TRADES)[0])}
    sol = rows["SOL"]  # only an open trade: no outcome yet
    assert (sol.closed_trades, sol.win_rate, sol.pnl, sol.roi) == (0, None, None, None)
    assert sol.opened_trades == 1 and sol.avg_leverage == 20.0
    assert sol.notional_share == pytest.approx(400 / 4500)
    assert [r.token for r in token_rows(families(TRADES)[0])] == ["BTC", "ETH", "SOL"]
    breakdown = TokenBreakdown(1, "30d", tuple(rows.values()))
    weakest = breakdown.weakest()
    assert weakest is not None and weakest.token == "BTC" and weakest.pnl == pytest.approx(-180)
    # a token closed in the window but opened before it: a share of 0 …
    late = TRADES[TRADES["symbol"] != "ETH"].copy()
    late.loc[late["symbol"] == "SOL", "entry_time"] = T  # SOL opened before the window
    late = pd.concat([late, pd.DataFrame([trade(1, "ADA", 3, 100, -5.0, 1, 4)])])
    ada = {r.token: r for r in token_rows(families(late)[0])}["ADA"]
    assert ada.notional_share == 0.0 and ada.avg_leverage is None and ada.opened_trades == 0
    # … and none when nothing at all was opened in the window
    only_old = pd.DataFrame([trade(1, "ADA", 3, 100, -5.0, 1, 4)])
    (row,) = token_rows(families(only_old)[0])
    assert row.notional_share is None and row.pnl == -5.0


def test_compute_all_keeps_token_exposure_in_the_snapshot():
    no_signals = pd.DataFrame(
        {
            "trader_id": pd.Series(dtype="int64"),
            "confidence": pd.Series(dtype=float),
            "trader_time": pd.Series(dtype="datetime64[ns, UTC]"),
            "received_time": pd.Series(dtype="datetime64[ns, UTC]"),
            "pnl": pd.Series(dtype=float),
            "passed_filter": pd.Series(dtype=bool),
        }
    )
    result = compute_all(
        TRADES, no_signals, None, None, start=T, end=END, trader_ids=[1, 2], windows=["7d"]
    )
    start = END - pd.Timedelta(days=6)
    for trader in (1, 2):
        outcome, exposure = expected(TRADES, trader, start)
        values = result[trader]["7d"]
        for key, want in (("token_exposure", exposure), ("per_token", outcome)):
            assert values[key].keys() == want.keys()
            for token, figures in want.items():
                assert values[key][token] == pytest.approx(figures)


# -- through the metrics service, on a real database -----------------------------------------


def test_breakdown_is_the_snapshot_joined(services):
    services.demo.load(4, 60, seed=3)
    for trader in services.traders.list():
        for window in ("7d", "all"):
            values = services.metrics.trader_metrics(trader.id, window).values
            breakdown = services.metrics.token_breakdown(trader.id, window)
            assert breakdown.tokens == token_rows(values)
            assert {r.token for r in breakdown.tokens} == set(values["per_token"]) | set(
                values["token_exposure"]
            )
            shares = [r.notional_share or 0.0 for r in breakdown.tokens]
            assert sum(shares) == pytest.approx(1.0 if values["token_exposure"] else 0.0)


def test_the_breakdown_only_reads_and_is_empty_until_background_work_computes_it(services, clock):
    services.demo.load(2, 30, seed=1)
    trader = services.traders.list()[0]
    with services.store.write():
        services.store.db.execute_sql("DELETE FROM metric_snapshot")
    assert services.metrics.token_breakdown(trader.id, "30d").tokens == ()
    assert services.store.db.execute_sql("SELECT COUNT(*) FROM metric_snapshot").fetchone()[0] == 0
    services.metrics.ensure_snapshots([trader.id])
    values = services.metrics.cached_metrics(trader.id, "30d").values
    breakdown = services.metrics.token_breakdown(trader.id, "30d")
    assert breakdown.tokens == token_rows(values) and breakdown.tokens


def _log_corr(closes: pd.DataFrame) -> pd.DataFrame:
    return np.log(closes).diff().iloc[1:].corr(min_periods=30)


def test_token_correlation_from_prices_and_without(services, clock):
    services.demo.load(2, 60, seed=5)
    services.metrics.ensure_snapshots()
    trader = services.traders.list()[0]
    tokens = [r.token for r in services.metrics.token_breakdown(trader.id, "all").tokens]
    matrix = services.metrics.token_correlation(trader.id, "all")
    assert matrix.tokens == tuple(tokens) and matrix.without_prices == ()
    closes = price_repo.price_frame()
    reference = _log_corr(closes).loc[tokens, tokens].to_numpy()
    got = np.array(matrix.matrix, dtype=float)
    assert np.allclose(got, reference, equal_nan=True)
    assert np.allclose(np.diag(got), 1.0) and np.nanmax(np.abs(got)) <= 1.0 + 1e-12
    snapshot = services.metrics.trader_metrics(trader.id, "all").values["token_correlation"]
    top = [tokens.index(t) for t in snapshot["tokens"]]
    assert np.allclose(got[np.ix_(top, top)], np.array(snapshot["matrix"], dtype=float))


def test_a_token_without_prices_is_named_and_no_prices_gives_no_matrix(services):
    from tradermanager.store.models import CandleChunkRow

    services.demo.load(2, 60, seed=5)
    services.metrics.ensure_snapshots()
    trader = services.traders.list()[0]
    tokens = [r.token for r in services.metrics.token_breakdown(trader.id, "all").tokens]
    assert len(tokens) >= 2
    with services.store.write():
        symbols = [f"{t}USDT" for t in tokens[1:]]
        CandleChunkRow.delete().where(CandleChunkRow.symbol.in_(symbols)).execute()
    services.metrics.refresh()  # the matrix follows the prices of the last refresh
    matrix = services.metrics.token_correlation(trader.id, "all")
    assert matrix.without_prices == tuple(tokens[1:])
    assert matrix.matrix is not None and matrix.matrix[0][0] == pytest.approx(1.0)
    assert all(v is None for v in matrix.matrix[0][1:])
    with services.store.write():
        CandleChunkRow.delete().execute()
    services.metrics.refresh()
    none = services.metrics.token_correlation(trader.id, "all")
    assert none.matrix is None and none.without_prices == tuple(tokens)
    fresh = services.traders.add(name="Fresh", source="manual")
    empty = services.metrics.token_correlation(fresh.id, "all")
    assert empty.tokens == () and empty.matrix is None
