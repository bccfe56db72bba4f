"""Live copies join "my copies" (Your performance, signal quality, promotion, the portfolio)
with the exchange's fees and the realised P&L booked from its fills, named by the token like
paper copies, and a booking drops the trader's cached history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import ExecutionMode, Side, SignalKind, TradeStatus
from tradermanager.domain.models import Signal
from tradermanager.services.my_copies import my_copies
from tradermanager.store import frames
from tradermanager.store import live_positions as repo
from tradermanager.store.fields import to_millis


@pytest.fixture
def entered(services, clock):
    """A live trader's copy of BTC, entered on the exchange: 0.01 BTC at 60,000 (fee 0.30)."""
    trader = services.traders.add(name="Lia", max_leverage=10)
    when = clock.now() - timedelta(hours=2)
    at = to_millis(when)
    signal = Signal(
        source_id="m1",
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=60_000.0,
        trader_time=when,
        received_time=when,
        leverage=5.0,
        stop_loss=57_000.0,
    )
    services.pipeline.process(trader.id, signal)  # stored; no paper replay runs here
    with services.store.write():
        row = repo.insert_request(
            repo.LiveRequest(
                trader_id=trader.id,
                signal_ref=f"{trader.id}:m1",
                source_id="m1",
                symbol="BTCUSDT",
                side=Side.LONG,
                leverage=5,
                margin=120.0,
                limit_price=None,
                stop_loss=57_000.0,
                take_profits=(63_000.0,),
                requested_ms=at,
            )
        )
        repo.update(row.id, status="open", entry_price=60_000.0, entry_time=at, quantity=0.01)
        repo.insert_fill(row.id, **_fill("1", at, "entry", "market", 60_000.0, 0.30))
    return trader, row.id, at


def _fill(trade_id, at, kind, reason, price, fee):
    return {
        "symbol": "BTCUSDT",
        "trade_id": trade_id,
        "order_id": f"o{trade_id}",
        "client_id": f"c{trade_id}",
        "time": at,
        "kind": kind,
        "reason": reason,
        "price": price,
        "quantity": 0.01,
        "fee": fee,
        "realized_pnl": 0.0,
        "maker": False,
    }


def test_an_open_live_copy_is_one_of_my_copies(services, entered):
    trader, _, _ = entered
    (copy,) = my_copies(trader.id)
    assert (copy.mode, copy.symbol, copy.side, copy.status) == (
        ExecutionMode.LIVE,
        "BTC",
        Side.LONG,
        TradeStatus.OPEN,
    )
    assert (copy.entry_fill, copy.entry_fee, copy.margin, copy.pnl) == (60_000.0, 0.30, 120.0, None)
    assert my_copies(trader.id, ExecutionMode.PAPER) == []


def test_a_closed_live_copy_has_the_exchange_fees_and_pnl_and_refreshes_the_history(
    services, entered
):
    trader, position, at = entered
    assert frames.copies_frame([trader.id])["status"].tolist() == ["open"]  # cached now
    later = at + 3_600_000
    with services.store.write():
        # 0.01 × (63,000 − 60,000) = 30.00 gross, minus 0.30 + 0.126 fees and 0.05 funding
        repo.insert_fill(position, **_fill("2", later, "exit", "take_profit", 63_000.0, 0.126))
        repo.update(
            position,
            status="closed",
            exit_price=63_000.0,
            exit_time=later,
            exit_reason="take_profit",
            pnl=29.524,
            fees=0.426,
            funding=0.05,
        )
    (copy,) = my_copies(trader.id)
    assert copy.status is TradeStatus.CLOSED and copy.exit_fill == 63_000.0
    assert (copy.entry_fee, copy.exit_fee, copy.pnl) == (0.30, 0.126, 29.524)
    frame = frames.copies_frame([trader.id])
    assert frame["status"].tolist() == ["closed"] and frame["pnl"].tolist() == [29.524]
    assert frame["fees"].round(3).tolist() == [0.426]


def test_a_refused_or_unfilled_live_copy_is_not_a_copy(services, entered, clock):
    trader, position, _ = entered
    with services.store.write():
        repo.update(position, status="canceled", entry_time=None, entry_price=None)
    assert my_copies(trader.id) == []
