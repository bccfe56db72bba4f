"""Invariants of the account on random markets and signals (hypothesis)."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.engine import (
    AccountGuards,
    BracketOrigin,
    BracketTable,
    CandleSeries,
    CopyRules,
    EngineCosts,
    Market,
    SizingMode,
    TraderFeed,
    estimated_table,
    run_engine,
)
from tradermanager.domain.engine.brackets import make_brackets
from tradermanager.domain.enums import OrderType, Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import make_settings

from .engine_cases import T0, T0_MS

MINUTE = 60_000
SYMBOLS = ("BTC", "ETH", "DOGE")
# Binance's BTCUSDT and SOLUSDT first brackets (2024-10-24); DOGE on the estimated table
TABLES = {
    "BTC": BracketTable(
        "BTC",
        make_brackets([(50_000, 0.004, 125), (600_000, 0.005, 100), (3_000_000, 0.0065, 75)]),
        BracketOrigin.BUNDLED,
    ),
    "ETH": BracketTable(
        "ETH",
        make_brackets([(20_000, 0.005, 100), (100_000, 0.0065, 75), (800_000, 0.01, 50)]),
        BracketOrigin.BUNDLED,
    ),
    "DOGE": estimated_table("DOGE"),
}


def random_market(seed: int, n: int = 600) -> Market:
    rng = np.random.default_rng(seed)
    out = {}
    for k, symbol in enumerate(SYMBOLS):
        steps = rng.normal(0, 0.004 * (k + 1), n)
        close = 100 * np.exp(np.cumsum(steps))
        open_ = np.concatenate([[100.0], close[:-1]])
        wick = np.abs(rng.normal(0, 0.003 * (k + 1), (2, n)))
        high = np.maximum(open_, close) * (1 + wick[0])
        low = np.minimum(open_, close) * (1 - wick[1])
        times = T0_MS + np.arange(n, dtype=np.int64) * MINUTE
        out[symbol] = CandleSeries.from_arrays(symbol, times, open_, high, low, close, MINUTE)
    return Market(out, brackets=TABLES)


signal_strategy = st.tuples(
    st.floats(0, 590),  # minute received
    st.sampled_from(SYMBOLS),
    st.sampled_from([Side.LONG, Side.SHORT]),
    st.integers(1, 125),  # leverage
    st.floats(0.005, 0.2),  # stop distance
    st.floats(0.005, 0.3),  # target distance
    st.booleans(),  # limit
    st.integers(0, 2),  # follow-up: none, close, update stop
    st.floats(1, 200),  # minutes to the follow-up
)


def build_signals(raw: list[tuple], market: Market) -> list[Signal]:  # type: ignore[type-arg]
    out: list[Signal] = []
    for i, (minute, symbol, side, lev, stop_d, tp_d, limit, follow, later) in enumerate(raw):
        series = market.candles[symbol]
        price = float(series.close[min(int(minute), len(series) - 1)])
        d = side.direction
        when = T0 + timedelta(minutes=minute)
        signal = Signal(
            source_id=f"s{i}",
            symbol=symbol,
            side=side,
            kind=SignalKind.OPEN,
            price=price * (1 - d * 0.002) if limit else price,
            trader_time=when,
            received_time=when,
            leverage=lev,
            stop_loss=price * (1 - d * stop_d),
            take_profits=(price * (1 + d * tp_d), price * (1 + d * 2 * tp_d)),
            order_type=OrderType.LIMIT if limit else OrderType.MARKET,
        )
        out.append(signal)
        if follow:
            later_time = when + timedelta(minutes=later)
            kind = SignalKind.CLOSE if follow == 1 else SignalKind.UPDATE
            out.append(
                Signal(
                    source_id=f"f{i}",
                    symbol=symbol,
                    side=side,
                    kind=kind,
                    price=price,
                    trader_time=later_time,
                    received_time=later_time,
                    leverage=lev,
                    stop_loss=price * (1 - d * stop_d / 2) if follow == 2 else None,
                    close_fraction=0.5,
                )
            )
    return out


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    raw=st.lists(signal_strategy, max_size=25),
    capital=st.floats(1, 5_000),
    max_leverage=st.integers(1, 125),
    sizing=st.sampled_from(list(SizingMode)),
    trailing=st.none() | st.floats(0.005, 0.1),
    daily=st.none() | st.floats(0.01, 0.5),
    resumed=st.lists(st.integers(0, 400), max_size=3, unique=True).map(sorted),
    per_trader=st.none() | st.integers(1, 5),
    exposure=st.none() | st.floats(10, 50_000),
)
def test_account_invariants(
    seed: int,
    raw: list[tuple],  # type: ignore[type-arg]
    capital: float,
    max_leverage: int,
    sizing: SizingMode,
    trailing: float | None,
    daily: float | None,
    resumed: list[int],
    per_trader: int | None,
    exposure: float | None,
) -> None:
    market = random_market(seed)
    signals = build_signals(raw, market)
    settings_ = make_settings(
        name="T", max_leverage=max_leverage, min_confidence=0, blacklist=["DOGE"]
    )
    rules = CopyRules(
        sizing=sizing,
        base_size=50,
        equity_fraction=0.2,
        risk_fraction=0.02,
        break_even_after=1,
        trailing_stop=trailing,
        copy_stop_loss=0.5,
        max_open=per_trader,
        copy_stop_restarts=tuple(T0_MS + m * MINUTE for m in resumed),
    )
    costs = EngineCosts(funding_rate=0.001, lag_seconds=3)  # heavy funding
    guards = AccountGuards(
        max_token_exposure=exposure, daily_loss_limit=daily, daily_loss_close_all=True
    )
    end = T0_MS + 400 * MINUTE
    result = run_engine(
        [TraderFeed("T", settings_, signals, rules)], market, costs, capital, guards, end
    )
    for _, cash, in_use in result.cash_history:
        assert cash >= -1e-9  # the wallet never goes below zero
        assert in_use <= cash + 1e-6  # margin in use never exceeds the wallet
    assert result.equity >= -1e-9
    for copy in (*result.closed, *result.open):
        assert copy.leverage <= max_leverage
        assert copy.symbol != "DOGE"
        # no copy above the notional its symbol's brackets allow at its leverage
        assert copy.margin * copy.leverage <= TABLES[copy.symbol].max_notional(copy.leverage) + 1e-6
    # after the user closed everything at minute 400, nothing is open that had filled
    assert all(not c.fills for c in result.open) or all(
        c.entry_time is not None and c.entry_time >= end for c in result.open
    )
    if not result.open:
        assert abs(result.equity - result.cash) < 1e-9
    total = sum(c.pnl for c in result.closed) + sum(c.realized_pnl for c in result.open)
    assert abs(capital + total - result.cash) < 1e-6 * max(1.0, capital)
    # a copy stop pauses the trader: nothing enters after it unless the user resumed it since
    stops = [a.time for a in result.alerts if a.kind == "copy_stop"]
    if stops:
        for copy in (*result.closed, *result.open):
            if copy.entry_time is not None and copy.entry_time > stops[0]:
                restarts = rules.copy_stop_restarts
                assert any(stops[0] < r <= copy.entry_time for r in restarts)
    # the per-trader maximum holds whenever a copy is opened
    if per_trader is not None:
        events = sorted(
            [(c.entry_time, 1) for c in (*result.closed, *result.open) if c.entry_time]
            + [(c.exit_time, -1) for c in result.closed if c.entry_time],
            key=lambda e: (e[0], e[1]),
        )
        held = 0
        for _, step in events:
            held += step
            assert held <= per_trader


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    raw=st.lists(signal_strategy, min_size=1, max_size=15),
    lag=st.floats(0, 120),
)
def test_no_fill_uses_a_candle_that_started_before_the_signal(
    seed: int,
    raw: list[tuple],  # type: ignore[type-arg]
    lag: float,
) -> None:
    market = random_market(seed)
    signals = build_signals(raw, market)
    settings_ = make_settings(name="T", max_leverage=125, min_confidence=0)
    costs = EngineCosts(lag_seconds=lag)
    result = run_engine([TraderFeed("T", settings_, signals)], market, costs, 10_000)
    received = {s.source_id: s.received_time.timestamp() * 1000 for s in signals}
    for copy in (*result.closed, *result.open):
        for fill in copy.fills:
            assert fill.time >= received[copy.source_id] + lag * 1000 - 1e-6
