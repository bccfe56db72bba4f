"""Partial closes and stop moves from a channel reach the copy: the paper account (the execution
engine) closes the stated share and follows the moved stop. (A copy recorded by release 0.1.0
never books a partial close as a whole one: tests/domain/test_run_signals.py.) Figures
computed by hand below."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from telegram_export_files import channel_message, write_export
from tradermanager.domain.engine import ExitReason
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.market import Candles, to_ms

DAY = datetime(2026, 1, 14, tzinfo=UTC)
SIGNAL = "#ETH/USDT LONG\nEntry: 100\nTargets: 150 / 160\nStop Loss: 80\nLeverage: 5x"


@pytest.fixture
def frictionless(services):
    """No fees, slippage, lag or funding: every figure below is plain arithmetic."""
    services.settings.update(
        taker_fee=0.0, maker_fee=0.0, slippage=0.0, lag_seconds=0.0, funding_rate=0.0
    )
    return services


def _candles(services, opens: dict[int, float], lows: dict[int, float]) -> None:
    """Hourly ETHUSDT candles over the day: open = high = close = ``opens`` from that hour on,
    the low ``lows[hour]`` where given."""
    hours = np.arange(24)
    level = np.array([max((v for h, v in opens.items() if h <= i), default=100.0) for i in hours])
    low = np.array([lows.get(int(i), level[i]) for i in hours])
    times = to_ms(DAY) + hours.astype(np.int64) * 3_600_000
    services.market.save_candles(
        [Candles("ETHUSDT", "1h", times, level, level, low, level, np.ones(24))]
    )


def _import(services, tmp_path, *texts: tuple[int, str]) -> str:
    messages = [
        channel_message(i, DAY + timedelta(hours=hour), text)
        for i, (hour, text) in enumerate(texts, 1)
    ]
    report = services.imports.import_telegram(write_export(tmp_path / "result.json", messages))
    return report.trader


def test_close_a_third_then_stop_to_entry_books_the_third_and_the_rest_at_entry(
    frictionless, tmp_path
):
    services = frictionless
    _candles(services, {10: 100.0, 12: 110.0, 14: 105.0}, {14: 95.0})
    trader = _import(
        services,
        tmp_path,
        (10, SIGNAL),
        (12, "#ETH close 1/3 here, securing profits"),
        (13, "#ETH move SL to entry"),
    )
    kinds = [(s.signal.kind, s.signal.close_fraction) for s in services.pipeline.signals(trader)]
    assert sorted(kinds, key=str) == sorted(
        [(SignalKind.OPEN, 1.0), (SignalKind.UPDATE, pytest.approx(1 / 3)), (SignalKind.UPDATE, 1)],
        key=str,
    )
    (copy,) = services.paper.replay().result.closed
    # $200 margin × 5 = $1,000 at 100: 10 ETH. At 12:00 a third (10/3 ETH) is sold at the
    # candle's open, 110: +33.33. The stop moves to the entry (100); the 14:00 candle trades
    # down to 95, so the other 20/3 ETH leave at 100: 0. Total +33.33, no fees.
    assert copy.entry_price == 100.0 and copy.quantity == pytest.approx(10.0)
    fills = [(f.kind.value, f.price, round(f.quantity, 6)) for f in copy.fills]
    assert fills == [
        ("entry", 100.0, 10.0),
        ("exit", 110.0, round(10 / 3, 6)),
        ("exit", 100.0, round(20 / 3, 6)),
    ]
    assert round(copy.pnl, 2) == round(10 / 3 * 10, 2) == 33.33
    assert copy.exit_reason is ExitReason.STOP_LOSS and copy.stop_loss == 100.0


def test_close_half_and_close_25_percent_close_those_shares_of_what_is_left(frictionless, tmp_path):
    services = frictionless
    _candles(services, {10: 100.0, 11: 120.0, 12: 140.0}, {})
    trader = _import(
        services,
        tmp_path,
        (10, SIGNAL),
        (11, "#ETH close half"),
        (12, "#ETH close 25% more"),
    )
    (copy,) = services.paper.replay().result.open
    # 10 ETH; half (5) sold at 120: +100; 25 % of the 5 left (1.25) at 140: +50; 3.75 ETH
    # stay open, marked at 140: +150 unrealised.
    assert copy.remaining == pytest.approx(3.75)
    assert round(copy.realized_pnl, 2) == 150.0
    assert round(copy.unrealized_pnl, 2) == 150.0
    assert services.paper.replay().result.closed == ()
    # the channel's own trade stays open whole (its record has no partial closes)
    (messages,) = [m for m in services.imports.messages(trader) if m.source_id == "tg:3"]
    assert messages.reason == "Close 25 % of the position (the rest stays open)."


def test_a_partial_close_without_its_share_changes_nothing_and_waits_for_review(
    frictionless, tmp_path
):
    services = frictionless
    _candles(services, {10: 100.0, 12: 120.0}, {})
    trader = _import(services, tmp_path, (10, SIGNAL), (12, "#ETH partial close here"))
    stored = {m.source_id: m for m in services.imports.messages(trader)}
    assert stored["tg:2"].classification == "needs_review"
    assert "without its share" in stored["tg:2"].reason
    assert [s.signal.kind for s in services.pipeline.signals(trader)] == [SignalKind.OPEN]
    (copy,) = services.paper.replay().result.open
    assert copy.remaining == pytest.approx(10.0)


def test_an_edit_moving_only_the_stop_keeps_the_targets_already_hit(frictionless, tmp_path):
    services = frictionless
    _candles(services, {10: 100.0, 12: 150.0, 14: 155.0}, {})
    trader = _import(services, tmp_path, (10, SIGNAL))
    edited = SIGNAL.replace("Stop Loss: 80", "Stop Loss: 95")
    again = [
        channel_message(1, DAY + timedelta(hours=10), edited, edited=DAY + timedelta(hours=13))
    ]
    services.imports.import_telegram(write_export(tmp_path / "newer.json", again))
    update = next(
        s.signal for s in services.pipeline.signals(trader) if ":edit:" in s.signal.source_id
    )
    assert (update.stop_loss, update.take_profits) == (95.0, ())  # the targets are not re-sent
    (copy,) = services.paper.replay().result.open
    # 10 ETH at 100. At 12:00 the price reaches target 1 (150): the first share is sold there.
    # The 13:00 edit moves the stop to 95 only; 155 at 14:00 is above target 1 again, but
    # target 1 was taken: nothing more is sold until 160 or the stop.
    exits = [(f.price, f.quantity) for f in copy.fills if f.kind.value == "exit"]
    assert len(exits) == 1 and exits[0][0] == 150.0
    assert copy.stop_loss == 95.0 and copy.remaining == pytest.approx(10.0 - exits[0][1])


def test_close_half_and_stop_to_breakeven_in_one_message_applies_both(frictionless, tmp_path):
    services = frictionless
    _candles(services, {10: 100.0, 12: 110.0, 14: 105.0}, {14: 95.0})
    trader = _import(
        services,
        tmp_path,
        (10, SIGNAL),
        (12, "Close half of ETH here and move stop to breakeven"),
    )
    update = next(
        s.signal for s in services.pipeline.signals(trader) if s.signal.kind is SignalKind.UPDATE
    )
    assert (update.close_fraction, update.stop_loss) == (0.5, 100.0)
    (copy,) = services.paper.replay().result.closed
    # 10 ETH at 100. At 12:00 half (5) is sold at 110: +50, and the stop moves to the entry;
    # the 14:00 candle trades down to 95, so the other 5 leave at 100: 0. Before, the close
    # was dropped and only the stop moved: all 10 left at 100 for 0.
    fills = [(f.kind.value, f.price, round(f.quantity, 6)) for f in copy.fills]
    assert fills == [("entry", 100.0, 10.0), ("exit", 110.0, 5.0), ("exit", 100.0, 5.0)]
    assert round(copy.pnl, 2) == 50.0
    assert copy.exit_reason is ExitReason.STOP_LOSS and copy.stop_loss == 100.0


def test_a_target_hit_with_a_close_and_a_stop_move_reaches_the_copy_as_one_update(
    frictionless, tmp_path
):
    services = frictionless
    _candles(services, {10: 100.0, 12: 150.0}, {})
    trader = _import(
        services,
        tmp_path,
        (10, SIGNAL),
        (12, "#ETH TP1 hit ✅ book 30% and move SL to entry"),
    )
    (update,) = [
        s.signal for s in services.pipeline.signals(trader) if s.signal.kind is SignalKind.UPDATE
    ]
    assert (update.target_hit, update.close_fraction, update.stop_loss) == (1, 0.3, 100.0)
    stored = {m.source_id: m for m in services.imports.messages(trader)}
    assert stored["tg:2"].reason == (
        "Target 1 hit. Close 30 % of the position (the rest stays open). Stop moved to 100."
    )


def test_a_stop_moved_to_a_target_takes_that_targets_price_from_the_signal(frictionless, tmp_path):
    services = frictionless
    _candles(services, {10: 100.0, 12: 155.0, 14: 152.0}, {14: 148.0})
    trader = _import(
        services,
        tmp_path,
        (10, SIGNAL),
        (12, "#ETH Target 1 done 🔥 profit 250% with 5x. Move stop to TP1"),
    )
    (update,) = [
        s.signal for s in services.pipeline.signals(trader) if s.signal.kind is SignalKind.UPDATE
    ]
    assert (update.target_hit, update.stop_loss, update.close_fraction) == (1, 150.0, 1.0)
    (copy,) = services.paper.replay().result.closed
    # the stop now stands at target 1 (150): the 14:00 low of 148 takes what is left there
    assert copy.stop_loss == 150.0 and copy.exit_reason is ExitReason.STOP_LOSS


def test_a_stop_moved_to_a_target_the_signal_lacks_applies_nothing(frictionless, tmp_path):
    services = frictionless
    _candles(services, {10: 100.0, 12: 120.0}, {})
    trader = _import(services, tmp_path, (10, SIGNAL), (12, "#ETH close 25% and move SL to TP3"))
    stored = {m.source_id: m for m in services.imports.messages(trader)}
    assert stored["tg:2"].classification == "needs_review"
    assert "target 3, but the signal has 2 targets" in stored["tg:2"].reason
    assert "close, stop moved" in stored["tg:2"].reason
    assert [s.signal.kind for s in services.pipeline.signals(trader)] == [SignalKind.OPEN]
    (copy,) = services.paper.replay().result.open
    assert copy.remaining == pytest.approx(10.0) and copy.stop_loss == 80.0
