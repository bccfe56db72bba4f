"""New decisions write no copy rows: my paper copies are the paper account's (the engine's),
live ones the exchange's. The copies release 0.1.0 recorded stay as they were shown, and a
close from the trader still completes a recorded copy left open."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

from paper_market import replay_on_flat_prices
from tradermanager.domain.clock import FixedClock
from tradermanager.domain.enums import ExecutionMode, Side, SignalKind, TradeStatus
from tradermanager.domain.models import Signal
from tradermanager.services import build_services
from tradermanager.services.my_copies import my_copies
from tradermanager.store.connection import open_store

RELEASE = Path(__file__).parents[1] / "store" / "fixtures" / "release-0.1.0.sqlite"


def _signal(
    clock, n: int, kind=SignalKind.OPEN, *, symbol="BTC", side=Side.LONG, price=100.0
) -> Signal:
    at = clock.now() - timedelta(hours=10) + n * timedelta(minutes=30)
    return Signal(
        source_id=f"m{n}",
        symbol=symbol,
        side=side,
        kind=kind,
        price=price,
        trader_time=at,
        received_time=at,
        leverage=5,
        confidence=0.9,
    )


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_new_decisions_write_no_copy_rows(services, clock, db_path):
    services.settings.update(taker_fee=0.0004, slippage=0, funding_rate=0)
    ann = services.traders.add(name="Ann")
    opened = services.pipeline.process(ann.id, _signal(clock, 1))
    closed = services.pipeline.process(ann.id, _signal(clock, 4, SignalKind.CLOSE))
    assert opened.decision.accepted and opened.paper and opened.copied_trade is None
    assert closed.decision.accepted and closed.paper and closed.copied_trade is None
    assert _count(db_path, "SELECT COUNT(*) FROM copied_trade") == 0
    replay_on_flat_prices(services, {"BTC": 100.0}, clock.now() - timedelta(hours=12), clock.now())
    (copy,) = my_copies(ann.id)
    # $200 × 5 at 100 and back: taker 0.04 % of $1,000 twice
    assert copy.mode is ExecutionMode.PAPER and copy.status is TradeStatus.CLOSED
    assert round(copy.pnl, 2) == -0.8
    assert services.traders.history_counts(ann.id).copies == 1


def test_alerts_count_my_copies_of_the_paper_account(services, clock):
    """My P&L today and my liquidations in 24 h are those of my copies, not of the rows the
    old pipeline wrote at the signal's price."""
    services.settings.update(taker_fee=0.0004, slippage=0, funding_rate=0)
    ann = services.traders.add(name="Ann")
    services.pipeline.process(ann.id, _signal(clock, 1))
    services.pipeline.process(ann.id, _signal(clock, 4, SignalKind.CLOSE))
    replay_on_flat_prices(services, {"BTC": 100.0}, clock.now() - timedelta(hours=12), clock.now())
    facts = services.alerts.facts([services.traders.get(ann.id)])[ann.id]
    assert round(facts.my_pnl_today, 2) == -0.8 and facts.my_liquidations_24h == 0


def test_the_release_record_survives_and_a_close_completes_an_open_recorded_copy(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    rows_before = _count(path, "SELECT COUNT(*) FROM copied_trade")
    services = build_services(open_store(path))
    try:
        clock = FixedClock(services.clock.now())
        majors = services.traders.get("Majors Momentum")
        before = my_copies(majors.id)
        recorded_open = [c for c in before if c.status is TradeStatus.OPEN and c.symbol == "BTC"]
        assert len(recorded_open) == 1
        at_entry = recorded_open[0].entry_fill
        close = services.pipeline.process(
            majors.id, _signal(clock, 1, SignalKind.CLOSE, price=at_entry)
        )
        assert close.decision.accepted and close.copied_trade is not None
        assert close.copied_trade.signal_id == recorded_open[0].signal_id
        assert close.copied_trade.status is TradeStatus.CLOSED
        fresh = services.pipeline.process(majors.id, _signal(clock, 2, symbol="SOL"))
        assert fresh.decision.accepted and fresh.paper and fresh.copied_trade is None
        after = my_copies(majors.id)
    finally:
        services.close()
    assert _count(path, "SELECT COUNT(*) FROM copied_trade") == rows_before
    # every recorded copy is shown as before, but the BTC one, now closed by the trader
    unchanged = [c for c in before if c is not recorded_open[0]]
    assert [c for c in after if c.signal_id != recorded_open[0].signal_id] == unchanged
    (btc,) = [c for c in after if c.signal_id == recorded_open[0].signal_id]
    assert btc.status is TradeStatus.CLOSED and btc.pnl is not None
