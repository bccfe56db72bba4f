"""What a channel's messages mean for the copy's orders: limit entries and ranges, the
targets reached and the share closed, carried on the signals the engine replays."""

from __future__ import annotations

from channel_exports import SIGNAL, channel_export

from tradermanager.domain.enums import OrderType, SignalKind
from tradermanager.sources.telegram_channel import interpret

RANGE = "#SOL/USDT LONG\nEntry zone: 140 - 136\nTargets: 150 - 160\nStop Loss: 130\n5x"


def test_an_entry_price_is_a_limit_and_a_zone_gives_both_ends():
    single = interpret(channel_export(SIGNAL)).signals[0]
    assert (single.order_type, single.entries) == (OrderType.LIMIT, ())
    zone = interpret(channel_export(RANGE)).signals[0]
    assert zone.order_type is OrderType.LIMIT
    assert sorted(zone.entries) == [136.0, 140.0]


def test_target_reached_and_partial_close_travel_on_the_updates():
    history = interpret(channel_export(SIGNAL, "#ETH Target 1 reached ✅", "#ETH close half here"))
    _opening, target, half = history.signals
    assert (target.kind, target.target_hit, target.close_fraction) == (SignalKind.UPDATE, 1, 1.0)
    assert (half.kind, half.target_hit, half.close_fraction) == (SignalKind.UPDATE, None, 0.5)
