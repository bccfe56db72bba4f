"""Rules found with the sixteenth round of mainstream layouts: 'a 2x move' in a card's prose is
the size of a move, no leverage; a month with its year ('Timeline: July 2025') is a date, no
price; 'Token: SOL' labels the coin as 'Coin:' does; 'Use last price for short, mark price for
long' names no side; a target named by its number in a rule ('stop to entry after target 1')
is no price; a callout's side word, its pair and '@ M' ('Longed SOL @ M x10 …') is a market
entry."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side

CARD = (
    "🚀 Bullish Alert 🚀\n\n🏛️ Token: SOL (solana)\n📈 Signal: Buy\n💰 Entry Price: $144.65\n"
    "🎯 Targets:\nTP1: $150.89\nTP2: $156.28\n🛑 Stop Loss: $135.62\n"
)


@pytest.mark.parametrize(
    "tip",
    [
        "The chart lines up with a 2x move, backed by a MACD crossover.",
        "Room for a 1.5x increase from here.",
        "A 3x rally is possible.",
        "We expect a 2x gain this quarter.",
    ],
)
def test_the_size_of_a_move_is_no_leverage(tip: str) -> None:
    p = parse_message(CARD + "\n💡 Trade Tip:\n" + tip)
    assert p.kind is MessageKind.SIGNAL
    assert p.leverage is None


@pytest.mark.parametrize(
    "text", ["Leverage: 10x move SL to entry after TP1", "10x, move the stop after TP1"]
)
def test_a_leverage_before_move_without_an_article_stays(text: str) -> None:
    p = parse_message("SOL long 148.2 tp 151 153 sl 144\n" + text)
    assert p.leverage == 10


@pytest.mark.parametrize("when", ["July 2025", "June 2026", "Sept 2025", "December 2025"])
def test_a_month_and_its_year_is_no_price(when: str) -> None:
    p = parse_message(CARD + f"⏳ Timeline: {when}")
    assert p.kind is MessageKind.SIGNAL
    assert p.take_profits == (150.89, 156.28)


@pytest.mark.parametrize("label", ["Token: SOL", "🏛️ Token: SOL (solana)", "TOKEN: $SOL"])
def test_token_label_names_the_coin(label: str) -> None:
    text = (
        f"{label}\nSignal: Buy\nEntry Price: 144.65\nTP1: 150.89\nStop Loss: 135.62\n\n"
        "Volume is up 26% this week. Keep the stop; watch BTC, alts follow it."
    )
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL
    assert p.symbol == "SOL"


def test_token_without_a_separator_labels_nothing() -> None:
    p = parse_message("TOKEN UNLOCK coming for ARB next week, 1.1 billion")
    assert p.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "note",
    [
        "⚠️ Use last price for short, mark price for long",
        "Use mark price for long and last price for short",
        "(last price for shorts, mark price for longs)",
    ],
)
@pytest.mark.parametrize("long", [True, False])
def test_trigger_price_per_side_names_no_side(note: str, long: bool) -> None:
    side = "LONG" if long else "SHORT"
    levels = ("148.2", "146.9", "151.2", "153.9", "144.1")
    if not long:
        levels = ("148.2", "149.5", "145.2", "143.9", "151.1")
    e1, e2, t1, t2, sl = levels
    text = (
        f"📍 #SOL/USDT — {side}\nEntry 1: {e1} (50%)\nEntry 2: {e2} (50%)\n🎯 {t1}\n🎯 {t2}\n"
        f"⛔ SL: {sl}\n⚙️ Use 5% of fund with 10x\n{note}"
    )
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL
    assert p.side is (Side.LONG if long else Side.SHORT)


@settings(max_examples=40, deadline=None)
@given(
    **LEVELS,
    rule=st.sampled_from(
        [
            "stop to entry after target 1",
            "move SL to entry once TP1 is hit",
            "hold until target 2",
            "trail the stop when TP 2 fills",
        ]
    ),
)
def test_a_target_named_in_a_rule_is_no_price(
    entry: int, steps: list[int], scale: int, long: bool, rule: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    lines = [f"🪙 Coin: SOL {'LONG' if long else 'SHORT'}", f"📥 Entry: {entry / scale:g}"]
    lines += [f"🎯 Target {i}: {v:g}" for i, v in enumerate(tps, 1)]
    lines += [f"🛑 Stop loss: {stop:g}", f"📝 Notes: take 25% at each target, {rule}"]
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("LONGED SOL @ M x10 SL 144.1 TP 151.2, 153.9", Side.LONG),
        ("Longing $SOL @ M sl 144.1 TP 151.2 / 153.9", Side.LONG),
        ("Bought SOLUSDT @ M 5x TP 151.2 SL 144.1", Side.LONG),
        ("Shorted $SOL @ M 20x PT 145.2, 143.9 sl 151.1", Side.SHORT),
        ("SHORT SOLUSDT @ M 20x sl 151.1 TAKE PROFIT 145.2 143.9", Side.SHORT),
    ],
)
def test_callout_at_the_market(text: str, side: Side) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL
    assert p.side is side
    assert p.order_type == "market"
    assert p.entries == ()


def test_an_m_after_at_in_talk_is_no_market_order() -> None:
    p = parse_message("Long SOL @ Mexc is down again, can't open anything")
    assert p.kind is not MessageKind.SIGNAL
