"""Copiers' and bots' own notices after a call: webhook bodies relayed as query strings, copy
fills with their slippage, Discord embeds of order events flattened to field lines, reversals
and flips, reduce-only orders, exchange refusals and a copier's own choices: what is acted on,
what goes to a reader, what stays talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.embed_fields import embed_joined
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


def _follow(text: str, action: FollowUpAction, symbol: str, **fields: object) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is action, (text, parsed.action)
    assert parsed.symbol == symbol
    for name, want in fields.items():
        got = getattr(parsed, name)
        assert got == (pytest.approx(want) if isinstance(want, float) else want), (name, got)


# --- webhook bodies as query strings ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol", "fraction", "price"),
    [
        ("action=close&symbol=AVAXUSDT&percent=25&price=36.41", "AVAX", 0.25, 36.41),
        ("TV ▶ action=exit&ticker=DOGEUSDT&pct=40&price=0.13377", "DOGE", 0.4, 0.13377),
        ("action=close&symbol=BTCUSDT&close_percent=100&price=64210.5", "BTC", 1.0, 64210.5),
        ("relay: action=close&pair=LINKUSDT&percentage=50", "LINK", 0.5, None),
    ],
)
def test_query_body_close_takes_its_share_and_price(
    text: str, symbol: str, fraction: float, price: float | None
) -> None:
    _follow(text, FollowUpAction.CLOSE, symbol, close_fraction=fraction, price=price)


@pytest.mark.parametrize(
    ("text", "symbol", "stop"),
    [
        ("action=move_sl&symbol=ETHUSDT&sl=3350.25", "ETH", 3350.25),
        ("webhook: action=update_stop&symbol=ARBUSDT&stop=1.0871", "ARB", 1.0871),
        ("action=set_sl&ticker=SUIUSDT&stop_loss=0.9932&time=1731000000", "SUI", 0.9932),
    ],
)
def test_query_body_moves_the_stop(text: str, symbol: str, stop: float) -> None:
    _follow(text, FollowUpAction.STOP_MOVED, symbol, new_stop=stop)


@pytest.mark.parametrize(
    "text",
    [
        "event=heartbeat&symbol=SOLUSDT&close=148.2&time=1730981589",
        "action=ping&symbol=ETHUSDT&price=3400",
    ],
)
def test_query_body_heartbeat_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "action=close&symbol=SOLUSDT&percent=150&price=151.2",  # no share of a position
        "action=close&symbol=SOLUSDT&percent=half&price=151.2",
    ],
)
def test_query_body_close_with_an_unreadable_share_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(
    share=st.integers(min_value=1, max_value=100),
    cents=st.integers(min_value=100, max_value=9_999_999),
    coin=st.sampled_from(["SOL", "ETH", "LTC", "AVAX", "INJ"]),
)
def test_query_body_close_any_share(share: int, cents: int, coin: str) -> None:
    price = cents / 100
    text = f"action=close&symbol={coin}USDT&percent={share}&price={price}"
    _follow(text, FollowUpAction.CLOSE, coin, close_fraction=share / 100, price=price)


# --- copy fills with the slippage --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        (
            "Copied ✅ INJUSDT short · requested 24.612 · filled 24.598 · slippage 0.06%",
            "INJ",
            24.598,
        ),
        (
            "✅ Copy filled BTCUSDT LONG\nRequested: 63,450.1\nFilled: 63,512.4\nSlippage: 0.10%",
            "BTC",
            63512.4,
        ),
        (
            "Copied ✅ 1000PEPEUSDT long | requested 0.0081203 | filled @ 0.0081291 | "
            "slippage 0.11%",
            "1000PEPE",
            0.0081291,
        ),
    ],
)
def test_copy_fill_is_the_entry_filled_at_the_fill(text: str, symbol: str, price: float) -> None:
    _follow(text, FollowUpAction.ENTRY_FILLED, symbol, price=price)


def test_partial_copy_goes_to_review_never_a_cancel() -> None:
    parsed = parse_message("◐ Partially copied SOLUSDT long: 35% filled at 148.31, rest cancelled")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "⛔ Not copied: ETHUSDT short @ 3,412.5 · slippage 1.4% above your 0.5% limit",
        "Duplicate of an open trade, not copied · ARB/USDT long entry 1.1204",
        "♻️ Duplicate signal ignored: SOL/USDT LONG @ 148.2 (already open)",
    ],
)
def test_a_copy_not_made_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


# --- Discord embeds of order events ----------------------------------------------------------


def test_embed_joined_puts_fields_on_the_title_line() -> None:
    text = "Stop Loss Hit\nSymbol\nSOLUSDT\nPrice\n144.1\nBot • Today at 09:12"
    assert (
        embed_joined(text) == "Stop Loss Hit · Symbol: SOLUSDT · Price: 144.1\nBot • Today at 09:12"
    )
    assert embed_joined("Stop Loss Hit\nSymbol\nSOLUSDT") == "Stop Loss Hit\nSymbol\nSOLUSDT"


@pytest.mark.parametrize(
    ("text", "action", "symbol", "fields"),
    [
        (
            "Take Profit 2 Hit 🎯\nSymbol\nAVAXUSDT\nSide\nLong\nPrice\n36,12\nRelay • 12/07",
            FollowUpAction.TARGET_HIT,
            "AVAX",
            {"target_index": 2, "price": 36.12},
        ),
        (
            "Take Profit 1 Hit\nPair\nWIFUSDT\nPrice\n2.5123\nPowered by Hooks",
            FollowUpAction.TARGET_HIT,
            "WIF",
            {"target_index": 1, "price": 2.5123},
        ),
        (
            "Stop Loss Updated\nSymbol\nLINKUSDT\nOld\n14.412\nNew\n14.903\nBot • Today",
            FollowUpAction.STOP_MOVED,
            "LINK",
            {"new_stop": 14.903},
        ),
    ],
)
def test_embed_events_read_from_their_fields(
    text: str, action: FollowUpAction, symbol: str, fields: dict[str, object]
) -> None:
    _follow(text, action, symbol, **fields)


def test_embed_rejection_stays_talk() -> None:
    text = "Order Rejected\nSymbol\nETHUSDT\nPrice\n3412.5\nReason\nInsufficient margin\nBot"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


# --- reversals, flips and reduce-only orders --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "⚡ Reversal order filled · DOT/USDT LONG 312 @ 6.512 (was SHORT)",
        "🔄 Position flipped · ETHUSDT · SHORT → LONG @ 3,388.4",
        "Reverse signal on SUIUSDT\nClosed long at 1.0712\nOpened short at 1.0712 (10x)",
    ],
)
def test_reversals_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("✅ Exit on reverse signal · TIAUSDT LONG closed @ 9.912 · staying flat", "TIA", 9.912),
        (
            "🏁 APTUSDT short closed at 8.731 (reverse signal) · no new position opened",
            "APT",
            8.731,
        ),
    ],
)
def test_a_close_on_a_reverse_signal_that_opens_nothing_is_a_close(
    text: str, symbol: str, price: float
) -> None:
    _follow(text, FollowUpAction.CLOSE, symbol, close_fraction=1.0, price=price)


@pytest.mark.parametrize(
    "text",
    [
        "⛔ Flip cancelled for NEAR/USDT: long entry 5.612 missed, short unchanged",
        "Opposite short signal for OPUSDT skipped · open long stays as it is",
        "🗑 Reduce-only TP order cancelled · LTCUSDT @ 84.12 (position already closed)",
        "📝 reduce only limit placed · SEIUSDT Sell 980 @ 0.4921 · waiting",
        "❌ ReduceOnly order rejected · XRPUSDT Sell @ 0.5312 · position is zero",
    ],
)
def test_a_copier_s_own_orders_and_choices_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_close_on_an_opposite_signal_stays_a_close() -> None:
    parsed = parse_message("#ATOM/USDT Closed due to opposite direction signal ⚠️")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE


# --- exchange refusals and cards that say nothing to do ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "❌ NEARUSDT Buy 41 @ 5.604 rejected: order value below the minimum (5 USDT)",
        "🚫 BNBUSDT long @ 585.2 not placed: position side does not match the position mode",
        "⏳ LTCUSDT Sell limit 82.41: rate limit reached, retrying in 3s",
        "ℹ️ ORDIUSDT: leverage 20x not modified (open position), order sent as it is",
        "🤖 AI scan · SOLUSDT · LONG bias\nConfidence: 48% · Risk grade: D\nPrice: 148.2\n"
        "No trade — grade below C",
        "⏸ ETH/USDT short · Confidence 39% · WAIT · last 3,402.7",
        "⏳ AVAXUSDT short: break-even trigger in 0.5% (at 34.41)",
    ],
)
def test_refusals_and_waiting_cards_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a call's labelled levels beside the words keep it a call
        "SOLUSDT LONG\nEntry: 148.2\nTP: 152.3\nSL: 144.1\nMinimum order 5 USDT",
        "AVAXUSDT SHORT\nEntry: 35.2\nTP: 34.1\nSL: 36.3\nDuplicate of yesterday? No — new setup",
        "🤖 AI Signal · ETHUSDT · SHORT\nConfidence: 81% · Risk grade: B (low)\n"
        "Entry: 3412.50\nTP: 3340.00 | 3290.00\nSL: 3480.00",
    ],
)
def test_calls_beside_those_words_stay_calls(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL
