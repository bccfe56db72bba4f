"""What a channel's messages mean for the copy's orders: limit entries and ranges, the
targets reached and the share closed, carried on the signals the engine replays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tradermanager.domain.enums import OrderType, SignalKind
from tradermanager.sources.telegram_channel import interpret
from tradermanager.sources.telegram_export import ExportMessage, TelegramExport

T = datetime(2026, 1, 5, 9, tzinfo=UTC)


def _export(*texts: str) -> TelegramExport:
    messages = tuple(
        ExportMessage(id=i, time=T + timedelta(minutes=i), text=t) for i, t in enumerate(texts, 1)
    )
    return TelegramExport("Chan", 1, "channel", messages)


SIGNAL = "#ETH/USDT LONG\nEntry: 3400\nTargets: 3450 - 3500\nStop Loss: 3300\n10x"
RANGE = "#SOL/USDT LONG\nEntry zone: 140 - 136\nTargets: 150 - 160\nStop Loss: 130\n5x"


def test_an_entry_price_is_a_limit_and_a_zone_gives_both_ends():
    single = interpret(_export(SIGNAL)).signals[0]
    assert (single.order_type, single.entries) == (OrderType.LIMIT, ())
    zone = interpret(_export(RANGE)).signals[0]
    assert zone.order_type is OrderType.LIMIT
    assert sorted(zone.entries) == [136.0, 140.0]


def test_target_reached_and_partial_close_travel_on_the_updates():
    history = interpret(_export(SIGNAL, "#ETH Target 1 reached ✅", "#ETH close half here"))
    _opening, target, half = history.signals
    assert (target.kind, target.target_hit, target.close_fraction) == (SignalKind.UPDATE, 1, 1.0)
    assert (half.kind, half.target_hit, half.close_fraction) == (SignalKind.UPDATE, None, 0.5)
