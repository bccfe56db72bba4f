"""Alerts end to end: fire once per breach, record, auto-pause for real, re-arm, pause all."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.models import Signal, TraderTrade
from tradermanager.store import trades as trade_repo


@pytest.fixture
def alice(services):
    return services.traders.add(name="Alice", max_leverage=20, min_confidence=0.0)


def add_trades(services, trader_id, pnls, start):
    rows = [
        TraderTrade(
            source_id=f"t{start.timestamp()}-{i}",
            symbol="BTC",
            side=Side.LONG,
            leverage=5,
            entry_price=100.0,
            entry_time=start + timedelta(hours=i),
            notional=1000.0,
            status=TradeStatus.CLOSED,
            exit_price=100.0 + pnl / 10,
            exit_time=start + timedelta(hours=i, minutes=30),
            fees=0.0,
            pnl=pnl,
        )
        for i, pnl in enumerate(pnls)
    ]
    with services.store.write():
        trade_repo.insert_trades(trader_id, rows)


def test_losing_streak_fires_once_pauses_and_rearms(services, alice, clock):
    services.alerts.add_rule("Alice", "losses", 3, auto_pause=True)
    add_trades(services, alice.id, [10, -1, -1], clock.now() - timedelta(days=1))
    assert services.alerts.evaluate().fired == ()  # two losses: below the threshold
    add_trades(services, alice.id, [-1], clock.now() - timedelta(hours=2))
    report = services.alerts.evaluate()
    assert [e.kind.value for e in report.fired] == ["losses"] and report.paused == ("Alice",)
    assert "3 trades in a row" in report.fired[0].message
    assert services.traders.get("Alice").settings.active is False
    assert services.alerts.evaluate().fired == ()  # same breach: no repeat
    # the pause is real: a new signal is rejected by the pipeline
    now = clock.now()
    result = services.pipeline.process(
        "Alice",
        Signal(
            source_id="s1",
            symbol="ETH",
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=3000.0,
            trader_time=now,
            received_time=now,
            leverage=5.0,
        ),
    )
    assert result.decision.reason.value == "trader_paused"
    # a win clears the streak: the rule re-arms and fires again on the next streak
    add_trades(services, alice.id, [5], clock.now() - timedelta(hours=1))
    assert services.alerts.evaluate().rearmed == 1
    services.traders.toggle("Alice", True)
    clock.advance(timedelta(hours=1))
    add_trades(services, alice.id, [-1, -1, -1], clock.now() - timedelta(minutes=50))
    assert len(services.alerts.evaluate().fired) == 1


def test_events_are_recorded_and_acknowledged(services, alice, clock):
    services.alerts.add_rule(None, "leverage", 10)  # a default for every trader
    trade = TraderTrade(
        source_id="open-1",
        symbol="DOGE",
        side=Side.LONG,
        leverage=25,
        entry_price=0.1,
        entry_time=clock.now(),
        notional=500.0,
    )
    with services.store.write():
        trade_repo.insert_trades(alice.id, [trade])
    services.alerts.evaluate()
    events = services.alerts.events("Alice")
    assert len(events) == 1 and events[0].value == 25 and not events[0].paused_trader
    assert services.alerts.unacknowledged_count() == 1
    assert services.alerts.acknowledge() == 1
    assert services.alerts.unacknowledged_count() == 0


def test_silence_rule_uses_the_clock(services, alice, clock):
    services.alerts.add_rule("Alice", "silence", 2)
    now = clock.now()
    services.pipeline.process(
        "Alice",
        Signal(
            source_id="s1",
            symbol="BTC",
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=100.0,
            trader_time=now,
            received_time=now,
            leverage=2.0,
        ),
    )
    clock.advance(timedelta(days=1, hours=23))
    assert services.alerts.evaluate().fired == ()
    clock.advance(timedelta(hours=1))
    assert len(services.alerts.evaluate().fired) == 1


def test_pause_all_and_resume_all(services, alice):
    services.traders.add(name="Bob")
    services.traders.add(name="Carol", active=False)
    assert sorted(services.traders.pause_all()) == ["Alice", "Bob"]
    assert all(not t.settings.active for t in services.traders.list())
    assert sorted(services.traders.resume_all()) == ["Alice", "Bob", "Carol"]
