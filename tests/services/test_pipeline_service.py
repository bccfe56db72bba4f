"""The pipeline with a memory: one decision per signal, never copied twice, bulk = one by one."""

from __future__ import annotations

from datetime import timedelta

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal


def make_signals(t0, n=12):
    out = []
    for k in range(n):
        t = t0 + timedelta(hours=k)
        token = ("BTC", "ETH", "PEPE")[k % 3]
        kind = SignalKind.OPEN if k % 2 == 0 else SignalKind.CLOSE
        out.append(
            Signal(
                source_id=f"m{k}",
                symbol=token,
                side=Side.LONG,
                kind=kind,
                price=100.0 + k,
                trader_time=t,
                received_time=t,
                leverage=3.0 + k,
                confidence=0.5 + k / 30,
            )
        )
    return out


def test_every_signal_gets_one_decision_and_is_not_copied_twice(services, clock):
    services.traders.add(name="Alice", min_confidence=0.6)
    signals = make_signals(clock.now())
    results = [services.pipeline.process("Alice", s) for s in signals]
    again = [services.pipeline.process("Alice", s) for s in signals]
    assert all(r.duplicate for r in again)
    assert [r.decision for r in again] == [r.decision for r in results]
    stored = services.pipeline.signals("Alice")
    assert len(stored) == len(signals) and all(s.decision is not None for s in stored)
    assert not any(r.copied_trade for r in (*results, *again))  # copies are the paper account's
    assert all(r.paper for r in results if r.decision.accepted)


def test_bulk_processing_equals_one_by_one(services, clock):
    services.traders.add(name="One", min_confidence=0.6)
    services.traders.add(name="Bulk", min_confidence=0.6)
    signals = make_signals(clock.now(), 30)
    for s in signals:
        services.pipeline.process("One", s)
    report = services.pipeline.process_many("Bulk", signals)
    assert report.received == 30 and report.duplicates == 0

    def decisions(name):
        return [
            (s.signal.source_id, s.decision.accepted, s.decision.reason)
            for s in services.pipeline.signals(name)
        ]

    one, bulk = decisions("One"), decisions("Bulk")
    assert one == bulk
    assert services.pipeline.process_many("Bulk", signals).duplicates == 30


def test_live_mode_records_the_decision_and_sends_no_order(services, clock):
    services.traders.add(name="Live", paper_only=False)
    now = clock.now()
    result = services.pipeline.process(
        "Live",
        Signal(
            source_id="x",
            symbol="BTC",
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=100.0,
            trader_time=now,
            received_time=now,
            leverage=2.0,
            confidence=0.9,
        ),
    )
    assert result.decision.accepted and "no order was sent" in result.decision.message
    assert result.copied_trade is None and not result.paper
