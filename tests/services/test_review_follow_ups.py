"""A signal accepted from the review queue is a signal of its channel like any other: the
follow-ups posted while it waited are applied right after its copy opens, in the order posted,
and later follow-ups — live or in a newer export — link to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from telegram_export_files import channel_message, write_export
from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.sources.signal_parser import MessageKind
from tradermanager.sources.telegram_channel import NO_MATCH, WAITING
from tradermanager.sources.telegram_export import ExportMessage
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.store import trades as trade_repo

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # the services' fixed clock
POSTED = T0 - timedelta(hours=3)
ARROWS = "🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300"  # a layout no label explains: review


def at(minutes: int):
    return POSTED + timedelta(minutes=minutes)


@pytest.fixture
def arrows(services):
    return services.traders.add(name="Arrows", source="telegram", source_ref="@arrows_calls")


def live(services, trader, message_id, minutes, text, reply_to=None):
    message = ExportMessage(id=message_id, time=at(minutes), text=text, reply_to=reply_to)
    return services.telegram.process(LiveMessage(trader.id, message))


def corrected(services):
    (item,) = [i for i in services.review.items() if i.source_id == "tg:1"]
    return item.parsed._replace(
        kind=MessageKind.SIGNAL,
        side=Side.LONG,
        entries=(3400.0,),
        entry_kind="single",
        take_profits=(3500.0, 3600.0),
        stop_loss=3300.0,
        leverage=5.0,
    )


def messages(services, trader):
    return {m.source_id: m for m in services.imports.messages(trader.name)}


def signals(services, trader):
    out = [s.signal for s in services.pipeline.signals(trader.name)]
    return sorted(out, key=lambda s: (s.received_time, s.source_id))


def trades(services, trader):
    return trade_repo.trades_between(trader.id, POSTED - timedelta(days=1), T0 + timedelta(days=1))


def test_follow_ups_posted_while_it_waited_apply_after_the_accepted_copy(services, arrows):
    assert live(services, arrows, 1, 0, ARROWS).classification == "needs_review"
    waiting = live(services, arrows, 2, 10, "Target 1 ✅", reply_to=1)
    assert (waiting.classification, waiting.reason, waiting.links_to) == (
        "skipped",
        WAITING,
        "tg:1",
    )
    assert live(services, arrows, 3, 20, "#ETH move SL to entry").reason == NO_MATCH
    live(services, arrows, 4, 25, "#SOL TP1 hit ✅")  # another symbol: not this signal's
    live(services, arrows, 5, 30, "Target 2 ✅")  # no symbol, no reply: which signal is unknown

    outcome = services.review.accept(arrows.name, "tg:1", corrected(services), learn=False)

    assert [(o.source_id, o.classification) for o in outcome.follow_ups] == [
        ("tg:2", "follow_up"),
        ("tg:3", "follow_up"),
    ]
    assert (
        outcome.follow_ups[0].reason == "Target 1 hit. Applied when tg:1 was accepted from review."
    )
    opening, target, stop = signals(services, arrows)
    assert (opening.kind, opening.received_time, opening.trader_time) == (
        SignalKind.OPEN,
        T0,
        at(0),
    )
    # after the opening, in the order posted; each keeps its own time as the trader's
    assert (target.kind, target.target_hit, target.trader_time) == (SignalKind.UPDATE, 1, at(10))
    assert (stop.kind, stop.stop_loss, stop.trader_time) == (SignalKind.UPDATE, 3400.0, at(20))
    assert opening.received_time < target.received_time < stop.received_time
    stored = messages(services, arrows)
    assert (stored["tg:2"].classification, stored["tg:2"].links_to) == ("follow_up", "tg:1")
    assert (stored["tg:3"].classification, stored["tg:3"].links_to) == ("follow_up", "tg:1")
    assert stored["tg:4"].classification == stored["tg:5"].classification == "skipped"
    (trade,) = trades(services, arrows)  # the channel's own trade, from the accepted fields
    assert (trade.source_id, trade.entry_price, trade.status) == ("tg:1", 3400.0, TradeStatus.OPEN)


def test_a_follow_up_after_the_acceptance_links_to_the_accepted_signal(services, arrows):
    live(services, arrows, 1, 0, ARROWS)
    live(services, arrows, 2, 20, "#ETH move SL to entry")
    services.review.accept(arrows.name, "tg:1", corrected(services), learn=False)
    later = live(services, arrows, 6, 240, "#ETH stopped out ❌")  # after T0
    assert (later.classification, later.links_to, later.signals) == ("follow_up", "tg:1", 1)
    close = signals(services, arrows)[-1]
    assert (close.kind, close.price, close.trade_ref) == (SignalKind.CLOSE, 3400.0, "tg:1")
    (trade,) = trades(services, arrows)
    assert (trade.status, trade.exit_price) == (TradeStatus.CLOSED, 3400.0)
    assert (trade.exit_time, trade.entry_time) == (at(240), at(0))


def test_a_newer_export_links_its_follow_ups_to_the_accepted_signal(services, tmp_path):
    first = [
        channel_message(1, at(0), ARROWS),
        channel_message(2, at(10), "Target 1 ✅", reply_to=1),
    ]
    report = services.imports.import_telegram(write_export(tmp_path / "a.json", first))
    trader = services.traders.get(report.trader)
    assert messages(services, trader)["tg:2"].reason == WAITING
    outcome = services.review.accept(trader.name, "tg:1", corrected(services), learn=False)
    assert [o.source_id for o in outcome.follow_ups] == ["tg:2"]
    newer = [*first, channel_message(3, at(240), "Target 2 ✅ all done", reply_to=1)]
    services.imports.import_telegram(write_export(tmp_path / "b.json", newer))
    stored = messages(services, trader)
    assert (stored["tg:3"].classification, stored["tg:3"].links_to) == ("follow_up", "tg:1")
    close = signals(services, trader)[-1]
    assert (close.kind, close.price, close.source_id) == (SignalKind.CLOSE, 3600.0, "tg:3")
    (trade,) = trades(services, trader)
    assert (trade.status, trade.exit_price) == (TradeStatus.CLOSED, 3600.0)
    assert len(services.pipeline.signals(trader.name)) == 3  # nothing doubled


def test_a_reply_to_a_message_waiting_for_review_never_links_to_another_signal(services, arrows):
    live(services, arrows, 1, 0, "#BTC/USDT LONG\nEntry: 65,000\nTarget: 67,000\nSL: 63,000")
    live(services, arrows, 2, 5, ARROWS)
    # one signal is open, but the reply names the waiting message: it is not the BTC one's
    outcome = live(services, arrows, 3, 10, "Closed ✅", reply_to=2)
    assert (outcome.classification, outcome.links_to) == ("skipped", "tg:2")
    assert [s.kind for s in signals(services, arrows)] == [SignalKind.OPEN]


def test_dismissing_leaves_the_waiting_follow_ups_as_they_were(services, arrows):
    live(services, arrows, 1, 0, ARROWS)
    live(services, arrows, 2, 10, "Target 1 ✅", reply_to=1)
    services.review.dismiss(arrows.name, "tg:1")
    assert messages(services, arrows)["tg:2"].classification == "skipped"
    assert signals(services, arrows) == []
