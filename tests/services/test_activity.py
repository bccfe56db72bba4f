"""The activity feed: every decision, fill and alert after a cursor, once, in order."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from tests.conftest import T0

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles, to_ms
from tradermanager.domain.models import Signal
from tradermanager.services import Services


def _signal(n: int, kind: SignalKind = SignalKind.OPEN, price: float = 100.0) -> Signal:
    at = T0 - timedelta(days=3) + timedelta(hours=n)
    return Signal(
        source_id=str(n),
        symbol="SOL",
        side=Side.LONG,
        kind=kind,
        price=price,
        trader_time=at,
        received_time=at,
        leverage=10,
        confidence=0.9,
    )


def test_nothing_new_is_empty(services: Services):
    cursor = services.activity.cursor()
    assert not services.activity.since(cursor)


def _prices(services: Services, lows: dict[int, float] | None = None) -> None:
    """Hourly SOL candles at 100 over the signals' days; ``lows`` by hour from the first."""
    start = T0 - timedelta(days=3)
    times = np.arange(to_ms(start), to_ms(T0), 3_600_000, dtype=np.int64)
    flat = np.full(len(times), 100.0)
    low = flat.copy()
    for hour, value in (lows or {}).items():
        low[hour] = value
    services.market.save_candles([Candles("SOLUSDT", "1h", times, flat, flat, low, flat, flat)])


def test_decisions_fills_and_alerts_once_each(services: Services):
    trader = services.traders.add(name="Alice", max_leverage=20)
    cursor = services.activity.cursor()
    services.pipeline.process(trader.id, _signal(1))
    services.pipeline.process(trader.id, _signal(2, SignalKind.OPEN, 50.0))  # rejected: in
    first = services.activity.since(cursor)
    assert [d.signal.source_id for d in first.decisions] == ["1", "2"]
    assert first.fills == ()  # the paper account fills it on candles
    _prices(services)
    services.paper.refresh()
    filled = services.activity.since(first.cursor)
    assert filled.decisions == ()
    assert [(f.kind, f.copy.symbol, f.copy.status.value) for f in filled.fills] == [
        ("open", "SOL", "open")
    ]
    assert not services.activity.since(filled.cursor)  # each only once

    _prices(services, {20: 85.0})  # through the 10× long's liquidation price
    services.paper.refresh()
    liquidated = services.activity.since(filled.cursor)
    assert [(f.kind, f.copy.status.value) for f in liquidated.fills] == [("close", "liquidated")]
    assert liquidated.fills[0].copy.opened_at == filled.fills[0].copy.opened_at

    services.alerts.add_rule(trader.id, "silence", 1)
    fired = services.alerts.evaluate().fired
    alerts = services.activity.since(liquidated.cursor)
    assert [a.id for a in alerts.alerts] == [e.id for e in fired]
    assert not services.activity.since(alerts.cursor)


def test_a_copy_opened_and_closed_between_reads_is_both(services: Services):
    trader = services.traders.add(name="Alice", max_leverage=20)
    cursor = services.activity.cursor()
    services.pipeline.process(trader.id, _signal(1))
    services.pipeline.process(trader.id, _signal(2, SignalKind.CLOSE, 110.0))
    _prices(services)
    services.paper.refresh()
    news = services.activity.since(cursor)
    assert [f.kind for f in news.fills] == ["open", "close"]
    assert news.fills[1].copy.pnl is not None and news.fills[1].copy.pnl < 0  # fees, flat
    assert news.cursor.open_copies == frozenset()


def test_a_big_import_arrives_in_batches_in_order(services: Services, monkeypatch):
    monkeypatch.setattr("tradermanager.services.activity.BATCH", 7)
    trader = services.traders.add(name="Alice", max_leverage=20)
    cursor = services.activity.cursor()
    services.pipeline.process_many(
        trader.id, [_signal(n, SignalKind.OPEN if n % 2 else SignalKind.CLOSE) for n in range(20)]
    )
    seen: list[str] = []
    while news := services.activity.since(cursor):
        seen += [d.signal.source_id for d in news.decisions]
        cursor = news.cursor
    assert seen == [str(n) for n in range(20)]
