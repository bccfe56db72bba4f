"""Numbered position notices whose status line says what happened, stop amendments with the side
beside the pair, and coins watched with no trade open yet (talk, or review when levels stand)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("status", "action"),
    [
        ("Take profit ✅", FollowUpAction.TARGET_HIT),
        ("TP reached 🎯", FollowUpAction.TARGET_HIT),
        ("Open", FollowUpAction.ENTRY_FILLED),
        ("Filled ✅", FollowUpAction.ENTRY_FILLED),
        ("Stop-loss ❌", FollowUpAction.STOP_HIT),
        ("Stopped out", FollowUpAction.STOP_HIT),
    ],
)
@pytest.mark.parametrize(
    ("coin_lines", "base", "price", "value"),
    [
        ("AVAXUSDT\nSHORT", "AVAX", "31.884", 31.884),
        ("DOGE/USDT · Long", "DOGE", "0.17205", 0.17205),
        ("BTC-USDT\nLong", "BTC", "61,420.5", 61420.5),
    ],
)
def test_a_status_line_tells_the_event_at_the_price(status, action, coin_lines, base, price, value):
    text = (
        f"Deal #{len(status) * 37}\nState: {status}\nPremium\n{coin_lines}\n"
        f"Price: {price}\n21.04.2026 09:30"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is action
    assert parsed.symbol == base
    assert parsed.price == pytest.approx(value)
    assert parsed.target_index is None


def test_a_closed_status_closes_the_whole_position_and_a_cancel_needs_no_price():
    closed = parse_message("Trade #5521\nStatus: Closed 🔒\nLINKUSDT\nLONG\nExec. price: 15.402")
    assert closed.action is FollowUpAction.CLOSE and closed.close_fraction == 1.0
    assert closed.price == pytest.approx(15.402)
    cancel = parse_message(
        "Order #880\nStatus: Canceled\nVIP\nSUIUSDT\nShort\n2026-05-02 11:10 UTC"
    )
    assert cancel.action is FollowUpAction.CANCEL


@pytest.mark.parametrize(
    "text",
    [
        # a status the notice does not know: how much was filled is not told
        "Position #41\nStatus: Partially filled\nSOLUSDT\nLONG\nPrice: 148.2",
        # no number in the heading: a card's own "Status: Open" line
        "Signal\nStatus: Open\nSOLUSDT\nLONG\nPrice: 148.2\n01.02.2026 10:00",
        # two prices: which is the status's?
        "Position #41\nStatus: Take profit\nSOLUSDT\nLONG\nPrice: 148.2\nAvg price: 147.9",
    ],
)
def test_a_status_notice_the_rule_cannot_place_is_not_acted_on_by_it(text):
    parsed = parse_message(text)
    assert (
        parsed.kind is not MessageKind.FOLLOW_UP or parsed.action is not FollowUpAction.TARGET_HIT
    )


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("⚙️ SL modified: NEARUSDT Short\nSL: 4.812", "NEAR", 4.812),
        ("Stop changed | INJ/USDT long | SL: 21.37", "INJ", 21.37),
        ("🛠 Stop-loss updated: #ETHUSDT LONG\nNew SL: 3,401.5", "ETH", 3401.5),
        ("SL edited: 1000PEPEUSDT (Short)\nStop: 0.0081502", "1000PEPE", 0.0081502),
    ],
)
def test_a_stop_amendment_with_the_side_beside_the_pair_moves_the_stop(text, base, value):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.symbol == base
    assert parsed.new_stop == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Watching $OP around 2.4014 for a possible long, no entry yet.",
        "Eyeing #KAS near 0.1532 for a short — not in yet",
        "DOT/USDT on the radar at 6,12 (long bias), no position for now",
        "Not in $WIF yet, want to see how 2.671 holds before any long",
        "FET looks ready for a short around 1.482, haven't entered.",
    ],
)
def test_a_coin_watched_with_no_entry_yet_is_talk(text):
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "No entry yet on $OP: if it reclaims 2.45 I'll long it, SL 2.31.",
        "Watching #ARB for a short at 1.1944, no trade yet. Plan: entry 1.1944, stop 1.2272.",
        "$ETH not entered yet. Long above 3113.7, invalidation 3041.48.",
        "No position on SOL for now — long from 148.2 with targets 151 / 155 if it holds",
    ],
)
def test_a_plan_with_levels_and_no_trade_yet_is_never_copied(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert parsed.reason


def test_a_whole_call_beside_a_watched_timeframe_stands():
    text = (
        "#ORDI — two timeframes\n\n1H setup ✅ ACTIVE: Long 38.23, TP 38.84 / 39.39, SL 37.58\n"
        "Daily: bullish above 36.02 — no position yet."
    )
    assert parse_message(text).kind is MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["$OP", "#SUI", "AVAX", "LINK/USDT", "$TIA"]),
    price=st.decimals(min_value="0.01", max_value="900", places=3).map(str),
    side=st.sampled_from(["long", "short"]),
    words=st.sampled_from(["no entry yet", "not in yet", "no trade for now", "not entered"]),
)
def test_a_watched_coin_with_no_levels_is_never_copied(coin, price, side, words):
    parsed = parse_message(f"Watching {coin} near {price} for a {side}, {words}.")
    assert parsed.kind is MessageKind.NOT_SIGNAL
