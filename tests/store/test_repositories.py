"""Repositories turn rows into domain objects and back, losslessly; deletes cascade."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind
from tradermanager.domain.models import Decision, Signal, TraderTrade
from tradermanager.domain.paper import ExecutionCosts, close_paper_trade, open_paper_trade
from tradermanager.domain.pipeline import Step
from tradermanager.domain.settings import make_settings
from tradermanager.store import pipeline_bulk, signals, trades
from tradermanager.store import traders as repo
from tradermanager.store.fields import from_millis, to_millis
from tradermanager.store.models import CopiedTradeRow, DecisionRow, SignalRow, TraderEventRow

T0 = datetime(2026, 1, 15, 12, tzinfo=UTC)


def test_millis_roundtrip_keeps_utc_to_the_millisecond():
    moment = datetime(2026, 1, 15, 12, 30, 45, 123000, tzinfo=UTC)
    assert to_millis(moment) == 1768480245123
    assert from_millis(to_millis(moment)) == moment
    assert to_millis(moment.replace(tzinfo=None)) == to_millis(moment)  # naive = UTC


def test_trader_settings_roundtrip(store):
    settings = make_settings(
        name="Ann",
        source="binance",
        source_ref="ABC123",
        multiplier=1.25,
        min_confidence=0.55,
        whitelist="eth,btc",
        blacklist="doge",
        max_leverage=15,
        paper_only=False,
        active=False,
        priority=7,
        reference_capital=2500,
        notes="careful",
    )
    with store.write():
        trader_id = repo.insert(settings, T0)
    trader = repo.row_to_trader(repo.get_row(trader_id))
    assert trader.settings == settings
    assert trader.created_at == trader.updated_at == T0 and trader.archived_at is None


def test_token_lists_are_stored_sorted_and_comma_separated(store):
    with store.write():
        trader_id = repo.insert(make_settings(name="Ann", whitelist="sol,btc,eth"), T0)
    assert repo.get_row(trader_id).whitelist == "BTC,ETH,SOL"


def test_name_lookup_is_case_insensitive_and_skips_archived(store):
    with store.write():
        old = repo.insert(make_settings(name="Ann"), T0)
        repo.set_archived(old, T0, T0)
    assert repo.find_by_name("ANN") is None
    assert repo.find_by_name("ann", include_archived=True).id == old
    assert not repo.name_taken("Ann")
    with store.write():
        new = repo.insert(make_settings(name="Ann"), T0)
    assert repo.find_by_name(" ann ").id == new and repo.name_taken("aNN")
    assert not repo.name_taken("Ann", except_id=new)


def signal(n: int, kind: SignalKind, price: float) -> Signal:
    t = T0 + timedelta(minutes=n)
    return Signal(
        source_id=f"m{n}",
        symbol="BTC",
        side=Side.LONG,
        kind=kind,
        price=price,
        trader_time=t,
        received_time=t,
        leverage=10.0,
        confidence=0.8,
        stop_loss=95.0,
        take_profits=(110.0, 120.5),
        raw_text="txt",
        trade_ref="t1",
    )


def test_step_rows_close_a_recorded_copy_and_write_no_new_one():
    costs = ExecutionCosts()
    recorded = replace(
        open_paper_trade(signal(1, SignalKind.OPEN, 100.0), 200.0, costs, ExecutionMode.PAPER),
        id=5,
    )
    closed = close_paper_trade(recorded, 110.0, T0, costs)
    steps = [
        Step(signal(2, SignalKind.OPEN, 100.0), Decision.accept("in"), paper=True),
        Step(signal(3, SignalKind.CLOSE, 110.0), Decision.accept("out"), closed=closed),
    ]
    rows = pipeline_bulk.step_rows(1, steps, T0)
    assert len(rows.signals) == len(rows.decisions) == 2
    assert rows.closes == [
        ("closed", closed.exit_fill, closed.exit_fee, to_millis(T0), closed.pnl, 5)
    ]


def test_signals_and_decisions_roundtrip(store):
    sig = signal(1, SignalKind.OPEN, 100.0)
    with store.write():
        trader_id = repo.insert(make_settings(name="Ann"), T0)
        first = pipeline_bulk.insert_step_rows(
            pipeline_bulk.step_rows(trader_id, [Step(sig, Decision.accept("ok"), paper=True)], T0)
        )
    stored = signals.get_stored_signal(first)
    assert stored.signal == sig and stored.decision == Decision(True, None, "ok")
    assert stored.decided_at == T0 and stored.trader_name == "Ann"
    assert signals.find_signal_id(trader_id, "m1") == first
    assert signals.find_signal_id(trader_id, "nope") is None


def test_trader_trades_are_idempotent_by_source_id(store):
    trade = TraderTrade(
        source_id="p1",
        symbol="BTC",
        side=Side.SHORT,
        leverage=3.0,
        entry_price=100.0,
        entry_time=T0,
        notional=3000.0,
    )
    with store.write():
        trader_id = repo.insert(make_settings(name="Ann"), T0)
        assert trades.insert_trades(trader_id, [trade]) == 1
        assert trades.insert_trades(trader_id, [trade]) == 0
    assert trades.trades_between(trader_id, T0, T0 + timedelta(days=1)) == [trade]


def test_deleting_a_trader_row_cascades_to_its_history(store):
    sig = signal(1, SignalKind.OPEN, 100.0)
    opened = open_paper_trade(sig, 200.0, ExecutionCosts(), ExecutionMode.PAPER)
    with store.write():
        trader_id = repo.insert(make_settings(name="Ann"), T0)
        repo.record_event(trader_id, T0, "created")
        pipeline_bulk.insert_step_rows(
            pipeline_bulk.step_rows(trader_id, [Step(sig, Decision.accept("ok"), opened)], T0)
        )
        repo.delete(trader_id)
    for model in (SignalRow, DecisionRow, CopiedTradeRow, TraderEventRow):
        assert model.select().count() == 0, model.__name__
