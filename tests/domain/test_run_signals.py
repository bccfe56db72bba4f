"""The pure pipeline: decide → route, with the tokens and sides I hold on paper kept in a
book (copies recorded by release 0.1.0 in it are closed by the trader's close)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tradermanager.domain.enums import ExecutionMode, RejectReason, Side, SignalKind, TradeStatus
from tradermanager.domain.execution import NoExchange
from tradermanager.domain.models import Signal
from tradermanager.domain.paper import ExecutionCosts, open_paper_trade
from tradermanager.domain.pipeline import OpenBook, PipelineContext, run_signals
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


def recorded(signal: Signal, margin: float = 200.0):
    """A copy release 0.1.0 recorded (it has a row id)."""
    copy = open_paper_trade(signal, margin, ExecutionCosts(taker_fee=0.0004), ExecutionMode.PAPER)
    return replace(copy, id=7)


def test_open_then_close_go_to_the_paper_account_and_write_no_copy():
    book = OpenBook()
    signals = [sig(1, SignalKind.OPEN, 100.0), sig(2, SignalKind.CLOSE, 110.0)]
    opened, closed = run_signals(signals, context(), book)
    assert opened.decision.accepted and opened.paper and opened.closed is None
    assert closed.decision.accepted and closed.paper and closed.closed is None
    assert book.positions == {}


def test_the_close_of_a_recorded_copy_completes_its_record():
    book = OpenBook({("BTC", Side.LONG): recorded(sig(1, SignalKind.OPEN, 100.0))})
    (step,) = run_signals([sig(2, SignalKind.CLOSE, 110.0)], context(), book)
    closed = step.closed
    assert closed is not None and closed.status is TradeStatus.CLOSED and closed.id == 7
    assert round(closed.pnl, 2) == 196.12  # see test_paper_pnl: long 10x, 100 → 110
    assert book.positions == {}


def test_a_partial_close_of_a_recorded_copy_says_the_record_keeps_it_whole():
    book = OpenBook({("BTC", Side.LONG): recorded(sig(1, SignalKind.OPEN, 100.0))})
    half = replace(sig(2, SignalKind.CLOSE, 110.0), close_fraction=0.5)
    (step,) = run_signals([half], context(), book)
    assert step.decision.accepted and step.closed is None
    assert "keeps the copy open in full" in step.decision.message
    engine_book = OpenBook({("BTC", Side.LONG): None})
    (plain,) = run_signals([half], context(), engine_book)
    assert plain.decision.accepted and "keeps the copy" not in plain.decision.message
    assert ("BTC", Side.LONG) in engine_book.positions


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
    assert steps[1].decision.accepted and steps[1].paper
    assert book.positions == {}


def test_update_of_a_held_position_is_accepted_and_keeps_it_open():
    book = OpenBook()
    signals = [sig(1, SignalKind.OPEN, 100.0), sig(2, SignalKind.UPDATE, 103.0)]
    steps = list(run_signals(signals, context(), book))
    assert steps[1].decision.accepted and steps[1].paper and steps[1].closed is None
    assert ("BTC", Side.LONG) in book.positions


def test_close_of_a_recorded_copy_through_its_liquidation_price_liquidates():
    book = OpenBook({("BTC", Side.LONG): recorded(sig(1, SignalKind.OPEN, 100.0, lev=20))})
    closed = next(run_signals([sig(2, SignalKind.CLOSE, 90.0, lev=20)], context(), book)).closed
    assert closed.status is TradeStatus.LIQUIDATED
    assert closed.pnl == pytest.approx(-200 - 4000 * 0.0004)  # −margin − entry fee = −201.60


def test_live_mode_sends_nothing_and_says_so():
    live = context(paper_only=False)
    book = OpenBook()
    step = next(run_signals([sig(1, SignalKind.OPEN, 100.0)], live, book))
    assert step.decision.accepted and not step.paper
    assert step.decision.message.endswith(NoExchange.MESSAGE)
    assert "no order was sent" in step.decision.message
    assert book.positions == {}
