"""Backtests through the service: same decisions as the live pipeline, settings matter."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import Candles, to_ms
from tradermanager.domain.models import TraderTrade
from tradermanager.store import signals as signal_repo
from tradermanager.store import trades as trade_repo


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=5)
    return services


def test_paper_and_backtest_give_identical_trades(demo, clock):
    keep = demo.traders.get("Signal Sniper VIP")
    for trader in demo.traders.list():  # the paper account copies Signal Sniper VIP alone
        if trader.id != keep.id:
            demo.traders.delete(trader.id, purge=True)
    signals = demo.pipeline.signals(keep.id)
    start = min(s.signal.received_time for s in signals)
    capital = demo.settings.get().my_capital
    report = demo.backtest.run(keep.id, start=start, end=clock.now(), initial_capital=capital)
    account = demo.paper.refresh()
    run = report.with_settings.run
    assert run.trades > 10
    assert run.closed == account.result.closed
    assert run.result.open == account.result.open
    assert run.final_value == account.equity
    stored = demo.paper.positions(keep.id, include_closed=True)
    assert sorted(c.source_id for c in stored) == sorted(
        c.source_id for c in (*account.result.open, *account.result.closed)
    )


def test_backtest_decisions_follow_the_copy_rules(demo):
    trader = demo.traders.get("Signal Sniper VIP")
    report = demo.backtest.run(trader.id, days=90)
    live = [
        s
        for s in demo.pipeline.signals(trader.id)
        if report.start <= s.signal.received_time < report.end
        and s.decision is not None
        and not s.decision.accepted
        and s.decision.reason is not None
        and s.decision.reason.value not in ("no_open_position", "already_in_position")
    ]
    rule_reasons = {s.signal.source_id: s.decision.reason.value for s in live}
    engine = {d.source_id: d.reason for d in report.with_settings.run.result.decisions if d.reason}
    for source_id, reason in rule_reasons.items():
        assert engine[source_id] == reason


def test_settings_change_the_result_and_baseline_copies_everything(demo):
    trader = demo.traders.get("Meme Degen 20x")
    base = demo.backtest.run(trader.id, days=60)
    strict = demo.backtest.run(trader.id, days=60, max_leverage=10)
    assert strict.with_settings.run.rejected_by_reason["leverage_above_max"] > (
        base.with_settings.run.rejected_by_reason.get("leverage_above_max", 0)
    )
    assert base.copy_everything.run.rejected_by_reason.get("leverage_above_max", 0) == 0
    double = demo.backtest.run(trader.id, days=60, multiplier=2.0)
    ratio = (double.with_settings.run.final_value - 10_000) / (
        base.with_settings.run.final_value - 10_000
    )
    # the trader copies at 0.5x: at 2x every position is four times the size, and so is P&L
    assert ratio == pytest.approx(2.0 / trader.settings.multiplier)
    side = base.with_settings
    assert len(side.days) == len(side.equity) == len(side.drawdown) == 61
    assert max(side.drawdown) <= 0 and side.max_drawdown == pytest.approx(min(side.drawdown))


def test_invalid_parameters_are_refused(demo):
    with pytest.raises(ValidationError, match="days"):
        demo.backtest.run("Paused Pete", days=0)
    with pytest.raises(ValidationError, match="multiplier"):
        demo.backtest.run("Paused Pete", multiplier=5)
    with pytest.raises(ValidationError, match="colour"):
        demo.backtest.run("Paused Pete", colour="red")


def test_apply_makes_the_backtested_settings_the_traders(demo):
    trader = demo.backtest.apply("Paused Pete", multiplier=1.5, max_leverage=3)
    assert trader.settings.multiplier == 1.5 and trader.settings.max_leverage == 3


def test_signals_between_is_ordered_and_bounded(demo, clock):
    trader = demo.traders.get("Majors Momentum")
    end = clock.now()
    signals = signal_repo.signals_between(trader.id, end - timedelta(days=7), end)
    times = [s.received_time for s in signals]
    assert times == sorted(times) and all(t >= end - timedelta(days=7) for t in times)


def test_a_trader_with_only_trades_is_replayed_from_them(services, clock):
    trader = services.traders.add(name="History only", max_leverage=10)
    t0 = clock.now() - timedelta(days=5)
    rows = [
        TraderTrade(
            source_id="a",
            symbol="BTC",
            side=Side.LONG,
            leverage=5,
            entry_price=100.0,
            entry_time=t0,
            notional=1000.0,
            status=TradeStatus.CLOSED,
            exit_price=110.0,
            exit_time=t0 + timedelta(hours=3),
            fees=0.8,
            pnl=99.2,
        ),
        TraderTrade(
            source_id="b",
            symbol="ETH",
            side=Side.SHORT,
            leverage=20,
            entry_price=50.0,
            entry_time=t0 + timedelta(days=1),
            notional=1000.0,
        ),
    ]
    with services.store.write():
        trade_repo.insert_trades(trader.id, rows)
    hour = 3_600_000
    first = to_ms(t0) - 24 * hour
    times = np.arange(first, to_ms(clock.now()), hour, dtype=np.int64)
    btc = np.where(times < to_ms(t0) + 3 * hour, 100.0, 110.0)
    eth = np.full(len(times), 50.0)
    services.market.save_candles(
        [
            Candles("BTCUSDT", "1h", times, btc, btc, btc, btc, np.ones(len(times))),
            Candles("ETHUSDT", "1h", times, eth, eth, eth, eth, np.ones(len(times))),
        ]
    )
    report = services.backtest.run(trader.id, days=30)
    run = report.with_settings.run
    assert run.signals == 3 and run.trades == 1 and run.open_positions == 0
    assert run.rejected_by_reason == {"leverage_above_max": 1}
    # $200 margin × 5 bought at the next hourly open 100 + 0.05 % slippage, sold at
    # 110 − 0.05 %: 1,000 / 100.05 units; taker fees 0.05 % of 1,000 and of the exit
    # notional; funding 0.01 % of the position at the 16:00 mark (that candle's open, 110); the ETH
    # short (20×) is refused by the 10× limit
    (trade,) = run.closed
    units = 1000 / 100.05
    assert trade.entry_price == pytest.approx(100.05)
    assert trade.exit_price == pytest.approx(109.945)
    assert trade.exit_reason.value == "close_signal"
    assert round(trade.fees, 2) == round(0.5 + units * 109.945 * 0.0005, 2) == 1.05
    assert round(trade.funding, 2) == round(units * 110 * 0.0001, 2) == 0.11
    assert round(trade.pnl, 2) == round(units * 9.895 - trade.fees - trade.funding, 2) == 97.74
    assert round(run.final_value, 2) == 10_097.74
    assert report.copy_everything.run.open_positions == 1
