"""Rules found with the third round of mainstream English layouts (docs/signal-parsing.md): a
list's comma written against the next number, entry zones joined by an arrow or an ellipsis
or written in thousands ('3.63k - 3.616k'), 'Take Profit Level 1:' labels, and a sign label
that is the icon of a line of words ('🎯 STRATEGY: Ichimoku Sniper')."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side


def _levels(entry: int, steps: list[int], scale: int, long: bool) -> list[float]:
    sign = 1 if long else -1
    out, level = [], entry
    for s in steps:
        level += sign * s
        out.append(level / scale)
    return out


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=2, max_size=5),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    glued=st.sampled_from([" ,", " , ", ", "]),
)
def test_a_list_comma_against_the_next_number_keeps_every_target(
    entry: int, steps: list[int], scale: int, long: bool, glued: str
) -> None:
    """'EXIT: 0.212 ,0.218 ,0.224': the same targets as with the comma's space after it."""
    tps = _levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    side = "LONG" if long else "SHORT"
    text = (
        f"#ARBUSDT / {side} / 10X-20X\nENTRY: {entry / scale:g}\n"
        f"EXIT: {glued.join(f'{v:g}' for v in tps)}\nSTOPLOSS: {stop:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(1000, 9000),
    width=st.integers(5, 60),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    joint=st.sampled_from([" → ", " ➡️ ", "…", " ... ", " ~ ", " - "]),
    high_first=st.booleans(),
)
def test_two_entries_joined_by_an_arrow_or_an_ellipsis_are_a_zone(
    low: int, width: int, scale: int, long: bool, joint: str, high_first: bool
) -> None:
    """'Entry: 0.1774 → 0.1753', 'Entry: 0.172 ... 0.170': a zone, stored low to high."""
    lo, hi = low / scale, (low + width) / scale
    shown = (hi, lo) if high_first else (lo, hi)
    if long:
        tps, stop = [(low + width + 30) / scale, (low + width + 70) / scale], (low - 40) / scale
    else:
        tps, stop = [(low - 30) / scale, (low - 70) / scale], (low + width + 40) / scale
    text = (
        f"#SUIUSDT {'LONG' if long else 'SHORT'}\n\nEntry: {shown[0]:g}{joint}{shown[1]:g}\n\n"
        f"Targets:\n{tps[0]:g}\n{tps[1]:g}\n\nStop: {stop:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (lo, hi)
    assert parsed.entry_kind == "range"


def test_a_zone_written_in_thousands_is_a_zone() -> None:
    parsed = parse_message("ETH short 3.63k - 3.616k tp 3.573k 3.526k sl 3,697 10x")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (3616.0, 3630.0)
    assert parsed.take_profits == (3573.0, 3526.0)


def test_an_arrow_after_a_result_is_no_entry_zone_of_a_signal() -> None:
    """A results line keeps being a results post (the arrow joins its two prices only)."""
    parsed = parse_message("Yesterday's $ORDI long: entry 41.38 → 41.9 ✅ +65% 🚀")
    assert parsed.kind is MessageKind.NOT_SIGNAL


@given(n=st.integers(1, 4), word=st.sampled_from(["Take Profit Level", "Target Level"]))
def test_take_profit_level_labels_give_their_numbers_no_price(n: int, word: str) -> None:
    tps = [8.706 + 0.16 * i for i in range(n)]
    lines = (
        [f"{word}: {tps[0]:g}"] if n == 1 else [f"{word} {i}: {v:g}" for i, v in enumerate(tps, 1)]
    )
    text = "\n".join(
        [
            "Symbol: BINANCE:APTUSDT.P",
            "Idea: Long | 4H",
            "Entry Price: 8.474",
            *lines,
            "Stop Loss Level: 8.268",
            "Risk/Reward: 2.98",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)
    assert parsed.stop_loss == 8.268


def test_a_sign_before_a_line_of_words_is_its_icon() -> None:
    """'🎯 STRATEGY: Ichimoku Sniper' opens no target section: the periods under it
    ('Conversion/Base: 9/19 periods') are no targets."""
    text = (
        "🎯 STRATEGY: Ichimoku Sniper\nMulti-TF Enhanced\n• Conversion/Base: 9/19 periods\n"
        "• EMA Filter: 200 periods\n• SL/TP Percent: 1.42%/3.94%\n\n📊 SIGNAL ANALYSIS:\n"
        "• Confidence: 66.6%\n• Risk/Reward: 1:2.83\n\n🎯 CORNIX COMPATIBLE FORMAT:\n"
        "MOODENGUSDT.P BUY\nEntry: 0.20472\nSL: 0.20108\nTP1: 0.21060\nTP2: 0.21814\n"
        "Leverage: 50x\nMargin: CROSS"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert parsed.take_profits == (0.2106, 0.21814)
    assert parsed.confidence == pytest.approx(0.666)
    # a sign before a label with its price stays a label of that price
    parsed = parse_message("SOL LONG\nEntry: 148.2\n🎯 152 / 155\n🛑 144")
    assert parsed.take_profits == (152, 155)
    assert parsed.stop_loss == 144
