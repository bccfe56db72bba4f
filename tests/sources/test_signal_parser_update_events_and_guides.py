"""An update that repeats its call above one event line is read as that event (a numbered
target or the stop hit, on the side of the entry it belongs to), never as a new call; a
members' guide to managing trades and a sale's promo code are talk."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.guide_posts import guide_post

TARGET_EVENTS = [
    ("📊 Signal update — LONG AVAX @ 24.318\nTP2 24.871 hit ✅", "AVAX", 2, 24.871),
    ("Update | DOT SHORT from 4.4125\nTarget 1 4.3312 done 🎯", "DOT", 1, 4.3312),
    ("🔔 Alert update — SHORT LINK/USDT @ 13.62\nTP3 reached at 12.98", "LINK", 3, 12.98),
    ("Signal UPDATE: LONG #BTC @ 61,845.5\nTP1 62,410 hit ✅", "BTC", 1, 62410.0),
    ("Trade updated — long APT @ 7.6461\nTarget 2: 7.8125 achieved", "APT", 2, 7.8125),
    # a price written like the target's number: read at it, never at the call's entry
    ("📊 Signal update — SHORT SOL @ 5.051\nTP5 5.0 hit ✅", "SOL", 5, 5.0),
]


@pytest.mark.parametrize(("text", "coin", "index", "price"), TARGET_EVENTS)
def test_an_update_repeating_its_call_reads_as_the_target_hit(
    text: str, coin: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.symbol == coin
    assert parsed.actions == (FollowUpAction.TARGET_HIT,)
    assert parsed.target_index == index
    assert parsed.price == price


STOP_EVENTS = [
    ("Call update: LONG $OP (entry 1.8421)\nStop loss hit ❌ 1.7903", "OP", 1.7903),
    ("📈 Trade update: SHORT #INJ @ 21.35\nSL 22.08 triggered ⛔", "INJ", 22.08),
    ("Position update — LONG ETH @ 3,412.5\nStop-loss executed 3,318", "ETH", 3318.0),
]


@pytest.mark.parametrize(("text", "coin", "price"), STOP_EVENTS)
def test_an_update_repeating_its_call_reads_as_the_stop_hit(
    text: str, coin: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.symbol == coin
    assert parsed.actions == (FollowUpAction.STOP_HIT,)
    assert parsed.price == price


NOT_COPIED = [
    # a long's "target" below its entry, a short's stop below: the event does not fit the call
    "📊 Signal update — LONG AVAX @ 24.318\nTP2 23.871 hit ✅",
    "📈 Trade update: SHORT #INJ @ 21.35\nSL 20.08 triggered ⛔",
    # more than one event line: which one?
    "📊 Signal update — LONG AVAX @ 24.318\nTP1 24.601 hit ✅\nTP2 24.871 hit ✅",
    # a target hit with no number of its own
    "📊 Signal update — LONG AVAX @ 24.318\nTarget 24.871 hit ✅",
]


@pytest.mark.parametrize("text", NOT_COPIED)
def test_an_update_whose_event_does_not_fit_is_never_copied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, parsed
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.price in (None, 24.601), parsed  # (the first hit named, never a guess)


@given(
    entry=st.decimals(min_value="0.1", max_value="900", places=3),
    step=st.integers(1, 90),
    index=st.integers(1, 5),
    long=st.booleans(),
)
def test_a_target_event_is_read_at_its_own_price_on_its_side(
    entry: object, step: int, index: int, long: bool
) -> None:
    e = float(str(entry))
    hit = round(e * (1 + (step if long else -step) / 1000), 3)
    side = "LONG" if long else "SHORT"
    text = f"📊 Signal update — {side} SOL @ {e}\nTP{index} {hit} hit ✅"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, text
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert (parsed.price, parsed.target_index) == (hit, index), text


GUIDES = [
    "How we take profits: close 25% at TP1, move SL to entry, then trail the rest.",
    "📘 Guide for new members: book 50% at Target 1 and put your stop at breakeven.",
    "Tip for beginners: sell 30% at TP1 so the trade is risk-free.",
    "How to follow our calls: use 5x max, take 40% at the first target.",
    "Quick tutorial ➡️ secure half at target 1, move SL to entry after TP1.",
    "Our rules for copying: close 20% at TP2 and never widen the stop.",
]


@pytest.mark.parametrize("text", GUIDES)
def test_a_guide_to_managing_trades_is_talk(text: str) -> None:
    assert guide_post(text)
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


NOT_GUIDES = [
    "How we trade #SOL now: close 50% at 148.2, move SL to entry",  # a price: an update
    "SOL: close 25% at TP1, move SL to entry",
    "Closing 30% of AVAX here and moving the stop to breakeven",
]


@pytest.mark.parametrize("text", NOT_GUIDES)
def test_an_update_is_no_guide(text: str) -> None:
    assert not guide_post(text)
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Last call: enrolment closes tonight, 50% discount with code WINTER",
        "Registration closes Sunday — 30% off with code MOON",
        "Early-bird window closes in 48h, promo code PEPE for 20% off",
    ],
)
def test_a_sale_with_a_code_that_reads_as_a_coin_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL
