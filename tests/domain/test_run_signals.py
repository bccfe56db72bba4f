"""The pure pipeline: decide → size → execute, with my open positions kept in a book."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tradermanager.domain.enums import RejectReason, Side, SignalKind, TradeStatus
from tradermanager.domain.execution import NoExchange
from tradermanager.domain.models import Signal
from tradermanager.domain.paper import ExecutionCosts
from tradermanager.domain.pipeline import OpenBook, PipelineContext, liquidations_at, run_signals
from tradermanager.domain.settings import make_settings

T0 = datetime(2026, 1, 15, 12, tzinfo=UTC)


def sig(n: int, kind: SignalKind, price: float, *, symbol="BTC", side=Side.LONG, lev=10.0):
    t = T0 + timedelta(minutes=n)
    return Signal(
        source_id=f"s{n}",
        symbol=symbol,
        side=side,
        kind=kind,
        price=price,
        trader_time=t,
        received_time=t,
        leverage=lev,
        confidence=0.9,
    )


def context(**settings) -> PipelineContext:
    values = {"name": "Ann", "max_leverage": 20} | settings
    costs = ExecutionCosts(taker_fee=0.0004)  # the hand computations use a 0.04 % taker fee
    return PipelineContext(make_settings(**values), base_size=200.0, costs=costs)


def test_open_then_close_gives_the_hand_computed_pnl():
    steps = list(
        run_signals([sig(1, SignalKind.OPEN, 100.0), sig(2, SignalKind.CLOSE, 110.0)], context())
    )
    assert steps[0].opened is not None and steps[0].opened.margin == 200.0
    closed = steps[1].closed
    assert closed is not None and closed.status is TradeStatus.CLOSED
    assert round(closed.pnl, 2) == 196.12  # see test_paper_pnl: long 10x, 100 → 110


def test_margin_follows_the_multiplier():
    steps = list(run_signals([sig(1, SignalKind.OPEN, 100.0)], context(multiplier=1.5)))
    assert steps[0].opened.margin == 300.0 and steps[0].opened.notional == 3000.0


def test_the_book_holds_one_position_per_token_and_side():
    book = OpenBook()
    signals = [
        sig(1, SignalKind.OPEN, 100.0),
        sig(2, SignalKind.OPEN, 101.0),
        sig(3, SignalKind.OPEN, 101.0, side=Side.SHORT),
        sig(4, SignalKind.OPEN, 5.0, symbol="ETH"),
    ]
    steps = list(run_signals(signals, context(), book))
    assert [s.decision.reason for s in steps] == [
        None,
        RejectReason.ALREADY_IN_POSITION,
        None,
        None,
    ]
    assert set(book.positions) == {("BTC", Side.LONG), ("BTC", Side.SHORT), ("ETH", Side.LONG)}


def test_close_without_an_open_position_is_rejected_and_changes_nothing():
    book = OpenBook()
    step = next(run_signals([sig(1, SignalKind.CLOSE, 100.0)], context(), book))
    assert step.decision.reason is RejectReason.NO_OPEN_POSITION
    assert step.closed is None and book.positions == {}


def test_paused_trader_still_closes_a_held_position():
    book = OpenBook()
    list(run_signals([sig(1, SignalKind.OPEN, 100.0)], context(), book))
    paused = context(active=False)
    steps = list(
        run_signals(
            [sig(2, SignalKind.OPEN, 100.0, symbol="ETH"), sig(3, SignalKind.CLOSE, 105.0)],
            paused,
            book,
        )
    )
    assert steps[0].decision.reason is RejectReason.TRADER_PAUSED
    assert steps[1].decision.accepted and steps[1].closed is not None
    assert book.positions == {}


def test_update_of_a_held_position_is_accepted_and_keeps_it_open():
    book = OpenBook()
    signals = [sig(1, SignalKind.OPEN, 100.0), sig(2, SignalKind.UPDATE, 103.0)]
    steps = list(run_signals(signals, context(), book))
    assert steps[1].decision.accepted and steps[1].opened is None and steps[1].closed is None
    assert ("BTC", Side.LONG) in book.positions


def test_close_through_the_liquidation_price_liquidates():
    signals = [sig(1, SignalKind.OPEN, 100.0, lev=20), sig(2, SignalKind.CLOSE, 90.0, lev=20)]
    closed = list(run_signals(signals, context()))[1].closed
    assert closed.status is TradeStatus.LIQUIDATED
    assert closed.pnl == pytest.approx(-200 - 4000 * 0.0004)  # −margin − entry fee = −201.60


def test_live_mode_sends_nothing_and_says_so():
    live = context(paper_only=False)
    book = OpenBook()
    step = next(run_signals([sig(1, SignalKind.OPEN, 100.0)], live, book))
    assert step.decision.accepted and step.opened is None
    assert step.decision.message.endswith(NoExchange.MESSAGE)
    assert "no order was sent" in step.decision.message
    assert book.positions == {}


def test_liquidations_at_hits_only_positions_past_their_limit():
    book = OpenBook()
    signals = [
        sig(1, SignalKind.OPEN, 100.0, lev=20),  # long limit 100.05 × 0.955 = 95.54775
        sig(2, SignalKind.OPEN, 100.0, lev=20, side=Side.SHORT),  # short limit 104.4022...
        sig(3, SignalKind.OPEN, 100.0, lev=20, symbol="ETH"),
    ]
    list(run_signals(signals, context(), book))
    assert liquidations_at(book, "BTC", 95.6, T0, ExecutionCosts(taker_fee=0.0004)) == []
    hit = liquidations_at(book, "BTC", 95.5, T0, ExecutionCosts(taker_fee=0.0004))
    assert [(c.symbol, c.side) for c in hit] == [("BTC", Side.LONG)]
    assert hit[0].status is TradeStatus.LIQUIDATED and hit[0].closed_at == T0
    assert set(book.positions) == {("BTC", Side.SHORT), ("ETH", Side.LONG)}
