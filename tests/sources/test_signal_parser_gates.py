"""Cheap gates before costly reads: each gate lets through every text its read could change.

A gate is a search run once over the whole text (or a character test) that a text must pass
for a step to find anything; texts that fail it skip the step. These tests pin that each gate
is a necessary condition of its step — never a filter of its own — so results cannot change.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import card_marks, two_cards
from tradermanager.sources.signal_parser.symbols import listed_bases

# ---- two_cards: a line naming a coin alone ------------------------------------------------------

_COINS = ["TRX", "AVAX", "SOL", "1000PEPE", "ARB", "BTCUSDT", "ETHUSDC", "DOGE"]


@pytest.mark.parametrize(
    "line",
    [
        "💎 TRX",
        "Par: AVAX",
        "Coin - SOL 🚀",
        "#1000PEPE",
        "**DOGE**",
        "🔥 BTCUSDT 🔥",
        "TRX.P",
        "Pair –  ARB  ⚡",
    ],
)
def test_header_shape_finds_a_coin_named_alone(line: str) -> None:
    assert two_cards._header_coin(line, "XRP", listed_bases())
    assert two_cards._HEADER_SHAPE.search("\nEntry: 1.25\n" + line + "\nTP1: 1.31")


@pytest.mark.parametrize(
    "line",
    ["#SOL/USDT LONG", "Entry: 148.2", "TP1: 1.31", "BTC dominance slipped to 54.2%", "SL 0.91"],
)
def test_header_shape_passes_over_card_lines(line: str) -> None:
    assert not two_cards._HEADER_SHAPE.search("\n" + line)


_AROUND = st.text(alphabet=" #$:-–_.*💎🔥/|()xP12", max_size=6)
_LABEL = st.sampled_from(["", "Par: ", "Coin - ", "Pair– ", "Moeda：", "coin:", "Entry "])


@settings(max_examples=400, deadline=None)
@given(
    _AROUND, _LABEL, st.sampled_from(_COINS), st.sampled_from(["", "USDT", ".P", "/USDT"]), _AROUND
)
def test_header_shape_lets_through_every_line_header_coin_reads(
    before: str, label: str, coin: str, quote: str, after: str
) -> None:
    line = before + label + coin + quote + after
    if two_cards._header_coin(line, "XRP", listed_bases()):
        assert two_cards._HEADER_SHAPE.search("\nSL: 0.5\n" + line) is not None


# ---- card_marks: marks outside ASCII looked for only in texts holding such a character -----------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("TP I: 1.5", "TP1: 1.5"),
        ("TP V = 2", "TP5 = 2"),
        ("Target Ⅱ: 1.6", "Target2: 1.6"),
        ("T₂: 1.7", "T2: 1.7"),
        ("Entry: 1.2\n« Copy 25x »", "Entry: 1.2\n"),
        ("Entry: 1.2\n[ Copy 25x ]", "Entry: 1.2\n"),
        ("Entry · Stop · Target: 1.2 · 1.1 · 1.4", "Entry: 1.2\nSL: 1.1\nTP: 1.4"),
        ("Entry/SL/TP: 1.2 / 1.1 / 1.4", "Entry: 1.2\nSL: 1.1\nTP: 1.4"),
        ("148.20 ◀ now", "148.20"),
        ("148.20 <- now", "148.20"),
        ("but I think so", "but I think so"),
    ],
)
def test_card_marks_read_in_ascii_and_wider_texts(text: str, plain: str) -> None:
    assert card_marks.plain_marks(text) == plain
    # the same mark in a text holding an emoji elsewhere reads the same
    assert card_marks.plain_marks("🚀\n" + text) == "🚀\n" + plain


_MARK_TEXT = st.text(alphabet="TPt IVⅠⅡ₁₂:=/|·»«[]⟧◀←<-now 1.2Entry\n🚀", max_size=40)


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXT)
def test_card_marks_ascii_texts_stay_ascii(text: str) -> None:
    """An ASCII text comes out ASCII (the ASCII test is read once, before the steps)."""
    if text.isascii():
        assert card_marks.plain_marks(text).isascii()
