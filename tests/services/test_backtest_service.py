"""Backtests through the service: same decisions as the live pipeline, settings matter."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import TraderTrade
from tradermanager.store import signals as signal_repo
from tradermanager.store import trades as trade_repo


@pytest.fixture
def demo(services):
    services.demo.load(6, 90, seed=5)
    return services


def test_backtest_gives_the_live_pipelines_decisions(demo, clock):
    trader = demo.traders.get("Signal Sniper VIP")  # a paper trader: the live run copied
    report = demo.backtest.run(trader.id, days=90)
    live = [
        s
        for s in demo.pipeline.signals(trader.id)
        if report.start <= s.signal.received_time < report.end
    ]
    live_rejected: dict[str, int] = {}
    for stored in live:
        if not stored.decision.accepted:
            reason = stored.decision.reason.value
            live_rejected[reason] = live_rejected.get(reason, 0) + 1
    assert report.with_settings.run.rejected_by_reason == live_rejected
    live_closed = [
        c for c in demo.pipeline.copies(trader.id) if c.closed_at and c.closed_at < report.end
    ]
    assert report.with_settings.run.trades == len(live_closed)
    assert report.with_settings.run.final_value - 10_000 == pytest.approx(
        sum(c.pnl for c in live_closed)
    )


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
    report = services.backtest.run(trader.id, days=30)
    run = report.with_settings.run
    assert run.signals == 3 and run.trades == 1 and run.open_positions == 0
    assert run.rejected_by_reason == {"leverage_above_max": 1}
    assert run.final_value > 10_000
    assert report.copy_everything.run.open_positions == 1
