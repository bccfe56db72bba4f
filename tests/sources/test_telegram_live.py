"""The live listener's handler on real Telethon messages: what each becomes in the store
(signals, decisions, message classifications), follow-ups linked, edits, idempotency."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from telethon import events
from telethon.tl import types

from telegram_fakes import (
    CHANNEL_ID,
    T_POST,
    FakeTelegramClient,
    channel,
    edit_event,
    new_event,
    photo,
    post,
    service,
)
from tradermanager.domain.enums import SignalKind
from tradermanager.sources.telegram_live import TelegramListener, to_export_message
from tradermanager.sources.telegram_watch import ChannelRef, LiveMessage, parse_channel_ref
from tradermanager.store import trades as trade_repo

BTC_LONG = (
    "#BTC/USDT 🟢 LONG\n\nLeverage: Cross 5x\nEntry: 65,000\nTargets:\n1) 66,000\n2) 67,500\n"
    "Stop Loss: 63,500\nConfidence: 80%"
)
SOL_SHORT = (
    "$SOL SHORT 🔻\nEntry zone: 150 - 152\nTP1: 145\nTP2: 140\nSL: 156\nIsolated 5x\n"
    "Confidence: 75%"
)


@pytest.fixture
def sniper(services):
    return services.traders.add(
        name="Signal Sniper", source="telegram", source_ref="@signalsniper_vip", max_leverage=10
    )


@pytest.fixture
def listener(services, sniper):
    """A listener routed to the trader's channel through the resolving code path."""
    watched, _ = services.telegram.watched_channels()
    lst = TelegramListener(lambda: None, watched, services.telegram.process)
    asyncio.run(lst._resolve(FakeTelegramClient([channel()])))
    assert list(lst.routes()) == [-1_000_000_000_000 - CHANNEL_ID]
    return lst


def feed(listener, event) -> None:
    asyncio.run(listener.on_event(event))


def messages(services, trader):
    return {m.source_id: m for m in services.imports.messages(trader.name)}


def test_a_signal_with_entities_is_stored_with_its_decision(services, sniper, listener):
    entities = [types.MessageEntityHashtag(0, 4), types.MessageEntityBold(20, 9)]
    feed(listener, new_event(post(10, BTC_LONG, entities=entities)))
    (signal,) = services.pipeline.signals(sniper.name)
    assert (signal.signal.source_id, signal.signal.kind) == ("tg:10", SignalKind.OPEN)
    assert signal.signal.symbol == "BTC" and signal.signal.price == 65_000
    assert signal.signal.leverage == 5 and signal.signal.confidence == pytest.approx(0.8)
    assert signal.signal.take_profits == (66_000, 67_500) and signal.signal.stop_loss == 63_500
    assert signal.signal.trader_time == T_POST
    assert signal.decision is not None and signal.decision.accepted
    assert messages(services, sniper)["tg:10"].classification == "signal"
    (trade,) = trade_repo.trades_between(sniper.id, T_POST, T_POST + timedelta(days=1))
    assert trade.source_id == "tg:10" and trade.entry_price == 65_000


def test_follow_ups_link_by_reply_and_by_symbol_and_close_the_trade(services, sniper, listener):
    feed(listener, new_event(post(10, BTC_LONG)))
    feed(listener, new_event(post(11, SOL_SHORT, minutes=5)))
    feed(listener, new_event(post(12, "Target 1 ✅ Move SL to entry", minutes=30, reply_to=10)))
    feed(listener, new_event(post(13, "SOL stop loss hit ❌", minutes=60)))  # no reply: symbol
    stored = messages(services, sniper)
    assert (stored["tg:12"].classification, stored["tg:12"].links_to) == ("follow_up", "tg:10")
    assert stored["tg:12"].reason == "Target 1 hit. Stop moved to 65,000."
    assert (stored["tg:13"].classification, stored["tg:13"].links_to) == ("follow_up", "tg:11")
    kinds = {s.signal.source_id: s.signal.kind for s in services.pipeline.signals(sniper.name)}
    assert kinds == {
        "tg:10": SignalKind.OPEN,
        "tg:11": SignalKind.OPEN,
        "tg:12": SignalKind.UPDATE,
        "tg:13": SignalKind.CLOSE,
    }
    trades = {
        t.source_id: t
        for t in trade_repo.trades_between(sniper.id, T_POST, T_POST + timedelta(days=1))
    }
    sol = trades["tg:11"]
    assert sol.exit_price == 156 and sol.exit_time == T_POST + timedelta(minutes=60)
    # notional 10 000 × 2 % × 5 = 1000 USD; short from 151 to 156; 0.04 % taker fee each side
    move = 156 / 151 - 1
    fees = 1000 * 0.0004 + 1000 * (1 + move) * 0.0004
    assert sol.pnl == pytest.approx(-1000 * move - fees)
    assert trades["tg:10"].exit_price is None
    # the stop moved to entry lives on: BTC's stop hit now closes at the entry, 65 000
    feed(listener, new_event(post(14, "SL hit", minutes=90, reply_to=10)))
    closed = {
        t.source_id: t
        for t in trade_repo.trades_between(sniper.id, T_POST, T_POST + timedelta(days=1))
    }["tg:10"]
    assert closed.exit_price == 65_000


def test_not_signals_review_and_skipped_messages_keep_their_reason(services, sniper, listener):
    feed(listener, new_event(post(20, "Good morning traders ☕️ Big week ahead")))
    feed(listener, new_event(post(21, "BTC long now market", minutes=1)))
    feed(listener, new_event(post(22, "", minutes=2, media=photo())))
    feed(listener, new_event(service(23, minutes=3)))
    feed(listener, new_event(post(24, "close", minutes=4)))
    stored = messages(services, sniper)
    assert stored["tg:20"].classification == "not_signal" and stored["tg:20"].reason
    assert stored["tg:21"].classification == "needs_review"
    assert "market entry" in stored["tg:21"].reason
    assert stored["tg:22"].reason == "No text (media without a caption)."
    assert stored["tg:23"].reason == "Service message (channel event)."
    assert stored["tg:24"].reason == "Follow-up that matches no open signal of this channel."
    assert services.pipeline.signals(sniper.name) == []


def test_a_photo_caption_and_a_forward_are_read_like_text(services, sniper, listener):
    fwd = types.MessageFwdHeader(date=T_POST, from_id=types.PeerChannel(42))
    feed(listener, new_event(post(30, SOL_SHORT, media=photo(), fwd_from=fwd)))
    (signal,) = services.pipeline.signals(sniper.name)
    assert signal.signal.symbol == "SOL" and signal.signal.price == 151  # middle of the zone
    converted = to_export_message(post(30, SOL_SHORT, media=photo(), fwd_from=fwd))
    assert converted.has_media and converted.forwarded_from == "channel 42"


def test_the_same_message_twice_makes_one_signal(services, sniper, listener):
    message = post(10, BTC_LONG)
    feed(listener, new_event(message))
    feed(listener, new_event(message))
    (stored,) = services.pipeline.signals(sniper.name)
    assert stored.decision is not None and stored.decision.accepted  # decided (copied) once
    assert len(services.imports.messages(sniper.name)) == 1


def test_an_edit_adding_a_price_turns_a_review_into_a_signal(services, sniper, listener):
    feed(listener, new_event(post(40, "BTC long now market")))
    assert services.pipeline.signals(sniper.name) == []
    edited = post(40, "BTC long now\nEntry: 64,800\nLeverage 3x", edited_minutes=7)
    feed(listener, edit_event(edited))
    (signal,) = services.pipeline.signals(sniper.name)
    assert signal.signal.price == 64_800 and signal.signal.source_id == "tg:40"
    assert signal.signal.trader_time == T_POST + timedelta(minutes=7)  # acted on at the edit
    stored = messages(services, sniper)["tg:40"]
    assert stored.classification == "signal" and "64,800" in stored.text
    feed(listener, edit_event(post(40, "BTC long\nEntry: 70,000", edited_minutes=9)))
    (same,) = services.pipeline.signals(sniper.name)
    assert same.signal.price == 64_800  # an edit of a copied signal changes nothing
    assert "64,800" in messages(services, sniper)["tg:40"].text


def test_edits_of_unseen_messages_and_other_chats_are_not_stored(services, sniper, listener):
    feed(listener, edit_event(post(50, BTC_LONG, edited_minutes=3)))
    feed(listener, new_event(post(51, BTC_LONG, channel_id=CHANNEL_ID + 1)))
    assert services.imports.messages(sniper.name) == []
    assert listener.handle_message(post(52, BTC_LONG, channel_id=CHANNEL_ID + 1)) == 0


def test_two_traders_on_one_channel_each_get_the_message(services, sniper):
    twin = services.traders.duplicate(sniper.name, "Signal Sniper (2x)")
    watched, _ = services.telegram.watched_channels()
    lst = TelegramListener(lambda: None, watched, services.telegram.process)
    asyncio.run(lst._resolve(FakeTelegramClient([channel()])))
    assert lst.handle_message(post(10, BTC_LONG)) == 2
    assert len(services.pipeline.signals(twin.name)) == 1
    assert len(services.pipeline.signals(sniper.name)) == 1


def test_a_chat_id_from_an_export_is_found_among_the_dialogs(services):
    trader = services.traders.add(
        name="By id", source="telegram", source_ref=f"telegram:{CHANNEL_ID}"
    )
    watched, _ = services.telegram.watched_channels()
    lst = TelegramListener(lambda: None, watched, services.telegram.process)
    client = FakeTelegramClient([channel(username=None)])
    asyncio.run(lst._resolve(client))
    assert lst.handle_message(post(5, BTC_LONG)) == 1
    assert services.pipeline.signals(trader.name)[0].signal.source_id == "tg:5"


def test_an_unknown_channel_is_reported_not_fatal(services):
    services.traders.add(name="Gone", source="telegram", source_ref="@nochannelhere")
    watched, _ = services.telegram.watched_channels()
    lst = TelegramListener(lambda: None, watched, services.telegram.process)
    asyncio.run(lst._resolve(FakeTelegramClient([channel()])))
    assert lst.routes() == {}
    assert "Gone: @nochannelhere not found" in lst.status.unresolved[0]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("@signalsniper_vip", ChannelRef(username="signalsniper_vip")),
        ("SignalSniper_VIP", ChannelRef(username="signalsniper_vip")),
        ("https://t.me/signalsniper_vip", ChannelRef(username="signalsniper_vip")),
        ("t.me/s/signalsniper_vip/", ChannelRef(username="signalsniper_vip")),
        ("telegram:1777000001", ChannelRef(chat_id=1777000001)),
        ("-1001777000001", ChannelRef(chat_id=1777000001)),
        ("telegram:Crypto Sniper VIP", None),
        ("", None),
        ("@ab", None),
    ],
)
def test_source_references_name_a_channel(ref, expected):
    assert parse_channel_ref(ref) == expected


def test_conversion_of_replies_edits_and_service_messages():
    reply = to_export_message(post(7, "Target 1 ✅", reply_to=3))
    assert reply.reply_to == 3 and not reply.edited and reply.time == T_POST
    edit = to_export_message(post(7, "x", edited_minutes=4), edited=True)
    assert edit.edited and edit.time == T_POST + timedelta(minutes=4)
    svc = to_export_message(service(8))
    assert svc.is_service and svc.text == "" and svc.id == 8


# -- edits and deletions of signals already copied ------------------------------------------


def test_an_edit_of_an_open_signals_stop_and_targets_is_an_update(services, sniper, listener):
    feed(listener, new_event(post(60, BTC_LONG)))
    edited_text = BTC_LONG.replace("63,500", "64,200").replace("67,500", "68,000")
    outcome = services.telegram.process(
        LiveMessage(
            sniper.id, to_export_message(post(60, edited_text, edited_minutes=4), edited=True), True
        )
    )
    assert outcome.classification == "follow_up"
    assert outcome.reason == "Edited: take_profits, stop_loss changed; the copy follows the edit."
    by_kind = {s.signal.kind: s.signal for s in services.pipeline.signals(sniper.name)}
    opening, update = by_kind[SignalKind.OPEN], by_kind[SignalKind.UPDATE]
    assert update.trade_ref == opening.source_id == "tg:60"
    assert (update.stop_loss, update.take_profits) == (64_200, (66_000, 67_500 + 500))
    assert update.trader_time == T_POST + timedelta(minutes=4)
    stored = messages(services, sniper)["tg:60"]
    assert stored.classification == "signal" and "64,200" in stored.text
    # a later follow-up replays the edited levels: the stop hit closes at the new stop
    feed(listener, new_event(post(61, "#BTC SL hit", reply_to=60, minutes=9)))
    (closing,) = (
        s.signal
        for s in services.pipeline.signals(sniper.name)
        if s.signal.kind is SignalKind.CLOSE
    )
    assert closing.price == 64_200


def test_an_edit_that_changes_the_side_goes_to_review(services, sniper, listener):
    feed(listener, new_event(post(62, BTC_LONG)))
    flipped = "#BTC SHORT\nEntry: 65,000\nSL: 66,500\nTP: 63,000"
    outcome = services.telegram.process(
        LiveMessage(
            sniper.id, to_export_message(post(62, flipped, edited_minutes=2), edited=True), True
        )
    )
    assert outcome.classification == "needs_review"
    assert "changes the side" in outcome.reason and "left as it was" in outcome.reason
    assert len(services.pipeline.signals(sniper.name)) == 1
    assert messages(services, sniper)["tg:62"].text == BTC_LONG


def test_a_deleted_open_signal_is_flagged_for_review(services, sniper, listener):
    feed(listener, new_event(post(70, BTC_LONG)))
    feed(listener, new_event(post(71, "Good morning traders", minutes=1)))
    chat = -1_000_000_000_000 - CHANNEL_ID
    assert listener.handle_deleted(chat, [70, 71, 72]) == 3
    stored = messages(services, sniper)
    assert "Deleted by the channel while its position is open" in stored["tg:70"].reason
    assert stored["tg:70"].classification == "signal"  # its record stays a signal
    assert stored["tg:71"].reason.endswith("Deleted by the channel.")
    assert "tg:72" not in stored
    # entries not filled are withdrawn; no prices are stored, so whether the copy holds a
    # position is not known: the user chooses in the review queue
    kinds = [s.signal.kind for s in services.pipeline.signals(sniper.name)]
    assert sorted(kinds) == sorted([SignalKind.OPEN, SignalKind.CANCEL])
    (item,) = services.review.items()
    assert (item.source_id, item.kind) == ("tg:70", "deletion")


def test_telethon_deletion_events_reach_the_handler(services, sniper):
    watched, _ = services.telegram.watched_channels()
    received = []
    lst = TelegramListener(lambda: None, watched, received.append)
    asyncio.run(lst._resolve(FakeTelegramClient([channel()])))
    event = events.MessageDeleted.Event([5, 6], types.PeerChannel(CHANNEL_ID))
    asyncio.run(lst.on_deleted(event))
    assert [(m.message.id, m.deleted) for m in received] == [(5, True), (6, True)]


def test_traders_words_act_on_the_live_copy_and_talk_does_not(services, sniper, listener):
    feed(listener, new_event(post(10, BTC_LONG)))
    feed(
        listener, new_event(post(11, "Secured 40% at TP1, runner left 🏃", minutes=20, reply_to=10))
    )
    feed(listener, new_event(post(12, "Don't close yet, still valid", minutes=40, reply_to=10)))
    feed(listener, new_event(post(13, "SL 65,200", minutes=50, reply_to=10)))
    feed(listener, new_event(post(14, "Cut it here", minutes=60, reply_to=10)))
    stored = messages(services, sniper)
    assert stored["tg:11"].reason == (
        "Target 1 hit. Close 40 % of the position (the rest stays open)."
    )
    assert stored["tg:12"].classification == "not_signal"
    assert stored["tg:13"].reason == "Stop moved to 65,200."
    kinds = {s.signal.source_id: s.signal.kind for s in services.pipeline.signals(sniper.name)}
    assert kinds == {
        "tg:10": SignalKind.OPEN,
        "tg:11": SignalKind.UPDATE,
        "tg:13": SignalKind.UPDATE,
        "tg:14": SignalKind.CLOSE,
    }
    (trade,) = trade_repo.trades_between(sniper.id, T_POST, T_POST + timedelta(days=1))
    # no price written: the cut closes at the last target reached, 66 000
    assert trade.exit_price == 66_000


def test_a_live_hit_named_by_its_price_updates_its_target_or_waits_for_review(
    services, sniper, listener
):
    feed(listener, new_event(post(10, BTC_LONG)))
    feed(listener, new_event(post(11, "66,000 reached 🎯", minutes=30, reply_to=10)))
    feed(listener, new_event(post(12, "BTC target 66,600 hit ✅", minutes=40)))
    stored = messages(services, sniper)
    assert (stored["tg:11"].classification, stored["tg:11"].reason) == (
        "follow_up",
        "Target 1 hit.",
    )
    assert stored["tg:12"].classification == "needs_review"
    assert "none of the signal's targets (66,000, 67,500)" in stored["tg:12"].reason
    kinds = {s.signal.source_id: s.signal.kind for s in services.pipeline.signals(sniper.name)}
    assert kinds == {"tg:10": SignalKind.OPEN, "tg:11": SignalKind.UPDATE}


def test_a_live_signal_cut_short_against_the_channels_habit_waits(services, sniper, listener):
    """Five cards each with a leverage, then one ending on its stop with none: the live
    listener holds it for review (the earlier signals are read from the store), and the
    earlier signals stay as they were."""
    coins = [("ETH", 3400, 3450, 3300), ("LTC", 82, 84, 80), ("SOL", 148, 152, 144)]
    coins += [("ADA", 0.45, 0.46, 0.43), ("XRP", 0.52, 0.53, 0.5)]
    for k, (coin, entry, target, stop) in enumerate(coins):
        text = f"#{coin}/USDT LONG\nEntry: {entry}\nTP: {target}\nSL: {stop}\nLeverage: 5x"
        feed(listener, new_event(post(30 + k, text, minutes=k)))
    feed(listener, new_event(post(40, "#DOT/USDT LONG\nEntry: 6.4\nTP: 6.6\nSL: 6.2", minutes=9)))
    stored = messages(services, sniper)
    assert [stored[f"tg:{30 + k}"].classification for k in range(5)] == ["signal"] * 5
    assert stored["tg:40"].classification == "needs_review"
    assert "last 5 signals gave leverage" in stored["tg:40"].reason
    assert sorted(s.signal.symbol for s in services.pipeline.signals(sniper.name)) == sorted(
        c[0] for c in coins
    )
