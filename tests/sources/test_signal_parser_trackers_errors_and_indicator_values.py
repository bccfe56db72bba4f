# ruff: noqa: E501  (messages are written whole, as bots post them)
"""Bots' and copiers' own messages: a wallet tracker's change of another wallet's position
(talk), a bot's own error — a traceback, an error line, an HTTP status, an exchange's error body
(talk), a copy platform's TP/SL push (the order that closed the copy, the stop an adjustment
moved), a logger's level beside the coin, an exit warning (review) and an exit armed on a
condition (talk), an indicator's flip given as an exit's reason (a close), a side turned to the
other (review), and indicator values and factor scores inside a call's lines (no level)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    "text",
    [
        "📉 0x71c2...9a0e\nDECREASED DOGE LONG\n-$22,310.00\nTotal: $90,120.55\n🕐 10:02:11\n📊 View on Hyperdash: https://hyperdash.info/trader/0x71c2aa0e41b5d3c3e0f1a0b1c2d3e4f5a6b79a0e",
        "🔴 whale_07\nCLOSED ARB SHORT\n$410,000.00\nPnL: $+9,212.40\n🕐 03:44:09\n📊 https://hyperdash.info/trader/0x0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
        "🟢 Smart Money #9\nOPENED WIF LONG\n$55,000.00 @ $2.4411\n📊 View on Hyperdash: https://hyperdash.info/trader/0xabcdef0123456789abcdef0123456789abcdef01",
        "🐋 Whale 0x9f1e…77aa increased ETH short by 25% (now $2,410,000)",
        "🐳 Whale 0x3c4d…e2f1 reduced BTC long by 40% (now $8,100,220)",
    ],
)
def test_a_wallet_trackers_change_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Traceback (most recent call last):\n  File \"main.py\", line 88, in place\n    ex.create_order('ETH/USDT', 'limit', 'sell', 0.5, 3412.5)\nccxt.base.errors.InvalidOrder: bybit price out of range",
        "❗ Exception while placing_order(AVAXUSDT, SHORT, 34.91): InsufficientFunds",
        "[ERROR] 2026-05-02 09:14:55 | DOGEUSDT BUY 4,200 @ 0.13712 failed: timeout",
        "WARNING | ARBUSDT | stop 1.0213 not confirmed, retrying",
        "⚠️ HTTP 429 from fapi.binance.com while placing TP2 9.882 on TIAUSDT",
        '❌ SUIUSDT LONG rejected by the exchange\n{"code":-2019,"msg":"Margin is insufficient.","price":"1.0456"}',
        '❌ NEARUSDT SHORT order error\n{"retCode":10001,"retMsg":"params error","price":"5.612"}',
    ],
)
def test_a_bots_own_error_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_an_error_word_beside_a_whole_call_leaves_the_call() -> None:
    parsed = parse_message(
        "ETHUSDT LONG (retry after HTTP 502)\nEntry: 3412.5\nTP1: 3480\nTP2: 3550\nSL: 3350"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == [3412.5]
    assert parsed.stop_loss == 3350


@pytest.mark.parametrize(
    ("text", "symbol", "action", "price"),
    [
        (
            "✅ Your copy position ETHUSDT Short was closed by TP/SL (TP) at 3,301.25",
            "ETH",
            FollowUpAction.TARGET_HIT,
            3301.25,
        ),
        (
            "⛔ Your copy position 1000PEPEUSDT Long was closed by TP/SL (SL) at 0.0081234",
            "1000PEPE",
            FollowUpAction.STOP_HIT,
            0.0081234,
        ),
        (
            "Copy order AVAX/USDT closed by tp/sl (tp) @ 36.12",
            "AVAX",
            FollowUpAction.TARGET_HIT,
            36.12,
        ),
    ],
)
def test_the_bracket_names_the_order_that_closed_the_copy(
    text: str, symbol: str, action: FollowUpAction, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is action
    assert parsed.symbol == symbol
    assert parsed.price == price
    assert parsed.new_stop is None
    assert parsed.target_index is None


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Lead trader Orion adjusted TP/SL · LINKUSDT Long\nSL: 15.021", 15.021),
        ("🛠 TP/SL updated for your copy position BTCUSDT: SL → 61,250.5", 61250.5),
        ("master_fx modified TP/SL on DOTUSDT Short · SL to 6.712", 6.712),
    ],
)
def test_an_adjustment_giving_only_the_stop_moves_it(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.new_stop == stop


@pytest.mark.parametrize(
    "text",
    [
        "⚙️ Lead trader adjusted TP/SL on SOLUSDT Long\nTP 152.3 → 155.1\nSL 144.2 → 146.9",
        "🎯 ETHUSDT: TP changed to 3,550 by the lead trader",
        "SOLUSDT Long · SL removed by alpha_desk",
    ],
)
def test_a_target_changed_or_the_stop_removed_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "action", "price"),
    [
        (
            "2026-03-01 10:00:01 | INFO | OPUSDT LONG | TP2 filled @ 2.5512",
            FollowUpAction.TARGET_HIT,
            2.5512,
        ),
        (
            "[2026-03-01 10:00:01] | INFO | LINKUSDT | SL moved → 14.802",
            FollowUpAction.STOP_MOVED,
            None,
        ),
        (
            "10:00:01,120 | INFO | ATOMUSDT SHORT | entry filled @ 8.214",
            FollowUpAction.ENTRY_FILLED,
            8.214,
        ),
        (
            "10:00:01,120 | INFO | DOGEUSDT | stop loss hit @ 0.13711",
            FollowUpAction.STOP_HIT,
            0.13711,
        ),
    ],
)
def test_a_loggers_level_is_no_coin(text: str, action: FollowUpAction, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is action
    if price is not None:
        assert parsed.price == price


def test_a_debug_line_with_the_mark_is_talk() -> None:
    text = "10:00:01 | DEBUG | SOLUSDT | mark 149.1 · uPnL +0.6%"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("⚠️ Exit warning: RSI divergence on ETHUSDT, consider closing", MessageKind.NEEDS_REVIEW),
        ("Exit alert · SOLUSDT LONG · consider taking profit", MessageKind.NEEDS_REVIEW),
        (
            "⏳ Exit signal armed: AVAXUSDT will close if 4h closes below 33.1",
            MessageKind.NOT_SIGNAL,
        ),
        (
            "Exit armed on DOTUSDT short — will close if 1h closes above 6.75",
            MessageKind.NOT_SIGNAL,
        ),
    ],
)
def test_an_exit_warned_or_armed_closes_nothing(text: str, kind: MessageKind) -> None:
    assert parse_message(text).kind is kind


@pytest.mark.parametrize(
    ("text", "symbol", "price", "share"),
    [
        ("🔔 EXIT SIGNAL · ETHUSDT SHORT · price 3,290.5 · reason: RSI < 28", "ETH", 3290.5, 1.0),
        ("Exit long LINKUSDT @ 15.912 (Supertrend flip)", "LINK", 15.912, 1.0),
        ("Exit short ARB/USDT @ 1.0122 (trend flipped)", "ARB", 1.0122, 1.0),
        ("✂️ Close 30% of NEARUSDT @ 5.921 — RSI 74", "NEAR", 5.921, 0.3),
    ],
)
def test_an_exit_fired_is_a_close(text: str, symbol: str, price: float, share: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.symbol == symbol
    assert parsed.price == price
    assert parsed.close_fraction == share


@pytest.mark.parametrize(
    "text",
    [
        "Flip to short on $OP at 2.41",
        "Exit long SOLUSDT @ 152.3 and flip short",
        "⚠️ Trend change on ETHUSDT: BUY → SELL at 3,402.5",
        "Trend change on DOGEUSDT: short -> long @ 0.13712",
    ],
)
def test_a_reversal_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "entry", "stop", "target"),
    [
        ("🟢 BUY LINKUSDT @ 15.42 | RSI 24.6 | TP 16.1 | SL 15.01", 15.42, 15.01, 16.1),
        (
            "🔴 STRONG SELL · BTCUSDT · entry 63,410.5 · RSI(14)=78.2 · MACD ↓ · tp 61,900 · sl 64,250",
            63410.5,
            64250,
            61900,
        ),
        ("SHORT DOT/USDT 6.731 — RSI 5m 81 / 1h 77 — SL 6.902, TP 6.455", 6.731, 6.902, 6.455),
        ("LONG ATOM/USDT 8.214 | stoch rsi 12 | TP 8.55 | SL 8.01", 8.214, 8.01, 8.55),
    ],
)
def test_an_indicator_value_in_the_line_is_no_entry(
    text: str, entry: float, stop: float, target: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == [entry]
    assert parsed.stop_loss == stop
    assert list(parsed.take_profits) == [target]


@pytest.mark.parametrize(
    ("text", "entry", "confidence"),
    [
        (
            "📊 OP/USDT · SHORT\nTrend ✅ 0.74 | Momentum ✅ 0.69 | Volume ⚠️ 0.31\nConfidence: 71%\nEntry: 2.4415\nTP: 2.3801\nSL: 2.5102",
            2.4415,
            0.71,
        ),
        (
            "ARBUSDT LONG | confidence 64%\nFactors: RSI 0.58 · EMA 0.77 · OI 0.41\nEntry 1.0122 / SL 0.9811 / TP1 1.0555",
            1.0122,
            0.64,
        ),
    ],
)
def test_factor_scores_are_no_levels(text: str, entry: float, confidence: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == [entry]
    assert parsed.confidence == confidence


def test_a_watched_oversold_coin_with_a_trigger_is_no_call() -> None:
    parsed = parse_message(
        "👀 RSI 27.9 oversold on NEAR/USDT (4h) — watching for a BUY above 5.611"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=40, deadline=None)
@given(
    rsi=st.floats(min_value=0, max_value=100).map(lambda v: round(v, 1)),
    cents=st.integers(min_value=1_000, max_value=90_000),
    long=st.booleans(),
)
def test_any_rsi_reading_beside_the_entry_is_dropped(rsi: float, cents: int, long: bool) -> None:
    entry = cents / 100
    sign = 1 if long else -1
    target = round(entry * (1 + sign * 0.03), 2)
    stop = round(entry * (1 - sign * 0.015), 2)
    word = "BUY" if long else "SELL"
    text = f"{word} AVAXUSDT @ {entry:.2f} | RSI {rsi:g} | TP {target:.2f} | SL {stop:.2f}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == [entry]
    assert parsed.stop_loss == stop
    assert list(parsed.take_profits) == [target]
